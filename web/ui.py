"""Gradio web chat. Callbacks only call the engine; the engine knows nothing of Gradio."""
from __future__ import annotations

import hmac
import html
import logging
import shutil
import tempfile
from pathlib import Path

import gradio as gr

from core.qa.common import render_text
from core.types import format_decimal

log = logging.getLogger(__name__)
ALL = "全部文件 / All documents"
EXAMPLES = ["how much is budgeted for overlap and cross-boundary mining surveys?",
            "超层越界检查测绘的预算一共是多少？",
            "which catalogue codes apply to natural resources?",
            "政府购买服务指导性目录中自然资源有哪些目录代码？",
            "什么是三公经费", "How much is the housing provident fund?", "一共有多少个项目"]


def citation_html(engine, answer) -> str:
    """Each cited table with the used rows highlighted, its unit and page."""
    parts = []
    for n, c in enumerate(answer.citations):
        head = f"<b>[{n}] {html.escape(c.document)}</b> · {html.escape(c.table or c.section or '')} · p.{c.page}"
        table = None
        if c.table_id:
            for doc in engine.docs.values():
                table = next((t for t in doc.tables if t.id == c.table_id), None) or table
        if table is None:
            rows = "".join(f"<li>{html.escape(r)}</li>" for r in c.rows)
            parts.append(f"<div class='cite'>{head}<ul>{rows}</ul></div>")
            continue
        wanted = set(c.rows)
        body = []
        for row in table.rows[:80]:
            hit = any(w.split(" ")[-1] in row for w in wanted)
            style = " style='background:#ffe58a'" if hit else ""
            body.append(f"<tr{style}>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>")
        cols = "".join(f"<th>{html.escape(x)}</th>" for x in table.columns)
        parts.append(f"<div class='cite'>{head} · 单位：{table.unit or '—'}<table border='1' "
                     f"style='border-collapse:collapse;font-size:12px'><tr>{cols}</tr>{''.join(body)}</table></div>")
    return "".join(parts) or "<i>无引用 / no citations</i>"


