"""Audit of one disclosure, by rule family: structure, consistency, arithmetic within a table, the same figure
across tables, prose against the table it explains, performance targets. Every finding names its rule
(ingest/audit/rules.json), both values and both places."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from core.numbers import convert
from core.types import Citation, Fact, ParsedDocument, Table

DATA = json.loads(Path(__file__).with_name("rules.json").read_text("utf-8"))
RULES: dict[str, dict] = DATA["rules"]
FAMILIES = ("structure", "consistency", "arithmetic", "across", "prose", "performance")
MONEY = ("元", "万元", "亿元")


@dataclass
class Finding:
    rule: str
    what: str
    severity: str                  # ok | rounding | warning | error
    citations: list[Citation]
    expected: Decimal | None = None
    found: Decimal | None = None
    unit: str = ""

    @property
    def family(self) -> str:
        return RULES[self.rule]["family"]

    def to_json(self) -> dict:
        return {"rule": self.rule, "family": self.family, "severity": self.severity, "what": self.what,
                "description": {"zh": RULES[self.rule]["zh"], "en": RULES[self.rule]["en"]},
                "expected": None if self.expected is None else str(self.expected),
                "found": None if self.found is None else str(self.found), "unit": self.unit,
                "citations": [c.to_json() for c in self.citations]}


def step(*values: Decimal) -> Decimal:
    """The printed precision of the values (0.01 for '12.34', 1 for '1234')."""
    exps = [v.as_tuple().exponent for v in values if isinstance(v.as_tuple().exponent, int)]
    return Decimal(1).scaleb(min(exps + [0]))


class Context:
    """One document prepared for the rules: tables by id, facts by table and row, sections of passages."""

    def __init__(self, doc: ParsedDocument):
        self.doc = doc
        self.name = doc.document.name
        self.tables = {t.id: t for t in doc.tables}
        self.facts: dict[str, list[Fact]] = defaultdict(list)
        for f in doc.facts:
            self.facts[f.table_id].append(f)
        self.passages = {p.id: p for p in doc.passages}

    def data_tables(self) -> list[Table]:
        return [t for t in self.doc.tables if t.kind not in ("catalogue", "performance", "contents", "unit_list", "other")]

    def rows(self, table: Table) -> dict[int, dict[str, Fact]]:
        out: dict[int, dict[str, Fact]] = defaultdict(dict)
        for f in self.facts[table.id]:
            out[f.row_index].setdefault(f.column, f)
        return out

    def cite(self, table: Table, rows: list[int]) -> Citation:
        labels = [next((c for c in table.rows[i] if c and not re.fullmatch(r"[\d,.\-]+", c)), "")
                  for i in rows if 0 <= i < len(table.rows)]
        pages = [table.row_pages[i] for i in rows if 0 <= i < len(table.row_pages) and table.row_pages[i]]
        return Citation(document=self.name, table=table.display_title, page=pages[0] if pages else table.page,
                        rows=[l for l in labels if l], table_id=table.id)

    def cite_fact(self, fact: Fact) -> Citation:
        return self.cite(self.tables[fact.table_id], [fact.row_index])

    def cite_text(self, section: str | None, page: int | None, text: str) -> Citation:
        return Citation(document=self.name, section=section or "说明", page=page, rows=[text[:80]])

    def compare(self, rule: str, what: str, expected: Decimal, found: Decimal, unit: str,
                citations: list[Citation], terms: int = 1) -> Finding:
        """A numeric check: ok when equal, rounding within 0.01 of the printed unit per summed row."""
        diff = abs(expected - found)
        if diff == 0:
            severity = "ok"
        elif diff <= step(expected, found) * max(terms, 1):
            severity = "rounding"
        else:
            severity = RULES[rule]["severity"]
        return Finding(rule, what, severity, citations, expected, found, unit)

    def fail(self, rule: str, what: str, citations: list[Citation], expected=None, found=None, unit="") -> Finding:
        return Finding(rule, what, RULES[rule]["severity"], citations, expected, found, unit)


def same_unit(value: Decimal, unit: str, fact: Fact) -> Decimal:
    return convert(value, unit, fact.unit) if unit in MONEY and fact.unit in MONEY else value


def audit(doc: ParsedDocument) -> list[Finding]:
    """Every rule on one document; passed numeric checks are included with severity 'ok'."""
    from ingest.audit import across, arithmetic, consistency, performance, prose, structure
    ctx = Context(doc)
    findings: list[Finding] = []
    for family in (structure, consistency, arithmetic, across, prose, performance):
        findings += family.check(ctx)
    return findings


def problems(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity in ("error", "warning")]


def report_lines(name: str, findings: list[Finding], show_passed: bool = False) -> list[str]:
    """The audit as text, grouped by family: rule id, severity, what, both values, both places."""
    count = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "rounding", "ok")}
    out = [f"{name}: {len(findings)} checks — {count['error']} errors, {count['warning']} warnings, "
           f"{count['rounding']} rounding, {count['ok']} passed"]
    for family in FAMILIES:
        shown = [f for f in findings if f.family == family and (show_passed or f.severity != "ok")]
        if not shown:
            continue
        out.append(f"  {family}")
        for f in shown:
            values = f": {f.expected} vs {f.found} {f.unit}" if f.expected is not None else ""
            cites = "; ".join(f"{c.table or c.section} p.{c.page}" for c in f.citations)
            out.append(f"    {f.rule} [{f.severity}] {f.what}{values}" + (f" ({cites})" if cites else ""))
    return out
