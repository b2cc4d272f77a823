"""Shared data types. Ids derive from content so re-ingesting never duplicates."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any


def content_id(*parts: Any, length: int = 16) -> str:
    """Stable id from the given parts (joined with a separator, hashed with sha1)."""
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


@dataclass
class Citation:
    """Where something was printed: document, table title or section, page and row labels."""
    document: str
    table: str | None = None
    section: str | None = None
    page: int | None = None
    rows: list[str] = field(default_factory=list)
    line_start: int | None = None
    line_end: int | None = None
    table_id: str | None = None

    def to_json(self) -> dict:
        return {"document": self.document, "table": self.table, "section": self.section,
                "page": self.page, "rows": list(self.rows)}

    def key(self) -> tuple:
        return (self.document, self.table, self.section, self.page, tuple(self.rows))


@dataclass
class Table:
    """One printed table: title, unit, pages, flattened column names and body rows (cells as text)."""
    doc_id: str
    seq: int
    title: str
    kind: str
    unit: str | None
    page: int | None
    page_end: int | None
    columns: list[str]
    rows: list[list[str]]
    line_start: int | None = None
    line_end: int | None = None
    number: str | None = None          # printed number such as 表十二 / 公开01表
    row_pages: list[int | None] = field(default_factory=list)
    row_boxes: list[list[float] | None] = field(default_factory=list)  # PDF bbox per row (x0, top, x1, bottom)
    empty_note: str | None = None      # 本表无数据 / 空表

    @property
    def id(self) -> str:
        return content_id(self.doc_id, "table", self.seq, self.title)

    @property
    def display_title(self) -> str:
        return f"{self.number} {self.title}".strip() if self.number else self.title


@dataclass
class Fact:
    """One numeric cell of a table: row label (and code), column, exact value with unit."""
    doc_id: str
    table_id: str
    table_kind: str
    row_index: int
    code: str | None
    label: str
    column: str
    value: Decimal
    unit: str
    page: int | None
    col_index: int = 0

    @property
    def id(self) -> str:
        return content_id(self.table_id, self.row_index, self.col_index, self.label)


@dataclass
class Passage:
    """A text unit: paragraph, glossary term, catalogue group or performance table summary."""
    doc_id: str
    kind: str          # paragraph | glossary | catalogue | performance
    section: str | None
    title: str | None
    text: str
    page: int | None
    seq: int
    meta: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return content_id(self.doc_id, self.kind, self.seq, self.text[:200])

    def page_of(self, sentence: str) -> int | None:
        """The page a sentence of this passage is printed on (a paragraph may run over a page break)."""
        return self.page_at(self.text.find(sentence.strip()[:12]))

    def page_at(self, at: int) -> int | None:
        """The page the character at offset `at` of this passage is printed on."""
        page = self.page
        for break_page, opening in self.meta.get("breaks", []):
            i = self.text.find(opening)
            if 0 <= i <= at:
                page = break_page
        return page


@dataclass
class StatedFact:
    """A number stated in the prose, kept to be checked against the tables."""
    doc_id: str
    passage_id: str
    value: Decimal
    unit: str
    context: str       # the words just before the number (what it describes)
    sentence: str
    page: int | None


@dataclass
class CatalogueEntry:
    """One row of the purchase-of-services catalogue (政府购买服务指导性目录)."""
    doc_id: str
    department: str
    code: str
    level: int
    name: str
    page: int | None
    line: int | None
    parent_codes: list[str] = field(default_factory=list)


@dataclass
class PerformanceTarget:
    """One per-project 项目支出绩效目标表: funding (元), descriptions and indicator rows."""
    doc_id: str
    project: str
    printed_name: str
    total_funding: Decimal | None
    annual_funding: Decimal | None
    unit: str
    fields: dict[str, str]
    indicators: list[dict[str, str]]
    page: int | None
    line_start: int | None
    line_end: int | None


@dataclass
class Document:
    """A stored disclosure and its metadata."""
    id: str
    name: str
    path: str
    source_type: str            # pdf | txt
    department: str | None
    year: int | None
    kind: str | None            # 预算 | 决算 | None (not a budget disclosure)
    level: str | None           # 部门 | 单位
    region: str | None
    pages: int | None
    is_budget: bool = True
    warnings: list[str] = field(default_factory=list)

    def label(self) -> str:
        bits = [self.department or self.name, f"{self.year}" if self.year else "", self.kind or ""]
        return " ".join(b for b in bits if b)


@dataclass
class ParsedDocument:
    """Everything ingest extracts from one file before it is stored."""
    document: Document
    tables: list[Table]
    facts: list[Fact]
    passages: list[Passage]
    stated: list[StatedFact]
    catalogue: list[CatalogueEntry]
    performance: list[PerformanceTarget]


@dataclass
class AnswerFact:
    label: str
    value: Decimal
    unit: str
    formula: str | None
    citations: list[int]
    quoted: bool = False    # stated in a quoted sentence beside what was asked, not itself the answer

    def to_json(self) -> dict:
        return {"label": self.label, "value": format_decimal(self.value), "unit": self.unit,
                "formula": self.formula, "citations": self.citations, "quoted": self.quoted}


@dataclass
class AnswerItem:
    code: str | None
    name: str
    value: Decimal | None
    unit: str | None
    citations: list[int]

    def to_json(self) -> dict:
        return {"code": self.code, "name": self.name,
                "value": None if self.value is None else format_decimal(self.value),
                "unit": self.unit, "citations": self.citations}


@dataclass
class Answer:
    """What the engine returns for a question; `to_json` gives the documented JSON shape."""
    question: str
    language: str
    kind: str           # number | list | definition | text | not_found
    answer: str
    facts: list[AnswerFact] = field(default_factory=list)
    items: list[AnswerItem] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    document: str | None = None
    plan: dict | None = None    # how the question was read: scope and parts (core/qa/plan.py)

    def cite(self, citation: Citation) -> int:
        """Add a citation (deduplicated) and return its index."""
        for i, c in enumerate(self.citations):
            if c.key() == citation.key():
                return i
        self.citations.append(citation)
        return len(self.citations) - 1

    def to_json(self) -> dict:
        return {"question": self.question, "language": self.language, "kind": self.kind,
                "answer": self.answer, "facts": [f.to_json() for f in self.facts],
                "items": [i.to_json() for i in self.items],
                "citations": [c.to_json() for c in self.citations], "plan": self.plan}


def format_decimal(value: Decimal) -> str:
    """Plain decimal string without exponent, e.g. Decimal('1E+2') -> '100'."""
    text = format(value, "f")
    return text


def to_plain(obj: Any) -> Any:
    """Dataclass/Decimal structure -> JSON-ready structure."""
    if hasattr(obj, "__dataclass_fields__"):
        return to_plain(asdict(obj))
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_plain(v) for v in obj]
    if isinstance(obj, Decimal):
        return format_decimal(obj)
    return obj


@dataclass
class Part:
    text: str                  # the words this part asks, with inherited subject where it had none
    op: str                    # one of OPS (lookup covers every single-measure route)
    subject: str               # what is asked about
    operands: list[str] = field(default_factory=list)   # for sum/difference: the two subjects
    narrows: bool = False      # '其中Y': Y within the previous part's subject
    context: str = ""          # words before a list ('2019年三公经费：'), used when the item alone is not enough


@dataclass
class Plan:
    question: str
    language: str
    text: str                  # the question with English terms mapped to Chinese
    parts: list[Part]
    scope: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"language": self.language, "scope": self.scope, "parts": [asdict(p) for p in self.parts]}
