"""The whole of a share: the total row or column of the part's table, the amount a sentence breaks down
('…为251.25万元，其中：…'), or the disclosure's grand total for a whole that names no measure of its own."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.common import TOTAL_ROW, row_name
from core.qa.numbers import NUMBER, bigrams
from core.types import Answer, AnswerFact, ParsedDocument


GENERIC_WHOLE = re.compile(r"(总|全部|整个|全年|部门|单位|整张表|全表|本表|这张表|该表|表)?(预算|支出|收入)*(总额|总计|合计|小计|总数|盘子)?(的)?")
ENGLISH_WHOLE = re.compile(r"\b(?:the|its|total|subtotal|sub-total|overall|whole|entire|all|budget|budgets|spending|expenditure|"
                           r"of|office's|bureau's|department's|court's)\b", re.I)


def generic(whole: str) -> bool:
    """'预算总额', '部门支出': a whole that names no measure of its own."""
    bare = re.sub(r"20\d\d年?度?|[\u4e00-\u9fff]{2,12}(局|院|厅|办事处|街道|部)|\s", "", ENGLISH_WHOLE.sub(" ", whole))
    return bool(GENERIC_WHOLE.fullmatch(bare))


def own_table_total(text: str) -> bool:
    """'…及表内合计数', 'and the table total': the total row of the table the figures before were read from."""
    # ('表列合计是否等于三者之和'): the total the table prints, whatever it is checked against
    bare = re.sub(r"请|分别|列出|给出|列示|写出|并|以及|及|和|(?:是|为)?多少|数额|金额|的|数|[?？。.]|\s|是否.*$", "", text.lower())
    return bool(re.fullmatch(r"(?:表内|表中|本表|该表|这张表|整张表|表列|表中所列)(?:合计|总计)|(?:and)?(?:what(?:'s|is|was))?the(?:table(?:'s)?|"
                             r"table)(?:grand)?total", bare))


def column_total(fact, row: list) -> object | None:
    """Where a table's items are its columns (“三公”经费/因公出国 … “三公”经费/合计): the total column of the
    nearest level above the fact's column, in the same row."""
    segments = fact.column.split("/")
    for depth in range(len(segments) - 1, -1, -1):
        total = next((f for f in row if f.column != fact.column and f.column.split("/")[:-1] == segments[:depth]
                      and re.fullmatch(r"合计|小计|总计", f.column.split("/")[-1])), None)
        if total is not None:
            return total
    return None


def part_in_table(answerer, operand: str, whole_fact: AnswerFact, out: Answer, docs: list[ParsedDocument], lang: str,
                  question: str) -> Answer | None:
    """'“三公”经费多少？因公出国（境）费占百分之几': the part read in the table its whole was read from, as a row or
    (where a table's items are its columns) a column of it."""
    cite = out.citations[whole_fact.citations[0]] if whole_fact.citations else None
    own = bigrams(operand)
    if cite is None or cite.table_id is None or len(own) < 2:
        return None
    for doc in docs:
        facts = [f for f in doc.facts if f.table_id == cite.table_id]
        total = next((f for f in facts if f.value == whole_fact.value), None)
        if total is None:
            continue

        def named(f) -> int:
            names = [bigrams(n) for n in (row_name(f.label), f.column.split("/")[-1])]
            return max((len(n & own) for n in names if n and (n <= own or own <= n)), default=0)
        found = [f for f in facts if f is not total and abs(f.value) <= abs(total.value) and named(f)]
        if not found:
            return None
        # (a name printed under several rows of one column: the one printed nearest below its whole, as a
        # procurement project's purchases are)
        fact = max(found, key=lambda f: (named(f), f.row_index == total.row_index or f.column == total.column,
                                         f.row_index > total.row_index, -abs(f.row_index - total.row_index),
                                         -f.col_index))
        a = Answer(question, lang, "number", "", document=doc.document.name)
        answerer.number(a, doc, fact, doc.document.department or doc.document.name, lang)
        return a
    return None


def part_in_sentence(operand: str, whole_fact: AnswerFact, out: Answer, docs: list[ParsedDocument]) -> Answer | None:
    """'政府采购预算总额413.43万元。其中：…政府采购服务预算409.26万元': the part of a whole the prose states, read
    in the breakdown that follows it."""
    cite = out.citations[whole_fact.citations[0]] if whole_fact.citations else None
    own = bigrams(re.sub(r"(?<=[\u4e00-\u9fff]{2})类$", "", operand.strip()))     # ('工程类' is printed 政府采购工程预算)
    if cite is None or cite.table is not None or not cite.rows or not own:
        return None
    found = cited_paragraph(cite, docs)
    if found is None:
        return None
    doc, p = found
    text = p.text[p.text.find(cite.rows[0][:20]):]
    after = text.find("其中")
    if after < 0:
        return None
    parts = []
    for m in NUMBER.finditer(text, after):
        if m.group(2) != whole_fact.unit and not (m.group(2) == "万" and whole_fact.unit == "万元"):
            continue
        label = re.split(r"[，,、；;：:。]", text[after:m.start()])[-1]
        if own <= bigrams(label):
            parts.append((label, Decimal(m.group(1).replace(",", ""))))
    if len(parts) != 1 or parts[0][1] > whole_fact.value:
        return None
    a = Answer(out.question, out.language, "number", "", document=doc.document.name)
    a.facts.append(AnswerFact(parts[0][0], parts[0][1], whole_fact.unit, None, [a.cite(cite)]))
    return a


