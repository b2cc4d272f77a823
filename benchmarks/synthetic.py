"""Synthetic budget disclosures for the scale benchmark, made from the real stored ones.

    .venv/bin/python benchmarks/synthetic.py --source sqlite:////tmp/evU/budgetqa.sqlite \
        --target postgresql+psycopg://postgres@127.0.0.1:PORT/budgetqa --n 1000 [--seed 7] [--vectors HOME]

Synthetic document i takes real document i mod 20 as its template and changes, consistently everywhere
(department, document name, table titles, columns and cells, fact labels, passages, stated sentences,
catalogue, performance targets):
- the region: a generated place name (青阳省, 安平市云河区 …) replaces each part of the template's region
  (江苏省 → 青阳省, 上海市普陀区 → 安平市云河区, also the bare stems 江苏/上海/普陀), so 江苏省高级人民法院
  becomes 青阳省高级人民法院; four consecutive documents share a region;
- the year: Y → Y' (2015–2026), and every year near it (Y-5 … Y+2) by the same shift;
- the amounts: every money value times one integer k per document (2, 3, 5 or 7): facts, the table cells of
  money columns (printed the same way: thousands separators and decimals kept), stated facts, numbers followed
  by 元/万元/亿元 in the prose and performance funding. Percentages, counts, codes and years stay. An integer
  factor keeps every printed total equal to the sum of its parts.
Ids derive from the new content, so documents are distinct. Document i is the same for the same seed whatever
n is, and documents already stored are skipped: a larger n or an interrupted run only writes the difference.

Rows are written straight into the store's tables, many documents per transaction (Store.save writes one).
No Chroma vectors are written for synthetic documents unless --vectors HOME is given (hash embedder, into
HOME/chroma): the benchmark answers them from the relational store and the lexical index; vectors at 10,000
documents would take long and are not what it measures.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from core import store as S  # noqa: E402
from core.types import ParsedDocument, Passage, content_id  # noqa: E402

MONEY = ("元", "万元", "亿元")
FACTORS = (2, 3, 5, 7)
YEARS = range(2015, 2027)
PER_REGION = 4          # consecutive synthetic documents sharing one region
# place-name syllables; none of them is in a real region (江苏 上海 普陀 兴) or in NOT_STORED of scale.py
FIRST = "东西南北青白云临安平长永宁丰新清嘉明德泰昌华康乐宜和福定武庆通启光瑞盛顺秀阳金玉龙凤"
SECOND = "山河阳江城宁川原州林岭溪湖泉峰陵桥坪源谷田丘岗沙浦塘洲屿口门关堡台坡湾渡岩"
NUMBER = re.compile(r"^-?[\d,]+(?:\.\d+)?$")
ANY_DIGIT = re.compile(r"\d")
PLAIN: dict[tuple, dict[str, bool]] = {}   # template region names -> {string: holds nothing to rewrite}


def place_stem(index: int) -> str:
    """A distinct two- or three-character stem per index: 东山, 西山 … then 东山东 …"""
    a, rest = index % len(FIRST), index // len(FIRST)
    b, extra = rest % len(SECOND), rest // len(SECOND)
    return FIRST[a] + SECOND[b] + (FIRST[(extra - 1) % len(FIRST)] if extra else "")


def region_parts(region: str | None) -> list[str]:
    """江苏省 -> [江苏省]; 中共上海市普陀区 -> [上海市, 普陀区]; 兴县 -> [兴县]."""
    region = (region or "").removeprefix("中共")
    return re.findall(r".{1,3}?(?:省|市|区|县)", region)


def scale_number(text: str, k: int) -> str:
    """'1,234.50' x 3 -> '3,703.50': the same printing (separators, decimals), k times the value."""
    value = Decimal(text.replace(",", "")) * k
    return format(value, ",") if "," in text else format(value, "f")


class Rewrite:
    """The text changes of one synthetic document: region names, years and money amounts."""

    def __init__(self, region_map: dict[str, str], year: int | None, new_year: int | None, k: int):
        self.region_map, self.k = region_map, k
        self.plain = PLAIN.setdefault(tuple(sorted(region_map)), {})
        self.shift = (new_year - year) if year and new_year else 0
        self.years = range(year - 5, year + 3) if year else range(0)
        names = "|".join(map(re.escape, sorted(region_map, key=len, reverse=True))) or "(?!)"
        self.pattern = re.compile(rf"({names})|(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(\s*)(亿元|万元|元)?")

    def _sub(self, m: re.Match) -> str:
        if m.group(1):
            return self.region_map[m.group(1)]
        number, space, unit = m.group(2), m.group(3), m.group(4)
        if unit:
            return scale_number(number, self.k) + space + unit
        if self.shift and len(number) == 4 and number.isdigit() and int(number) in self.years:
            return str(int(number) + self.shift) + space
        return m.group(0)

    def text(self, value):
        if isinstance(value, str):
            # most labels hold neither a digit nor a region name; the verdict is kept per template string
            plain = self.plain.get(value)
            if plain is None:
                plain = self.plain[value] = not ANY_DIGIT.search(value) and not any(r in value for r in self.region_map)
            return value if plain else self.pattern.sub(self._sub, value)
        if isinstance(value, list):
            return [self.text(v) for v in value]
        if isinstance(value, dict):
            return {k: self.text(v) for k, v in value.items()}
        return value


def plan(template_count: int, i: int, seed: int) -> tuple[int, int, int]:
    """(template index, year, factor) of synthetic document i: the same for a seed whatever n is."""
    rng = random.Random(f"{seed}:{i}")
    return i % template_count, rng.choice(YEARS), rng.choice(FACTORS)


def region_map(template_region: str | None, i: int) -> dict[str, str]:
    """Template region parts -> generated ones, e.g. {上海市: 安平市, 上海: 安平, 普陀区: 云河区, 普陀: 云河}."""
    group = i // PER_REGION
    out = {}
    for level, part in enumerate(region_parts(template_region)):
        stem = place_stem(group * 3 + level)           # distinct stems per group and level
        out[part] = stem + part[-1]
        if len(part) >= 3:                             # 兴县's bare 兴 is too common a character to replace
            out[part[:-1]] = stem
    return out


def synthesize(template: ParsedDocument, i: int, year: int, k: int, seed: int) -> ParsedDocument:
    d = template.document
    rw = Rewrite(region_map(d.region, i), d.year, year, k)
    suffix = Path(d.name).suffix
    name = f"syn{i:05d}_{rw.text(Path(d.name).stem)}{suffix}"
    department, region = rw.text(d.department), rw.text(d.region)
    doc_id = content_id("synthetic", seed, i, d.id, name, department, region, year, k)
    doc = replace(d, id=doc_id, name=name, path=f"synthetic/{name}", department=department, region=region,
                  year=year, warnings=rw.text(d.warnings))
    # a fact's (row, column) is the printed cell; columns holding money facts are scaled whole
    money_cols: dict[str, set[int]] = {}
    for f in template.facts:
        if f.unit in MONEY:
            money_cols.setdefault(f.table_id, set()).add(f.col_index)
    tables, table_ids = [], {}
    for t in template.tables:
        cols = money_cols.get(t.id, set())
        rows = [[scale_number(c.strip(), k) if j in cols and NUMBER.match(c.strip() or "x") else rw.text(c)
                 for j, c in enumerate(row)] for row in t.rows]
        new = replace(t, doc_id=doc_id, title=rw.text(t.title), columns=rw.text(t.columns), rows=rows,
                      empty_note=rw.text(t.empty_note))
        tables.append(new)
        table_ids[t.id] = new.id
    facts = [replace(f, doc_id=doc_id, table_id=table_ids[f.table_id], label=rw.text(f.label),
                     column=rw.text(f.column), value=f.value * k if f.unit in MONEY else f.value)
             for f in template.facts]
    passages, passage_ids = [], {}
    for p in template.passages:
        new = Passage(doc_id, p.kind, rw.text(p.section), rw.text(p.title), rw.text(p.text), p.page, p.seq,
                      dict(p.meta))
        passages.append(new)
        passage_ids[p.id] = new.id
    stated = [replace(s, doc_id=doc_id, passage_id=passage_ids.get(s.passage_id, s.passage_id),
                      value=s.value * k if s.unit in MONEY else s.value, context=rw.text(s.context),
                      sentence=rw.text(s.sentence)) for s in template.stated]
    catalogue = [replace(c, doc_id=doc_id, department=rw.text(c.department), name=rw.text(c.name))
                 for c in template.catalogue]
    money = (lambda v: None if v is None else v * k)
    performance = [replace(p, doc_id=doc_id, project=rw.text(p.project), printed_name=rw.text(p.printed_name),
                           total_funding=money(p.total_funding) if p.unit in MONEY else p.total_funding,
                           annual_funding=money(p.annual_funding) if p.unit in MONEY else p.annual_funding,
                           fields=rw.text(p.fields), indicators=rw.text(p.indicators))
                   for p in template.performance]
    return ParsedDocument(doc, tables, facts, passages, stated, catalogue, performance)


def rows_of(parsed: ParsedDocument) -> dict:
    """Insert rows per store table, as Store.save writes them."""
    d = parsed.document
    return {
        S.documents: [dict(id=d.id, name=d.name, path=d.path, source_type=d.source_type, department=d.department,
                           year=d.year, kind=d.kind, level=d.level, region=d.region, pages=d.pages,
                           is_budget=d.is_budget, warnings=d.warnings)],
        S.tables: [dict(id=t.id, doc_id=t.doc_id, seq=t.seq, title=t.title, number=t.number, kind=t.kind,
                        unit=t.unit, page=t.page, page_end=t.page_end, line_start=t.line_start,
                        line_end=t.line_end, columns=t.columns, rows=t.rows, row_pages=t.row_pages,
                        row_boxes=t.row_boxes, empty_note=t.empty_note) for t in parsed.tables],
        S.facts: [dict(id=f.id, doc_id=f.doc_id, table_id=f.table_id, table_kind=f.table_kind,
                       row_index=f.row_index, code=f.code, label=f.label, column_name=f.column,
                       value=str(f.value), unit=f.unit, page=f.page, col_index=f.col_index) for f in parsed.facts],
        S.passages: [dict(id=p.id, doc_id=p.doc_id, kind=p.kind, section=p.section, title=p.title, text=p.text,
                          page=p.page, seq=p.seq, meta=p.meta) for p in parsed.passages],
        S.stated: [dict(doc_id=s.doc_id, passage_id=s.passage_id, value=str(s.value), unit=s.unit,
                        context=s.context, sentence=s.sentence, page=s.page) for s in parsed.stated],
        S.catalogue: [dict(doc_id=c.doc_id, department=c.department, code=c.code, level=c.level, name=c.name,
                           page=c.page, line=c.line, parent_codes=c.parent_codes) for c in parsed.catalogue],
        S.performance: [dict(doc_id=p.doc_id, project=p.project, printed_name=p.printed_name,
                             total_funding=None if p.total_funding is None else str(p.total_funding),
                             annual_funding=None if p.annual_funding is None else str(p.annual_funding),
                             unit=p.unit, fields=p.fields, indicators=p.indicators, page=p.page,
                             line_start=p.line_start, line_end=p.line_end) for p in parsed.performance],
    }


def load_templates(source: S.Store) -> list[ParsedDocument]:
    """The real documents, in a stable order (by name); synthetic documents never serve as templates."""
    return [source.load(d.id) for d in source.list_documents() if not d.name.startswith("syn")]


def copy_documents(source: S.Store, target: S.Store) -> int:
    """Store every real document of source in target (skipping those there); returns how many were copied."""
    have = {d.id for d in target.list_documents()}
    copied = 0
    for d in source.list_documents():
        if d.id not in have:
            target.save(source.load(d.id))
            copied += 1
    return copied


def write_synthetic(source: S.Store, target: S.Store, n: int, seed: int = 7, batch: int = 20,
                    vectors_home: Path | None = None, progress=print) -> int:
    """Write synthetic documents 0 … n-1 into target (skipping those stored); returns how many were written."""
    templates = load_templates(source)
    with target.engine.connect() as conn:
        have = set(conn.execute(select(S.documents.c.id)).scalars())
    index = None
    if vectors_home is not None:
        from retrieval.embedders import make_embedder
        from retrieval.index import VectorIndex
        index = VectorIndex(make_embedder("hash"), path=vectors_home / "chroma")
    written, pending, start = 0, [], time.perf_counter()

    def flush():
        merged: dict = {}
        for parsed in pending:
            for table, rows in rows_of(parsed).items():
                merged.setdefault(table, []).extend(rows)
        with target.engine.begin() as conn:     # documents of a batch are there whole or not at all
            for table in (S.documents,) + S.CHILD_TABLES:
                if merged.get(table):
                    conn.execute(insert(table), merged[table])
        if index is not None:
            from retrieval.chunks import make_chunks
            for parsed in pending:
                index.upsert(make_chunks(parsed))
        pending.clear()

    for i in range(n):
        t, year, k = plan(len(templates), i, seed)
        parsed = synthesize(templates[t], i, year, k, seed)
        if parsed.document.id in have:
            continue
        pending.append(parsed)
        written += 1
        if len(pending) >= batch:
            flush()
            if progress and written % (batch * 10) == 0:
                rate = written / (time.perf_counter() - start)
                progress(f"synthetic {i + 1}/{n}: {written} written, {rate:.1f} documents/s")
    if pending:
        flush()
    if progress:
        seconds = time.perf_counter() - start
        progress(f"synthetic: {written} written in {seconds:.1f} s"
                 + (f" ({written / seconds:.1f} documents/s)" if written else ""))
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", required=True, help="SQLAlchemy URL of the store holding the real documents")
    ap.add_argument("--target", required=True, help="SQLAlchemy URL of the store to fill")
    ap.add_argument("--n", type=int, required=True, help="synthetic documents wanted (0 … n-1)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--batch", type=int, default=20, help="documents per transaction")
    ap.add_argument("--no-real", action="store_true", help="do not copy the real documents into the target")
    ap.add_argument("--vectors", type=Path, metavar="HOME", help="also upsert chunks into HOME/chroma (hash)")
    args = ap.parse_args()
    source, target = S.Store(args.source), S.Store(args.target)
    if not args.no_real:
        print(f"real documents copied: {copy_documents(source, target)}")
    write_synthetic(source, target, args.n, args.seed, args.batch, args.vectors)


if __name__ == "__main__":
    main()
