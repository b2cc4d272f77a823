"""The generated sweep: questions made from every stored document's own measures (table rows, amounts stated in
the prose), phrased by the templates in eval/sweep_templates.json in Chinese and English, single and paired, and
checked against the measure they were made from. It measures generalization over documents and phrasings, not
recall of hand-written questions."""
from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from core.qa.common import TERMS
from eval.runner import same_amount
from ingest.prose import words_before

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = json.loads((ROOT / "eval" / "sweep_templates.json").read_text(encoding="utf-8"))
MAIN_COLUMNS = ("合计", "金额", "预算数", "决算数", "小计", "本年预算", "预算金额")
SKIP_KINDS = {"procurement", "performance", "catalogue", "generic", "project_list", "contents", "unit_list", "other"}
ENGLISH = {}
for en, zh in TERMS.items():
    ENGLISH.setdefault(zh, en)          # first (longest-listed) English phrase per Chinese term


def _label(text: str) -> str:
    return re.sub(r"^[一二三四五六七八九十]+、|^\d+[.、]|（[类款项]）$", "", text).strip()


def table_measures(doc) -> dict[str, set]:
    """Row label -> acceptable (value, unit) pairs: the label's main-column values in any standard table."""
    out: dict[str, set] = defaultdict(set)
    titles = {t.id: t.display_title for t in doc.tables}
    for f in doc.facts:
        label = _label(f.label)
        col = f.column.split("/")[-1]
        if f.table_kind in SKIP_KINDS or len(re.findall(r"[\u4e00-\u9fff]", label)) < 3 or f.value == 0:
            continue
        main = col in MAIN_COLUMNS or f.col_index <= 2 or f.table_kind == "three_public"
        if re.search(r"合计|小计|总计|其他|其中", label) or not main:
            continue
        out[label].add((f.value, f.unit, titles.get(f.table_id, "")))
    return out


def prose_measures(doc) -> list[tuple[str, Decimal, str]]:
    out = []
    headings = {p.id for p in doc.passages if p.kind == "heading"}
    for s in doc.stated:
        if s.passage_id in headings:
            continue        # the sweep asks for amounts of the explanation's paragraphs, as it always has
        context = words_before(s.context)
        context = re.sub(r"(为|是|共计|共|达|约|合计)$", "", context)
        cut = context.count("（") + context.count("(") != context.count("）") + context.count(")") \
            or re.search(r"[“”\"]", context) \
            or re.match(r"(与|比|较)(上年|20\d\d年)", context)    # inside a parenthesis or quote, or no subject
        if s.unit in ("万元", "元") and 4 <= len(re.findall(r"[\u4e00-\u9fff]", context)) <= 16 and not cut \
                and not re.search(r"[\d─—\-]", context) \
                and context != doc.document.department:   # words cut by a page footer or a stray number
            out.append((context, s.value, s.unit))
    values: dict[str, set] = defaultdict(set)
    for context, value, _ in out:
        values[context].add(value)
    # words printed before many different amounts ('2022年当年预算执行数') do not name one of them
    return [m for m in out if len(values[m[0]]) <= 2]


def make_questions(engine, per_doc: int = 24, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    questions = []
    for parsed in engine.all_documents():
        name = parsed.document.name
        measures = table_measures(parsed)
        labels = sorted(measures)
        rng.shuffle(labels)
        picked = labels[:per_doc]
        for i, label in enumerate(picked):
            values = measures[label]
            table = sorted(values, key=lambda v: v[2])[0][2]
            template = TEMPLATES["table_zh"][i % len(TEMPLATES["table_zh"])]
            questions.append({"document": name, "kind": "table", "language": "zh",
                              "question": template.format(label=label, table=table), "expect": [values]})
            if label in ENGLISH:
                template = TEMPLATES["table_en"][i % len(TEMPLATES["table_en"])]
                questions.append({"document": name, "kind": "table", "language": "en",
                                  "question": template.format(en=ENGLISH[label]), "expect": [values]})
        for i in range(0, min(len(picked), 8) - 1, 2):
            a, b = picked[i], picked[i + 1]
            if a in b or b in a:
                continue
            template = TEMPLATES["pair_zh"][i // 2 % len(TEMPLATES["pair_zh"])]
            questions.append({"document": name, "kind": "pair", "language": "zh",
                              "question": template.format(a=a, b=b), "expect": [measures[a], measures[b]]})
            if a in ENGLISH and b in ENGLISH:
                questions.append({"document": name, "kind": "pair", "language": "en",
                                  "question": TEMPLATES["pair_en"][0].format(a=ENGLISH[a], b=ENGLISH[b]),
                                  "expect": [measures[a], measures[b]]})
        prose = prose_measures(parsed)
        rng.shuffle(prose)
        seen = set()
        for i, (context, value, unit) in enumerate(prose):
            if context in seen or len(seen) >= per_doc // 3:
                continue
            seen.add(context)
            same = {(v, u, "") for c, v, u in prose if c == context}
            template = TEMPLATES["prose_zh"][i % len(TEMPLATES["prose_zh"])]
            questions.append({"document": name, "kind": "prose", "language": "zh",
                              "question": template.format(context=context), "expect": [same]})
    return questions


def run_sweep(engine) -> dict:
    questions = make_questions(engine)
    results = []
    for q in questions:
        got = engine.ask(q["question"], q["document"]).to_json()
        have = [(Decimal(f["value"]), f["unit"]) for f in got["facts"]]
        ok = all(any(same_amount(v, u, gv, gu) for v, u, _ in values for gv, gu in have) for values in q["expect"])
        results.append({**q, "expect": [[f"{v} {u}" for v, u, _ in sorted(vals)] for vals in q["expect"]],
                        "ok": ok, "got": got["answer"][:160]})

    def summary(rows):
        return {"questions": len(rows), "accuracy": sum(r["ok"] for r in rows) / (len(rows) or 1)}
    by = defaultdict(list)
    for r in results:
        by[("document", r["document"])].append(r)
        by[("kind", r["kind"])].append(r)
        by[("language", r["language"])].append(r)
    return {"overall": summary(results),
            "by": {f"{k}:{v}": summary(rows) for (k, v), rows in sorted(by.items())},
            "failures": [r for r in results if not r["ok"]]}


def write_markdown(report: dict, path: Path) -> None:
    lines = ["# Generated sweep", "",
             "Questions generated from each stored document's own table rows and prose amounts "
             "(`eval/sweep.py`, templates in `eval/sweep_templates.json`), checked against the measure they came from.",
             "", f"Overall: **{report['overall']['accuracy']:.1%}** of {report['overall']['questions']} questions.", "",
             "| group | n | accuracy |", "|---|---|---|"]
    lines += [f"| {k} | {v['questions']} | {v['accuracy']:.1%} |" for k, v in report["by"].items()]
    lines += ["", "First failures:", ""]
    lines += [f"- `{r['document']}` {r['question']} — expected {r['expect']}; got: {r['got'][:100]}"
              for r in report["failures"][:25]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
