"""Horizontal bar charts as plain HTML: full names, value labels, a total and a note when there is no data."""
from __future__ import annotations

import html
from decimal import Decimal


def amount(value: Decimal | float | int | None) -> str:
    """Printed-style number with thousands separators; keeps the decimals the document printed."""
    if value is None:
        return ""
    value = Decimal(str(value))
    text = format(value, ",f")
    return text


def bar_chart(title: str, rows: list[tuple[str, Decimal]], unit: str, total_label: str = "合计 / Total",
              no_data: str = "无数据 / No data", show_total: bool = True) -> str:
    head = f"<div class='chart-title'>{html.escape(title)}</div>"
    blank = [n for n, v in rows if v is None]    # printed without an amount
    rows = [(n, Decimal(v)) for n, v in rows if v is not None]
    if not rows:
        return f"<div class='chart'>{head}<div class='chart-empty'>{html.escape(no_data)}</div></div>"
    top = max((abs(v) for _, v in rows), default=Decimal(1)) or Decimal(1)
    bars = []
    for name, value in rows:
        width = float(abs(value) / top * 100)
        bars.append(f"<div class='bar-row'><div class='bar-name' title='{html.escape(name)}'>{html.escape(name)}</div>"
                    f"<div class='bar-track'><div class='bar' style='width:{width:.1f}%'></div>"
                    f"<span class='bar-value'>{amount(value)}</span></div></div>")
    bars += [f"<div class='bar-row'><div class='bar-name'>{html.escape(n)}</div><div class='bar-track'>"
             f"<span class='bar-value muted'>— 空白 / blank</span></div></div>" for n in blank]
    total = sum((v for _, v in rows), Decimal(0))
    foot = (f"<div class='chart-total'>{html.escape(total_label)}: <b>{amount(total)}</b> {html.escape(unit)}</div>"
            if show_total and len(rows) > 1 else "")
    unit_note = f"<span class='chart-unit'>{html.escape(unit)}</span>" if unit else ""
    return f"<div class='chart'>{head}{unit_note}{''.join(bars)}{foot}</div>"
