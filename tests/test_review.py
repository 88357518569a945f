"""Editorial review: sidecar entries anchored by quote, orphans, ambiguity, the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.analysis import Registry, analyze, apply_review
from generator.analysis.review import ReviewEntry
from tests.conftest import BIN, copy_project, run

EXPLAINER = str(BIN / "explainer")


def entry(quote: str, **kwargs: object) -> ReviewEntry:
    return ReviewEntry(quote=quote, line=1, **kwargs)  # type: ignore[arg-type]


def review(body: str, registry: Registry, *entries: ReviewEntry):  # type: ignore[no-untyped-def]
    analysis = analyze(body, registry)
    orphans, problems = apply_review(analysis, list(entries), registry, sidecar="a.claims.yml", article="a.md")
    return analysis, orphans, problems


def test_entry_replaces_labels_sets_sources_and_marks_editor_origin(registry: Registry) -> None:
    body = "The weather was fine. Officials said the dam held.\n"
    analysis, orphans, problems = review(
        body, registry, entry("the dam held", labels=["single-source"], sources=["reuters"], note="Checked.")
    )
    assert orphans == [] and problems == []
    claim = analysis.labelled[0]
    assert claim.origin == "editor"
    assert claim.labels == ["single-source"]
    assert [s.id for s in claim.sources] == ["reuters"]
    assert claim.reasons[0].kind == "editor" and body[claim.reasons[0].start : claim.reasons[0].end] == "the dam held"
    assert claim.to_json()["review"] == {"quote": "the dam held", "note": "Checked."}


def test_empty_labels_remove_a_wrong_mark(registry: Registry) -> None:
    analysis, _, _ = review("Officials said the dam held.", registry, entry("Officials said", labels=[]))
    assert analysis.labelled == []


def test_entry_can_mark_text_the_analyzer_left_alone(registry: Registry) -> None:
    analysis, _, _ = review("The dam held all night.", registry, entry("dam held", labels=["unverified"]))
    assert [c.labels for c in analysis.labelled] == [["unverified"]]


def test_matching_tolerates_whitespace_and_typographic_quotes(registry: Registry) -> None:
    body = "He called it “a  total\nfailure” on Monday."
    analysis, orphans, _ = review(body, registry, entry('called it "a total failure"', labels=["opinion"]))
    assert orphans == []
    assert analysis.labelled[0].labels == ["opinion"]


def test_ambiguous_quote_names_every_line_and_prefix_resolves_it(registry: Registry) -> None:
    body = "Officials said the dam held.\n\nLater, officials said the dam held.\n"
    _, _, problems = review(body, registry, entry("the dam held", labels=["opinion"]))
    (problem,) = problems
    assert "matches 2 places" in problem.message and "line 1, line 3" in problem.message
    analysis, _, problems = review(
        body, registry, entry("the dam held", prefix="Later, officials said", labels=["opinion"])
    )
    assert problems == []
    assert [c.text for c in analysis.labelled if c.origin == "editor"] == ["Later, officials said the dam held."]


def test_orphan_is_reported_with_the_closest_sentence(registry: Registry) -> None:
    body = "Officials said the dam held overnight.\n"
    _, orphans, problems = review(body, registry, entry("the bridge held overnight", labels=["opinion"]))
    assert len(orphans) == 1
    assert "orphaned review entry" in problems[0].message
    assert "closest sentence now is “Officials said the dam held overnight.” (a.md:1)" in problems[0].message


# -- the editor's workflow on the seed, end to end --------------------------------------


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


def build(project: Path, *args: str) -> str:
    result = run([EXPLAINER, "build", *args], cwd=project)
    assert result.returncode == 0, result.stderr
    return (project / "site" / "articles" / "defectors" / "index.html").read_text(encoding="utf-8")


def test_editor_fix_survives_an_unrelated_edit_and_orphans_fail_check(project: Path) -> None:
    sidecar = project / "content" / "articles" / "defectors.claims.yml"
    sidecar.write_text(
        "- quote: now face the prospect of former enemies returning\n"
        "  labels: [opinion]\n"
        "  note: A prediction presented as fact.\n",
        encoding="utf-8",
    )
    page = build(project)
    assert 'data-labels="opinion" data-origin="editor" id="claim-c15"' in page
    assert "A prediction presented as fact." in page
    opinion = (project / "site" / "labels" / "opinion" / "index.html").read_text(encoding="utf-8")
    assert "now face the prospect of former enemies returning" in opinion  # listings use the editor's labels

    article = project / "content" / "articles" / "defectors.md"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("The implications of these reports", "The wider implications of these reports"))
    page = build(project)
    assert 'data-labels="opinion" data-origin="editor" id="claim-c15"' in page

    article.write_text(text.replace("now face the prospect of former enemies returning to their midst", "wait."))
    result = run([EXPLAINER, "check"], cwd=project)
    assert result.returncode == 1
    assert "content/articles/defectors.claims.yml:1: error: orphaned review entry" in result.stdout
    loose = run([EXPLAINER, "build"], cwd=project)
    assert loose.returncode == 0 and "orphaned review entry" in loose.stderr
    page = (project / "site" / "articles" / "defectors" / "index.html").read_text(encoding="utf-8")
    assert "A prediction presented as fact." in page  # the build does not lose the orphan
    assert run([EXPLAINER, "build", "--strict"], cwd=project).returncode == 1


def test_claim_review_json_ld_for_a_verdict(project: Path) -> None:
    (project / "content" / "articles" / "defectors.claims.yml").write_text(
        "- quote: over a thousand ex-Ukrainian Armed Forces (UAF) personnel\n"
        "  labels: [single-source, unverified]\n"
        "  sources: [tass]\n"
        "  verdict: Unproven </script><script>alert(1)</script>\n"
        "  date: 2024-11-21\n"
        "  evidence:\n"
        "    - {url: 'https://example.org/check', title: Our check}\n",
        encoding="utf-8",
    )
    (project / "mkdocs.yml").write_text(
        (project / "mkdocs.yml")
        .read_text()
        .replace('site_url: !ENV [SITE_URL, ""]', "site_url: https://user.github.io/repo/")
    )
    page = build(project)
    blocks = [b.split("</script>")[0] for b in page.split('<script type="application/ld+json">')[1:]]
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
    assert data["url"] == "https://user.github.io/repo/articles/defectors/#claim-c2"
    assert data["claimReviewed"].startswith("According to a recent TASS report")
    assert data["reviewRating"]["alternateName"].startswith("Unproven")
    assert data["author"]["name"] and data["datePublished"] == "2024-11-21"
    assert data["itemReviewed"]["@type"] == "Claim" and data["itemReviewed"]["author"]["name"] == "TASS"
    assert "<script>alert" not in page
    assert 'href="https://example.org/check"' in page


def test_web_annotation_export_has_both_selectors(project: Path) -> None:
    build(project)
    folder = project / "site" / "articles" / "defectors"
    assert not (folder / "annotations.jsonld").exists()  # off by default: readers never load it
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("articles: articles", "articles: articles\n      annotations: true")
    )
    build(project)
    page = json.loads((folder / "annotations.jsonld").read_text(encoding="utf-8"))
    claims = json.loads((folder / "claims.json").read_text(encoding="utf-8"))["claims"]
    assert page["@context"] == "http://www.w3.org/ns/anno.jsonld" and page["type"] == "AnnotationPage"
    assert len(page["items"]) == len(claims)
    body = (project / "content" / "articles" / "defectors.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    for item, claim in zip(page["items"], claims, strict=True):
        assert item["type"] == "Annotation" and item["id"].endswith(f"#claim-{claim['id']}")
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert body[position["start"] : position["end"]] == claim["text"]
        assert quote["exact"] == " ".join(claim["text"].split())
        assert {b["value"] for b in item["body"] if b["purpose"] == "tagging"} == set(claim["labels"])
