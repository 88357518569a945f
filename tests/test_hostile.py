"""Hostile content: what a contributor's pull request must never achieve.

One project is filled with attacks (script URLs in every field, links to files
outside the content folder, ids that climb out of the output, active files,
forged interface, tampered caches, metadata that MkDocs would misread) and
built once; each test asserts one thing that must never happen, including in
Chromium, where script would actually run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.analysis import analyze
from tests.conftest import BIN, ROOT, copy_project, run, serving

EXPLAINER = str(BIN / "explainer")
SECRET = "TOP-SECRET-CI-TOKEN-4711"

ARTICLES: dict[str, str] = {
    "jsurl.md": '---\ntitle: Script address\noriginal_url: " java\\tscript:alert(document.domain)"\n---\n'
    "Officials said the bridge fell.\n",
    "kyiv.md": "Kyiv: Officials said the bridge fell.\nThe army said it would rebuild it.\n\nIt rained all day.\n",
    "dupkey.md": "---\ntitle: First title\ntitle: Second title\n---\nOfficials said the dam held.\n",
    "forged.md": "---\ntitle: Forged\n---\nTASS reportedly said the bridge fell.\n\n"
    '<ol><li id="note-c1" class="claim-note">Forged note: Reuters and the BBC confirmed everything.</li></ol>\n\n'
    'A badge: <span class="tag tag-corroborated" data-labels="corroborated">corroborated</span> '
    '<a name="mark-c1" popovertarget="note-c1" href="#note-c1">forged mark</a>.\n',
    "twoparas.md": "---\ntitle: Two paragraphs\n---\nThe first paragraph ends here.\n\nThe second one starts here.\n",
    "evidence.md": "---\ntitle: Evidence\n---\nOfficials said the port reopened.\n",
    "template.md": "---\ntitle: Template\ntemplate: 404.html\n---\nOfficials said the road was closed.\n",
    "missing-template.md": "---\ntitle: Missing template\ntemplate: nonexistent.html\n---\nIt was cold.\n",
    "lastweek.md": "---\ntitle: Last week\npublished: last week\n---\nOfficials said the school closed.\n",
    "badday.md": "---\ntitle: Bad day\npublished: 2024-02-30\n---\nOfficials said the mall closed.\n",
    "bomb.md": "---\ntitle: Bomb\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
    "i: [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n---\nIt snowed.\n",
    "control.md": '---\ntitle: "Bell \\a in the title"\n---\nIt snowed again.\n',
    "language.md": "---\ntitle: Language\nlanguage: " + "x" * 32 + "\n---\nIt snowed once more.\n",
    "hidden.md": "---\ntitle: Hidden\n---\nThe weather was fine.<![CDATA[ Interfax said the army retreated. ]]>"
    " <!-- Xinhua said the talks failed. --> It stayed fine.\n",
    "private.md": "---\ntitle: Private\n---\nIt was \U000f0001cold\U00100001 and Officials said the rail line closed.\n",
}
REVIEWS: dict[str, str] = {
    "twoparas.claims.yml": "- quote: ends here. The second one\n  labels: [opinion]\n",
    "evidence.claims.yml": "- quote: the port reopened\n  evidence:\n    - {url: 'javascript:alert(2)', title: Proof}\n",
}
SOURCES_EXTRA = (
    "evil-url:\n  name: Evil Outlet\n  url: 'javascript:alert(3)'\n"
    "'../../../escape':\n  name: Escape Outlet\n"
    "'../articles/defectors':\n  name: Overwriter Outlet\n"
)
ACTIVE = {"page.html": "<script>alert(4)</script>", "image.svg": "<svg onload=alert(5)></svg>", "code.js": "alert(6)"}


def _build_hostile(tmp: Path) -> dict[str, Any]:
    project = copy_project(tmp / "project")
    outside = tmp / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.md").write_text(f"---\ntitle: Leak\n---\nThe token is {SECRET}.\n")
    (outside / "secret.txt").write_text(SECRET)
    (outside / "folder" / "stolen.md").write_text(f"---\ntitle: Stolen\n---\nStolen {SECRET}.\n")
    content = project / "content"
    articles = content / "articles"
    for name, text in {**ARTICLES, **REVIEWS}.items():
        (articles / name).write_text(text, encoding="utf-8")
    with (content / "sources.yml").open("a", encoding="utf-8") as handle:
        handle.write(SOURCES_EXTRA)
    for name, text in ACTIVE.items():
        (content / name).write_text(text)
    (articles / "leak.md").symlink_to(outside / "secret.md")
    (content / "secret.txt").symlink_to(outside / "secret.txt")
    (articles / "linked").symlink_to(outside / "folder", target_is_directory=True)
    (content / "environ.txt").symlink_to("/proc/self/environ")
    (articles / "loop.md").symlink_to(articles / "loop.md")
    before = _digest(content)
    env = {**os.environ, "CI_SECRET": SECRET}
    check = run([EXPLAINER, "check", "--format", "json"], cwd=project, env=env)
    build = run([EXPLAINER, "build"], cwd=project, env=env)
    strict = run([EXPLAINER, "build", "--strict", "-d", str(tmp / "strict-site")], cwd=project, env=env)
    return {
        "project": project,
        "site": project / "site",
        "check": check,
        "build": build,
        "strict": strict,
        "unchanged": _digest(content) == before,
        "outside": tmp,
    }


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _build_hostile(tmp_path_factory.mktemp("hostile"))


def _problems(hostile: dict[str, Any]) -> list[dict[str, Any]]:
    return list(json.loads(hostile["check"].stdout)["problems"])


def _site_text(site: Path) -> Iterator[tuple[Path, str]]:
    """Every published text file that content could reach (Pagefind's own UI code aside)."""
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".jsonld", ".xml", ".txt", ".md"}:
            yield path, path.read_text(encoding="utf-8", errors="replace")


