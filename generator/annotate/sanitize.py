"""Keep article HTML inert: an allowlist sanitizer over the rendered page.

Article bodies are untrusted (imported text, contributors' Markdown), and
Python-Markdown passes raw HTML through. nh3 (Ammonia) removes scripts, event
handlers and ``javascript:`` URLs while keeping ordinary formatting and the
attributes the annotation UI needs.
"""

from __future__ import annotations

import nh3

EXTRA_TAGS = frozenset({"section", "mark", "figure", "figcaption", "details", "summary", "abbr", "q", "time"})
GLOBAL_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "dir", "role", "tabindex", "hidden", "popover"})
TAG_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "hreflang", "name", "popovertarget", "popovertargetaction"},
    "button": {"type", "popovertarget", "popovertargetaction"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start", "reversed", "type"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
}


def sanitize(html: str) -> str:
    attributes = {tag: set(attrs) for tag, attrs in TAG_ATTRIBUTES.items()}
    attributes["*"] = set(GLOBAL_ATTRIBUTES)
    return nh3.clean(
        html,
        tags=set(nh3.ALLOWED_TAGS) | EXTRA_TAGS | {"button"},
        attributes=attributes,
        generic_attribute_prefixes={"data-", "aria-"},
        link_rel=None,
        strip_comments=True,
    )
