"""explainer in someone else's site: Material for MkDocs with the plugin, the built-in theme with the extension.

The articles must stay what the theme makes of any page (its own HTML
unescaped, its navigation titled, its search complete) with the marks added.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from .conftest import BIN, CONTENT, run

MATERIAL_CONFIG = """site_name: Newsroom
docs_dir: content
site_dir: site
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
"""


@pytest.fixture(scope="module")
def material_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("material")
    shutil.copytree(CONTENT, project / "content")
    article = project / "content" / "articles" / "defectors.md"
    article.write_text(article.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    (project / "content" / "articles" / "tagged.md").write_text(
        "---\ntitle: A tagged article\ntags: [floods]\n---\nOfficials said the river rose overnight.\n"
    )
    (project / "mkdocs.yml").write_text(MATERIAL_CONFIG)
    result = run([str(BIN / "mkdocs"), "build", "--strict"], cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


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


def test_admonitions_and_content_tabs_keep_working_with_claims_inside(material_site: Path) -> None:
    page = (material_site / "articles" / "defectors" / "index.html").read_text(encoding="utf-8")
    assert "!!! note" not in page and '=== "' not in page
    admonition = page[page.index('class="admonition note"') :]
    assert admonition.index('class="claim"') < admonition.index("</div>")
    tabs = page[page.index('class="tabbed-set') :]
    assert re.search(r'<input[^>]*type="radio"', tabs) and "<label" in tabs
    assert tabs.index('class="claim"') < tabs.index("</div>\n</div>")