def _error(hostile: dict[str, Any], path_end: str, words: str, *, in_check: bool = True) -> None:
    """``check`` reports the problem as an error with file and line, and the build warns of it.

    Some problems need the theme to be seen (``template:``); only the build reports those.
    """
    if in_check:
        found = [p for p in _problems(hostile) if p["path"].endswith(path_end) and words in p["message"]]
        assert found, [p for p in _problems(hostile) if p["path"].endswith(path_end)] or _problems(hostile)
        assert found[0]["severity"] == "error" and found[0]["line"] >= 1
    lines = [ln for ln in hostile["build"].stderr.splitlines() if path_end in ln and words in ln]
    assert lines and re.match(r"WARNING +-  \S+:\d+: error: ", lines[0]), hostile["build"].stderr[-3000:]


def test_checks_fail_builds_fail_strictly_and_nothing_the_user_wrote_changes(hostile: dict[str, Any]) -> None:
    assert hostile["check"].returncode == 1
    assert hostile["build"].returncode == 0, hostile["build"].stderr[-2000:]
    assert hostile["strict"].returncode == 1
    assert "Aborted with" in hostile["strict"].stderr and "WARNING" in hostile["strict"].stderr
    assert hostile["unchanged"]
    for result in (hostile["check"], hostile["build"], hostile["strict"]):
        assert "Traceback" not in result.stderr


def test_script_urls_in_metadata_are_errors_and_never_links(hostile: dict[str, Any]) -> None:
    _error(hostile, "articles/jsurl.md", "original_url: 'javascript:' addresses are not allowed")
    _error(hostile, "sources.yml", "url: 'javascript:' addresses are not allowed")
    _error(hostile, "articles/evidence.claims.yml", "evidence url 'javascript:alert(2)'")
    for path, text in _site_text(hostile["site"]):
        assert not re.search(r"java\s*script:|alert\([23]\)|document\.domain", text, re.I), path


