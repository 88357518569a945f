"""Keep article HTML inert: an allowlist sanitizer over the rendered page.

Article bodies are untrusted (imported text, contributors' Markdown), and
Python-Markdown passes raw HTML through. nh3 (Ammonia) removes scripts, event
handlers and links whose scheme is not on explainer's one allow-list, while
keeping ordinary formatting and the attributes the annotation UI needs; an
attribute filter keeps article HTML out of the interface's names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import nh3

from ..urls import ALLOWED_SCHEMES

EXTRA_TAGS = frozenset({"section", "mark", "figure", "figcaption", "details", "summary", "abbr", "q", "time"})
#: What common Markdown extensions produce (content tabs and task lists: inputs and labels;
#: icons: inline SVG; embeds: iframes), kept so that they keep working. None of it runs script:
#: event handlers and ``srcdoc`` are not allowed, and every URL passes the allow-list.
EXTENSION_TAGS = frozenset({"input", "label", "iframe", "svg", "g", "path", "circle", "ellipse", "rect", "line"}) | {
    "polyline",
    "polygon",
    "use",
    "symbol",
    "defs",
}
SVG_PRESENTATION = {"fill", "stroke", "stroke-width", "fill-rule", "clip-rule", "opacity", "transform"}
#: No ``hidden``: text the analyzer reads must be text the reader sees (a hidden "TASS said" would
#: otherwise add a source to the summary that nobody can find in the article).
GLOBAL_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "dir", "role", "tabindex"})
TAG_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "hreflang", "name"},
    "button": {"type"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start", "reversed", "type"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
    "input": {"type", "name", "checked", "disabled"},
    "label": {"for"},
    "iframe": {"src", "width", "height", "loading", "allowfullscreen", "frameborder"},
    "svg": {"xmlns", "viewBox", "width", "height", "aria-hidden", "focusable"} | SVG_PRESENTATION,
    "g": SVG_PRESENTATION,
    "path": {"d"} | SVG_PRESENTATION,
    "circle": {"cx", "cy", "r"} | SVG_PRESENTATION,
    "ellipse": {"cx", "cy", "rx", "ry"} | SVG_PRESENTATION,
    "rect": {"x", "y", "width", "height", "rx", "ry"} | SVG_PRESENTATION,
    "line": {"x1", "y1", "x2", "y2"} | SVG_PRESENTATION,
    "polyline": {"points"} | SVG_PRESENTATION,
    "polygon": {"points"} | SVG_PRESENTATION,
    "use": {"href"},
    "symbol": {"viewBox"},
}

AttributeFilter = Callable[[str, str, str], str | None]
#: What nh3 would change in text without markup: nothing, unless it holds one of these.
MARKUP_CHARS_RE = re.compile(r"[<>&]")
ALLOWED_TAGS = frozenset(nh3.ALLOWED_TAGS) | EXTRA_TAGS | EXTENSION_TAGS | {"button"}


def sanitize(html: str, attribute_filter: AttributeFilter | None = None) -> str:
    if not MARKUP_CHARS_RE.search(html):
        return html  # plain text (a heading's name for the table of contents): nothing to clean
    attributes = {tag: set(attrs) for tag, attrs in TAG_ATTRIBUTES.items()}
    attributes["*"] = set(GLOBAL_ATTRIBUTES)
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes=attributes,
        generic_attribute_prefixes={"data-", "aria-"},
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel=None,
        strip_comments=True,
        attribute_filter=attribute_filter,
    )
