"""Structure: the tables the contents page lists are there, the standard tables of the document's kind are
there, empty tables say so (and tables that say so are empty), and the explanation sections a disclosure has."""
from __future__ import annotations

import re

from ingest.audit import DATA, Context, Finding
from ingest.tables import EMPTY_NOTE, classify_table

LISTED = re.compile(r"([^\s.…·]{4,60}?表)(?:[\s.…·]*\d*)$")


def _key(title: str) -> str:
    """A title without its number, year, department and punctuation: what two printings of it share."""
    title = re.sub(r"^(表[一二三四五六七八九十\d]+|公开\d+表|[一二三四五六七八九十\d]+[、.．])\s*", "", title)
    return re.sub(r"[\s“”\"'（）()、.．:：]|\d{4}年度?", "", title)


def _covers(printed: str, listed: str) -> bool:
    """A printed title stands for a listed one: it holds the listed one, or it is of the same kind and shares
    most of its character pairs (政府采购支出预算表 ~ 某某部门政府采购预算表)."""
    if listed in printed:
        return True
    pairs = {listed[i:i + 2] for i in range(len(listed) - 1)}
    shared = sum(p in printed for p in pairs)
    return classify_table(printed) == classify_table(listed) and shared >= 0.6 * len(pairs)


def listed_tables(ctx: Context) -> list[tuple[str, int | None]]:
    """Table titles printed on the contents page (passages of kind 'contents')."""
    out = []
    pages = [(p.text.split("\n"), p.page) for p in ctx.doc.passages if p.kind == "contents"]
    pages += [([c for col in t.columns for c in col.split("/")] + [c for r in t.rows for c in r], t.page)
              for t in ctx.doc.tables if t.kind == "contents"]       # a contents page drawn as a table
    for lines, page in pages:
        for line in lines:
            m = LISTED.search(re.sub(r"[…·.]{2,}.*$", "", line.strip()))
            if m and classify_table(m.group(1)) != "generic":
                out.append((m.group(1), page))
    return out


def check(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    tables = ctx.data_tables()
    # titles printed anywhere: tables, and lines of text (a table printed without a ruled grid)
    keys = [_key(t.title) for t in tables] + [_key(p.text) for p in ctx.doc.passages
                                              if p.kind == "paragraph" and len(p.text) <= 60 and p.text.endswith("表")]
    listed = listed_tables(ctx)
    for title, page in listed if len(tables) >= 3 else []:     # else the tables are in another file
        k = _key(title)
        if not any(_covers(t, k) for t in keys if t):
            out.append(ctx.fail("S1", f"目录列出“{title}”，文中没有这张表", [ctx.cite_text("目录", page, title)]))
    kind = ctx.doc.document.kind
    if kind in DATA["standard_tables"] and len(tables) >= 3 and not listed:
        present = {t.kind for t in tables}
        for wanted in DATA["standard_tables"][kind]:
            if wanted not in present:
                out.append(ctx.fail("S2", f"{kind}公开通常包含的标准表格（{wanted}）没有找到", []))
    for t in tables:
        has_figures = any(f.value != 0 for f in ctx.facts[t.id])
        note = t.empty_note or ""
        if has_figures and note and EMPTY_NOTE.search(note):
            out.append(ctx.fail("S3", f"{t.display_title}：注明“{note[:40]}”，表中却有数字",
                                [ctx.cite(t, [f.row_index for f in ctx.facts[t.id] if f.value != 0][:3])]))
        elif not ctx.facts[t.id] and not note and t.kind != "generic" and \
                not any(re.search(r"无|空表", c) for r in t.rows for c in r if c):
            out.append(ctx.fail("S4", f"{t.display_title}：表中没有数字，也没有“本表无数据”之类的说明", [ctx.cite(t, [])]))
    paragraphs = [p for p in ctx.doc.passages if p.kind == "paragraph"]
    if len(paragraphs) >= 15:
        headings = " ".join({p.section or "" for p in paragraphs})
        for words in DATA["required_sections"]:
            if not any(w in headings for w in words):
                out.append(ctx.fail("S6", f"没有找到“{words[0]}”相关的说明章节", []))
    return out