def test_import_refuses_a_script_url_and_writes_nothing(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Officials said the bridge fell.\n")
    result = run(
        [EXPLAINER, "import", str(story), "--title", "T", "--url", "javascript:alert(1)", "--to", str(tmp_path / "a")],
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "original_url: 'javascript:' addresses are not allowed" in result.stderr
    assert not (tmp_path / "a").exists()


def test_nothing_outside_the_content_folder_is_read_or_published(hostile: dict[str, Any]) -> None:
    for name in ("articles/leak.md", "secret.txt", "environ.txt", "articles/loop.md"):
        _error(hostile, name, "outside the content folder")
    assert any("articles/linked" in p["path"] for p in _problems(hostile))
    assert "stolen.md" in hostile["build"].stderr
    for path, text in _site_text(hostile["site"]):
        assert SECRET not in text, path
        assert "CI_SECRET" not in text, path
    assert not (hostile["site"] / "secret.txt").exists()
    assert not (hostile["site"] / "articles" / "leak").exists()
    assert not (hostile["site"] / "articles" / "linked").exists()


def test_source_ids_cannot_write_outside_the_site_or_replace_an_article(hostile: dict[str, Any]) -> None:
    _error(hostile, "sources.yml", "source '../../../escape': an id is lower-case letters")
    _error(hostile, "sources.yml", "source '../articles/defectors': an id is lower-case letters")
    outside = hostile["outside"]
    assert not any("Escape Outlet" in p.read_text(errors="replace") for p in outside.rglob("index.html")), "escaped"
    article = (hostile["site"] / "articles" / "defectors" / "index.html").read_text()
    assert "Former Ukrainian soldiers" in article and "Overwriter" not in article


def test_active_files_are_refused_unless_the_site_allows_them(hostile: dict[str, Any], tmp_path: Path) -> None:
    for name in ACTIVE:
        _error(hostile, name, "a browser runs script from")
        assert not (hostile["site"] / name).exists()
    project = copy_project(tmp_path)
    (project / "content" / "chart.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'></svg>")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("articles: articles", "articles: articles\n      allow_active: [chart.svg]")
    )
    result = run([EXPLAINER, "build", "--strict"], cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "chart.svg").is_file()


def test_article_html_cannot_impersonate_notes_marks_or_badges(hostile: dict[str, Any]) -> None:
    html = (hostile["site"] / "articles" / "forged" / "index.html").read_text()
    assert html.count('id="note-c1"') == 1
    assert re.search(r'<li class="claim-note"[^>]*id="note-c1"', html)
    assert "Forged note" in html  # the text stays, as text
    assert 'class="tag tag-corroborated"' not in html
    assert 'name="mark-c1"' not in html and "popovertarget" not in html
    assert html.count('data-labels="corroborated"') == 0


def test_articles_are_published_whole(hostile: dict[str, Any]) -> None:
    page = (hostile["site"] / "articles" / "kyiv" / "index.html").read_text()
    assert "Kyiv: Officials said the bridge fell." in page
    assert "The army said it would rebuild it." in page
    claims = json.loads((hostile["site"] / "articles" / "kyiv" / "claims.json").read_text())
    assert claims["summary"]["claims"] == 3


def test_listings_and_the_article_page_agree_on_invalid_front_matter(hostile: dict[str, Any]) -> None:
    _error(hostile, "articles/dupkey.md", "duplicate key 'title'")
    page = (hostile["site"] / "articles" / "dupkey" / "index.html").read_text()
    title = re.search(r"<title>([^<]*)</title>", page)
    assert title is not None
    page_title = title.group(1).split(" — ")[0].strip()
    listings = "".join(p.read_text() for p in (hostile["site"] / "labels").rglob("index.html"))
    assert f">{page_title}<" in listings


def test_a_review_quote_over_two_paragraphs_is_an_error_and_merges_nothing(hostile: dict[str, Any]) -> None:
    _error(hostile, "articles/twoparas.claims.yml", "runs over two paragraphs")
    page = (hostile["site"] / "articles" / "twoparas" / "index.html").read_text()
    assert 'data-labels="opinion"' not in page


def test_template_must_be_a_page_template_of_the_theme(hostile: dict[str, Any]) -> None:
    _error(hostile, "articles/template.md", "no page template '404.html'", in_check=False)
    _error(hostile, "articles/missing-template.md", "no page template 'nonexistent.html'", in_check=False)
    page = (hostile["site"] / "articles" / "template" / "index.html").read_text()
    assert "the road was closed" in page and "does not exist (any more)" not in page


def test_dates_that_are_not_dates_are_errors_and_do_not_sort_first(hostile: dict[str, Any]) -> None:
    _error(hostile, "articles/lastweek.md", "'last week' is not a date")
    _error(hostile, "articles/badday.md", "'2024-02-30' is not a date")
    home = (hostile["site"] / "index.html").read_text()
    first = re.search(r'<h3><a href="[^"]*">([^<]*)</a>', home)
    assert first is not None and first.group(1) not in ("Last week", "Bad day")
    feed = ET.parse(hostile["site"] / "feed.xml")  # valid XML, whatever the titles held
    assert feed.getroot().tag.endswith("feed")


def test_yaml_bombs_and_unusable_values_fail_fast(hostile: dict[str, Any]) -> None:
    _error(hostile, "articles/bomb.md", "anchors and aliases")
    _error(hostile, "articles/control.md", "unusable character U+0007")
    _error(hostile, "articles/language.md", "is not a language tag")


def test_text_readers_never_see_creates_no_marks_or_sources(hostile: dict[str, Any]) -> None:
    claims = json.loads((hostile["site"] / "articles" / "hidden" / "claims.json").read_text())
    names = {s["name"] for c in claims["claims"] for s in c["sources"]}
    assert not names & {"Interfax", "Xinhua"}, names
    private = (hostile["site"] / "articles" / "private" / "index.html").read_text()
    assert "rail line closed" in private and 'data-labels="unverified"' in private


@pytest.mark.browser
def test_no_hostile_page_runs_script_in_chromium(hostile: dict[str, Any], browser: Any) -> None:
    dialogs: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    pages = sorted(hostile["site"].rglob("index.html"))
    assert len(pages) > 20
    with serving(hostile["site"]) as url:
        for path in pages:
            page.goto(url + str(path.relative_to(hostile["site"])))
            for link in page.locator("a[href]").all()[:60]:
                href = link.get_attribute("href") or ""
                assert not re.match(r"\s*(java|vb)script:|\s*data:", href, re.I), (path, href)
        page.goto(url + "articles/forged/index.html")
        page.click("#mark-c1")
        popover = page.locator("#note-popover")
        popover.wait_for()
        assert "reportedly" in popover.inner_text() and "Forged note" not in popover.inner_text()
    context.close()
    assert dialogs == []


def test_tampered_cache_entries_are_recomputed_not_published(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    first = run([EXPLAINER, "build"], cwd=project)
    assert first.returncode == 0, first.stderr
    clean = (project / "site" / "articles" / "defectors" / "index.html").read_text()
    cache = project / ".cache" / "explainer"
    for entry in (cache / "html").rglob("*.bin"):  # checksum, JSON line, then the packed HTML and article
        seal, meta, packed = entry.read_bytes().split(b"\n", 2)
        size = json.loads(meta)["packed"]
        html = zlib.decompress(packed[:size]).decode().replace("</p>", "<script>alert(7)</script></p>", 1)
        forged = zlib.compress(html.encode())
        meta = json.dumps({**json.loads(meta), "packed": len(forged)}).encode()
        entry.write_bytes(b"\n".join([seal, meta, forged + packed[size:]]))
    for entry in cache.glob("??/*.json"):
        entry.write_text(entry.read_text().replace('"opinion"', '"corroborated"'))
    truncated = next(iter((cache / "html").rglob("*.bin")))
    second = run([EXPLAINER, "build"], cwd=project)
    assert second.returncode == 0, second.stderr
    rebuilt = (project / "site" / "articles" / "defectors" / "index.html").read_text()
    assert "alert(7)" not in rebuilt
    assert rebuilt == clean
    truncated.write_bytes(truncated.read_bytes()[:500])
    third = run([EXPLAINER, "build"], cwd=project)
    assert third.returncode == 0 and (project / "site" / "articles" / "defectors" / "index.html").read_text() == clean
    shutil.rmtree(cache)


# -- fail fast and clearly: misuse and unusual input ------------------------------------


def test_nesting_too_deep_for_markdown_is_an_error_and_the_rest_builds(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    deep = "".join("    " * i + "- item\n" for i in range(300))
    (project / "content" / "articles" / "deep.md").write_text("---\ntitle: Deep\n---\n" + deep)
    check = run([EXPLAINER, "check"], cwd=project)
    assert check.returncode == 1 and "deep.md:105: error: nested more than 100 levels deep" in check.stdout
    build = run([EXPLAINER, "build"], cwd=project)
    assert build.returncode == 0 and "Traceback" not in build.stderr
    assert (project / "site" / "articles" / "defectors" / "index.html").is_file()
    assert not (project / "site" / "articles" / "deep").exists()


def test_pipes_devices_and_folders_are_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    for target in (str(fifo), "/dev/zero"):
        result = run([EXPLAINER, "check", target], cwd=tmp_path, timeout=30)
        assert result.returncode == 1 and "is not an ordinary file" in result.stdout
    folder = run([EXPLAINER, "analyze", str(tmp_path)], cwd=tmp_path)
    assert folder.returncode == 2 and "is a folder" in folder.stderr


def test_closed_standard_input_is_a_usage_error(tmp_path: Path) -> None:
    for command in (["analyze", "-"], ["analyze", "--jsonl"], ["import", "-", "--title", "T", "--to", "a"]):
        result = subprocess.run(
            f"{EXPLAINER} {' '.join(command)} <&-", shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 2 and "standard input is closed" in result.stderr, (command, result.stderr)
    assert not (tmp_path / "a").exists()


def test_a_closed_output_pipe_ends_quietly(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    for n in range(60):
        (project / "content" / "articles" / f"a{n}.md").write_text(
            f"---\ntitle: A{n}\nauthor: x\n---\nOfficials said {n}.\n"
        )
    command = f"{EXPLAINER} check | head -1"
    result = subprocess.run(command, shell=True, cwd=project, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_jsonl_batches_go_on_past_bad_lines() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    lines = [
        '{"id": 1, "text": "Officials said so."}',
        '{"id": 2, "text": "\\ud800"}',
        deep,
        '{"id": 4, "text": "Hi."}',
    ]
    result = subprocess.run(
        [EXPLAINER, "analyze", "--jsonl"], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("id") for r in rows] == [1, None, None, 4]
    assert "U+D800" in rows[1]["error"] and "nested too deeply" in rows[2]["error"]
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_import_with_an_unknown_language_or_a_read_only_folder(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Officials said the bridge fell.\n")
    xx = run([EXPLAINER, "import", str(story), "--title", "T", "--language", "xx", "--to", "out"], cwd=tmp_path)
    assert xx.returncode == 0 and (tmp_path / "out" / "t.md").is_file()
    # A folder that cannot be made (under a file): unwritable even for root, as CI runs.
    blocked = story / "articles"
    failed = run([EXPLAINER, "import", str(story), "--title", "T", "--to", str(blocked)], cwd=tmp_path)
    assert failed.returncode == 1 and "nothing was written" in failed.stderr and "Traceback" not in failed.stderr
    assert story.read_text() == "Officials said the bridge fell.\n"


def test_an_invalid_mkdocs_yml_is_a_clean_error(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "broken.yml").write_text("site_name: [unclosed\n")
    result = run([EXPLAINER, "build", "-f", "broken.yml"], cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "broken.yml" in result.stderr


def test_serve_refuses_a_port_out_of_range_or_in_use(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    bad = run([EXPLAINER, "serve", "-a", "127.0.0.1:99999"], cwd=project)
    assert bad.returncode == 2 and "port from 1 to 65535" in bad.stderr
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        busy = run([EXPLAINER, "serve", "-a", f"127.0.0.1:{port}"], cwd=project, timeout=30)
    assert busy.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in busy.stderr


def test_hundreds_of_orphans_on_a_long_article_are_each_reported(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    articles = project / "content" / "articles"
    body = "\n\n".join(f"Officials said bridge {n} was closed on day {n}." for n in range(2000))
    (articles / "long.md").write_text("---\ntitle: Long\n---\n" + body + "\n")
    (articles / "long.claims.yml").write_text(
        "".join(f"- quote: Officials said tunnel {n} was closed\n  labels: []\n" for n in range(300))
    )
    result = run([EXPLAINER, "check", "content/articles/long.md"], cwd=project)
    orphans = [ln for ln in result.stdout.splitlines() if "orphaned review entry" in ln]
    assert len(orphans) == 300 and all("the closest sentence now is" in ln for ln in orphans)


def test_a_full_disk_fails_the_build_clearly_and_keeps_the_last_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    assert run([EXPLAINER, "build"], cwd=project).returncode == 0
    before = _digest(project / "site")
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(
        "import errno, generator.fsutil as f\n"
        "def full(*a, **k):\n    raise OSError(errno.ENOSPC, 'No space left on device', 'site/feed.xml')\n"
        "f.write_atomic = full\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{shim}{os.pathsep}{ROOT}"}
    result = run([EXPLAINER, "build"], cwd=project, env=env)
    assert result.returncode == 1 and "No space left on device" in result.stderr and "Traceback" not in result.stderr
    assert _digest(project / "site") == before


def test_leftovers_of_a_killed_build_are_swept(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    leftover = project / ".site.building-99999"
    (leftover / "articles").mkdir(parents=True)
    tmp_entry = project / ".cache" / "explainer" / "ab" / ".x.json.123.tmp"
    tmp_entry.parent.mkdir(parents=True)
    tmp_entry.write_text("half")
    assert run([EXPLAINER, "build"], cwd=project).returncode == 0
    assert not leftover.exists() and not tmp_entry.exists()
    assert (project / "site" / "index.html").is_file()


@pytest.mark.parametrize(
    "text",
    [
        # One paragraph of thousands of sentences, each opening with a word that looks like a plural.
        " ".join(["Mills said the plan was bad."] * 24000),
        # One "sentence" of thousands of attributions, hedges and opinion cues.
        ", ".join(["the minister said the plan reportedly failed, I think the Plan is Bad"] * 6000) + ".",
        # Thousands of short quotations in one paragraph.
        " ".join(['"The plan is bad," she said. "It will fail."'] * 12000),
        # One sentence of thousands of opening phrases, each a participle of speech …
        "Noting that the plan failed" + ", noting that it failed" * 8000 + ", Holm said it was dead.",
        # … and of thousands of participles continuing a clause …
        "The plan failed" + ", adding that it failed" * 12000 + ".",
        # … or asking how, each with a judgement after it.
        "Four people were hurt" + ", showing how bad it was" * 16000 + ".",
        # Thousands of verbs of speech that say nothing, each checked against every such phrase …
        "The governor said nothing about it" + ", and said nothing about it" * 80000 + ".",
        # … and thousands of sources cited beside thousands of failures to verify.
        "The claim has not been verified by the BBC"
        + ", has not been verified by the BBC" * 64000
        + ", according to Reuters" * 64000
        + ".",
        # Thousands of reports whose "that" may open what they say, each with a name before it.
        "A Politico report said that it failed" + ", a Politico report that it failed" * 8000 + ".",
        # Thousands of clauses a verb opens, each read up to a few words, not to the sentence's end.
        "The band recorded four albums before splitting up in 1968"
        + ", the band recorded four albums before splitting up in 1968" * 9600
        + ".",
        # Thousands of polls named in one sentence, each a document frame …
        "In the 2024 Ostrava survey of farmers, most backed the plan"
        + ", in the 2024 Ostrava survey of farmers, most backed the plan" * 8000
        + ".",
        # … thousands of descriptions, each with a participle of speech …
        "Airfleets, a database detailing the fleet, was founded in 2001"
        + ", airfleets, a database detailing the fleet, was founded in 2001" * 32000
        + ".",
        # … and one section of thousands of sentences, each "she" looking back for whom it means.
        "The broadcaster NOS reported the fire. She said it was huge"
        + ", the broadcaster NOS reported the fire. She said it was huge" * 4000
        + ".",
        # One paragraph of thousands of shares of voters, each looking back for its poll.
        " ".join(["As many as 40 percent of voters said they could not support Ana Ruiz."] * 6000),
        # One paragraph of thousands of labelled questions, each label looked for elsewhere …
        "\n\n".join(["Q: Did the ministry confirm the figures?"] * 16000),
        # … and one "sentence" of thousands of verbs whose subject is looked for before them.
        " ".join([" understands that the minister offered to resign."] * 12000),
        # Thousands of quoted questions, each with its asker after it, in one piece …
        " ".join(["Tom Weller asked: “Who pays for the bridge?”"] * 24000),
        # … and thousands of speakers joining a claim ("as did the campaign") in one sentence.
        ", ".join(["Several experts cautioned, as did the Vance campaign itself, that the plan might change."] * 24000),
        # Thousands of claims, each reported and each holding a recommendation.
        "The council made a claim that should embarrass everyone"
        + ", the council made a claim that should embarrass everyone" * 4800
        + ".",
    ],
    ids=[
        "one-paragraph",
        "one-sentence",
        "quotations",
        "opening-phrases",
        "participles",
        "questions",
        "negated-verbs",
        "unverified-frames",
        "report-nouns",
        "clauses",
        "polls",
        "descriptions",
        "references-back",
        "poll-shares",
        "labels",
        "subjectless-verbs",
        "asked-questions",
        "joining-speakers",
        "reported-recommendations",
    ],
)
def test_text_shaped_to_be_slow_is_analysed_whole(text: str) -> None:
    """Every step is bounded by what a sentence or paragraph can hold, so the suite's per-test
    timeout (not a clock here) catches any step that grows with the square of such a text."""
    analysis = analyze(text)
    assert analysis.claims
    assert all(c.start <= r.start and r.end <= c.end for c in analysis.claims for r in c.reasons)
    assert all(text[c.start : c.end] == c.text for c in analysis.claims)
