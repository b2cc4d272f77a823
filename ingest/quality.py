"""Extraction quality of one stored document: tables typed and with a unit, printed titles, arithmetic
identities that hold (类=Σ款=Σ项, 合计=基本+项目, 合计=人员+公用, 三公, project list), prose numbers read."""
from __future__ import annotations

from core.types import ParsedDocument
from ingest.audit import audit

IDENTITIES = {"A1", "A2", "A3", "A4", "A5", "F3"}


def quality(doc: ParsedDocument) -> dict:
    data = [t for t in doc.tables if t.kind not in ("catalogue", "performance")]
    checks = [f for f in audit(doc) if f.rule in IDENTITIES]
    held = [f for f in checks if f.severity in ("ok", "rounding")]
    broken = [f for f in checks if f.severity == "error"]
    return {"document": doc.document.name, "tables": len(data),
            "typed": sum(t.kind != "generic" for t in data),
            "with_unit": sum(bool(t.unit) for t in data),
            "titled": sum(t.title != "未命名表格" for t in data),
            "identities": len(checks), "identities_hold": len(held),
            "broken": [f"{f.rule} {f.what}: {f.expected} vs {f.found} {f.unit}" for f in broken][:10],
            "prose_numbers": len(doc.stated), "facts": len(doc.facts)}


def lines(rows: list[dict]) -> list[str]:
    out = [f"{'document':52} {'tables':>6} {'typed':>6} {'unit':>5} {'titled':>6} {'identities':>11} {'prose#':>6}"]
    for q in rows:
        ident = f"{q['identities_hold']}/{q['identities']}" if q["identities"] else "—"
        out.append(f"{q['document'][:52]:52} {q['tables']:6} {q['typed']:6} {q['with_unit']:5} {q['titled']:6} "
                   f"{ident:>11} {q['prose_numbers']:6}")
    total = {k: sum(q[k] for q in rows) for k in ("tables", "typed", "with_unit", "titled", "identities",
                                                  "identities_hold", "prose_numbers")}
    out.append(f"{'ALL':52} {total['tables']:6} {total['typed']:6} {total['with_unit']:5} {total['titled']:6} "
               f"{total['identities_hold']:>5}/{total['identities']:<5} {total['prose_numbers']:6}")
    return out
