"""Reports in a real browser (Debian's Chromium driven by Playwright): no console errors, no
broken images, no request leaving the machine, and no script from an article ever runs."""

import functools
import http.server
import os
import shutil
import threading

import pytest

from conftest import CORPUS, run_cli, write_corpus

CHROMIUM = "/usr/bin/chromium"
HOSTILE = """---
event: hostile
outlet: Example News
title: "<script>window.__pwned = 'title'</script>Kim meets Li"
---
Kim met Li in Pyongyang on Thursday <script>window.__pwned = 'body'</script> and said "the
<img src=x onerror=\\"window.__pwned='img'\\"> friendship is unbreakable," KCNA reported.

The talks ended with a banquet <iframe src="https://example.com/"></iframe> in the evening,
the agency said on Friday.
"""


def chromium_or_skip():
    if shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return
    message = "Debian's chromium is not installed (apt-get install -y chromium)"
    if os.environ.get("CI"):
        pytest.fail(message + ": .ci/run installs it")
    pytest.skip(message)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Reports for the bundled corpus plus a hostile article, served on loopback."""
    chromium_or_skip()
    root = tmp_path_factory.mktemp("site")
    corpus = write_corpus(root / "corpus", {"hostile/a.txt": HOSTILE})
    shutil.copytree(CORPUS, corpus, dirs_exist_ok=True)
    out = root / "reports"
    result = run_cli("report", str(corpus), "--all", "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


def visit(browser, url: str):
    """Open ``url``; return the page and the problems seen (console errors, page errors,
    requests to anything but loopback, images that did not load)."""
    problems: list[str] = []
    page = browser.new_page()
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def route(r):
        if r.request.url.startswith(("http://127.0.0.1", "data:", "about:")):
            return r.continue_()
        problems.append(f"request left the machine: {r.request.url}")
        return r.abort()

    page.route("**/*", route)
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, url
    page.wait_for_timeout(300)
    broken = page.evaluate(
        "Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)"
        ".map(i => i.src.slice(0, 80))")
    problems += [f"broken image: {src}" for src in broken]
    return page, problems


def test_index_opens_cleanly(site, browser):
    page, problems = visit(browser, site + "/index.html")
    assert problems == []
    links = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
    assert "zhao-pyongyang-2024-04/report.html" in links
    assert "hostile/report.html" in links
    page.close()


@pytest.mark.parametrize("event", ["zhao-pyongyang-2024-04", "li-pyongyang-2025-10"])
def test_reports_open_cleanly(site, browser, event):
    page, problems = visit(browser, f"{site}/{event}/report.html")
    assert problems == []
    assert "Zhao" in page.inner_text("body") or "Li Qiang" in page.inner_text("body")
    page.close()


def test_article_markup_never_runs(site, browser):
    page, problems = visit(browser, site + "/hostile/report.html")
    assert problems == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("iframe").count() == 0
    text = page.inner_text("body")
    assert "<script>window.__pwned = 'body'</script>" in text  # shown as text
    page.close()
    page, problems = visit(browser, site + "/index.html")
    assert page.evaluate("window.__pwned") is None and problems == []
    page.close()


def test_report_prints(site, browser):
    """In print layout the articles follow each other (no columns) and a PDF comes out."""
    page, problems = visit(browser, site + "/zhao-pyongyang-2024-04/report.html")
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.fr-grid')).display") == \
        "block"
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.fr-article'))"
                         ".fontSize)")
    assert size >= 14  # 11pt
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 50_000
    assert problems == []
    page.close()


def test_report_figures_load(site, browser):
    page, problems = visit(browser, site + "/zhao-pyongyang-2024-04/report.html")
    sizes = page.evaluate("Array.from(document.images).map(i => i.naturalWidth)")
    assert len(sizes) == 5 and min(sizes) > 300  # heatmap, sources x2, markers, tone
    assert problems == []
    page.close()
