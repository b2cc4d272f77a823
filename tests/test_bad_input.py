"""Bad files get one clear line and a non-zero exit; the stores are left exactly as before."""
import os
import subprocess
import sys

import pytest
from decimal import Decimal
from PIL import Image

from conftest import REAL, ROOT, SAMPLE, make_settings


@pytest.fixture()
def fresh(tmp_path):
    from core.engine import Engine
    return Engine(make_settings(tmp_path / "home", max_file_mb=1))


def bad_files(tmp_path):
    real = sorted(REAL.glob("*.pdf"))[0].read_bytes()
    files = {
        "empty.txt": b"",
        "random.pdf": os.urandom(4096),
        "truncated.pdf": real[:3000],
        "notes.docx": b"PK\x03\x04 not supported",
        "binary.txt": b"\x00\x01\x02" * 100,
        "huge.txt": b"a" * (2 * 1024 * 1024),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    Image.new("RGB", (200, 200), "white").save(tmp_path / "scanned.pdf")      # image-only PDF
    return [tmp_path / n for n in list(files) + ["scanned.pdf"]]


def test_each_bad_file_is_refused_and_store_unchanged(fresh, tmp_path):
    for path in bad_files(tmp_path):
        result = fresh.ingest_file(path)
        assert result.status == "error", path.name
        assert result.message.startswith(path.name + ":"), result.message
        assert "\n" not in result.message
    assert fresh.documents() == [] and fresh.index.document_ids() == set()


def test_cli_exit_code_and_good_files_still_ingest(tmp_path):
    bad = tmp_path / "random.pdf"
    bad.write_bytes(os.urandom(2048))
    env = dict(os.environ, BUDGETQA_HOME=str(tmp_path / "home"), BUDGETQA_EMBEDDER="hash")
    run = subprocess.run([sys.executable, "app.py", "ingest", str(bad), str(SAMPLE)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert "error: random.pdf: " in run.stderr, run.stderr
    docs = subprocess.run([sys.executable, "app.py", "docs"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert "xingxian_natural_resources_2025.txt" in docs.stdout and "random.pdf" not in docs.stdout


def test_failed_relational_write_leaves_no_chunks(fresh, monkeypatch):
    def boom(parsed):
        raise RuntimeError("disk full")
    monkeypatch.setattr(fresh.store, "save", boom)
    with pytest.raises(RuntimeError):
        fresh.ingest_file(SAMPLE)
    assert fresh.index.document_ids() == set()


def test_ask_about_an_unknown_document_is_one_sentence(tmp_path):
    env = dict(os.environ, BUDGETQA_HOME=str(tmp_path / "home"), BUDGETQA_EMBEDDER="hash")
    run = subprocess.run([sys.executable, "app.py", "ask", "--doc", "nosuchdoc", "住房公积金是多少"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert run.stderr.strip() == "error: no stored document matches 'nosuchdoc'; see `app.py docs`"


def encrypted_copy(src, user_password: str) -> bytes:
    import io
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf_is_refused(fresh, tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_copy(REAL / "shanghai_finance_bureau_2025_unit_budget.pdf", "secret"))
    result = fresh.ingest_file(path)
    assert result.status == "error"
    assert result.message.startswith("locked.pdf: the PDF is encrypted with a password"), result.message
    assert fresh.documents() == [] and fresh.index.document_ids() == set()


def test_pdf_with_only_an_owner_password_still_ingests(tmp_path):
    # Many published disclosures forbid copying with an owner password but open without one.
    from core.engine import Engine
    engine = Engine(make_settings(tmp_path / "home"))
    path = tmp_path / "restricted.pdf"
    path.write_bytes(encrypted_copy(REAL / "shanghai_finance_bureau_2025_unit_budget.pdf", ""))
    assert engine.ingest_file(path).status == "stored"
    d = engine.find_document("restricted")
    three = next(t for t in d.tables if "三公" in t.title)        # values read from p.20 of the PDF
    assert three.unit == "万元" and three.page == 20
    assert [f for f in d.facts if f.table_id == three.id and f.value == Decimal("346.30")]


def test_queue_commands_need_postgres_and_existing_paths(tmp_path):
    env = dict(os.environ, BUDGETQA_HOME=str(tmp_path / "home"), BUDGETQA_EMBEDDER="hash")
    env.pop("BUDGETQA_DATABASE_URL", None)
    def run(*args, **extra):
        return subprocess.run([sys.executable, "app.py", *args], cwd=ROOT, env=dict(env, **extra),
                              capture_output=True, text=True, timeout=300)
    for args in (["enqueue", str(SAMPLE)], ["worker"], ["jobs"]):
        r = run(*args)
        assert r.returncode == 2 and r.stdout == ""
        assert r.stderr.strip() == "error: the job queue needs PostgreSQL, but BUDGETQA_DATABASE_URL is sqlite " \
                                   "(set it to postgresql+psycopg://user@host/db)", r.stderr
    pg = dict(BUDGETQA_DATABASE_URL="postgresql+psycopg://budgetqa:secret@127.0.0.1:1/budgetqa")
    r = run("enqueue", str(tmp_path / "missing.pdf"), **pg)
    assert r.returncode == 2 and r.stderr.strip() == f"error: {tmp_path / 'missing.pdf'}: no such file or folder"
    r = run("jobs", **pg)
    assert r.returncode == 2 and r.stderr.strip() == "error: cannot reach PostgreSQL at " \
        "postgresql+psycopg://budgetqa:***@127.0.0.1:1/budgetqa; is the server running?", r.stderr
