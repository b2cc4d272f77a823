"""The audit, tested by mutation: a clean real document gets one injected error of a rule family and the
audit must report it, and nothing that does not touch the changed figure or sentence. Clean documents raise
no error except the errors really printed in them (PRINTED, read from the pages)."""
import copy
import re
from decimal import Decimal

import pytest

from conftest import REAL, SAMPLE
from ingest.audit import audit, problems
from eval.mutations import drop_table, edit_text, refresh, set_cell, set_title, table
from ingest.parse import parse_file

DOCS = [SAMPLE] + sorted(REAL.glob("*.pdf"))
PRINTED = {
    # placeholders left in the national template: 上海市 XX 局, XXX 万元 (every page of the explanation)
    "final_accounts_template_national.pdf": {"C3"},
    # p.22 住房保障支出 1959.99 万元, +865.57 万元, printed 增长 79.05% (865.57 / 1094.42 = 79.09%)
    "jiangsu_high_court_2017_dept_budget.pdf": {"P2"},
    # p.19 公共安全 6049.97 万元, 减少 392.92 万元, printed 减少 5.95% (392.92 / 6442.89 = 6.10%)
    "jiangsu_high_court_2018_dept_budget.pdf": {"P2"},
    # p.26 "人大事务行政运行（项）支出 10528.33 万元": the table's 2010101 行政运行 is 4545.94 (10528.33 is 人大事务)
    "jiangsu_npc_office_2017_budget.pdf": {"P1"},
    # p.21 一般公共服务支出 2106.66 万元, printed 占 71.73% of 2940.05 (= 71.65%; the four shares add to 100.07%);
    # p.20 财政拨款收入支出总计 printed 0.3 万元 (the table: 2961.68)
    "putuo_finance_bureau_2024_final_accounts.pdf": {"P1", "P3"},
    # p.20 完成年初预算的 95.89% of a 年初预算 of 0 万元 (95.89% is 307.82 of the 全年预算 321.02)
    "putuo_social_work_dept_2024_final_accounts.pdf": {"P4"},
    # p.6 政府性基金拨款支出预算 0 万元, 比2022年预算增加 1421.25 万元; 群众团体事务 11.67 -> 45.41 printed +314.82%
    # (289.12%); p.7 职业年金 11 132.59 -> printed 预算安排 441.25 (item 15's figure; the item is 220.63), +60.54%
    "putuo_wanli_subdistrict_2023_dept_budget.pdf": {"P2"},
    # p.31 the 三公 table prints 47.91 万元 under the note "本表为空表"; p.9 住房公积金 348.52 -> printed 预算安排
    # 352.67 (the item is 350.35), +0.53% (350.35 gives 0.53%, 352.67 gives 1.19%)
    "putuo_wanli_subdistrict_2024_dept_budget.pdf": {"P2", "S3"},
}
_parsed: dict = {}


def parsed(name: str):
    if name not in _parsed:
        path = next(p for p in DOCS if p.name == name)
        _parsed[name] = parse_file(path, path.read_bytes())
    return copy.deepcopy(_parsed[name])


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:40])
def test_clean_documents_raise_only_printed_errors(path):
    errors = {f.rule for f in audit(parsed(path.name)) if f.severity == "error"}
    assert errors == PRINTED.get(path.name, set())


def new_problems(name: str, mutate) -> list:
    clean = {(f.rule, f.what) for f in problems(audit(parsed(name)))}
    doc = parsed(name)
    mutate(doc)
    return [f for f in problems(audit(doc)) if (f.rule, f.what) not in clean]


def assert_reports(found, rule: str, about: str) -> None:
    """The injected error is reported under its rule, and every new finding is about the changed place."""
    assert any(f.rule == rule for f in found), [(f.rule, f.what) for f in found]
    for f in found:
        places = " ".join([f.what] + [f"{c.table} {c.section} {' '.join(c.rows)}" for c in f.citations])
        assert about in places, (f.rule, f.what)


X = SAMPLE.name
PUTUO = "putuo_finance_bureau_2024_final_accounts.pdf"
COURT = "jiangsu_high_court_2019_dept_budget.pdf"
SOCIAL = "putuo_social_work_dept_2024_final_accounts.pdf"


# structure
def test_table_listed_on_contents_page_but_missing():
    assert_reports(new_problems(COURT, lambda d: drop_table(d, table(d, "“三公”"))), "S1", "三公")


def test_table_says_empty_but_prints_figures():
    def note(doc):
        table(doc, "表十 ").empty_note = "本表无数据"
    assert_reports(new_problems(X, note), "S3", "三公")


