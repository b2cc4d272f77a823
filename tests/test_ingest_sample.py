"""Facts of the bundled sample, checked against values read from the document by a person."""
from decimal import Decimal

from conftest import SAMPLE


def facts(doc, table_number, label, column_end):
    table = next(t for t in doc.tables if t.number == table_number)
    return [f for f in doc.facts if f.table_id == table.id and f.label == label and f.column.endswith(column_end)]


def test_metadata(sample):
    d = sample.document
    assert (d.department, d.year, d.kind, d.level) == ("兴县自然资源局", 2025, "预算", "部门")


def test_all_thirteen_tables_with_unit_and_page(sample):
    numbered = {t.number: t for t in sample.tables if t.number}
    names = ["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十", "表十一", "表十二", "表十三"]
    assert set(names) <= set(numbered)
    assert all(numbered[n].unit == "万元" for n in names)
    # pages as printed in the table of contents
    assert numbered["表一"].page == 4 and numbered["表十二"].page == 17 and numbered["表十"].page == 15
    assert numbered["表十二"].title == "2025年项目支出预算表（本年预算）"


def test_expenditure_totals(sample):
    assert facts(sample, "表三", "合计", "合计")[0].value == Decimal("2633.69")
    assert facts(sample, "表三", "合计", "基本支出")[0].value == Decimal("1057.52")
    assert facts(sample, "表三", "合计", "项目支出")[0].value == Decimal("1576.17")
    code = [f for f in sample.facts if f.code == "2200114" and f.column.endswith("合计")]
    assert code and all(f.value == Decimal("173.43") for f in code)


def test_project_list_48_projects_sum(sample):
    from ingest.parse import project_list
    amounts, unit = project_list(sample.tables)
    assert unit == "万元" and len(amounts) == 48
    assert sum(amounts.values()) == Decimal("1576.17")
    overlap = [v for name, v in amounts.items() if "超层越界检查测绘" in name]
    assert len(overlap) == 8 and sum(overlap) == Decimal("173.43")


def test_empty_tables_are_zero_facts(sample):
    table = next(t for t in sample.tables if t.number == "表七")
    zero = [f for f in sample.facts if f.table_id == table.id]
    assert table.empty_note == "注：本表无数据" and zero and zero[0].value == 0


def test_three_public_and_operating(sample):
    assert facts(sample, "表十", "合计", "合计")[0].value == Decimal("2.00")
    assert facts(sample, "表十", "②公务用车运行维护费", "合计")[0].value == Decimal("2.00")
    assert facts(sample, "表十一", "部门合计", "合计")[0].value == Decimal("67.89")
    assert facts(sample, "表六", "合计", "人员经费")[0].value == Decimal("989.63")


def test_performance_tables(sample):
    by_project = {p.project: p for p in sample.performance}
    first = by_project["2021年-2023年补充耕地入库"]
    assert first.total_funding == Decimal("3000000") and first.annual_funding == Decimal("1000000")
    assert first.fields["立项依据"] == "兴县人民政府常务会议纪要[2024]4次"
    assert {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "完成补充耕地入库", "指标值": "3000亩"} in first.indicators
    # printed as 内蒙古煤…测控 in its table, matched to the project list by name and funding
    misprinted = by_project["山西锦兴能源有限公司肖家洼煤矿超层越界检查测绘"]
    assert "内蒙古" in misprinted.printed_name and misprinted.annual_funding == Decimal("237000")
    assert len(by_project) >= 39


def test_glossary_and_prose(sample):
    terms = {p.title: p.text for p in sample.passages if p.kind == "glossary"}
    assert len(terms) == 12
    assert terms["“三公”经费"].startswith("指省直部门用财政拨款安排的因公出国（境）费用")
    stated = [s for s in sample.stated if s.unit == "平方米"]
    assert stated and stated[0].value == Decimal("1421.9")


def test_catalogue_sections_and_repairs(sample):
    natural = [e for e in sample.catalogue if e.department == "自然资源"]
    codes = {e.code: e.name for e in natural}
    assert codes["A010101"] == "地质灾害隐患综合遥感识别服务"
    assert codes["A160101"] == "国土空间规划服务"
    assert "A160601" in {e.code for e in sample.catalogue if e.department == "住房和城乡建设"}  # printed 160601
    departments = {e.department for e in sample.catalogue}
    assert {"人民法院", "自然资源", "生态环境", "残疾人联合会"} <= departments


def test_reingest_is_a_noop(engine):
    before = len(engine.documents())
    result = engine.ingest_file(SAMPLE)
    assert result.status == "unchanged" and len(engine.documents()) == before


def test_audit_runs_and_checks_hold(engine):
    findings = engine.audit("xingxian")["xingxian_natural_resources_2025.txt"]
    rules = {f.rule for f in findings}
    assert {"A1", "A3", "A4", "F3"} <= rules
    project = next(f for f in findings if f.rule == "F3")
    assert project.severity == "ok" and project.found == Decimal("1576.17")
    assert not [f for f in findings if f.severity == "error"]


def test_audit_names_projects_without_performance_table(engine):
    findings = engine.audit("xingxian")["xingxian_natural_resources_2025.txt"]
    missing = next(f for f in findings if f.rule == "F1")
    # the text holds 40 of the 48 tables; e.g. 兴县水资源基础调查 has none
    assert missing.expected == 48 and missing.found == 40 and "兴县水资源基础调查" in missing.what
