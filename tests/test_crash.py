"""SIGKILL during ingest, again and again: on the next start the relational store and the Chroma index
agree (reconcile removes orphans), and no document is stored by halves."""
import os
import random
import signal
import subprocess
import sys
import time

from conftest import REAL, ROOT, SAMPLE, make_settings, report


def check_consistent(home):
    from core.engine import Engine
    from retrieval.chunks import make_chunks
    engine = Engine(make_settings(home, database_url=f"sqlite:///{home / 'budgetqa.sqlite'}"))  # reconciles
    stored = {d.id for d in engine.store.list_documents()}
    assert engine.index.document_ids() == stored
    for doc_id in stored:
        expected = {c.id for c in make_chunks(engine.store.load(doc_id))}
        got = set(engine.index.collection.get(where={"doc_id": doc_id}, include=[])["ids"])
        assert got == expected, f"{doc_id}: {len(got)} of {len(expected)} chunks"
    assert {f.name.split(".")[0] for f in (home / "files").iterdir()} == stored
    return len(stored)


def test_kill_during_ingest_never_leaves_half_documents(tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, BUDGETQA_HOME=str(home), BUDGETQA_EMBEDDER="hash")
    files = [str(SAMPLE)] + [str(p) for p in sorted(REAL.glob("*.pdf"))]
    rnd = random.Random(7)
    kills = 0
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "app.py", "ingest", *files], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rnd.uniform(1.0, 9.0))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        stored = check_consistent(home)
        print(f"after kill {kills}: {stored} documents stored whole")
    subprocess.run([sys.executable, "app.py", "ingest", *files], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=600)
    assert check_consistent(home) == 5
    report(f"crash: {kills} kills survived, stores consistent after each")
    assert kills >= 3