def test_blank_table_while_prose_quotes_it():
    def blank(doc):
        t = table(doc, "表十 ")
        t.rows = [[c if not c[:1].isdigit() else "" for c in r] for r in t.rows]
        doc.facts = [f for f in doc.facts if f.table_id != t.id]
    assert_reports(new_problems(X, blank), "S5", "三公")


# consistency
def test_title_in_another_year():
    found = new_problems(X, lambda d: set_title(d, table(d, "表三 "), "2024年预算支出总表"))
    assert_reports(found, "C1", "2024年预算支出总表")


# arithmetic
def test_item_that_breaks_its_class_sum():
    found = new_problems(X, lambda d: set_cell(d, table(d, "表三 "), "机关事业单位基本养老保险缴费支出", 2, "95.13"))
    assert_reports(found, "A1", "表三")


def test_three_public_parts():
    found = new_problems(X, lambda d: set_cell(d, table(d, "表十 "), "公务接待费", 1, "1.00"))
    assert_reports(found, "A4", "三公")


def test_grand_total_of_final_accounts():
    found = new_problems(PUTUO, lambda d: set_cell(d, table(d, "收入支出决算总表"), "年初结转和结余", 1, "59.14"))
    assert_reports(found, "A5", "收入支出决算总表")


# across tables
def test_same_total_differs_between_tables():
    def shift(doc):
        t = table(doc, "表六 ")
        for label in ("合计", "工资福利支出", "基本工资"):      # the table still adds up
            row = next(r for r in t.rows if label in r)
            for i in (2, 3):                                    # 合计 and 人员经费
                row[i] = f"{Decimal(row[i].replace(',', '')) + 10:.2f}"
        refresh(doc, t)
    assert_reports(new_problems(X, shift), "X1", "表")


# prose
def test_change_and_percentage_disagree():
    def pct(doc):
        p = next(p for p in doc.passages if "增长" in p.text and "%" in p.text and "万元" in p.text)
        m = re.search(r"增长\s*(\d+\.\d+)%", p.text)
        edit_text(doc, m.group(0), f"增长{Decimal(m.group(1)) + 3}%")
    assert_reports(new_problems(PUTUO, pct), "P2", "增长")


# performance targets
def test_project_list_no_longer_adds_up():
    found = new_problems(X, lambda d: set_cell(d, table(d, "表十二"), "兴县水资源基础调查", 1, "99.99"))
    assert_reports(found, "F3", "项目")


# one sentence of the explanation changed: consistency and prose rules
TEXT_EDITS = [
    (X, "截至2024年12月31日，兴县自然资源局使用的办公用房", "截至2022年12月31日，兴县自然资源局使用的办公用房", "C2", "办公用房"),
    (X, "兴县自然资源局使用的办公用房", "XX局使用的办公用房", "C3", "XX局"),
    (X, "与2024年预算数相同。", "与2024年预算数相同。。", "C4", "。。"),
    (X, "“三公”经费预算2.00万元", "“三公”经费预算3.00万元", "P1", "三公"),
    (PUTUO, "占11.11%", "占13.11%", "P3", "占13.11%"),
    (PUTUO, "决算数小于预算数的主要原因：因年度", "决算数大于预算数的主要原因：因年度", "P4", "决算"),
    (SOCIAL, "2024年度收入支出总计307.82万元", "2024年度收入支出总计0万元", "P1", "总计"),
    (SOCIAL, "支出决算为 51.32 万元，完成全年预算数的 98.69%", "支出决算为 51.32 万元，完成全年预算数的 96.69%", "P4", "51.32"),
]


def test_heading_in_another_year():
    def heading(doc):
        for p in doc.passages:
            p.section = (p.section or "").replace("一、收入支出决算总体情况说明", "一、2023年度收入支出决算总体情况说明")
    assert_reports(new_problems(SOCIAL, heading), "C1", "2023年度收入支出")


def test_blank_row_while_prose_quotes_it():
    def blank(doc):
        t = table(doc, "表十 ")
        for row in t.rows:
            if row[0].endswith("公务用车运行维护费"):
                row[1:] = [""] * (len(row) - 1)
        refresh(doc, t)
    assert_reports(new_problems(X, blank), "S5", "三公")


@pytest.mark.parametrize("name, old, new, rule, about", TEXT_EDITS, ids=[f"{e[3]}-{e[0][:8]}" for e in TEXT_EDITS])
def test_sentence_edit_is_reported(name, old, new, rule, about):
    assert_reports(new_problems(name, lambda d: edit_text(d, old, new)), rule, about)
