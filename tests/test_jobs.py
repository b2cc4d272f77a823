"""Distributed ingest on loopback: PostgreSQL (procrastinate queue + store), a Chroma server and three
`app.py worker` processes; one worker is killed in the middle of a job. Every document must be stored exactly
once, and answers must equal those of an embedded (SQLite + local Chroma) single-process ingest."""
import json
import os
import signal
import subprocess
import sys
import time

import psycopg
import pytest
from sqlalchemy.engine import make_url

from conftest import REAL, ROOT, SAMPLE, make_settings, report

SLOW = REAL / "putuo_wanli_subdistrict_2023_dept_budget.pdf"       # ~5 s to parse: the job to kill
FILES = [SLOW] + [REAL / n for n in ("jiangsu_npc_office_2019_budget_tables.pdf",
                                     "putuo_wanli_subdistrict_2024_dept_budget.pdf",
                                     "shanghai_finance_bureau_2025_unit_budget.pdf",
                                     "jiangsu_cppcc_office_2018_budget_tables.pdf")] + [SAMPLE]
QUESTIONS = ["how much is budgeted for overlap and cross-boundary mining surveys?", "上海市财政局行政运行预算多少",
             "住房公积金是多少"]


def app_py(env, *args, timeout=300):
    run = subprocess.run([sys.executable, "app.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=timeout)
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.fixture()
def queue_env(tmp_path, postgres, chroma_server):
    return dict(os.environ, BUDGETQA_HOME=str(tmp_path / "enqueue"), BUDGETQA_EMBEDDER="hash",
                BUDGETQA_DATABASE_URL=postgres, BUDGETQA_CHROMA_URL=chroma_server,
                BUDGETQA_JOB_HEARTBEAT_SECONDS="1", BUDGETQA_JOB_STALLED_SECONDS="4")


@pytest.fixture()
def workers(tmp_path, queue_env):
    """start(n) starts worker processes, each with its own home (as on separate machines); all are stopped
    at teardown, before PostgreSQL and the Chroma server."""
    procs = []

    def start(n):
        for _ in range(n):
            k = len(procs)
            log = open(tmp_path / f"worker{k}.log", "w")
            env = dict(queue_env, BUDGETQA_HOME=str(tmp_path / f"worker{k}"))
            procs.append((subprocess.Popen([sys.executable, "app.py", "worker"], cwd=ROOT, env=env, stdout=log,
                                           stderr=subprocess.STDOUT), tmp_path / f"worker{k}.log"))
            log.close()
        return procs
    yield start
    for proc, _ in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc, _ in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def embedded_baseline(home):
    """The same files ingested by one process into SQLite and a local Chroma folder."""
    from core.engine import Engine
    engine = Engine(make_settings(home))
    results = engine.ingest(FILES)
    assert all(r.status == "stored" for r in results), [r.message for r in results]
    facts = {r.doc_id: len(r.parsed.facts) for r in results}
    return facts, engine.index.collection.count()


def test_workers_ingest_through_the_queue_and_survive_a_kill(tmp_path, postgres, chroma_server, queue_env, workers):
    started = time.time()
    facts, chunks = embedded_baseline(tmp_path / "embedded")
    url = make_url(postgres)
    pg = psycopg.connect(f"host={url.host} port={url.port} user={url.username} dbname={url.database}",
                         autocommit=True)

    assert app_py(queue_env, "enqueue", *map(str, FILES)).startswith(f"{len(FILES)} jobs queued")
    assert app_py(queue_env, "enqueue", str(SAMPLE)).startswith("0 jobs queued, 1 already queued")
    procs = workers(3)

    # kill the worker running the slow PDF while it is running it
    deadline, victim = time.time() + 120, None
    while victim is None:
        assert time.time() < deadline, "no worker started the slow job"
        row = pg.execute("SELECT id FROM procrastinate_jobs WHERE status = 'doing' AND args->>'name' = %s",
                         (SLOW.name,)).fetchone()
        if row:
            victim = next(((p, log) for p, log in procs if f"job {row[0]}: ingesting" in log.read_text()), None)
        time.sleep(0.1)
    job_id = row[0]
    victim[0].send_signal(signal.SIGKILL)
    victim[0].wait()
    killed_at = time.time()
    state = pg.execute("SELECT status, attempts FROM procrastinate_jobs WHERE id = %s", (job_id,)).fetchone()
    assert state == ("doing", 0), "the job finished before its worker was killed"

    # the other workers see the missing heartbeats, queue the job again and finish everything
    deadline = time.time() + 150
    while pg.execute("SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')").fetchone()[0]:
        assert time.time() < deadline, [log.read_text()[-2000:] for _, log in procs]
        time.sleep(0.5)
    recovered = time.time() - killed_at
    status, attempts = pg.execute("SELECT status, attempts FROM procrastinate_jobs WHERE id = %s", (job_id,)).fetchone()
    assert status == "succeeded" and attempts == 2      # requeued once, then run to the end
    logs = [log.read_text() for p, log in procs if p is not victim[0]]
    assert any(f"job {job_id} ({SLOW.name}) was running on a worker that stopped; queued again" in t for t in logs)

    state = json.loads(app_py(queue_env, "jobs", "--json"))
    assert state["jobs"]["succeeded"] == len(FILES) and state["total"] == len(FILES), state
    assert state["failed"] == [] and state["retried"] == 1 and state["documents"] == len(FILES), state
    assert state["workers"] == 2, state

    # every document stored exactly once, with the facts and chunks of the embedded ingest
    stored = dict(pg.execute("SELECT d.id, (SELECT count(*) FROM facts f WHERE f.doc_id = d.id) FROM documents d")
                  .fetchall())
    assert stored == facts
    import chromadb
    from retrieval.index import COLLECTION
    host, port = chroma_server.rsplit("/", 1)[-1].split(":")
    assert chromadb.HttpClient(host=host, port=int(port)).get_collection(COLLECTION).count() == chunks
    assert app_py(queue_env, "enqueue", *map(str, FILES)).startswith(f"0 jobs queued, 0 already queued, "
                                                                       f"{len(FILES)} files already stored")

    # a file that cannot be read fails once (no retries) and `jobs` gives its error
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really a PDF" * 40)
    assert app_py(queue_env, "enqueue", str(broken)).startswith("1 jobs queued")
    deadline = time.time() + 60
    while not (state := json.loads(app_py(queue_env, "jobs", "--json")))["failed"]:
        assert time.time() < deadline, state
        time.sleep(0.5)
    [failed] = state["failed"]
    assert failed["file"] == "broken.pdf" and failed["attempts"] == 1 and failed["error"].startswith("broken.pdf: ")
    assert "failed job" in app_py(queue_env, "jobs") and state["documents"] == len(FILES)

    # the same answers as the embedded setup
    embedded_env = dict(os.environ, BUDGETQA_HOME=str(tmp_path / "embedded"), BUDGETQA_EMBEDDER="hash",
                        BUDGETQA_DATABASE_URL=f"sqlite:///{tmp_path / 'embedded' / 'db.sqlite'}")
    embedded_env.pop("BUDGETQA_CHROMA_URL", None)
    answers = [[json.loads(line) for line in app_py(env, "ask", "--json", *QUESTIONS).splitlines()]
               for env in (dict(queue_env, BUDGETQA_HOME=str(tmp_path / "asker")), embedded_env)]
    assert answers[0] == answers[1]
    assert answers[0][0]["facts"][0]["value"] == "173.43"
    assert answers[0][1]["facts"][0]["value"] == "84861719"
    pg.close()
    report(f"jobs: {len(FILES)} files through the queue on 3 workers, one SIGKILLed mid-job, all done "
           f"{recovered:.1f} s after the kill; each document stored once, answers equal the embedded setup "
           f"({time.time() - started:.0f} s)")
