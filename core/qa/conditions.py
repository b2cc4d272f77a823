"""What a disclosure says to do when something is absent ('无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表
下方作下述说明：…故本表无数据'), asked as a condition: '如果部门没有政府性基金的收支，那张表怎么处理', 'if a department had
no government-fund money, what should it do with that table'. The instruction is the sentence that opens with the same
absence; the note it announces ('作下述说明：') is read with it."""
from __future__ import annotations

import re

from core.qa.common import CUES, han_bigrams, template, to_chinese
from core.types import Answer, AnswerItem, Citation, ParsedDocument

ASKS = re.compile(CUES["condition_asks"], re.I)
OPENS = re.compile(CUES["condition_opens"])


def condition_answer(question: str, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    asked = ASKS.search(q) or ASKS.search(question)
    if asked is None:
        return None
    text = q if ASKS.search(q) else to_chinese(question)     # (the condition may stand in a clause the plan set aside)
    condition, rest = han_bigrams(text[asked.start():]), han_bigrams(text)
    best, best_key = None, (1, 0)
    for p in doc.passages:
        if p.kind != "paragraph":
            continue
        for sentence in re.split(r"(?<=[。；;])", p.text):
            opening = OPENS.match(sentence.strip())
            if opening is None:
                continue
            # the absence it opens with, then what the rest of the sentence shares ('…该表格式' for 'that table')
            key = (len(han_bigrams(opening.group(1)) & condition), len(han_bigrams(sentence[opening.end():]) & rest))
            if key > best_key:
                best, best_key = (p, sentence.strip()), key
    if best is None:
        return None
    p, sentence = best
    said = sentence
    if sentence.endswith(("：", ":", "说")):      # the note it announces follows, in its paragraph or the next
        after = p.text[p.text.find(sentence) + len(sentence):].strip()
        following = next((x for x in doc.passages if x.kind == "paragraph" and x.seq == p.seq + 1), None)
        said += re.split(r"(?<=[。])", after or (following.text if following else ""))[0]
    a = Answer(question, lang, "text", "", document=doc.document.name)
    idx = a.cite(Citation(doc.document.name, None, p.section, p.page_of(sentence), [sentence[:40]]))
    a.items = [AnswerItem(None, said, None, None, [idx])]
    a.answer = template("text", lang, doc=label, section=(p.section or "").split(" > ")[-1], text=said)
    return a
