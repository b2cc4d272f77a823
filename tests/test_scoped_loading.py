"""Answers read only the documents in scope: scope is resolved on the document index, documents load through a
bounded cache, and a question that names no department over a store larger than one answer reads is asked to
name one."""
from decimal import Decimal

import pytest

from conftest import make_settings


@pytest.fixture(scope="module")
def small(engine):
    """A second engine on the same store that may keep 4 documents loaded and read at most 5 per answer."""
    from core.engine import Engine
    return Engine(make_settings(engine.settings.home, doc_cache=4, scope_limit=5))


def test_starts_without_loading_documents(small):
    assert len(small.library) == 20
    assert len(small.library._loaded) == 0


def test_a_named_department_loads_only_its_files(small, engine):
    question = "江苏省高级人民法院2018年公务用车运行维护费预算多少"
    a = small.ask(question)
    assert any(f.value == Decimal("266.80") and f.unit == "万元" for f in a.facts), a.answer  # p.14, read by hand
    loaded = [small.library.load(i).document for i in list(small.library._loaded)]
    assert loaded and all(d.department == "江苏省高级人民法院" for d in loaded), [d.name for d in loaded]
    assert a.to_json()["facts"] == engine.ask(question).to_json()["facts"]


def test_the_cache_stays_bounded(small):
    for q in ["上海市财政局行政运行预算多少", "万里街道2024年行政运行多少", "兴县自然资源局行政运行多少",
              "江苏省政协办公厅2019年会议费多少", "江苏省人大常委会办公厅2018年培训费多少"]:
        assert small.ask(q).kind != "not_found", q
        assert len(small.library._loaded) <= 4


def test_an_unscoped_question_over_a_large_store_asks_which_department(small, engine):
    a = small.ask("行政运行是多少")
    assert a.kind == "not_found" and not a.facts
    assert "请指明部门" in a.answer and "20" in a.answer
    # narrowed by year and kind to no more than it reads, it answers
    assert small.ask("2017年行政运行是多少").kind == "number"
    # the default limit reads all 20 and answers per document
    assert engine.ask("行政运行是多少").kind == "number"


def test_unscoped_retrieval_reads_the_documents_of_the_best_vector_hits(small):
    docs = small.retriever(None, k=5).invoke("公务用车运行维护费")
    assert docs and all(d.metadata["doc_id"] for d in docs)
    assert len(small.library._lexical) >= 1 and all(len(key) <= 5 for key in small.library._lexical)


def test_repeated_questions_come_from_the_answer_cache_until_the_store_changes(small):
    q = "江苏省政协办公厅2019年会议费多少"
    first = small.ask(q)
    first.answer = "changed by the caller"          # a caller's edit never reaches the cache
    again = small.ask(q)
    assert again.answer != "changed by the caller" and again.to_json()["facts"] == first.to_json()["facts"]
    assert (q, "") in small._answers
    small._synced = 0.0
    small.library._meta.pop(next(iter(small.library._meta)))       # as if a document came or went
    small.sync()
    assert not small._answers
