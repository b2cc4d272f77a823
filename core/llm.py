"""Optional language model behind LangChain chat models: it may rephrase an answer, but every number in
its text must be one the engine computed; otherwise the template answer stands."""
from __future__ import annotations

import json
import logging
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from core.types import Answer, format_decimal

log = logging.getLogger(__name__)
PROMPTS = json.loads((Path(__file__).resolve().parent.parent / "prompts" / "llm.json").read_text(encoding="utf-8"))
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def make_chat_model(name: str, base_url: str | None = None, api_key: str | None = None, responses=None):
    """'none' -> None; 'fake' -> LangChain FakeListChatModel; 'openai:<model>' / 'ollama:<model>' -> adapters
    (their packages, langchain-openai / langchain-ollama, are installed by the user who configures them)."""
    if name in ("", "none"):
        return None
    if name == "fake":
        from langchain_core.language_models.fake_chat_models import FakeListChatModel
        return FakeListChatModel(responses=responses or ["{draft}"])
    kind, _, model = name.partition(":")
    if kind == "openai":
        from langchain_openai import ChatOpenAI
        return ChatOpenAI(model=model, base_url=base_url, api_key=api_key, temperature=0)
    if kind == "ollama":
        from langchain_ollama import ChatOllama
        return ChatOllama(model=model, base_url=base_url or "http://127.0.0.1:11434", temperature=0)
    raise ValueError(f"unknown BUDGETQA_LLM {name!r} (none, fake, openai:<model>, ollama:<model>)")


def allowed_numbers(answer: Answer) -> set[Decimal]:
    """Every number the engine itself produced or the user wrote: facts, formulas, items, citations, question."""
    texts = [answer.question, answer.answer]
    texts += [f"{format_decimal(f.value)} {f.formula or ''}" for f in answer.facts]
    texts += [f"{i.code or ''} {i.name} {format_decimal(i.value) if i.value is not None else ''}" for i in answer.items]
    texts += [" ".join([c.table or "", c.section or "", str(c.page)] + c.rows) for c in answer.citations]
    return {v for t in texts for v in _numbers(t)}


def _numbers(text: str) -> set[Decimal]:
    out = set()
    for m in NUMBER.findall(text):
        try:
            out.add(Decimal(m.replace(",", "")).normalize())
        except InvalidOperation:
            pass
    return out


def checked_phrasing(model, answer: Answer, evidence: list[str]) -> str | None:
    """The model's wording if every number in it is an allowed one, else None (and a warning is logged)."""
    if model is None or answer.kind == "not_found":
        return None
    facts = "\n".join(f"- {f.label}: {format_decimal(f.value)} {f.unit}" + (f" ({f.formula})" if f.formula else "")
                      for f in answer.facts) or "(no numbers)"
    data = "\n".join(e.replace("</data>", "") for e in evidence)[:4000]
    system = PROMPTS["phrase_system"].format(language_name="Chinese" if answer.language == "zh" else "English")
    user = PROMPTS["phrase_user"].format(question=answer.question, facts=facts, evidence=data, draft=answer.answer)
    try:
        reply = model.invoke([("system", system), ("human", user)])
        text = str(getattr(reply, "content", reply)).replace("{draft}", answer.answer).strip()
    except Exception as exc:
        log.warning("language model failed (%s); using the template answer", type(exc).__name__)
        return None
    stray = _numbers(text) - allowed_numbers(answer)
    if stray or not text:
        log.warning("language model stated numbers the engine did not compute %s; using the template answer",
                    sorted(map(str, stray)))
        return None
    return text
