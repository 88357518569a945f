"""Reading articles: front matter and body, exactly as MkDocs sees them.

Claim offsets point into the *body* (the file after its front matter), so the
CLI must cut the body at the same place MkDocs does: decoded as ``utf-8-sig``,
universal newlines, front matter removed, leading blank lines dropped.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from .analysis.yamlnodes import UNUSABLE_CHARACTER_RE, error_line, error_message, load_with_lines
from .problems import ContentError, Problem
from .urls import url_problem

#: MkDocs' own front-matter pattern (mkdocs.utils.meta.YAML_RE).
FRONT_MATTER_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
FIRST_HEADING_RE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)

#: Front-matter keys of an article (docs/contracts.md, "Articles"), and their types.
FRONT_MATTER_KEYS: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "publisher": (str,),
    "published": (str,),  # YAML dates are read as text and checked below
    "original_url": (str,),
    "language": (str,),
    "template": (str,),
    "description": (str,),
}

#: How close an unknown key must be to a known one to be reported as its typo ("titel").
TYPO_CUTOFF = 0.8

#: Files a browser runs script from when they are opened (or linked) on the site's origin.
ACTIVE_SUFFIXES = frozenset(
    {".html", ".htm", ".xhtml", ".xht", ".shtml", ".svg", ".svgz", ".js", ".mjs", ".xml", ".xsl", ".xslt"}
    | {".swf", ".wasm", ".php"}
)


def active_file_problem(relative: str, allowed: list[str]) -> str | None:
    """Why a content file (path relative to the content folder) may not be published as it is, if so."""
    suffix = PurePosixPath(relative).suffix.lower()
    if suffix not in ACTIVE_SUFFIXES or any(fnmatch.fnmatchcase(relative, pattern) for pattern in allowed):
        return None
    return (
        f"a browser runs script from {suffix} files, so it is not published; if you trust it, "
        "list it under the explainer plugin's allow_active option in mkdocs.yml"
    )


#: A language tag (BCP 47, the common shapes): "en", "pt-BR", "zh-Hant-TW".
LANGUAGE_RE = re.compile(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,3}")


def date_problem(value: str) -> str | None:
    """Why ``value`` is not a publication date, or None (YYYY-MM-DD, or an ISO date and time)."""
    try:
        date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    except ValueError:
        return f"'{value}' is not a date; write it as YYYY-MM-DD (e.g. 2024-11-20)"
    return None


def _value_problem(key: str, value: str) -> str | None:
    """What is wrong with a front-matter value of the right type, if anything."""
    bad = UNUSABLE_CHARACTER_RE.search(value)
    if bad:
        return f"contains the unusable character U+{ord(bad.group()):04X}; remove it"
    if key == "published":
        return date_problem(value)
    if key == "original_url":
        return url_problem(value)
    if key == "language" and not LANGUAGE_RE.fullmatch(value):
        return f"'{value[:40]}' is not a language tag; write one such as en, de or pt-BR"
    if key == "template" and ("/" in value or "\\" in value or not value.endswith(".html")):
        return f"'{value[:40]}' is not a template file name (name.html in the theme's folder)"
    if key == "title" and not value.strip():
        return "the title is empty"
    return None


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


#: libyaml's dumper when PyYAML has it (the same output, many times faster for a page per article).
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def mkdocs_source(meta: dict[str, Any], body: str) -> str:
    """An article as MkDocs must read it: the validated front matter, then the body.

    Given the file as it is, MkDocs would read a first line such as
    ``Kyiv: Officials said…`` as MultiMarkdown metadata and drop it from the page,
    and would take front matter that ``check`` rejected (a duplicate key, say) as
    it likes. Handing it this instead makes every page agree with ``check``.
    """
    front = yaml.dump(meta, Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{front}---\n{body}"


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
    """Split front matter from body and check the front matter's keys and types.

    A value that fails its check is reported and dropped, so every page built
    from the article (its own, listings, feed) sees the same valid metadata.
    Leading blank lines are not part of the body, as in MkDocs.
    """
    match = FRONT_MATTER_RE.match(text)
    if not match:
        body = text.lstrip("\n")
        body_line = text.count("\n", 0, len(text) - len(body)) + 1
        if text.startswith("---"):
            return Article(
                shown,
                body,
                problems=[Problem(shown, 1, "front matter is not closed: add a line '---' after it")],
                body_line=body_line,
            )
        return Article(shown, body, body_line=body_line)
    body = text[match.end() :].lstrip("\n")
    body_line = text.count("\n", 0, len(text) - len(body)) + 1
    try:
        meta, lines = load_with_lines(match.group(1))
    except yaml.YAMLError as exc:
        line = error_line(exc, first_line=2) or 1
        message = f"front matter is not valid YAML ({error_message(exc)}); fix it or remove it"
        return Article(shown, body, problems=[Problem(shown, line, message)], body_line=body_line)
    if not isinstance(meta, dict):
        message = "front matter must be 'key: value' lines (a YAML mapping)"
        return Article(shown, body, problems=[Problem(shown, 2, message)], body_line=body_line)
    problems: list[Problem] = []
    for key, value in list(meta.items()):
        line = lines.get((key,), 1) + 1
        if key not in FRONT_MATTER_KEYS:
            # Keys explainer does not know are the theme's or another plugin's (Material's "tags",
            # "hide"): they pass through. Only a likely typo of explainer's own is worth a word.
            typo = difflib.get_close_matches(str(key), FRONT_MATTER_KEYS, n=1, cutoff=TYPO_CUTOFF)
            if typo:
                message = f"unknown front-matter key '{key}': did you mean '{typo[0]}'?"
                problems.append(Problem(shown, line, message, "warning"))
            if _holds_markup(value):
                # A theme may print it as it is: nothing that could be HTML passes through.
                problems.append(Problem(shown, line, f"'{key}' holds '<' or '>'; remove them (it is left out)"))
                del meta[key]
            continue
        if not isinstance(value, FRONT_MATTER_KEYS[key]):
            problems.append(Problem(shown, line, f"'{key}' must be text, got {type(value).__name__}"))
            del meta[key]
            continue
        bad = _value_problem(key, str(value))
        if bad is not None:
            problems.append(Problem(shown, line, f"{key}: {bad}"))
            del meta[key]
            continue
        problems.extend(unsafe_html(str(value), shown, line, f" in '{key}'"))
    return Article(shown, body, meta, problems, body_line)


def _holds_markup(value: object) -> bool:
    """Whether a front-matter value (text, or lists and mappings of it) holds anything like a tag."""
    if isinstance(value, str):
        return "<" in value or ">" in value
    if isinstance(value, dict):
        return any(_holds_markup(k) or _holds_markup(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_markup(item) for item in value)
    return False


def read_article(path: Path, shown: str | None = None) -> Article:
    """An article file that the caller trusts (tests, tools); content goes through ``checks.prepare``."""
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

    Metadata is checked as ``check`` would (ValueError says what is wrong), so an
    import never writes a file that fails its own checks.

    Plain text often puts one paragraph per line; Markdown needs a blank line
    between paragraphs, so a text without blank lines gets one after each line.
    """
    meta = {"title": title, "publisher": publisher, "published": published, "original_url": url, "language": language}
    for key, value in meta.items():
        bad = _value_problem(key, value) if value is not None else None
        if bad is not None:
            raise ValueError(f"{key}: {bad}")
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, sort_keys=False, allow_unicode=True, width=1000)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")]
    if "" not in lines:
        lines = [part for line in lines for part in (line, "")][:-1]
    return f"---\n{front}---\n" + "\n".join(lines) + "\n"
