"""Overview tab: the charts of each picked document, titled with department and year, every part of 三公."""
from __future__ import annotations

import html
from decimal import Decimal

from web.charts import bar_chart
from web.evidence import _value
from web.vocab import doc_title

MAX_DOCS = 4
THREE_PARTS = ("因公出国", "公务接待", "公务用车")


def three_public(doc) -> tuple[list[tuple[str, Decimal]], str]:
    """The 三公 parts as printed: across the columns of the first row (wide table) or down the rows."""
    table = next((t for t in doc.tables if t.kind == "three_public" and t.rows), None)
    if table is None:
        return [], ""
    parts: dict[str, Decimal | None] = {}
    row = table.rows[0]
    for c, col in enumerate(table.columns):
        leaf = col.split("/")
        hit = next((p for p in THREE_PARTS if p in col), None)
        # the car column is split into 小计/购置费/运行费: the subtotal stands for it
        if hit and hit not in parts and c < len(row) and _value(row[c]) is not None \
                and (hit != "公务用车" or leaf[-1] in ("小计", "合计") or len(leaf) == 2):
            parts[hit] = _value(row[c])
    if len(parts) < 2:
        parts = {}
        for r in table.rows:
            label = r[0] if r else ""
            hit = next((p for p in THREE_PARTS if label.lstrip("①②③ ").startswith(p)), None)
            value = next((_value(x) for x in r[1:] if _value(x) is not None), None)
            if hit and not label.startswith(("①", "②")) and hit not in parts:
                parts[hit] = value
    names = {"因公出国": "因公出国（境）费", "公务接待": "公务接待费", "公务用车": "公务用车购置及运行费"}
    return [(names[k], parts.get(k)) for k in THREE_PARTS if k in parts], table.unit or ""


def document_charts(engine, document) -> str:
    data = engine.overview(document.id)
    title = html.escape(doc_title(document, "zh"))

    def chart(key: str, name: str) -> str:
        rows = data.get(key, [])
        unit = rows[0][2] if rows else ""
        return bar_chart(f"{name}（{unit or '—'}）", [(r[0], r[1]) for r in rows], unit)
    three, unit = three_public(engine.find_document(document.id))
    charts = [chart("function_class", "按功能分类的支出 / Spending by function class"),
              chart("basic_vs_project", "基本支出与项目支出 / Basic vs project spending"),
              chart("largest_projects", "金额最大的项目 / Largest projects"),
              bar_chart(f"“三公”经费 / Three public expenses（{unit or '—'}）", three, unit)]
    return (f"<div class='ov-doc'><h3>{title}</h3><div class='muted'>{html.escape(document.name)}</div>"
            f"<div class='ov-grid'>{''.join(charts)}</div></div>")


def overview_html(engine, docs) -> str:
    if not docs:
        return "<div class='lk-msg'>没有符合所选范围的文件 / No document matches the picker.</div>"
    note = ""
    if len(docs) > MAX_DOCS:
        note = (f"<div class='lk-msg'>{len(docs)} 个文件符合，显示前 {MAX_DOCS} 个；请用上方选择缩小范围 / {len(docs)} "
                f"documents match; the first {MAX_DOCS} are shown — narrow the picker.</div>")
    return note + "".join(document_charts(engine, d) for d in docs[:MAX_DOCS])