def build(engine, settings) -> gr.Blocks:
    def doc_choices():
        return [ALL] + [d.name for d in engine.documents()]

    def ask(question, history, doc):
        history = list(history or [])
        if not question or not question.strip():
            return history, "", "<i>请输入问题 / Please type a question.</i>", []
        try:
            answer = engine.ask(question, None if doc in (None, ALL) else doc)
            images = [str(p) for p in (engine.page_image(c) for c in answer.citations[:4]) if p]
        except Exception:
            log.exception("ask failed")
            return history, "", "<i>出错了，请换个问法 / Something went wrong; please rephrase.</i>", []
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": render_text(answer)}]
        return history, "", citation_html(engine, answer), images

    def charts(doc):
        import pandas as pd
        if doc in (None, ALL):
            docs = engine.documents()
            doc = docs[0].name if docs else None
        data = engine.overview(doc) if doc else {}
        out = []
        for key in ("function_class", "basic_vs_project", "largest_projects", "three_public"):
            rows = data.get(key, [])
            unit = rows[0][2] if rows else ""
            frame = pd.DataFrame({"name": [r[0] for r in rows], "value": [float(r[1]) for r in rows]})
            top = max([float(r[1]) for r in rows] or [1.0]) * 1.1 or 1.0
            out.append(gr.update(value=frame, y_title=unit or None, y_lim=[0, top]))
        return out

    def api_ask(question: str, document: str | None = None) -> dict:
        """The /ask API: the same JSON object as `app.py ask --json`."""
        try:
            return engine.ask(question or "", document or None).to_json()
        except KeyError as exc:
            return {"question": question, "kind": "not_found", "answer": str(exc.args[0]), "facts": [],
                    "items": [], "citations": []}

    def upload(file, progress=gr.Progress()):
        if file is None:
            return "请选择文件 / Choose a file.", gr.update(choices=doc_choices())
        src = Path(file if isinstance(file, str) else file.name)
        safe = "".join(ch for ch in Path(src.name).name if ch.isalnum() or ch in "._-（）()") or "upload"
        progress(0.1, desc="读取文件 / reading the file")
        with tempfile.TemporaryDirectory() as tmp:
            dest = Path(tmp) / safe
            shutil.copyfile(src, dest)
            def on_stage(stage: str, k: int, n: int) -> None:
                if stage == "reading" and n:
                    progress(0.1 + 0.6 * k / n, desc=f"读取第 {k}/{n} 页 / reading page {k} of {n}")
                elif stage == "indexing":
                    progress(0.75, desc="建索引 / indexing")
            progress(0.1, desc="读取 / reading")
            result = engine.ingest_file(dest, display_name=safe, on_stage=on_stage)
        progress(0.9, desc="审计 / audit")
        lines = [result.message]
        if result.status == "stored":
            for name, findings in engine.audit(result.doc_id).items():
                lines.append(f"审计 / audit: {len(findings)} checks, "
                             f"{sum(f.severity == 'error' for f in findings)} errors")
                lines += [f"[{f.severity}] {f.rule} {f.what}" for f in findings if f.severity != "ok"]
        return "\n".join(lines), gr.update(choices=doc_choices())

    def search_staff(keyword, password=""):
        if settings.staff_password and not hmac.compare_digest((password or "").encode(),
                                                               settings.staff_password.encode()):
            raise gr.Error("需要正确的员工密码 / The staff password is required.")
        keyword = (keyword or "").strip()
        rows = []
        for doc in engine.docs.values():
            for p in doc.passages:
                if p.kind == "glossary" and keyword and (keyword in p.title or keyword in p.text):
                    rows.append(["名词解释", p.title, p.text[:120], doc.document.name])
            for e in doc.catalogue:
                if keyword and (keyword in e.code or keyword in e.name or keyword == e.department):
                    rows.append([f"目录 {e.department}", e.code, e.name, doc.document.name])
            for t in doc.performance:
                if keyword and (keyword in t.project or keyword in ("绩效", "绩效目标", "项目")):
                    targets = "；".join(f"{x['三级指标']} {x['指标值']}" for x in t.indicators[:8])
                    rows.append(["绩效目标", t.project, f"年度资金 {format_decimal(t.annual_funding or 0)} 元；{targets}",
                                 doc.document.name])
        return rows[:300]

    with gr.Blocks(title="BudgetQA 预算问答") as ui:
        gr.Markdown("# BudgetQA 预算公开问答 · Budget disclosure Q&A\n每个数字都来自表格，附公式和出处。"
                    " Every number comes from the tables, with its formula and citation.")
        with gr.Tab("问答 / Chat"):
            doc = gr.Dropdown(doc_choices(), value=ALL, label="文件 / Document")
            chat = gr.Chatbot(label="对话 / Conversation", height=420)
            question = gr.Textbox(label="问题 / Question", placeholder="例如：超层越界检查测绘的预算一共是多少？")
            send = gr.Button("提问 / Ask", variant="primary")
            gr.Examples(EXAMPLES, inputs=question)
            cites = gr.HTML(label="出处 / Citations", elem_id="citations")
            pages = gr.Gallery(label="原文页面（引用行已框出）/ Cited pages, rows boxed", columns=2, height=420,
                               elem_id="pages")
            send.click(ask, [question, chat, doc], [chat, question, cites, pages], api_name=False)
            question.submit(ask, [question, chat, doc], [chat, question, cites, pages], api_name=False)
        with gr.Tab("概览 / Overview") as overview_tab:
            plots = [gr.BarPlot(x="name", y="value", title=title, x_label_angle=-30, height=320, sort=order)
                     for title, order in zip( ("按功能分类的支出 / Spending by function class",
                                   "基本支出与项目支出 / Basic vs project spending",
                                   "金额最大的项目 / Largest projects", "“三公”经费 / Three public expenses"),
                                  (None, None, "-y", None))]
            overview_tab.select(charts, doc, plots, api_name=False)
            doc.change(charts, doc, plots, api_name=False)
        with gr.Tab("上传 / Upload"):
            file = gr.File(label="PDF / TXT", file_types=[".pdf", ".txt"])
            report = gr.Textbox(label="结果与审计 / Result and audit", lines=12, elem_id="report")
            file.upload(upload, file, [report, doc], api_name=False)
        with gr.Tab("查询 / Staff lookup"):
            keyword = gr.Textbox(label="关键词、代码或部门 / keyword, code or department")
            password = gr.Textbox(label="员工密码 / Staff password", type="password",
                                  visible=bool(settings.staff_password))
            table = gr.Dataframe(headers=["类别", "代码/名称", "内容", "文件"], wrap=True)
            keyword.submit(search_staff, [keyword, password], table, api_name=False)
        api_q = gr.Textbox(visible=False)
        api_doc = gr.Textbox(visible=False)
        api_out = gr.JSON(visible=False)
        gr.Button(visible=False).click(api_ask, [api_q, api_doc], api_out, api_name="ask")
        # documents stored meanwhile (another tab, the CLI, another process) appear when a page opens
        ui.load(lambda: gr.update(choices=doc_choices()), None, doc, api_name=False)
    return ui


def launch(engine, settings) -> None:
    ui = build(engine, settings)
    ui.queue(default_concurrency_limit=8).launch(server_name=settings.host, server_port=settings.port,
                                                 show_error=False,
                                                 allowed_paths=[str(settings.home / "cache")])
