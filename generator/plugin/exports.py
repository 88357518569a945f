"""Standard exports of an article's claims: W3C Web Annotation and schema.org ClaimReview.

Both are JSON-LD, so other tools (annotation clients, search engines, fact-check
aggregators) can read explainer's marks without knowing explainer.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as etree
from collections.abc import Callable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from ..analysis import LABEL_WORDS, LABELS, Analysis, Claim
from .structure import ArticleInfo, SiteIndex

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
) -> list[dict[str, Any]]:
    """schema.org ClaimReview for each claim an editor gave a verdict.

    Dated by the review, else by the article; never by the day of the build, so
    that the same content always builds the same page.
    """
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
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{page_url}#claim-{claim.id}",
            "claimReviewed": analysis.readable(claim.start, claim.end),
            "reviewRating": {"@type": "Rating", "alternateName": claim.review.verdict},
            "author": {"@type": "Organization", "name": author},
        }
        if claim.review.date or published:
            review["datePublished"] = claim.review.date or published
        reviews.append({**review, "itemReviewed": item})
    return reviews


def script_json(data: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>`` can end it early."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def article_exports(analysis: Analysis, path: str, title: str, page_url: str) -> dict[str, str]:
    """An article's JSON object (the contract's ``articles[]`` item) and its Web Annotations, serialised.

    Made once per conversion and cached with it: a warm build only writes them.
    """
    return {
        "article": _compact(analysis.to_json(path, title)),
        "annotations": _compact(web_annotations(analysis, page_url, title)),
    }


def page_claims(article: str) -> str:
    """``claims.json`` beside a page: the contract's version, then the article object's keys."""
    return '{"version":1,' + article[1:] + "\n"


def site_claims(site: SiteIndex, article_json: Callable[[ArticleInfo], str]) -> str:
    """The JSON contract for the whole site: every article object, newest first.

    Assembled from each article's serialised object: the whole site as Python
    objects would be several times the size of its JSON (hundreds of MB at 10k).
    """
    articles = ",".join(article_json(a) for a in site.articles)
    return f'{{"version":1,"articles":[{articles}],"problems":[]}}\n'


def _compact(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def atom_feed(site: SiteIndex, config: MkDocsConfig, limit: int = 50) -> str:
    """An Atom feed of the newest articles; every link derives from ``site_url``."""
    base = config.site_url or ""
    feed = etree.Element("feed", xmlns="http://www.w3.org/2005/Atom")
    etree.SubElement(feed, "title").text = config.site_name
    etree.SubElement(feed, "id").text = base or config.site_name
    etree.SubElement(feed, "link", href=f"{base}feed.xml", rel="self")
    etree.SubElement(feed, "link", href=base or "./")
    newest = max((a.published for a in site.articles if a.published), default=None)
    etree.SubElement(feed, "updated").text = _timestamp(newest)
    author = etree.SubElement(feed, "author")
    etree.SubElement(author, "name").text = config.site_author or config.site_name
    for article in site.articles[:limit]:
        entry = etree.SubElement(feed, "entry")
        etree.SubElement(entry, "title").text = article.title
        etree.SubElement(entry, "id").text = f"{base}{article.url}"
        etree.SubElement(entry, "link", href=f"{base}{article.url}")
        etree.SubElement(entry, "updated").text = _timestamp(article.published)
        counts = article.summary
        etree.SubElement(entry, "summary").text = f"{counts['claims']} sentences: " + ", ".join(
            f"{counts[label]} {LABEL_WORDS[label].lower()}" for label in LABELS
        )
    return '<?xml version="1.0" encoding="utf-8"?>\n' + etree.tostring(feed, encoding="unicode") + "\n"


def _timestamp(day: str | None) -> str:
    return f"{day}T00:00:00Z" if day and len(day) == 10 else "1970-01-01T00:00:00Z"
