"""The web chat's HTML pieces without a browser: the answer card, table headers, lookup matching, names."""
import re
from decimal import Decimal

from core.types import Answer, AnswerFact, AnswerItem, Citation, Document
from web.cards import answer_card
from web.charts import bar_chart
from web.evidence import header_rows, hit_rows
from web.lookup import plain
from web.vocab import department_en, label_en


def doc(name, dept, year=2025):
    return Document(id=name, name=name, path="", source_type="txt", department=dept, year=year, kind="预算",
                    level="部门", region=None, pages=1)


def test_card_puts_the_number_first_and_groups_departments():
    a = Answer("How much is the housing provident fund?", "en", "number", "…",
               facts=[AnswerFact("a.pdf: 住房公积金", Decimal("10000000"), "元", None, [0]),
                      AnswerFact("b.txt: 住房公积金", Decimal("77.50"), "万元", None, [1])],
               citations=[Citation("a.pdf", table="T1", page=11, rows=["2210201 住房公积金"]),
                          Citation("b.txt", table="T3", page=8, rows=["2210201 住房公积金"])])
    docs = {"a.pdf": doc("a.pdf", "上海市财政局"), "b.txt": doc("b.txt", "兴县自然资源局")}
    card, cites = answer_card(3, a.question, [a], docs)
    assert len(cites) == 2 and card.count("class='qa-dept'") == 2
    heads = re.findall(r"<div class='qa-head'>(.*?)</div>", card)
    assert "10,000,000" in heads[0] and "77.50" in heads[1]
    assert "Shanghai Finance Bureau 2025 budget" in card and "housing provident fund" in card
    assert "data-turn='3' data-cite='1'" in card


def test_sum_card_shows_formula_in_the_fold():
    a = Answer("q", "zh", "number", "…", facts=[AnswerFact("Σ 测绘", Decimal("3.00"), "万元", "1.00 + 2.00 = 3.00", [0])],
               items=[AnswerItem(None, "甲测绘", Decimal("1.00"), "万元", [0]),
                      AnswerItem(None, "乙测绘", Decimal("2.00"), "万元", [0])],
               citations=[Citation("b.txt", table="表十二", page=17, rows=["甲测绘", "乙测绘"])], document="b.txt")
    card, _ = answer_card(1, "q", [a], {"b.txt": doc("b.txt", "兴县自然资源局")})
    assert card.index("3.00") < card.index("qa-how") and "1.00 + 2.00 = 3.00" in card
    assert "2 项合计" in card and "class='qa-chart'" in card


def test_headers_stack_and_rows_match_codes():
    head = header_rows(["项目/名称", "预算/合计", "预算/基本支出"])
    assert head.count("<tr>") == 2 and "colspan='2'" in head

    class T:
        rows = [["201", "", "", "一般公共服务支出", "9"], ["201", "06", "01", "行政运行", "5"],
                ["208", "05", "01", "行政运行", "4"]]
    assert hit_rows(T, ["2010601 行政运行"]) == [1]


def test_lookup_ignores_quotes_and_names_translate():
    assert plain("“三公”经费") == plain("三公经费") == "三公经费"
    assert department_en("兴县自然资源局") == "Xing County Natural Resources Bureau"
    assert label_en("住房公积金") == "housing provident fund" and label_en("某某项目") is None


def test_chart_says_no_data_and_totals():
    assert "No data" in bar_chart("t", [], "元")
    html = bar_chart("t", [("a", Decimal("1.5")), ("b", Decimal("2"))], "万元")
    assert "3.5" in html and "合计" in html


def test_upload_summary_shows_findings_with_rule_citations_and_page(engine):
    """The upload card of a stored PDF: findings by rule in the user's language, both places, the printed page."""
    from types import SimpleNamespace
    from web.upload import summary_html
    doc = engine.find_document("putuo_wanli_subdistrict_2024")
    card = summary_html(engine, SimpleNamespace(status="stored", doc_id=doc.document.id, message=""), "en")
    assert "S3 a table says it is empty but prints figures" in card          # rule and its English description
    assert "p.31" in card and "<img class='ev-page'" in card               # the table's page, and its image
    zh = summary_html(engine, SimpleNamespace(status="stored", doc_id=doc.document.id, message=""), "zh")
    assert "表格注明为空表却填有数字" in zh
