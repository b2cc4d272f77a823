"""End to end in headless Chromium (Debian's package): ask a design example, see the answer and the
highlighted citation rows; screenshots of the chat and the overview are saved under test-output/."""
import os
from pathlib import Path

import pytest

from conftest import REAL, ROOT

CHROMIUM = "/usr/bin/chromium"
OUT = ROOT / "test-output"


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (scripts/test.sh installs it as root)")
def test_chat_shows_answer_and_highlighted_rows(web_server):
    from playwright.sync_api import sync_playwright
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 1600})
        page.goto(web_server, wait_until="networkidle")
        page.get_by_label("问题 / Question").fill("how much is budgeted for overlap and cross-boundary mining surveys?")
        page.get_by_role("button", name="提问 / Ask").click()
        page.wait_for_selector("#citations tr[style*='ffe58a']", timeout=60000)
        assert "173.43" in page.inner_text("body")
        highlighted = page.locator("#citations tr[style*='ffe58a']")
        assert highlighted.count() == 8
        assert "超层越界检查测绘" in highlighted.first.inner_text()
        page.screenshot(path=str(OUT / "chat.png"), full_page=True)
        page.get_by_role("tab", name="概览 / Overview").click()
        page.wait_for_timeout(3000)
        page.screenshot(path=str(OUT / "overview.png"), full_page=True)
        # upload a real PDF, see its audit, then ask about it and get the cited page with rows boxed
        page.get_by_role("tab", name="上传 / Upload").click()
        page.locator("input[type=file]").set_input_files(str(REAL / "shanghai_finance_bureau_2025_unit_budget.pdf"))
        page.wait_for_function("() => (document.querySelector('#report textarea') || {}).value?.includes('audit')",
                               timeout=180000)
        assert "shanghai_finance_bureau_2025_unit_budget.pdf: 9 tables" in page.input_value("#report textarea")
        page.screenshot(path=str(OUT / "upload.png"), full_page=True)
        page.get_by_role("tab", name="问答 / Chat").click()
        page.get_by_label("问题 / Question").fill("上海市财政局行政运行预算多少")
        page.get_by_role("button", name="提问 / Ask").click()
        try:
            page.wait_for_function("() => document.querySelector('#citations').innerText.includes('2025年预算单位')",
                                   timeout=60000)
            page.wait_for_selector("#pages img", timeout=60000)
        finally:
            page.screenshot(path=str(OUT / "chat-pdf.png"), full_page=True)
        assert "84,861,719" in page.inner_text("#citations tr[style*='ffe58a']")
        page.screenshot(path=str(OUT / "chat-pdf.png"), full_page=True)
        browser.close()
    assert Path(OUT / "chat.png").stat().st_size > 10000
