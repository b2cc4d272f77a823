"""The JSON API (/api/...) on the shared engine, in process: answers, documents, audit, limits and status codes."""
import pytest
from fastapi.testclient import TestClient

from web.api import api_app


@pytest.fixture(scope="module")
def client(engine):
    return TestClient(api_app(engine))


def test_ask_get_and_post_return_the_cli_object(client):
    got = client.get("/api/ask", params={"q": "超层越界检查测绘的预算一共是多少？"})
    assert got.status_code == 200
    body = got.json()
    assert body["kind"] == "number" and body["facts"][0]["value"] == "173.43" and body["plan"]["parts"]
    posted = client.post("/api/ask", json={"question": "上海市财政局行政运行预算多少", "document": "shanghai_finance"})
    assert posted.status_code == 200 and any(f["value"] == "84861719" for f in posted.json()["facts"])


def test_limits_and_status_codes(client):
    assert client.get("/api/ask", params={"q": "x" * 501}).status_code == 422
    assert client.post("/api/ask", json={"question": "   "}).status_code == 422
    assert client.post("/api/ask", json={}).status_code == 422
    assert client.get("/api/ask", params={"q": "行政运行多少", "doc": "no-such-document"}).status_code == 404
    assert client.get("/api/audit/no-such-document").status_code == 404


def test_documents_audit_and_openapi(client):
    docs = client.get("/api/documents").json()
    assert {"jiangsu_high_court_2019_dept_budget.pdf", "xingxian_natural_resources_2025.txt"} <= {d["name"] for d in docs}
    audit = client.get("/api/audit/putuo_wanli_subdistrict_2024").json()
    findings = audit["putuo_wanli_subdistrict_2024_dept_budget.pdf"]
    assert any(f["rule"] == "S3" and f["severity"] == "error" for f in findings)
    spec = client.get("/api/openapi.json").json()
    assert {"/api/ask", "/api/documents", "/api/audit/{doc}"} <= set(spec["paths"])
