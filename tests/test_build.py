"""Whole-site builds through MkDocs and ProperDocs: what a publisher gets in site/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import BIN, copy_project, run
from tests.htmltext import visible_text

pytestmark = pytest.mark.slow


def test_article_page_has_claims_markers_notes_and_summary(built_site: Path) -> None:
    page = (built_site / "articles" / "defectors" / "index.html").read_text(encoding="utf-8")
    assert page.count('class="claim"') >= 10
    assert 'data-labels="single-source unverified"' in page
    assert 'class="claim-marker"' in page and 'href="#note-c2"' in page
    assert 'id="note-c2"' in page
    assert 'class="sourcing-summary"' in page
    assert page.index("sourcing-summary") < page.index('class="claim"') < page.index('class="claim-notes"')


def test_claims_json_sits_beside_the_page_and_follows_the_contract(built_site: Path) -> None:
    data = json.loads((built_site / "articles" / "defectors" / "claims.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["path"] == "content/articles/defectors.md"
    assert data["title"] == "Former Ukrainian soldiers reportedly defecting to Russian ranks"
    body = (Path(__file__).parent.parent / "content" / "articles" / "defectors.md").read_text(encoding="utf-8")
    body = body.split("---\n", 2)[2]
    for claim in data["claims"]:
        assert body[claim["start"] : claim["end"]] == claim["text"]
    assert data["summary"]["claims"] == 22


def test_home_lists_the_article_with_its_profile(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="articles/defectors/index.html"' in home
    assert "Former Ukrainian soldiers reportedly defecting to Russian ranks" in home
    assert 'class="profile"' in home
    assert 'class="claim"' not in home  # the home page itself is not annotated


def test_registry_and_sidecars_are_not_published(built_site: Path) -> None:
    assert not (built_site / "sources.yml").exists()
    assert not list(built_site.rglob("*.claims.yml"))


def test_no_external_requests_in_pages(built_site: Path) -> None:
    """Everything a page loads (scripts, styles, images, fonts) ships inside the site."""
    fetched = re.compile(
        r'<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*rel="(?:stylesheet|preload|icon|modulepreload)"[^>]*href="([^"]+)"'
    )
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        for match in fetched.finditer(page.read_text(encoding="utf-8")):
            url = match.group(1) or match.group(2)
            assert "//" not in url, (page, url)
    for css in built_site.rglob("*.css"):
        assert "url(http" not in css.read_text(encoding="utf-8") and "@import" not in css.read_text(encoding="utf-8")


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
def test_plain_engine_builds_the_same_article(engine: str, tmp_path: Path, built_site: Path) -> None:
    """The plugin is found by its entry point and runs unchanged under both engines."""
    project = copy_project(tmp_path)
    result = run([str(BIN / engine), "build", "--strict"], cwd=project)
    assert result.returncode == 0, result.stderr
    ours = (built_site / "articles" / "defectors" / "index.html").read_text(encoding="utf-8")
    theirs = (project / "site" / "articles" / "defectors" / "index.html").read_text(encoding="utf-8")
    assert visible_text(theirs) == visible_text(ours)
    assert theirs.count('class="claim"') == ours.count('class="claim"')
    assert (project / "site" / "articles" / "defectors" / "claims.json").is_file()


def test_content_problems_warn_and_fail_a_strict_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "content" / "articles" / "bad.md").write_text("---\ntitle: Bad\npublsher: someone\n---\nText.\n")
    loose = run([str(BIN / "explainer"), "build"], cwd=project)
    assert loose.returncode == 0
    assert "content/articles/bad.md:3" in loose.stderr
    assert "unknown front-matter key 'publsher': did you mean 'publisher'?" in loose.stderr
    strict = run([str(BIN / "explainer"), "build", "--strict"], cwd=project)
    assert strict.returncode == 1


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("sources: nope.yml", "sources: nope.yml is not a file in content/"),
        ("articles: nonexistent", "articles: content/nonexistent is not a folder, so no page is annotated"),
        ("language: xx", "Expected one of: "),
    ],
)
def test_plugin_options_naming_nothing_say_so(option: str, message: str, tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("articles: articles", f"articles: articles\n      {option}"))
    if option.startswith("articles"):
        config.write_text(config.read_text().replace("      articles: articles\n", ""))
    result = run([str(BIN / "explainer"), "build", "--strict"], cwd=project)
    assert result.returncode == 1
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
