"""The reader-facing pieces of an annotated article.

The claim spans and markers sit inside the article's own markup, so they are
ElementTree elements like it. The summary and the notes are whole sections of
explainer's own, made as HTML strings: every piece of text (article text, cue
words, source names, editors' notes) goes through ``_text`` and every
attribute through ``_attribute``, so none of it is ever markup.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterable, Sequence

from ..analysis import LABEL_WORDS, LABELS, Analysis, Claim, Orphan, Registry, Review, Source
from ..urls import is_safe_url

#: What each reason kind means, in words a reader understands.
REASON_WORDS: dict[str, str] = {
    "named-source": "rests on a named source",
    "carried-over": "continues the attribution of an earlier sentence",
    "shared-owner": "its sources share one owner",
    "joint-source": "its sources made it together: one source",
    "independent-sources": "independent named sources",
    "anonymous-source": "anonymous source",
    "vague-report": "vague, unattributed report",
    "hedge": "hedged wording",
    "unsourced-figure": "a figure stated with no source",
    "unsourced-act": "an act done out of sight, stated with no source",
    "unsourced-record": "a criminal record stated with no source",
    "editor": "set by an editor, anchored to",
    "interpretation": "the writer's interpretation",
    "prediction": "the writer's prediction or speculation",
    "evaluation": "evaluative wording",
    "judgement": "the writer's judgement",
    "stance": "the writer's stance",
    "prescription": "the writer's prescription",
    "first-person": "the writer speaking for themselves",
    "rhetorical": "rhetorical question or exclamation",
}

KIND_WORDS: dict[str, str] = {
    "news-agency": "news agency",
    "newspaper": "newspaper",
    "broadcaster": "broadcaster",
    "public-broadcaster": "public broadcaster",
    "state-media": "state media",
    "government": "government",
    "military": "military",
    "intelligence": "intelligence service",
    "ngo": "NGO",
    "academic": "academic",
    "company": "media company",
    "person": "person",
    "other": "other",
    "unknown": "not in the source registry",
    "anonymous": "anonymous",
}

#: Short visible tag per label (the full words are in the accessible name).
LABEL_TAGS: dict[str, str] = {
    "single-source": "single source",
    "unverified": "unverified",
    "corroborated": "corroborated",
    "opinion": "opinion",
}

SourceLink = Callable[[Source], str | None]

#: The sections' ids: links point at them (``#claim-notes``), and the page's outline names them.
SUMMARY_TITLE_ID = "sourcing-summary-title"
NOTES_ID = "claim-notes"
NOTES_TITLE_ID = "claim-notes-title"
WHITESPACE_RE = re.compile(r"\s+")


def _el(tag: str, text: str | None = None, **attrs: str) -> etree.Element:
    el = etree.Element(tag, {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()})
    el.text = text
    return el


def _sub(parent: etree.Element, tag: str, text: str | None = None, **attrs: str) -> etree.Element:
    el = _el(tag, text, **attrs)
    parent.append(el)
    return el


def claim_span(claim: Claim) -> etree.Element:
    span = _el(
        "span", class_="claim", id=f"claim-{claim.id}", data_claim_id=claim.id, data_labels=" ".join(claim.labels)
    )
    if claim.origin == "editor":  # the analyzer's marks ("auto") are the rule: only the exception is spelt out
        span.set("data-origin", claim.origin)
    return span


def _label_detail(claim: Claim, label: str) -> str:
    """The few words after a label in the marker's accessible name."""
    reasons = [r for r in claim.reasons if r.label == label]
    if label in ("single-source", "corroborated"):
        names = _unique(s.name for s in claim.sources if s.kind != "anonymous")
        return " and ".join(names)
    if label == "unverified":
        return ", ".join(_unique(REASON_WORDS.get(r.kind, r.kind) for r in reasons))
    return ", ".join(_unique(REASON_WORDS.get(r.kind, r.kind) for r in reasons)[:1])


def _unique(items: Iterable[str]) -> list[str]:
    """Non-empty items, first occurrence only, in order."""
    return list(dict.fromkeys(item for item in items if item))


