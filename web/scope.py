"""The document picker: department, year and kind narrow the stored documents for every tab."""
from __future__ import annotations

from web.vocab import ALL


def choices(engine) -> tuple[list[str], list[str], list[str]]:
    docs = engine.documents()
    depts = sorted({d.department or d.name for d in docs})
    years = sorted({str(d.year) for d in docs if d.year}, reverse=True)
    kinds = sorted({d.kind for d in docs if d.kind})
    return [ALL] + depts, [ALL] + years, [ALL] + kinds


def selected(engine, dept: str | None, year: str | None, kind: str | None) -> list:
    """The stored documents the picker allows (all when nothing is picked)."""
    out = []
    for d in engine.documents():
        if dept not in (None, "", ALL) and (d.department or d.name) != dept:
            continue
        if year not in (None, "", ALL) and str(d.year) != str(year):
            continue
        if kind not in (None, "", ALL) and d.kind != kind:
            continue
        out.append(d)
    return out


def is_all(dept, year, kind) -> bool:
    return all(v in (None, "", ALL) for v in (dept, year, kind))
