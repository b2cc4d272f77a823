"""The answer card: the number and unit first, one line of context, then a fold with the formula and items,
and numbered citation markers that select the evidence. Several documents: one group per department."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from core.types import Answer, AnswerFact, AnswerItem, Citation
from web.charts import amount, bar_chart
from web.vocab import HAN, doc_title, label_en, t, unit_en

MAX_ITEMS = 60


@dataclass
class Group:
    """What one document contributed to an answer; citation numbers are global to the turn."""
    document: str | None
    answer: Answer
    index: int = 0          # this group's place among its answer's groups (its line of a merged answer)
    facts: list[tuple[AnswerFact, list[int]]] = field(default_factory=list)
    items: list[tuple[AnswerItem, list[int]]] = field(default_factory=list)


def flatten(answers: list[Answer]) -> tuple[list[Citation], list[Group]]:
    """All citations of the answers in one numbered list, and the facts and items grouped by document."""
    citations: list[Citation] = []
    groups: dict[str | None, Group] = {}

    def group(doc: str | None, a: Answer) -> Group:
        if doc not in groups:
            groups[doc] = Group(doc, a, index=sum(g.answer is a for g in groups.values()))
        return groups[doc]
    for a in answers:
        offset = len(citations)
        citations += a.citations

        def where(indexes: list[int]) -> tuple[str | None, list[int]]:
            marks = [offset + i for i in indexes if 0 <= i < len(a.citations)]
            return (citations[marks[0]].document if marks else a.document), marks
        for f in (f for f in a.facts if not f.quoted):      # (figures beside the answer stay in its quote)
            doc, marks = where(f.citations)
            group(doc, a).facts.append((f, marks))
        for i in a.items:
            doc, marks = where(i.citations)
            group(doc, a).items.append((i, marks))
        if not a.facts and not a.items:
            group(a.document or (a.citations[0].document if a.citations else None), a)
    return citations, list(groups.values())


def marks_html(turn: int, marks: list[int]) -> str:
    return "".join(f"<a class='cite-mark' href='#' data-turn='{turn}' data-cite='{m}'>[{m + 1}]</a>"
                   for m in dict.fromkeys(marks))


def _label(fact: AnswerFact, document: str | None) -> str:
    label = fact.label
    if document and label.startswith(document + ":"):
        label = label[len(document) + 1:]
    return label.replace("Σ", "").strip()


def _number(value, unit: str, lang: str) -> str:
    if lang == "en":
        extra = ""
        if unit in ("万元", "亿元"):
            factor = 10000 if unit == "万元" else 100000000
            extra = f" <span class='qa-cny'>= ¥{amount(value * factor).rstrip('0').rstrip('.')}</span>"
        return f"<span class='qa-num'>{amount(value)}</span> <span class='qa-unit'>{html.escape(unit_en(unit))}</span>{extra}"
    return f"<span class='qa-num'>{amount(value)}</span> <span class='qa-unit'>{html.escape(unit)}</span>"


def _context(label: str, group: Group, lang: str, docs: dict, question: str) -> str:
    doc = docs.get(group.document)
    where = doc_title(doc, lang) if doc else ""
    if lang == "en":
        label = label_en(label) or t("as_asked", lang, q=question)
    bits = [label]
    if group.items and any(f.formula for f, _ in group.facts):
        bits.append(t("sum_of", lang, n=len(group.items)))
    if where:
        bits.append(where)
    return " · ".join(html.escape(b) for b in bits if b)


def _first_line(group: Group, turn: int, lang: str, docs: dict, question: str) -> str:
    a = group.answer
    if group.facts:
        heads = []
        for f, marks in group.facts[:3]:
            heads.append(f"<div class='qa-head'>{_number(f.value, f.unit, lang)} {marks_html(turn, marks)}</div>")
        label = _label(group.facts[0][0], group.document)
        return "".join(heads) + f"<div class='qa-context'>{_context(label, group, lang, docs, question)}</div>"
    marks = sorted({m for _, ms in group.items for m in ms})
    doc = docs.get(group.document)
    where = html.escape(doc_title(doc, lang)) if doc else ""
    if a.kind == "definition" or (group.items and all(i.value is None and not i.code for i, _ in group.items)):
        term = group.items[0][0].name if group.items else ""
        text = _line(group)
        lead = re.match(r"^[^:：]{0,60}[:：]\s*", text)       # '“三公”经费 (from the glossary…): ' before the text
        body = text[lead.end():] if lead else text
        shown = (label_en(term) if lang == "en" and term else None) or term or text[:30]
        return (f"<div class='qa-head qa-term'>{html.escape(shown)} {marks_html(turn, marks)}</div>"
                f"<div class='qa-context'>{html.escape(t('definition', lang))} · {where}</div>"
                f"<div class='qa-def'><b>{html.escape(term)}</b> {html.escape(body)}</div>")
    if group.items:
        n = len(group.items)
        return (f"<div class='qa-head'><span class='qa-num'>{n}</span> <span class='qa-unit'>"
                f"{html.escape(t('n_items', lang, n='').strip())}</span> {marks_html(turn, marks)}</div>"
                f"<div class='qa-context'>{_list_context(group, lang, question)} · {where}</div>")
    marks = list(range(len(a.citations)))
    text = _line(group)
    if a.kind == "not_found":
        return (f"<div class='qa-head qa-none'>{html.escape(t('not_found', lang))}</div>"
                f"<div class='qa-context'>{html.escape(text)}</div>")
    return f"<div class='qa-head qa-text'>{html.escape(text)} {marks_html(turn, marks)}</div>"


def _line(group: Group) -> str:
    """The line of the answer's text that belongs to this group (a merged answer has one per document)."""
    lines = [x for x in group.answer.answer.split("\n") if x.strip()] or [""]
    return lines[group.index] if group.index < len(lines) else lines[0]


