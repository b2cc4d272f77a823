"""CI gate: the eval on the sample and every real PDF must reach 95% answer and citation accuracy,
full extraction accuracy on the hand-checked cells, and state no number for an unanswerable question."""
import json
import os
import subprocess
import sys

from conftest import ROOT


def test_eval_gate(tmp_path):
    env = dict(os.environ, BUDGETQA_HOME=str(tmp_path / "home"), BUDGETQA_EMBEDDER="hash")
    run = subprocess.run([sys.executable, "app.py", "eval", "--report", str(tmp_path / "report")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=900)
    print(run.stdout[-6000:])
    report = json.loads((tmp_path / "report" / "report.json").read_text(encoding="utf-8"))
    overall = report["overall"]
    assert overall["questions"] >= 80 + 4 * 15
    assert all(report["sets"][s]["questions"] >= 15 for s in report["sets"])
    assert overall["answer_accuracy"] >= 0.95 and overall["citation_accuracy"] >= 0.95
    assert overall["hallucinations"] == 0
    assert (tmp_path / "report" / "accuracy.png").stat().st_size > 1000
    assert run.returncode == 0, run.stderr[-2000:]
