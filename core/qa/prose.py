"""Sentences of the prose that state a change ('…比上年增加1051.89万元，增长54.3%') for a subject, whatever
words stand between the subject and the verb."""
from __future__ import annotations

import math
import itertools
import re
from collections import Counter
from decimal import Decimal

from core.qa.common import CHANGE, CUES
from core.qa.numbers import bigrams
from core.types import ParsedDocument, Passage

REASON = re.compile(CUES["reason_markers"])
PURPOSE = re.compile(CUES["reason_markers"] + "|" + CUES["purpose_markers"])     # what money is for: '用于…'

AMOUNT_AT = re.compile(r"\d[\d,]*(?:\.\d+)?\s*万?元")
# ('本年数小于上年预算数 403.75 万元' states a change as a comparison)
CHANGE_AT = re.compile(r"(增加|减少|增长|下降|上升|降低|持平|[小大低高少多]于上年[\u4e00-\u9fff]{0,4})[了约]?\s*[\d持]")
NOT_SUBJECT = re.compile(r"20\d\d年度?|[比较与]?(?:上一?年度?|去年)(?:相比)?|增减(?:变化|变动|情况)?|变化|变动|增加|减少|增长|下降|多少|百分之几|增幅|降幅|"
                         r"预算|是|了|的|不少|一大截|很多|这一?[项块笔]|"
                         + "|".join(map(re.escape, sorted(CUES["reason"], key=len, reverse=True))))


_DOC_BIGRAMS: dict[str, Counter] = {}


def doc_bigrams(doc: ParsedDocument) -> Counter:
    """Each character pair of the document with the number of passages it is printed in."""
    if doc.document.id not in _DOC_BIGRAMS:
        _DOC_BIGRAMS[doc.document.id] = Counter(b for p in doc.passages for b in bigrams(p.text))
    return _DOC_BIGRAMS[doc.document.id]


def rarity(doc: ParsedDocument, pairs: set[str]) -> float:
    """Shared pairs weighted by how rare they are in the document ('支出' is printed everywhere, '政协会议' is not)."""
    counts = doc_bigrams(doc)
    return sum(1 / math.log2(2 + counts[b]) for b in pairs)


def budget_levels(text: str) -> list[str]:
    """'2019年政协会议（项）支出…' -> ['政协会议（项）']: a line named with its level, to be found printed so."""
    return [m.group(1)[-4:] + m.group(2) for m in re.finditer(r"([\u4e00-\u9fff]{2,})(（[类款项]）)", text)]


def change_sentence(doc: ParsedDocument, subject: str, strict: bool = False) -> tuple[Passage, str] | None:
    """The sentence stating the subject's change; `strict` asks for one that names (nearly) all of the subject."""
    found = change_sentences(doc, subject, strict)
    return found[0] if found else None


def change_sentences(doc: ParsedDocument, subject: str, strict: bool = False) -> list[tuple[Passage, str]]:
    """The sentences stating the subject's change equally well, in document order (the income and the spending
    paragraphs may both state '比2024年预算减少990万元')."""
    # words the document never prints ('江苏高院' for 江苏省高级人民法院) cannot be matched: they do not count
    wanted = bigrams(NOT_SUBJECT.sub(" ", subject)) & doc_bigrams(doc).keys()
    # the department ('省高院' for 江苏省高级人民法院) is scope, printed in many sentences: its characters do not count
    named = set(doc.document.department or "")
    wanted = {b for b in wanted if not set(b) <= named} or wanted
    # a change the question quotes ('增长了100%，原因是什么', '少了990万元') names its sentence, whatever words it uses
    quoted = {_value(m) for m in QUOTED.finditer(subject)}
    if not wanted and not quoted:
        return []
    best, best_key = [], (False, False, 0.0, 0, 0.0, False, 0)
    levels = budget_levels(subject)
    for p in doc.passages:
        if p.kind != "paragraph":
            continue
        sentences = [s for s in re.split(r"(?<=[。；;])", p.text) if s.strip()]
        first = (CHANGE_AT.search(sentences[0]) or AMOUNT_AT.search(sentences[0])) if sentences else None
        # the paragraph's subject: its first sentence up to that sentence's own change, or its own amount (not
        # what the amount is then said to be used for: '…支出 10,271.56 万元，主要用于…政协会议和委员视察等')
        subject_of_paragraph = bigrams(sentences[0][:first.start()] if first else sentences[0]) if sentences else set()
        for i, sentence in enumerate(sentences):
            for m in CHANGE_AT.finditer(sentence):
                head = bigrams(sentence[:m.start()]) | (subject_of_paragraph if i else set())
                # the clause the change is printed in ('…，信息化建设经费专项增加55万元') names its own subject
                # ('…经费预算支出9193.40万元，比2016年增加…': '比2016年' names nothing; the clause before it does)
                clauses = re.split(r"[，；;]|,(?!\d)", sentence[:m.start()])      # not inside '1,282.56'
                clause = next((c for c in reversed(clauses) if re.search(r"[\u4e00-\u9fff]{2}", NOT_SUBJECT.sub(
                    "", AMOUNT_AT.sub("", c)))), clauses[-1])
                shared = len(wanted & head)
                # of sentences naming the subject equally, one printing its amount and the change on it
                # ('提租补贴（项）支出 5465.1 万元，与上年相比增加 2146.85 万元') over a reason that lists it
                # (the words shared weigh by their rarity: '支出' names nothing, '政协会议' does)
                said = {_value(x) for x in QUOTED.finditer(sentence[m.start():m.start() + 40])}
                key = (bool(quoted & said), any(n in sentence[:m.start()] for n in levels),
                       round(rarity(doc, wanted & head), 6), len(wanted & bigrams(clause)),
                       shared / (len(wanted) or 1), bool(CHANGE.search(sentence)), shared)
                if key > best_key:
                    best, best_key = [(p, sentence)], key
                elif key == best_key and (p, sentence) not in best:
                    best.append((p, sentence))
    if not best or not best_key[0] and (best_key[6] < min(2, len(wanted)) or best_key[4] < (0.8 if strict else 0.5)):
        return []
    return best


