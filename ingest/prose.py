"""Prose lines -> sections and paragraphs, 名词解释 terms, and every number stated in the text."""
from __future__ import annotations

import re

from core.numbers import parse_amount
from core.types import Passage, StatedFact
from ingest.layout import Line

PART = re.compile(r"^第[一二三四五六七八九十]+部分")
LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、\S")
LEVEL2 = re.compile(r"^[（(][一二三四五六七八九十]+[)）]\S")
PAGE_NUMBER = re.compile(r"[-─—\s]*\d{1,3}[-─—\s]*|第\s*\d{1,3}\s*页(共\s*\d+\s*页)?")
TOC_LINE = re.compile(r"(\.{3,}|…{2,}|\t)\s*\d+\s*$")
GLOSSARY_TERM = re.compile(r"^(?:(?:[一二三四五六七八九十]+|\d+)[、.．]|[（(](?:[一二三四五六七八九十]+|\d+)[)）][、.．]?)\s*"
                           r"([^：:。]{2,30})[：:]\s*(.*)$")
STATED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元|%|个|人|辆|平方米|台（套）|台\(套\)|家|万(?=[用于，,。；;）)]))")
# the rest of a wrapped heading: a few characters that end the way headings end
HEADING_TAIL = re.compile(r"[\u4e00-\u9fff“”（）()]{1,10}(说明|情况|表|预算|决算|解释)")
ENDS_PARAGRAPH = re.compile(r"[。；;！!？?：:]$")
# a PDF page that opens with its own title ('部门主要职能', '上海市财政局（单位）机构设置', '2025年单位预算编制说明')
PAGE_TITLE = re.compile(r"^[^。，；：:]{0,24}(职能|机构设置|名词解释|编制说明|情况说明|概况)$")


def _joined(text: str) -> str:
    """A space between two Chinese characters is a PDF layout gap ('一般公 共服务支出'), not a word break."""
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", text)


def _is_heading(text: str) -> int:
    if PART.match(text):
        return 1
    if LEVEL1.match(text) and len(text) <= 40 and not text.endswith("。"):
        return 2
    if LEVEL2.match(text) and len(text) <= 40 and not text.endswith("。"):
        return 3
    return 0


