"""Lines that meet a condition, named, counted and with their figures: over an amount ('政协事务（款）下超过1000万元的
项有哪些', 'which goods-and-services lines are strictly above 1,000,000 yuan', '金额达到或超过100万元的项目') or by how
they changed ('比上年增加的有几项', '与上年持平的项有哪些'). The lines are those under a coded line the question prints,
else the project list, else (for a change) the lines whose change the prose states under a heading. A later part
counts them ('共几个') or sums their figures ('合计多少') over what this part listed."""
from __future__ import annotations

import re
from decimal import Decimal

from core.numbers import round2
from core.qa.common import DEPARTMENT_HEAD
from core.qa.change_ranks import _heading, _name as changed_name, changes
from core.qa.extremes import extreme_asked, named_row
from core.qa.lists import _children, _name
from core.qa.words import CUES
from core.types import Answer, AnswerFact, AnswerItem, Citation, Fact, ParsedDocument, format_decimal

OVER = re.compile(CUES["filter_over"], re.I)
UNDER = re.compile(CUES["filter_under"], re.I)
CHANGED = {1: re.compile(CUES["filter_up"], re.I), -1: re.compile(CUES["filter_down"], re.I),
           0: re.compile(CUES["filter_same"], re.I)}
COUNT = re.compile(r"几[个项家]|多少[个项]|how many|number of", re.I)


def _limit(q: str) -> tuple[Decimal, str, bool, int] | None:
    """(the amount, its unit, whether the amount itself passes, +1 above / -1 below)."""
    for pattern, side in ((OVER, 1), (UNDER, -1)):
        m = next((x for x in pattern.finditer(q) if (x.group("pre") or x.group("incl"))
                  and not q[x.end("n"):x.end("n") + 1] == "年"), None)
        if m:
            value = Decimal(m.group("n").replace(",", ""))
            unit = "元" if re.match(r"元|yuan", m.group("u") or "", re.I) else "万元"
            if re.match(r"million", m.group("u") or "", re.I):
                value, unit = value * 100, "万元"
            inclusive = bool(m.group("incl")) or bool(re.search(r"达到|不低于|不少于|不超过|at least|at most", m.group(0)))
            return value, unit, inclusive, side
    return None


def _in(value: Decimal, unit: str, limit: tuple[Decimal, str, bool, int]) -> bool:
    bound, bound_unit, inclusive, side = limit
    if unit != bound_unit:
        bound = bound * 10000 if bound_unit == "万元" else bound / 10000
    return value == bound and inclusive or (value - bound) * side > 0


def filtered_lines(question: str, q: str, lang: str, doc: ParsedDocument, label: str, projects: list[Fact]) -> Answer | None:
    limit = _limit(q)
    direction = next((d for d, cue in CHANGED.items() if cue.search(q)), None) if limit is None else None
    if limit is None and direction is None or not (COUNT.search(q) or re.search(r"哪些|哪几|\bwhich\b|\blist\b", q, re.I)):
        return None
    a = Answer(question, lang, "list", "", document=doc.document.name)
    picked: list[tuple[str, Decimal, str, Citation]] = []
    if limit is not None:
        row = named_row(doc, q)
        rows = _children(doc, row) if row else projects if re.search(r"项目|project", q, re.I) else []
        table = next((t for t in doc.tables if rows and t.id == rows[0].table_id), None)
        for f in rows:
            if _in(f.value, f.unit, limit):
                picked.append((_name(f.label), f.value, f.unit, Citation(doc.document.name, table.display_title, None,
                                                                      f.page or table.page, [f"{f.code or ''} {_name(f.label)}".strip()],
                                                                      table_id=table.id)))
        what = f"{row.code} {_name(row.label)}" if row else (table.display_title if table else "")
    else:
        department = doc.document.department or ""
        records = [r for r in changes(doc)]
        for r in records:
            r.subject = r.subject.replace(department, "")
        # ('which of the court's own spending lines were cut'): the department's own heading (法院, 人大事务)
        # (not the largest of them: that is a ranking)
        heading = _heading(q, records) or (_heading(department, records) if DEPARTMENT_HEAD.search(question)
                                           and not extreme_asked(q) else None)
        if heading is None:
            return None
        for r in records:
            if heading in r.subject and r.subject.strip() != heading and r.direction == direction:
                figure = r.amount if direction and r.amount is not None else r.current
                picked.append((changed_name(r.subject), figure, r.unit,
                               Citation(doc.document.name, None, r.passage.section, r.passage.page_of(r.sentence),
                                        [r.sentence[:60]])))
        what = heading
    if not picked and limit is not None and not what:
        return None
    for name, value, unit, cite in picked:
        idx = a.cite(cite)
        a.items.append(AnswerItem(None, name, value, unit, [idx]))
        a.facts.append(AnswerFact(name, value, unit, None, [idx]))
    shown = "；".join(f"{n} {format_decimal(v)} {u}" for n, v, u, _ in picked) or ("无" if lang == "zh" else "none")
    a.answer = (f"{label}（{what}）：符合条件的共 {len(picked)} 项：{shown}" if lang == "zh" else
                f"{label} ({what}): {len(picked)} lines meet the condition: {shown}")
    if COUNT.search(q):
        a.facts.append(AnswerFact("项数" if lang == "zh" else "lines", Decimal(len(picked)), "个", None,
                                  sorted({i for x in a.items for i in x.citations})))
    return a


AVERAGE = re.compile(r"平均|均值|\baverage\b|\bmean\b", re.I)


def averaged_lines(question: str, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    """'商品和服务支出下各科目平均多少', 'the average of the 商品和服务支出 lines': the mean of the lines one level under
    the coded line the question prints, with its formula."""
    row = named_row(doc, q) if AVERAGE.search(q) and re.search(r"各|lines|items|科目|项", q, re.I) else None
    rows = [f for f in _children(doc, row) if f.unit == row.unit] if row else []
    if len(rows) < 2:
        return None
    table = next(t for t in doc.tables if t.id == row.table_id)
    a = Answer(question, lang, "number", "", document=doc.document.name)
    idx = a.cite(Citation(doc.document.name, table.display_title, None, rows[0].page or table.page,
                          [f"{f.code} {_name(f.label)}" for f in rows][:20], table_id=table.id))
    total = sum((f.value for f in rows), Decimal(0))
    mean = round2(total / len(rows))
    name = f"{row.code} {_name(row.label)}"
    a.facts.append(AnswerFact(f"{name}（{len(rows)} 项平均）" if lang == "zh" else f"{name} (average of {len(rows)} lines)",
                              mean, row.unit, f"{format_decimal(total)} / {len(rows)} = {format_decimal(mean)}", [idx]))
    a.answer = (f"{label}：{name} 下 {len(rows)} 项合计 {format_decimal(total)} {row.unit}，平均 {format_decimal(mean)} {row.unit}"
                if lang == "zh" else f"{label}: the {len(rows)} lines under {name} total {format_decimal(total)} {row.unit}, "
                f"an average of {format_decimal(mean)} {row.unit}")
    return a

