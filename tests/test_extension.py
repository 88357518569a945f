"""The Markdown extension: the HTML contract, text fidelity and safety."""

from __future__ import annotations

import os
import re
from pathlib import Path

import markdown
import pytest

from generator.analysis import Registry, RegistryEntry, analyze
from generator.annotate import ExplainerExtension, PageJob
from tests.htmltext import visible_text

CASES = Path(__file__).parent / "data" / "markdown"
CLAIM_RE = re.compile(r'<span class="claim" data-claim-id="(c\d+)" data-labels="([^"]*)"[^>]*>')


def render(body: str, registry: Registry, **config: object) -> tuple[str, ExplainerExtension]:
    ext = ExplainerExtension(registry=registry, **config)
    html = markdown.Markdown(extensions=[ext, "toc"]).convert(body)
    return html, ext


def plain(body: str) -> str:
    return markdown.Markdown(extensions=["toc"]).convert(body)


@pytest.mark.parametrize("case", sorted(CASES.glob("*.md")), ids=lambda p: p.stem)
def test_snapshot(case: Path, registry: Registry) -> None:
    html, _ = render(case.read_text(encoding="utf-8"), registry)
    expected = case.with_suffix(".html")
    if os.environ.get("EXPLAINER_UPDATE_SNAPSHOTS"):
        expected.write_text(html + "\n", encoding="utf-8")
    assert html + "\n" == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", [*sorted(CASES.glob("*.md")), Path("content/articles/defectors.md")], ids=str)
def test_text_fidelity(case: Path, registry: Registry) -> None:
    """Remove the annotation UI and the text is exactly plain Python-Markdown's."""
    from generator.content import read_article

    body = read_article(case).body
    html, ext = render(body, registry)
    assert ext.analysis is not None and ext.analysis.labelled
    expected = visible_text(plain(body), frozenset())
    if "hostile" in case.name:  # the sanitiser drops script bodies; everything else stays
        expected = expected.replace('alert("x")', "").strip()
    assert visible_text(html) == " ".join(expected.split())


def test_every_labelled_claim_is_one_span_with_its_exact_text(seed_body: str, registry: Registry) -> None:
    html, ext = render(seed_body, registry)
    assert ext.analysis is not None
    spans = CLAIM_RE.findall(html)
    labelled = ext.analysis.labelled
    assert [cid for cid, _ in spans] == [c.id for c in labelled]
    for claim, (_, labels) in zip(labelled, spans, strict=True):
        assert labels == " ".join(claim.labels)
        inner = re.search(rf'data-claim-id="{claim.id}"[^>]*>(.*?)</span><a class="claim-marker"', html, re.S)
        assert inner is not None
        assert visible_text(inner.group(1), frozenset()) == " ".join(claim.text.split())


def test_marker_is_a_link_to_the_note_with_labels_in_words(seed_body: str, registry: Registry) -> None:
    html, ext = render(seed_body, registry)
    assert ext.analysis is not None
    claim = next(c for c in ext.analysis.labelled if c.labels == ["single-source", "unverified"])
    marker = re.search(rf'<a class="claim-marker"[^>]*href="#note-{claim.id}"[^>]*>(.*?)</a>', html, re.S)
    assert marker is not None
    name = visible_text(marker.group(1), frozenset())
    assert name.startswith("single source: TASS. unverified: anonymous source.")
    assert name.endswith("Show note.")
    assert f'id="note-{claim.id}"' in html
    assert f'href="#claim-{claim.id}"' in html  # the note links back


def test_notes_hold_reasons_with_highlighted_cues_and_sources(seed_body: str, registry: Registry) -> None:
    html, _ = render(seed_body, registry)
    notes = html[html.index('<section aria-labelledby="claim-notes-title"') :]
    assert "<mark>According to</mark>" in notes
    assert "<mark>reportedly</mark>" in notes
    assert re.search(r"TASS</(a|span)> \(state media\)<", notes)  # the kind; owner and country: the summary
    summary = html[: html.index('<section aria-labelledby="claim-notes-title"')]
    assert "state media · owner: Government of Russia · RU" in summary
    assert notes.count('class="claim-note"') == html.count('class="claim"')


def test_summary_near_the_top_counts_every_label(seed_body: str, registry: Registry) -> None:
    html, ext = render(seed_body, registry)
    assert ext.analysis is not None
    assert html.startswith('<section aria-labelledby="sourcing-summary-title" class="sourcing-summary"')
    summary = ext.analysis.summary()
    for label in ("single-source", "unverified", "corroborated", "opinion"):
        assert re.search(rf'data-label="{label}"><span class="count-number">{summary[label]}</span>', html), label
    assert f"{summary['unverified']} of {summary['claims']} sentences rest on unnamed or hedged sources" in html


def test_code_is_never_annotated(registry: Registry) -> None:
    body = "Intro.\n\n```\nTASS reportedly said so.\n```\n\nInline `TASS reportedly said` too.\n"
    html, ext = render(body, registry)
    assert 'class="claim"' not in html
    assert ext.analysis is not None and ext.analysis.labelled == []


