"""Sentences of the prose that state a change ('…比上年增加1051.89万元，增长54.3%') for a subject, whatever
words stand between the subject and the verb."""
from __future__ import annotations

import re

from core.qa.common import CHANGE, CUES
from core.qa.numbers import bigrams
from core.types import ParsedDocument, Passage

REASON = re.compile(CUES["reason_markers"])
CHANGE_AT = re.compile(r"(增加|减少|增长|下降|上升|降低|持平)[了约]?\s*[\d持]")
NOT_SUBJECT = re.compile(r"20\d\d年度?|[比较与]?(?:上一?年度?|去年)(?:相比)?|增加|减少|增长|下降|多少|百分之几|增幅|降幅|"
                         r"预算|是|了|的")


_DOC_BIGRAMS: dict[str, set[str]] = {}


def doc_bigrams(doc: ParsedDocument) -> set[str]:
    if doc.document.id not in _DOC_BIGRAMS:
        _DOC_BIGRAMS[doc.document.id] = set().union(*(bigrams(p.text) for p in doc.passages))
    return _DOC_BIGRAMS[doc.document.id]


def budget_levels(text: str) -> list[str]:
    """'2019年政协会议（项）支出…' -> ['政协会议（项）']: a line named with its level, to be found printed so."""
    return [m.group(1)[-4:] + m.group(2) for m in re.finditer(r"([\u4e00-\u9fff]{2,})(（[类款项]）)", text)]


def change_sentence(doc: ParsedDocument, subject: str, strict: bool = False) -> tuple[Passage, str] | None:
    """The sentence stating the subject's change; `strict` asks for one that names (nearly) all of the subject."""
    # words the document never prints ('江苏高院' for 江苏省高级人民法院) cannot be matched: they do not count
    wanted = bigrams(NOT_SUBJECT.sub(" ", subject)) & doc_bigrams(doc)
    # the department ('省高院' for 江苏省高级人民法院) is scope, printed in many sentences: its characters do not count
    named = set(doc.document.department or "")
    wanted = {b for b in wanted if not set(b) <= named} or wanted
    if not wanted:
        return None
    best, best_key = None, (False, 0, 0, 0.0, False)
    levels = budget_levels(subject)
    for p in doc.passages:
        if p.kind != "paragraph":
            continue
        sentences = [s for s in re.split(r"(?<=[。；;])", p.text) if s.strip()]
        first = CHANGE_AT.search(sentences[0]) if sentences else None
        # the paragraph's subject: its first sentence up to that sentence's own change
        subject_of_paragraph = bigrams(sentences[0][:first.start()] if first else sentences[0]) if sentences else set()
        for i, sentence in enumerate(sentences):
            for m in CHANGE_AT.finditer(sentence):
                head = bigrams(sentence[:m.start()]) | (subject_of_paragraph if i else set())
                # the clause the change is printed in ('…，信息化建设经费专项增加55万元') names its own subject
                # ('…经费预算支出9193.40万元，比2016年增加…': '比2016年' names nothing; the clause before it does)
                clauses = re.split(r"[，,；;]", sentence[:m.start()])
                clause = next((c for c in reversed(clauses) if re.search(r"[\u4e00-\u9fff]{2}", NOT_SUBJECT.sub("", c))),
                              clauses[-1])
                shared = len(wanted & head)
                # of sentences naming the subject equally, one printing its amount and the change on it
                # ('提租补贴（项）支出 5465.1 万元，与上年相比增加 2146.85 万元') over a reason that lists it
                key = (any(n in sentence[:m.start()] for n in levels), len(wanted & bigrams(clause)), shared,
                       shared / len(wanted), bool(CHANGE.search(sentence)))
                if key[:1] + key[2:] >= best_key[:1] + best_key[2:] and key > best_key:
                    best, best_key = (p, sentence), key
    if best is None or best_key[2] < min(2, len(wanted)) or best_key[3] < (0.8 if strict else 0.5):
        return None
    return best


def reason_text(doc: ParsedDocument, subject: str) -> tuple[Passage, str] | None:
    """'为什么X比上年增加': the sentence stating X's change, with the sentence that gives its reason (the same
    sentence, or one of the next two in its paragraph, that opens with 主要原因/由于 …)."""
    found = change_sentence(doc, subject)
    if found is None:
        return None
    passage, sentence = found
    change = CHANGE_AT.search(sentence)
    if REASON.search(sentence[change.start() if change else 0:]):
        return passage, sentence
    sentences = [s for s in re.split(r"(?<=[。；;])", passage.text) if s.strip()]
    at = next((i for i, s in enumerate(sentences) if sentence.strip() in s or s.strip() in sentence), None)
    if at is None:
        return found
    for later in sentences[at + 1:at + 3]:
        if REASON.search(later):
            return passage, "".join(sentences[at:sentences.index(later) + 1]).strip()
    # the reason may open the next paragraph ('…比2024年预算减少990万元。' / '财政拨款收入支出减少的主要原因是…')
    following = next((p for p in doc.passages if p.kind == "paragraph" and p.seq == passage.seq + 1
                      and p.section == passage.section), None)
    if following is not None and at >= len(sentences) - 2:
        opening = re.split(r"(?<=[。；;])", following.text)[0]
        if REASON.search(opening[:30]):
            return passage, (sentence.strip() + opening.strip())
    return _reason_sentence(doc, subject) or found


def _reason_sentence(doc: ParsedDocument, subject: str) -> tuple[Passage, str] | None:
    """A sentence that gives a reason for what the question names ('财政拨款收入支出减少的主要原因是…'), when the
    change sentence found carries none."""
    named = set(doc.document.department or "")
    wanted = {b for b in bigrams(NOT_SUBJECT.sub(" ", subject)) & doc_bigrams(doc) if not set(b) <= named}
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
