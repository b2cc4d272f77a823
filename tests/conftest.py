"""Test setup: no network beyond loopback; a shared engine over the sample and the real PDFs."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "corpus"
REAL = SHARED / "real"
SAMPLE = ROOT / "data" / "samples" / "xingxian_natural_resources_2025.txt"

_real_connect = socket.socket.connect


def _guarded_connect(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")) \
            and self.family in (socket.AF_INET, socket.AF_INET6):
        raise RuntimeError(f"tests must not touch the network ({host})")
    return _real_connect(self, address)


socket.socket.connect = _guarded_connect


FIGURES: list[str] = []


def report(line: str) -> None:
    """A figure to print at the end of the run (fuzz inputs, kills survived, requests served, p95 …)."""
    FIGURES.append(line)
    print(line)


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


def make_settings(home: Path, **overrides):
    from core.settings import Settings
    values = dict(home=home, database_url=f"sqlite:///{home / 'db.sqlite'}", chroma_url=None, embedder="hash",
                  llm="none", llm_base_url=None, isolate_parsing=False)
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session")
def engine(tmp_path_factory):
    """One engine with the sample and every real PDF stored (hash embedder keeps it fast)."""
    from core.engine import Engine
    home = tmp_path_factory.mktemp("home")
    e = Engine(make_settings(home))
    results = e.ingest([SAMPLE] + sorted(REAL.glob("*.pdf")))
    assert all(r.status == "stored" for r in results), [r.message for r in results]
    return e


@pytest.fixture(scope="session")
def sample(engine):
    return engine.find_document("xingxian")


def doc(engine, name):
    return engine.find_document(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def web_server(tmp_path_factory):
    """`python app.py` on a free loopback port with an empty store (it ingests the sample itself)."""
    import os
    import subprocess
    import time
    port = free_port()
    home = tmp_path_factory.mktemp("webhome")
    env = dict(os.environ, BUDGETQA_HOME=str(home), BUDGETQA_EMBEDDER="hash", GRADIO_ANALYTICS_ENABLED="False")
    log = open(home / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 240
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError((home / "server.log").read_text())
            time.sleep(1)
    time.sleep(1)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


# PostgreSQL and a Chroma server on loopback (test_shared_server.py, test_jobs.py)
PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
CHROMA = ROOT / ".venv" / "bin" / "chroma"


def wait_port(port, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"nothing listens on {port}")


@pytest.fixture()
def postgres():
    if not PG_BIN or os.geteuid() != 0:
        pytest.skip("PostgreSQL server binaries (Debian postgresql) and root are needed; scripts/test.sh installs them")
    bin_dir = PG_BIN[-1]
    base = tempfile.mkdtemp(prefix="bqa-pg-")
    os.chmod(base, 0o755)
    user = pwd.getpwnam("postgres")
    os.chown(base, user.pw_uid, user.pw_gid)
    port = free_port()
    as_pg = ["runuser", "-u", "postgres", "--"]
    subprocess.run(as_pg + [f"{bin_dir}/initdb", "-D", f"{base}/data", "-A", "trust", "-U", "postgres"],
                   check=True, capture_output=True)
    subprocess.run(as_pg + [f"{bin_dir}/pg_ctl", "-D", f"{base}/data", "-l", f"{base}/log", "-w", "-o",
                            f"-p {port} -k {base} -c listen_addresses=127.0.0.1", "start"], check=True, capture_output=True)
    import psycopg
    with psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres", autocommit=True) as conn:
        conn.execute("CREATE DATABASE budgetqa")
    yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/budgetqa"
    subprocess.run(as_pg + [f"{bin_dir}/pg_ctl", "-D", f"{base}/data", "-m", "immediate", "stop"], capture_output=True)
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture()
def chroma_server(tmp_path):
    port = free_port()
    env = dict(os.environ, ANONYMIZED_TELEMETRY="False")
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=30)
