"""Sentences of the prose that state a change ('…比上年增加1051.89万元，增长54.3%') for a subject, whatever
words stand between the subject and the verb."""
from __future__ import annotations

import re

from core.qa.numbers import bigrams
from core.types import ParsedDocument, Passage

CHANGE_AT = re.compile(r"(增加|减少|增长|下降|上升|降低|持平)[了约]?\s*[\d持]")
NOT_SUBJECT = re.compile(r"20\d\d年度?|比上年|比去年|与上年相比|上年|去年|增加|减少|增长|下降|多少|百分之几|增幅|降幅|"
                         r"预算|是|了|的")


_DOC_BIGRAMS: dict[str, set[str]] = {}


def doc_bigrams(doc: ParsedDocument) -> set[str]:
    if doc.document.id not in _DOC_BIGRAMS:
        _DOC_BIGRAMS[doc.document.id] = set().union(*(bigrams(p.text) for p in doc.passages))
    return _DOC_BIGRAMS[doc.document.id]


def change_sentence(doc: ParsedDocument, subject: str, strict: bool = False) -> tuple[Passage, str] | None:
    """The sentence stating the subject's change; `strict` asks for one that names (nearly) all of the subject."""
    # words the document never prints ('江苏高院' for 江苏省高级人民法院) cannot be matched: they do not count
    wanted = bigrams(NOT_SUBJECT.sub(" ", subject)) & doc_bigrams(doc)
    if not wanted:
        return None
    best, best_key = None, (0, 0, 0.0)
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
                clause = re.split(r"[，,；;]", sentence[:m.start()])[-1]
                shared = len(wanted & head)
                key = (len(wanted & bigrams(clause)), shared, shared / len(wanted))
                if key[1:] >= best_key[1:] and key > best_key:
                    best, best_key = (p, sentence), key
    if best is None or best_key[1] < 2 or best_key[2] < (0.8 if strict else 0.5):
        return None
    return best
