"""Question -> plan: the parts a question asks, each with one operation and its subject.

A multi-part question ('A和B分别是多少', 'X多少？其中Y多少？', '比上年增加多少、增长百分之几') becomes several
parts; a part that names no subject of its own inherits the previous part's. Cue words live in
retrieval/cues.json, not in code."""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from core.qa.execution_parts import execution_parts
from core.qa.enumeration import CHANGE_VERBS, enumeration, with_earlier
from core.qa.clauses import _clauses
from core.qa.english_lists import TABLE_NAMED, aside_listed, named_before
from core.qa.operation import _english_operands, _summed, operation
from core.qa.search_box import search_parts, search_rewrite, search_terms
from core.types import Part, Plan
from core.qa.numbered import ASKED as ASKED_TABLES, asked_numbers
from core.qa.words import (ANAPHOR, CUES, ENGLISH_FILLER, EXTREME, FILLER, GENERIC, HAN, INHERITED_MEASURE, REASON_WORDS, _any, asks_purpose,
                           has_subject, portion_of, subject_of)



TABLE_REFERENCE = re.compile(ASKED_TABLES.pattern + r"|《[^》]{2,40}表》", re.I)
ROUGH = re.compile(r"[一二两三四五六七八九十百千几]+[百千]?多?余?万元?")
OWN_TABLE = re.compile(r"(?<![该本此张])表(?![中里内列])|\b(?:table|form|sheet|schedule)\s*(?:no\.?\s*)?\d", re.I)  # not '该表', 'the table'

PURPOSE_WORDS = re.compile("|".join(map(re.escape, sorted(CUES["purpose_asks"], key=len, reverse=True))) + "|主要|是")
COUNTED_BEFORE = re.compile(r"几[个项家张]?|多少[个项家张]|how many")


def _other_column(piece: str, before: str) -> str:
    """'X的项目支出是多少？基本支出是多少': the second asks X's other column, not the table's 基本支出 total."""
    columns = CUES["sibling_columns"]
    asked = next((c for c in columns if FILLER.sub("", piece) == c), None)
    was = next((c for c in columns if before.endswith(c) and c != asked), None)
    row = before[:-len(was)].rstrip("的 ") if was else ""
    return f"{row}的{piece}" if asked and len(HAN.findall(re.sub(r"20\d\d年度?", "", row))) >= 2 else piece


def _across_tables(text: str) -> tuple[list[Part], str] | None:
    """(the parts, the rest of the question): the sentence naming two tables, with a sentence after it that asks their
    difference, is planned as one line read in each ('…在公开01表与公开04表中各为多少？两者相差多少？公开06表中…各多少'
    plans the rest on its own)."""
    sentences = [x for x in re.split(r"(?<=[？?])", text) if x.strip()]
    for i, sentence in enumerate(sentences):
        if len(TABLE_REFERENCE.findall(sentence)) < 2:
            continue
        j = i + 1 + (i + 1 < len(sentences) and not TABLE_REFERENCE.search(sentences[i + 1])
                     and _any(CUES["difference"] + CUES["difference_back"], sentences[i + 1].lower()))
        parts = _across_span("".join(sentences[i:j]), gap=j > i + 1)
        return (parts, "".join(sentences[:i] + sentences[j:])) if parts else None
    return None