def cited_paragraph(cite, docs: list[ParsedDocument], whole: bool = False):
    """(document, paragraph) a prose citation quotes from, or None: by its opening, or (`whole`) by all it quotes
    first, as many sentences open alike ('江苏省政协办公厅 2018 年度一般公共预算…')."""
    for size in ((len(cite.rows[0]),) if whole else ()) + (20,):
        for doc in docs:
            p = next((x for x in doc.passages if x.kind == "paragraph" and cite.rows[0][:size] in x.text), None)
            if p is not None:
                return doc, p
    return None


def stated_whole(part_fact: AnswerFact, operand: str, out: Answer, docs: list[ParsedDocument]) -> Answer | None:
    """'政府采购金额为251.25万元，其中：…服务采购金额246.47万元': the whole of a part the prose breaks down is
    the amount before 其中, when the whole asked names it (or names nothing of its own)."""
    cite = out.citations[part_fact.citations[0]] if part_fact.citations else None
    if cite is None or cite.table is not None or not cite.rows:
        return None
    found = cited_paragraph(cite, docs)
    if found is None:
        return None
    doc, p = found
    sentence = next((x for x in re.split(r"(?<=[。；;])", p.text) if cite.rows[0][:20] in x), "")
    numbers = [m for m in NUMBER.finditer(sentence) if m.group(2) in ("万元", "元")]
    at = next((m for m in numbers if Decimal(m.group(1).replace(",", "")) == part_fact.value), None)
    cut = sentence.rfind("其中", 0, at.start()) if at else -1
    before = [m for m in numbers if m.end() <= cut]
    if not before:
        return None
    m = before[-1]
    context = re.sub(r"^.*[，,。；;：:]", "", sentence[:m.start()]).rstrip("为是共计约达 ")
    if not (generic(operand) or bigrams(operand) & bigrams(context)):
        return None
    a = Answer(out.question, out.language, "number", "", document=doc.document.name)
    idx = a.cite(cite)
    context = re.sub(r"^.*20\d\d年度?", "", context)
    a.facts.append(AnswerFact(context[-16:] or "合计", Decimal(m.group(1).replace(",", "")), m.group(2), None, [idx]))
    return a


def table_whole(answerer, part_fact: AnswerFact, out: Answer, docs: list[ParsedDocument], lang: str,
             question: str) -> Answer | None:
    """The total row of the table (and column) a part was read from."""
    table_id = out.citations[part_fact.citations[0]].table_id if part_fact.citations else None
    for doc in docs:
        fact = next((f for f in doc.facts if f.table_id == table_id and f.value == part_fact.value), None)
        if fact is None:
            continue
        total = next((f for f in doc.facts if f.table_id == table_id and f.column == fact.column
                      and TOTAL_ROW.fullmatch(re.sub(r"^[一二三四五六七八九十]+、", "", f.label))), None) \
            or column_total(fact, [f for f in doc.facts if f.table_id == table_id and f.row_index == fact.row_index])
        if total is None:
            return None
        a = Answer(question, lang, "number", "", document=doc.document.name)
        answerer.number(a, doc, total, doc.document.department or doc.document.name, lang)
        return a
    return None


def titled_whole(answerer, part_fact: AnswerFact, operand: str, out: Answer, docs: list[ParsedDocument], lang: str,
                 question: str) -> Answer | None:
    """'津贴补贴占基本支出的比例': a part read in a table whose title names the whole alone (财政拨款基本支出预算表)
    is a share of that table's total, not of a like-named row of another table."""
    cite = out.citations[part_fact.citations[0]] if part_fact.citations else None
    own = bigrams(operand)
    if cite is None or not cite.table or "、" in cite.table or len(own) < 2 or generic(operand) \
            or not own <= bigrams(cite.table):
        return None
    whole = table_whole(answerer, part_fact, out, docs, lang, question)
    return whole if whole is not None and whole.facts and abs(whole.facts[0].value) > abs(part_fact.value) else None


def grand(answerer, docs: list[ParsedDocument], lang: str, question: str) -> Answer | None:
    for doc in docs:
        a = Answer(question, lang, "number", "", document=doc.document.name)
        if answerer.grand_total(a, "预算总额", lang, doc, doc.document.department or doc.document.name):
            return a
    return None


def printed_share(part: AnswerFact, whole: AnswerFact, value: Decimal, docs: list[ParsedDocument]):
    """The share the prose prints right after the part's amount ('公务用车运行维护费支出 304.40 万元，占“三公”经费的
    45.43%'), when it is the computed one up to the document's rounding: (the printed percent, the passage), or None."""
    amount = format(part.value.normalize(), "f")       # (printed '304.4' for 304.40)
    amount = r"(?<![\d.])" + re.escape(amount) + (r"0*" if "." in amount else r"(?:\.0+)?")
    for doc in docs:
        for p in doc.passages:
            text = p.text.replace(",", "")
            for m in re.finditer(amount + r"\s*" + re.escape(part.unit) + r"[，,]?\s*占[^，,。；;%]{0,16}?"
                                 r"(\d+(?:\.\d+)?)\s*%", text):
                printed = Decimal(m.group(1))
                if abs(printed - value) <= Decimal("0.05"):
                    return printed, doc, p, m.group(0)
    return None
