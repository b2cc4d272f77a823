"""Consistency: one year in the table titles, 截至 dates in the right year, no placeholders left in,
no doubled punctuation or words, one unit across the standard tables."""
from __future__ import annotations

import re
from collections import Counter

from ingest.audit import DATA, Context, Finding

SUMMARY = ("overview", "income", "expenditure", "fiscal_overview", "general_budget", "basic_economic")
YEAR = re.compile(r"(20\d{2})\s*年")
AS_OF = re.compile(r"(截至|截止到?|至)\s*(20\d{2})\s*年\s*(\d{1,2})\s*月")
PLACEHOLDER = re.compile(DATA["placeholder"])
DOUBLED = re.compile(DATA["doubled"])


def _texts(ctx: Context):
    """(text, citation) for every table title and every paragraph sentence."""
    for t in ctx.doc.tables:
        yield t.title, ctx.cite(t, [])
    for p in ctx.doc.passages:
        if p.kind in ("paragraph", "glossary"):
            yield p.text, ctx.cite_text(p.section, p.page, p.text)


def check(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    year = ctx.doc.document.year
    kind = ctx.doc.document.kind
    if year:
        for t in ctx.data_tables():
            years = {int(y) for y in YEAR.findall(t.title)}
            if years and year not in years:
                out.append(ctx.fail("C1", f"{t.display_title}：标题年度 {'、'.join(map(str, sorted(years)))}，文件年度 {year}",
                                    [ctx.cite(t, [])], expected=year, found=min(years)))
        headings = dict.fromkeys(h for p in ctx.doc.passages for h in (p.section or "").split(" > ") if h)
        for h in headings:
            years = {int(y) for y in YEAR.findall(h)}
            if years and year not in years:
                page = next((p.page for p in ctx.doc.passages if h in (p.section or "")), None)
                out.append(ctx.fail("C1", f"标题“{h}”的年度 {'、'.join(map(str, sorted(years)))}，文件年度 {year}",
                                    [ctx.cite_text(h, page, h)], expected=year, found=min(years)))
        # a 决算 reports the year itself; a 预算 is drawn up in the year before
        allowed = {year} if kind == "决算" else {year - 1, year}
        for p in ctx.doc.passages:
            for m in AS_OF.finditer(p.text):
                if m.group(1) != "至" and int(m.group(2)) not in allowed:
                    out.append(ctx.fail("C2", f"“{m.group(0)}”：{kind or ''}文件年度 {year}",
                                        [ctx.cite_text(p.section, p.page, p.text[max(0, m.start() - 20):m.end() + 20])],
                                        expected=year, found=int(m.group(2))))
    seen_placeholder, seen_doubled = set(), set()
    for text, citation in _texts(ctx):
        m = PLACEHOLDER.search(text)
        if m and text not in seen_placeholder:
            seen_placeholder.add(text)
            out.append(ctx.fail("C3", f"占位符“{m.group(0)}”：{text[max(0, m.start() - 20):m.end() + 20]}", [citation]))
        d = DOUBLED.search(text)
        if d and text not in seen_doubled:
            seen_doubled.add(text)
            out.append(ctx.fail("C4", f"重复“{d.group(0)}”：{text[max(0, d.start() - 15):d.end() + 15]}", [citation]))
    department = ctx.doc.document.department or ""
    if PLACEHOLDER.search(department):
        out.append(ctx.fail("C3", f"部门名称是占位符：{department}", []))
    # the summary tables share one unit (三公 and 机关运行经费 tables are often kept in 万元 on purpose)
    summary = [t for t in ctx.data_tables() if t.unit in ("元", "万元", "亿元") and t.kind in SUMMARY]
    units = Counter(t.unit for t in summary)
    if len(units) > 1:
        common = units.most_common(1)[0][0]
        for t in summary:
            if t.unit != common:
                out.append(ctx.fail("C5", f"{t.display_title}：单位 {t.unit}，其余标准表为 {common}", [ctx.cite(t, [])]))
    return out
