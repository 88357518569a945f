"""Editorial review: quote-anchored corrections that survive edits of the article.

An entry of ``<slug>.claims.yml`` finds its text the way a W3C Web Annotation
TextQuoteSelector does (exact quote, optional prefix/suffix), tolerant of
whitespace and typographic-quote differences. It then replaces the labels of
the sentence(s) it falls in, sets sources, and adds a note, evidence and a
verdict. Entries that no longer match are orphans: reported, never dropped.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

import yaml

from ..problems import ContentError, Problem
from ..urls import url_problem
from .model import LABELS, Analysis, Claim, Evidence, Reason, Review, Source
from .registry import Registry
from .yamlnodes import error_line, error_message, load_with_lines

ENTRY_KEYS = frozenset({"quote", "prefix", "suffix", "labels", "sources", "note", "evidence", "verdict", "date"})
EVIDENCE_KEYS = frozenset({"url", "title"})
#: Typographic variants that must not stop a quote from matching.
QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
SPACE_RE = re.compile(r"\s+")
#: A line break that starts a new Markdown block: a claim (and so a quote) never crosses one.
BLOCK_BREAK_RE = re.compile(r"\n[ \t]*(?:\n|[#>]|[-*+][ \t]|\d{1,9}[.)][ \t])")
WORD_RE = re.compile(r"\w+")
#: Sentences compared closely with an orphan, after a cheap word-overlap ranking.
CLOSEST_CANDIDATES = 5


@dataclass
class ReviewEntry:
    quote: str
    line: int
    prefix: str | None = None
    suffix: str | None = None
    #: ``None`` keeps the automatic labels; ``[]`` removes every mark.
    labels: list[str] | None = None
    sources: list[str] | None = None
    note: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    verdict: str | None = None
    date: str | None = None


@dataclass
class Orphan:
    entry: ReviewEntry
    closest: str | None


@dataclass
class ReviewSet:
    """An article's review entries and where they came from, ready to apply."""

    entries: list[ReviewEntry]
    sidecar: str
    article: str
    body_line: int = 1

    def apply(self, analysis: Analysis, registry: Registry) -> tuple[list[Orphan], list[Problem]]:
        return apply_review(
            analysis, self.entries, registry, sidecar=self.sidecar, article=self.article, body_line=self.body_line
        )


# -- reading the sidecar ------------------------------------------------------------


