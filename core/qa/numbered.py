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


def _core(title: str) -> str:
    """A title without its printed number, year, unit words and brackets ('公开08表 2019年一般公共预算基本支出预算表'
    -> '一般公共预算基本支出预算表')."""
    return re.sub(r"^(?:公开\s*\d+\s*表|公开表[一二三四五六七八九十]+|表[一二三四五六七八九十\d]+|[一二三四五六七八九十]+、)\s*|"
                  r"(?:20\d\d)?年度?(?=[\u4e00-\u9fff]{6})|[（(][^（）()]*[)）]|[\s《》“”]", "", title or "")


def titled(text: str, doc: ParsedDocument) -> set[str]:
    """The tables the text names by title ('《一般公共预算基本支出预算表》里302', '机关运行经费支出预算表中'): for each
    title phrase, the tables whose title it holds or is held in, the longest such title."""
    named = set()
    # (each character read one way only: a nested '(…+\s*)+' backtracked without end on a long Chinese question)
    for phrase in re.findall(r"《([^》]{4,})》|([\u4e00-\u9fff“”]{6,}表)(?=[里中内的上]|[^\u4e00-\u9fff]|$)|"
                             r"([\u4e00-\u9fff“”](?:[\u4e00-\u9fff“”]|\s(?=[\u4e00-\u9fff“”]))*)\s+table\b", text):
        said = _core("".join(phrase))
        fits = [(len(_core(t.title)), t.id) for t in doc.tables
                if len(_core(t.title)) >= 6 and len(said) >= 6 and (_core(t.title) in said or said in _core(t.title))]
        best = max((n for n, _ in fits), default=0)
        named |= {i for n, i in fits if n == best}
    return named


def in_named_tables(facts: list[Fact], text: str, doc: ParsedDocument) -> list[Fact]:
    """The facts read in a table the text names by number or by title, when any is; else all of them."""
    numbers = asked_numbers(text)
    named = {t.id for t in doc.tables if number_of(t) in numbers} if numbers else titled(text, doc)
    return [f for f in facts if f.table_id in named] or facts
