"""Parsing printed amounts into exact Decimals, and unit conversion."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_NUMBER = re.compile(r"^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
UNIT_FACTORS = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def parse_amount(cell: str | None) -> Decimal | None:
    """'2,633.69' -> Decimal('2633.69'); anything that is not a plain number -> None."""
    if cell is None:
        return None
    text = cell.strip().replace(" ", "").replace("−", "-")
    if text.startswith("(") and text.endswith(")"):
        text = "-" + text[1:-1]
    if not text or not _NUMBER.match(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def convert(value: Decimal, unit: str, to_unit: str) -> Decimal:
    """Convert between 元/万元/亿元; other units pass through unchanged."""
    if unit == to_unit or unit not in UNIT_FACTORS or to_unit not in UNIT_FACTORS:
        return value
    return value * UNIT_FACTORS[unit] / UNIT_FACTORS[to_unit]


def round2(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def cny(value: Decimal, unit: str) -> str:
    """' (CNY 1.73 million)' for an amount in 元/万元/亿元, for English answers; '' for other units."""
    if unit not in UNIT_FACTORS:
        return ""
    yuan = value * UNIT_FACTORS[unit]
    if abs(yuan) >= 1_000_000:
        return f" (CNY {yuan / 1_000_000:,.2f} million)"
    return f" (CNY {yuan:,.0f})"
