"""Upload: store a file with per-page progress, then a summary card in the reader's language: department,
year, pages, tables and the audit findings with their citations."""
from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path

from ingest.audit import RULES
from web.charts import amount
from web.evidence import page_image_html
from web.vocab import doc_title

WORDS = {
    "zh": {"stored": "已存储", "unchanged": "已存在（未重复存储）", "failed": "未能存储", "pages": "页",
           "tables": "张表", "checks": "项核对", "ok": "全部一致", "issues": "发现 {n} 处不一致",
           "rounding": "{n} 处四舍五入差异", "expected": "应为", "found": "实为", "ask": "就此文件提问"},
    "en": {"stored": "Stored", "unchanged": "Already stored (not duplicated)", "failed": "Not stored", "pages": "pages",
           "tables": "tables", "checks": "checks", "ok": "all consistent", "issues": "{n} difference(s) found",
           "rounding": "{n} rounding difference(s)", "expected": "expected", "found": "found",
           "ask": "Ask about this document"},
}
SEVERITY = {"error": "error", "warning": "warning", "rounding": "rounding", "ok": "ok"}


def language(request) -> str:
    """The reader's language from the browser (Accept-Language)."""
    header = ""
    try:
        header = (request.headers.get("accept-language") or "") if request is not None else ""
    except Exception:
        header = ""
    return "zh" if header.lower().startswith("zh") else "en"


def store(engine, file, progress) -> object:
    src = Path(file if isinstance(file, str) else file.name)
    safe = "".join(ch for ch in src.name if ch.isalnum() or ch in "._-（）()") or "upload"
    progress(0.05, desc="读取文件 / reading the file")
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp) / safe
        shutil.copyfile(src, dest)

        def on_stage(stage: str, k: int, n: int) -> None:
            if stage == "reading" and n:
                progress(0.1 + 0.6 * k / n, desc=f"读取第 {k}/{n} 页 / reading page {k} of {n}")
            elif stage == "indexing":
                progress(0.75, desc="建索引 / indexing")
        return engine.ingest_file(dest, display_name=safe, on_stage=on_stage)


def _finding(f, lang: str, page: str = "") -> str:
    w = WORDS[lang]
    sev = SEVERITY.get(getattr(f, "severity", ""), "warning")
    rule = RULES.get(f.rule, {})
    described = f"{f.rule} {rule.get('zh' if lang == 'zh' else 'en', f.family)}"
    cites = "; ".join(f"{c.table or c.section or ''} p.{c.page}" for c in f.citations)
    values = (f" — {w['expected']} {amount(f.expected)} {html.escape(f.unit or '')}, {w['found']} {amount(f.found)}"
              if f.expected is not None else "")
    return (f"<li class='sev-{sev}'><span class='sev'>{sev}</span> {html.escape(str(f.what))}{values} "
            f"<span class='muted'>({html.escape(described)}; {html.escape(cites)})</span>{page}</li>")


def _page(engine, finding) -> str:
    citation = next(c for c in finding.citations if c.table_id)
    return page_image_html(engine, citation, folded=True)


def summary_html(engine, result, lang: str) -> str:
    w = WORDS[lang]
    status = w.get(result.status, w["failed"])
    parsed = engine.find_document(result.doc_id) if getattr(result, "doc_id", None) else None
    if parsed is None:
        return (f"<div class='up-card up-fail'><b>{html.escape(status)}</b><div>{html.escape(result.message)}</div>"
                "</div>")
    d = parsed.document
    findings = [f for fs in engine.audit(d.id).values() for f in fs]
    bad = [f for f in findings if SEVERITY.get(f.severity) in ("error", "warning")]
    rounding = [f for f in findings if f.severity == "rounding"]
    head = (f"<div class='up-title'>{html.escape(doc_title(d, lang))}</div><div class='muted'>{html.escape(d.name)} · "
            f"{status}</div><div class='up-facts'>{d.pages or '—'} {w['pages']} · {len(parsed.tables)} {w['tables']}"
            f" · {len(findings)} {w['checks']}</div>")
    verdict = w["issues"].format(n=len(bad)) if bad else w["ok"]
    if rounding:
        verdict += " · " + w["rounding"].format(n=len(rounding))
    shown = (bad + rounding)[:20]
    # the printed page beside the first few problems that cite a table row (folded: the card stays short)
    pages = {id(f): _page(engine, f) for f in [f for f in bad if any(c.table_id for c in f.citations)][:5]}
    items = "".join(_finding(f, lang, pages.get(id(f), "")) for f in shown)
    return (f"<div class='up-card' data-doc='{html.escape(d.id)}'>{head}<div class='up-verdict'>{verdict}</div>"
            f"<ul class='up-findings'>{items}</ul></div>")
