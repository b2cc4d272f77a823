"""Auditors' cross-checks, journalists' several-figure questions and colloquial asks (classes from held-out
118-121; every value read from the PDFs by a person)."""
import pytest


def facts(got: dict) -> set[tuple[str, str]]:
    return {(f["value"], f["unit"]) for f in got["facts"]}


def values(got: dict) -> set[str]:
    return {f["value"] for f in got["facts"]}


@pytest.mark.parametrize("doc, question, expected", [
    # 2019 说明 p.4-5: 下属单位 江苏议事园、…研究室刊物编辑室、…机关服务中心、…信息中心、江苏省人大干部培训中心
    ("jiangsu_npc_standing_committee_2019_dept_budget", "人大办19年下属单位都有哪些", ("5", "个")),
    # 目录 第二部分: nine 决算 tables
    ("final_accounts_template_national", "决算模板第二部分一共有哪几张表", ("9", "张")),
])
def test_a_list_states_its_count_as_a_fact(engine, doc, question, expected):
    got = engine.ask(question, doc).to_json()
    assert got["kind"] == "list" and expected in facts(got)


def test_each_part_gets_its_share(engine):
    # 支出决算表: 基本支出 105.58 + 项目支出 202.24 = 307.82; 34.30% and 65.70%
    got = engine.ask("社工部24年基本支出和项目支出各多少 各占多少比例", "putuo_social_work_dept_2024_final_accounts").to_json()
    assert {("34.30", "%"), ("65.70", "%")} <= facts(got)


@pytest.mark.parametrize("doc, question, expected, term", [
    # 编制说明: 财政拨款 17,192 万元，比 2024 年预算减少 990 万元；原因 预计注册会计师考试人数、科次减少
    ("shanghai_finance_bureau_2025_unit_budget", "上海市财政局25年财政拨款比24年少了990万 为啥", "990", "注册会计师考试人数"),
    # 一、部门预算收支数据变动情况及原因: 比上年减少2039.97万元，下降43.65%，主要原因是本年度充耕地项目…
    ("xingxian_natural_resources_2025", "兴县自然资源局2025预算咋比上年少了两千多万 啥原因", "2039.97", "充耕地项目"),
])
def test_a_reason_comes_with_the_change_it_explains(engine, doc, question, expected, term):
    got = engine.ask(question, doc).to_json()
    assert expected in values(got) and term in got["answer"]


