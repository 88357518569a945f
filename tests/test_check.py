"""`explainer check` and `explainer import`: every bad input gets file, line and a fix; nothing is modified."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from generator.checks import check
from generator.fsutil import MAX_CONTENT_BYTES
from generator.report import print_report
from tests.conftest import BIN, copy_project, run

EXPLAINER = str(BIN / "explainer")
GOOD = "---\ntitle: Fine\n---\nOfficials said the dam held.\n"

#: name -> (files to write under content/, expected "path:line" fragment, expected words)
BAD_INPUTS: dict[str, tuple[dict[str, str | bytes], str, str]] = {
    "broken sidecar yaml": (
        {"articles/a.md": GOOD, "articles/a.claims.yml": "- quote: [unclosed\n"},
        "content/articles/a.claims.yml:1",
        "not valid YAML",
    ),
    "front matter with a tab": (
        {"articles/a.md": "---\ntitle: Fine\n\tpublisher: X\n---\nText.\n"},
        "content/articles/a.md:3",
        "front matter is not valid YAML",
    ),
    "front matter with unclosed quote": (
        {"articles/a.md": '---\ntitle: "Fine\n---\nText.\n'},
        "content/articles/a.md:2",
        "front matter is not valid YAML",
    ),
    "sidecar that is a mapping": (
        {"articles/a.md": GOOD, "articles/a.claims.yml": "quote: Officials said\nlabels: []\n"},
        "content/articles/a.claims.yml:1",
        "must be a list of entries",
    ),
    "label not in the label set": (
        {"articles/a.md": GOOD, "articles/a.claims.yml": "- quote: Officials said\n  labels: [dubious]\n"},
        "content/articles/a.claims.yml:1",
        "unknown label(s) dubious",
    ),
    "source id not in the registry": (
        {"articles/a.md": GOOD, "articles/a.claims.yml": "- quote: Officials said\n  sources: [reuter]\n"},
        "content/articles/a.claims.yml:1",
        "unknown source id 'reuter'; did you mean 'reuters'?",
    ),
    "binary file": (
        {"articles/a.md": b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe"},
        "content/articles/a.md:1",
        "not valid UTF-8",
    ),
    "latin-1 file": (
        {"articles/a.md": "---\ntitle: Caf\xe9\n---\nText.\n".encode("latin-1")},
        "content/articles/a.md:2",
        "not valid UTF-8",
    ),
    "empty article": ({"articles/a.md": "---\ntitle: Empty\n---\n"}, "content/articles/a.md:4", "has no text"),
    "script in a title": (
        {"articles/a.md": "---\ntitle: Hi <script>alert(1)</script>\n---\nText.\n"},
        "content/articles/a.md:2",
        "raw HTML that could run script in 'title'",
    ),
    "script in the body": (
        {"articles/a.md": "---\ntitle: Fine\n---\nText.\n\n<img src=x onerror=alert(1)>\n"},
        "content/articles/a.md:6",
        "raw HTML that could run script",
    ),
    "script in a note": (
        {
            "articles/a.md": GOOD,
            "articles/a.claims.yml": "- quote: Officials said\n  note: <script>alert(1)</script>\n",
        },
        "content/articles/a.claims.yml:1",
        "raw HTML that could run script in 'note'",
    ),
    "broken sources.yml": (
        {"articles/a.md": GOOD, "sources.yml": "tass: {name: TASS\n"},
        "content/sources.yml:1",
        "not valid YAML",
    ),
    "duplicate source id": (
        {"articles/a.md": GOOD, "sources.yml": "tass:\n  name: TASS\ntass:\n  name: TASS again\n"},
        "content/sources.yml:3",
        "duplicate key 'tass'",
    ),
    "source without a name": (
        {"articles/a.md": GOOD, "sources.yml": "tass:\n  kind: state-media\n"},
        "content/sources.yml:1",
        "needs a name",
    ),
    "unknown key and duplicate alias in sources": (
        {
            "articles/a.md": GOOD,
            "sources.yml": "a:\n  name: Alpha\n  colour: red\nb:\n  name: Beta\n  aliases: [Alpha]\n",
        },
        "content/sources.yml:",
        "unknown key(s) colour",
    ),
    "review file without article": (
        {"articles/a.md": GOOD, "articles/gone.claims.yml": "[]\n"},
        "content/articles/gone.claims.yml",
        "without an article",
    ),
}


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path)
    for article in (project / "content" / "articles").iterdir():
        article.unlink()
    return project


@pytest.mark.parametrize("case", sorted(BAD_INPUTS), ids=str)
def test_bad_input_is_reported_with_file_and_line_and_nothing_changes(case: str, project: Path) -> None:
    files, where, words = BAD_INPUTS[case]
    for name, data in files.items():
        target = project / "content" / name
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    before = digest(project / "content")
    result = run([EXPLAINER, "check"], cwd=project)
    assert result.returncode == 1, result.stdout
    line = next((ln for ln in result.stdout.splitlines() if words in ln), None)
    assert line is not None, result.stdout
    assert line.startswith(where) and ": error: " in line
    json_result = run([EXPLAINER, "check", "--format", "json"], cwd=project)
    assert json_result.returncode == 1
    problems = json.loads(json_result.stdout)["problems"]
    assert any(words in p["message"] and p["severity"] == "error" for p in problems)
    build = run([EXPLAINER, "build", "--strict"], cwd=project)
    assert build.returncode == 1
    assert digest(project / "content") == before


def test_an_article_at_the_size_limit_is_checked_and_a_larger_one_refused_at_once(project: Path) -> None:
    paragraph = "Officials said the dam held. The weather was fine. Reuters reported the strike.\n\n"
    articles = project / "content" / "articles"
    count = (MAX_CONTENT_BYTES - 40) // len(paragraph)
    (articles / "big.md").write_text("---\ntitle: Big\n---\n" + paragraph * count)
    result = run([EXPLAINER, "check"], cwd=project)
    assert result.returncode == 0, result.stdout
    assert (
        f"content/articles/big.md: {3 * count} sentences — {count} single-source, {count} unverified" in result.stdout
    )
    (articles / "huge.md").write_text("---\ntitle: Huge\n---\n" + paragraph * (count * 5))
    refused = run([EXPLAINER, "check", "content/articles/huge.md"], cwd=project)
    assert refused.returncode == 1
    assert "content/articles/huge.md:1: error: is 10.0 MB; content files are limited to 2 MB" in refused.stdout


def test_strict_turns_warnings_into_errors(project: Path) -> None:
    (project / "content" / "articles" / "a.md").write_text("---\ntitle: T\nlanguge: en\n---\nText.\n")
    assert run([EXPLAINER, "check"], cwd=project).returncode == 0
    strict = run([EXPLAINER, "check", "--strict"], cwd=project)
    assert strict.returncode == 1
    assert (
        "content/articles/a.md:3: error: unknown front-matter key 'languge': did you mean 'language'?" in strict.stdout
    )


def test_front_matter_of_the_theme_and_other_plugins_passes_through(project: Path) -> None:
    (project / "content" / "articles" / "a.md").write_text(
        "---\ntitle: T\ntags: [floods, courts]\nhide: [navigation]\nauthors: [ana]\n---\nText.\n"
    )
    result = run([EXPLAINER, "check", "--strict"], cwd=project)
    assert result.returncode == 0, result.stdout
    (project / "content" / "articles" / "b.md").write_text(
        "---\ntitle: B\ntags: ['<img src=x onerror=alert(1)>']\n---\nB.\n"
    )
    result = run([EXPLAINER, "check"], cwd=project)
    assert result.returncode == 1
    assert "content/articles/b.md:3: error: 'tags' holds '<' or '>'; remove them (it is left out)" in result.stdout


def test_clean_content_checks_clean() -> None:
    result = run([EXPLAINER, "check"], cwd=Path(__file__).parent.parent)
    assert result.returncode == 0
    assert "content/articles/defectors.md: 22 sentences" in result.stdout
    assert "No problems" in result.stdout


def test_check_json_follows_the_contract(project: Path) -> None:
    (project / "content" / "articles" / "a.md").write_text(GOOD)
    data = json.loads(run([EXPLAINER, "check", "--format", "json", "content"], cwd=project).stdout)
    assert data["version"] == 1 and data["problems"] == []
    (article,) = data["articles"]
    assert article["path"] == "content/articles/a.md" and article["title"] == "Fine"
    assert article["claims"][0]["labels"] == ["unverified"]


def test_check_bad_usage_exits_2(project: Path) -> None:
    assert run([EXPLAINER, "check", "nowhere"], cwd=project).returncode == 2
    assert run([EXPLAINER, "check", "--format", "xml"], cwd=project).returncode == 2


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_text_report_is_coloured_only_on_a_terminal_without_no_color(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "content" / "articles" / "a.md").write_text("---\ntitle: Empty\n---\n")
    monkeypatch.chdir(project)
    report = check([Path("content")])
    monkeypatch.delenv("NO_COLOR", raising=False)
    tty = Terminal()
    print_report(report, tty)
    assert "\033[1;31merror\033[0m" in tty.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    plain = Terminal()
    print_report(report, plain)
    assert "\033[" not in plain.getvalue() and ": error: the article has no text" in plain.getvalue()
    piped = io.StringIO()
    monkeypatch.delenv("NO_COLOR")
    print_report(report, piped)
    assert "\033[" not in piped.getvalue()


# -- import -------------------------------------------------------------------------------


def test_import_keeps_paragraphs_and_never_overwrites(project: Path) -> None:
    source = project / "plain.txt"
    source.write_text("First line, reportedly true.\nSecond line: Officials said so.\n", encoding="utf-8")
    args = [
        EXPLAINER,
        "import",
        str(source),
        "--title",
        "Dam: a “test”",
        "--publisher",
        "Example Daily",
        "--published",
        "2024-11-20",
    ]
    result = run(args, cwd=project)
    assert result.returncode == 0, result.stderr
    target = project / "content" / "articles" / "dam-a-test.md"
    assert result.stdout.splitlines()[0] == "content/articles/dam-a-test.md"
    assert "2 sentences: 0 single-source, 2 unverified" in result.stdout
    text = target.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: 'Dam: a “test”'\npublisher: Example Daily\npublished: '2024-11-20'\n")
    assert text.endswith("---\nFirst line, reportedly true.\n\nSecond line: Officials said so.\n")
    before = target.read_bytes()
    again = run(args, cwd=project)
    assert again.returncode == 1 and "already exists" in again.stderr
    assert target.read_bytes() == before
    assert run([EXPLAINER, "check", str(target)], cwd=project).returncode == 0


def test_import_from_stdin_with_a_slug(project: Path) -> None:
    result = run([EXPLAINER, "import", "-", "--title", "X", "--slug", "my-story"], cwd=project, input="One.\n\nTwo.\n")
    assert result.returncode == 0
    assert (project / "content" / "articles" / "my-story.md").read_text().endswith("---\nOne.\n\nTwo.\n")
    assert run([EXPLAINER, "import", "-", "--title", "X", "--slug", "Bad Slug"], cwd=project, input="x").returncode == 2
    assert run([EXPLAINER, "import", "missing.txt", "--title", "X"], cwd=project).returncode == 2