def read_prose(doc_id: str, lines: list[Line], start_seq: int = 0) -> tuple[list[Passage], list[StatedFact]]:
    """Lines outside tables -> paragraphs (with section path), glossary terms and stated numbers."""
    passages: list[Passage] = []
    stated: list[StatedFact] = []
    headings: dict[int, str] = {}
    buffer: list[Line] = []
    seq = start_seq

    def section() -> str | None:
        return " > ".join(headings[k] for k in sorted(headings)) or None

    def flush():
        nonlocal seq, buffer
        if not buffer:
            return
        text = re.sub(r"[─—]\s*\d{1,3}\s*[─—]", "", "".join(l.text for l in buffer))     # a page number '─ 8 ─'
        text = _joined(text)
        page = buffer[0].page
        # where the paragraph runs onto the next page: that page and the words it opens with
        breaks = [[b.page, _joined(b.text.strip())[:8]] for a, b in zip(buffer, buffer[1:])
                  if b.page != a.page and len(_joined(b.text.strip())) >= 4]
        sec = section()
        in_glossary = "名词解释" in (sec or "")
        term = GLOSSARY_TERM.match(text) if in_glossary else None
        if term and not term.group(1).startswith("第"):
            passage = Passage(doc_id, "glossary", sec, term.group(1).strip(), term.group(2).strip(), page, seq,
                              {"line": buffer[0].number})
        else:
            passage = Passage(doc_id, "paragraph", sec, headings.get(max(headings)) if headings else None, text,
                              page, seq, {"line": buffer[0].number, **({"breaks": breaks} if breaks else {})})
        passages.append(passage)
        seq += 1
        stated.extend(stated_numbers(doc_id, passage))
        buffer = []

    last_page = None
    heading_level = 0                   # the level of a heading just read, while its line may wrap
    contents: list[Line] = []           # the contents page, kept for the audit (tables it lists)
    contents_page = None
    for line in lines:
        text = line.text.strip()
        if PAGE_NUMBER.fullmatch(text):
            continue            # a page number at the foot of a page, inside a paragraph that runs on
        if text in ("目 录", "目录"):
            contents_page = line.page
            continue
        if text and (TOC_LINE.search(text) or contents_page is not None and line.page == contents_page
                     and text.endswith("表") and len(text) <= 60):
            contents.append(line)
            continue
        if not text:
            continue
        opens_page = line.number is None and line.page != last_page
        last_page = line.page
        if heading_level and HEADING_TAIL.fullmatch(text) and not buffer:
            headings[heading_level] += text     # '九、…培训费支出预算' / '情况说明': one heading wrapped onto two lines
            heading_level = 0
            continue
        heading_level = 0
        level = 1 if opens_page and PAGE_TITLE.match(text) else _is_heading(text)
        if level and not ("名词解释" in (section() or "") and GLOSSARY_TERM.match(text)):
            flush()
            headings = {k: v for k, v in headings.items() if k < level}
            headings[level] = text
            heading_level = level if len(text) >= 16 and not re.search(r"[。；;：:）)]$", text) else 0
            if level > 1 and "。" in text and STATED.search(text):
                # '（一）人员经费 18387.95 万元。主要包括：…': the amount a heading states is a stated number
                heading = Passage(doc_id, "heading", section(), text, text, line.page, seq, {"line": line.number})
                passages.append(heading)
                seq += 1
                stated.extend(stated_numbers(doc_id, heading))
            rest = text.split("。", 1)[1].strip() if level > 1 and "。" in text else ""
            if rest and not STATED.search(text):
                # '（九）加强…工作。举办 11 期' then '人大干部培训班；…': the sentence after the heading opens the paragraph
                buffer.append(Line(rest, line.page, line.number))
            continue
        buffer.append(line)
        # a glossary term printed alone on its line ('财政专户管理资金：') is followed by its definition
        term_alone = text.endswith(("：", ":")) and "名词解释" in (section() or "") and len(buffer) == 1
        if term_alone:
            continue
        if ENDS_PARAGRAPH.search(text) or len(text) > 60 and text.endswith("。"):
            flush()
        elif len(buffer) == 1 and len(text) < 20 and not text.endswith("，"):
            flush()
    flush()
    if contents:
        passages.append(Passage(doc_id, "contents", "目录", "目录", "\n".join(l.text.strip() for l in contents),
                                contents[0].page, seq, {"line": contents[0].number}))
    return passages, stated


def words_before(head: str) -> str:
    """The words since the last clause break. A short parenthesis inside a name ('因公出国（境）费',
    '人大事务（款）人大立法（项）支出', '政府采购金额（以合同签订为准）为') is part of it, not a break."""
    masked = re.sub(r"[（(][^（）()]{1,12}[)）]", lambda g: "_" * len(g.group(0)), head)
    cut = max((i + 1 for i, ch in enumerate(masked) if ch in "，,。；;：:、（("), default=0)
    return head[cut:].strip()


def stated_numbers(doc_id: str, passage: Passage) -> list[StatedFact]:
    """Every number with a unit in a paragraph, with the words before it as its context."""
    out, offset = [], 0
    for sentence in re.split(r"(?<=[。；;])", passage.text):
        start, offset = offset, offset + len(sentence)
        for m in STATED.finditer(sentence):
            value = parse_amount(m.group(1))
            if value is None:
                continue
            before = words_before(sentence[:m.start()])
            out.append(StatedFact(doc_id=doc_id, passage_id=passage.id, value=value,
                                  unit="万元" if m.group(2) == "万" else m.group(2).replace("(", "（").replace(")", "）"),
                                  context=before[-20:], sentence=sentence.strip(),
                                  page=passage.page_at(start + m.start())))   # where the figure itself is printed
    return out
