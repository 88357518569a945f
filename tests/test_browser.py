"""The article as a reader meets it: Debian's chromium driven by Playwright.

Pages are served from a subpath (``/repo/``), as GitHub Pages serves a
project site; one test opens them from disk too.
"""

from __future__ import annotations

import gzip
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")
from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from playwright.sync_api import Browser, Page, expect  # noqa: E402

from tests.conftest import ARTIFACTS, serving, shot  # noqa: E402

pytestmark = pytest.mark.browser

ARTICLE = "articles/defectors/index.html"


@pytest.fixture(scope="module")
def base_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("pages")
    shutil.copytree(built_site, root / "repo")
    with serving(root) as url:
        yield url + "repo/"


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def popover_open(page: Page) -> bool:
    return bool(page.evaluate("() => !!document.querySelector('#note-popover:popover-open')"))


def test_keyboard_opens_a_note_and_escape_returns_focus(page: Page, base_url: str) -> None:
    page.goto(base_url + ARTICLE)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('claim-marker')"):
            break
    marker_id = page.evaluate("() => document.activeElement.id")
    assert marker_id == "mark-c1"
    page.keyboard.press("Enter")
    assert popover_open(page)
    popover = page.locator("#note-popover")
    expect(popover).to_contain_text("reportedly")
    expect(popover).to_contain_text("Unverified")
    assert page.evaluate("() => document.activeElement.className") == "note-popover-close"
    shot(page, "desktop-note-open")
    page.keyboard.press("Escape")
    assert not popover_open(page)
    expect(page.locator("#mark-c1")).to_be_focused()
    expect(page.locator("#mark-c1")).to_have_attribute("aria-expanded", "false")


PAGE_BOX = (
    "el => { const r = el.getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, r.height]; }"
)


def test_one_note_at_a_time_and_the_text_does_not_move(page: Page, base_url: str) -> None:
    page.goto(base_url + ARTICLE)
    before = page.locator("#claim-c4").evaluate(PAGE_BOX)
    page.click("#mark-c2")
    expect(page.locator("#note-popover")).to_contain_text("TASS")
    page.click("#mark-c4")
    assert page.locator("#note-popover").count() == 1
    expect(page.locator("#note-popover")).to_contain_text("The report")
    expect(page.locator("#note-popover")).not_to_contain_text("law enforcement sources")
    assert page.locator("#claim-c4").evaluate(PAGE_BOX) == before


def test_tap_opens_a_note_at_360px_without_horizontal_scroll(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + ARTICLE)
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= 360
    shot(page, "mobile")
    page.locator("#mark-c2").scroll_into_view_if_needed()
    page.tap("#mark-c2")
    assert popover_open(page)
    box = page.locator("#note-popover").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
    shot(page, "mobile-note-open")
    context.close()


def test_without_javascript_marks_link_to_the_notes(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url + ARTICLE)
    assert page.locator(".reader-controls").count() == 0
    page.click("#mark-c2")
    assert page.url.endswith("#note-c2")
    expect(page.locator("#note-c2")).to_be_in_viewport()
    page.click("#note-c2 .note-back a")
    assert page.url.endswith("#claim-c2")
    expect(page.locator("#claim-c2")).to_be_in_viewport()
    context.close()


def test_print_shows_bracketed_labels_and_endnotes(page: Page, base_url: str) -> None:
    page.goto(base_url + ARTICLE)
    page.emulate_media(media="print")
    before = page.evaluate("() => getComputedStyle(document.querySelector('.tag'), '::before').content")
    assert before == '"["'
    expect(page.locator("#claim-notes")).to_be_visible()
    expect(page.locator(".site-header")).to_be_hidden()
    pdf = ARTIFACTS / "print.pdf"
    ARTIFACTS.mkdir(exist_ok=True)
    page.pdf(path=str(pdf))
    assert pdf.stat().st_size > 10_000
    page.set_viewport_size({"width": 800, "height": 1100})
    shot(page, "print")


