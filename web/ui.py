"""Gradio web chat, laid out like kotaemon (documents | chat | evidence). Callbacks only call the engine;
the HTML comes from web/cards.py, web/evidence.py, web/overview.py, web/lookup.py and web/upload.py."""
from __future__ import annotations

import hmac
import html
import logging
import time
from decimal import Decimal
from pathlib import Path

import gradio as gr

from core.qa.common import language_of
from web import lookup, scope, spending, upload as uploads
from web.cards import answer_card
from web.evidence import evidence_html
from web.overview import overview_html
from web.vocab import ALL, EXAMPLES, MAX_QUESTION, PER_DOCUMENT, doc_title, t

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
KEEP_TURNS = 20


def chips(questions: list[str]) -> str:
    return "".join(f"<button class='ask-chip' data-q='{html.escape(q, quote=True)}'>{html.escape(q)}</button>"
                   for q in questions)


def welcome_html(docs) -> str:
    """The loaded documents, each with questions it can answer, then general examples."""
    listing = "".join(f"<li>{html.escape(doc_title(d, 'zh'))} <span class='muted'>{html.escape(d.name)}</span>"
                      + (f"<div>{chips([q.format(dept=d.department) for q in PER_DOCUMENT])}</div>"
                         if d.department and n < 4 else "") + "</li>" for n, d in enumerate(docs[:12]))
    more = f"<li class='muted'>… +{len(docs) - 12}</li>" if len(docs) > 12 else ""
    return (f"<div class='welcome'><b>欢迎 / Welcome.</b> 已载入 {len(docs)} 个文件 / {len(docs)} documents loaded:"
            f"<ul>{listing}{more}</ul>也可以这样问 / Also try:<div>{chips(EXAMPLES)}</div></div>")


def chat_html(docs, turns: list[dict]) -> str:
    cards = "".join(turn["card"] for turn in turns)
    stamp = time.time()     # every render: the page script scrolls to the newest answer again
    return (f"<div class='chat-scroll' role='log' aria-live='polite' data-turns='{len(turns)}' data-stamp='{stamp}'>"
            f"{welcome_html(docs)}{cards}</div>")


def panel_html(turns: list[dict]) -> str:
    body = "".join(turn["evidence"] for turn in turns) or \
        "<div class='muted'>回答的出处会显示在这里；点 [1] [2] 查看 / The evidence of each answer shows here; " \
        "click [1] [2] to select.</div>"
    return f"<div class='ev-title'>证据 / Evidence</div><div class='ev-scroll'>{body}</div>"


def counter(n: int, message: str = "") -> str:
    over = " over" if n > MAX_QUESTION else ""
    warn = f"<span class='warn'>{html.escape(message)}</span>" if message else ""
    return f"<span id='q-counter' class='{over.strip()}'>{n}/{MAX_QUESTION}</span>{warn}"