def load_review(raw: bytes, shown: str, registry: Registry) -> tuple[list[ReviewEntry], list[Problem]]:
    """Entries of a sidecar file's bytes, and every problem in it (with its line)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(Problem(shown, line, "not valid UTF-8; re-save the file as UTF-8")) from exc
    try:
        data, lines = load_with_lines(text)
    except yaml.YAMLError as exc:
        raise ContentError(Problem(shown, error_line(exc), f"not valid YAML ({error_message(exc)})")) from exc
    if data is None:
        return [], []
    if not isinstance(data, list):
        raise ContentError(
            Problem(shown, 1, "must be a list of entries, each starting with '- quote: ...' (found a mapping)")
        )
    entries: list[ReviewEntry] = []
    problems: list[Problem] = []
    for index, item in enumerate(data):
        line = lines.get((index,), 1)
        entry = _entry(item, line, shown, registry, problems)
        if entry is not None:
            entries.append(entry)
    return entries, problems


def _entry(item: object, line: int, shown: str, registry: Registry, problems: list[Problem]) -> ReviewEntry | None:
    if not isinstance(item, dict):
        problems.append(Problem(shown, line, "each entry must be a mapping with at least 'quote: ...'"))
        return None
    unknown = sorted(set(map(str, item)) - ENTRY_KEYS)
    if unknown:
        problems.append(
            Problem(shown, line, f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(ENTRY_KEYS))}")
        )
    quote = item.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        problems.append(Problem(shown, line, "entry needs a 'quote': the exact words of the article it is about"))
        return None
    entry = ReviewEntry(quote=quote, line=line)
    for key in ("prefix", "suffix", "note", "verdict"):
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(Problem(shown, line, f"'{key}' must be text"))
        elif value is not None:
            setattr(entry, key, value)
    if item.get("date") is not None:
        entry.date = str(item["date"])
    labels = item.get("labels")
    if labels is not None:
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            problems.append(Problem(shown, line, "'labels' must be a list, e.g. [single-source, unverified] or []"))
        else:
            bad = [x for x in labels if x not in LABELS]
            if bad:
                problems.append(Problem(shown, line, f"unknown label(s) {', '.join(bad)}; use {', '.join(LABELS)}"))
            entry.labels = [x for x in LABELS if x in labels]
    sources = item.get("sources")
    if sources is not None:
        if not isinstance(sources, list) or not all(isinstance(x, str) for x in sources):
            problems.append(Problem(shown, line, "'sources' must be a list of source ids from sources.yml"))
        else:
            for source_id in sources:
                if source_id not in registry:
                    close = difflib.get_close_matches(source_id, list(registry.entries), n=1)
                    hint = f"; did you mean '{close[0]}'?" if close else "; add it to sources.yml"
                    problems.append(Problem(shown, line, f"unknown source id '{source_id}'{hint}"))
            entry.sources = [x for x in sources if x in registry]
    evidence = item.get("evidence") or []
    if not isinstance(evidence, list):
        problems.append(Problem(shown, line, "'evidence' must be a list of {url: ..., title: ...}"))
    else:
        for piece in evidence:
            if not isinstance(piece, dict) or not isinstance(piece.get("url"), str):
                problems.append(Problem(shown, line, "each evidence item needs a 'url'"))
                continue
            why = url_problem(piece["url"])
            if why is not None:
                problems.append(Problem(shown, line, f"evidence url {piece['url']!r}: {why}"))
                continue
            title = piece.get("title")
            entry.evidence.append(Evidence(piece["url"], str(title) if title is not None else None))
    return entry


# -- anchoring ----------------------------------------------------------------------


@dataclass
class _Folded:
    """Text with whitespace runs collapsed and typographic quotes folded, mapped back to offsets."""

    text: str
    origin: list[int]

    @classmethod
    def of(cls, source: str) -> _Folded:
        chars: list[str] = []
        origin: list[int] = []
        previous_space = False
        for index, ch in enumerate(source.translate(QUOTE_FOLD)):
            if ch.isspace():
                if previous_space:
                    continue
                ch, previous_space = " ", True
            else:
                previous_space = False
            chars.append(ch)
            origin.append(index)
        return cls("".join(chars), origin)


def _normal(text: str) -> str:
    return SPACE_RE.sub(" ", text.translate(QUOTE_FOLD)).strip()


def find_anchor(body: str, entry: ReviewEntry, folded: _Folded | None = None) -> list[tuple[int, int]]:
    """Every place ``entry`` matches in ``body`` (body offsets), prefix/suffix applied."""
    folded = folded or _Folded.of(body)
    quote = _normal(entry.quote)
    if not quote:
        return []
    spans = []
    start = folded.text.find(quote)
    while start >= 0:
        end = start + len(quote)
        ok = True
        if entry.prefix:
            prefix = _normal(entry.prefix)
            ok = folded.text[:start].rstrip().endswith(prefix)
        if ok and entry.suffix:
            suffix = _normal(entry.suffix)
            ok = folded.text[end:].lstrip().startswith(suffix)
        if ok:
            spans.append((folded.origin[start], folded.origin[end - 1] + 1))
        start = folded.text.find(quote, start + 1)
    return spans


def line_of(body: str, offset: int, first_line: int = 1) -> int:
    return first_line + body.count("\n", 0, offset)


def apply_review(
    analysis: Analysis,
    entries: list[ReviewEntry],
    registry: Registry,
    *,
    sidecar: str,
    article: str,
    body_line: int = 1,
) -> tuple[list[Orphan], list[Problem]]:
    """Apply editor entries to ``analysis`` in place; return orphans and problems."""
    body = analysis.body
    folded = _Folded.of(body)
    orphans: list[Orphan] = []
    problems: list[Problem] = []
    nearest = _Nearest(analysis.claims)
    for entry in entries:
        spans = find_anchor(body, entry, folded)
        if not spans:
            closest = nearest.to(entry.quote)
            orphans.append(Orphan(entry, closest.text if closest else None))
            hint = (
                f"; the closest sentence now is “{_short(closest.text)}” ({article}:{line_of(body, closest.start, body_line)})"
                if closest
                else ""
            )
            problems.append(
                Problem(
                    sidecar,
                    entry.line,
                    f"orphaned review entry: “{_short(entry.quote)}” is no longer in {article}{hint}",
                )
            )
            continue
        if len(spans) > 1:
            where = ", ".join(f"line {line_of(body, a, body_line)}" for a, _ in spans)
            problems.append(
                Problem(
                    sidecar,
                    entry.line,
                    f"ambiguous quote “{_short(entry.quote)}” matches {len(spans)} places in {article} ({where}); "
                    "add a prefix or suffix to choose one",
                )
            )
            continue
        if BLOCK_BREAK_RE.search(body, spans[0][0], spans[0][1]):
            problems.append(
                Problem(
                    sidecar,
                    entry.line,
                    f"the quote “{_short(entry.quote)}” runs over two paragraphs ({article}:"
                    f"{line_of(body, spans[0][0], body_line)}); a mark lies within one paragraph: "
                    "split it into one entry per paragraph",
                )
            )
            continue
        _apply(analysis, entry, spans[0], registry)
    return orphans, problems


def _apply(analysis: Analysis, entry: ReviewEntry, span: tuple[int, int], registry: Registry) -> None:
    start, end = span
    covered = [c for c in analysis.claims if c.start < end and start < c.end]
    if covered:
        claim = covered[0]
        if len(covered) > 1:  # the quote runs over several sentences: they become one claim
            claim.end = covered[-1].end
            claim.text = analysis.body[claim.start : claim.end]
            analysis.claims = [c for c in analysis.claims if c not in covered[1:]]
    else:  # text the segmenter left out (a table cell, say): the quote itself becomes a claim
        claim = Claim(id=_free_id(analysis), text=analysis.body[start:end], start=start, end=end)
        analysis.claims.append(claim)
        analysis.claims.sort(key=lambda c: c.start)
    cue = analysis.body[start:end]
    if entry.sources is not None:
        claim.sources = [
            Source(e.id, e.name, e.kind, e.name, e.owner) for e in (registry.entries[s] for s in entry.sources)
        ]
    if entry.labels is not None:
        claim.labels = list(entry.labels)
        claim.reasons = [Reason(label, "editor", cue, start, end) for label in claim.labels]
    claim.origin = "editor"
    claim.review = Review(entry.quote, entry.note, list(entry.evidence), entry.verdict, entry.date)


def _free_id(analysis: Analysis) -> str:
    used = {c.id for c in analysis.claims}
    number = len(analysis.claims) + 1
    while f"c{number}" in used:
        number += 1
    return f"c{number}"


class _Nearest:
    """The sentence most like an orphaned quote, found without comparing the quote with every sentence.

    Sentences are ranked by the words they share with the quote (an inverted
    index, built once per article); only the best few are compared closely.
    Hundreds of orphans on a long article then cost milliseconds, not minutes.
    """

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = claims
        self.index: dict[str, list[int]] = {}
        for position, claim in enumerate(claims):
            for word in set(WORD_RE.findall(claim.text.casefold())):
                self.index.setdefault(word, []).append(position)

    def to(self, quote: str) -> Claim | None:
        wanted = _normal(quote).casefold()
        shared: dict[int, int] = {}
        for word in set(WORD_RE.findall(wanted)):
            postings = self.index.get(word, ())
            if len(postings) > len(self.claims) // 2 + 1:
                continue  # a word nearly every sentence has ("the") says nothing
            for position in postings:
                shared[position] = shared.get(position, 0) + 1
        ranked = sorted(shared, key=lambda p: (-shared[p], p))[:CLOSEST_CANDIDATES]
        best: tuple[float, Claim | None] = (0.0, None)
        for position in sorted(ranked):
            claim = self.claims[position]
            text = _normal(claim.text).casefold()
            size = (
                difflib.SequenceMatcher(None, wanted, text, autojunk=False)
                .find_longest_match(0, len(wanted), 0, len(text))
                .size
            )
            ratio = size / max(len(wanted), 1)
            if ratio > best[0]:
                best = (ratio, claim)
        return best[1] if best[0] >= 0.3 else None


def _short(text: str, limit: int = 80) -> str:
    text = _normal(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
