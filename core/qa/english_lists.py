"""English questions that list the lines they ask outside the clause that asks: names listed before ', and what
share …', and lines listed in an aside between dashes."""
from __future__ import annotations

import re

from core.qa.words import HAN, has_subject, subject_of
from core.types import Part

TABLE_NAMED = re.compile(r"表|\b(?:table|form|sheet|schedule)\b", re.I)


def aside_listed(text: str) -> str:
    """'how much goes on housing support - the provident fund and the rent subsidy - and what is the total': the
    lines the aside between dashes lists are each asked (a later 'combined' sums them)."""
    m = re.search(r"\bhow much\b[^-–—?？]*?\s[-–—]+\s+(?:both\s+)?(.+?)\s+[-–—]+\s*(.*)$", text)
    names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if n.strip()] if m else []
    if len(names) < 2 or not all(HAN.search(n) for n in names):
        return text
    rest = m.group(2).strip()
    return text[:m.start()] + ", ".join(f"how much is {n}" for n in names) + (", " + rest if rest else "?")


def named_before(unasked: list[str]) -> list[Part]:
    """English names listed before the clause that asks, joined to it by 'and' ('From the 2019 tables: total 三公
    budget, the official reception part, and what share …'): each printed name is a lookup, read where a
    'tables:' opening says."""
    framing = unasked[0].split(":")[0] + ":" if ":" in unasked[0] else ""
    names = [c.split(":")[-1].strip() for c in unasked]
    if not all(HAN.search(n) and has_subject(n) and not TABLE_NAMED.search(n) for n in names):
        return []
    return [Part(n, "lookup", subject_of(n) or n, context=framing) for n in names]
