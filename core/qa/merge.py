"""Merging the answers of a question's parts and documents into one (citations renumbered, a figure stated once),
and what a part's answer stands on: the sentence it quotes, what it is about."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.common import CUES, row_name, template
from core.types import Part
from core.types import Answer, AnswerFact, ParsedDocument


def disclosures(docs: list[ParsedDocument]) -> list[list[ParsedDocument]]:
    """Documents of one disclosure (department, year, kind) together, in the order given."""
    groups: dict[tuple, list[ParsedDocument]] = {}
    for p in docs:
        d = p.document
        key = (d.department, d.year, d.kind) if d.department and d.year else (d.id,)
        groups.setdefault(key, []).append(p)
    return list(groups.values())


GENERIC_PAIRS = set(CUES["generic_name_pairs"])


def _same(f, g) -> bool:
    """Two facts are one figure: value and unit alike, and named alike — a count by what it counts ('车辆 46 辆' and
    '一般公务用车 46 辆' are two), an amount by a name sharing a pair of characters (the table's '“三公”经费' and the
    prose's '三公经费'; not a table's 合计 and another table's 302 商品和服务支出 that happen to be equal)."""
    if (f.value, f.unit) != (g.value, g.unit):
        return False
    a, b = (re.sub(r"^(?:其中|本部门|共有|实有|合计)+|[^\u4e00-\u9fff]", "", x.label or "") for x in (f, g))
    if f.unit not in ("万元", "元", "%"):
        return a == b
    pairs = [{x[i:i + 2] for i in range(len(x) - 1)} - GENERIC_PAIRS for x in (a, b)]
    return not pairs[0] or not pairs[1] or bool(pairs[0] & pairs[1])


def absorb(into: Answer, part: Answer) -> None:
    remap = {i: into.cite(c) for i, c in enumerate(part.citations)}
    # (a printed figure equal to one computed before is kept: '各款相加…表的合计是多少，两者是否一致' states both)
    have = list(into.facts)
    for f in part.facts:
        if not any(_same(f, g) and bool(f.formula) == bool(g.formula) for g in have):
            into.facts.append(AnswerFact(f.label, f.value, f.unit, f.formula, [remap[i] for i in f.citations]))
    for it in part.items:
        it.citations = [remap[i] for i in it.citations]
        into.items.append(it)
    said = set(into.answer.split("\n"))        # (a sentence two parts quote is shown once)
    into.answer = "\n".join([into.answer] + [x for x in part.answer.split("\n") if x not in said]).strip()
    if into.kind in ("not_found", "text") and part.kind != "not_found":
        into.kind = part.kind if into.kind == "not_found" or part.kind == "number" else into.kind


def new_facts(a: Answer, out: Answer) -> bool:
    return any(not any(_same(f, g) for g in out.facts) for f in a.facts)


def focus_of(part: Part, text: str) -> str:
    """What a part is about: a part read as the printed names its English words describe is about those names
    (and the printed words the term map gave it: 'how many 执法检查' still counts inspections)."""
    if text == part.text:
        return part.subject
    return " ".join([text.removesuffix(part.text).strip()] + re.findall(r"[\u4e00-\u9fff]{2,}", part.subject))


def quoted_sentence(a: Answer) -> tuple[str, int] | None:
    """The sentence a prose answer stands on (a text quote, or the sentence of a stated amount)."""
    for i, c in enumerate(a.citations):
        if c.table is None and c.section is not None:
            text = a.items[0].name if a.kind == "text" and a.items else a.answer
            # (not the section title a stated amount is introduced by: '据“（二）公用经费 1,131.92 万元”所述，…：')
            text = re.sub(r"^[^\n]*?(?:”所述，|\" states )[^：:\n]*[：:]\s*", "", text, count=1)
            return text, i
    return None


CODE_ASKED = re.compile(r"编码|代码|科目号|\bcodes?\b", re.I)


def with_codes(a: Answer, docs, lang: str, asked: str = "") -> None:
    """'…的功能科目编码和金额分别是多少': each figure read from a coded table row is stated with its code, a fact of
    its own (unit-less) before it — unless the question gave the code ('code 302 in the … table')."""
    out, said = [], []
    for f in a.facts:
        cite = a.citations[f.citations[0]] if f.citations else None
        rows = [x for d in docs for x in d.facts if x.code and x.value == f.value and x.unit == f.unit
                and (cite is None or not cite.table_id or x.table_id == cite.table_id)
                and (row_name(x.label) in f.label or row_name(f.label) in x.label)] \
            if f.unit in ("万元", "元") and not f.formula else []
        code = Decimal(rows[0].code) if rows and not re.search(rf"(?<!\d){rows[0].code}(?!\d)", asked) else None
        if code is not None and all((g.value, g.unit) != (code, "") for g in a.facts + out):
            name = row_name(rows[0].label)
            out.append(AnswerFact(f"{name} 科目编码" if lang == "zh" else f"code of {name}", code, "", None,
                                  list(f.citations)))
            said.append(f"{name}：{rows[0].code}" if lang == "zh" else f"{name}: code {rows[0].code}")
        out.append(f)
    a.facts = out
    if said:
        a.answer += ("\n科目编码 — " if lang == "zh" else "\nCodes — ") + "；".join(said)


LISTED_TOTAL = re.compile(r"合计|总计|小计")


def counted_list(a: Answer) -> Answer:
    """A list answer states how many items it lists, and that number is a fact like any other ('共 5 项')."""
    listed = [i for i in a.items if not LISTED_TOTAL.search(i.name or "")]
    # (names only: a list of lines with their amounts, or the three largest, states its figures, not a count)
    if a.kind != "list" or len(listed) < 2 or any(i.value is not None for i in listed) or a.facts:
        return a
    cites = listed[0].citations[:1]
    a.facts.append(AnswerFact("项数" if a.language == "zh" else "items", Decimal(len(listed)), "个",
                              f"count of the {len(listed)} items listed", cites))
    if not re.search(rf"(?<![\d.]){len(listed)}(?![\d.])", a.answer.split("\n")[0]):     # ('5 units: …' says it)
        a.answer = a.answer.rstrip() + "\n" + template("list_count", a.language, value=len(listed))
    return a
