"""The standard tables of every real PDF: units, pages and values read from the documents."""
from decimal import Decimal

from conftest import doc


def fact(d, title_part, label, value):
    tables = [t for t in d.tables if title_part in t.display_title]
    assert tables, f"no table with {title_part!r}"
    ids = {t.id for t in tables}
    return [f for f in d.facts if f.table_id in ids and f.label == label and f.value == Decimal(value)]


def test_shanghai_unit_budget(engine):
    d = doc(engine, "shanghai_finance")
    assert (d.document.year, d.document.kind, d.document.level) == (2025, "预算", "单位")
    income = next(t for t in d.tables if t.title == "2025年预算单位收入预算总表")
    assert income.unit == "元" and income.page == 8
    # 类/款/项 printed in separate columns: 201 06 01 行政运行
    assert [f for f in d.facts if f.code == "2010601" and f.value == Decimal("84861719")]
    three = next(t for t in d.tables if "三公" in t.title)
    assert three.unit == "万元" and three.page == 20
    assert [f for f in d.facts if f.table_id == three.id and f.value == Decimal("346.30")]


def test_putuo_final_accounts_split_baseline(engine):
    d = doc(engine, "putuo_finance")
    assert (d.document.year, d.document.kind) == (2024, "决算")
    assert d.document.is_budget and not d.document.warnings     # a disclosure, not a generic document
    income = next(t for t in d.tables if t.title == "收入决算表")
    assert income.unit == "万元" and income.page == 8
    assert fact(d, "收入决算表", "合计", "2946.25")
    assert [f for f in d.facts if f.code == "2010601" and f.value == Decimal("1511.90")]
    # two-sided economic table (pp.16-17): the right half has its own code columns
    assert [f for f in d.facts if f.code == "30201" and f.label == "办公费" and f.value == Decimal("21.21")]
    assert fact(d, "基本支出决算表", "公用经费合计", "184.65") and fact(d, "基本支出决算表", "人员经费合计", "2152.26")
    assert not [f for f in d.facts if "编码" in f.column]        # codes are never amounts
    # figures and the quotes around “三公” on a baseline of their own are put back into their sentence (p.23)
    assert any("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元" in p.text for p in d.passages)


def test_wanli_budget_and_performance(engine):
    d = doc(engine, "putuo_wanli_subdistrict_2023")
    assert (d.document.year, d.document.kind) == (2023, "预算")
    overview = next(t for t in d.tables if t.title == "2023年部门财务收支预算总表")
    assert overview.unit == "元" and overview.page == 10
    assert fact(d, "财务收支预算总表", "一、财政拨款收入", "164978640")
    projects = {p.project: p for p in d.performance}
    assert projects["新建万里街道社区公共服务中心"].total_funding == Decimal("4100000.00")
    assert {p.page for p in d.performance} == {31, 32, 33, 34, 35}


def test_jiangsu_several_tables_per_page(engine):
    d = doc(engine, "jiangsu_high_court_2019")
    assert (d.document.year, d.document.department) == (2019, "江苏省高级人民法院")
    by_number = {t.number: t for t in d.tables if t.number}
    assert by_number["公开01表"].page == 8 and by_number["公开01表"].unit == "万元"
    assert by_number["公开02表"].page == 9 and by_number["公开03表"].page == 9
    assert by_number["公开09表"].page == 14 and by_number["公开10表"].page == 14
    assert fact(d, "公开01表", "一、财政拨款", "37188.34")


def test_pdf_pages_that_open_with_their_title_start_a_section(engine):
    # Wanli p.6 opens with the title 部门预算编制说明 (no 一、/第X部分 numbering); its items must not be filed under
    # the last heading of the table of contents (八、绩效目标)
    d = doc(engine, "putuo_wanli_subdistrict_2023")
    item = next(p for p in d.passages if "统计管理（项）" in p.text and p.page == 6)
    assert item.section == "部门预算编制说明"
    shanghai = doc(engine, "shanghai_finance")
    duties = next(p for p in shanghai.passages if p.page == 3 and p.kind == "paragraph")
    assert duties.section == "上海市财政局（单位）主要职能"
