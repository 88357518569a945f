"""The one URL allow-list: every address that reaches a page passes through here.

Addresses come from untrusted places (front matter, ``sources.yml``, review
files, ``explainer import --url``, article links). A browser forgives a lot
before it reads a scheme: it drops leading control characters and spaces and
ignores tabs and newlines anywhere (WHATWG URL Standard, "basic URL parser"),
so ``" java\\tscript:"`` is a ``javascript:`` URL. The check normalises the
same way and then allows only web and mail links, or relative ones.
"""

from __future__ import annotations

import re

#: Schemes a link on a page may use; anything else (javascript:, data:, vbscript:, file:…) is refused.
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})

#: What a browser drops from a URL before parsing it.
_C0_OR_SPACE = "".join(chr(c) for c in range(0x21))
_TAB_OR_NEWLINE_RE = re.compile("[\t\n\r]")
_SCHEME_RE = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
#: Control characters have no business in an address (C0, DEL, C1).
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f]")


def url_problem(url: str) -> str | None:
    """Why ``url`` may not be published, or None when it may."""
    if not url.strip():
        return "the address is empty"
    cleaned = _TAB_OR_NEWLINE_RE.sub("", url.strip(_C0_OR_SPACE))
    if _CONTROL_RE.search(cleaned):
        return "the address contains control characters"
    scheme = _SCHEME_RE.match(cleaned)
    if scheme is not None:
        if scheme.group(1).lower() not in ALLOWED_SCHEMES:
            return f"'{scheme.group(1)}:' addresses are not allowed; use http, https, mailto or a relative link"
        return None
    first_segment = re.split(r"[/?#]", cleaned, maxsplit=1)[0]
    if ":" in first_segment:
        return "the address has a ':' before any '/', so browsers may read it as a scheme; write it in full (https://…)"
    return None


def is_safe_url(url: str) -> bool:
    return url_problem(url) is None
