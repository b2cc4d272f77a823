"""Raw grids -> Table (flattened headers, body rows) -> typed numeric Facts.

Shared by the text and PDF readers: both hand over a grid of cells plus title, unit and pages.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from decimal import Decimal

from core.numbers import parse_amount
from core.types import Fact, Table

KINDS = json.loads((Path(__file__).with_name("table_kinds.json")).read_text("utf-8"))
TABLE_KINDS: list[tuple[str, list[str]]] = KINDS["by_title"]
EMPTY_NOTE = re.compile(r"本表无数据|空表|无数据|本单位无")
CODE = re.compile(r"^\d{3}(\d{2}){0,2}$")
ECON_CODE = re.compile(r"^3\d{2}(\d{2})?$")


def classify_table(title: str, columns: list[str] | None = None, rows: list[list[str]] | None = None) -> str:
    """Table title (then its column headers) -> kind name from table_kinds.json; 'other' for a table without
    amounts that neither names (a unit roster, a form footer), 'generic' for an untyped table with amounts."""
    for kind, words in TABLE_KINDS:
        if any(w in title for w in words):
            return kind
    if columns is None:
        return "generic"
    header = " ".join(columns)
    for kind, words in KINDS["by_columns"]:
        if any(w in header for w in words):
            return kind
    has_amounts = any(parse_amount(c) is not None and not re.fullmatch(r"\d{9,}", c or "") for r in rows or [] for c in r[1:])
    return "generic" if has_amounts else "other"


def _clean(cell: str | None) -> str | None:
    if cell is None:
        return None
    if "\n" in cell:
        return re.sub(r"\s+", "", cell)
    # '金 额', '一般公 共服务': a layout gap between two Chinese characters is not a word break
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", cell.strip())


def _is_number_row(row: list[str | None]) -> bool:
    return any(parse_amount(c) is not None and not CODE.match((c or "").strip()) for c in row[1:]) or \
        any(CODE.match((c or "").strip()) for c in row[:3])


def _is_column_number_row(row: list[str | None]) -> bool:
    cells = [c.strip() for c in row if c and c.strip()]
    return len(cells) >= 3 and all(c.isdigit() and int(c) <= 40 for c in cells) and \
        [int(c) for c in cells] == sorted(int(c) for c in cells)


def flatten_header(header_rows: list[list[str | None]], width: int) -> list[str]:
    """Merged multi-row headers -> one name per column ('2025年预算数/合计').

    A None or empty cell in a header row continues the cell on its left (a horizontally merged cell)
    when that cell spans more columns in the rows below; a vertical merge leaves the part out.
    """
    names: list[list[str]] = [[] for _ in range(width)]
    own: list[set[int]] = [set() for _ in range(width)]     # parts printed in the column itself
    # a PDF grid marks the cells a merged cell covers with None and a drawn empty cell with '': there a None
    # continues the nearest cell on its left, even an empty one
    pdf_grid = any(c is None for row in header_rows for c in row)
    for r_index, row in enumerate(header_rows):
        row = list(row) + [None] * (width - len(row))
        last = None
        for i in range(width):
            cell = _clean(row[i])
            if cell:
                last = cell
                own[i].add(len(names[i]))
                names[i].append(cell)
            elif pdf_grid and row[i] is not None:
                last = None
            elif last is not None and r_index < len(header_rows) - 1:
                below = [(_clean(rr[i]) if i < len(rr) else None) for rr in header_rows[r_index + 1:]]
                if any(below):
                    names[i].append(last)
    result = []
    for i, parts in enumerate(names):
        seen: list[str] = []
        for k, p in enumerate(parts):
            if seen and re.match(r"[（(][^）)]*[）)]", p) and not seen[-1].endswith(("）", ")")):
                seen[-1] += p       # '因公出国' + '（境）费': one name wrapped in its cell, not a sub-column
            elif seen and pdf_grid and {k - 1, k} <= own[i] and len(seen[-1]) <= 8 and len(p) <= 5 and \
                    not re.search(r"(费|计|支出|收入|金|额|数|表)$", seen[-1]) and (p.endswith("费") or k + 1 in own[i] and
                                                                     parts[k + 1].endswith("费") and len(parts[k + 1]) <= 5):
                seen[-1] += p       # '公务接' + '待费', '因公出' + '国（境）' + '费': one name wrapped in its cell
            elif p not in seen:
                seen.append(p)
        result.append("/".join(seen))
    return result


LABEL_HEADER = re.compile(r"(名称|编码|代码|科目|项目|^类|^款|^项)$")


def build_table(doc_id: str, seq: int, title: str, unit: str | None, grid: list[list[str | None]],
                pages: list[int | None], number: str | None = None, boxes: list | None = None,
                line_start: int | None = None, line_end: int | None = None, note: str | None = None) -> Table:
    """Grid (header rows then body rows) -> Table with flattened column names.

    Header = rows before the first row holding an amount or a subject code; column-number rows
    (1 2 3 …) and repeats of the header inside the body (page breaks) are dropped.
    """
    width = max((len(r) for r in grid), default=0)
    grid = [list(r) + [None] * (width - len(r)) for r in grid]
    boxes = list(boxes) if boxes else [None] * len(grid)
    split = next((i for i, r in enumerate(grid) if _is_number_row(r)), len(grid))
    # a label-only row after a header row that names the amount columns is a body row printed blank
    # ('因公出国（境）费' with no amount), not more header
    named = next((i for i, r in enumerate(grid[:split]) if sum(bool(_clean(c)) for c in r[1:]) >= 2), None)
    while named is not None and split - 1 > named and _clean(grid[split - 1][0]) and \
            not LABEL_HEADER.search(_clean(grid[split - 1][0])) and not any(_clean(c) for c in grid[split - 1][1:]):
        split -= 1
    header, body = grid[:split], grid[split:]
    body_pages, body_boxes = pages[split:], boxes[split:]
    # '类 款 项' printed on the first body row (PDF layouts): move to the header.
    if body and [(_clean(c) or "") for c in body[0][:3]] == ["类", "款", "项"]:
        header = header + [["类", "款", "项"] + [None] * (width - 3)]
        body[0] = [""] * 3 + body[0][3:]
    columns = flatten_header(header, width) if header else [f"列{i + 1}" for i in range(width)]
    for i in range(1, width):
        if not columns[i] and columns[i - 1] and any(parse_amount(r[i]) is not None for r in body):
            columns[i] = columns[i - 1]
    # rows drawn with other cell boundaries than the header put amounts one or two columns off their header:
    # an unnamed amount column takes the nearest header that does not name the label or code columns
    for i in range(width):
        if not columns[i] and any(parse_amount(r[i]) is not None for r in body):
            near = [j for j in (i + 1, i - 1, i + 2, i - 2) if 0 <= j < width and columns[j]]
            named = [j for j in near if not LABEL_HEADER.search(columns[j].split("/")[-1])]
            if named or near:
                columns[i] = columns[(named or near)[0]]
    header_keys = {tuple((_clean(c) or "") for c in h) for h in header}
    rows, row_pages, row_boxes = [], [], []
    for row, page, box in zip(body, body_pages, body_boxes):
        key = tuple((_clean(c) or "") for c in row)
        if not any(key) or key in header_keys or _is_column_number_row(row):
            continue
        rows.append([_clean(c) or "" for c in row])
        row_pages.append(page)
        row_boxes.append(box)
    page_values = [p for p in pages if p is not None]
    empty = note if note and EMPTY_NOTE.search(note) else None
    return Table(doc_id=doc_id, seq=seq, title=title, kind=classify_table(title, columns, rows), unit=unit,
                 page=page_values[0] if page_values else None,
                 page_end=page_values[-1] if page_values else None,
                 columns=columns, rows=rows, line_start=line_start, line_end=line_end, number=number,
                 row_pages=row_pages, row_boxes=row_boxes, empty_note=empty)


def row_label(table: Table, row: list[str]) -> tuple[str | None, str, int]:
    """(code, name, index of first value cell) of a body row.

    Codes printed in separate 类/款/项 columns are joined (201 06 01 -> 2010601).
    """
    code, i = None, 0
    if row and re.fullmatch(r"\d{3}", row[0] or ""):
        parts, i = [row[0]], 1
        while i < min(len(row), 3) and re.fullmatch(r"(\d{1,2})?", row[i] or ""):
            parts.append((row[i] or "").zfill(2) if row[i] else "")      # a 款 printed '2' is 02
            i += 1
        code = "".join(parts)
    elif row and (CODE.match(row[0] or "") or ECON_CODE.match(row[0] or "")):
        code, i = row[0], 1
    name_parts = []
    while i < len(row) and parse_amount(row[i]) is None:
        if row[i]:
            name_parts.append(row[i])
        i += 1
    name = name_parts[0] if name_parts else (code or "")
    return code, name, i


def _column_label(column: str) -> str:
    """The name of an item printed as a column: its leaf, or the sub-group a 小计 column totals
    ('…/公务用车购置及运行费/小计' -> 公务用车购置及运行费小计)."""
    parts = [p.replace("“", "").replace("”", "") for p in column.split("/")]
    if parts[-1] == "小计" and len(parts) >= 2 or parts[-1] == "合计" and len(parts) >= 3:
        return parts[-2] + parts[-1]
    return parts[-1]


def facts_from_table(table: Table) -> list[Fact]:
    """Every amount cell -> Fact(label, code, column, value, unit).

    Two-sided layouts (收入 | 支出 side by side) are read as segments: each text cell starts a new
    label for the amounts after it. An empty table with 本表无数据 gives one zero fact for its total.
    """
    facts: list[Fact] = []
    unit = table.unit or ""
    if table.kind in ("performance", "catalogue"):
        return facts
    # code columns (科目编码/类, /款 …) hold codes, not amounts; on the right half of a two-sided table
    # they start the next segment: 302 | 01 | 办公费 | 21.21 -> 30201 办公费 21.21
    code_cols = {c for c, col in enumerate(table.columns) if re.search(r"编码|代码|/(类|款|项)$", col)}
    for r_index, row in enumerate(table.rows):
        code, name, start = row_label(table, row)
        label, label_code = name, code
        name_at = next((i for i in range(start) if name and row[i] == name), None)
        page = table.row_pages[r_index] if r_index < len(table.row_pages) else table.page
        seen_amount = False
        # the label column of a two-sided table repeats its header (收入/项目 … 支出/项目)
        label_role = table.columns[name_at].split("/")[-1] if name_at is not None and name_at < len(table.columns) else None
        pending_code = ""
        for c in range(start if name_at is None else name_at + 1, len(row)):
            cell = row[c]
            if c in code_cols and re.fullmatch(r"\d*", (cell or "").strip()):
                if seen_amount:
                    pending_code, seen_amount = "", False
                pending_code += (cell or "").strip()
                continue
            value = parse_amount(cell)
            if value is None:
                same_role = label_role and c < len(table.columns) and table.columns[c].split("/")[-1] == label_role
                if cell and not CODE.match(cell) and (seen_amount or same_role):
                    label, label_code = cell, pending_code or None     # next segment of a two-sided row
                    pending_code = ""
                    seen_amount = False
                elif cell and not CODE.match(cell) and not label:
                    label, label_code = cell, pending_code or label_code
                continue
            seen_amount = True
            column = table.columns[c] if c < len(table.columns) else f"列{c + 1}"
            # a row of bare amounts (one-row 三公 tables) is labelled by its column
            cell_label = label or _column_label(column)
            facts.append(Fact(doc_id=table.doc_id, table_id=table.id, table_kind=table.kind,
                              row_index=r_index, code=label_code, label=cell_label, column=column,
                              value=value, unit=unit, page=page, col_index=c))
    if not facts and table.empty_note:
        facts.append(Fact(doc_id=table.doc_id, table_id=table.id, table_kind=table.kind, row_index=-1,
                          code=None, label="合计", column=table.empty_note, value=Decimal(0), unit=unit,
                          page=table.page))
    return facts
