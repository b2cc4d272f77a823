"""Performance targets: every project of the project list has its target table, the targets' annual funds
agree with the list, and the list sums to the project spending total."""
from __future__ import annotations

from decimal import Decimal

from core.numbers import convert
from core.types import Citation
from ingest.audit import Context, Finding, step


def check(ctx: Context) -> list[Finding]:
    from ingest.parse import project_list
    doc = ctx.doc
    amounts, unit = project_list(doc.tables)
    if not amounts:
        return []
    unit = unit or "万元"
    table = next(t for t in doc.tables if t.kind == "project_list" and t.rows)
    rows = {r[0]: i for i, r in enumerate(table.rows) if r and r[0] in amounts}
    out: list[Finding] = []
    project_total = next((f for f in doc.facts if f.table_kind in ("expenditure", "general_budget")
                          and f.label == "合计" and f.column.endswith("项目支出")), None)
    if project_total is not None:
        listed = sum(amounts.values(), Decimal(0))
        expected = convert(project_total.value, project_total.unit, unit)
        out.append(ctx.compare("F3", f"项目支出预算表 {len(amounts)} 个项目之和 = 支出表 项目支出", expected, listed, unit,
                               [ctx.cite_fact(project_total), ctx.cite(table, list(rows.values()))], len(amounts)))
    if doc.performance:
        covered = {t.project for t in doc.performance}
        missing = [p for p in amounts if p not in covered]
        if missing:
            out.append(ctx.fail("F1", f"项目支出预算表有 {len(amounts)} 个项目，找到 {len(amounts) - len(missing)} 张绩效目标表；"
                                f"缺少：{'、'.join(missing)}", [ctx.cite(table, [rows[p] for p in missing])],
                                Decimal(len(amounts)), Decimal(len(amounts) - len(missing)), "个"))
    perf_tables = {t.title.split("：", 1)[-1]: t for t in doc.tables if t.kind == "performance"}
    for target in doc.performance:
        if target.project not in amounts or target.annual_funding is None:
            continue
        annual = convert(target.annual_funding, target.unit or "元", unit)
        cites = [ctx.cite(table, [rows[target.project]])]
        ptable = perf_tables.get(target.project)
        if ptable:
            cites.append(Citation(ctx.name, ptable.display_title, None, target.page, ["年度资金总额"]))
        listed = amounts[target.project]
        out.append(ctx.compare("F2", f"绩效目标表年度资金 = 项目支出预算表：{target.project}", listed,
                               annual.quantize(step(listed)), unit, cites))     # in the list's printed precision
    return out
