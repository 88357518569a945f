"""The explainer command line: JSON contract, batch mode, exit codes, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BIN, ROOT, SEED, run

EXPLAINER = str(BIN / "explainer")
CLAIM_KEYS = {"id", "text", "start", "end", "labels", "sources", "reasons", "origin"}
LABELS = {"single-source", "unverified", "corroborated", "opinion"}


def analyze(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> tuple[int, str, str]:
    result = run([EXPLAINER, "analyze", *args], cwd=cwd, input=stdin)
    return result.returncode, result.stdout, result.stderr


def test_analyze_file_prints_the_json_contract() -> None:
    code, out, _ = analyze(str(SEED))
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 1 and data["problems"] == []
    (article,) = data["articles"]
    assert article["title"] == "Former Ukrainian soldiers reportedly defecting to Russian ranks"
    assert set(article["summary"]) == {"claims", *LABELS}
    body = SEED.read_text(encoding="utf-8").split("---\n", 2)[2]
    starts = [c["start"] for c in article["claims"]]
    assert starts == sorted(starts)
    for claim in article["claims"]:
        assert set(claim) == CLAIM_KEYS | ({"review"} if claim["origin"] == "editor" else set())
        assert body[claim["start"] : claim["end"]] == claim["text"]
        assert claim["labels"] and set(claim["labels"]) <= LABELS
        assert claim["origin"] in ("auto", "editor")
        for reason in claim["reasons"]:
            assert reason["label"] in claim["labels"]
            assert {"label", "kind", "cue", "start", "end"} <= set(reason)
            assert claim["start"] <= reason["start"] < reason["end"] <= claim["end"]
        for source in claim["sources"]:
            assert set(source) == {"id", "name", "kind", "mention"}
        # every label carries at least one reason
        assert {r["label"] for r in claim["reasons"]} == set(claim["labels"])
    # the seed's review file is applied, as on the page
    editor = [c for c in article["claims"] if c["origin"] == "editor"]
    assert editor and all(c["review"]["quote"] in c["text"] for c in editor)


def test_analyze_reads_stdin_and_offsets_index_the_whole_input() -> None:
    text = "Привет. TASS reported that 😀 drones hit a depot. Officials said nothing else.\n"
    code, out, _ = analyze("-", stdin=text)
    assert code == 0
    (article,) = json.loads(out)["articles"]
    assert article["path"] == "<stdin>"
    claims = article["claims"]
    assert [c["text"] for c in claims] == ["TASS reported that 😀 drones hit a depot.", "Officials said nothing else."]
    for claim in claims:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    assert claims[0]["sources"][0]["id"] == "tass"


def test_analyze_jsonl_answers_each_line_in_order() -> None:
    lines = [
        {"id": "a", "text": "Jan Novak said the strike hit the port."},
        {"id": 7, "text": "The weather was fine."},
        {"id": "c", "text": "He added that nothing happened."},
    ]
    code, out, _ = analyze("--jsonl", stdin="".join(json.dumps(x) + "\n" for x in lines))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", 7, "c"]
    assert rows[0]["claims"][0]["labels"] == ["single-source"]
    assert rows[1]["claims"] == []
    assert rows[2]["claims"] == []  # each document on its own: nothing to carry over from


def test_analyze_jsonl_reports_bad_lines_and_exits_1() -> None:
    code, out, err = analyze("--jsonl", stdin='{"id": 1, "text": "Officials said so."}\nnot json\n{"id": 3}\n')
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["id"] == 1 and rows[0]["claims"]
    assert rows[1]["error"] and rows[1]["line"] == 2
    assert rows[2]["line"] == 3
    assert "<stdin>:2: error" in err


def test_non_utf8_file_is_a_problem_with_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.md"
    bad.write_bytes("First line.\nCaf\xe9 reportedly closed.\n".encode("latin-1"))
    code, out, _ = analyze(str(bad))
    assert code == 1
    (problem,) = json.loads(out)["problems"]
    assert problem["path"] == str(bad) and problem["line"] == 2 and problem["severity"] == "error"
    assert "UTF-8" in problem["message"]


def test_missing_file_is_bad_usage() -> None:
    code, out, err = analyze("no/such/file.md")
    assert code == 2 and out == ""
    assert "no such file 'no/such/file.md'" in err


@pytest.mark.parametrize(
    "argv",
    [["analyze", "--bogus"], ["frobnicate"], [], ["analyze", "--language", "xx"], ["analyze", "x.md", "--jsonl"]],
)
def test_bad_usage_exits_2(argv: list[str], tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("Text.")
    result = run([EXPLAINER, *argv], cwd=tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr or "error:" in result.stderr


def test_help_lists_the_commands() -> None:
    result = run([EXPLAINER, "--help"], cwd=ROOT)
    assert result.returncode == 0
    for command in ("build", "serve", "analyze"):
        assert command in result.stdout


def test_build_without_a_configuration_is_bad_usage(tmp_path: Path) -> None:
    result = run([EXPLAINER, "build"], cwd=tmp_path)
    assert result.returncode == 2
    assert "no configuration file 'mkdocs.yml'" in result.stderr


def test_analyze_with_front_matter_problems_still_analyses(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: [unclosed\n---\nOfficials said so.\n")
    code, out, _ = analyze(str(article))
    data = json.loads(out)
    assert code == 1
    assert data["problems"][0]["line"] == 2
    assert "front matter is not valid YAML" in data["problems"][0]["message"]