def _across_span(text: str, gap: bool = False) -> list[Part] | None:
    """'The 一般公共服务支出 figure in Table 1 differs from the one in Table 5. What are the two figures and what is the
    difference?': the same line read in each table the question names by number, then their gap."""
    # (tables named by number, '表一 … 表五', or by title, '《收入支出决算总表》与《…支出决算表》'; a number and the
    # title printed after it name one table)
    refs = [m for m in TABLE_REFERENCE.finditer(text)
            if not (m.group(0).startswith("《") and re.search(r"表\s*[一二三四五六七八九十\d]{1,3}\s*$", text[:m.start()]))]
    named = {n for m in refs for n in asked_numbers(m.group(0))} | {m.group(0) for m in refs if m.group(0).startswith("《")}
    if len(named) < 2 or not gap and not re.search(CUES["two_figures"] + r"|各为多少|分别列示为?多少", text, re.I) \
            or len(set(re.findall(r"(?<![\d.])\d{3,7}(?![\d.])", re.sub(r"20\d\d年?", "", text)))) >= 2:
        return None     # (lines named by two codes: each table has its own ask)
    clause = re.split(r"[，,。？?；;]", text[:refs[0].start()])[-1]
    quoted = re.findall(r"“([^”]{2,20})”", clause)
    subject = quoted[-1] if quoted else " ".join(re.findall(r"[\u4e00-\u9fff（）“”]{2,}", clause))
    # ('表一收支预算总表中的一般公共服务支出是多少？表五…'): the line named after the first table, in its clause
    after = re.match(r"[^？?，,。]*?(?:中|里)的?\s*\d*([^表与和及？?，,。\s\d]{2,}?)(?:是|为|有)?(?:多少|几)", text[refs[0].end():])
    after = None if after and re.fullmatch(r"(?:各|分别)自?(?:为|是|有|列示为?)?", after.group(1)) else after
    if after and re.search(r"[、，,]", after.group(1)):
        return None     # (several columns of the line asked in each table: '…中的合计、基本支出、项目支出各是多少')
    subject = after.group(1) if after else subject
    if not subject or not after and re.search(r"(?:厅|局|院|委|会|办|处|部|街道|办事处)$", subject):
        return None     # (only the department named before the tables: each table has its own ask)
    firsts = list({(asked_numbers(m.group(0)) and min(asked_numbers(m.group(0)))) or m.group(0): m for m in refs}.values())
    parts = [Part(f"{subject} {m.group(0)}", "lookup", subject) for m in firsts[:2]]
    if _any(CUES["difference"] + CUES["difference_back"], text.lower()):
        parts.append(Part("difference", "difference", "", []))
    return parts


CATEGORY_PAIR = re.compile(CUES["procurement_pair"])


def _categories_together(text: str) -> str:
    """'…for the plenary session, goods and services together', 'counting both goods and services, how much … for
    A': one project's purchases in both categories, summed — said once, where the part asking for the project ends
    ('… for A 货物和服务合计'), not a list of three things."""
    m = CATEGORY_PAIR.search(text)
    later = m and re.search(r"\b(?:combined|together|in total)\b|合计|一共|加起来|合起来|总共", text[m.end():], re.I)
    if not m or not (m.group("lead") or m.group("cue") or later) or not re.search(r"采购|procure|purchas", text, re.I):
        return text
    before = text[:m.start()].rstrip(" ，,")
    # (a clause after that only asks the combined total is the sum said here: '…, and what is the combined total?')
    after = re.sub(r"(?:^|[,，])\s*(?:and\s+)?(?:what(?:'s| is| was)|how much is)\s+(?:the\s+)?(?:combined|total|合计|总计)(?:\s*(?:total|amount|sum|合计))?"
                   r"\s*(?=[?？]|$)", "", text[m.end():], flags=re.I)
    rest = before + " " + after.lstrip(" ，,")
    if re.search(r"\b(?:how much|what)\b|多少", before):
        return before + " 货物服务合计 " + after.lstrip(" ，,")       # said where it stands
    asked = re.search(r"\b(?:how much|what)\b|多少", rest[len(before):])     # a frame before the ask: at its end
    start = len(before) + (asked.end() if asked else 0)
    end = re.search(r"[?？]|,\s*and\b|，", rest[start:])
    at = start + end.start() if end else len(rest)
    return rest[:at].rstrip() + " 货物服务合计" + rest[at:]


def _run_together(text: str, printed: Callable[[], set[str]] | None) -> str:
    """'离休费退休费各多少': printed names typed with nothing between them, asked of each, are listed ('离休费、退休费')."""
    m = re.search(r"([\u4e00-\u9fff]{6,})(?=各|分别)", text) if printed else None
    if not m:
        return text
    labels = printed()
    if m.group(1) in labels:
        return text
    run, names = m.group(1), []
    while run:
        name = next((run[-k:] for k in range(len(run), 2, -1) if run[-k:] in labels), None)
        if name is None:
            break
        names.insert(0, name)
        run = run[:-len(name)]
    if len(names) < 2:
        return text
    return text[:m.start(1)] + run + "、".join(names) + text[m.end(1):]


