"""The reader-facing pieces of an annotated article, built as ElementTree elements.

Everything is built with ElementTree, so article text, cue words and source
names are always escaped text, never markup.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterable, Sequence

from ..analysis import LABEL_WORDS, LABELS, Analysis, Claim, Orphan, Reason, Registry, Review, Source

#: What each reason kind means, in words a reader understands.
REASON_WORDS: dict[str, str] = {
    "named-source": "rests on a named source",
    "carried-over": "continues the attribution of an earlier sentence",
    "shared-owner": "its sources share one owner",
    "independent-sources": "independent named sources",
    "anonymous-source": "anonymous source",
    "vague-report": "vague, unattributed report",
    "hedge": "hedged wording",
    "unsourced-figure": "a figure stated with no source",
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


def _el(tag: str, text: str | None = None, **attrs: str) -> etree.Element:
    el = etree.Element(tag, {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()})
    el.text = text
    return el


def _sub(parent: etree.Element, tag: str, text: str | None = None, **attrs: str) -> etree.Element:
    el = _el(tag, text, **attrs)
    parent.append(el)
    return el


def claim_span(claim: Claim) -> etree.Element:
    span = _el("span", class_="claim", id=f"claim-{claim.id}", data_claim_id=claim.id, data_labels=" ".join(claim.labels))
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


def accessible_name(claim: Claim) -> str:
    parts = []
    for label in claim.labels:
        detail = _label_detail(claim, label)
        parts.append(f"{LABEL_WORDS[label]}: {detail}." if detail else f"{LABEL_WORDS[label]}.")
    if claim.origin == "editor":
        parts.append("Reviewed by an editor.")
    parts.append("Show note.")
    return " ".join(parts)


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


def _highlighted(parent: etree.Element, chars: list[tuple[int, str]], reasons: list[Reason]) -> None:
    """Append the claim's text to ``parent`` with every cue in a ``<mark>``."""
    cues = sorted({(r.start, r.end) for r in reasons if r.end > r.start})
    runs: list[tuple[bool, list[str]]] = []
    k = 0
    for offset, ch in chars:  # offsets ascend, so one pass over the sorted cues suffices
        while k < len(cues) and cues[k][1] <= offset:
            k += 1
        inside = k < len(cues) and cues[k][0] <= offset
        if runs and runs[-1][0] == inside:
            runs[-1][1].append(ch)
        else:
            runs.append((inside, [ch]))
    last: etree.Element | None = None
    for inside, piece in runs:
        text = re.sub(r"\s+", " ", "".join(piece))
        if inside:
            last = _sub(parent, "mark", text)
        elif last is None:
            parent.text = (parent.text or "") + text
        else:
            last.tail = (last.tail or "") + text


def _source_item(
    parent: etree.Element, source: Source, registry: Registry, link: SourceLink, *, owner: bool = True
) -> None:
    item = _sub(parent, "li", class_=f"source source-{source.kind}")
    url = link(source)
    name = _sub(item, "a", source.name, href=url) if url else _sub(item, "span", source.name)
    name.set("class", "source-name")
    facts = [KIND_WORDS.get(source.kind, source.kind)]
    entry = registry.get(source.id) if source.id else None
    if entry is not None and owner:
        if entry.owner:
            facts.append(f"owner: {entry.owner}")
        if entry.country:
            facts.append(entry.country)
    name.tail = f" ({' · '.join(facts)})"


def claim_note(claim: Claim, analysis: Analysis, registry: Registry, link: SourceLink) -> etree.Element:
    """One entry of the notes list: the claim with its cues, the reasons, the sources."""
    note = _el("li", class_="claim-note", id=f"note-{claim.id}")
    quote = _sub(note, "blockquote", class_="note-claim")
    chars = analysis.visible_chars(claim.start, claim.end)
    _highlighted(_sub(quote, "p"), chars, claim.reasons)
    # Each reason starts with its label; a label no reason explains, and an editor's review, get a chip here.
    explained = {reason.label for reason in claim.reasons}
    chips = [label for label in claim.labels if label not in explained]
    if chips or claim.origin == "editor":
        labels = _sub(note, "p", class_="note-labels")
        for label in chips:
            _sub(labels, "span", LABEL_WORDS[label], class_=f"label label-{label}").tail = " "
        if claim.origin == "editor":
            when = claim.review.date if claim.review is not None and claim.review.date else None
            reviewed = f"Reviewed by the editors on {when}" if when else "Reviewed by the editors"
            _sub(labels, "span", reviewed, class_="label label-editor")
    reasons = _sub(note, "ul", class_="note-reasons")
    for reason in claim.reasons:
        item = _sub(reasons, "li")
        _sub(item, "strong", LABEL_WORDS.get(reason.label, reason.label), class_=f"label label-{reason.label}")
        words = REASON_WORDS.get(reason.kind, reason.kind)
        cue = re.sub(r"\s+", " ", reason.cue)
        item[-1].tail = f" — {words}: “{cue}”"
        if reason.from_claim:
            item[-1].tail += " (from "
            if _is_marked(analysis, reason.from_claim):
                back = _sub(item, "a", f"sentence {reason.from_claim[1:]}", href=f"#claim-{reason.from_claim}")
                back.tail = ")"
            else:  # named in a sentence that carries no mark of its own: nothing to link to
                item[-1].tail += f"sentence {reason.from_claim[1:]})"
    if claim.review is not None:
        _review(note, claim.review)
    if claim.sources:
        _sub(note, "p", "Sources:", class_="note-sources-title")
        sources = _sub(note, "ul", class_="note-sources")
        for source in claim.sources:
            # Owner and country stand in the summary and on the source's page; a note names the kind.
            _source_item(sources, source, registry, link, owner=False)
    back = _sub(_sub(note, "p", class_="note-back"), "a", "Back to the text", href=f"#claim-{claim.id}")
    _sub(back, "span", f" (sentence {claim.id[1:]})", class_="visually-hidden")
    return note


