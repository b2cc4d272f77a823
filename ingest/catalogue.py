"""Purchase-of-services catalogue (政府购买服务指导性目录) grid -> CatalogueEntry list.

Department sections are name-only rows followed by a one-letter code (A 公共服务). Rows the extraction
broke are repaired: a name with no code continues the last entry of its level; a code that lost
its leading letter gets the letter of its section.
"""
from __future__ import annotations

import re

from core.types import CatalogueEntry

CODE = re.compile(r"^[A-Z]\d*$")
BARE_DIGITS = re.compile(r"^\d{2,8}$")


def parse_catalogue(doc_id: str, grid: list[list[str | None]], pages: list[int | None],
                    line_numbers: list[int | None] | None = None) -> list[CatalogueEntry]:
    """Catalogue rows (code, 一级…四级) -> entries with department, code, level and name."""
    rows = [[(c or "").strip() for c in r] + [""] * (5 - len(r)) for r in grid]
    line_numbers = line_numbers or [None] * len(rows)
    entries: list[CatalogueEntry] = []
    department = ""
    last_by_level: dict[int, CatalogueEntry] = {}
    letter = "A"
    for k, row in enumerate(rows):
        code, names = row[0], row[1:5]
        if code == "代码" or not any(row):
            continue
        named = [(i + 1, n) for i, n in enumerate(names) if n]
        if not named:
            nxt = next((r for r in rows[k + 1:k + 5] if any(r) and r[0] != "代码"), None)
            if nxt and CODE.match(nxt[0]) and len(nxt[0]) <= 3:     # A or A04 opens a section
                department, last_by_level = code, {}
            elif entries:
                entries[-1].name += code                     # a name broken across lines
            continue
        level, name = named[0]
        if not code:
            previous = last_by_level.get(level)
            if previous:
                previous.name += name
            continue
        if BARE_DIGITS.match(code):
            code = letter + code
        if CODE.match(code):
            letter = code[0]
        parents = [last_by_level[l].code for l in sorted(last_by_level) if l < level]
        entry = CatalogueEntry(doc_id=doc_id, department=department, code=code, level=level, name=name,
                               page=pages[k] if k < len(pages) else None, line=line_numbers[k],
                               parent_codes=parents)
        entries.append(entry)
        last_by_level = {l: e for l, e in last_by_level.items() if l < level}
        last_by_level[level] = entry
    return entries
