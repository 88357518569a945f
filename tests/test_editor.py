"""The editor's mode (``explainer review``): marks confirmed and corrected in the browser, saved safely.

A private build is served on loopback by the real server, in a thread; the
browser test drives it as an editor would (the keyboard for one change), then
checks the review file on disk, ``explainer check`` and the published page.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.analysis import load_registry
from generator.editor.server import ReviewServer
from generator.editor.session import ReviewSession
from generator.editor.store import Anchor, Change, ReviewConflictError, ReviewStore, digest

from .conftest import BIN, copy_project, run, shot

ARTICLE = """---
title: Harbour fire
---
Reuters reported that the fire started in a warehouse.

Officials said three people were hurt.

The harbour reopened on Tuesday.

Ships waited outside the port overnight.
"""

REVIEW = """# Checked against the port authority's statement.
- quote: The harbor reopened on Tuesday
  labels: [single-source]
  note: Old wording of the sentence.
"""


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    articles = project / "content" / "articles"
    (articles / "harbour.md").write_text(ARTICLE)
    (articles / "harbour.claims.yml").write_text(REVIEW)
    return project


@pytest.fixture()
def editor(project: Path, tmp_path: Path) -> Iterator[ReviewServer]:
    session = ReviewSession(project / "mkdocs.yml", tmp_path / "private-site")
    session.build()
    server = ReviewServer(session, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def review_file(project: Path) -> Path:
    return project / "content" / "articles" / "harbour.claims.yml"


# -- the review file ------------------------------------------------------------------


def test_a_save_keeps_comments_order_and_untouched_entries(project: Path) -> None:
    registry, _ = load_registry(project / "content" / "sources.yml")
    store = ReviewStore(project / "content", "articles", registry)
    path = review_file(project)
    store.save(
        "articles/harbour.md",
        digest(path),
        [
            Change(
                "set", Anchor("Officials said three people were hurt."), {"labels": [], "note": "Named in the report."}
            )
        ],
        "2026-11-26",
    )
    text = path.read_text()
    assert text.startswith(REVIEW)  # comment, entry and its layout as they were
    assert "- quote: Officials said three people were hurt.\n  labels: []\n  note: Named in the report.\n" in text
    assert "  date: 2026-11-26\n" in text


def test_a_quote_found_twice_gets_the_words_before_it(project: Path) -> None:
    article = project / "content" / "articles" / "harbour.md"
    article.write_text(ARTICLE + "\nOfficials said three people were hurt.\n")
    registry, _ = load_registry(project / "content" / "sources.yml")
    store = ReviewStore(project / "content", "articles", registry)
    body = article.read_text().split("---\n", 2)[2]
    second = body.rfind("Officials said")
    change = Change("set", Anchor("Officials said three people were hurt.", at=second), {"labels": ["unverified"]})
    store.save("articles/harbour.md", digest(review_file(project)), [change], "2026-11-26")
    entries = yaml.safe_load(review_file(project).read_text())
    assert entries[-1]["prefix"] == "Ships waited outside the port overnight."  # the words before the second one
    check = run([str(BIN / "explainer"), "check", "content/articles/harbour.md"], cwd=project)
    assert "ambiguous" not in check.stdout and "orphaned review entry: “The harbor" in check.stdout


def test_a_file_changed_since_the_page_was_loaded_is_not_overwritten(project: Path) -> None:
    registry, _ = load_registry(project / "content" / "sources.yml")
    store = ReviewStore(project / "content", "articles", registry)
    loaded = digest(review_file(project))
    review_file(project).write_text(REVIEW + "# edited in another tab\n")
    with pytest.raises(ReviewConflictError, match="changed on disk since this page was loaded"):
        store.save("articles/harbour.md", loaded, [], "2026-11-26")
    assert review_file(project).read_text().endswith("# edited in another tab\n")


# -- over HTTP: the safety rules ------------------------------------------------------


def post(server: ReviewServer, body: object, headers: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    data = json.dumps(body).encode()
    request = urllib.request.Request(
        server.url + "_explainer/save",
        data=data,
        headers={"Content-Type": "application/json", **(headers or {})},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def page_data(server: ReviewServer) -> dict[str, Any]:
    with urllib.request.urlopen(server.url + "articles/harbour/", timeout=60) as response:
        html = response.read().decode()
    found = re.search(r'<script id="explainer-review-data" type="application/json">(.*?)</script>', html, re.S)
    assert found
    return json.loads(found.group(1))


def test_writes_need_the_runs_token_and_the_loopback_host(editor: ReviewServer, project: Path) -> None:
    data = page_data(editor)
    change = {"article": "articles/harbour.md", "base": data["base"], "changes": []}
    before = review_file(project).read_bytes()
    assert post(editor, change)[0] == 403
    assert post(editor, change, {"X-Explainer-Token": "guess"})[0] == 403
    token = {"X-Explainer-Token": data["token"]}
    assert post(editor, change, {**token, "Origin": "https://evil.example"})[0] == 403
    assert post(editor, change, {**token, "Host": "evil.example"})[0] == 403  # DNS rebinding
    assert review_file(project).read_bytes() == before
    assert post(editor, change, token) == (200, {"ok": True, "base": digest(review_file(project))})


def test_writes_go_only_to_review_files_of_articles(editor: ReviewServer, project: Path, tmp_path: Path) -> None:
    token = {"X-Explainer-Token": page_data(editor)["token"]}
    for article in ("../mkdocs.yml", "articles/../../mkdocs.yml", "/etc/passwd", "how-to-read.md", "sources.yml"):
        status, reply = post(editor, {"article": article, "base": "", "changes": []}, token)
        assert status == 400 and "article" in reply["error"], (article, reply)
    outside = tmp_path / "outside.claims.yml"
    outside.write_text("[]\n")
    link = project / "content" / "articles" / "defectors.claims.yml"
    link.unlink()
    link.symlink_to(outside)
    status, reply = post(editor, {"article": "articles/defectors.md", "base": "", "changes": []}, token)
    assert status == 400 and "not a plain file" in reply["error"]
    assert outside.read_text() == "[]\n"
    for escape in ("..%2f..%2fmkdocs.yml", "%2e%2e/%2e%2e/mkdocs.yml", "articles/../../../mkdocs.yml"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(editor.url + escape, timeout=60)
        assert refused.value.code == 404


def test_a_save_on_a_stale_page_is_refused_with_409(editor: ReviewServer, project: Path) -> None:
    data = page_data(editor)
    review_file(project).write_text(REVIEW + "# someone else\n")
    change = {"op": "set", "quote": "Officials said three people were hurt.", "fields": {"labels": []}}
    status, reply = post(
        editor,
        {"article": "articles/harbour.md", "base": data["base"], "changes": [change]},
        {"X-Explainer-Token": data["token"]},
    )
    assert status == 409 and "reload the page" in reply["error"]
    assert review_file(project).read_text() == REVIEW + "# someone else\n"


# -- in the browser ---------------------------------------------------------------------


@pytest.mark.browser
def test_an_editor_confirms_removes_adds_and_reanchors(editor: ReviewServer, project: Path, browser: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(editor.url + "articles/harbour/")
    progress = page.locator(".xp-progress")
    expect(progress).to_contain_text("0 of 2 marks reviewed")

    # Keyboard only: the first mark, confirmed as it is.
    page.keyboard.press("j")
    expect(page.locator("#claim-c1")).to_be_focused()
    page.keyboard.press("c")
    expect(progress).to_contain_text("1 of 2 marks reviewed")

    # A wrong mark removed from its editor.
    page.click("#claim-c2")
    page.click(".xp-remove")
    expect(progress).to_contain_text("1 of 1 marks reviewed")

    # A missing mark added to a sentence without one, with a source and a note.
    page.click("#claim-c4")
    page.locator("input[name='xp-label'][value='single-source']").check()
    page.fill("#xp-source-filter", "reuters")
    page.locator("input[name='xp-source'][value='reuters']").check()
    page.fill("#xp-note", "Only Reuters reports the cause.")
    violations = Axe().run(page).response["violations"]
    serious = [
        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations if v["impact"] in ("serious", "critical")
    ]
    assert serious == []  # the editor's layer, its dialog open, is as accessible as the page
    page.click(".xp-save")
    expect(page.locator("#mark-c4")).to_be_visible()

    # The orphaned entry moved to the sentence it meant.
    page.click(".xp-open-orphans")
    expect(page.locator(".xp-orphans")).to_contain_text("The harbour reopened on Tuesday.")
    page.click(".xp-reanchor")
    expect(page.locator(".xp-open-orphans")).to_have_count(0)
    shot(page, "review")
    context.close()

    text = review_file(project).read_text()
    assert text.startswith("# Checked against the port authority's statement.\n")  # the comment stays
    entries = yaml.safe_load(text)
    today = date.today().isoformat()
    assert [(e["quote"], e.get("labels"), e.get("sources")) for e in entries] == [
        ("The harbour reopened on Tuesday.", ["single-source"], None),
        ("Reuters reported that the fire started in a warehouse.", ["single-source"], ["reuters"]),
        ("Officials said three people were hurt.", [], None),
        ("Ships waited outside the port overnight.", ["single-source"], ["reuters"]),
    ]
    assert all(str(e["date"]) == today for e in entries)
    assert entries[3]["note"] == "Only Reuters reports the cause."

    check = run([str(BIN / "explainer"), "check", "--strict", "content/articles/harbour.md"], cwd=project)
    assert check.returncode == 0, check.stdout
    assert run([str(BIN / "explainer"), "build"], cwd=project).returncode == 0
    published = (project / "site" / "articles" / "harbour" / "index.html").read_text()
    assert f"Reviewed by the editors on {today}" in published
    assert "3 of 3 marks reviewed by the editors." in published
    assert "explainer-review-data" not in published and "_explainer" not in published
