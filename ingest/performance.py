"""项目支出绩效目标表 grid -> PerformanceTarget, matched to the project list by name and funding."""
from __future__ import annotations

import difflib
import re
from decimal import Decimal

from core.numbers import parse_amount
from core.types import PerformanceTarget

TOTAL = re.compile(r"(实施期?资金总额|项目资金总额|本期资金总额)[:：]?\s*([\d,]+(?:\.\d+)?)")
ANNUAL = re.compile(r"(年度资金(申请)?总额)[:：]?\s*([\d,]+(?:\.\d+)?)")
FIELD_NAMES = ("项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "保证项目实施的策略、途径",
               "项目实施计划", "总体目标", "项目属性", "项目期", "实施单位", "项目总目标", "年度总体目标")
LEVEL1 = ("产出指标", "效益指标", "满意度指标")
LEVEL2 = re.compile(r"(数量|质量|时效|成本|进度)指标$|效益(指标)?$|满意度(指标)?$|可持续(影响|发展|性影响)(指标)?$")
NOT_NAME = re.compile(r"主管部门|实施单位|^\d{3}-|年度[)）]?$|项目性质|项目类别|绩效目标|^项目名称[:：]?$")


def _joined(row: list[str | None]) -> str:
    return " ".join((c or "").strip() for c in row if c and c.strip())


def _name_candidates(rows: list[list[str | None]]) -> list[str]:
    found = []
    for row in rows[:6]:
        cells = [(c or "").strip() for c in row if c and c.strip()]
        if not cells:
            continue
        if cells[0].startswith("项目名称"):
            first = re.sub(r"^项目名称[:：]?\s*", "", cells[0])
            cells = ([first] if first else []) + cells[1:]
            found += [c for c in cells if not NOT_NAME.search(c)]
            found += [re.sub(r"^.*?局\s*", "", c) for c in cells if "局" in c and not c.endswith("局")]
        elif len(cells) == 1 and not NOT_NAME.search(cells[0]) and "资金" not in cells[0]:
            found.append(cells[0])
    return [c for c in found if len(c) >= 2]


def _indicators(rows: list[list[str | None]]) -> list[dict[str, str]]:
    out, level1, level2, header = [], "", "", None
    for row in rows:
        raw = [re.sub(r"\s*\n\s*", "", c or "").strip() for c in row]   # '社会效益指\n标' wraps in its cell
        cells = [c for c in raw if c]
        if header is None:
            header = raw if "一级指标" in cells else None
            continue
        if any(c.startswith("负责人") or c.startswith("填报日期") for c in cells):
            break
        placed = _by_column(header, raw)
        if placed:      # read by the header's columns: a merged level-1/2 cell is blank below its first row
            level1, level2 = placed[0] or level1, placed[1] or level2
            level3, value = placed[2], placed[3]
        else:
            level3 = value = ""
            for c in cells:
                if c == "绩效指标":
                    continue
                if c in LEVEL1:
                    level1 = c
                elif LEVEL2.search(c) and not level3:
                    level2 = c
                elif not level3:
                    level3 = c
                else:
                    value = c
                    break
        if level3:
            out.append({"一级指标": level1, "二级指标": level2, "三级指标": level3, "指标值": value})
    return out


def _by_column(header: list[str], row: list[str]) -> tuple[str, str, str, str] | None:
    """(level 1, level 2, level 3, value) by the positions of the header's cells, when the row has the header's
    columns and its level-3 cell is filled; the value is the first filled cell after the level-3 column."""
    at = {name: next((i for i, c in enumerate(header) if name in c), None) for name in ("一级", "二级", "三级", "指标值")}
    if None in at.values() or len(row) != len(header) or not row[at["三级"]]:
        return None
    value = next((c for c in row[at["三级"] + 1:] if c), "")
    return row[at["一级"]], row[at["二级"]], row[at["三级"]], value


def parse_performance(doc_id: str, grid: list[list[str | None]], pages: list[int | None],
                      projects: dict[str, Decimal], project_unit: str | None,
                      line_start: int | None = None, line_end: int | None = None) -> PerformanceTarget | None:
    """One performance-target grid -> PerformanceTarget (funding in 元), or None if it has no funding row.

    `projects` maps project-list names to their amount (in `project_unit`); the printed name is matched to
    the list by similarity, helped by the annual funding equal to the list amount (a misprinted name in
    one place still finds its project).
    """
    text_rows = [_joined(r) for r in grid]
    total = annual = None
    for t in text_rows:
        m = TOTAL.search(t)
        if m and total is None:
            total = parse_amount(m.group(2))
        a = ANNUAL.search(t)
        if a and annual is None:
            annual = parse_amount(a.group(3))
            if total is None:
                first = next((parse_amount(c) for c in t.split() if parse_amount(c) is not None), None)
                total = first
        if m and annual is None and a is None:
            rest = [parse_amount(c) for c in t[m.end():].split()]
            annual = next((v for v in rest if v is not None), None)   # unlabelled annual column
    if total is None and annual is None:
        return None
    fields: dict[str, str] = {}
    for row in grid:
        cells = [(c or "").strip() for c in row if c and c.strip()]
        if cells and cells[0] in FIELD_NAMES and len(cells) > 1 and cells[0] not in fields:
            fields[cells[0]] = cells[1]
    candidates = _name_candidates(grid)
    project, printed = _match_project(candidates, annual, projects, project_unit)
    page_values = [p for p in pages if p]
    return PerformanceTarget(doc_id=doc_id, project=project or (candidates[0] if candidates else "(未识别项目)"),
                             printed_name=printed or (candidates[0] if candidates else ""),
                             total_funding=total, annual_funding=annual, unit="元", fields=fields,
                             indicators=_indicators(grid), page=page_values[0] if page_values else None,
                             line_start=line_start, line_end=line_end)


def _match_project(candidates, annual, projects, project_unit):
    best, best_score, best_printed = None, 0.0, None
    annual_in_list_unit = None
    if annual is not None and project_unit:
        annual_in_list_unit = annual / (Decimal(10000) if project_unit == "万元" else Decimal(1))
    same_amount = [n for n, a in projects.items()
                   if annual_in_list_unit is not None and abs(a - annual_in_list_unit) < Decimal("0.006")]
    for name, amount in projects.items():
        money = 1.0 if name in same_amount else 0.0
        if len(same_amount) == 1 and money:
            money = 1.5         # the only project with this amount: money alone identifies it
        for cand in candidates or [""]:
            ratio = difflib.SequenceMatcher(None, cand, name).ratio()
            score = ratio + 0.6 * money
            if score > best_score:
                best, best_score, best_printed = name, score, cand
    if best_score < 0.75:
        return None, candidates[0] if candidates else None
    return best, best_printed