QUOTED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万元|元|%)")


def _value(m: re.Match) -> tuple[Decimal, str]:
    return Decimal(m.group(1).replace(",", "")).normalize(), m.group(2)


def reason_text(doc: ParsedDocument, subject: str) -> tuple[Passage, str] | None:
    """'为什么X比上年增加': the sentence stating X's change, with the sentence that gives its reason."""
    found = change_sentences(doc, subject)
    if not found:
        return None
    for passage, sentence in found:     # of sentences stating the change alike, the one its reason follows
        text = reason_after(doc, passage, sentence)
        if text:
            return passage, text
    return _reason_sentence(doc, subject) or found[0]


STATED = re.compile(r"(增加|减少|增长|下降|上升|降低)[了约]?\s*([\d,]+(?:\.\d+)?)\s*(万元|元|%)")


ANNOUNCED = re.compile(r"(?:以下|如下|下列)[\u4e00-\u9fff]{0,12}[，,]?[\u4e00-\u9fff]{0,8}[。：:]\s*$")


def reason_after(doc: ParsedDocument, passage: Passage, sentence: str, markers: re.Pattern = REASON) -> str | None:
    """The reason found after a sentence, with the factors it announces when it only announces them ('主要是由以下因素
    增减相抵，综合影响。' then '一是…，二是…')."""
    text = _reason_after(doc, passage, sentence, markers)
    end = passage.text.find(text[-20:]) + len(text[-20:]) if text and ANNOUNCED.search(text) else -1
    if end > 0:
        text += "".join(re.split(r"(?<=[。])", passage.text[end:])[:2]).strip()
    start = passage.text.find(text[:20]) if text and SUBJECTLESS.match(text) else -1
    if start > 0:       # '与上年相比减少1134.33万元…' names its line and amount in the sentence before
        text = _before(passage.text[:start]) + text
    return text


SUBJECTLESS = re.compile(r"\s*(?:与上年(?:预算)?相比|比上年|较上年|同比)")


def _before(text: str) -> str:
    """The last sentence of `text` (the one a subjectless change sentence continues)."""
    sentences = [x for x in re.split(r"(?<=[。；;])", text.rstrip()) if x.strip()]
    return sentences[-1].strip() if sentences else ""


def _reason_after(doc: ParsedDocument, passage: Passage, sentence: str, markers: re.Pattern = REASON) -> str | None:
    """The reason the disclosure gives for the figure a sentence states: the sentence itself when it carries one,
    one of the next two sentences of its paragraph, the opening of the next paragraph, or a later sentence of the
    section whose change is the same amount ('…比2023年预算增加25万元。其中：' … '（二）公务用车购置及运行费…增加25万
    元，主要原因是购置公务用车')."""
    change = CHANGE_AT.search(sentence)
    sentences = [s for s in re.split(r"(?<=[。；;])", passage.text) if s.strip()]
    at = next((i for i, s in enumerate(sentences) if sentence.strip() in s or s.strip() in sentence), None)
    if markers.search(sentence[change.start() if change else 0:]):
        return sentence.strip() + (_detail(sentences, at) if at is not None else "")
    if at is None:
        return None
    for later in sentences[at + 1:at + 3]:
        if markers.search(later):
            return "".join(sentences[at:sentences.index(later) + 1]).strip()
    following = [p for p in doc.passages if p.kind == "paragraph" and passage.seq < p.seq <= passage.seq + 4
                 and p.section == passage.section]
    # the reason may open the next paragraph ('…比2024年预算减少990万元。' / '财政拨款收入支出减少的主要原因是…')
    if following and following[0].seq == passage.seq + 1 and (at >= len(sentences) - 2 or not any(
            CHANGE_AT.search(x) for x in sentences[at + 1:])):
        opening = re.split(r"(?<=[。；;])", following[0].text)[0]
        if markers.search(opening[:30]):
            return sentence.strip() + opening.strip()
    stated = STATED.search(sentences[at])
    if stated is None:
        return None
    same = (stated.group(1), stated.group(2).replace(",", ""), stated.group(3))
    runs = [sentences[at + 1:]] + [[x for x in re.split(r"(?<=[。；;])", p.text) if x.strip()] for p in following]
    for run in runs:
        for i, later in enumerate(run):
            for m in STATED.finditer(later):
                if (m.group(1), m.group(2).replace(",", ""), m.group(3)) == same and markers.search(later[m.end():]):
                    return sentences[at].strip() + later.strip() + _detail(run, i)
    return None


