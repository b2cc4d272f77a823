"""Tables named by their printed number ('表五', '公开05表', '公开表九', 'Table 1', 'Public Table 04', 'form 06'):
a row printed in several tables is read in the one the question names."""
from __future__ import annotations

import re

from core.types import Fact, ParsedDocument

DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
ASKED = re.compile(r"公开\s*(\d{1,2})\s*表|公开表\s*([一二三四五六七八九十]{1,3}|\d{1,2})|表\s*([一二三四五六七八九十]{1,3}|\d{1,2})"
                   r"(?![共般下起样致律直些])(?!\d*[年月])|\b(?:public\s+)?(?:table|form|sheet|schedule)\s*(?:no\.?\s*)?(\d{1,2}|[ivx]{1,4})\b",
                   re.I)


def _value(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if text in ROMAN:
        return ROMAN[text]
    if not text or any(c not in DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        return DIGITS[text[-1]]
    tens, _, units = text.partition("十")
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[units] if units else 0)


def table_number(printed: str | None) -> int | None:
    """'表十二' -> 12, '公开01表' -> 1, '公开表五' -> 5."""
    m = re.search(r"([一二三四五六七八九十]{1,3}|\d{1,2})", printed or "")
    return _value(m.group(1)) if m else None


def number_of(table) -> int | None:
    """The table's printed number, or the numeral its title opens with ('十二、2017年…政府采购预算表' -> 12)."""
    opened = re.match(r"\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]", table.title or "")
    return table_number(table.number) or (_value(opened.group(1)) if opened else None)


def asked_numbers(text: str) -> set[int]:
    return {n for m in ASKED.finditer(text) for g in m.groups() if g for n in [_value(g)] if n}


def in_named_tables(facts: list[Fact], text: str, doc: ParsedDocument) -> list[Fact]:
    """The facts read in a table the text names by number, when any is; else all of them."""
    numbers = asked_numbers(text)
    if not numbers:
        return facts
    named = {t.id for t in doc.tables if number_of(t) in numbers}
    return [f for f in facts if f.table_id in named] or facts
