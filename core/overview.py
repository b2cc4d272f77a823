"""Numbers for the overview charts of one document, all taken from stored facts."""
from __future__ import annotations

from decimal import Decimal

from core.types import ParsedDocument

EXPENDITURE_KINDS = ("expenditure", "general_budget")


def _main_table(doc: ParsedDocument):
    for kind in EXPENDITURE_KINDS:
        for t in doc.tables:
            if t.kind == kind and any(f.table_id == t.id and f.code for f in doc.facts):
                return t
    return None


def overview(doc: ParsedDocument) -> dict[str, list[tuple[str, Decimal, str]]]:
    """{'function_class': [(name, value, unit)], 'basic_vs_project': …, 'largest_projects': …, 'three_public': …}"""
    out: dict[str, list[tuple[str, Decimal, str]]] = {}
    table = _main_table(doc)
    if table is not None:
        facts = [f for f in doc.facts if f.table_id == table.id]
        first_col = min((f.col_index for f in facts if f.code), default=None)
        out["function_class"] = [(f"{f.code} {f.label}", f.value, f.unit) for f in facts
                                 if f.code and len(f.code) == 3 and f.col_index == first_col]
        totals = {f.column.split("/")[-1]: f for f in facts if f.label in ("合计", "本年支出合计")}
        out["basic_vs_project"] = [(name, totals[name].value, totals[name].unit) for name in ("基本支出", "项目支出")
                                   if name in totals]
    projects = next((t for t in doc.tables if t.kind == "project_list" and t.rows), None)
    if projects is not None:
        from ingest.parse import project_list
        amounts, unit = project_list(doc.tables)
        out["largest_projects"] = [(n, v, unit or "") for n, v in sorted(amounts.items(), key=lambda x: -x[1])[:10]]
    three = next((t for t in doc.tables if t.kind == "three_public"), None)
    if three is not None:
        facts = [f for f in doc.facts if f.table_id == three.id]
        first = min((f.col_index for f in facts), default=None)
        wanted = ("因公出国", "公务接待", "公务用车购置及运行", "公务用车购置及运行维护费")
        rows = [f for f in facts if any(f.label.startswith(w) for w in wanted)
                and (f.col_index == first or f.row_index == facts[0].row_index)]
        seen, items = set(), []
        for f in rows:
            if f.label not in seen:
                seen.add(f.label)
                items.append((f.label, f.value, f.unit))
        out["three_public"] = items
    return {k: v for k, v in out.items() if v}