def _detail(sentences: list[str], at: int) -> str:
    """The breakdown of the same change that follows a reason ('…主要原因是购置公务用车。其中：公务用车购置费25万元，…；
    公务用车运行费21.56万元，…'), up to the next numbered item."""
    if at + 1 >= len(sentences) or not sentences[at + 1].lstrip().startswith("其中"):
        return ""
    return "".join(itertools.takewhile(lambda x: not x.lstrip().startswith(("（", "(")), sentences[at + 1:at + 3])).strip()


def reason_of_figure(doc: ParsedDocument, value: Decimal, unit: str = "万元") -> tuple[Passage, str] | None:
    """The reason for the change printed with a figure ('收入预算17,192万元…比2024年预算减少990万元' then '…减少的主要
    原因是…'): why the whole budget changed, when the question names no line of it."""
    forms = {format(value, "f"), format(value.normalize(), "f")}
    if unit == "元":        # a table in 元, its explanation in 万元
        forms |= {format((value / 10000).quantize(Decimal(q)), "f") for q in ("0.01", "1")}
    for p in doc.passages:
        if p.kind != "paragraph" or not any(f in p.text.replace(",", "") for f in forms):
            continue
        for sentence in re.split(r"(?<=[。；;])", p.text):
            if any(f in sentence.replace(",", "") for f in forms) and CHANGE_AT.search(sentence):
                text = reason_after(doc, p, sentence)
                if text:
                    return p, text
    return None


def _reason_sentence(doc: ParsedDocument, subject: str) -> tuple[Passage, str] | None:
    """A sentence that gives a reason for what the question names ('财政拨款收入支出减少的主要原因是…'), when the
    change sentence found carries none."""
    named = set(doc.document.department or "")
    wanted = {b for b in bigrams(NOT_SUBJECT.sub(" ", subject)) & doc_bigrams(doc).keys() if not set(b) <= named}
    best, best_score = None, 1
    for p in doc.passages:
        if p.kind != "paragraph":
            continue
        for sentence in re.split(r"(?<=[。；;])", p.text):
            m = REASON.search(sentence)
            score = len(wanted & bigrams(sentence[:m.start()])) if m and "原因" in m.group(0) else 0
            if score > best_score:
                best, best_score = (p, sentence.strip()), score
    return best


def purpose_text(doc: ParsedDocument, subject: str) -> tuple[Passage, str] | None:
    """'“其他社会工作事务支出”主要用于什么': the paragraph naming the line, read through what it says the line is
    used for ('…其他社会工作事务支出（项）。主要用于：新建部门开办费、…')."""
    named = set(doc.document.department or "")
    wanted = {b for b in bigrams(NOT_SUBJECT.sub(" ", subject)) & doc_bigrams(doc).keys() if not set(b) <= named}
    best, best_key = None, (0.6, 0, 0)
    for p in doc.passages:
        if p.kind != "paragraph" or not wanted:
            continue
        for m in PURPOSE_SAID.finditer(p.text):
            # (the paragraph up to the marker, and the clause that opens it: '人员经费…主要包括：…；公用经费 10.23
            # 万元，主要包括：…' says what each of the two covers)
            opens = max(p.text.rfind(c, 0, m.start()) for c in "；;。") + 1
            shared = len(wanted & bigrams(p.text[:m.start()]))
            clause = re.sub(r"主要$", "", p.text[opens:m.start()])     # ('主要用于' is the marker)
            key = (shared / len(wanted), len(wanted & bigrams(clause)), -m.start())
            if key > best_key:
                # (a clause of its own, after another clause that says what it covers, ends at its semicolon)
                own = bool(key[1]) and bool(PURPOSE_SAID.search(p.text[:opens]))
                end = min((i for i in (p.text.find(c, m.end()) for c in ("。；;" if own else "。")) if i >= 0),
                          default=len(p.text) - 1)
                start = opens if own else 0
                best, best_key = (p, p.text[start:end + 1].strip()), key
    return best


PURPOSE_SAID = re.compile(CUES["purpose_markers"])
