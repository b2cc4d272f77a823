"""Answers that do not answer their part, though a route returned them: a template's placeholder, the whole when a
portion of it is asked, a change without the rate asked, money for a count, a figure of another year."""
from __future__ import annotations

import re

from core.qa.combine import RATE_ASKED
from core.qa.common import CUES
from core.qa.conditions import ASKS as CONDITION
from core.qa.numbered import asked_numbers, number_of
from core.types import Part
from core.qa.wholes import part_in_table
from core.qa.words import portion_of
from core.types import Answer, ParsedDocument, format_decimal

PLACEHOLDER = re.compile(r"X{2,}|x{3,}|×{2,}")
HOW_MANY = re.compile(r"\bhow many\b", re.I)
MONEY_WORDED = re.compile(r"how much|\b(?:cost|spen[dt]|paid|pay|budget(?:ed)?|fund(?:s|ing)?|fees?|money|amount|yuan)\b",
                          re.I)


ORGANISATION_ASKED = re.compile(CUES["organisation_asked"], re.I)
ORGANISATION_PRINTED = re.compile(CUES["organisation_printed"])


def not_an_answer(part: Part, a: Answer) -> bool:
    if not a.facts and part.op not in ("list", "reason") and any(PLACEHOLDER.search(i.name) for i in a.items) \
            and not CONDITION.search(part.text + " " + a.question):
        return True         # a template's 'XXX 万元': the figure asked is not printed (its instructions name 'XX局')
    if a.facts and answers_only_whole(part.text, a):
        return True         # 'how much of the project spending is for the museum': not the whole itself
    if a.facts and a.citations and a.citations[0].table and ORGANISATION_ASKED.search(part.text) \
            and not ORGANISATION_PRINTED.search(part.text + a.answer + " ".join(r for c in a.citations for r in c.rows)):
        return True         # 'the judges' training academy on its own': not the court's 培训费 line (a table's
        # line is the department's own; a sentence may be in the section of a unit or project it does not repeat)
    # 'by what percentage did it rise': a figure without its rate does not answer
    return part.op == "change" and rate_only(part.context + part.text) and not any(f.unit == "%" for f in a.facts)


def counted_as_money(text: str, a: Answer) -> bool:
    """'how many …' answered only by amounts of money."""
    return bool(a.facts) and bool(HOW_MANY.search(text)) and not MONEY_WORDED.search(text) \
        and all(f.unit in ("万元", "元") for f in a.facts)


def answers_only_whole(text: str, a) -> bool:
    """'how much of the 2017 项目支出 is earmarked for the museum': every figure the answer found is the whole the
    part takes its portion of (its label's words all in the whole's), while the portion names more."""
    split = portion_of(text)
    if not split:
        return False
    whole, portion = split
    in_whole = set(re.findall(r"[\u4e00-\u9fff]", whole))
    named = len(set(re.findall(r"[\u4e00-\u9fff]", portion)) - in_whole) // 2 + len(re.findall(r"[a-z]{4,}", portion.lower()))
    # (a label's scope words, '2023年本部门政府采购预算', are not what it names)
    # (and the department a label opens with: '2025年兴县自然资源局政府采购预算总额')
    return len(in_whole) >= 2 and named >= 2 and all(
        set(re.findall(r"[\u4e00-\u9fff]", re.sub(r"^[\u4e00-\u9fff]{2,14}?(?:局|院|厅|办事处|街道|部)(?=[\u4e00-\u9fff]{4})", "", re.sub(
            r"20\d\d年度?|本部门|本单位|全年|总计|合计|小计|总额", "", f.label)))) <= in_whole
        for f in a.facts)


def rate_only(text: str) -> bool:
    """A change asked only as a rate ('by what percentage did it rise', '增长了百分之几'), not as an amount too."""
    # 'how much did it grow in percentage terms' asks the rate with 'how much'
    rest = RATE_ASKED.sub(" ", re.sub(r"百分之(?:多少|几)", " ", text))
    if re.search(r"\bin percent(?:age)? terms|\bas a percent", text, re.I):
        rest = re.sub(r"how much", " ", rest, flags=re.I)
    return bool(RATE_ASKED.search(text)) and not re.search(r"how much|多少|几", rest, re.I)


def other_year(text: str, a: Answer, group: list[ParsedDocument]) -> bool:
    """The part asks only years no stored disclosure is of, and no figure of the answer is labelled with one of
    them (or as the year before)."""
    # (a date, '截至2022年12月31日' / 'at the end of 2022', or a year in a project's name, '2021年-2023年…', is
    # not the year a figure is of)
    asked = set(re.findall(r"(?<!\d)(?<!截至)(?<!截止)(?<!end of )(?<![-—~至到])(20\d\d)(?!\d)(?!年?[-—至到底末]|年\d)", text))
    quoted = re.sub(r"[\s,]", "", " ".join(i.name for i in a.items))
    # a figure is of a year its label names, or the words printed just before it in the quoted sentence
    labels = re.sub(r"\s", "", " ".join(f.label for f in a.facts)) + " ".join(
        quoted[max(0, i - 16):i] for f in a.facts for i in [quoted.find(format_decimal(f.value).replace(",", ""))] if i > 0)
    money = a.kind == "number" and all(f.unit in ("万元", "元") for f in a.facts)
    return bool(asked) and money and not asked & {str(d.document.year) for d in group} and bool(a.facts) \
        and not any(y in labels for y in asked) and not re.search(r"上年|上一年|previous ?year", labels)