def claim_marker(claim: Claim) -> etree.Element:
    """The focusable control beside a claim: a link to its note.

    Visible text is the short label tags; the rest of the accessible name is
    visually hidden text, so what sighted users see is part of what screen
    readers announce (WCAG 2.5.3, label in name).
    """
    marker = _el(
        "a",
        class_="claim-marker",
        href=f"#note-{claim.id}",
        id=f"mark-{claim.id}",
        # The mark's words describe the sentence, they are not in it: no search index holds them
        # (Pagefind in explainer's theme, Material's own search in Material).
        data_pagefind_ignore="",
        data_search_exclude="",
    )
    ending = ("Reviewed by an editor. " if claim.origin == "editor" else "") + "Show note."
    for position, label in enumerate(claim.labels, 1):
        _sub(marker, "span", LABEL_TAGS[label], class_=f"tag tag-{label}")
        detail = _label_detail(claim, label)
        words = f": {detail}. " if detail else ". "
        _sub(marker, "span", words + ending if position == len(claim.labels) else words, class_="visually-hidden")
    return marker


def _text(value: str) -> str:
    """Text as HTML, escaped the way the sanitiser's serialiser writes it (so output is the same either way)."""
    return value.replace("&", "&amp;").replace("\xa0", "&nbsp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace("\xa0", "&nbsp;").replace('"', "&quot;")


def _tag(name: str, *content: str, **attrs: str) -> str:
    """An element as HTML: ``content`` is HTML already (made here, text through ``_text``); attributes
    are escaped, in name order, as ElementTree would write them."""
    if not attrs:
        return f"<{name}>{''.join(content)}</{name}>"
    named = sorted((key.rstrip("_").replace("_", "-"), value) for key, value in attrs.items())
    opening = "".join(f' {key}="{_attribute(value)}"' for key, value in named)
    return f"<{name}{opening}>{''.join(content)}</{name}>"


def _link(url: str | None, text: str, **attrs: str) -> str:
    """A link when the address passes the allow-list (it did where it was read; checked again here,
    since these sections reach the page after the sanitiser), else the bare text."""
    if url is None or not is_safe_url(url):
        return _tag("span", _text(text), **attrs)
    return _tag("a", _text(text), href=url, **attrs)


def _highlighted(analysis: Analysis, claim: Claim) -> str:
    """The claim's text as HTML, with every cue (overlapping cues as one) in a ``<mark>``."""
    runs: list[tuple[bool, str]] = []
    position = claim.start

    def add(inside: bool, end: int) -> None:
        text = analysis.visible_text(position, end)
        if not text:
            return
        if runs and runs[-1][0] == inside:  # only Markdown syntax between two pieces
            runs[-1] = (inside, runs[-1][1] + text)
        else:
            runs.append((inside, text))

    for start, end in sorted((r.start, r.end) for r in claim.reasons if r.end > r.start):
        start, end = max(start, claim.start), min(end, claim.end)
        if end <= position:
            continue
        if start > position:
            add(False, start)
            position = start
        add(True, end)
        position = end
    add(False, claim.end)
    pieces = ((inside, _text(WHITESPACE_RE.sub(" ", text))) for inside, text in runs)
    return "".join(f"<mark>{piece}</mark>" if inside else piece for inside, piece in pieces)


def _source_item(source: Source, registry: Registry, link: SourceLink, *, owner: bool = True) -> str:
    facts = [KIND_WORDS.get(source.kind, source.kind)]
    entry = registry.get(source.id) if source.id else None
    if entry is not None and owner:
        if entry.owner:
            facts.append(f"owner: {entry.owner}")
        if entry.country:
            facts.append(entry.country)
    name = _link(link(source), source.name, class_="source-name")
    return _tag("li", name, _text(f" ({' · '.join(facts)})"), class_=f"source source-{source.kind}")


def claim_note(claim: Claim, analysis: Analysis, registry: Registry, link: SourceLink) -> str:
    """One entry of the notes list: the claim with its cues, the reasons, the sources."""
    parts = [
        _tag(
            "blockquote",
            _tag("p", _highlighted(analysis, claim)),
            class_="note-claim",
        )
    ]
    # Each reason starts with its label; a label no reason explains, and an editor's review, get a chip here.
    explained = {reason.label for reason in claim.reasons}
    chips = [
        _tag("span", _text(LABEL_WORDS[label]), class_=f"label label-{label}") + " "
        for label in claim.labels
        if label not in explained
    ]
    if claim.origin == "editor":
        when = claim.review.date if claim.review is not None and claim.review.date else None
        reviewed = f"Reviewed by the editors on {when}" if when else "Reviewed by the editors"
        chips.append(_tag("span", _text(reviewed), class_="label label-editor"))
    if chips:
        parts.append(_tag("p", *chips, class_="note-labels"))
    reasons = []
    for reason in claim.reasons:
        words = REASON_WORDS.get(reason.kind, reason.kind)
        label = LABEL_WORDS.get(reason.label, reason.label)
        item = [_tag("strong", _text(label), class_=f"label label-{reason.label}")]
        item.append(_text(f" — {words}: “{WHITESPACE_RE.sub(' ', reason.cue)}”"))
        if reason.from_claim:
            sentence = f"sentence {reason.from_claim[1:]}"
            if _is_marked(analysis, reason.from_claim):
                item.append(" (from " + _tag("a", _text(sentence), href=f"#claim-{reason.from_claim}") + ")")
            else:  # named in a sentence that carries no mark of its own: nothing to link to
                item.append(_text(f" (from {sentence})"))
        reasons.append(_tag("li", *item))
    parts.append(_tag("ul", *reasons, class_="note-reasons"))
    if claim.review is not None:
        parts.append(_review(claim.review))
    if claim.sources:
        parts.append(_tag("p", "Sources:", class_="note-sources-title"))
        # Owner and country stand in the summary and on the source's page; a note names the kind.
        items = [_source_item(source, registry, link, owner=False) for source in claim.sources]
        parts.append(_tag("ul", *items, class_="note-sources"))
    hidden = _tag("span", _text(f" (sentence {claim.id[1:]})"), class_="visually-hidden")
    parts.append(_tag("p", _tag("a", "Back to the text", hidden, href=f"#claim-{claim.id}"), class_="note-back"))
    return _tag("li", *parts, class_="claim-note", id=f"note-{claim.id}")


def _is_marked(analysis: Analysis, claim_id: str) -> bool:
    position = int(claim_id[1:]) - 1
    return 0 <= position < len(analysis.claims) and bool(analysis.claims[position].labels)


def _review(review: Review) -> str:
    """The editor's part of a note: verdict, note and evidence links."""
    parts = []
    if review.verdict:
        parts.append(
            _tag("p", _tag("strong", "Fact-check verdict:"), _text(f" {review.verdict}"), class_="note-verdict")
        )
    if review.note:
        parts.append(_tag("p", _text(f"Editor’s note: {review.note}"), class_="note-editor"))
    if review.evidence:
        parts.append(_tag("p", "Evidence:", class_="note-evidence-title"))
        items = [_tag("li", _link(piece.url, piece.title or piece.url, rel="nofollow")) for piece in review.evidence]
        parts.append(_tag("ul", *items, class_="note-evidence"))
    return _tag("div", *parts, class_="note-review")


def notes_section(analysis: Analysis, registry: Registry, link: SourceLink, orphans: Sequence[Orphan] = ()) -> str:
    parts = [_tag("h2", "Sourcing notes", id=NOTES_TITLE_ID)]
    parts.append(_tag("ol", *(claim_note(claim, analysis, registry, link) for claim in analysis.labelled)))
    if orphans:
        # Kept visible so that an edit of the article never silently loses an editor's work.
        items = []
        for orphan in orphans:
            note = _text(f" — {orphan.entry.note}") if orphan.entry.note else ""
            items.append(_tag("li", _tag("q", _text(orphan.entry.quote)), note))
        title = _tag("p", "Editor notes whose quoted text is no longer in the article:", class_="orphans-title")
        parts.append(_tag("div", title, _tag("ul", *items), class_="orphans", role="note"))
    # Search indexes (Pagefind) skip the notes: they repeat the claims, which the text already holds.
    return _tag(
        "section",
        *parts,
        class_="claim-notes",
        id=NOTES_ID,
        aria_labelledby=NOTES_TITLE_ID,
        data_pagefind_ignore="",
        data_search_exclude="",
    )


def notes_outline(analysis: Analysis) -> etree.Element:
    """What the notes section is to the tree stage: its heading (for the page's outline) and its ids."""
    outline = _el("section", id=NOTES_ID)
    _sub(outline, "h2", "Sourcing notes", id=NOTES_TITLE_ID)
    for claim in analysis.labelled:
        _sub(outline, "span", id=f"note-{claim.id}")
    return outline


def summary_outline() -> etree.Element:
    outline = _el("section")
    _sub(outline, "h2", "How this article is sourced", id=SUMMARY_TITLE_ID)
    return outline


def plain_reading(analysis: Analysis) -> str:
    """One sentence a reader can take in at a glance."""
    summary = analysis.summary()
    total = summary["claims"]
    if not analysis.labelled:
        return f"None of the {total} sentences carries a sourcing mark."
    parts = []
    if summary["unverified"]:
        count = summary["unverified"]
        parts.append(f"{count} of {total} sentences {_verb(count, 'rests', 'rest')} on unnamed or hedged sources")
    if summary["single-source"]:
        single = [c for c in analysis.claims if "single-source" in c.labels]
        names = _unique(s.name for c in single for s in c.sources if s.kind != "anonymous")
        who = f" ({', '.join(names[:3])})" if names else ""
        count = summary["single-source"]
        parts.append(f"{count} {_verb(count, 'relies', 'rely')} on a single source{who}")
    if summary["corroborated"]:
        count = summary["corroborated"]
        parts.append(f"{count} {_verb(count, 'is', 'are')} backed by independent sources")
    if summary["opinion"]:
        count = summary["opinion"]
        parts.append(f"{count} {_verb(count, 'is', 'are')} the writer's opinion")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _verb(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def summary_section(analysis: Analysis, registry: Registry, link: SourceLink) -> str:
    parts = [_tag("h2", "How this article is sourced", id=SUMMARY_TITLE_ID)]
    parts.append(_tag("p", _text(plain_reading(analysis)), class_="summary-reading"))
    reviewed = sum(1 for c in analysis.labelled if c.origin == "editor")
    if reviewed:
        marks = len(analysis.labelled)
        text = (
            f"{reviewed} of {marks} marks reviewed by the editors"
            if marks > 1
            else "The mark was reviewed by the editors"
        )
        parts.append(_tag("p", _text(text + "."), class_="summary-reviewed"))
    counts = analysis.summary()
    items = [
        _tag(
            "li",
            _tag("span", str(counts[label]), class_="count-number"),
            " ",
            _tag("span", _text(LABEL_WORDS[label].lower()), class_=f"label label-{label}"),
            class_=f"count count-{label}",
            data_label=label,
        )
        for label in LABELS
    ]
    items.append(
        _tag(
            "li",
            _tag("span", str(counts["claims"]), class_="count-number"),
            " sentences in all",
            class_="count count-total",
        )
    )
    parts.append(_tag("ul", *items, class_="summary-counts"))
    sources = analysis.sources_relied_on()
    if sources:
        parts.append(_tag("p", "Sources relied on:", class_="summary-sources-title"))
        parts.append(
            _tag("ul", *(_source_item(source, registry, link) for source in sources), class_="summary-sources")
        )
    if analysis.labelled:
        parts.append(_tag("p", _tag("a", "All sourcing notes", href=f"#{NOTES_ID}"), class_="summary-more"))
    return _tag(
        "section",
        *parts,
        class_="sourcing-summary",
        aria_labelledby=SUMMARY_TITLE_ID,
        data_pagefind_ignore="",
        data_search_exclude="",
    )
