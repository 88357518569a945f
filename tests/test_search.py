"""The search index client: Pagefind's service indexes pages as they are written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from generator.plugin import search
from generator.plugin.search import SearchIndexer

PAGE = """<html lang="en"><body><h1 data-pagefind-meta="title">{title}</h1>
<div data-pagefind-body><span hidden data-pagefind-filter="label:Unverified"></span><p>{text}</p></div></body></html>"""


def test_pages_added_while_building_end_up_in_the_index(tmp_path: Path) -> None:
    indexer = SearchIndexer()
    indexer.add("/a/", PAGE.format(title="Dam", text="The dam was reportedly hit."))
    indexer.add("/b/", PAGE.format(title="Port", text="Officials said the port reopened."))
    indexer.add("/c/", "<html lang='en'><body><p>A page without a search body is skipped.</p></body></html>")
    files = indexer.index_files()
    entry = json.loads(files["pagefind-entry.json"])
    assert entry["languages"]["en"]["page_count"] == 2
    assert "pagefind-ui.js" in files
    meta = f"pagefind.{entry['languages']['en']['hash']}.pf_meta"
    assert meta in files  # the entry names the metadata file as renamed
    assert any(name.startswith("filter/en_") for name in files)


def test_a_search_service_that_dies_fails_the_build_instead_of_hanging(monkeypatch: pytest.MonkeyPatch) -> None:
    false = shutil.which("false")
    assert false is not None
    monkeypatch.setattr(search, "get_executable", lambda: Path(false))
    with pytest.raises(PluginError, match="Pagefind stopped"):
        SearchIndexer()


def test_a_missing_binary_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> Path:
        raise FileNotFoundError("no pagefind binary")

    monkeypatch.setattr(search, "get_executable", missing)
    with pytest.raises(PluginError, match="reinstall explainer"):
        SearchIndexer()


def test_a_search_service_that_never_answers_times_out_and_is_stopped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    silent = tmp_path / "silent-pagefind"
    silent.write_text("#!/bin/sh\nexec sleep 600\n")
    silent.chmod(0o755)
    monkeypatch.setattr(search, "get_executable", lambda: silent)
    started: list[SearchIndexer] = []
    original = SearchIndexer.close

    def recording_close(self: SearchIndexer) -> None:
        started.append(self)
        original(self)

    monkeypatch.setattr(SearchIndexer, "close", recording_close)
    with pytest.raises(PluginError, match="did not answer within 1 s"):
        SearchIndexer(reply_timeout=1)
    assert started, "the stuck service was not closed"
    assert started[0]._process.poll() is not None, "the stuck service is still running"
