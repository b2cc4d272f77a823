"""The JSON HTTP API for machines, beside the Gradio page in the same process and on the same engine. Plain
FastAPI routes: they run in the server's thread pool, never behind the chat's queue. OpenAPI at /api/openapi.json,
browsable at /api/docs."""
from __future__ import annotations

from dataclasses import asdict

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

from web.vocab import MAX_QUESTION


class AskRequest(BaseModel):
    question: str = Field(..., min_length=1, max_length=MAX_QUESTION, description="in Chinese or English")
    document: str | None = Field(None, max_length=200, description="document id, file name or department; "
                                                                 "empty: every stored document")


def api_app(engine) -> FastAPI:
    app = FastAPI(title="BudgetQA API", version="1", docs_url="/api/docs", redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Answers over stored budget disclosures; every number is a stored fact with its "
                              "citation. The answer object is the one `app.py ask --json` prints.")

    def answer(question: str, document: str | None) -> dict:
        question = question.strip()
        if not question:
            raise HTTPException(422, "the question is empty")
        if document and engine.find_document(document) is None:
            raise HTTPException(404, f"no stored document matches {document!r}; see /api/documents")
        return engine.ask(question, document or None).to_json()

    @app.get("/api/ask", summary="Answer a question (query string)")
    def ask_get(q: str = Query(..., min_length=1, max_length=MAX_QUESTION, description="the question"),
                doc: str | None = Query(None, max_length=200, description="document id, file name or department")):
        return answer(q, doc)

    @app.post("/api/ask", summary="Answer a question (JSON body)")
    def ask_post(body: AskRequest):
        return answer(body.question, body.document)

    @app.get("/api/documents", summary="Stored documents and their metadata")
    def documents():
        return [asdict(d) for d in engine.documents()]

    @app.get("/api/audit/{doc}", summary="Audit findings of one document, by rule")
    def audit(doc: str):
        try:
            report = engine.audit(doc)
        except KeyError:
            raise HTTPException(404, f"no stored document matches {doc!r}; see /api/documents") from None
        return {name: [f.to_json() for f in findings] for name, findings in report.items()}

    @app.get("/api/health", summary="Liveness: the number of stored documents")
    def health():
        return {"status": "ok", "documents": len(engine.documents())}

    return app
