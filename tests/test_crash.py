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
    for _ in range(10):
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
    assert check_consistent(home) == len(files)
    report(f"crash: {kills} kills survived, stores consistent after each")
    assert kills >= 3


def test_vector_index_torn_by_a_kill_is_rebuilt(tmp_path):
    # A kill inside a Chroma write once left HNSW files that made every later process segfault.
    # What such a kill leaves: the write marker, and segment files cut short.
    home = tmp_path / "home"
    env = dict(os.environ, BUDGETQA_HOME=str(home), BUDGETQA_EMBEDDER="hash")
    pdf = str(REAL / "jiangsu_high_court_2019_dept_budget.pdf")
    subprocess.run([sys.executable, "app.py", "ingest", str(SAMPLE), pdf], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=600)
    segments = list((home / "chroma").glob("*/*.bin"))
    assert segments, "expected persisted HNSW files"
    for f in segments:
        f.write_bytes(f.read_bytes()[: f.stat().st_size // 3])
    (home / "chroma.writing").write_text("999999")   # a writer that is gone
    # the next write is what crashed (SIGSEGV) on such files before the marker existed
    shanghai = str(REAL / "shanghai_finance_bureau_2025_unit_budget.pdf")
    run = subprocess.run([sys.executable, "app.py", "ingest", shanghai], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-500:]
    assert "rebuilt from 2 stored documents" in run.stderr
    assert not (home / "chroma.writing").exists()
    assert check_consistent(home) == 3
    run = subprocess.run([sys.executable, "app.py", "ask", "--json", "--doc", "jiangsu", "基本工资是多少"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=600)
    assert '"value": "2827.41"' in run.stdout          # 公开06表 p.11: 30101 基本工资 2,827.41 万元


def test_a_live_writer_on_the_same_home_is_waited_for(tmp_path):
    # Another process writing the index right now is not a torn write: its folder must survive.
    import threading
    from retrieval.embedders import HashEmbedder
    from retrieval.index import VectorIndex
    path = tmp_path / "chroma"
    VectorIndex(HashEmbedder(), path=path)
    writer = subprocess.Popen(["sleep", "30"])
    marker = tmp_path / "chroma.writing"
    marker.write_text(str(writer.pid))
    threading.Timer(1.0, marker.unlink).start()          # the writer finishes its write
    try:
        index = VectorIndex(HashEmbedder(), path=path)
    finally:
        writer.kill()
    assert not index.needs_rebuild and path.exists()


def test_a_torn_folder_is_rebuilt_by_a_process_that_had_it_open(tmp_path):
    # The checker above opens the index in this process after each kill: a torn folder dropped and made anew
    # must get a new client, not this process's cached one (whose SQLite handle points at deleted files).
    from retrieval.chunks import Chunk
    from retrieval.embedders import HashEmbedder
    from retrieval.index import VectorIndex
    path = tmp_path / "chroma"
    first = VectorIndex(HashEmbedder(), path=path)
    first.upsert([Chunk("a", "收入总计", {"doc_id": "d1", "kind": "row", "page": 1})])
    (tmp_path / "chroma.writing").write_text("999999")          # a writer that is gone
    index = VectorIndex(HashEmbedder(), path=path)
    assert index.needs_rebuild
    index.upsert([Chunk("b", "支出总计", {"doc_id": "d2", "kind": "row", "page": 1})])
    index.rebuilt()
    assert index.document_ids() == {"d2"}
