"""Standard exports of an article's claims: W3C Web Annotation and schema.org ClaimReview.

Both are JSON-LD, so other tools (annotation clients, search engines, fact-check
aggregators) can read explainer's marks without knowing explainer.
"""

from __future__ import annotations

import json
from typing import Any

from ..analysis import LABEL_WORDS, Analysis, Claim

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: Characters of context kept on each side of a quote (TextQuoteSelector prefix/suffix).
CONTEXT_CHARS = 32


def _explanation(claim: Claim) -> str:
    parts = [f"{LABEL_WORDS[r.label]}: {r.kind} “{' '.join(r.cue.split())}”" for r in claim.reasons]
    if claim.review and claim.review.note:
        parts.append(f"Editor’s note: {claim.review.note}")
    return "; ".join(parts)


def web_annotations(analysis: Analysis, page_url: str, title: str | None) -> dict[str, Any]:
    """An AnnotationPage with one Annotation per labelled claim.

    The TextPositionSelector counts code points into the article body (the
    Markdown after its front matter), exactly like ``claims.json``; the
    TextQuoteSelector carries the words a reader sees, so either can re-anchor.
    """
    items = []
    for claim in analysis.labelled:
        bodies: list[dict[str, Any]] = [
            {"type": "TextualBody", "purpose": "tagging", "value": label} for label in claim.labels
        ]
        bodies.append(
            {"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": _explanation(claim)}
        )
        for source in claim.sources:
            bodies.append({"type": "TextualBody", "purpose": "identifying", "value": source.name})
        if claim.review is not None:
            for piece in claim.review.evidence:
                bodies.append({"type": "SpecificResource", "purpose": "linking", "source": piece.url})
        items.append(
            {
                "id": f"{page_url}#claim-{claim.id}",
                "type": "Annotation",
                "motivation": "assessing",
                "creator": {
                    "type": "Person" if claim.origin == "editor" else "Software",
                    "name": "editor" if claim.origin == "editor" else "explainer",
                },
                "body": bodies,
                "target": {
                    "source": page_url,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": analysis.readable(claim.start, claim.end),
                            "prefix": analysis.readable(claim.start - CONTEXT_CHARS, claim.start),
                            "suffix": analysis.readable(claim.end, claim.end + CONTEXT_CHARS),
                        },
                        {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
                    ],
                },
            }
        )
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": f"{page_url}annotations.jsonld",
        "type": "AnnotationPage",
        "label": f"Sourcing marks for {title}" if title else "Sourcing marks",
        "items": items,
    }


def claim_reviews(
    analysis: Analysis,
    page_url: str,
    *,
    author: str,
    published: str | None,
    original_url: str | None,
    publisher: str | None,
    today: str,
) -> list[dict[str, Any]]:
    """schema.org ClaimReview for each claim an editor gave a verdict."""
    reviews = []
    for claim in analysis.claims:
        if claim.review is None or not claim.review.verdict:
            continue
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if original_url:
            appearance["url"] = original_url
        if publisher:
            appearance["publisher"] = {"@type": "Organization", "name": publisher}
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if published:
            item["datePublished"] = published
        named = [s for s in claim.sources if s.kind != "anonymous"]
        if named:
            item["author"] = {"@type": "Organization", "name": named[0].name}
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": f"{page_url}#claim-{claim.id}",
                "claimReviewed": analysis.readable(claim.start, claim.end),
                "reviewRating": {"@type": "Rating", "alternateName": claim.review.verdict},
                "author": {"@type": "Organization", "name": author},
                "datePublished": claim.review.date or published or today,
                "itemReviewed": item,
            }
        )
    return reviews


def script_json(data: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>`` can end it early."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
