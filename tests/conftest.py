"""Test setup: no network beyond loopback; a shared engine over the sample and the real PDFs."""
from __future__ import annotations

import socket
import sys
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


def make_settings(home: Path, **overrides):
    from core.settings import Settings
    values = dict(home=home, database_url=f"sqlite:///{home / 'db.sqlite'}", chroma_url=None, embedder="hash",
                  llm="none", llm_base_url=None)
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
