"""Quotations: where quoted words run, across sentences and paragraphs.

Every sentence of a quotation rests on its speaker, who is usually named only
once: before the quotation opens (`Tusk wrote "…`) or after it closes
(`…," Saree said.`). A quotation may run over several paragraphs: by
convention the paragraph that continues it opens with a quotation mark again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .scan import Document, Span

#: Opening, closing and two-way quotation marks (single quotes are too often apostrophes); two
#: apostrophes stand for a double mark in some plain-text wire copy (''We cannot,'' she said).
QUOTE_MARK_RE = re.compile(r"[“”\"«»„]|''")
TWO_APOSTROPHES = "''"
OPENING = "“«„"
CLOSING = "”»"
#: Single quotation marks where they can only be quotes: an opening one before a word, a closing
#: one after a word or a mark and before a space or punctuation (not "don’t", not "the Joneses’ car"
#: inside a word).
SINGLE_MARK_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))‘(?=\S)|(?<=[\w.,!?’])’(?=[\s.,;:!?)\]—–’]|$)", re.M)
SINGLE_OPENING = "‘"
SINGLE_CLOSING = "’"
#: Share of a sentence's letters inside quotation marks for it to count as quoted speech.
QUOTED_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    #: Sentences where the quotation opens and closes.
    first: int
    last: int


class Quotes(list[Quote]):
    """The body's quotations in text order (they never overlap), with the questions every stage asks
    of them answered from an index, not by a walk over all of them: a text of thousands of
    quotations must not cost thousands of comparisons per sentence."""

    def __init__(self, quotes: Iterable[Quote] = ()) -> None:
        super().__init__(quotes)
        self._starts = [q.start for q in self]
        self._by_sentence: dict[int, list[Quote]] = {}
        for quote in self:
            for index in range(quote.first, quote.last + 1):
                self._by_sentence.setdefault(index, []).append(quote)

    def holding(self, span: Span) -> bool:
        """Whether a quotation holds ``span``: only the last one to open before it can."""
        at = bisect.bisect_left(self._starts, span[0]) - 1
        return at >= 0 and span[1] <= self[at].end

    def at(self, index: int) -> list[Quote]:
        """The quotations that run through sentence ``index``."""
        return self._by_sentence.get(index, [])

    def ending_before(self, offset: int, reach: int) -> list[Quote]:
        """The quotations that close at most ``reach`` characters before ``offset`` (nearest last)."""
        at = bisect.bisect_left(self._starts, offset)
        found: list[Quote] = []
        while at > 0 and self[at - 1].end >= offset - reach:
            at -= 1
            if self[at].end <= offset:
                found.insert(0, self[at])
        return found


def quotations(doc: Document) -> Quotes:
    """Every quotation of the body, in order, with its first and last sentence.

    Double quotation marks first; then single ones ('We cannot,' she said), as British style
    sets speech, outside the double-quoted spans (where they are quotes within a quote).
    """
    blocks: dict[int, list[int]] = {}
    for index, block in enumerate(doc.blocks):
        sentence = doc.sentences[index]
        span = blocks.setdefault(block, [sentence.start, sentence.end])
        span[0], span[1] = min(span[0], sentence.start), max(span[1], sentence.end)
    ordered = [(blocks[b][0], blocks[b][1]) for b in sorted(blocks)]
    spans = _spans(doc, ordered, QUOTE_MARK_RE, OPENING, CLOSING, '"')
    # A single mark left open is more likely an apostrophe than a quotation: only closed ones count.
    singles = (
        _spans(doc, ordered, SINGLE_MARK_RE, SINGLE_OPENING, SINGLE_CLOSING, "", closed_only=True)
        if SINGLE_OPENING in doc.mask
        else []  # most texts: no opening single mark, nothing to look for
    )
    spans = sorted(spans + [q for q in singles if not _overlapping(q, spans)])
    starts = [s.start for s in doc.sentences]
    return Quotes(
        Quote(a, b, max(0, bisect.bisect_right(starts, a) - 1), max(0, bisect.bisect_right(starts, b - 1) - 1))
        for a, b in spans
    )


def _overlapping(span: Span, spans: list[Span]) -> bool:
    """Whether ``span`` overlaps one of ``spans`` (in order, never overlapping one another)."""
    at = bisect.bisect_left(spans, (span[1],))
    return at > 0 and spans[at - 1][1] > span[0]


def _spans(
    doc: Document,
    ordered: list[Span],
    marks: re.Pattern[str],
    opening: str,
    closing: str,
    both: str,
    *,
    closed_only: bool = False,
) -> list[Span]:
    """Quoted spans of one kind of mark, across sentences and paragraphs."""
    spans: list[Span] = []
    open_at: int | None = None
    for position, (start, end) in enumerate(ordered):
        for m in marks.finditer(doc.mask, start, end):
            ch, at = m.group(), m.start()
            if ch == TWO_APOSTROPHES:
                ch = '"'
            if open_at is None:
                if ch not in closing:
                    open_at = at
            elif open_at < start and at == start and ch in opening + both:
                continue  # a paragraph continuing the quotation repeats its opening mark
            elif ch in opening:
                if not closed_only:
                    spans.append((open_at, at))  # an unclosed quotation: the new one starts here
                open_at = at
            else:
                spans.append((open_at, m.end()))
                open_at = None
        if open_at is not None:
            following = ordered[position + 1][0] if position + 1 < len(ordered) else None
            if following is None or not _reopens(doc.mask, following, opening + both):
                if not closed_only:
                    spans.append((open_at, end))
                open_at = None
    return spans


def _reopens(text: str, at: int, marks: str) -> bool:
    """Whether the paragraph at ``at`` opens with one of ``marks`` (or two apostrophes, for a double
    mark), as a paragraph continuing a quotation does."""
    return text[at : at + 1] in marks or ('"' in marks and text.startswith(TWO_APOSTROPHES, at))


def quoted_share(doc: Document, index: int, quotes: Quotes) -> float:
    """How much of sentence ``index`` lies inside quotation marks (letters counted)."""
    sentence = doc.sentences[index]
    length = sentence.end - sentence.start
    covered = sum(max(0, min(q.end, sentence.end) - max(q.start, sentence.start)) for q in quotes.at(index))
    return covered / length if length else 0.0


def inside(span: Span, quotes: Quotes) -> bool:
    """Whether ``span`` lies inside a quotation (its words are the quoted speaker's)."""
    return quotes.holding(span)
