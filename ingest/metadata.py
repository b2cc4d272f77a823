"""Document metadata (department, year, 预算/决算, 部门/单位, region) from the first lines and table headers."""
from __future__ import annotations

import re

DEPARTMENT = re.compile(r"(?:部门名称|编制部门|编制单位|预算单位|预算主管部门|主管部门|部门)\s*[:：]\s*([^\s\t单]{2,40}(?:局|院|厅|委员会|办事处|办公室|中心|委|部|所|会|政府))")
TITLE = re.compile(r"(20\d{2})\s*年\s*度?[^\d\n。，]{0,4}?(部门|单位)?\s*(预算|决算)")
SPLIT_TITLE = re.compile(r"年度\s*(部门|单位)?\s*(预算|决算)")
YEAR_LINE = re.compile(r"^\s*(20\d{2})\s*$")
REGION = re.compile(r"^((?:[^省市县区]{2,4}省)?(?:[^省市县区]{2,4}市)?(?:[^省市县区]{1,4}[区县])?)")
ORG_SUFFIX = re.compile(r"(局|院|厅|委员会|办事处|办公室|中心|委|部|所|会|政府)$")


COVER = re.compile(r"^(?P<pre>[^\d。，]{0,30}?)(?P<year>20\d\d)年度?(?P<post>[^\d。，]{0,30}?)(?:部门|单位)?(?:预算|决算)")
TITLED_YEAR = re.compile(r"(20\d\d)\s*年\s*(?:度)?\s*[^\d\n]{0,12}?(预算|决算)表")


def cover_department(first_lines: list[str]) -> str | None:
    """'江苏省政协办公厅 2017 年度部门预算', '2018 年度江苏省高级' + '人民法院预算公开', '中共上海市普陀区委' +
    '社会工作部 2024 年度' + '部门决算': the cover's title lines joined, the organisation before or after the year."""
    head = "".join(re.sub(r"\s+", "", l) for l in first_lines[:6] if "目" != l.strip() and "录" != l.strip())
    head = head.split("目录")[0]
    m = COVER.search(head)
    if not m:
        return None
    for part in (m.group("pre"), m.group("post")):
        part = re.sub(r"^(关于|公开)", "", part)
        if len(part) >= 3 and ORG_SUFFIX.search(part):
            return part
    return None


def detect(first_lines: list[str], all_text: str) -> dict:
    """Guess metadata; fields not found are None. is_budget is False when nothing looks like a disclosure."""
    department = cover_department(first_lines)
    m = DEPARTMENT.search(all_text)
    if m and not department:
        department = m.group(1).strip("：:")
    if not department:     # a cover printed as an image: the organisation named before '2019 年度' in the text
        named = re.search(r"([\u4e00-\u9fff]{3,20}?(?:局|院|厅|委员会|办事处|办公室|中心|部))\s*20\d\d\s*年度?\s*(?:部门|单位)?(?:预算|决算)",
                          all_text)
        department = named.group(1) if named else None
    if not department:
        for line in first_lines[:15]:
            line = line.strip()
            if 3 <= len(line) <= 30 and ORG_SUFFIX.search(line) and "年" not in line:
                department = line
                break
    year = kind = level = None
    head = "\n".join(first_lines[:40])
    t = TITLE.search(head) or TITLE.search(all_text[:20000])
    if t:
        year, level, kind = int(t.group(1)), t.group(2), t.group(3)
    else:   # '年度部门决算' with the year printed on a baseline of its own
        split = SPLIT_TITLE.search(head)
        year_line = next((YEAR_LINE.match(l) for l in first_lines[:10] if YEAR_LINE.match(l)), None)
        if split and year_line:
            year, level, kind = int(year_line.group(1)), split.group(1), split.group(2)
    if year is None:    # a tables-only file: '2018年政府采购预算表'
        titled = TITLED_YEAR.search(all_text)
        if titled:
            year, kind = int(titled.group(1)), titled.group(2)
    if level is None:
        level = "单位" if re.search(r"单位预算|单位决算|预算单位[:：]", all_text[:5000]) else "部门"
    region = None
    if department:
        r = REGION.match(department)
        region = r.group(1) if r and r.group(1) else None
    is_budget = kind is not None and bool(re.search(r"收支|支出|收入", all_text))
    return {"department": department, "year": year, "kind": kind, "level": level, "region": region,
            "is_budget": is_budget}
