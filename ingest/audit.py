"""Cross-checks over stored facts: totals against their parts, prose figures against tables,
performance-table funding against the project list. Each finding carries both values and citations."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from core.numbers import convert
from core.types import Citation, Fact, ParsedDocument, Table

ROUNDING = Decimal("0.05")


@dataclass
class Finding:
    check: str
    what: str
    expected: Decimal
    found: Decimal
    unit: str
    severity: str             # ok | rounding | real
    citations: list[Citation]

    def to_json(self) -> dict:
        return {"check": self.check, "what": self.what, "expected": str(self.expected), "found": str(self.found),
                "unit": self.unit, "severity": self.severity, "citations": [c.to_json() for c in self.citations]}


def _severity(a: Decimal, b: Decimal, unit: str) -> str:
    diff = abs(a - b)
    if diff == 0:
        return "ok"
    tolerance = ROUNDING if unit != "元" else Decimal(500)
    return "rounding" if diff <= tolerance else "real"


def cite(doc: ParsedDocument, table: Table, rows: list[int]) -> Citation:
    labels = [table.rows[i][0] if table.rows[i][0] else " ".join(c for c in table.rows[i][:2] if c)
              for i in rows if 0 <= i < len(table.rows)]
    pages = [table.row_pages[i] for i in rows if 0 <= i < len(table.row_pages) and table.row_pages[i]]
    return Citation(document=doc.document.name, table=table.display_title, page=pages[0] if pages else table.page,
                    rows=labels, table_id=table.id)


def audit(doc: ParsedDocument) -> list[Finding]:
    """Run every check on one document; findings of severity 'ok' are included as passed checks."""
    findings: list[Finding] = []
    tables = {t.id: t for t in doc.tables}
    by_table: dict[str, list[Fact]] = defaultdict(list)
    for f in doc.facts:
        by_table[f.table_id].append(f)
    for table_id, facts in by_table.items():
        table = tables[table_id]
        findings += _code_hierarchy(doc, table, facts)
        findings += _basic_plus_project(doc, table, facts)
    findings += _project_list_sum(doc)
    findings += _three_public(doc)
    findings += _performance_vs_list(doc)
    findings += _stated_vs_tables(doc)
    return findings


def _code_hierarchy(doc, table, facts) -> list[Finding]:
    """类 = Σ款 = Σ项 on the first amount column (功能分类 codes of 3/5/7 digits)."""
    column = next((f.column for f in facts if f.code and len(f.code) in (3, 5, 7)), None)
    if column is None:
        return []
    coded = {f.code: f for f in facts if f.column == column and f.code and len(f.code) in (3, 5, 7)}
    out = []
    for code, parent in coded.items():
        child_len = len(code) + 2
        children = [f for c, f in coded.items() if len(c) == child_len and c.startswith(code)]
        if not children:
            continue
        total = sum((c.value for c in children), Decimal(0))
        sev = _severity(parent.value, total, parent.unit)
        out.append(Finding("parts_sum", f"{table.display_title}：{code} {parent.label} = Σ下级科目（{column}）",
                           parent.value, total, parent.unit, sev,
                           [cite(doc, table, [parent.row_index]), cite(doc, table, [c.row_index for c in children])]))
    return out


def _basic_plus_project(doc, table, facts) -> list[Finding]:
    """合计 = 基本支出 + 项目支出 (+ every other column beside them: 单位预留机动经费, 上缴上级支出 …) and
    合计 = 人员经费 + 公用经费 where the table has no 项目支出 beside them, on every row that has them."""
    out = []
    rows: dict[int, dict[str, Fact]] = defaultdict(dict)
    for f in facts:
        rows[f.row_index][f.column] = f

    def parent(column: str) -> str:
        return column.rsplit("/", 1)[0] if "/" in column else ""
    leaves = {c.split("/")[-1]: c for c in table.columns}
    for pair, name in ((("基本支出", "项目支出"), "合计 = 基本支出 + 项目支出"), (("人员经费", "公用经费"), "合计 = 人员经费 + 公用经费")):
        if not all(p in leaves for p in pair):
            continue
        level = parent(leaves[pair[0]])
        siblings = [c for c in table.columns if parent(c) == level and c.split("/")[-1] != "合计"]
        if pair[0] == "人员经费" and "项目支出" in leaves:
            continue        # 人员 + 公用 make up 基本支出 there, not the row's 合计
        for r, cols in rows.items():
            total = next((f for c, f in cols.items() if c.split("/")[-1] == "合计" and parent(c) == level), None) \
                or next((f for c, f in cols.items() if c.split("/")[-1] == "合计"), None)
            if total is None or not any(c in cols for c in siblings):
                continue
            parts = sum((cols[c].value for c in siblings if c in cols), Decimal(0))
            sev = _severity(total.value, parts, total.unit)
            if sev != "ok" or total.label in ("合计",):
                more = " + …" if len(siblings) > 2 else ""
                out.append(Finding("row_sum", f"{table.display_title}：{total.label} {name}{more}", total.value, parts,
                                   total.unit, sev, [cite(doc, table, [r])]))
    return out


def _project_list_sum(doc) -> list[Finding]:
    from ingest.parse import project_list
    amounts, unit = project_list(doc.tables)
    if not amounts:
        return []
    table = next(t for t in doc.tables if t.kind == "project_list" and t.rows)
    total = sum(amounts.values(), Decimal(0))
    project_total = next((f for f in doc.facts if f.table_kind in ("expenditure", "general_budget")
                          and f.label == "合计" and f.column.endswith("项目支出")), None)
    if project_total is None:
        return []
    expected = convert(project_total.value, project_total.unit, unit or project_total.unit)
    rows = [i for i, r in enumerate(table.rows) if r and r[0] in amounts]
    ptable = next(t for t in doc.tables if t.id == project_total.table_id)
    return [Finding("project_list", f"项目支出预算表 {len(amounts)} 个项目之和 = 支出总表 项目支出",
                    expected, total, unit or "", _severity(expected, total, unit or ""),
                    [cite(doc, ptable, [project_total.row_index]), cite(doc, table, rows)])]


def _three_public(doc) -> list[Finding]:
    out = []
    for table in doc.tables:
        if table.kind != "three_public":
            continue
        facts = [f for f in doc.facts if f.table_id == table.id]
        if not facts:
            continue
        column = facts[0].column
        col_facts = {f.label: f for f in facts if f.column == column}
        total = col_facts.get("合计")
        items = [f for l, f in col_facts.items() if l in ("因公出国（境）费", "公务接待费", "公务用车购置及运行费")]
        if total and items:
            s = sum((f.value for f in items), Decimal(0))
            out.append(Finding("three_public", f"{table.display_title}：合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费",
                               total.value, s, total.unit, _severity(total.value, s, total.unit),
                               [cite(doc, table, [total.row_index] + [f.row_index for f in items])]))
    return out


def _performance_vs_list(doc) -> list[Finding]:
    from ingest.parse import project_list
    amounts, unit = project_list(doc.tables)
    out = []
    if not amounts:
        return out
    table = next(t for t in doc.tables if t.kind == "project_list" and t.rows)
    perf_tables = {t.title.split("：", 1)[-1]: t for t in doc.tables if t.kind == "performance"}
    if doc.performance:
        covered = {t.project for t in doc.performance}
        missing = [i for i, r in enumerate(table.rows) if r and r[0] in amounts and r[0] not in covered]
        if missing:
            out.append(Finding("performance_missing",
                               f"项目支出预算表有 {len(amounts)} 个项目，找到 {len(covered & set(amounts))} 张绩效目标表；"
                               f"缺少：{'、'.join(table.rows[i][0] for i in missing)}",
                               Decimal(len(amounts)), Decimal(len(covered & set(amounts))), "个", "real",
                               [cite(doc, table, missing)]))
    for target in doc.performance:
        if target.project not in amounts or target.annual_funding is None:
            continue
        listed = amounts[target.project]
        annual = convert(target.annual_funding, "元", unit or "万元")
        sev = _severity(listed, annual, unit or "万元")
        if sev == "ok":
            continue
        row = next((i for i, r in enumerate(table.rows) if r and r[0] == target.project), -1)
        ptable = perf_tables.get(target.project)
        cites = [cite(doc, table, [row])]
        if ptable:
            cites.append(Citation(doc.document.name, ptable.display_title, None, target.page, ["年度资金总额"]))
        out.append(Finding("performance_funding", f"绩效目标表年度资金 vs 项目支出预算表：{target.project}",
                           listed, annual, unit or "万元", sev, cites))
    return out


def _stated_vs_tables(doc) -> list[Finding]:
    """A prose figure 'X万元' right after a label that a table row carries: compare the two."""
    out = []
    by_label: dict[str, Fact] = {}
    for f in doc.facts:
        if f.label and len(f.label) >= 3 and f.label not in by_label and f.unit in ("万元", "元"):
            by_label[f.label] = f
    tables = {t.id: t for t in doc.tables}
    for s in doc.stated:
        if s.unit not in ("万元", "元", "亿元"):
            continue
        matches = [(len(l), f) for l, f in by_label.items() if s.context.endswith(l)]
        fact = max(matches, key=lambda x: x[0])[1] if matches else None
        if fact is None:
            continue
        value = convert(s.value, s.unit, fact.unit)
        sev = _severity(fact.value, value, fact.unit)
        if sev == "ok":
            continue
        out.append(Finding("stated_vs_table", f"说明中的“{s.context}{s.value}{s.unit}”与表中数字",
                           fact.value, value, fact.unit, sev,
                           [cite(doc, tables[fact.table_id], [fact.row_index]),
                            Citation(doc.document.name, None, "情况说明", s.page, [s.sentence[:60]])]))
    return out
