"""Score the engine against gold sets: answer accuracy, citation accuracy, retrieval, extraction, speed.

Gold line (JSONL): {"id", "question", "document", "source", "kind",
  "facts": [{"value", "unit"}], "items": ["code or name", ...], "terms": ["text the answer must contain"],
  "citation": {"table" or "tables" (any of) or "section", "page" or "pages" (any of), "row"}}
Cells file (JSON): {"document", "source", "tables": [{"title", "page", "cells": [[row label, column end, value]]}]}
"""
from __future__ import annotations

import json
import re
import logging
import statistics
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from core.numbers import UNIT_FACTORS
from core.types import Answer

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "eval" / "gold"
CELLS_DIR = ROOT / "eval" / "cells"
PERCENT = {"%"}


PERSONS = {"人", "名"}        # '10 名在职人员' and '10人' count the same people


def normalise(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """Money to 元 so 173.43 万元 equals 1734300 元; persons counted in 人 or 名 alike; other units unchanged."""
    if unit in UNIT_FACTORS:
        return (value * UNIT_FACTORS[unit]).normalize(), "元"
    return value.normalize(), "人" if unit in PERSONS else unit


@dataclass
class Result:
    gold: dict
    answer: dict
    correct: bool
    cited: bool
    hallucinated: bool
    seconds: float
    retrieval_rank: int | None = None
    notes: list[str] = field(default_factory=list)


def load_gold(names: list[str] | None, directory: Path = GOLD_DIR) -> dict[str, list[dict]]:
    sets = {}
    for path in sorted(directory.glob("*.jsonl")):
        if names and path.stem not in names:
            continue
        lines = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        sets[path.stem] = lines
    if names and set(names) - set(sets):
        raise ValueError(f"unknown gold set(s): {', '.join(sorted(set(names) - set(sets)))}")
    return sets


def same_amount(expected: Decimal, unit: str, got: Decimal, got_unit: str) -> bool:
    """Equal after normalising, or equal at the precision the expected figure is printed with
    (156211123 元 is the 15621.11 万元 a sentence states)."""
    if normalise(expected, unit) == normalise(got, got_unit):
        return True
    # a measure word printed with its alternative ('4 台（套）') counts in either ('4 台', '4 套')
    either = re.fullmatch(r"(\w+)[（(](\w+)[）)]", got_unit)
    if either and unit in either.groups():
        return expected.normalize() == got.normalize()
    if unit in UNIT_FACTORS and got_unit in UNIT_FACTORS and unit != got_unit:
        return (got * UNIT_FACTORS[got_unit] / UNIT_FACTORS[unit]).quantize(expected) == expected
    return False


def score_answer(gold: dict, answer: Answer) -> tuple[bool, bool, list[str]]:
    """(correct, hallucinated, notes) for one answer."""
    got = answer.to_json()
    notes = []
    if gold["kind"] == "not_found":
        hallucinated = bool(got["facts"]) or got["kind"] == "number"
        return got["kind"] == "not_found", hallucinated, notes
    if got["kind"] == "not_found":
        return False, False, ["answered not_found"]
    ok = True
    if gold.get("facts"):
        for f in gold["facts"]:
            expected = Decimal(str(f["value"]).replace(",", ""))        # a value as printed: '2,940.05'
            if not any(same_amount(expected, f["unit"], Decimal(g["value"]), g["unit"]) for g in got["facts"]):
                ok = False
                notes.append(f"missing {f['value']} {f['unit']}")
    if gold.get("items"):
        # a gap between Latin and Chinese ('PC 服务器') is layout, not part of the name
        names = [re.sub(r"\s+", "", f"{i['code'] or ''}{i['name']}") for i in got["items"]]
        found = [e for e in gold["items"] if any(re.sub(r"\s+", "", e) in n for n in names)]
        recall = len(found) / len(gold["items"])
        if recall < 1:
            ok = False
            notes.append(f"items recall {recall:.2f}")
    for term in gold.get("terms", []):
        # (a gap the PDF text puts between Chinese and digits, '单位于 2024 年成立', is layout, as in item names)
        blob = re.sub(r"\s+", "", got["answer"] + "".join(i["name"] for i in got["items"])).replace(",", "")
        if re.sub(r"\s+", "", term) not in blob:
            ok = False
            notes.append(f"missing term {term}")
    return ok, False, notes


def cited(gold: dict, answer: Answer) -> bool:
    want = gold.get("citation")
    if not want:
        return True
    tables = want.get("tables") or ([want["table"]] if want.get("table") else [])
    pages = want.get("pages") or ([want["page"]] if want.get("page") else [])
    def bare(text):       # '其他相关情况说明 五、…' and '其他相关情况说明 > 五、…' name one section
        return re.sub(r"[\s>]", "", text or "")
    for c in answer.citations:
        # a title cited with or without its printed number ('公开06表 X' / 'X') names the same table
        where_ok = any(bare(t) and bare(c.table) and (bare(t) in bare(c.table) or bare(c.table) in bare(t))
                       for t in tables) or (want.get("section") and c.section and bare(want["section"]) in bare(c.section))
        if where_ok and (not pages or c.page in pages):
            return True
    return False


def retrieval_rank(engine, gold: dict, k: int = 10) -> int | None:
    """1-based rank of the first retrieved chunk holding the expected evidence (row label, or for prose and
    glossary questions the first expected term), 0 if not in the top k, None if the gold line names none."""
    want = gold.get("citation") or {}
    needle = want.get("row") or (gold["terms"][0] if gold["kind"] in ("text", "definition") and gold.get("terms")
                                 else None)
    if not needle:
        return None
    doc = engine.find_document(gold["document"]) if gold.get("document") else None
    docs = engine.retriever([doc.document.id] if doc else None, k=k).invoke(gold["question"])
    for rank, d in enumerate(docs, start=1):
        if needle in d.page_content:
            return rank
    return 0


def bare_label(text: str) -> str:
    """'一、财政拨款收入' and '财政拨款收入', '因公出国(境)费' and '因公出国（境）费' name the same row or column."""
    text = re.sub(r"^[一二三四五六七八九十]+、|^\d+[.、．]|\s+", "", text or "")
    return text.replace("(", "（").replace(")", "）")


def cell_matches(f, label: str, column: str, value: str) -> bool:
    """A printed cell as a fact: its row and column, or — where a table's items are its columns (三公: one data
    row 合计 | 因公出国（境）费 | …) — the column as the fact's own label."""
    if f.value != Decimal(value):
        return False
    if (bare_label(f.label) == bare_label(label) or f.code == label) and bare_label(f.column).endswith(bare_label(column)):
        return True
    return bare_label(label) in ("合计", "") and bare_label(f.label) == bare_label(column)


def extraction_accuracy(engine) -> dict[str, dict]:
    """Cell accuracy of stored tables against hand-checked cells, per document."""
    out = {}
    for path in sorted(CELLS_DIR.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        doc = engine.find_document(spec["document"])
        total = right = 0
        misses = []
        for t in spec["tables"]:
            tables = [x for x in doc.tables if bare_label(t["title"]) in bare_label(x.display_title)
                      and (not t.get("page") or x.page == t["page"])]
            facts = [f for f in doc.facts if f.table_id in {x.id for x in tables}]
            for label, column, value in t["cells"]:
                total += 1
                if any(cell_matches(f, label, column, value) for f in facts):
                    right += 1
                else:
                    misses.append(f"{t['title']} {label}/{column}={value}")
        out[doc.document.name] = {"cells": total, "correct": right,
                                  "accuracy": right / total if total else 1.0, "misses": misses[:10]}
    return out


def ensure_sources(engine, sets: dict[str, list[dict]]) -> dict[str, float]:
    """Ingest every source the gold sets and cell files name; returns ingest seconds per page by document."""
    sources = {s for lines in sets.values() for g in lines for s in [g.get("source"), *g.get("sources", [])] if s}
    sources |= {json.loads(p.read_text(encoding="utf-8"))["source"] for p in CELLS_DIR.glob("*.json")}
    per_page = {}
    for source in sorted(sources):
        path = (ROOT / source).resolve()
        t = time.perf_counter()
        result = engine.ingest_file(path)
        if result.status == "error":
            raise ValueError(result.message)
        if result.status == "stored":
            pages = result.parsed.document.pages or 1
            per_page[path.name] = (time.perf_counter() - t) / pages
    return per_page


def run(engine, set_names: list[str] | None = None, directory: Path = GOLD_DIR) -> dict:
    """Run the gold sets; returns the full report as a JSON-ready dict."""
    sets = load_gold(set_names, directory)
    ingest_per_page = ensure_sources(engine, sets)
    report = {"sets": {}, "extraction": extraction_accuracy(engine), "ingest_seconds_per_page": ingest_per_page,
              "embedder": engine.settings.embedder}
    all_results: list[Result] = []
    for name, lines in sets.items():
        results = []
        for g in lines:
            t = time.perf_counter()
            answer = engine.ask(g["question"], g.get("document"))
            seconds = time.perf_counter() - t
            correct, hallucinated, notes = score_answer(g, answer)
            r = Result(g, answer.to_json(), correct, cited(g, answer) if g["kind"] != "not_found" else True,
                       hallucinated, seconds, retrieval_rank(engine, g), notes)
            results.append(r)
        all_results += results
        report["sets"][name] = summarise(results)
    report["overall"] = summarise(all_results)
    report["by_kind"] = group(all_results, lambda r: r.gold["kind"])
    report["by_language"] = group(all_results, lambda r: "zh" if any("\u4e00" <= c <= "\u9fff" for c in r.gold["question"]) else "en")
    report["failures"] = [{"set": next(n for n, ls in sets.items() if r.gold in ls), "id": r.gold.get("id"),
                           "question": r.gold["question"], "expected": {k: r.gold.get(k) for k in ("kind", "facts", "items", "terms", "citation")},
                           "got": {"kind": r.answer["kind"], "answer": r.answer["answer"][:300],
                                   "citations": r.answer["citations"][:3]},
                           "notes": r.notes + ([] if r.cited else ["citation mismatch"])}
                          for r in all_results if not (r.correct and r.cited)]
    return report


def summarise(results: list[Result]) -> dict:
    n = len(results) or 1
    ranks = [r.retrieval_rank for r in results if r.retrieval_rank is not None]
    times = sorted(r.seconds * 1000 for r in results) or [0.0]
    return {"questions": len(results),
            "answer_accuracy": sum(r.correct for r in results) / n,
            "citation_accuracy": sum(r.cited for r in results) / n,
            "hallucinations": sum(r.hallucinated for r in results),
            "recall_at_10": (sum(1 for x in ranks if x) / len(ranks)) if ranks else None,
            "mrr": (sum(1 / x for x in ranks if x) / len(ranks)) if ranks else None,
            "latency_ms_p50": statistics.median(times),
            "latency_ms_p95": times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]}


def group(results, key) -> dict:
    groups: dict[str, list[Result]] = {}
    for r in results:
        groups.setdefault(key(r), []).append(r)
    return {k: summarise(v) for k, v in sorted(groups.items())}