def _is_marked(analysis: Analysis, claim_id: str) -> bool:
    position = int(claim_id[1:]) - 1
    return 0 <= position < len(analysis.claims) and bool(analysis.claims[position].labels)


def _review(note: etree.Element, review: Review) -> None:
    """The editor's part of a note: verdict, note and evidence links."""
    box = _sub(note, "div", class_="note-review")
    if review.verdict:
        verdict = _sub(box, "p", class_="note-verdict")
        _sub(verdict, "strong", "Fact-check verdict:").tail = f" {review.verdict}"
    if review.note:
        _sub(box, "p", class_="note-editor").text = f"Editor’s note: {review.note}"
    if review.evidence:
        _sub(box, "p", "Evidence:", class_="note-evidence-title")
        listing = _sub(box, "ul", class_="note-evidence")
        for piece in review.evidence:
            _sub(_sub(listing, "li"), "a", piece.title or piece.url, href=piece.url, rel="nofollow")


def notes_section(
    analysis: Analysis, registry: Registry, link: SourceLink, orphans: Sequence[Orphan] = ()
) -> etree.Element:
    # Search indexes (Pagefind) skip the notes: they repeat the claims, which the text already holds.
    section = _el(
        "section",
        class_="claim-notes",
        id="claim-notes",
        aria_labelledby="claim-notes-title",
        data_pagefind_ignore="",
        data_search_exclude="",
    )
    _sub(section, "h2", "Sourcing notes", id="claim-notes-title")
    items = _sub(section, "ol")
    for claim in analysis.labelled:
        items.append(claim_note(claim, analysis, registry, link))
    if orphans:
        # Kept visible so that an edit of the article never silently loses an editor's work.
        box = _sub(section, "div", class_="orphans", role="note")
        _sub(box, "p", "Editor notes whose quoted text is no longer in the article:", class_="orphans-title")
        listing = _sub(box, "ul")
        for orphan in orphans:
            item = _sub(listing, "li")
            _sub(item, "q", orphan.entry.quote)
            if orphan.entry.note:
                item[-1].tail = f" — {orphan.entry.note}"
    return section


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


def summary_section(analysis: Analysis, registry: Registry, link: SourceLink) -> etree.Element:
    section = _el(
        "section",
        class_="sourcing-summary",
        aria_labelledby="sourcing-summary-title",
        data_pagefind_ignore="",
        data_search_exclude="",
    )
    _sub(section, "h2", "How this article is sourced", id="sourcing-summary-title")
    _sub(section, "p", plain_reading(analysis), class_="summary-reading")
    reviewed = sum(1 for c in analysis.labelled if c.origin == "editor")
    if reviewed:
        marks = len(analysis.labelled)
        text = (
            f"{reviewed} of {marks} marks reviewed by the editors"
            if marks > 1
            else "The mark was reviewed by the editors"
        )
        _sub(section, "p", text + ".", class_="summary-reviewed")
    counts = analysis.summary()
    table = _sub(section, "ul", class_="summary-counts")
    for label in LABELS:
        item = _sub(table, "li", class_=f"count count-{label}", data_label=label)
        _sub(item, "span", str(counts[label]), class_="count-number").tail = " "
        _sub(item, "span", LABEL_WORDS[label].lower(), class_=f"label label-{label}")
    total = _sub(table, "li", class_="count count-total")
    _sub(total, "span", str(counts["claims"]), class_="count-number").tail = " sentences in all"
    sources = analysis.sources_relied_on()
    if sources:
        _sub(section, "p", "Sources relied on:", class_="summary-sources-title")
        listing = _sub(section, "ul", class_="summary-sources")
        for source in sources:
            _source_item(listing, source, registry, link)
    if analysis.labelled:
        more = _sub(section, "p", class_="summary-more")
        _sub(more, "a", "All sourcing notes", href="#claim-notes")
    return section
