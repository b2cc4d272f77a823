"""Text disclosures (tables as tab-separated lines) -> Layout.

Pages come from the printed footers (-3-): a line belongs to the page whose footer follows it.
Watermark lines (short lines repeated many times) and running headers are dropped.
"""
from __future__ import annotations

import logging
import re
from collections import Counter

from ingest.layout import Layout, Line, RawTable, find_title
from ingest.tables import EMPTY_NOTE

log = logging.getLogger(__name__)
FOOTER = re.compile(r"-\s?(\d{1,3})\s?-")
TOC_ENTRY = re.compile(r"^(.+?)(?:\t+|\.{3,}|…{2,})\s*(\d{1,3})$")
PERF_START = re.compile(r"(项目支出绩效目标(填报)?表|项目绩效目标表)\s*$|^[(（]20\d\d年度[)）]$")
CATALOGUE_HEADER = re.compile(r"^代码\t一级目录")


def decode(data: bytes, name: str) -> str:
    """Bytes -> text (UTF-8, then GB18030); raises ValueError for binary or undecodable data."""
    if b"\x00" in data[:4096]:
        raise ValueError(f"{name}: not a text file (binary content)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueError(f"{name}: text is neither UTF-8 nor GB18030")
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(20, len(text[:20000]) // 100):
        raise ValueError(f"{name}: not a readable text file (control characters)")
    return text


def _watermarks(raw: list[str]) -> set[str]:
    """Short lines repeated at least 5 times, printed in runs (a stamp on every page)."""
    stripped = [s.strip() for s in raw if s.strip()]
    counts = Counter(s for s in stripped if "\t" not in s and len(s) <= 12)
    runs = {a for a, b in zip(stripped, stripped[1:]) if a == b}
    return {s for s, n in counts.items() if n >= 5 and s in runs and not re.search(r"\d|：|:", s)}


def _page_numbers(raw: list[str]) -> list[int | None]:
    """Page of each line: from the table of contents (a heading listed there starts its page) and
    from printed footers (-N- ends page N)."""
    toc = {}
    for s in raw[:400]:
        m = TOC_ENTRY.match(s.strip())
        if m:
            toc[_toc_key(m.group(1))] = int(m.group(2))
    pages: list[int | None] = []
    current = None
    in_toc = True
    for s in raw:
        stripped = s.strip()
        if in_toc and TOC_ENTRY.match(stripped):
            pages.append(None)
            continue
        if stripped and not TOC_ENTRY.match(stripped) and toc and stripped.startswith("第"):
            in_toc = False
        key = _toc_key(stripped)
        if key in toc and (current is None or toc[key] >= current):
            current = toc[key]
        footers = FOOTER.findall(s)
        if footers:
            pages.append(int(footers[0]))
            current = int(footers[-1]) + 1
        else:
            pages.append(current)
    return pages


def _toc_key(text: str) -> str:
    text = re.sub(r"^(表[一二三四五六七八九十]+|预算公开表\d+)", "", text.replace("\t", "")).strip()
    return re.sub(r"[.…\s]+$", "", text)


def _running_header(raw: list[str]) -> re.Pattern | None:
    tails = Counter()
    for s in raw:
        for m in FOOTER.finditer(s):
            tail = re.split(r"[。，,；;]", s[m.end():])[0][:40]
            tail = re.match(r"[^\t]*(报告|公开|预算)", tail)
            if tail:
                tails[tail.group(0)] += 1
    common = [t for t, n in tails.items() if n >= 2]
    if not common:
        return None
    common.sort(key=len, reverse=True)      # the longest running header first
    return re.compile(r"-\s?\d{1,3}\s?-(" + "|".join(re.escape(t) for t in common) + ")?")


def read_text(text: str) -> Layout:
    """Text of a disclosure -> Layout with prose lines, raw tables, performance and catalogue blocks."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pages = _page_numbers(raw)
    marks = _watermarks(raw)
    header = _running_header(raw)
    cleaned: list[str] = []
    for s in raw:
        footer = FOOTER.search(s)
        if s.strip() in marks:
            s = ""
        elif footer:
            # a page break inside a line: the footer, the running header and the stamps after it go;
            # the text before it is kept as printed (a stamp word may also be the department's name)
            before, after = s[:footer.start()], s[footer.start():]
            after = header.sub("", after) if header else FOOTER.sub("", after) if FOOTER.fullmatch(after.strip()) else after
            for m in marks:
                after = after.replace(m, "")
            s = before + after
        cleaned.append(s.rstrip(" \u3000\r"))
    toc_numbers = _toc_numbers(cleaned)
    lines: list[Line] = []
    tables: list[RawTable] = []
    i, n = 0, len(cleaned)
    context: list[str] = []
    while i < n:
        s = cleaned[i]
        if CATALOGUE_HEADER.match(s):
            end = _catalogue_end(cleaned, i)
            tables.append(_block(cleaned, pages, i, end, "政府购买服务指导性目录", context, kind_hint="catalogue"))
            i, context = end, []
            continue
        if PERF_START.search(s.replace("\t", "").strip()) and "见附件" not in s:
            end = _performance_end(cleaned, i)
            block = _block(cleaned, pages, i, end, "项目支出绩效目标表", context)
            tables.append(block)
            i, context = end, []
            continue
        if "\t" in s and s.strip():
            end = _table_end(cleaned, i)
            if sum(1 for r in cleaned[i:end] if TOC_ENTRY.match(r.strip())) >= 0.7 * sum(
                    1 for r in cleaned[i:end] if r.strip()):
                i = end                      # the table of contents, not a table
                continue
            block = _block(cleaned, pages, i, end, None, context)
            note_at = _next_nonblank(cleaned, end)
            if note_at is not None and EMPTY_NOTE.search(cleaned[note_at]) and len(cleaned[note_at]) < 30:
                block.note = cleaned[note_at].strip()
            block.number = toc_numbers.get(block.title, block.number)
            tables.append(block)
            i, context = end, []
            continue
        if s.strip():
            lines.append(Line(s.strip(), pages[i], i + 1))
            context = (context + [s.strip()])[-6:]
        i += 1
    page_values = [p for p in pages if p]
    return Layout(lines=lines, tables=tables, pages=max(page_values) if page_values else None)


def _toc_numbers(cleaned: list[str]) -> dict[str, str]:
    numbers = {}
    for s in cleaned[:400]:
        m = re.match(r"^(表[一二三四五六七八九十]+)\s*(.+?)\t\d+\s*$", s)
        if m:
            numbers[m.group(2).strip()] = m.group(1)
    return numbers


def _next_nonblank(cleaned: list[str], i: int) -> int | None:
    while i < len(cleaned) and not cleaned[i].strip():
        i += 1
    return i if i < len(cleaned) else None


def _table_end(cleaned: list[str], i: int) -> int:
    """A table runs over tab lines and blank lines; a non-blank line without a tab ends it."""
    j = i
    while j < len(cleaned) and ("\t" in cleaned[j] or not cleaned[j].strip()):
        if j > i and (CATALOGUE_HEADER.match(cleaned[j]) or PERF_START.search(cleaned[j].replace("\t", "").strip())):
            break
        j += 1
    while j > i and not cleaned[j - 1].strip():
        j -= 1
    return j


def _performance_end(cleaned: list[str], i: int) -> int:
    for j in range(i + 1, min(len(cleaned), i + 400)):
        if "填报日期" in cleaned[j] or "负责人" in cleaned[j]:
            return j + 1
        if PERF_START.search(cleaned[j].replace("\t", "").strip()) and j > i + 2:
            return j
    return _table_end(cleaned, i + 1)


def _catalogue_end(cleaned: list[str], i: int) -> int:
    for j in range(i + 1, len(cleaned)):
        if re.match(r"^第[一二三四五六七八九十]+部分", cleaned[j].strip()):
            return j
    return len(cleaned)


def _block(cleaned, pages, start, end, default_title, context, kind_hint=None) -> RawTable:
    grid, row_pages, previous = [], [], None
    for j in range(start, end):
        s = cleaned[j]
        if not s.strip() or s == previous:     # blank lines, and garbage repeats of one line
            continue
        previous = s
        grid.append(s.split("\t"))
        row_pages.append(pages[j])
    title, number, unit = find_title(context)
    if default_title and (kind_hint or not title):
        title = default_title
    if kind_hint == "catalogue":
        title = next((c for c in reversed(context) if "目录" in c and len(c) < 40), title)
    return RawTable(grid=grid, pages=row_pages, title=title, number=number, unit=unit,
                    line_start=start + 1, line_end=end, context=list(context))
