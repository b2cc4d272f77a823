"""Across tables: a figure that several standard tables print (the year's expenditure in the 收支总表 and the
支出总表, the basic spending in the 一般公共预算 table and the 基本支出 table …) agrees. The pairs are data
(rules.json `same_figure`)."""
from __future__ import annotations

import re

from ingest.audit import DATA, Context, Finding, same_unit


def figure(ctx: Context, spec: dict):
    """The first fact in a table of the given kinds whose row label and column match the spec."""
    for t in ctx.data_tables():
        if t.kind not in spec["kinds"] or re.search(spec.get("title_not", "^$x"), t.title) \
                or not re.search(spec.get("title", ""), t.title):
            continue
        facts = sorted(ctx.facts[t.id], key=lambda f: (f.col_index, f.row_index))
        for f in facts:
            if not re.fullmatch(spec["row"], f.label):
                continue
            if "side" in spec and not f.column.startswith(spec["side"]):
                continue
            if "column" in spec and not re.search(spec["column"], f.column.split("/")[-1]):
                continue
            return f
    return None


def check(ctx: Context) -> list[Finding]:
    out = []
    for pair in DATA["same_figure"]:
        a, b = figure(ctx, pair["a"]), figure(ctx, pair["b"])
        if a is None or b is None or a.table_id == b.table_id:
            continue
        ta, tb = ctx.tables[a.table_id], ctx.tables[b.table_id]
        out.append(ctx.compare("X1", f"{ta.display_title} {a.label}（{a.column}） = {tb.display_title} {b.label}（{b.column}）",
                               a.value, same_unit(b.value, b.unit, a), a.unit, [ctx.cite_fact(a), ctx.cite_fact(b)]))
    return out
