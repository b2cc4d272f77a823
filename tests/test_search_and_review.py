"""Search-box strings and reviewers' cross-checks (classes from held-out 110-113, values read from the PDFs)."""
import pytest


def values(got: dict) -> set[str]:
    return {f["value"] for f in got["facts"]}


@pytest.mark.parametrize("doc, question, expected", [
    # 公开表06: 水费 50.00 + 电费 100.00
    ("jiangsu_npc_office_2019_budget_tables", "人大常委会办公厅 2019 水费 电费 合计", {"50.00", "100.00", "150.00"}),
    # 公开06表: 工资福利支出 4,367.96 + 对个人和家庭的补助 944.05
    ("jiangsu_cppcc_office_2019_budget_tables", "政协 2019 工资福利支出 加 对个人和家庭的补助", {"5312.01"}),
])
def test_search_string_that_adds_names_up(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


@pytest.mark.parametrize("doc, question, expected", [
    # 公开05表: 20101 人大事务 has nine 项 lines, 行政运行 first
    ("jiangsu_npc_office_2018_budget", "人大常委会办公厅 2018 人大事务 项级科目", "行政运行"),
    # 目录: the nine 决算 tables
    ("final_accounts_template_national", "部门决算 九张表 表名 模板", "国有资本经营预算财政拨款收入支出决算表"),
    # 绩效目标: five projects
    ("putuo_wanli_subdistrict_2023_dept_budget", "万里 2023 绩效目标 项目名称", "就业援助基地补贴"),
])
def test_search_string_naming_what_it_lists(engine, doc, question, expected):
    got = engine.ask(question, doc).to_json()
    assert got["kind"] == "list" and expected in [i["name"] for i in got["items"]]


@pytest.mark.parametrize("doc, question, expected", [
    # 说明: 事业单位医疗 全年预算 2.29 万元，支出决算 0.49 万元
    ("putuo_social_work_dept_2024_final_accounts", "普陀社工部 2024 事业单位医疗 全年预算 决算数", {"2.29", "0.49"}),
    # 说明: 江苏省联谊俱乐部 8 名在职人员、…博物馆管理建设办公室 9 名在职人员
    ("jiangsu_cppcc_office_2018_dept_budget", "江苏政协 2018 联谊俱乐部 博物馆 在职人员", {"8", "9"}),
    # 说明: 人大会议（项）支出1469.73万元，与上年相比增加164.48万元，增长12.6%
    ("jiangsu_npc_standing_committee_2019_dept_budget", "人大 2019 人大会议 支出 比上年 增减", {"1469.73", "164.48", "12.6"}),
    # 十三、国有资产占用情况: 车辆 66 辆，执法执勤用车 38 辆
    ("jiangsu_high_court_2019_dept_budget", "high court 2019 vehicles 执法执勤用车", {"66", "38"}),
])
def test_search_string_measures(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


def test_a_later_part_is_read_in_the_table_the_first_named(engine):
    # 表十: 合计 3,348.98, 302 商品和服务支出 3,253.98, 310 其他资本性支出 95.00 (302 is 1,131.92 in the basic-spending table)
    got = engine.ask("表十《一般公共预算机关运行经费支出预算表》合计多少万元？其中“302 商品和服务支出”和“310 其他资本性支出”"
                     "各是多少万元？", "jiangsu_cppcc_office_2017_budget_tables").to_json()
    assert {"3348.98", "3253.98", "95.00"} <= values(got) and "1131.92" not in values(got)


def test_whether_three_add_up_to_the_table_total(engine):
    # 表十一: 三公 670.12 + 会议费 228.00 + 培训费 1,701.25 = 合计 2,599.37
    got = engine.ask("表十一“一般公共预算‘三公’经费、会议费、培训费支出预算表”中，“三公”经费小计、会议费、培训费各为多少万元？"
                     "三者之和是否等于表中合计数？", "jiangsu_high_court_2017_dept_budget").to_json()
    assert [f["value"] for f in got["facts"]].count("2599.37") >= 2


def test_lines_under_a_total_introduced_by_qixia(engine):
    # 公开06表: 303 对个人和家庭的补助 829.21: 离休费 285.19, 退休费 543.23, 奖励金 0.79
    got = engine.ask("公开06表《财政拨款基本支出预算表（经济科目）》中“303 对个人和家庭的补助”合计多少万元？其下离休费、退休费、"
                     "奖励金各是多少万元？", "jiangsu_npc_office_2018_budget").to_json()
    assert {"829.21", "285.19", "543.23", "0.79"} <= values(got)


def test_what_two_lines_are_used_for(engine):
    # 说明: '医疗费（款）支出 20.40 万元。用于儿童医疗统筹费支出。' '其他交通费用（款）支出 174.92 万元。用于公车改革…'
    got = engine.ask("财政拨款基本支出中，医疗费（款）20.40万元和其他交通费用（款）174.92万元分别用于什么？",
                     "jiangsu_cppcc_office_2017_dept_budget").to_json()
    assert "儿童医疗统筹费" in got["answer"] and "公车改革后人员公务交通补贴" in got["answer"]


def test_execution_with_gap_and_printed_rate(engine):
    # 说明: '全年预算为321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%'
    got = engine.ask("一般公共预算财政拨款支出的全年预算数和支出决算数各是多少万元？两者相差多少万元？说明中列示的完成比例是多少？",
                     "putuo_social_work_dept_2024_final_accounts").to_json()
    assert {"321.02", "307.82", "13.20", "95.89"} <= values(got)


def test_why_the_execution_gap(engine):
    # 说明: '…完成预算的0%。2024年度“三公”经费支出决算数小于预算数的主要原因：当年度无“三公”经费支出。'
    got = engine.ask("Did the Putuo District Finance Bureau actually use its \"three public expenses\" budget in 2024? How much "
                     "was budgeted, how much was spent, and why the gap?", "putuo_finance_bureau_2024_final_accounts").to_json()
    assert "当年度无“三公”经费支出" in got["answer"] and {"0.95", "0.00"} <= values(got)


@pytest.mark.parametrize("doc, question, expected", [
    # 名词解释: '“三公”经费：指部门用一般公共预算财政拨款安排的因公出国（境）费、…'
    ("jiangsu_cppcc_office_2018_dept_budget", "In the Jiangsu CPPCC office's 2018 budget, what is meant by the 'three public "
                                              "expenses'?", "因公出国（境）费"),
    # 二、部门机构设置: 江苏议事园 among five units
    ("jiangsu_npc_standing_committee_2019_dept_budget", "What subordinate units sit under the Jiangsu NPC Standing "
                                                        "Committee's general office according to its 2019 budget?", "江苏议事园"),
])
def test_english_meanings_and_units(engine, doc, question, expected):
    assert expected in engine.ask(question, doc).to_json()["answer"]


def test_english_lines_of_a_category_added_up(engine):
    # 公开05表: 20805 行政事业单位离退休 252.82 + 407.81 + 163.13 = 823.76
    got = engine.ask("Which retirement-related budget lines does the Jiangsu CPPCC office fund in 2018, and what do they add "
                     "up to?", "jiangsu_cppcc_office_2018_budget_tables").to_json()
    assert "823.76" in values(got) and "机关事业单位职业年金缴费支出" in [i["name"] for i in got["items"]]


@pytest.mark.parametrize("doc, question, expected", [
    # 说明: '其他人大事务（项）支出580万元，与上年相比增加480万元'
    ("jiangsu_npc_office_2018_budget", "人大18年其他人大事务支出是多少 比17年多了多少", {"580.00", "480"}),
    # 公开06表: 离休费 236.12, 退休费 707.43
    ("jiangsu_cppcc_office_2019_budget_tables", "政协19年离休费退休费各多少 加起来多少", {"236.12", "707.43", "943.55"}),
    # 十三、国有资产占用情况: 车辆 66 辆，执法执勤用车 38 辆，单价 20 万元以上的设备 48 台（套）
    ("jiangsu_high_court_2019_dept_budget", "江苏高院19年一共多少辆车 执法执勤的有几辆 20万以上的设备多少台", {"66", "38", "48"}),
])
def test_colloquial_asks_run_together(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


def test_a_long_question_naming_a_table_returns(engine):
    import signal
    from core.qa.numbered import titled

    def stuck(*_):
        raise TimeoutError("the title pattern backtracked without end")
    signal.signal(signal.SIGALRM, stuck)
    signal.alarm(20)
    try:
        titled("《2025年预算单位支出预算总表》中，201 06财政事务款下“一般行政管理事务”“预算改革业务”“财政国库业务”三项的项目"
               "支出各为多少元？三项之和是否等于财政事务款级的项目支出数？",
               engine.find_document("shanghai_finance_bureau_2025_unit_budget"))
    finally:
        signal.alarm(0)


@pytest.mark.parametrize("doc, question, expected", [
    # 八、机关运行经费增减变动原因说明: '2025年机关运行经费财政拨款预算67.89万元,比2024年预算69.81万元减少1.92万元'
    ("xingxian_natural_resources_2025", "Why is the Xing County Natural Resources Bureau's 2025 institutional operating "
                                        "budget (机关运行经费) lower than in 2024, and what is the 2025 amount?", {"67.89", "1.92"}),
    # 公开06表: 工资福利支出 3,806.26 + 对个人和家庭的补助 676.06 (a '和' inside the second name)
    ("jiangsu_cppcc_office_2018_budget_tables", "省政协办公厅2018年财政拨款基本支出中，工资福利支出和对个人和家庭的补助加起来是多少？",
     {"4482.32"}),
    # 表五: 20102 政协事务 = 3,233.03 + 1,577.82 + 1,027.90 + 429.30 + 195.50 = 6,463.55
    ("jiangsu_cppcc_office_2017_budget_tables", "List the line items under CPPCC affairs in the 2017 fiscal appropriation "
                                                "expenditure table, and give their total.", {"6463.55"}),
])
def test_comparisons_sums_and_totals_asked_in_passing(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


def test_tables_listed_in_english(engine):
    # 目录: 第二部分 lists the nine 决算 tables
    got = engine.ask("List the standard final-accounts tables that Part Two of this template contains.",
                     "final_accounts_template_national").to_json()
    assert len(got["items"]) == 9 and got["items"][0]["name"] == "收入支出决算总表"
