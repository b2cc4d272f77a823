"""Scale-out on loopback: the Chroma index served by `chroma run` (HTTP client) and the relational store
in PostgreSQL, selected by environment; two app processes sharing them answer the same."""
import json
import os
import subprocess
import sys
import time

from conftest import REAL, ROOT, SAMPLE, free_port, report, wait_port

def test_two_processes_share_postgres_and_chroma_server(tmp_path, postgres, chroma_server):
    def env(name):
        return dict(os.environ, BUDGETQA_HOME=str(tmp_path / name), BUDGETQA_EMBEDDER="hash",
                    BUDGETQA_DATABASE_URL=postgres, BUDGETQA_CHROMA_URL=chroma_server)
    pdf = str(REAL / "shanghai_finance_bureau_2025_unit_budget.pdf")
    subprocess.run([sys.executable, "app.py", "ingest", str(SAMPLE)], cwd=ROOT, env=env("a"), check=True,
                   capture_output=True, timeout=600)
    subprocess.run([sys.executable, "app.py", "ingest", pdf], cwd=ROOT, env=env("b"), check=True,
                   capture_output=True, timeout=600)
    questions = ["how much is budgeted for overlap and cross-boundary mining surveys?", "上海市财政局行政运行预算多少",
                 "住房公积金是多少"]
    answers = []
    for name in ("a", "b"):
        run = subprocess.run([sys.executable, "app.py", "ask", "--json", *questions], cwd=ROOT, env=env(name),
                             check=True, capture_output=True, text=True, timeout=600)
        answers.append([json.loads(line) for line in run.stdout.splitlines()])
    assert answers[0] == answers[1]
    assert answers[0][0]["facts"][0]["value"] == "173.43"
    assert answers[0][1]["facts"][0]["value"] == "84861719"
    docs = subprocess.run([sys.executable, "app.py", "docs"], cwd=ROOT, env=env("a"), check=True,
                          capture_output=True, text=True).stdout
    assert "shanghai_finance_bureau_2025_unit_budget.pdf" in docs and "xingxian" in docs
    report(f"shared: 2 processes on PostgreSQL + a Chroma server gave identical answers to {len(questions)} questions")


def test_running_server_sees_documents_another_process_stores(tmp_path, postgres, chroma_server):
    from gradio_client import Client
    def env(name):
        return dict(os.environ, BUDGETQA_HOME=str(tmp_path / name), BUDGETQA_EMBEDDER="hash",
                    BUDGETQA_DATABASE_URL=postgres, BUDGETQA_CHROMA_URL=chroma_server, GRADIO_ANALYTICS_ENABLED="False")
    port = free_port()
    log = open(tmp_path / "server.log", "w")
    server = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], cwd=ROOT, env=env("a"),
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_port(port, 240)
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        before = client.predict("上海市财政局行政运行预算多少", "", api_name="/ask")
        assert not any(f["value"] == "84861719" for f in before["facts"])
        pdf = str(REAL / "shanghai_finance_bureau_2025_unit_budget.pdf")
        subprocess.run([sys.executable, "app.py", "ingest", pdf], cwd=ROOT, env=env("b"), check=True,
                       capture_output=True, timeout=600)
        time.sleep(2.5)                                   # the server looks for new documents every 2 s
        after = client.predict("上海市财政局行政运行预算多少", "", api_name="/ask")
        assert any(f["value"] == "84861719" for f in after["facts"]), after   # p.10: 201 06 01 行政运行
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    report("shared: a running server answered about a document another process stored, without a restart")