def _list_context(group: Group, lang: str, question: str) -> str:
    text = _line(group)
    text = text.split(":", 1)[-1] if ":" in text[:40] else text.split("：", 1)[-1]
    if lang == "en" and HAN.search(text):
        text = re.sub(r"[\"“]?[\u4e00-\u9fff][^\"”]*[\"”]?", lambda m: label_en(m.group(0).strip("\"“”")) or "", text)
        text = text if not HAN.search(text) and text.strip() else t("as_asked", lang, q=question)
    return html.escape(text.strip())


def _fold(group: Group, turn: int, lang: str, plan: bool = True) -> str:
    rows = []
    for f, marks in group.facts:
        if f.formula:
            rows.append(f"<div class='qa-formula'><b>{t('formula', lang)}</b> {html.escape(f.formula)} "
                        f"{marks_html(turn, marks)}</div>")
    if group.items:
        body = []
        for i, marks in group.items[:MAX_ITEMS]:
            name = i.name
            if lang == "en" and label_en(name):
                name = f"{name} ({label_en(name)})"
            value = f"{amount(i.value)} {html.escape(i.unit or '')}" if i.value is not None else ""
            body.append(f"<tr><td>{html.escape(i.code or '')}</td><td>{html.escape(name)}</td>"
                        f"<td class='num'>{value}</td><td>{marks_html(turn, marks)}</td></tr>")
        more = f"<div class='muted'>… +{len(group.items) - MAX_ITEMS}</div>" if len(group.items) > MAX_ITEMS else ""
        rows.append(f"<table class='qa-items'>{''.join(body)}</table>{more}")
    if plan and group.answer.plan:      # how the question was read, once per answer
        from core.qa.common import describe
        rows.append(f"<div class='muted'>{html.escape(describe(group.answer.plan))}</div>")
    if not rows:
        return ""
    return f"<details class='qa-how'><summary>{t('how', lang)}</summary>{''.join(rows)}</details>"


def _chart(group: Group, lang: str) -> str:
    valued = [(i.name, i.value, i.unit) for i, _ in group.items if i.value is not None]
    if len(valued) < 2 and len(group.facts) >= 2:
        valued = [(_label(f, group.document), f.value, f.unit) for f, _ in group.facts]
    units = {u for _, _, u in valued}
    if len(valued) < 2 or len(units) != 1:
        return ""
    unit = units.pop() or ""
    rows = sorted(((n, v) for n, v, _ in valued), key=lambda r: -r[1])[:8]
    shown_unit = unit_en(unit) if lang == "en" else unit
    title = t("spending_chart", lang) + (t("top", lang, n=len(rows), total=len(valued)) if len(valued) > len(rows) else "")
    return "<div class='qa-chart'>" + bar_chart(title, rows, shown_unit,
                                                 "Total" if lang == "en" else "合计", show_total=False) + "</div>"


def answer_card(turn: int, question: str, answers: list[Answer], docs: dict) -> tuple[str, list[Citation]]:
    """The HTML of one question and its answer; the citations in marker order (for the evidence panel)."""
    lang = answers[0].language if answers else "zh"
    citations, groups = flatten(answers)
    several = len([g for g in groups if g.document]) > 1
    parts, planned = [], set()
    for g in groups:
        head = ""
        if several and g.document in docs:
            head = f"<div class='qa-dept'>{html.escape(doc_title(docs[g.document], lang))}</div>"
        parts.append(f"<div class='qa-group'>{head}{_first_line(g, turn, lang, docs, question)}"
                     f"{_chart(g, lang)}{_fold(g, turn, lang, id(g.answer) not in planned)}</div>")
        planned.add(id(g.answer))
    if citations:
        listing = "".join(f"<li>{marks_html(turn, [n])} {html.escape(c.table or c.section or '')} · p.{c.page}</li>"
                          for n, c in enumerate(citations))
        parts.append(f"<details class='qa-sources'><summary>{t('sources', lang)} ({len(citations)})</summary>"
                     f"<ul>{listing}</ul></details>")
    card = (f"<div class='qa-turn' id='turn-{turn}' data-turn='{turn}'><div class='qa-q'>{html.escape(question)}</div>"
            f"<div class='qa-answer' lang='{lang}'>{''.join(parts)}</div></div>")
    return card, citations


