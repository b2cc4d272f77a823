"""The largest (or smallest) line: of the lines one level under a line the question names ('人大事务（款）下各项级
科目中最高的'), else of the most detailed lines of the spending table by function ('which single detailed spending
item gets the most money'). Each pick is a fact with the table's citation."""
from __future__ import annotations

import re

from core.qa.checks import named_tables
from core.qa.groups import GROUPS, member_facts, named_group
from core.qa.link import TOTALS
from core.qa.lists import _children, _name
from core.qa.words import CUES, ranked_count
from core.types import Answer, AnswerFact, AnswerItem, Citation, Fact, ParsedDocument, format_decimal

EXTREME_MAX, EXTREME_MIN = re.compile(CUES["extreme_max"], re.I), re.compile(CUES["extreme_min"], re.I)
LINES_ASKED, DETAILED = re.compile(CUES["lines_asked"], re.I), re.compile(CUES["detailed_asked"], re.I)
MEMBERS_ASKED = re.compile(CUES["members_asked"], re.I)
BY_FUNCTION = ("expenditure", "general_budget")     # tables whose rows are 功能分类 lines


def extreme_asked(text: str) -> str | None:
    return "max" if EXTREME_MAX.search(text) else "min" if EXTREME_MIN.search(text) else None


def named_row(doc: ParsedDocument, q: str) -> Fact | None:
    """The most specific coded line the question prints, of those with lines under them."""
    named = [f for f in doc.facts if f.code and len(_name(f.label)) >= 2 and _name(f.label) in q and _children(doc, f)]
    return max(named, key=lambda f: (len(f.code), len(_name(f.label))), default=None)


def row_of(fact, docs: list[ParsedDocument]) -> tuple[ParsedDocument, Fact] | None:
    """The table line a figure stated before was read from, when lines sit under it."""
    for doc in docs:
        for f in doc.facts:
            if f.value == fact.value and f.unit == fact.unit and _name(f.label) in fact.label and f.code \
                    and _children(doc, f):
                return doc, f
    return None


def table_of(fact, out: Answer, docs: list[ParsedDocument]) -> tuple[ParsedDocument, str] | None:
    """The document and table a figure stated before was read from."""
    cite = out.citations[fact.citations[0]] if fact.citations else None
    doc = next((d for d in docs if cite and cite.table_id and d.document.name == cite.document), None)
    return (doc, cite.table_id) if doc else None


def _leaves(doc: ParsedDocument) -> list[Fact]:
    """The most detailed lines (项) of the first spending table by function, each once (its first column, 合计)."""
    for kind in BY_FUNCTION:
        table = next((t for t in doc.tables if t.kind == kind and any(f.table_id == t.id and f.code for f in doc.facts)),
                     None)
        if table is None:
            continue
        rows = [f for f in doc.facts if f.table_id == table.id and f.code]
        deepest = max(len(f.code) for f in rows)
        out, seen = [], set()
        for f in rows:
            if len(f.code) == deepest and f.code not in seen:
                seen.add(f.code)
                out.append(f)
        return out
    return []


def _members(doc: ParsedDocument, q: str, context: str = "") -> list[Fact]:
    """Each member's figure of a group the part counts ('which of the three components')."""
    name = (named_group(q) or named_group(context)) if MEMBERS_ASKED.search(q) else None
    return member_facts(name, doc) if name else []


def _table_lines(doc: ParsedDocument, table_id: str) -> list[Fact]:
    """The lines of a table the figures before were read from, its totals left out (one per line: the first column)."""
    out, seen = [], set()
    for f in doc.facts:
        if f.table_id == table_id and not TOTALS.search(f.label) and f.label not in seen:
            seen.add(f.label)
            out.append(f)
    # (a line with lines under it is their subtotal, not one of the lines: 302 商品和服务支出 over 30201 办公费 …)
    codes = {f.code for f in out if f.code}
    return [f for f in out if not (f.code and any(c != f.code and c.startswith(f.code) for c in codes))]


