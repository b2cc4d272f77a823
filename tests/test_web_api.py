"""The /ask endpoint through gradio_client, against the app started on loopback."""
import os
import socket
import subprocess
import sys
import time

from conftest import ROOT


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_ask_api(tmp_path):
    port = free_port()
    env = dict(os.environ, BUDGETQA_HOME=str(tmp_path / "home"), BUDGETQA_EMBEDDER="hash", GRADIO_ANALYTICS_ENABLED="False")
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        from gradio_client import Client
        deadline = time.time() + 180
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(1)
        time.sleep(2)
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        result = client.predict("how much is budgeted for overlap and cross-boundary mining surveys?", "",
                                api_name="/ask")
        assert result["kind"] == "number" and result["facts"][0]["value"] == "173.43"
        assert result["citations"][0]["page"] == 17
    finally:
        proc.terminate()
        proc.wait(timeout=30)