def names_operand(text: str, operand: str) -> bool:
    """The answer speaks of the operand: the last four characters of it (without year) appear in the answer
    (a Chinese name ends in what it names: '专项会议采购的住宿服务' is 住宿服务)."""
    core = re.sub(r"20\d\d年度?|\s", "", operand)
    if re.search(r"[a-z]{3}", core, re.I) and re.search(r"[\u4e00-\u9fff]", core):
        core = max(re.findall(r"[\u4e00-\u9fff（）()“”]+", core), key=len)   # English around a printed name
    # (quotes the document prints or the question leaves out do not count: '三公经费' names “三公”经费)
    core, text = re.sub(r"[“”\"'‘’]", "", core), re.sub(r"[“”\"'‘’]", "", text)
    return core[-4:] in text if len(core) >= 2 else True       # (a short name, '退休费', whole)


def named_tables(words: str, docs: list[ParsedDocument]) -> set[str]:
    """The titles (without their number: '公开04表', '表五') of the documents' tables the words name."""
    bare = re.sub(r"20\d\d年度?|[，,：:中里内的\s]", "", words)
    cores = {re.sub(r"^(?:公开\d+表|公开表[一二三四五六七八九十]+|表[一二三四五六七八九十\d]+)\s*|20\d\d年度?|\s", "", t.title)
             for d in docs for t in d.tables}
    numbers = asked_numbers(words)      # ('公开09表中，…'): the table of that printed number
    return {c for c in cores if len(bare) >= 4 and len(c) >= 4 and (c in bare or bare in c)} | {
        re.sub(r"20\d\d年度?|\s", "", t.title) for d in docs for t in d.tables if number_of(t) in numbers}


def read_in(a: Answer | None, tables: set[str]) -> bool:
    """Whether the answer's first figure was read in one of the tables."""
    cite = a.citations[a.facts[0].citations[0]] if a is not None and a.facts and a.facts[0].citations else None
    return bool(cite and cite.table and any(t in re.sub(r"20\d\d年度?|\s", "", cite.table) for t in tables))


def states_in(a: Answer, units: set[str]) -> bool:
    """Whether the answer's words state a figure in one of the units (or its equivalents: 约4365亩 for an area)."""
    said = units | {e for u in units for e in CUES["unit_equivalents"].get(u, [])}
    return bool(re.search(r"\d\s*(?:" + "|".join(map(re.escape, said)) + ")", a.answer))


def year_sibling(a: Answer, text: str, doc: ParsedDocument):
    """Rows that differ only by the year in their names ('2023年兴县实用性村庄规划编制', '2024年…') are told apart by
    the year the question names: the row of that year when the answer read the other one, else None."""
    asked = set(re.findall(r"20\d\d", text))
    if len(a.facts) != 1 or not asked or not a.citations or a.citations[0].table_id is None:
        return None
    fact = a.facts[0]
    said = re.search(r"20\d\d", fact.label)
    if said is None or said.group(0) in asked:
        return None
    cite = a.citations[fact.citations[0]] if fact.citations else a.citations[0]
    row = next((f for f in doc.facts if f.table_id == cite.table_id and f.value == fact.value and said.group(0) in f.label),
               None)
    if row is None:
        return None
    names = {row.label.replace(said.group(0), y) for y in asked}
    found = [f for f in doc.facts if f.table_id == row.table_id and f.column == row.column and f.label in names]
    return found[0] if len(found) == 1 else None


CHANGE_SAID = re.compile(r"增加|减少|增长|下降|上升|降低|持平|变化|变动|增减|上年|去年|[小大低高少多]于|调[增减]|压减|"
                         r"\b(?:increase|decrease|change|rise|fall|up|down|higher|lower|than|year before|previous year)\b", re.I)


def states_change(a: Answer) -> bool:
    """Whether an answer states a change: a figure computed from others, or words of change in what it says."""
    return any(f.formula for f in a.facts) or bool(CHANGE_SAID.search(a.answer))


def bought(fact, a: Answer) -> bool:
    """Whether a figure was read in a procurement table (a project's total, whose purchases are printed under it)."""
    return bool(fact.citations) and "采购" in (a.citations[fact.citations[0]].table or "")


TOTAL_SAID = re.compile(r"合计|总计|小计|总额|一共|\btotal\b", re.I)


def narrowed_in_table(answerer, part: Part, answered: list, head, out: Answer, docs: list[ParsedDocument], lang: str,
                      question: str) -> Answer | None:
    """A part within a total asked before, read in the table that total was read from ('…全委会的服务一共多少？其中住宿
    服务…', '机关运行经费合计多少？里面会议费和差旅费…'); not a line merely listed after another."""
    if not (part.narrows and answered and len(part.subject) <= 6):
        return None
    whole = head if head is not None else answered[-1][1]
    said = next((s for s, f in answered if f is whole), answered[-1][0])
    if not (bought(whole, out) or TOTAL_SAID.search(said + whole.label)):
        return None
    return part_in_table(answerer, part.subject, whole, out, docs, lang, question)


def own_reason(part: Part, parts: list[Part]) -> Part | None:
    """A reason part that names a line of its own after another reason ('出国经费为啥多了？会议费又为啥少了'): it is
    asked of that line, not of the sentence the parts before read."""
    at = parts.index(part) if part in parts else 0
    before = parts[at - 1] if at else None
    # ('why did A go down? why did B go up': a 'why' that names a line of its own is its own reason too)
    named = re.sub(r"(?i)\b(?:why|did|does|do|is|was|the|went|go|goes|up|down|rise|rose|fall|fell)\b|为什么|为何|为啥|原因|预算|budget",
                   " ", part.text)
    own = before is not None and before.op == "reason" and part.subject and before.subject \
        and not part.text.startswith(before.subject[:4]) and (
            not re.match(r"\s*(?:why|为什么|为何|为啥|原因)", part.text, re.I)
            or re.search(r"[\u4e00-\u9fff]{2,}", named) and not re.search(r"[\u4e00-\u9fff]{2,}", named).group() in before.text)
    return part if own else None
