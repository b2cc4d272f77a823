"""Staff lookup: glossary terms, catalogue codes and performance targets, searched without regard to
punctuation or quotes (“三公”经费 is found by 三公经费), amounts in the document's display unit."""
from __future__ import annotations

import html
import re
from collections import Counter
from decimal import Decimal

from core.numbers import convert
from web.charts import amount
from web.vocab import doc_title

PUNCT = re.compile(r"[\s\"'“”‘’「」『』《》〈〉（）()【】\[\]、，,。.:：；;!！?？·—\-_/]+")
SHOWN = 200
SNIPPET = 120


def plain(text: str) -> str:
    return PUNCT.sub("", text or "").lower()


def display_unit(doc) -> str:
    units = Counter(t.unit for t in doc.tables if t.unit in ("元", "万元"))
    return units.most_common(1)[0][0] if units else "元"


def search(docs, keyword: str) -> list[tuple[str, str, str, str]]:
    """(kind, name, text, where) rows matching the keyword in the given parsed documents."""
    key = plain(keyword)
    if not key:
        return []
    rows = []
    for doc in docs:
        where = doc_title(doc.document, "zh")
        for p in doc.passages:
            if p.kind == "glossary" and (key in plain(p.title) or key in plain(p.text)):
                rows.append(("名词解释 / glossary", p.title or "", p.text, where))
        for e in doc.catalogue:
            if key in plain(e.code) or key in plain(e.name) or key == plain(e.department):
                rows.append((f"目录 / catalogue · {e.department}", e.code, e.name, where))
        unit = display_unit(doc)
        for t in doc.performance:
            if key in plain(t.project) or key in ("绩效", "绩效目标", "项目"):
                money = convert(t.annual_funding or Decimal(0), t.unit or "元", unit)
                money = money.quantize(Decimal("0.01")) if unit == "万元" else money
                targets = "；".join(f"{x.get('三级指标', '')} {x.get('指标值', '')}" for x in t.indicators)
                rows.append(("绩效目标 / performance", t.project, f"年度资金 {amount(money)} {unit}；{targets}", where))
    return rows


def results_html(rows: list[tuple[str, str, str, str]], keyword: str) -> str:
    if not (keyword or "").strip():
        return "<div class='lk-msg'>请输入关键词 / Type a keyword.</div>"
    if not rows:
        return (f"<div class='lk-msg lk-none'>没有找到“{html.escape(keyword)}” / No results for "
                f"“{html.escape(keyword)}”.</div>")
    body = []
    for kind, name, text, where in rows[:SHOWN]:
        if len(text) > SNIPPET:
            cell = (f"<details><summary>{html.escape(text[:SNIPPET])}…</summary>{html.escape(text)}</details>")
        else:
            cell = html.escape(text)
        body.append(f"<tr><td>{html.escape(kind)}</td><td>{html.escape(name)}</td><td>{cell}</td>"
                    f"<td>{html.escape(where)}</td></tr>")
    more = f"（显示前 {SHOWN} 条 / first {SHOWN} shown）" if len(rows) > SHOWN else ""
    return (f"<div class='lk-count'>共 {len(rows)} 条结果 / {len(rows)} results {more}</div>"
            "<div class='lk-table'><table><thead><tr><th>类别 / kind</th><th>代码/名称 / code, name</th>"
            f"<th>内容 / text</th><th>文件 / document</th></tr></thead><tbody>{''.join(body)}</tbody></table></div>")
