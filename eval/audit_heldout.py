"""Injected errors written by someone who read only the documents (eval/audit_heldout/*.json), run against the
audit: a case is found when the edited document raises a warning or error the clean one does not.

    .venv/bin/python -m eval.audit_heldout [FILE ...]
"""
from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

from eval.mutations import apply
from ingest.audit import audit, problems
from ingest.parse import parse_file

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "real"


def run(files: list[Path]) -> dict:
    parsed, rows = {}, []
    for path in files:
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            name = case["document"]
            if name not in parsed:
                src = REAL / name
                doc = parse_file(src, src.read_bytes())
                parsed[name] = (doc, {(f.rule, f.what) for f in problems(audit(doc))})
            doc, clean = parsed[name]
            edited = copy.deepcopy(doc)
            try:
                apply(edited, case["edit"])
            except StopIteration:
                rows.append({**case, "found": False, "note": "the edit's text or cell is not in the parsed document"})
                continue
            new = [f for f in problems(audit(edited)) if (f.rule, f.what) not in clean]
            rows.append({**case, "found": bool(new), "rules": sorted({f.rule for f in new}),
                         "findings": [f"{f.rule} [{f.severity}] {f.what}" for f in new][:4]})
    return {"cases": len(rows), "found": sum(r["found"] for r in rows), "rows": rows}


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((ROOT / "eval" / "audit_heldout").glob("*.json"))
    result = run(files)
    for r in result["rows"]:
        mark = "found " if r["found"] else "MISSED"
        print(f"{mark} {r['id']} ({r['family']}): {r['edit']}")
        for line in r.get("findings", []) or [r.get("note", "")]:
            print(f"         {line[:160]}")
    print(f"{result['found']}/{result['cases']} injected errors found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
