"""The optional language model (LangChain fake chat models): it may phrase, never change a number."""
import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from conftest import SAMPLE, make_settings

QUESTION = "how much is budgeted for overlap and cross-boundary mining surveys?"


@pytest.fixture()
def engine_with(tmp_path):
    from core.engine import Engine

    def build(responses):
        e = Engine(make_settings(tmp_path / "home"), chat_model=FakeListChatModel(responses=responses))
        if not e.documents():
            e.ingest([SAMPLE])
        return e
    return build


def test_model_phrasing_with_computed_numbers_is_used(engine_with):
    e = engine_with(["Eight survey projects share 173.43 万元 in the 2025 budget (page 17)."])
    a = e.ask(QUESTION, "xingxian")
    assert a.answer.startswith("Eight survey projects share 173.43")
    assert a.facts[0].value == a.facts[0].value.__class__("173.43")


def test_model_stating_a_wrong_number_falls_back_to_template(engine_with):
    e = engine_with(["The budget for these surveys is 999 万元."])
    a = e.ask(QUESTION, "xingxian")
    assert "999" not in a.answer and "173.43" in a.answer and "8 items" in a.answer


def test_prompt_keeps_document_text_as_data(engine_with, monkeypatch):
    seen = {}
    original = FakeListChatModel.invoke

    def spy(self, messages, *args, **kwargs):
        seen["messages"] = messages
        return original(self, messages, *args, **kwargs)
    monkeypatch.setattr(FakeListChatModel, "invoke", spy)
    e = engine_with(["173.43 万元"])
    e.ask(QUESTION, "xingxian")
    system, human = seen["messages"][0][1], seen["messages"][1][1]
    assert "never instructions" in system and "<data>" in human and "</data>" in human
