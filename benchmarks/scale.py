"""Scale benchmark on PostgreSQL: cold start, resident memory, warm p50/p95 and API throughput against the
number of stored documents (20 real + N synthetic, benchmarks/synthetic.py).

    nice -n 10 .venv/bin/python benchmarks/scale.py --sizes 0,100,1000,10000 \
        [--pg-dir /tmp/bqa-bench-pg | --database-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres] \
        [--source-home /tmp/evU] [--work /tmp/bqa-bench] [--skip-generate] [--no-api]

Needs a store of the 20 real documents ingested with the hash embedder (--source-home, its budgetqa.sqlite and
chroma/): `BUDGETQA_HOME=/tmp/evU BUDGETQA_EMBEDDER=hash .venv/bin/python app.py ingest ../shared/corpus/real
data/samples` (about 4 minutes).

PostgreSQL: with --pg-dir (run as root) the script makes its own cluster there (initdb -A trust, as the postgres
user, fsync off: a throw-away benchmark cluster), starts it on 127.0.0.1 at a free port kept in PG_DIR/port and
leaves it running for the next run; stop it with `runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D
PG_DIR/data stop`. With --database-url it uses that server (any database; it creates its own there).
Each size N gets its own database bqa_n<N>, made from the next smaller one (CREATE DATABASE … TEMPLATE) plus the
missing synthetic documents, so a re-run only generates what is not there; --skip-generate measures the
databases as they are. Each size gets a home WORK/n<N> holding a copy of the source Chroma folder (vectors of
the real documents only; synthetic documents have none, see synthetic.py).

Per size, each in a fresh process with BUDGETQA_EMBEDDER=hash:
- cold start: wall seconds of `app.py ask --json "<question naming a synthetic department>"`, median of 3;
- warm p50/p95 and resident memory: one process builds Engine once, asks the fixed mixed question list (~40:
  Chinese and English, scoped by department, region and year, multi-part, unscoped, not stored, some with the
  document argument) once to warm, then times 3 rounds; its peak RSS (wait4 ru_maxrss) is the memory figure;
- API: `app.py` (web chat + JSON API) on a free port; once /api/health answers, each question once, then 20
  client threads (keep-alive) ask from the list for 15 s: answers/s and latency p50/p95. The clients run on the
  same 2 cores as the server. The API goal is stated at 20 documents: size 0.
A child that passes --timeout seconds or --max-rss-mb is killed and its figure recorded as failed.
Results: benchmarks/results/scale.json (merged by size across runs) and scale.md; chart docs/scale.png.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale_support import (Watched, chart, free_port, markdown, percentile, postgres_cluster,  # noqa: E402
                           question_list, size_database)

GOALS = {"cold_s": 5.0, "rss_mib": 1024, "warm_p95_ms": 300, "api_answers_s": 300, "api_p95_ms": 100}


def bench_env(url: str, home: Path, **extra) -> dict:
    env = dict(os.environ, BUDGETQA_HOME=str(home), BUDGETQA_DATABASE_URL=url, BUDGETQA_EMBEDDER="hash",
               BUDGETQA_CHROMA_URL="", PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def cold_start(url: str, home: Path, question: str, args) -> dict:
    runs, rss = [], []
    for _ in range(3):
        w = Watched([sys.executable, str(ROOT / "app.py"), "ask", "--json", question], bench_env(url, home),
                    args.timeout, args.max_rss_mb)
        w.wait()
        if w.failed:
            return {"cold_s": None, "cold_failed": w.failed}
        runs.append(w.seconds)
        rss.append(w.max_rss_mib)
    return {"cold_s": round(statistics.median(runs), 2), "cold_runs_s": [round(r, 2) for r in runs],
            "cold_rss_mib": round(max(rss))}


def warm(url: str, home: Path, questions_file: Path, args) -> dict:
    # the answer cache off: timed rounds repeat the warm-up's questions and would measure cache hits
    w = Watched([sys.executable, __file__, "--warm-child", str(questions_file), "--rounds", str(args.rounds)],
                bench_env(url, home, BUDGETQA_ANSWER_CACHE="0"), args.timeout, args.max_rss_mb)
    w.wait()
    if w.failed:
        return {"warm_p50_ms": None, "warm_p95_ms": None, "rss_mib": None, "warm_failed": w.failed}
    got = json.loads(w.stdout.strip().splitlines()[-1])
    times = got.pop("times_ms")
    return {"warm_p50_ms": round(percentile(times, 50), 1), "warm_p95_ms": round(percentile(times, 95), 1),
            "warm_max_ms": round(max(times), 1), "rss_mib": round(w.max_rss_mib), **got}


def warm_child(questions_file: Path, rounds: int) -> None:
    """In the measured process: Engine once, every question once to warm, then `rounds` timed rounds."""
    from core.engine import Engine
    from core.settings import Settings
    questions = json.loads(questions_file.read_text(encoding="utf-8"))
    t = time.perf_counter()
    engine = Engine(Settings.from_env())
    start_s = time.perf_counter() - t
    kinds = [engine.ask(q, d).kind for q, d in questions]
    times = []
    for _ in range(rounds):
        for q, d in questions:
            t = time.perf_counter()
            engine.ask(q, d)
            times.append((time.perf_counter() - t) * 1000)
    found = sum(k != "not_found" for k in kinds)
    print(json.dumps({"times_ms": times, "engine_start_s": round(start_s, 2), "questions": len(questions),
                      "answered": found, "documents": len(engine.documents())}))


def api(url: str, home: Path, questions: list, args, cache: bool = True) -> dict:
    """The server with its answer cache (the fixed list repeats, as a portal's questions do) or without it
    (every request computed): keys api_* and api_nocache_*."""
    port = free_port()
    w = Watched([sys.executable, str(ROOT / "app.py")], bench_env(url, home, BUDGETQA_PORT=str(port),
                BUDGETQA_HOST="127.0.0.1", BUDGETQA_ANSWER_CACHE="2048" if cache else "0"),
                args.timeout + args.api_seconds + 120, args.max_rss_mb)
    try:
        row = {**api_load(w, port, questions, args), "api_rss_mib": round(w.max_rss_mib)}
    finally:
        w.stop()
    return row if cache else {k.replace("api_", "api_nocache_", 1): v for k, v in row.items()}


def api_load(w: Watched, port: int, questions: list, args) -> dict:
    """Wait for /api/health, ask every question once, then args.clients threads for args.api_seconds."""
    t = time.perf_counter()
    while not w.done():
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/health")
            if conn.getresponse().status == 200:
                break
        except OSError:
            pass
        time.sleep(0.3)
    else:
        return {"api_answers_s": None, "api_failed": w.failed or f"exited: {w.stderr[-300:]}"}
    ready_s = time.perf_counter() - t
    paths = ["/api/ask?" + urllib.parse.urlencode({"q": q, **({"doc": d} if d else {})}) for q, d in questions]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for p in paths:                                  # warm: every question once
        conn.request("GET", p)
        conn.getresponse().read()
    latencies, errors, stop = [], [], time.perf_counter() + args.api_seconds

    def client(offset: int):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        i = offset
        while time.perf_counter() < stop:
            p = paths[i % len(paths)]
            i += 1
            t0 = time.perf_counter()
            try:
                c.request("GET", p)
                r = c.getresponse()
                r.read()
                (latencies if r.status == 200 else errors).append((time.perf_counter() - t0) * 1000)
            except OSError:
                errors.append(0)
                c.close()
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k * 7,)) for k in range(args.clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    seconds = time.perf_counter() - t0
    if w.failed:
        return {"api_answers_s": None, "api_failed": w.failed}
    return {"api_answers_s": round(len(latencies) / seconds, 1),
            "api_p50_ms": round(percentile(latencies, 50), 1) if latencies else None,
            "api_p95_ms": round(percentile(latencies, 95), 1) if latencies else None,
            "api_answers": len(latencies), "api_errors": len(errors), "api_ready_s": round(ready_s, 1),
            "api_clients": args.clients}


def measure(n: int, url: str, args) -> dict:
    home = args.work / f"n{n}"
    if not (home / "chroma").exists():
        home.mkdir(parents=True, exist_ok=True)
        shutil.copytree(args.source_home / "chroma", home / "chroma")
    questions = question_list(url, n)
    qfile = home / "questions.json"
    qfile.write_text(json.dumps(questions, ensure_ascii=False, indent=0), encoding="utf-8")
    row = {"n": n}
    sizes_api_only = n in args.api_only
    if not sizes_api_only:
        print(f"[N={n}] cold start …", flush=True)
        row.update(cold_start(url, home, questions[0][0], args))
        print(f"[N={n}] warm + memory …", flush=True)
        row.update(warm(url, home, qfile, args))
    if not args.no_api and row.get("warm_failed") is None and row.get("cold_failed") is None:
        print(f"[N={n}] API, {args.clients} clients …", flush=True)
        row.update(api(url, home, questions, args))
        print(f"[N={n}] API without the answer cache …", flush=True)
        row.update(api(url, home, questions, args, cache=False))
    print(f"[N={n}] {json.dumps(row, ensure_ascii=False)}", flush=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100,1000,10000", help="synthetic documents per run (0 = the 20 real only)")
    ap.add_argument("--pg-dir", type=Path, default=Path("/tmp/bqa-bench-pg"))
    ap.add_argument("--database-url", help="an existing PostgreSQL server (instead of --pg-dir)")
    ap.add_argument("--source-home", type=Path, default=Path("/tmp/evU"), help="home with the 20 real documents")
    ap.add_argument("--work", type=Path, default=Path("/tmp/bqa-bench"), help="per-size homes")
    ap.add_argument("--skip-generate", action="store_true", help="measure the databases as they are")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--api-seconds", type=float, default=15)
    ap.add_argument("--no-api", action="store_true")
    ap.add_argument("--api-only", default="", help="sizes measured for the API only, e.g. 0")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before a measured process is killed")
    ap.add_argument("--max-rss-mb", type=float, default=12000, help="kill a measured process above this RSS")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("--png", type=Path, default=ROOT / "docs" / "scale.png")
    ap.add_argument("--warm-child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.warm_child:
        warm_child(args.warm_child, args.rounds)
        return
    args.api_only = {int(x) for x in args.api_only.split(",") if x}
    server = args.database_url or postgres_cluster(args.pg_dir)
    sizes = sorted(int(x) for x in args.sizes.split(","))
    out_json = args.out / "scale.json"
    results = json.loads(out_json.read_text(encoding="utf-8")) if out_json.exists() else {"runs": {}}
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    for n in sizes:
        url, generation = size_database(server, n, args.source_home, args.seed, args.skip_generate)
        row = measure(n, url, args)
        row.update(generation, commit=commit, measured=time.strftime("%Y-%m-%d %H:%M"))
        previous = results["runs"].get(str(n), {})
        for key in ("generated", "generate_s", "generate_docs_s"):      # a --skip-generate run keeps them
            if key not in row and key in previous:
                row[key] = previous[key]
        results["runs"][str(n)] = row
        results["goals"] = GOALS
        args.out.mkdir(parents=True, exist_ok=True)
        out_json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        (args.out / "scale.md").write_text(markdown(results), encoding="utf-8")
        chart(results, args.png)
    print((args.out / "scale.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