@pytest.mark.parametrize("doc, question, expected", [
    # 公开表十一 机关运行经费: 办公费 570.00 largest, 其他商品和服务支出 22.90 smallest, 合计 1,642.08 -> 34.71%
    ("jiangsu_npc_office_2019_budget_tables",
     "In the 2019 agency running cost table of the Jiangsu People's Congress Standing Committee General Office, which line "
     "is the largest and which the smallest, how much is each, and what share of the 16.4208 million yuan total does "
     "the largest line take?", {"570.00", "22.90", "34.71"}),
    # 表十 机关运行经费: 会议费 1,094.62 largest (not 302 商品和服务支出, the lines' subtotal), 福利费 5.00 smallest
    ("jiangsu_cppcc_office_2017_budget_tables",
     "In the Jiangsu CPPCC General Office's 2017 agency running cost table, which economic line is the largest, how much "
     "is it and what share of the 33.4898 million yuan total does it make up, and how much is the smallest line?",
     {"1094.62", "32.69", "5.00"}),
])
def test_largest_and_smallest_line_with_the_largest_share(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


@pytest.mark.parametrize("doc, question, expected", [
    # 公开01表 基本支出 5,678.17, 公开04表 5,598.17; 公开06表 工资福利 3,806.26, 商品和服务 1,115.85, 对个人和家庭 676.06
    ("jiangsu_cppcc_office_2018_budget_tables",
     "江苏省政协办公厅2018年基本支出在公开01表《收支预算总表》与公开04表《财政拨款收支预算总表》中各为多少？两者相差多少？"
     "公开06表《财政拨款基本支出预算表》中工资福利支出、商品和服务支出、对个人和家庭的补助各多少？",
     {"5678.17", "5598.17", "80.00", "3806.26", "1115.85", "676.06"}),
    # 收入支出决算总表 326.71, 一般公共预算财政拨款支出决算表 326.72
    ("putuo_finance_bureau_2024_final_accounts",
     "上海市普陀区财政局2024年度部门决算中，“社会保障和就业支出”在《收入支出决算总表》与《一般公共预算财政拨款支出决算表》"
     "中分别列示为多少？两表相差多少？", {"326.71", "326.72", "0.01"}),
    # 表一 一般公共服务支出 6,543.55, 表五 6,463.55
    ("jiangsu_cppcc_office_2017_budget_tables",
     "How much is general public services spending in Table 1 and in Table 5? What is the difference?",
     {"6543.55", "6463.55", "80.00"}),
])
def test_one_line_in_two_tables_then_the_rest(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


@pytest.mark.parametrize("doc, question, expected", [
    # 公开09表: 合计 1,656.86 = “三公” 675.10 + 会议费 884.16 + 培训费 97.60
    ("jiangsu_cppcc_office_2018_budget_tables",
     "江苏省政协办公厅2018年《“三公”经费、会议费、培训费支出预算表》（公开09表）中，会议费、培训费各多少？表列合计是否等于三者之和？",
     {"884.16", "97.60", "1656.86"}),
    # 公开表九: 合计 2,600.71 = 767.60 + 1,469.73 + 363.38, the printed total not an operand of the sum
    ("jiangsu_npc_office_2019_budget_tables",
     "江苏省人大常委会办公厅2019年《“三公”经费、会议费、培训费支出预算表》（公开表九）中，表列合计与“三公”经费小计、会议费、"
     "培训费之和是否一致？", {"2600.71"}),
])
def test_the_total_the_named_table_prints(engine, doc, question, expected):
    got = engine.ask(question, doc).to_json()
    assert expected <= values(got) and "18330.37" not in values(got)


def test_that_class_is_the_line_named_first(engine):
    # 说明: 社会保障和就业（类）支出 1068.78 万元 … 与上年相比减少539.73万元，减少33.55%
    got = engine.ask("江苏省人大常委会办公厅2018年社会保障和就业支出为多少？其下机关事业单位基本养老保险缴费支出、机关事业单位"
                     "职业年金缴费支出各多少？该类支出较上年减少多少、减少幅度多少？", "jiangsu_npc_office_2018_budget").to_json()
    assert {"1068.78", "580.01", "232.01", "539.73", "33.55"} <= values(got)


def test_a_category_said_alone_is_the_same_projects(engine):
    # 表十二: 省政协全委会 货物 140.20, 服务 714.80
    got = engine.ask("2017年政府采购预算里省政协全委会采购货物多少、服务多少？", "jiangsu_cppcc_office_2017_budget_tables").to_json()
    assert {"140.20", "714.80"} <= values(got)


def test_an_asking_word_with_its_noun_ends_the_part(engine):
    # 十三、国有资产占用情况: 车辆54辆 … 单价20万元（含）以上的设备69台（套）
    got = engine.ask("人大办19年一共多少辆车 20万以上的设备几台", "jiangsu_npc_standing_committee_2019_dept_budget").to_json()
    assert {("54", "辆"), ("69", "台（套）")} <= facts(got)


@pytest.mark.parametrize("doc, question, expected", [
    # 机关运行经费: 2025年 67.89 万元，比2024年预算69.81万元减少1.92万元，下降2.75%
    ("xingxian_natural_resources_2025", "What is Xing County Natural Resources Bureau's 2025 budget for institutional "
     "operating expenses, and how much lower is it than in 2024, in amount and in percent?", {"67.89", "1.92", "2.75"}),
    # 说明: 年初预算为 0 万元，全年预算为321.02 万元，支出决算为 307.82 万元 -> 13.20 short of the full-year budget
    ("putuo_social_work_dept_2024_final_accounts", "中共上海市普陀区委社会工作部2024年度一般公共预算财政拨款支出的年初预算、"
     "全年预算和支出决算分别是多少？决算数比全年预算少多少，完成比例是多少？", {"0", "321.02", "307.82", "13.20", "95.89"}),
    # 名词解释 年初结转和结余; 收入支出决算总表 年初结转和结余 49.14
    ("putuo_finance_bureau_2024_final_accounts", "普陀区财政局2024年度部门决算“名词解释”中“年初结转和结余”是如何定义的？"
     "收入支出决算总表中该项决算数是多少？", {"49.14"}),
])
def test_what_a_later_part_measures_or_points_at(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


def test_two_reasons_typed_in_one_line(engine):
    # 九、…说明: 因公出国（境）费 比上年预算增加30 万元，主要原因是临时性出访任务增加；会议费 比上年预算减少 210.46 万元，
    # 主要原因是压缩会议规模和人数，节俭办会
    got = engine.ask("政协办18年出国的钱咋多了30万 开会的钱又为啥少了200多万", "jiangsu_cppcc_office_2018_dept_budget").to_json()
    assert {"30", "210.46"} <= values(got) and "临时性出访任务增加" in got["answer"] and "节俭办会" in got["answer"]


def test_a_thing_named_with_ne_is_asked_as_the_one_before(engine):
    # 十三、国有资产占用情况: 车辆 46 辆 … 单价20 万元（含）以上的设备 4 台（套）
    got = engine.ask("政协办19年单位共几辆车 20万以上的设备呢", "jiangsu_cppcc_office_2019_dept_budget").to_json()
    assert {("46", "辆"), ("4", "台（套）")} <= facts(got)


@pytest.mark.parametrize("doc, question, expected", [
    # 三、部门机构设置: 编制 339 名，其中行政编制 199 名、行政附属编制 104 名、事业编制 36 名；实际在编在职人员 274 名 -> 65 unfilled
    ("jiangsu_npc_office_2017_budget", "How many authorised posts did the office have in its 2017 budget, how were they split "
     "between administrative, administrative-auxiliary and public-institution posts, how many staff were actually in post, "
     "and how many posts were unfilled?", {"339", "274", "65"}),
    # 三公: 合计 513.75，公务用车运行维护费 266.80 -> 51.93%
    ("jiangsu_high_court_2019_dept_budget", "What is the Jiangsu High People's Court's 2019 'three public expenses' budget "
     "in total, and what share of the total does vehicle running cost take?", {"513.75", "266.80", "51.93"}),
])
def test_english_measures_of_named_figures(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


@pytest.mark.parametrize("question", [
    "“五、财政拨款支出预算情况说明”所列人大事务各项中，与上年相比减少10%的项目有几个？这些项目的减少额合计为多少万元？",
    "Which People's Congress affairs budget lines did the office cut by exactly 10 percent in 2019, and what is the "
    "combined reduction?",
])
def test_lines_changed_by_a_stated_rate(engine, question):
    # 五、…说明: 人大立法 -81、人大监督 -41.87、人大代表履职能力提升 -40.37、代表工作 -42.84、人大信访工作 -4.75, each 减少10%
    got = engine.ask(question, "jiangsu_npc_standing_committee_2019_dept_budget").to_json()
    assert {("5", "个"), ("210.83", "万元")} <= facts(got)


@pytest.mark.parametrize("doc, question, expected", [
    # 说明: 单位预留机动经费 1,157.63 万元 … 与上年相比增加 1,050.79 万元
    ("jiangsu_cppcc_office_2018_dept_budget", "cppcc 2018 reserve contingency fund vs 2017", {"1157.63", "1050.79"}),
    # 会议费 271.26 万元，比上年预算增加 43.26 万元；培训费 1,666.25 万元，比上年预算减少 35 万元
    ("jiangsu_high_court_2018_dept_budget", "江苏高院 2018 会议费 培训费 增减", {"43.26", "35"}),
    # 支出决算表: 基本支出 127,642,039 元，项目支出 44,273,130 元
    ("shanghai_finance_bureau_2025_unit_budget", "shanghai finance bureau 2025 basic vs project expenditure",
     {"127642039", "44273130"}),
])
def test_search_strings_asking_changes_and_pairs(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


def test_a_share_recomputed_over_a_named_denominator(engine):
    # 三公: 小计 513.75，公务接待费 86.95，比上年预算减少 97 万元；86.95 / 513.75 = 16.92% (the explanation prints 16.93%)
    got = engine.ask("江苏省高级人民法院2019年“三公”经费小计是多少？公务接待费预算是多少、比上年减少多少？以“三公”经费小计为分母"
                     "重新计算公务接待费占比是多少？", "jiangsu_high_court_2019_dept_budget").to_json()
    assert {"513.75", "86.95", "97", "16.92", "16.93"} <= values(got)


@pytest.mark.parametrize("doc, question, expected", [
    # 九、…说明: 公务用车运行维护费 比上年预算减少 37.6 万元；会议费 比上年预算增加 43.26 万元
    ("jiangsu_high_court_2018_dept_budget", "Jiangsu High Court 2018: why did the money for running official cars go down "
     "while the budget for meetings went up?", {"37.6", "43.26"}),
    # 说明: 信息化建设 年初预算为135.90万元，支出决算为135.25万元
    ("putuo_finance_bureau_2024_final_accounts", "Putuo District Finance Bureau, 2024: what was budgeted at the start of "
     "the year for keeping its computer systems running, and how much did it really end up spending on that?",
     {"135.90", "135.25"}),
])
def test_everyday_english_of_two_reasons_and_of_spending(engine, doc, question, expected):
    assert expected <= values(engine.ask(question, doc).to_json())


def test_a_reason_comes_with_the_breakdown_that_follows_it(engine):
    # 一、2024年“三公”经费预算情况说明: （二）公务用车购置及运行费46.56万元…主要原因是购置公务用车。其中：公务用车购置费25万元…
    got = engine.ask("万里街道2024年的“三公”经费为什么比2023年多了25万元？", "putuo_wanli_subdistrict_2024_dept_budget").to_json()
    assert "购置公务用车" in got["answer"] and "公务用车购置费25万元" in got["answer"]
