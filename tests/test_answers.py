"""Questions written by reading the documents; expected values come from the printed tables."""
import json
from decimal import Decimal

import pytest

# (question, document, expected kind, expected value or item, unit)
SAMPLE_QUESTIONS = [
    ("how much is budgeted for overlap and cross-boundary mining surveys?", "xingxian", "number", "173.43", "万元"),
    ("超层越界检查测绘的预算一共是多少？", "xingxian", "number", "173.43", "万元"),
    ("which catalogue codes apply to natural resources?", "xingxian", "list", "A010101", None),
    ("政府购买服务指导性目录中自然资源有哪些目录代码？", "xingxian", "list", "A160101", None),
    ("科目2200114的预算是多少", "xingxian", "number", "173.43", "万元"),
    ("2210201是多少", "xingxian", "number", "77.50", "万元"),
    ("What is the budget for code 2080505?", "xingxian", "number", "91.13", "万元"),
    ("住房公积金预算多少", "xingxian", "number", "77.50", "万元"),
    ("How much is the housing provident fund?", "xingxian", "number", "77.50", "万元"),
    ("行政运行的预算是多少", "xingxian", "number", "256.83", "万元"),
    ("机关服务预算多少？", "xingxian", "number", "546.64", "万元"),
    ("How much is budgeted for agency services?", "xingxian", "number", "546.64", "万元"),
    ("基本支出是多少", "xingxian", "number", "1057.52", "万元"),
    ("What is the total project expenditure?", "xingxian", "number", "1576.17", "万元"),
    ("人员经费是多少", "xingxian", "number", "989.63", "万元"),
    ("公用经费是多少？", "xingxian", "number", "67.89", "万元"),
    ("公务用车运行维护费是多少", "xingxian", "number", "2.00", "万元"),
    ("How much is spent on social security and employment?", "xingxian", "number", "136.41", "万元"),
    ("卫生健康支出多少", "xingxian", "number", "40.15", "万元"),
    ("How much is the spending on health?", "xingxian", "number", "40.15", "万元"),
    ("兴县第三次国土调查项目预算多少", "xingxian", "number", "115.00", "万元"),
    ("兴县自然资源智慧监管平台的预算是多少", "xingxian", "number", "100.00", "万元"),
    ("印花税是多少", "xingxian", "number", "1.79", "万元"),
    ("how many projects are there?", "xingxian", "number", "48", "个"),
    ("一共有多少个项目", "xingxian", "number", "48", "个"),
    ("金额最大的项目是哪个", "xingxian", "number", "266.00", "万元"),
    ("What are the top 3 projects?", "xingxian", "list", "兴县2023年耕地“进出平衡”任务整改", None),
    ("项目支出占比是多少", "xingxian", "number", "59.85", "%"),
    ("What share of spending is basic expenditure?", "xingxian", "number", "40.15", "%"),
    ("什么是三公经费", "xingxian", "definition", "“三公”经费", None),
    ("What is 机关运行经费?", "xingxian", "definition", "机关运行经费", None),
    ("什么是上年结转？", "xingxian", "definition", "上年结转", None),
    ("2021年-2023年补充耕地入库的绩效目标是什么", "xingxian", "list", "完成补充耕地入库", None),
    ("不动产登记信息安全防护的绩效指标", "xingxian", "list", "不动产登记信息安全防护工作", None),
    ("办公用房建筑总面积是多少", "xingxian", "text", "1421.9平方米", None),
    ("兴县自然资源局有多少辆公务用车", "xingxian", "text", "实有4辆", None),
    ("公务员编制数是多少", "xingxian", "text", "公务员编制数9人", None),
    ("政府采购预算总额是多少", "xingxian", "text", "413.43万元", None),
    ("火星探测项目的预算是多少？", "xingxian", "not_found", None, None),
    ("How much was spent on the moon landing programme?", "xingxian", "not_found", None, None),
]
PDF_QUESTIONS = [
    ("江苏省高级人民法院2019年住房公积金是多少", None, "number", "1879.36", "万元"),
    ("上海市财政局行政运行预算多少", None, "number", "84861719", "元"),
    ("上海市财政局2010601是多少", None, "number", "84861719", "元"),
    ("上海市普陀区财政局行政运行支出是多少", None, "number", "1511.89", "万元"),  # 支出决算表 p.10
    ("新建万里街道社区公共服务中心的绩效目标", "wanli", "list", "规划建筑面积", None),
]


def check(answer, kind, expected, unit):
    got = answer.to_json()
    assert got["kind"] == kind, json.dumps(got, ensure_ascii=False)[:400]
    if kind == "number":
        assert any(Decimal(f["value"]) == Decimal(expected) and f["unit"] == unit for f in got["facts"]), got["facts"]
        assert got["citations"] and got["citations"][0]["page"]
    elif kind in ("list", "definition"):
        assert any(expected in (i["code"] or "") + i["name"] for i in got["items"]), got["items"][:5]
    elif kind == "text":
        assert expected in got["answer"].replace(",", ""), got["answer"]
    else:
        assert not got["facts"]


@pytest.mark.parametrize("question,doc,kind,expected,unit", SAMPLE_QUESTIONS + PDF_QUESTIONS)
def test_question(engine, question, doc, kind, expected, unit):
    check(engine.ask(question, doc), kind, expected, unit)


def test_design_example_formula_and_rows(engine):
    a = engine.ask("how much is budgeted for overlap and cross-boundary mining surveys?", "xingxian").to_json()
    fact = a["facts"][0]
    assert fact["formula"].endswith("= 173.43") and fact["formula"].count("+") == 7
    cite = a["citations"][fact["citations"][0]]
    assert cite["table"] == "表十二 2025年项目支出预算表（本年预算）" and cite["page"] == 17 and len(cite["rows"]) == 8
    assert a["language"] == "en"
