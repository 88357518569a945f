"""A cache you can trust: a warm build reports and produces exactly what a cold one does.

Every test builds a copy of the project twice or more with the real CLI and
compares the output byte for byte, or the warnings line for line.
"""

from __future__ import annotations

import filecmp
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.analysis import load_registry
from generator.analysis.lexicon import LEXICON_DIR
from generator.plugin import cache as cache_module
from generator.plugin.cache import PACKAGE, fingerprint

from .conftest import BIN, CONTENT, copy_project, run

EXPLAINER = str(BIN / "explainer")
ARTICLE = Path("content/articles/defectors.md")


def build(project: Path, *args: str) -> tuple[int, list[str]]:
    """Exit code and the warnings, in order, of ``explainer build`` in ``project``."""
    result = run([EXPLAINER, "build", *args], cwd=project)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, [line for line in result.stderr.splitlines() if line.startswith("WARNING")]


def differences(one: Path, other: Path) -> list[str]:
    """Files that are not byte-identical between two site folders (or exist in only one)."""
    found: list[str] = []

    def walk(compared: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in compared.left_only + compared.right_only + compared.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(compared.left, compared.right, compared.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in compared.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(one, other), "")
    return found


def append(project: Path, relative: Path, text: str) -> None:
    path = project / relative
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_warm_strict_build_fails_with_the_warnings_of_a_cold_one(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    append(project, ARTICLE, "\nThe annex is [published separately](annex.md).\n")
    cold = build(project, "--strict")
    assert cold[0] == 1
    assert any("contains a link 'annex.md'" in line for line in cold[1]), cold
    entries = list((project / ".cache" / "explainer" / "html").rglob("*.bin"))
    assert len(entries) == 1
    stamp = entries[0].stat().st_mtime_ns
    warm = build(project, "--strict")
    assert entries[0].stat().st_mtime_ns == stamp  # the page was reused, not converted again
    assert warm == cold


def test_links_to_an_articles_anchors_are_checked_against_the_reused_page(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nvalidation:\n  anchors: warn\n", encoding="utf-8")
    append(project, ARTICLE, "\n## Background\n\nSee [the background](#background) and [nothing](#nowhere).\n")
    append(project, Path("content/how-to-read.md"), "\nAn [example](articles/defectors.md#background).\n")
    cold = build(project, "--strict")
    assert cold[0] == 1
    assert [line for line in cold[1] if "anchor" in line] == [
        "WARNING -  Doc file 'articles/defectors.md' contains a link '#nowhere', but there is no such anchor "
        "on this page."
    ]
    # how-to-read.md is converted again, the article is not: its anchors must still be known.
    assert build(project, "--strict") == cold


def test_two_builds_of_the_same_content_are_byte_identical(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    site = project / "site"
    assert build(project)[0] == 0
    cold = shutil.copytree(site, tmp_path / "cold")
    assert build(project)[0] == 0  # warm: every article from the cache
    assert differences(cold, site) == []
    shutil.rmtree(project / ".cache")
    assert build(project)[0] == 0  # cold again
    assert differences(cold, site) == []


def test_an_unchanged_site_reuses_its_search_index_and_a_damaged_one_is_rebuilt(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    assert build(project)[0] == 0
    cold = shutil.copytree(project / "site", tmp_path / "cold")
    entry = project / ".cache" / "explainer" / "search.json"
    stamp = entry.stat().st_mtime_ns
    assert build(project)[0] == 0
    assert entry.stat().st_mtime_ns == stamp  # every indexed page was the same: Pagefind did not run
    assert differences(cold / "pagefind", project / "site" / "pagefind") == []
    # An edited entry (a forged index file) fails its checksum: the index is made again.
    text = entry.read_text(encoding="utf-8")
    forged = text.replace('"files": {"', '"files": {"x', 1)
    assert forged != text
    entry.write_text(forged, encoding="utf-8")
    assert build(project)[0] == 0
    assert differences(cold, project / "site") == []
    assert entry.read_text(encoding="utf-8") == text


def test_an_unchanged_site_reuses_its_finished_pages_and_a_forged_one_is_made_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    assert build(project)[0] == 0
    cold = shutil.copytree(project / "site", tmp_path / "cold")
    entries = sorted((project / ".cache" / "explainer" / "pages").rglob("*.html"))
    assert len(entries) > 5  # the article, the home page, the listings …
    stamps = [entry.stat().st_mtime_ns for entry in entries]
    assert build(project)[0] == 0
    assert [entry.stat().st_mtime_ns for entry in entries] == stamps  # reused: none rendered again
    assert differences(cold, project / "site") == []
    # A forged entry (script injected into a finished page) fails its checksum: the page is made again.
    article = next(e for e in entries if "defectors" in e.read_text(encoding="utf-8"))
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("<body", "<script>alert(1)</script><body", 1), encoding="utf-8")
    assert build(project)[0] == 0
    assert differences(cold, project / "site") == []
    assert article.read_text(encoding="utf-8") == text


def _registry_renamed(project: Path) -> None:
    registry = project / "content" / "sources.yml"
    text = registry.read_text(encoding="utf-8")
    assert "name: TASS" in text
    registry.write_text(text.replace("name: TASS", "name: TASS news agency"), encoding="utf-8")


def _review_changed(project: Path) -> None:
    review = project / "content" / "articles" / "defectors.claims.yml"
    text = review.read_text(encoding="utf-8")
    assert "  note: The war's toll" in text
    review.write_text(
        text.replace("  note: The war's toll", "  note: Checked again. The war's toll", 1), encoding="utf-8"
    )


def _option_changed(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("articles: articles", "articles: articles\n      summary: false")
    )


def _extension_added(project: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("markdown_extensions:\n  - toc", "markdown_extensions:\n  - toc:\n      permalink: true")
    )


def _title_changed(project: Path) -> None:
    article = project / ARTICLE
    text = article.read_text(encoding="utf-8")
    assert "\ntitle: " in text
    article.write_text(text.replace("\ntitle: ", "\ntitle: Revised: ", 1), encoding="utf-8")


def _site_url_set(project: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert 'site_url: !ENV [SITE_URL, ""]' in text
    config.write_text(text.replace('site_url: !ENV [SITE_URL, ""]', "site_url: https://example.org/repo/"))


def _template_changed(project: Path) -> None:
    base = project / "templates" / "base.html"
    text = base.read_text(encoding="utf-8")
    assert "<head>" in text
    base.write_text(text.replace("<head>", '<head>\n  <meta name="generator" content="explainer">', 1))


def _site_name_changed(project: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "site_name: explainer\n" in text
    config.write_text(text.replace("site_name: explainer\n", "site_name: The Checked Wire\n", 1))


def _page_changed(project: Path) -> None:
    append(project, Path("content/how-to-read.md"), "\nOne more sentence about the marks.\n")


@pytest.mark.parametrize(
    "change",
    [
        _registry_renamed,
        _review_changed,
        _option_changed,
        _extension_added,
        _title_changed,
        _site_url_set,
        _template_changed,
        _site_name_changed,
        _page_changed,
    ],
    ids=[
        "registry",
        "review file",
        "plugin option",
        "markdown extension",
        "title",
        "site url",
        "theme template",
        "site name",
        "another page",
    ],
)
def test_a_change_to_any_input_gives_the_output_of_a_cold_build(change: Callable[[Path], None], tmp_path: Path) -> None:
    warm = copy_project(tmp_path / "warm")
    assert build(warm)[0] == 0  # fills the cache with the unchanged project's results
    before = shutil.copytree(warm / "site", tmp_path / "before")
    change(warm)
    assert build(warm)[0] == 0
    cold = copy_project(tmp_path / "cold")
    change(cold)
    assert build(cold)[0] == 0
    assert differences(before, warm / "site"), "the change must show in the site"
    assert differences(cold / "site", warm / "site") == []


def test_explainers_code_version_and_language_data_are_in_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry, _ = load_registry(CONTENT / "sources.yml")
    package = shutil.copytree(PACKAGE, tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    lexicons = shutil.copytree(LEXICON_DIR, tmp_path / "lexicons")
    base = fingerprint(registry, package, lexicons)
    assert fingerprint(registry, package, lexicons) == base

    (package / "analysis" / "labels.py").write_text("# changed\n", encoding="utf-8")
    assert fingerprint(registry, package, lexicons) != base
    shutil.copy(PACKAGE / "analysis" / "labels.py", package / "analysis" / "labels.py")

    words = lexicons / "en-words.txt"
    words.write_text(words.read_text(encoding="utf-8") + "zyzzyva NN\n", encoding="utf-8")
    assert fingerprint(registry, package, lexicons) != base
    shutil.copy(LEXICON_DIR / "en-words.txt", words)
    assert fingerprint(registry, package, lexicons) == base

    monkeypatch.setattr(cache_module, "__version__", "999.0")
    assert fingerprint(registry, package, lexicons) != base
