"""Eval report: a console table, report.json, report.md and a bar chart (accuracy by kind and language)."""
from __future__ import annotations

import json
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_PATHS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]


def _pct(x) -> str:
    return "—" if x is None else f"{x * 100:.1f}%"


def table_lines(report: dict) -> list[str]:
    head = f"{'set':28} {'n':>4} {'answer':>8} {'citation':>9} {'halluc.':>8} {'R@10':>7} {'MRR':>6} {'p50 ms':>8} {'p95 ms':>8}"
    lines = [head, "-" * len(head)]
    rows = list(report["sets"].items()) + [("ALL", report["overall"])]
    for name, s in rows:
        lines.append(f"{name:28} {s['questions']:>4} {_pct(s['answer_accuracy']):>8} {_pct(s['citation_accuracy']):>9} "
                     f"{s['hallucinations']:>8} {_pct(s['recall_at_10']):>7} "
                     f"{'—' if s['mrr'] is None else format(s['mrr'], '.2f'):>6} {s['latency_ms_p50']:>8.1f} "
                     f"{s['latency_ms_p95']:>8.1f}")
    return lines


def chart(report: dict, path: Path) -> None:
    bars = [(f"kind:{k}", v["answer_accuracy"]) for k, v in report["by_kind"].items()] + \
           [(f"lang:{k}", v["answer_accuracy"]) for k, v in report["by_language"].items()]
    width, row_h = 720, 28
    img = Image.new("RGB", (width, 50 + row_h * len(bars)), "white")
    draw = ImageDraw.Draw(img)
    font = next((ImageFont.truetype(p, 14) for p in FONT_PATHS if Path(p).exists()), ImageFont.load_default())
    draw.text((10, 10), "Answer accuracy by question kind and language", fill="black", font=font)
    for i, (label, value) in enumerate(bars):
        y = 40 + i * row_h
        draw.text((10, y + 4), label, fill="black", font=font)
        draw.rectangle([180, y, 180 + int(440 * value), y + row_h - 8], fill=(242, 113, 28))
        draw.text((630, y + 4), f"{value * 100:.1f}%", fill="black", font=font)
    img.save(path)


def write(report: dict, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    json_path, md_path, png_path = directory / "report.json", directory / "report.md", directory / "accuracy.png"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    chart(report, png_path)
    md = ["# BudgetQA eval report", "", f"Embedder: `{report['embedder']}`", "", "```", *table_lines(report), "```", "",
          "![accuracy by kind and language](accuracy.png)", "", "## Extraction (hand-checked cells)", "",
          "| document | cells | correct | accuracy |", "|---|---|---|---|"]
    for name, e in report["extraction"].items():
        md.append(f"| {name} | {e['cells']} | {e['correct']} | {_pct(e['accuracy'])} |")
    md += ["", "## Ingest time per page", ""] + [f"- {k}: {v * 1000:.0f} ms" for k, v in report["ingest_seconds_per_page"].items()]
    md += ["", f"## Failures ({len(report['failures'])})", ""]
    for f in report["failures"]:
        md.append(f"- [{f['set']}/{f['id']}] {f['question']} — expected {json.dumps(f['expected'], ensure_ascii=False)}; "
                  f"got {f['got']['kind']}: {f['got']['answer'][:120]} ({'; '.join(f['notes'])})")
    md_path.write_text("\n".join(md) + "\n", encoding="utf-8")
    return [json_path, md_path, png_path]
