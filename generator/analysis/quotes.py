"""Quotations: where quoted words run, across sentences and paragraphs.

Every sentence of a quotation rests on its speaker, who is usually named only
once: before the quotation opens (`Tusk wrote "…`) or after it closes
(`…," Saree said.`). A quotation may run over several paragraphs: by
convention the paragraph that continues it opens with a quotation mark again.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .scan import Document, Span

#: Opening, closing and two-way quotation marks (single quotes are too often apostrophes).
QUOTE_MARK_RE = re.compile(r"[“”\"«»„]")
OPENING = "“«„"
CLOSING = "”»"
#: Share of a sentence's letters inside quotation marks for it to count as quoted speech.
QUOTED_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    #: Sentences where the quotation opens and closes.
    first: int
    last: int


def quotations(doc: Document) -> list[Quote]:
    """Every quotation of the body, in order, with its first and last sentence."""
    blocks: dict[int, list[int]] = {}
    for index, block in enumerate(doc.blocks):
        sentence = doc.sentences[index]
        span = blocks.setdefault(block, [sentence.start, sentence.end])
        span[0], span[1] = min(span[0], sentence.start), max(span[1], sentence.end)
    ordered = [tuple(blocks[b]) for b in sorted(blocks)]
    spans: list[Span] = []
    open_at: int | None = None
    for position, (start, end) in enumerate(ordered):
        for m in QUOTE_MARK_RE.finditer(doc.mask, start, end):
            ch, at = m.group(), m.start()
            if open_at is None:
                if ch not in CLOSING:
                    open_at = at
            elif open_at < start and at == start and ch in OPENING + '"':
                continue  # a paragraph continuing the quotation repeats its opening mark
            elif ch in OPENING:
                spans.append((open_at, at))  # an unclosed quotation: the new one starts here
                open_at = at
            else:
                spans.append((open_at, m.end()))
                open_at = None
        if open_at is not None:
            following = ordered[position + 1][0] if position + 1 < len(ordered) else None
            if following is None or doc.mask[following : following + 1] not in OPENING + '"':
                spans.append((open_at, end))
                open_at = None
    starts = [s.start for s in doc.sentences]
    return [
        Quote(a, b, max(0, bisect.bisect_right(starts, a) - 1), max(0, bisect.bisect_right(starts, b - 1) - 1))
        for a, b in spans
    ]


def quoted_share(doc: Document, index: int, quotes: list[Quote]) -> float:
    """How much of sentence ``index`` lies inside quotation marks (letters counted)."""
    sentence = doc.sentences[index]
    length = sentence.end - sentence.start
    covered = sum(
        max(0, min(q.end, sentence.end) - max(q.start, sentence.start)) for q in quotes if q.first <= index <= q.last
    )
    return covered / length if length else 0.0


def inside(span: Span, quotes: list[Quote]) -> bool:
    """Whether ``span`` lies inside a quotation (its words are the quoted speaker's)."""
    return any(q.start < span[0] and span[1] <= q.end for q in quotes)