def extreme_lines(question: str, q: str, lang: str, doc: ParsedDocument, label: str, row: Fact | None = None,
                  table_id: str | None = None, context: str = "") -> Answer | None:
    """`row`: the line the parts before named; `table_id`: the table their figures were read from; `context`: the
    whole question (a group it names is the one 'which of the three' counts)."""
    context = context or question
    top, low = EXTREME_MAX.search(q), EXTREME_MIN.search(q)
    if not (top or low) or not (LINES_ASKED.search(q) or MEMBERS_ASKED.search(q)) or re.search(r"项目|project", q, re.I):
        return None
    rows = _members(doc, q, context)
    if not rows and MEMBERS_ASKED.search(q) and (named_group(q) or named_group(context)):
        return _stated_extreme(question, lang, doc, label, named_group(q) or named_group(context), top, low)
    row = None if rows else row or named_row(doc, q)
    if not rows and row is None and table_id is None:      # ('表十（…机关运行经费支出预算表）中…最大'): the table named
        # (or a printed term said before 'table': '机关运行经费 table' is the table whose title holds it)
        titles = named_tables(q, [doc]) | set(re.findall(r"([\u4e00-\u9fff]{3,})\s*(?:table|表)", q))
        table_id = next((t.id for t in doc.tables if any(n in re.sub(r"20\d\d年度?|\s", "", t.title) for n in titles)),
                        None) or _titled_by(doc, q)
    if not rows and row is None and table_id is None and not DETAILED.search(q):
        return None
    rows = rows or (_children(doc, row) if row else _table_lines(doc, table_id) if table_id else _leaves(doc))
    level = next((n for w, n in (("项级", 7), ("款级", 5), ("类级", 3)) if w in q), None)
    deepest = max((len(f.code) for f in rows if f.code), default=0)
    if not level and not row and table_id and (ranked_count(q) or 1) > 1 and deepest:
        level = deepest         # (the three largest of a table are of its most detailed lines, not a class and its own)
    rows = [f for f in rows if f.code and len(f.code) == level] if level and not row else rows
    if len(rows) < 2 or len({f.unit for f in rows}) != 1:
        return None
    table = next(t for t in doc.tables if t.id == rows[0].table_id)
    a = Answer(question, lang, "number", "", document=doc.document.name)
    idx = a.cite(Citation(doc.document.name, table.display_title, None, rows[0].page or table.page,
                          [" ".join(x for x in (f.code, _name(f.label)) if x) for f in rows][:20], table_id=table.id))
    what = f"{row.code} {_name(row.label)}" if row else table.display_title if not _members(doc, q, context) \
        else named_group(q) or named_group(context)
    said = []
    n = ranked_count(q) or 1       # ('which three items took the most money'): the largest three, in order
    for asked, high, zh, en in ((top, True, "最高", "the largest"), (low, False, "最低", "the smallest")):
        for f in sorted(rows, key=lambda x: x.value, reverse=high)[:n] if asked else []:
            name = " ".join(x for x in (f.code, _name(f.label)) if x)
            a.facts.append(AnswerFact(name, f.value, f.unit, None, [idx]))
            a.items.append(AnswerItem(f.code, _name(f.label), f.value, f.unit, [idx]))
            said.append(f"{zh}：{name} {format_decimal(f.value)} {f.unit}" if lang == "zh" else
                        f"{en}: {name} {format_decimal(f.value)} {f.unit}")
    a.answer = (f"{label}：{what} 下 {len(rows)} 项中，" + "；".join(said)) if lang == "zh" else \
        (f"{label}: of the {len(rows)} lines under {what}, " + "; ".join(said))
    return a


def _titled_by(doc: ParsedDocument, q: str) -> str | None:
    """'the three largest items in the 2018 机关运行经费': the one table whose title holds a printed term the question
    names (the longest that names exactly one)."""
    for run in sorted(set(re.findall(r"[\u4e00-\u9fff]{4,}", q)), key=len, reverse=True):
        titled = [t for t in doc.tables if t.rows and run in re.sub(r"20\d\d年度?|\s", "", t.title)]
        if len(titled) == 1:
            return titled[0].id
    return None


def _stated_extreme(question: str, lang: str, doc: ParsedDocument, label: str, name: str, top, low) -> Answer | None:
    """A group's members as the prose states them (a document without the group's table): each member's first amount
    in a sentence naming the group ('公务接待费支出 443.50 万元，占“三公”经费的 65.60%'), else its first amount."""
    group_words = GROUPS[name]["words"]
    stated = []
    for member, words in GROUPS[name]["members"].items():
        said = [s for s in doc.stated if s.unit in ("万元", "元") and any(w in s.context for w in words)]
        said.sort(key=lambda s: not any(w in s.sentence for w in group_words))
        if said:
            stated.append((member, said[0]))
    if len(stated) < 2 or len({s.unit for _, s in stated}) != 1:
        return None
    passages = {p.id: p for p in doc.passages}
    a = Answer(question, lang, "number", "", document=doc.document.name)
    said = []
    for asked, pick, zh, en in ((top, max, "最高", "the largest"), (low, min, "最低", "the smallest")):
        if asked:
            member, s = pick(stated, key=lambda x: x[1].value)
            p = passages.get(s.passage_id)
            idx = a.cite(Citation(doc.document.name, None, p.section if p else None, s.page, [s.sentence[:60]]))
            a.facts.append(AnswerFact(member, s.value, s.unit, None, [idx]))
            a.items.append(AnswerItem(None, member, s.value, s.unit, [idx]))
            said.append(f"{zh}：{member} {format_decimal(s.value)} {s.unit}（{s.sentence.strip()}）" if lang == "zh" else
                        f"{en}: {member} {format_decimal(s.value)} {s.unit} ({s.sentence.strip()})")
    a.answer = (f"{label}：{name} {len(stated)} 项中，" + "；".join(said)) if lang == "zh" else \
        (f"{label}: of the {len(stated)} parts of {name}, " + "; ".join(said))
    return a