def test_claims_in_headings_keep_the_marker_out_of_the_heading(registry: Registry) -> None:
    html, _ = render("# Officials reportedly weigh a curfew\n\nText.", registry)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert heading is not None
    assert 'class="claim"' in heading.group(1)
    assert "claim-marker" not in heading.group(1)
    assert re.search(r'id="officials-reportedly-weigh-a-curfew"', html)  # toc id from the text alone


def test_claim_spanning_emphasis_wraps_the_whole_emphasis(registry: Registry) -> None:
    html, _ = render("It rained. *Reportedly the dam broke. Officials said so* later.", registry)
    assert "<em>" in html and html.count("<em>") == 1
    assert re.search(
        r'<span class="claim"[^>]*><em>Reportedly the dam broke\. Officials said so</em> later\.</span>', html
    )


def test_hostile_html_is_inert(registry: Registry) -> None:
    html, _ = render((CASES / "hostile.md").read_text(), registry)
    lowered = html.lower()
    for bad in ("<script", "onerror", "onclick", "onmouseover", "javascript:"):
        assert bad not in lowered
    assert "Reportedly" in html  # the text itself survives


def test_hostile_source_names_are_escaped() -> None:
    registry = Registry({"x": RegistryEntry("x", "<b onmouseover=alert(1)>X</b>")})
    html, _ = render("<b onmouseover=alert(1)>X</b> said the war is over.", registry)
    assert "onmouseover" not in html.lower()


def test_disabled_extension_leaves_pages_alone_but_sanitised(registry: Registry) -> None:
    ext = ExplainerExtension(registry=registry)
    ext.start_page(PageJob(annotate=False, summary=False, notes=False))
    html = markdown.Markdown(extensions=[ext]).convert("TASS reportedly said so. <script>x()</script>")
    assert 'class="claim"' not in html and "sourcing-summary" not in html
    assert "<script" not in html


def test_analysis_is_available_to_callers_and_matches_the_analyzer(seed_body: str, registry: Registry) -> None:
    _, ext = render(seed_body, registry)
    assert ext.analysis is not None
    assert [c.to_json() for c in ext.analysis.labelled] == [c.to_json() for c in analyze(seed_body, registry).labelled]


def test_extension_loads_by_entry_point_name() -> None:
    html = markdown.markdown("Officials said the bridge fell.", extensions=["explainer"])
    assert 'data-labels="unverified"' in html


def test_claims_in_tables_and_footnotes_are_annotated_and_the_text_is_unchanged(registry: Registry) -> None:
    from .htmltext import visible_text

    text = (
        "The port reopened.[^1]\n\n| Where | What |\n| --- | --- |\n| Odesa | Officials said the port was hit. |\n"
        "| Kyiv | TASS reported a blackout. |\n\n[^1]: Reuters reported that the port reopened at noon.\n"
    )
    plain = markdown.Markdown(extensions=["tables", "footnotes"]).convert(text)
    ext = ExplainerExtension(registry=registry, summary=False, notes=False)
    annotated = markdown.Markdown(extensions=["tables", "footnotes", ext]).convert(text)
    assert visible_text(annotated) == visible_text(plain)
    assert re.search(r'<td><span class="claim"[^>]*>Officials said the port was hit\.</span>', annotated)
    assert re.search(r'<li id="fn:1">\s*<p><span class="claim"[^>]*>Reuters reported', annotated)


def test_sections_made_as_html_escape_every_value_and_link_only_allowed_urls() -> None:
    """The summary and the notes reach the page after the sanitiser: whatever a source's name, a cue,
    an editor's note or an evidence link holds must arrive as text, and a bad URL as no link."""
    from generator.analysis import Analysis, Claim, Evidence, Reason, Review, Source
    from generator.annotate import render

    body = 'Officials said <b>"x"</b> & more.'
    hostile = '<script>alert(1)</script>"&'
    claim = Claim(
        "c1",
        body,
        0,
        len(body),
        ["unverified"],
        [Source(None, hostile, "anonymous", hostile)],
        [Reason("unverified", "anonymous-source", hostile, 0, 9)],
        "editor",
        Review(body, note=hostile, verdict=hostile, evidence=[Evidence("javascript:alert(2)", hostile)]),
    )
    analysis = Analysis([claim], body, body)
    html = render.summary_section(analysis, Registry(), lambda s: "java\tscript:alert(3)") + render.notes_section(
        analysis, Registry(), lambda s: None
    )
    assert "<script" not in html and "javascript:" not in html and "java\tscript" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;" in html and "&amp; more" in html
    assert 'href="#claim-c1"' in html  # the interface's own links stay links


def test_without_the_sanitiser_the_sections_are_still_spliced_in_and_no_placeholder_is_left(
    seed_body: str, registry: Registry
) -> None:
    html, ext = render(seed_body, registry, sanitize=False)
    assert ext.analysis is not None and ext.analysis.labelled
    assert html.count('<section aria-labelledby="sourcing-summary-title"') == 1
    assert html.count('<section aria-labelledby="claim-notes-title"') == 1
    assert not re.search(r"xp[0-9a-f]{16}:", html)  # no sealed value, no outline's placeholder
