"""PDF disclosures -> Layout, with pdfplumber: ruled tables with their row boxes, and the text
lines outside them (titles, units and prose). A table continued on the next page is joined."""
from __future__ import annotations

import io
import re
import logging

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ingest.layout import TITLE_NUMBER, Layout, Line, RawTable, find_title
from ingest.parse import IngestError, lift_title_cells
from ingest.tables import EMPTY_NOTE

log = logging.getLogger(__name__)
# a body row printed above a continuation's first ruling (no top border): code, label, amounts
FIGURES = re.compile(r"[\d,.%\s\-“”‘’\"]+")      # figures (and the quotes around a term) on a baseline of their own
AMOUNT = re.compile(r"-?[\d,]+\.\d+")
NUMBER_CELL = re.compile(r"-?[\d,]+(\.\d+)?")
ROW_LINE = re.compile(r"(?:\d{3,9}\s+)?[^\d\s]\S*(?:\s+-?[\d,]+(?:\.\d+)?)+")


def _inside(obj: dict, boxes: list[tuple]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(b[0] - 1 <= x <= b[2] + 1 and b[1] - 1 <= y <= b[3] + 1 for b in boxes)


def _number_in_frame(page, bbox) -> str | None:
    top = page.crop((bbox[0], bbox[1], bbox[2], min(bbox[3], bbox[1] + 90)), strict=False)
    for line in top.extract_text_lines():
        m = TITLE_NUMBER.fullmatch(re.sub(r"\s+", "", line["text"]))
        if m:
            return m.group(1)
    return None


def _label_and_amounts(cells: list, previous: list[list]) -> list[int] | None:
    """Positions for a row of one label and n amounts ('合计' and its figures): the label where the previous
    part prints its names, the amounts in the last n amount columns."""
    if len(cells) < 2 or AMOUNT.fullmatch(cells[0].strip()) or \
            not all(NUMBER_CELL.fullmatch(c.strip()) for c in cells[1:]):
        return None
    for row in reversed(previous[-12:]):
        amounts = [i for i, c in enumerate(row) if NUMBER_CELL.fullmatch((c or "").strip())]
        names = [i for i, c in enumerate(row) if (c or "").strip() and i not in amounts and not
                 re.fullmatch(r"\d{2,9}", (c or "").strip())]
        if names and len(amounts) >= len(cells) - 1:
            return [names[-1]] + amounts[-(len(cells) - 1):]
    return None


def _reseat(grid: list[list], previous: list[list]) -> list[list] | None:
    """Rows of a continuation drawn with other column boundaries, put into the previous part's columns: each
    row's printed cells in order, into the positions the previous part's body rows use. None if any row has a
    number of cells no previous row had."""
    shapes: dict[int, list[int]] = {}
    for row in previous[-12:]:
        filled = [i for i, c in enumerate(row) if (c or "").strip()]
        shapes.setdefault(len(filled), filled)
    width = len(previous[0])
    out = []
    for row in grid:
        cells = [c for c in row if (c or "").strip()]
        if not cells:
            continue
        positions = shapes.get(len(cells)) or _label_and_amounts(cells, previous)
        if positions is None:
            return None
        seated = [None] * width
        for i, c in zip(positions, cells):
            seated[i] = c
        out.append(seated)
    return out or None


def _has_amounts(grid: list[list]) -> bool:
    return any(AMOUNT.fullmatch((c or "").strip()) for r in grid for c in r)


def _rows_above(page_lines, top: float, previous: list[list]) -> tuple[list[str], list[list]]:
    """Body rows printed just above a continuation's first ruling (its top border is missing), seated
    into the previous part's columns; [] when the lines there are not rows."""
    run = []
    for text, y in page_lines:
        if y >= top:
            break
        run = run + [text] if ROW_LINE.fullmatch(text) else []
    rows = _reseat([t.split() for t in run], previous) if run else None
    return (run, rows) if rows else ([], [])


def _title_row(grid: list[list]) -> int:
    """Index (> 0) of a row among the first six that holds only a table title ('…预算表') below rows
    with amounts: the previous table's last rows and the next table share one grid. 0 if there is none."""
    for i, row in enumerate(grid[:6]):
        cells = [c.strip() for c in row if (c or "").strip()]
        if i and len(cells) == 1 and 4 < len(cells[0]) <= 50 and cells[0].endswith("表") and \
                _has_amounts(grid[:i]):
            return i
    return 0


def _text_lines(page) -> list[tuple[str, float]]:
    """(text, top) of each printed line. Figures set on a lower baseline than their sentence (they overlap
    the line above vertically) are put back into that line at their horizontal place."""
    merged: list[dict] = []
    for line in page.extract_text_lines(return_chars=True):
        if not line["text"].strip():
            continue
        above = merged[-1] if merged else None
        if above and FIGURES.fullmatch(line["text"].strip()) and line["top"] < above["bottom"] - 2:
            above["chars"] = sorted(above["chars"] + line["chars"], key=lambda c: c["x0"])
            above["text"] = _joined(above["chars"])
            continue
        merged.append(dict(line))
    return [(m["text"].strip(), m["top"]) for m in merged]


def _joined(chars: list[dict]) -> str:
    out, last = "", None
    for c in chars:
        if last is not None and c["x0"] - last["x1"] > 2.5 and not out.endswith(" "):
            out += " "
        out += c["text"]
        last = c
    return out


def read_pdf(name: str, data: bytes, max_pages: int = 500, on_page=None) -> Layout:
    """PDF bytes -> Layout. Raises IngestError for broken, encrypted, scanned or oversized PDFs.
    `on_page(k, n)` is told after each page is read."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many types for broken files; pdfplumber wraps them
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise IngestError(f"{name}: the PDF is encrypted with a password; "
                              "upload a copy without one") from None
        raise IngestError(f"{name}: the PDF cannot be read ({type(cause).__name__})") from None
    with pdf:
        try:
            page_count = len(pdf.pages)
        except Exception as exc:
            raise IngestError(f"{name}: the PDF cannot be read ({type(exc).__name__})") from None
        if page_count == 0:
            raise IngestError(f"{name}: the PDF has no pages")
        if page_count > max_pages:
            raise IngestError(f"{name}: {page_count} pages is over the limit of {max_pages}")
        try:
            return _read_pages(name, pdf, page_count, on_page)
        except IngestError:
            raise
        except Exception as exc:
            raise IngestError(f"{name}: the PDF cannot be read ({type(exc).__name__}: {exc})") from None


def _read_pages(name, pdf, page_count, on_page=None) -> Layout:
    lines: list[Line] = []
    tables: list[RawTable] = []
    chars_seen = 0
    carried: list[str] = []
    for number, page in enumerate(pdf.pages, start=1):
        if on_page:
            on_page(number - 1, page_count)
        chars_seen += len(page.chars)
        found = [t for t in page.find_tables() if t.bbox[3] - t.bbox[1] > 5]
        boxes = [t.bbox for t in found]
        text_page = page.filter(lambda o: o.get("object_type") != "char" or not _inside(o, boxes))
        page_lines = _text_lines(text_page)
        for text, _ in page_lines:
            lines.append(Line(text, number, None))
        previous_bottom = 0.0
        for t in found:
            grid = t.extract()
            rows = list(t.rows)
            row_boxes = [list(r.bbox) for r in rows] if len(rows) == len(grid) else [None] * len(grid)
            context = [text for text, top in page_lines if previous_bottom <= top < t.bbox[1]][-6:]
            if t is found[0] and carried:       # a title printed at the foot of the previous page
                context = carried + context
            below = [text for text, top in page_lines if top > t.bbox[3]][:2]
            previous_bottom = t.bbox[3]
            title, printed_number, unit = find_title(context)
            if not printed_number:      # '公开05表' printed inside the frame but in no cell
                printed_number = _number_in_frame(page, t.bbox)
            non_empty = [r for r in grid if any((c or "").strip() for c in r)]
            if not non_empty:
                continue
            cut = _title_row(grid)
            if cut and tables and tables[-1].pages and tables[-1].pages[-1] in (number - 1, number):
                # the previous table's last rows, then the next table's title, drawn in one grid
                tail = grid[:cut]
                if len(tail[0]) != len(tables[-1].grid[0]):
                    tail = _reseat(tail, tables[-1].grid) or []
                if tail:
                    tables[-1].grid += tail
                    tables[-1].pages += [number] * len(tail)
                    tables[-1].boxes += [None] * len(tail)
                    grid, row_boxes = grid[cut:], row_boxes[cut:]
            probe = RawTable(grid=[list(r) for r in grid[:3]], pages=[])
            lift_title_cells(probe)     # a title printed inside the grid starts a new table
            same_title = bool(tables) and (title or probe.title) and (title or probe.title) == tables[-1].title
            follows = ((not title and not probe.title) or same_title) and bool(
                tables and tables[-1].pages and tables[-1].pages[-1] == number - 1)
            if follows and len(grid[0]) != len(tables[-1].grid[0]) and t is found[0]:
                # the next page draws the same table with other column boundaries: re-seat its cells
                grid = _reseat(grid, tables[-1].grid) or grid
            if follows and t is found[0]:
                texts, lead = _rows_above(page_lines, t.bbox[1], tables[-1].grid)
                if lead and len(lead[0]) == len(grid[0]):
                    grid = lead + list(grid)
                    row_boxes = [None] * len(lead) + row_boxes
                    for text in texts:      # a row, not prose
                        lines.remove(Line(text, number, None))
            continues = follows and len(grid[0]) == len(tables[-1].grid[0])
            start_page = number
            if follows and not continues and not _has_amounts(tables[-1].grid):
                # the title and header were printed at the foot of the page before, the body here
                previous = tables.pop()
                title, printed_number, unit = previous.title, previous.number, previous.unit or unit
                context = previous.context + context
                start_page = previous.pages[0] if previous.pages else number
            if continues:
                last = tables[-1]
                last.grid += grid
                last.pages += [number] * len(grid)
                last.boxes += row_boxes
                continue
            pages = [number] * len(grid)
            if start_page != number and not _has_amounts(grid[:1]):
                pages[0] = start_page       # the table starts where its title is printed (its header row)
            raw = RawTable(grid=grid, pages=pages, title=title or probe.title, number=printed_number,
                           unit=unit, boxes=row_boxes, context=context)
            note = next((b for b in below if EMPTY_NOTE.search(b)), None)
            raw.note = note
            tables.append(raw)
        last_bottom = found[-1].bbox[3] if found else None
        foot = [text for text, top in page_lines if last_bottom is not None and top > last_bottom]
        carried = foot if find_title(foot)[0] else []
    if chars_seen == 0:
        raise IngestError(f"{name}: the PDF has no text layer (a scanned image); OCR it first")
    # units printed once for a run of tables (单位：万元 on the first) carry over to untitled units
    return Layout(lines=lines, tables=tables, pages=page_count)
