"""Arithmetic within one table: 类=Σ款=Σ项 and 合计=Σ类 on every amount column; 合计 = 基本 + 项目 (+ the
columns beside them), 基本 = 人员 + 公用; the 三公 parts; 总计 = 本年合计 + 结转 and income = expenditure."""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from ingest.audit import Context, Finding

def check(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for table in ctx.data_tables():
        facts = ctx.facts[table.id]
        if not facts:
            continue
        out += _codes(ctx, table, facts)
        out += _columns(ctx, table)
        if table.kind == "three_public":
            out += _three_public(ctx, table, facts)
        if table.kind in ("overview", "fiscal_overview"):
            out += _grand_total(ctx, table, facts)
    return out


def _codes(ctx: Context, table, facts) -> list[Finding]:
    """Each coded row equals the sum of the rows whose code extends it by two digits; the 合计 row equals the
    sum of the top-level codes. Per column; a code printed twice in a column is left alone."""
    out = []
    by_column: dict[str, list] = defaultdict(list)
    for f in facts:
        by_column[f.column].append(f)
    for column, col_facts in by_column.items():
        coded: dict[str, object] = {}
        twice = set()
        for f in col_facts:
            if f.code and re.fullmatch(r"\d{3}(\d{2}){0,2}", f.code):
                if f.code in coded:
                    twice.add(f.code)
                coded[f.code] = f
        for code in twice:
            coded.pop(code)
        for code, parent in coded.items():
            children = [f for c, f in coded.items() if len(c) == len(code) + 2 and c.startswith(code)]
            if children:
                total = sum((c.value for c in children), Decimal(0))
                out.append(ctx.compare("A1", f"{table.display_title}：{code} {parent.label} = Σ下级科目（{column}）",
                                       parent.value, total, parent.unit,
                                       [ctx.cite(table, [parent.row_index]),
                                        ctx.cite(table, [c.row_index for c in children])], len(children)))
        top = [f for c, f in coded.items() if len(c) == 3]
        totals = [f for f in col_facts if not f.code and f.label in ("合计", "总计")]
        if top and len(totals) == 1 and not twice and len({len(c) for c in coded}) > 1:
            t = totals[0]
            s = sum((f.value for f in top), Decimal(0))
            out.append(ctx.compare("A2", f"{table.display_title}：{t.label} = Σ各类（{column}）", t.value, s, t.unit,
                                   [ctx.cite(table, [t.row_index]), ctx.cite(table, [f.row_index for f in top])],
                                   len(top)))
    return out


def _parent(column: str) -> str:
    return column.rsplit("/", 1)[0] if "/" in column else ""


def _leaf(column: str) -> str:
    return column.split("/")[-1]


TOTAL_LEAF = ("合计", "小计")


def _columns(ctx: Context, table) -> list[Finding]:
    """Column sums by the header tree, on every row: a group's 合计/小计 column = its other columns, a
    sub-group counting by its own 小计 (合计 = 基本支出 + 项目支出 + …; 基本支出 = 人员经费 + 公用经费;
    “三公” 小计 = 出国 + 用车 小计 + 接待). 其中 columns are parts of a part and stay out."""
    out = []
    columns = list(dict.fromkeys(c for c in table.columns if c))
    for group in dict.fromkeys(_parent(c) for c in columns):
        total_col = next((c for c in columns if _parent(c) == group and _leaf(c) in TOTAL_LEAF), None)
        if total_col is None:
            continue
        parts, complete = [], True
        for c in columns:
            if c == total_col or not c.startswith(f"{group}/" if group else ""):
                continue
            rest = c[len(group) + 1:] if group else c
            if "/" not in rest and not rest.startswith("其中") and rest not in TOTAL_LEAF:
                parts.append(c)
            elif "/" in rest and rest.count("/") == 1 and rest.split("/")[1] in TOTAL_LEAF:
                parts.append(c)                  # a sub-group by its own subtotal
        subgroups = {(c[len(group) + 1:] if group else c).split("/")[0] for c in columns
                     if c.startswith(f"{group}/" if group else "") and "/" in (c[len(group) + 1:] if group else c)}
        for sub in subgroups:
            prefix = f"{group}/{sub}" if group else sub
            if not any(p == f"{prefix}/{leaf}" for p in parts for leaf in TOTAL_LEAF):
                complete = False             # a sub-group without its subtotal: its share is unknown
        if len(parts) < 2 or not complete:
            continue
        rule = "A4" if table.kind == "three_public" else "A3"
        for r, row in ctx.rows(table).items():
            total = row.get(total_col)
            if total is None or not any(c in row for c in parts):
                continue
            s = sum((row[c].value for c in parts if c in row), Decimal(0))
            names = " + ".join(_leaf(c) if _leaf(c) not in TOTAL_LEAF else _parent(c).split("/")[-1] for c in parts)
            out.append(ctx.compare(rule, f"{table.display_title}：{total.label} {total_col} = {names}", total.value, s,
                                   total.unit, [ctx.cite(table, [r])], len(parts)))
    return out


def _item(name: str) -> str | None:
    """What a 三公 row label or column path names: total, abroad, reception, car, buy (购置) or run (运行)."""
    leaf = name.split("/")[-1]
    if re.search(r"购置费?$", leaf) and "运行" not in leaf:
        return "buy"
    if re.search(r"运行(维护)?费$", leaf) and "购置" not in leaf:
        return "run"
    for word, item in (("公务用车", "car"), ("出国", "abroad"), ("接待", "reception")):
        if word in name:
            return item
    return "total" if leaf in ("合计", "总计") else None


def _three_public(ctx: Context, table, facts) -> list[Finding]:
    by_row = sum(_item(f.label) in ("abroad", "reception") for f in facts) > \
        sum(_item(f.column) in ("abroad", "reception") for f in facts)
    if not by_row:
        return []           # items as columns: the header tree sums (_columns) check them
    slots: dict[object, dict[str, object]] = defaultdict(dict)
    for f in facts:
        item = _item(f.label) if by_row else _item(f.column)
        if item:
            slots[f.column if by_row else f.row_index].setdefault(item, f)
    out = []
    for slot, items in slots.items():
        for whole, parts, name in (("total", ("abroad", "reception", "car"), "合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费"),
                                   ("car", ("buy", "run"), "公务用车购置及运行费 = 购置费 + 运行费")):
            if whole in items and any(p in items for p in parts):      # a part printed blank is 0
                s = sum((items[p].value for p in parts if p in items), Decimal(0))
                w = items[whole]
                rows = sorted({w.row_index} | {items[p].row_index for p in parts if p in items})
                label = f"（{slot}）" if by_row else ""
                out.append(ctx.compare("A4", f"{table.display_title}：{name}{label}", w.value, s, w.unit,
                                       [ctx.cite(table, rows)], len(parts)))
    return out


def _grand_total(ctx: Context, table, facts) -> list[Finding]:
    """On each side of a 收支总表: 总计 = 本年合计 + the rows printed between them (结转, 结余 …);
    and the two sides' 总计 agree."""
    out = []
    sides: dict[str, list] = defaultdict(list)
    for f in facts:
        sides[f.column.split("/")[0]].append(f)
    grand = {}
    for side, side_facts in sides.items():
        column = min(side_facts, key=lambda f: f.col_index).column
        col = sorted((f for f in side_facts if f.column == column), key=lambda f: f.row_index)
        year = next((i for i, f in enumerate(col) if re.fullmatch(r"本年\S{0,4}合计", f.label)), None)
        total = next((i for i, f in enumerate(col) if f.label in ("总计", f"{side}总计") or f.label.endswith("总计")), None)
        if total is not None:
            grand[side] = col[total]
        if year is None or total is None or total <= year:
            continue
        parts, i = [], year
        while i < total:
            parts.append(col[i])
            # rows right below that add up to this row are its breakdown, not more of the total
            run = next((j for j in range(i + 2, total + 1) if i > year and
                        sum((f.value for f in col[i + 1:j]), Decimal(0)) == col[i].value), None)
            i = run if run else i + 1
        parts = [f for f in parts if not f.label.startswith("其中")]
        s = sum((f.value for f in parts), Decimal(0))
        t = col[total]
        out.append(ctx.compare("A5", f"{table.display_title}：{t.label}（{side}）= 本年合计 + 结转结余", t.value, s, t.unit,
                               [ctx.cite(table, [f.row_index for f in parts + [t]])], len(parts)))
    if len(grand) == 2:
        a, b = grand.values()
        out.append(ctx.compare("A5", f"{table.display_title}：收入总计 = 支出总计", a.value, b.value, a.unit,
                               [ctx.cite(table, [a.row_index, b.row_index])]))
    return out