def build(engine, settings) -> gr.Blocks:
    def scoped(dept, year, kind):
        return scope.selected(engine, dept, year, kind)

    def scope_list(dept, year, kind) -> str:
        docs = scoped(dept, year, kind)
        items = "".join(f"<li>{html.escape(doc_title(d, 'zh'))}<br><span class='muted'>{html.escape(d.name)}</span></li>"
                        for d in docs[:30])
        return (f"<div class='scope-docs'><b>范围 / Scope: {len(docs)}</b><ul>{items}</ul></div>" if docs
                else "<div class='lk-msg'>没有符合的文件 / No document matches.</div>")

    def answers_for(question, dept, year, kind):
        if scope.is_all(dept, year, kind):
            return [engine.ask(question, None)]
        docs = scoped(dept, year, kind)
        if not docs:
            return []
        answers = [engine.ask(question, d.id) for d in docs]
        found = [a for a in answers if a.kind != "not_found"]
        return found or answers[:1]

    def with_breakdown(question, answers, dept, year, kind):
        """A 'where does the money go' question the engine has no figure for gets the function-class split."""
        if answers and all(a.kind == "not_found" for a in answers) and spending.asks_breakdown(question):
            docs = scoped(dept, year, kind)
            named = [d for d in docs if d.name in ((answers[0].plan or {}).get("scope", {}).get("documents") or [])]
            return spending.breakdown(engine, question, answers[0].language, named or docs) or answers
        return answers

    def ask(question, turns, dept, year, kind):
        turns = list(turns or [])
        q = (question or "").strip()
        lang = language_of(q)
        if not q:
            return gr.update(), gr.update(), counter(0, t("empty", "zh") + " / " + t("empty", "en")), gr.update(), turns
        if len(q) > MAX_QUESTION:
            return gr.update(), gr.update(), counter(len(q), t("too_long", lang, n=len(q), cap=MAX_QUESTION)), \
                gr.update(), turns
        docs = engine.documents()
        shown = scoped(dept, year, kind)
        try:
            answers = with_breakdown(q, answers_for(q, dept, year, kind), dept, year, kind)
            if not answers:
                return gr.update(), gr.update(), counter(len(q), "没有符合所选范围的文件 / No document matches the "
                                                         "picker."), gr.update(), turns
            number = (turns[-1]["n"] + 1) if turns else 1
            card, citations = answer_card(number, q, answers, {d.name: d for d in docs})
            values = {f.value for a in answers for f in a.facts} | {i.value for a in answers for i in a.items
                                                                    if i.value is not None}
            evidence = evidence_html(engine, number, citations, {Decimal(v) for v in values})
        except Exception:       # the reader gets a message beside the box, the log the trace
            log.exception("ask failed")
            return gr.update(), gr.update(), counter(len(q), t("error", lang)), gr.update(), turns
        turns = (turns + [{"n": number, "card": card, "evidence": evidence}])[-KEEP_TURNS:]
        return chat_html(shown, turns), panel_html(turns), counter(0), "", turns

    def new_chat(dept, year, kind):
        return chat_html(scoped(dept, year, kind), []), panel_html([]), counter(0), "", []

    def rechat(turns, dept, year, kind):
        """The welcome follows the picker: the documents in scope and their questions."""
        return chat_html(scoped(dept, year, kind), list(turns or []))

    def api_ask(question: str, document: str | None = None) -> dict:
        """The /ask API: the same JSON object as `app.py ask --json`."""
        try:
            return engine.ask(question or "", document or None).to_json()
        except KeyError as exc:
            return {"question": question, "kind": "not_found", "answer": str(exc.args[0]), "facts": [],
                    "items": [], "citations": []}

    def overview(dept, year, kind):
        return overview_html(engine, scoped(dept, year, kind))

    def search_staff(keyword, password, dept, year, kind):
        if settings.staff_password and not hmac.compare_digest((password or "").encode(),
                                                               settings.staff_password.encode()):
            raise gr.Error("需要正确的员工密码 / The staff password is required.")
        docs = [engine.find_document(d.id) for d in scoped(dept, year, kind)]
        return lookup.results_html(lookup.search(docs, keyword), keyword)

    def picker_updates(dept=None, year=None, kind=None):
        depts, years, kinds = scope.choices(engine)
        return (gr.update(choices=depts, value=dept if dept in depts else ALL),
                gr.update(choices=years, value=year if year in years else ALL),
                gr.update(choices=kinds, value=kind if kind in kinds else ALL))

    def on_upload(file, request: gr.Request, progress=gr.Progress()):
        lang = uploads.language(request)
        if file is None:
            return "", gr.update(visible=False), None
        result = uploads.store(engine, file, progress)
        progress(0.9, desc="审计 / audit")
        card = uploads.summary_html(engine, result, lang)
        stored = getattr(result, "doc_id", None) and engine.find_document(result.doc_id) is not None
        label = uploads.WORDS[lang]["ask"]
        return card, gr.update(visible=bool(stored), value=label), result.doc_id if stored else None

    def ask_about(doc_id, turns):
        parsed = engine.find_document(doc_id) if doc_id else None
        if parsed is None:
            return (*picker_updates(), gr.update(), gr.update(selected="chat"))
        d = parsed.document
        picks = picker_updates(d.department or d.name, str(d.year) if d.year else None, d.kind)
        return (*picks, chat_html([d], list(turns or [])), gr.update(selected="chat"))

    with gr.Blocks(title="BudgetQA 预算问答") as ui:
        gr.HTML("<div id='bq-header'><h1>BudgetQA 预算公开问答 · Budget disclosure Q&amp;A</h1><p>每个数字都来自文件中的"
                "表格，附公式和出处。Every number comes from the documents' tables, with its formula and source.</p></div>")
        depts, years, kinds = scope.choices(engine)
        with gr.Row(elem_id="picker", equal_height=True):
            dept = gr.Dropdown(depts, value=ALL, label="部门 / Department", min_width=120, scale=3, elem_id="pick-dept")
            year = gr.Dropdown(years, value=ALL, label="年度 / Year", min_width=80, scale=1, elem_id="pick-year")
            kind = gr.Dropdown(kinds, value=ALL, label="类型 / Kind", min_width=80, scale=1, elem_id="pick-kind")
        picker = [dept, year, kind]
        turns = gr.State([])
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("问答 / Chat", id="chat"):
                with gr.Row(elem_id="chat-row"):
                    with gr.Column(scale=2, min_width=200, elem_id="docs-col"):
                        docs_list = gr.HTML(scope_list(ALL, ALL, ALL), elem_id="scope-list")
                        clear = gr.Button("新对话 / New chat", size="sm", elem_id="new-chat")
                    with gr.Column(scale=5, min_width=320, elem_id="chat-col"):
                        chat = gr.HTML(chat_html(engine.documents(), []), elem_id="chat")
                        with gr.Row(elem_id="input-row", equal_height=True):
                            question = gr.Textbox(label="问题 / Question", show_label=False, lines=1, max_lines=4,
                                                  scale=5, min_width=120, elem_id="question",
                                                  placeholder="问题 / Question — 例如：超层越界检查测绘的预算一共是多少？")
                            send = gr.Button("提问 / Ask", variant="primary", scale=1, min_width=80, elem_id="ask-btn")
                        message = gr.HTML(counter(0), elem_id="q-msg")
                        gr.HTML(f"<div class='examples'><span class='muted'>例 / e.g.</span> {chips(EXAMPLES[:5])}"
                                "</div>", elem_id="examples")
                    with gr.Column(scale=5, min_width=320, elem_id="ev-col"):
                        evidence = gr.HTML(panel_html([]), elem_id="evidence")
            with gr.Tab("概览 / Overview", id="overview") as overview_tab:
                charts = gr.HTML(elem_id="overview")
            with gr.Tab("上传 / Upload", id="upload"):
                file = gr.File(label="PDF / TXT", file_types=[".pdf", ".txt"], elem_id="upload-file")
                report = gr.HTML(elem_id="report")
                ask_doc = gr.Button("就此文件提问 / Ask about this document", visible=False, variant="primary",
                                    elem_id="ask-doc")
                stored_id = gr.State(None)
            with gr.Tab("查询 / Staff lookup", id="lookup"):
                with gr.Row():
                    keyword = gr.Textbox(label="关键词、代码或部门 / keyword, code or department", scale=4,
                                         elem_id="keyword")
                    find = gr.Button("查询 / Search", scale=1, elem_id="search-btn")
                password = gr.Textbox(label="员工密码 / Staff password", type="password",
                                      visible=bool(settings.staff_password))
                results = gr.HTML(elem_id="lookup-results")
        outs = [chat, evidence, message, question, turns]
        send.click(ask, [question, turns, *picker], outs, api_name=False)
        question.submit(ask, [question, turns, *picker], outs, api_name=False)
        clear.click(new_chat, picker, outs, api_name=False)
        for box in picker:
            box.change(scope_list, picker, docs_list, api_name=False)
            box.change(overview, picker, charts, api_name=False)
            box.change(rechat, [turns, *picker], chat, api_name=False)
        overview_tab.select(overview, picker, charts, api_name=False)
        lookup_inputs = [keyword, password, *picker]
        keyword.submit(search_staff, lookup_inputs, results, api_name=False)
        find.click(search_staff, lookup_inputs, results, api_name=False)
        file.upload(on_upload, file, [report, ask_doc, stored_id], api_name=False).then(
            lambda d, y, k: picker_updates(d, y, k), picker, picker, api_name=False)
        ask_doc.click(ask_about, [stored_id, turns], [*picker, chat, tabs], api_name=False)
        api_q = gr.Textbox(visible=False)
        api_doc = gr.Textbox(visible=False)
        api_out = gr.JSON(visible=False)
        gr.Button(visible=False).click(api_ask, [api_q, api_doc], api_out, api_name="ask")
        # documents stored meanwhile (another tab, the CLI, another process) appear when a page opens
        ui.load(lambda: (*picker_updates(), chat_html(engine.documents(), [])), None, [*picker, chat],
                api_name=False)
    return ui


def launch(engine, settings) -> None:
    ui = build(engine, settings)
    css = (HERE / "style.css").read_text(encoding="utf-8")
    script = (HERE / "app.js").read_text(encoding="utf-8")
    # the drop zone in both languages, whatever the browser's locale
    drop = {"upload_text.drop_file": "拖放 PDF / TXT 到这里 · Drop a PDF or TXT here",
            "upload_text.click_to_upload": "点击选择文件 · Click to choose a file"}
    i18n = gr.I18n(**{loc: drop for loc in ("en", "zh-CN", "zh-TW")})
    # the JSON API (/api/...) and the page share one process and one engine; the API never waits in the
    # chat's queue
    import uvicorn
    from web.api import api_app
    ui.queue(default_concurrency_limit=8)
    app = gr.mount_gradio_app(api_app(engine), ui, path="/", show_error=False, css=css,
                              head=f"<script>{script}</script>", i18n=i18n,
                              allowed_paths=[str(settings.home / "cache")])
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", timeout_graceful_shutdown=3)
