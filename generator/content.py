"""Reading articles: front matter and body, exactly as MkDocs sees them.

Claim offsets point into the *body* (the file after its front matter), so the
CLI must cut the body at the same place MkDocs does: decoded as ``utf-8-sig``,
universal newlines, front matter removed, leading blank lines dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .analysis.yamlnodes import error_line, error_message, load_with_lines
from .problems import ContentError, Problem

#: MkDocs' own front-matter pattern (mkdocs.utils.meta.YAML_RE).
FRONT_MATTER_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
FIRST_HEADING_RE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)

#: Front-matter keys design.md defines for articles, and their types.
FRONT_MATTER_KEYS: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "publisher": (str,),
    "published": (str,),  # dates are normalised to ISO strings below
    "original_url": (str,),
    "language": (str,),
    "template": (str,),
    "description": (str,),
}


#: Raw HTML that could run script: tags, event handlers, script URLs.
UNSAFE_HTML_RE = re.compile(
    r"<\s*(?:script|iframe|object|embed|frame|frameset|applet|base|meta|link|style)\b"
    r"|<[a-z][^>]*\son[a-z]+\s*="
    r"|(?:href|src|action|formaction)\s*=\s*[\"']?\s*(?:javascript|vbscript|data):"
    r"|\]\(\s*<?\s*(?:javascript|vbscript|data):",
    re.IGNORECASE,
)


@dataclass
class Article:
    path: str
    body: str
    meta: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: File line on which the body starts (front matter and blank lines come first).
    body_line: int = 1

    @property
    def title(self) -> str | None:
        title = self.meta.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        heading = FIRST_HEADING_RE.search(self.body)
        return heading.group(1) if heading else None

    @property
    def language(self) -> str:
        return str(self.meta.get("language") or "en")


def unsafe_html(text: str, shown: str, first_line: int = 1, where: str = "") -> list[Problem]:
    """A problem for each piece of raw HTML that could run script in a browser."""
    return [
        Problem(
            shown,
            first_line + text.count("\n", 0, m.start()),
            f"raw HTML that could run script{where} ({m.group().strip()[:40]!r}); "
            "remove it: explainer strips it from the page anyway",
        )
        for m in UNSAFE_HTML_RE.finditer(text)
    ]


def decode(raw: bytes, shown: str) -> str:
    """Text of a content file; a clear error when it is not UTF-8."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(
            Problem(shown, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); re-save the file as UTF-8")
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_article(text: str, shown: str) -> Article:
    """Split front matter from body and check the front matter's keys and types."""
    match = FRONT_MATTER_RE.match(text)
    if not match:
        if text.startswith("---"):
            return Article(
                shown, text, problems=[Problem(shown, 1, "front matter is not closed: add a line '---' after it")]
            )
        return Article(shown, text)
    try:
        meta, lines = load_with_lines(match.group(1))
    except yaml.YAMLError as exc:
        line = error_line(exc, first_line=2) or 1
        message = f"front matter is not valid YAML ({error_message(exc)}); fix it or remove it"
        return Article(shown, text, problems=[Problem(shown, line, message)])
    if not isinstance(meta, dict):
        return Article(
            shown, text, problems=[Problem(shown, 2, "front matter must be 'key: value' lines (a YAML mapping)")]
        )
    body = text[match.end() :].lstrip("\n")
    body_line = text.count("\n", 0, len(text) - len(body)) + 1
    problems: list[Problem] = []
    for key, value in list(meta.items()):
        line = lines.get((key,), 1) + 1
        if key not in FRONT_MATTER_KEYS:
            problems.append(
                Problem(
                    shown,
                    line,
                    f"unknown front-matter key '{key}'; known keys: {', '.join(FRONT_MATTER_KEYS)}",
                    "warning",
                )
            )
            continue
        if key == "published" and hasattr(value, "isoformat"):
            meta[key] = value.isoformat()
            continue
        if not isinstance(value, FRONT_MATTER_KEYS[key]):
            problems.append(Problem(shown, line, f"'{key}' must be text, got {type(value).__name__}"))
            continue
        problems.extend(unsafe_html(str(value), shown, line, f" in '{key}'"))
    return Article(shown, body, meta, problems, body_line)


def read_article(path: Path, shown: str | None = None) -> Article:
    shown = shown or str(path)
    return parse_article(decode(path.read_bytes(), shown), shown)


def sidecar_of(path: Path) -> Path:
    """``articles/x.md`` → ``articles/x.claims.yml``."""
    return path.with_suffix(".claims.yml")


#: What a slug may look like: a file name that is also a clean URL segment.
SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SLUG_DROP_RE = re.compile(r"[^\w\s-]")
_SLUG_SPACE_RE = re.compile(r"[\s_-]+")
MAX_SLUG_LENGTH = 80


def slug_for(title: str) -> str:
    """A URL-safe file name from a title ("Former Ukrainian soldiers…" → "former-ukrainian-soldiers…")."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_SPACE_RE.sub("-", _SLUG_DROP_RE.sub("", ascii_title).strip().lower()).strip("-")
    return slug[:MAX_SLUG_LENGTH].rstrip("-") or "article"


def imported_article(
    text: str,
    *,
    title: str,
    publisher: str | None = None,
    published: str | None = None,
    url: str | None = None,
    language: str = "en",
) -> str:
    """An article file for ``text``: front matter, then the text with its paragraphs kept.

    Plain text often puts one paragraph per line; Markdown needs a blank line
    between paragraphs, so a text without blank lines gets one after each line.
    """
    meta = {"title": title, "publisher": publisher, "published": published, "original_url": url, "language": language}
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, sort_keys=False, allow_unicode=True, width=1000)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")]
    if "" not in lines:
        lines = [part for line in lines for part in (line, "")][:-1]
    return f"---\n{front}---\n" + "\n".join(lines) + "\n"
