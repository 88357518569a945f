"""explainer in someone else's site: Material for MkDocs with the plugin, the built-in theme with the extension.

The articles must stay what the theme makes of any page (its own HTML
unescaped, its navigation titled, its search complete) with the marks added.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.annotate import ASSETS

from .conftest import BIN, CONTENT, run, serving, shot

MATERIAL_CONFIG = """site_name: Newsroom
site_url: !ENV SITE_URL
docs_dir: content
site_dir: served/repo
theme:
  name: material
  features: [navigation.instant]
  palette:
    - scheme: default
      toggle: {icon: material/brightness-7, name: Switch to dark mode}
    - scheme: slate
      toggle: {icon: material/brightness-4, name: Switch to light mode}
plugins:
  - search
  - explainer
markdown_extensions:
  - admonition
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
  - attr_list
  - footnotes
  - tables
  - toc:
      permalink: true
"""

EXTRA = """
!!! note "Background"
    Officials said the talks had stalled. TASS reported the same day that the border was closed.

=== "Kyiv"

    Reuters reported that the dam was hit.

=== "Moscow"

    The ministry said the bridge was closed.

| City | Report |
| --- | --- |
| Odesa | Officials said the port was hit. |

The port reopened.[^port]

[^port]: Reuters reported that the port reopened at noon.
"""


@pytest.fixture(scope="module")
def material_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A Material site with the plugin, built for and served from a subpath; (site folder, its URL)."""
    project = tmp_path_factory.mktemp("material")
    shutil.copytree(CONTENT, project / "content")
    article = project / "content" / "articles" / "defectors.md"
    article.write_text(article.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    (project / "content" / "articles" / "tagged.md").write_text(
        "---\ntitle: A tagged article\ntags: [floods]\n---\nOfficials said the river rose overnight.\n"
    )
    guide = project / "content" / "how-to-read.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nSee [an annotated article](articles/defectors.md).\n")
    (project / "mkdocs.yml").write_text(MATERIAL_CONFIG)
    (project / "served").mkdir()
    with serving(project / "served") as url:
        # Material's instant navigation needs the site's address.
        env = {**os.environ, "SITE_URL": url + "repo/"}
        result = run([str(BIN / "mkdocs"), "build", "--strict"], cwd=project, env=env)
        assert result.returncode == 0, result.stderr
        yield project / "served" / "repo", url + "repo/"


@pytest.fixture(scope="module")
def material_site(material_served: tuple[Path, str]) -> Path:
    return material_served[0]


def test_articles_are_the_themes_pages_with_the_marks_added(material_site: Path) -> None:
    page = (material_site / "articles" / "defectors" / "index.html").read_text(encoding="utf-8")
    assert "&lt;p&gt;" not in page and "&lt;span" not in page  # the theme's HTML is not escaped
    assert 'class="md-content"' in page
    assert page.count('class="claim-marker"') >= 20 and 'id="claim-notes"' in page
    # The summary comes after the page's title, not above it.
    assert page.index("<h1") < page.index('class="sourcing-summary"')


def test_navigation_titles_are_the_pages_titles(material_site: Path) -> None:
    for path in material_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "<title>None" not in html, path
        assert not re.search(r">\s*None\s*<", html), path  # a navigation entry titled "None"