def make_plan(question: str, language: str, text: str, labels: set[str],
              names: Callable[[], set[str]] | None = None) -> Plan:
    parts: list[Part] = []
    text = search_rewrite(re.sub(r"(^|[，,。？?；;])\s*其下(?=[^，,。？?；;]*、)", r"\1其中", text))     # ('其下A、B各多少')
    text = _run_together(text, names)
    # ('表列合计与“三公”经费小计、会议费、培训费之和是否一致'): the figure checked is not one of the sum's operands
    text = re.sub(r"(^|[，,。？?；;])([^，,。？?；;与和跟]{2,14}?)(?:与|跟)([^，,。？?；;]{2,40}?之和)(是否|是不是)(一致|相等|相符)",
                  r"\1\3是多少，\2是多少，两者\4\5", text)
    if language != "en" and search_terms(text) is None:
        # ('政协18年买家具花了多少 台式电脑又买了多少'): a space between Chinese words typed without punctuation is a
        # comma (not in a search-box string of names)
        # (but a name typed before the one that asks of each is listed with it: '会议费 培训费各安排了多少')
        text = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff（）“”]{2,12}?(?:各|分别)(?:自|是|为|有|安排|花)?了?(?:多少|几))",
                      "、", text)
        text = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "，", text)
        # ('…有几辆 20万以上的设备多少台', '一共多少辆车 20万以上的设备几台'): an asking word with what it counts
        text = re.sub(r"((?:多少|几)[^，,。？?\s\d]{0,3}|吗|呢)\s+(?=\S)", r"\1，", text)
        # ('共几辆车，20万以上的设备呢'): a thing named with '呢' and no ask of its own is asked as the one before
        text = re.sub(r"(?<=[，,])([^，,。？?；;]{2,}?)呢(?=[，,。？?；;]?\s*$)",
                      lambda m: m.group(1) + ("呢" if _any(CUES["asks"], m.group(1)) else "有多少"), text)
    text = aside_listed(_categories_together(text)) if language == "en" else _categories_together(text)
    across = _across_tables(text)
    if across:
        more = make_plan(question, language, across[1], labels, names).parts if _any(CUES["asks"], across[1].lower()) else []
        return Plan(question, language, text, across[0] + more)
    searched = search_parts(text, names)
    if searched:
        return Plan(question, language, text, searched)
    if language == "en" and len(re.findall(r"\b(?:how much|how many|what|which)\b", text)) < 2:
        whole = _english_operands(text.strip(" ?？"))
        if whole and whole[0] in ("sum", "difference"):       # 'in 2017, how much more for A than for B': one computation, not clauses
            return Plan(question, language, text, [Part(text, whole[0], subject_of(text) or text, whole[1])])
    frame, scope_words, topic = "", "", ""
    enumerated: list[Part] = []     # the parts the last clause listed ('A和B各多少')
    table_context = ""
    unasked: list[str] = []     # English clauses that ask nothing ('…: total 三公 spending, meeting fees')
    for clause in _clauses(text, language == "en"):
        yes_no = re.search(CUES["yes_no"], clause.lower())
        rest = clause[:yes_no.start(1)] + " " + clause[yes_no.end(1):] if yes_no else ""
        if yes_no and not _any(CUES["asks"], rest.lower()):
            # '有没有采购工程': whether it is budgeted is its figure (0 is no)
            clause = rest.strip(" ？?") + (" how much" if language == "en" else "多少")
        if language == "en" and not parts and not _any(CUES["asks"] + CUES["reason"], clause):
            frame += clause + " "       # 'in the basic spending for 2018, how much …': read with the next part
            unasked.append(clause)      # when that part alone names no figure
            continue
        named = named_before(unasked) if language == "en" and not parts and unasked and re.search(
            re.escape(unasked[-1].strip()[-12:]) + r"\s*,\s*and\s+" + re.escape(clause.strip()[:12]), text) else None
        if named:       # ('…tables: total 三公 budget, the reception part, and what share …'): each name asked
            parts += named
            table_context = named[0].context if TABLE_NAMED.search(named[0].context) else table_context
            frame = ""
        if frame and not parts and re.search(r"\bof (?:it|that|this|them)\b", clause) and has_subject(frame) \
                and re.search(r"\b(?:total|overall|budget|spending|amount)\b|总计|合计|总额|预算|支出", frame):
            # ('… - total budget for the 三公经费, and how much of it is 公务接待费'): the frame asks the whole
            parts.append(Part(frame.strip(), "lookup", subject_of(frame) or frame.strip()))
            frame = ""
        same = re.match(CUES["same_for"], clause.strip().lower())
        thing = next((g for g in same.groups() if g), "").strip(" ?？") if same else ""
        if thing and len(parts) >= 2 and re.fullmatch(r"那?(?:加起来|合起来|加在一起|合计|一共|总共|总计|总的)", thing):
            parts.append(Part(clause, "sum", ""))       # '…A和B各多少 加起来呢': the sum of the figures before
            continue
        if thing and 0 < len(parts) <= 3 and HAN.search(thing):
            # 'And the same for its 事业单位 staff?': each ask before, of the thing this clause names
            for p in list(parts):
                runs = re.findall(r"[\u4e00-\u9fff]+", p.subject) or [""]
                named = max(reversed(runs), key=len)       # (of runs as long, the last: '预算 水费' names 水费)
                asked = p.text.replace(named, " ") if named else p.text
                parts.append(Part(f"{thing} {asked}", p.op, f"{thing} {subject_of(asked)}"))
            continue
        if parts and re.match(CUES["restate"], clause.lower()) and not _any(CUES["asks"], clause):
            continue        # '…哪几张表？请列一下表名': the part before already asks it
        if parts and parts[-1].op == "list" and re.search(CUES["list_amounts"], clause.lower()):
            continue        # '…有哪些项级科目？金额分别是多少': the list shows each line's amount
        if parts and parts[-1].op == "list" and re.search(CUES["adds_up"], clause, re.I) \
                and re.search(CUES["adds_up_check"], clause, re.I) \
                and not has_subject(re.sub(CUES["adds_up"] + r"|各项|是否|是不是|款级?|类级?|这一?行|该行|的?\d[\d,.]*万?元?",
                                           "", clause)):
            # '…下有哪些项？各项之和是否等于款的264.87万元': the list says whether its lines add up to the line
            parts[-1] = Part(parts[-1].text + "，" + clause, "list", parts[-1].subject, parts[-1].operands)
            continue
        listed = enumeration(clause, labels)
        context, pieces = listed or (frame, [clause])
        if context and TABLE_NAMED.search(context):
            table_context = context
        elif not table_context and parts:
            # ('表十《…》合计多少？其中A和B各是多少'): the table the first clause named is where later ones are read
            named_table = TABLE_REFERENCE.search(parts[0].text)
            table_context = named_table.group(0) if named_table else ""
        scope_words = (listed[0] if listed and listed[0] else "") or scope_words
        # ('how much for A and for B, how did each change': the lookups the clauses before asked, one each)
        trailing = list(itertools.takewhile(lambda p: p.op == "lookup" and p.subject, reversed(parts)))[::-1]
        # ('the total, how much of it is A and B, and what share is each'): each of the parts within the total
        first = next((i for i, p in enumerate(trailing) if p.narrows), 0)
        trailing = trailing[first:] if len(trailing) - first >= 2 else trailing
        listing = enumerated if len(enumerated) >= 2 else trailing if re.search(r"\beach\b|各自|分别", clause) else []
        if not listed and len(listing) >= 2 and not has_subject(clause) and (
                re.search(CUES["each_pattern"], clause) or re.search(CUES["actual_words"], clause)):
            # ('…各是多少、实际有多少': what is held of each thing the list counted)
            # '公务员编制和事业编制各多少人？实际各有多少人？': each of the things the list before named
            bare = re.sub(r"各自|各|分别|respectively|\beach\b", "", clause)
            pieces = [INHERITED_MEASURE.sub("", p.subject).strip(" ，,") + " " * clause.isascii() + bare for p in listing]
        if frame and not listed and _any(CUES["sum"], frame.lower()):
            context, pieces = "", [frame + clause]      # 'adding up the four quarterly plans, how much is …'
        elif frame and not listed and not HAN.search(clause) and (not [
                w for w in re.findall(r"[a-z]{3,}", clause) if w not in ENGLISH_FILLER | GENERIC]
                or HAN.search(frame) and (re.search(r"\b(?:it|that|this|them|they)\b", clause)
                                          or _any(CUES["reason"], clause.lower()))):
            # ('Housing spending jumped in 2017. How much is budgeted for it'): 'it' is what the frame named
            # ('… is lower than in 2017 — what reason does the document give'): the reason of what the frame says
            context, pieces = "", [frame + clause]      # 'if you add up A, B and C, what is the combined total'
        elif (frame or topic) and not listed and (re.search(r"\b(?:its|their)\b", clause) or not HAN.search(clause)
                                                  and re.match(CUES["topic_frame"], frame or topic)) \
                and not (parts and _any(CUES["sum"] + CUES["sum_total_words"] + CUES["difference"], clause.lower())):
            # ('…, and what is their sum': over the parts before, not of the frame)
            # ('For the project to build the new 社区公共服务中心, what is the funding in its 绩效目标 form, and what
            # floor area does its indicator require'): each 'its', or each part naming nothing, is what 'for' named
            topic = frame or topic
            context, pieces = "", [topic + clause]
        topic = frame if HAN.search(frame) else topic
        frame = ""
        # ('Public Table 09: what are A and B, and what is the table total'): every later part is read in the table
        # named before it (where it looks its figure up, not what it computes)
        # ('For the plenary session, how much for rooms, and how much for meals'): what 'for' named frames each part
        # (not where the clause points back at a line: '并给出该款合计金额')
        inherited = table_context if not OWN_TABLE.search(" ".join(pieces)) \
            and not re.search(r"[该此这][款项类行]", clause) else ""
        read_in = (inherited + context if inherited and context and not TABLE_NAMED.search(context) else context) \
            or inherited or (
            topic if re.search(r"\bhow (?:much|many)\b", clause) and not re.search(r"\b(?:it|its|that|this|they|their|them)\b",
                                                                                 clause) else "")
        start = len(parts)
        for piece in pieces:
            own = piece         # the words this part says itself, before it inherits a subject
            # '其中Y', or 'A、B分别多少' after a clause that asked a total: within the previous subject
            narrows = piece.startswith(tuple(CUES["narrow"])) or bool(listed and parts) \
                or bool(parts) and bool(re.search(r"\bof (?:that|it|this|these|those|them)\b", piece))   # 'how much of that …'
            piece = re.sub(r"^(其中|of which|of it|of this)\s*", "", piece)
            # 'by what percent is that lower than actual 2022 spending': 'that' is the subject before
            leading = re.match(r"(?:大概|大约|约|又|那|它|这)?(?:在(.+?)(?:里面|里|之中|当中|中))?所?占", piece)
            # (a rough amount, '为什么比上年少了五千多万', names no line)
            inherit = bool(parts) and (not has_subject(ROUGH.sub("", REASON_WORDS.sub("", PURPOSE_WORDS.sub("", piece))))
                                       or bool(leading)
                                       or bool(re.search(CUES["under_it"], piece))
                                       or language == "en" and bool(
                re.search(r"\b(?:that|it|this)\b", piece)) and _any(CUES["change"] + ["than"], piece))
            together = CUES["sum"] + CUES["sum_total_words"] + CUES["difference"]
            bare = re.sub("|".join(map(re.escape, sorted(together, key=len, reverse=True))) + r"|两者|二者|这两[项个块笔]?|两项|(?:这)?两[张个]表(?:之间)?|\b(?:both|the two) tables\b|\b(?:the|these|those) two(?: lines| items| figures| amounts| numbers)?\b|\bboth\b"
                          r"|[两二三四]个[\u4e00-\u9fff]{1,2}(?=加|合|一共|总|相加)"     # '两个季度加起来'
                          r"|(?:这)?[三四五六七八九十][项者笔](?=加|合|一共|总|相加|之和|共)"    # '三项合计多少'
                          r"|\b(?:all|the|these|those) (?:three|four|five)(?: lines| items| figures| amounts)?\b",
                          "", piece)
            if parts and parts[-1].op == "list" and re.search(r"合计|总计|加起来|一共|共计|\bin total\b|\btotal\b|add up", piece) \
                    and not has_subject(re.sub(r"[增减]加?少?额|金额|合计|总计|数额|\b(?:what|do|does|did|they|them|these|"
                                               r"those|all|add|adds|up|to|comes?|in|total|altogether|together|and|give|show|their|its|the|sum)\b", "", piece)) \
                    and not re.search(r"几|多少[个项家]|how many|number of", piece):       # ('一共几个' counts them)
                # ('…比上年增加的有几项？增加额合计多少'): over the figures of the lines the list named
                parts.append(Part(piece, "sum", "", [], narrows, read_in))
                continue
            if parts and parts[-1].op == "list" and not has_subject(piece) and re.search(CUES["each_pattern"], piece):
                continue        # '…由哪几项组成？各是多少': the list gives each with its figure
            if len(parts) >= 2 and (re.match(CUES["check_purpose"], piece) or re.match(CUES["check_claim"], piece)):
                # ('…，以便核对三项之和是否等于合计'): what the figures are for; their sum where it asks whether they add up
                if re.search(CUES["adds_up"], piece, re.I) or _any(CUES["sum"] + CUES["sum_total_words"], piece.lower()):
                    parts.append(Part(piece, "sum", "", [], narrows, read_in))
                # (and the line they should equal, when it names one: '…是否等于基本支出')
                against = re.search(r"(?:等于|相等于?|一致于?|对得上)(?:表中|表里)?(?:的|所列的?)?(.{2,})$", piece)
                # (a bare '合计' is the total of the table the parts were read in, when they were read in one)
                if against and (has_subject(against.group(1)) or TABLE_REFERENCE.search(read_in)) and not (
                        re.fullmatch(r"(?:合计|总计|小计)数?[。？?]?", against.group(1)) and not TABLE_REFERENCE.search(read_in)):
                    table = TABLE_REFERENCE.search(read_in)     # (the table by its number alone: its title lists names)
                    parts.append(Part(against.group(1), "lookup", subject_of(against.group(1)) or against.group(1), [], False,
                                      table.group(0) + "中" if table else read_in))
                continue
            more = with_earlier(piece, labels) if parts else None
            if more:        # '…连会议费、培训费一起算，合计是多少': the figure before and the items it lists
                parts.append(Part(piece, "sum", "", [parts[-1].subject] + more, narrows, read_in))
                continue
            # ('Public Table 09: A and B, and what is the table total (合计)'): the total the table prints, not the
            # sum of the parts asked before
            # ('X（款）下A、B、C各多少？合计多少': after a list of lines, their total, not the table's)
            table_total = bool(read_in and len(enumerated) < 2 or re.search(r"该表|本表|table", piece)) \
                and bool(re.search(r"合计|总计", piece) or re.search(r"\btable\b", piece) and "total" in piece) \
                and not re.search(r"[两二三四五六七八九十][项者个笔]|这|their|both|together|combined|\badd|\bsum\b|\ball\b|"
                                  r"these|those|加|之和|一共|共计", piece)
            own_op = operation(piece)
            # ('…, and how much larger was that than 工资福利支出': a gap between the figure before and a line it names)
            inherit = inherit and not table_total and not (own_op[0] == "difference" and len(own_op[1]) == 2
                                                           and ANAPHOR.fullmatch(own_op[1][0].strip(" ，,?？")))
            if len(parts) >= 2 and bare != piece and not has_subject(bare) and not table_total \
                    and not (_any(CUES["share"], piece.lower())
                             and not re.search(r"together|combined|\bsum\b|\badd|之和|加起来|合起来|合计", piece)) \
                    and not re.search(r"(?:[比较]|[跟和与同])(?:上一?年|去年)|\bthan (?:last|the previous) year\b", piece) and not (
                    listed and re.fullmatch(r"合计|总计|小计", FILLER.sub("", piece).strip())):      # ('…小计、会议费、合计各是多少')
                # 'A和B各有多少钱？加起来是多少？' / '…分别是多少，两者差多少': over the figures the parts before stated
                op = "difference" if _any(CUES["difference"], piece) else "sum"
                parts.append(Part(piece, op, "", [], narrows, read_in))
                continue
            counted = next((p for p in reversed(parts) if COUNTED_BEFORE.search(p.text)), None) \
                if re.search(CUES["names_asked"], piece) else None
            if counted is not None:     # '…项目有几个…？这些项目分别叫什么': the things that part counted
                piece, inherit = counted.subject + piece, False
            if inherit:
                # '比上年增加多少' after 'X是多少' asks about X
                inherited = INHERITED_MEASURE.sub("", parts[-1].subject).strip(" ，,")
                inherited = re.sub(CUES["inherited_tail"], "", inherited)
                if re.search(CUES["quota_words"], piece):       # '…实有几辆？编制几辆': the quota, not what is held
                    inherited = re.sub(CUES["actual_words"], " ", inherited)
                elif re.search(CUES["actual_words"], piece):    # '编制多少人？实际在岗的有多少': what is held
                    inherited = re.sub(CUES["quota_words"], " ", inherited)
                # 'X为什么涨了？涨了多少': the reason asked before is not part of the subject
                inherited = REASON_WORDS.sub("", inherited)
                inherited = re.sub(r"(?:" + CHANGE_VERBS.pattern + r")了?$", "", inherited) if HAN.search(inherited) else inherited
                piece = inherited + (" " if re.search(r"[a-z0-9]$", inherited) or piece[:1].isascii() else "") + piece
            piece = _other_column(piece, parts[-1].subject) if parts else piece
            op, operands = operation(piece)
            if op in ("lookup", "list", "count") and re.search(CUES["count_listed"], piece.lower()):
                # ('“办公设备购置费”下列了几种采购物品'): the lines listed under it, then how many
                parts += [Part(piece, "list", subject_of(piece) or piece, [], narrows, read_in),
                          Part(piece, "count", subject_of(piece) or piece, [], True, read_in)]
                continue
            if parts and parts[-1].op == "list" and re.fullmatch(CUES["count_only"], own.strip(" ？?，,")):
                op = "count"        # '…有哪些项目填了绩效目标表？一共几个？': how many the list before named
            elif counted is not None:
                op = "list"
            if parts and parts[-1].op == "rank" and (inherit or re.search(r"\b(?:its|it|that|this)\b|该项|这一?项|其", clause)):
                continue        # '…增长最多的是哪一项？预算是多少、增加多少': the ranked line is stated with its figures
            if op == "reason" and inherit and parts[-1].op == "reason":
                continue        # '…why is it lower, and where did the money go': the same reason, asked again
            if op == "lookup" and (not parts and (_any([w for w in CUES["purpose_asks"] if "pay" not in w], piece.lower())
                                                  or re.search(CUES["purpose_pattern"], piece.lower()))
                                   or parts and (parts[-1].op == "change" or parts[-1].op == "lookup" and (
                                       inherit or not HAN.search(piece) or re.match(r"(?:这|那|该|其|它)", piece)))
                                   and _any(CUES["purpose_asks"], piece.lower())):
                # '…比上年多了多少？多出来的钱主要用在哪儿', '…how much, and what does that money pay for': what the
                # figure before pays for, read where its sentence goes on; 'X主要用来做什么': what X is used for
                # (not 'what rent does it pay for its office', which asks an amount)
                op = "reason"
            # (not 'which programmes pay for printing', '花在哪些专项上', '花在哪一类': which lines, not what they buy)
            # (what a change pays for is its reason: '…增加480万元，主要用于哪些新增专项', '…went up. what is the extra
            # money paying for')
            if op == "list" and asks_purpose(piece) and not re.search(CUES["list_amounts"], piece.lower()) and (
                    re.search(CUES["purpose_nouns"], piece.lower()) or re.search(CUES["stated_change"], piece.lower())
                    or parts and parts[-1].op == "change"):
                op = "reason"       # '…主要用在哪些方面', '钱都花在哪几块': what it pays for, as the document says
            asking = re.split(r"[，,]", piece)[-1]
            if op == "change" and asking != piece and operation(asking)[0] == "lookup" and not CHANGE_VERBS.search(asking) \
                    and not re.search(r"比|较|than|compared", asking):
                op = "lookup"       # '…一下子涨了很多，具体是多少': the clause that asks is the amount
            if op in ("share", "lookup") and (not operands or operands[-1:] == ["total"]) and context:
                # 'of all procurement, what share is services'; 'compared with the year before, how much more …'
                # ('Of its basic spending, what percentage went to personnel costs': the whole the frame names)
                framed = operation(context + piece)
                op, operands = framed if framed[0] in ("share", "change") and framed[1][-1:] != ["total"] \
                    or framed[1] and not operands else (op, operands)
            if op in ("lookup", "sum"):
                op, operands = _summed(piece, labels) or (op, operands)
            if op == "share" and len(operands) == 2 and scope_words:
                # '财政拨款基本支出里，A和B各多少？A占基本支出的百分之几': the whole is the one the question scoped
                wider = re.search(r"[\u4e00-\u9fff]{2,8}" + re.escape(operands[1]) + r"(?=[里中内，,])", scope_words)
                operands = [operands[0], wider.group(0)] if wider and operands[1] else operands
            split = portion_of(parts[-1].text) if op == "share" and parts and all(
                ANAPHOR.fullmatch(o.strip(" ，,?？")) for o in operands) else None
            split = split if split and not ANAPHOR.fullmatch(split[0].strip(" “”\"，,")) else None
            if split:       # ('how much of X is for Y, and what share is that'): Y over X
                operands = ["that", split[0].strip(" “”\"，,")]
            if inherit and parts[-1].op == "change" and op in ("share", "lookup") and re.search(
                    r"百分|%|幅|率|几成|percent|rate", piece):
                op = "change"           # '…增加多少，增长百分之几': the rate of the same change
            if op == "share" and len(operands) == 2 and re.fullmatch(r"\s*(?:each|each of them|各|各自|分别)\s*",
                                                                     operands[0]) and len(trailing) >= 2:
                # 'what share of total spending was each': one share per thing the parts before asked
                parts += [Part(f"{t.subject} {piece}", "share", t.subject, [t.subject, operands[1]], narrows, read_in)
                          for t in trailing]
                continue
            framing = re.match(r"^(.{2,}?[中里内]?[，,])\s*(.{2,})$", operands[0]) if op in ("sum", "difference") \
                and len(operands) >= 2 else None
            if framing:     # ('机关运行经费中，差旅费、会议费、物业管理费三项合计'): each is read where the words before say
                operands = [framing.group(2)] + operands[1:]
                read_in = read_in or framing.group(1)
            subject = subject_of(piece) or piece
            if read_in and not TABLE_NAMED.search(piece) and EXTREME.search(piece) and not inherit and (
                    TABLE_NAMED.search(read_in) or HAN.search(read_in) and not HAN.search(piece)):
                # ('looking at the 机关运行经费 table, which line is the biggest'; 'of its 机关运行经费, which single item
                # is the biggest'): the largest of what the opening names
                piece = read_in.strip() + " " + piece
            parts.append(Part(piece, op, subject, operands, narrows, read_in))
        enumerated = parts[start:] if listed else []
    if not parts and len(unasked) >= 2 and all(HAN.search(c) for c in unasked[1:]):
        # ('2018 tables: total 三公 spending, meeting fees and training fees?'): terse, no ask: each name printed
        # ('In table 公开09表 (…), give A, B and the overall total'): a clause naming the table is where the rest are read
        framing = unasked[0] if TABLE_NAMED.search(unasked[0]) and len(unasked) >= 3 else ""
        parts = [Part(c, "lookup", subject_of(c) or c, context=framing) for c in unasked if c != framing]
    if not parts:       # (an English request with no question word: 'Break down X into its lines' lists them;
        # 'reserve contingency fund vs 2017' its change)
        op = operation(text)[0]
        parts = [Part(text, op if op in ("list", "change") else "lookup", subject_of(text) or text)]
    parts = execution_parts(text, language, parts, names)
    # ('What is a 'project expenditure budget' here, and how much is there?'): its meaning, then its figure
    figure = r"多少|how much|how many"
    parts = [Part(p.text, "define", p.subject, p.operands, p.narrows, p.context)
             if p.op == "lookup" and re.search(CUES["define_asked"], p.text, re.I)
             and not re.search(figure + r"|几|\b(?:total|combined|overall|altogether|sum)\b|合计|总共|一共", p.text)
             and any(re.search(figure, x.text) for x in parts[i + 1:]) else p for i, p in enumerate(parts)]
    # parts that name nothing are one question ('多少？比上年多少？'), unless the first asks the whole budget
    # ('what is the total 2019 budget, and how much is it up')
    if len(parts) > 1 and all(not has_subject(p.text) for p in parts) \
            and not re.search(r"\b(?:total|overall|whole)\b|总|全部", parts[0].text):
        parts = [Part(text, operation(text)[0], subject_of(text) or text)]
    return Plan(question, language, text, parts)

