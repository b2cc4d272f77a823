"""The reader-independent layout of a document: text lines and raw table grids with their places."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

TITLE_NUMBER = re.compile(r"(预算公开表\s*\d+|部门公开表\s*\d+|公开\s*\d+\s*表|公开表\s*[一二三四五六七八九十]+|表\s*[一二三四五六七八九十]+|表\s*\d+)")
UNIT = re.compile(r"单位\s*[:：]\s*(万元|元|亿元)")
TITLE_WORDS = re.compile(r"(总表|预算表|决算表|经费.*表|明细表|情况表|目标表|一览表|汇总表|支出表|收入表|填报表|[^\s]表)$")


@dataclass
class Line:
    text: str
    page: int | None
    number: int | None           # line number in a text file (1-based)


@dataclass
class RawTable:
    """A grid as read, before headers are flattened."""
    grid: list[list[str | None]]
    pages: list[int | None]
    title: str = ""
    number: str | None = None
    unit: str | None = None
    boxes: list | None = None
    line_start: int | None = None
    line_end: int | None = None
    note: str | None = None
    context: list[str] = field(default_factory=list)   # lines printed just above the grid


@dataclass
class Layout:
    lines: list[Line]
    tables: list[RawTable]
    pages: int | None


def find_title(context: list[str]) -> tuple[str, str | None, str | None]:
    """Lines printed above a table -> (title, printed number, unit)."""
    title, number, unit = "", None, None
    for text in context:
        text = text.strip()
        m = UNIT.search(text)
        if m and unit is None:
            unit = m.group(1)
        n = TITLE_NUMBER.search(text)
        if n and number is None and len(text) < 60:
            number = re.sub(r"\s+", "", n.group(1))
        bare = re.sub(r"(部门名称|编制部门|编制单位|预算单位)\s*[:：].*$", "", text)
        bare = UNIT.sub("", bare).strip()
        bare_no_num = TITLE_NUMBER.sub("", bare).strip() if n and TITLE_NUMBER.match(bare) else bare
        core = re.sub(r"[（(][^（()）]*[)）]$", "", bare_no_num)
        if bare_no_num and len(bare_no_num) <= 60 and TITLE_WORDS.search(core) and "\t" not in bare_no_num:
            title = bare_no_num
    return title, number, unit