def test_materials_search_holds_every_article_without_the_marks_words(material_site: Path) -> None:
    index = json.loads((material_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_location = {doc["location"]: doc for doc in index["docs"]}
    assert "articles/defectors/" in by_location and "articles/tagged/" in by_location
    text = by_location["articles/defectors/"]["text"]
    assert "Former Ukrainian soldiers" in text or "Eastern Front" in text
    everything = " ".join(doc["text"] for doc in index["docs"])
    assert "Show note" not in everything and "single source:" not in everything
    assert "How this article is sourced" not in everything
    # Material's own search, not Pagefind's, in Material.
    assert not (material_site / "pagefind").exists()


def test_admonitions_tabs_tables_and_footnotes_keep_working_with_claims_inside(material_site: Path) -> None:
    page = (material_site / "articles" / "defectors" / "index.html").read_text(encoding="utf-8")
    assert "!!! note" not in page and '=== "' not in page
    admonition = page[page.index('class="admonition note"') :]
    assert admonition.index('class="claim"') < admonition.index("</div>")
    assert re.search(r'<td><span class="claim"[^>]*>Officials said the port was hit\.', page)
    assert re.search(r'<li id="fn:port">\s*<p><span class="claim"[^>]*>Reuters reported', page)
    tabs = page[page.index('class="tabbed-set') :]
    assert re.search(r'<input[^>]*type="radio"', tabs) and "<label" in tabs
    assert tabs.index('class="claim"') < tabs.index("</div>\n</div>")


def test_the_marks_stylesheet_and_script_come_with_the_plugin(material_site: Path) -> None:
    page = (material_site / "articles" / "defectors" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<link[^>]+href="[./]*assets/explainer/marks\.css"', page)
    assert re.search(r'<script[^>]+src="[./]*assets/explainer/marks\.js"', page)
    assert (material_site / "assets" / "explainer" / "marks.js").is_file()
    css = (material_site / "assets" / "explainer" / "marks.css").read_text(encoding="utf-8")
    # Scoped: every rule names one of explainer's classes (beside its colour variables).
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    selectors = [
        part.strip()
        for head in re.findall(r"([^{}]+)\{", css)
        if not head.strip().startswith("@")
        for part in re.split(r",(?![^()]*\))", head)  # commas outside :is(...)
    ]
    unscoped = [s for s in selectors if not s.startswith((":root", "[data-md-color-scheme")) and "." not in s]
    assert selectors and unscoped == []


# -- in the browser -------------------------------------------------------------------

#: What axe checks: the page's content (where explainer's marks, summary and notes are) and
#: the open note; Material's own header, search and footer are Material's business.
OURS = {"include": [[".md-content"], ["#note-popover"]]}


@pytest.mark.browser
def test_a_mark_opens_its_note_after_instant_navigation_in_both_palettes(
    browser: Any, material_served: tuple[Path, str]
) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    _, url = material_served
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url + "how-to-read/")
    page.evaluate("() => { window.stillHere = true; }")
    page.locator(".md-content a", has_text="an annotated article").click()
    expect(page).to_have_url(re.compile(r"/repo/articles/defectors/$"))
    # The script set the new page's marks up (Material announced the page on document$) ...
    expect(page.locator("#mark-c1")).to_have_attribute("aria-haspopup", "dialog")
    assert page.evaluate("() => window.stillHere === true")  # ... after an instant navigation, not a reload

    page.click("#mark-c1")
    popover = page.locator("#note-popover:popover-open")
    expect(popover).to_contain_text("reportedly")
    assert page.evaluate("() => location.hash") == ""  # the note opened in place, the page did not jump
    shot(page, "material-note-open")
    light = page.locator("#mark-c1 .tag").evaluate("el => getComputedStyle(el).color")
    serious = [
        v for v in Axe().run(page, context=OURS).response["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], [
        (v["id"], [(n["target"], n["any"][0]["message"] if n["any"] else "") for n in v["nodes"]][:3]) for v in serious
    ]

    page.keyboard.press("Escape")
    page.locator("label[for='__palette_1']").click()  # Material's light/dark toggle
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    dark = page.locator("#mark-c1 .tag").evaluate("el => getComputedStyle(el).color")
    assert dark != light
    page.click("#mark-c1")
    expect(popover).to_contain_text("reportedly")
    background = popover.evaluate("el => getComputedStyle(el).backgroundColor")
    body = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert background == body  # the note follows the palette
    serious = [
        v for v in Axe().run(page, context=OURS).response["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], [
        (v["id"], [(n["target"], n["any"][0]["message"] if n["any"] else "") for n in v["nodes"]][:3]) for v in serious
    ]
    shot(page, "material-dark-note-open")
    context.close()


def test_the_extension_alone_annotates_pages_of_the_built_in_theme(tmp_path: Path) -> None:
    project = tmp_path / "plain"
    shutil.copytree(CONTENT, project / "docs")
    shutil.rmtree(project / "docs" / "articles")
    (project / "docs" / "report.md").write_text(
        "# Port report\n\nReuters reported that the port reopened. Officials said two ships were damaged.\n"
    )
    assets = project / "docs" / "css"
    assets.mkdir()
    for asset in ASSETS:  # copied in by hand: the stylesheet styles explainer's elements only
        shutil.copy(asset, assets / asset.name)
    (project / "mkdocs.yml").write_text(
        "site_name: Plain\ntheme: mkdocs\nextra_css: [css/marks.css]\nextra_javascript: [css/marks.js]\n"
        "markdown_extensions:\n  - explainer:\n      sources: docs/sources.yml\n"
    )
    result = run([str(BIN / "mkdocs"), "build", "--strict"], cwd=project)
    assert result.returncode == 0, result.stderr
    page = (project / "site" / "report" / "index.html").read_text(encoding="utf-8")
    assert "&lt;p&gt;" not in page and "&lt;span" not in page
    assert 'class="claim-marker"' in page and 'id="claim-notes"' in page and 'class="sourcing-summary"' in page
    assert '<a href="./" class="nav-link">Port report</a>' in page or ">Port report<" in page
    assert "css/marks.css" in page


def test_generated_pages_list_their_claims_in_another_theme(material_site: Path) -> None:
    source = (material_site / "sources" / "tass" / "index.html").read_text(encoding="utf-8")
    assert 'class="md-content"' in source and "<h1>TASS</h1>" in source
    assert 'class="claim-list"' in source and "defectors/#claim-c" in source
    label = (material_site / "labels" / "unverified" / "index.html").read_text(encoding="utf-8")
    assert 'class="claim-list"' in label and "reportedly" in label
    overview = (material_site / "sources" / "index.html").read_text(encoding="utf-8")
    assert 'class="sources-table"' in overview
    assert "&lt;" not in source.split('class="md-content"')[1].split("</article>")[0]