def test_filters_hide_labels_and_persist_across_pages(page: Page, base_url: str) -> None:
    page.goto(base_url + ARTICLE)
    opinion_only = "#claim-c7"
    assert page.get_attribute(opinion_only, "data-labels") == "opinion"
    page.get_by_label("Opinion").uncheck()
    decoration = "el => getComputedStyle(el).textDecorationLine"
    assert page.locator(opinion_only).evaluate(decoration) == "none"
    expect(page.locator("#mark-c7")).to_be_hidden()
    expect(page.locator("#mark-c2")).to_be_visible()
    page.reload()
    assert not page.get_by_label("Opinion").is_checked()
    assert page.locator(opinion_only).evaluate(decoration) == "none"
    page.get_by_role("button", name="Plain reading").click()
    assert page.locator(".claim-marker:visible").count() == 0
    page.get_by_label("Single source").focus()
    page.keyboard.press("Space")
    expect(page.locator("#mark-c2")).to_be_visible()
    page.get_by_role("button", name="Plain reading").click()
    page.get_by_role("button", name="Plain reading").click()
    assert page.get_by_label("Opinion").is_checked()


def test_permalink_opens_the_note(page: Page, base_url: str) -> None:
    page.goto(base_url + ARTICLE + "#note-c7")
    assert popover_open(page)
    expect(page.locator("#note-popover")).to_contain_text("raises critical questions")
    page.goto(base_url + ARTICLE + "#claim-c4")
    expect(page.locator("#claim-c4")).to_be_in_viewport()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path",
    [
        "",
        ARTICLE,
        "how-to-read/index.html",
        "sources/index.html",
        "sources/tass/index.html",
        "labels/unverified/index.html",
        "search/index.html",
    ],
)
def test_axe_finds_no_serious_violations(browser: Browser, base_url: str, scheme: str, path: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(base_url + path)
    if path == ARTICLE:
        page.click("#mark-c2")  # check the open note too
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in serious]
    if path == ARTICLE and scheme == "dark":
        background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(22, 23, 26)"
        page.keyboard.press("Escape")
        shot(page, "dark")
    context.close()


def test_desktop_page_and_no_third_party_requests(page: Page, base_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url + ARTICLE)
    page.wait_for_load_state("networkidle")
    assert requests and all(url.startswith(base_url) for url in requests), requests
    style = page.locator("#claim-c2").evaluate("el => getComputedStyle(el).textDecorationStyle")
    assert style == "wavy"  # the stylesheet loaded from the subpath
    shot(page, "desktop")


def test_text_zoom_200_percent_reflows(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 640, "height": 900}, device_scale_factor=2)
    page = context.new_page()
    page.goto(base_url + ARTICLE)
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= 640
    page.click("#mark-c2")
    box = page.locator("#note-popover").bounding_box()
    assert box is not None and box["x"] + box["width"] <= 640
    context.close()


def test_site_works_from_disk(browser: Browser, built_site: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto((built_site / "index.html").as_uri())
    page.click("text=Former Ukrainian soldiers reportedly defecting to Russian ranks")
    assert page.url.endswith("articles/defectors/index.html")
    assert page.locator("#claim-c2").evaluate("el => getComputedStyle(el).textDecorationStyle") == "wavy"
    page.click("#mark-c2")
    assert popover_open(page)
    context.close()


def test_annotation_ui_weighs_under_15_kb_gzipped(built_site: Path) -> None:
    assets = built_site / "assets"
    names = ("explainer/marks.css", "explainer/marks.js", "explainer.css")
    size = sum(len(gzip.compress((assets / name).read_bytes(), 9)) for name in names)
    assert size <= 15 * 1024, size


def test_search_finds_a_claim_by_word_and_label(page: Page, base_url: str) -> None:
    page.goto(base_url + "search/index.html")
    page.locator(".pagefind-ui__search-input").fill("Gerasimov")
    result = page.locator(".pagefind-ui__result").first
    expect(result).to_contain_text("Former Ukrainian soldiers")
    expect(result).to_contain_text("Gerasimov")
    link = result.locator("a").first.get_attribute("href")
    assert link is not None and link.startswith("/repo/articles/defectors/")  # under the subpath
    filters = page.locator(".pagefind-ui__filter-panel")
    filters.get_by_label(re.compile("^Unverified")).check()
    expect(page.locator(".pagefind-ui__result")).to_have_count(1)
    shot(page, "search")
    page.locator(".pagefind-ui__search-input").fill("zanzibar")
    expect(page.locator(".pagefind-ui__message")).to_contain_text("No results")
