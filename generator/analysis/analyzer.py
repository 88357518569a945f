"""The analyzer: a pipeline of small stages from article text to labelled claims.

segment (sentences in the masked prose) → scan (cue hits, registry mentions)
→ quotes → speakers (attributions per sentence) → discourse (with
references: pronouns and references back; quotations, interviews) → signals
and opinion (in the writer's own voice) → labels (with reasons). Every stage reads its words
from the language's lexicon; nothing here knows any particular article.
"""

from __future__ import annotations

from .discourse import Discourse
from .labels import claim
from .lexicon import Lexicon, load_lexicon
from .model import Analysis
from .opinion import opinion_cues
from .phrases import PhraseReader
from .quotes import quotations
from .registry import Registry
from .scan import Document
from .signals import FIGURE, HEDGE, Signal, signals
from .speakers import SpeakerFinder


def analyze(
    body: str, registry: Registry | None = None, language: str = "en", *, lexicon: Lexicon | None = None
) -> Analysis:
    """Label every sentence of ``body`` (Markdown or plain text)."""
    doc = Document.of(body, registry or Registry(), lexicon or load_lexicon(language))
    quotes = quotations(doc)
    reader = PhraseReader(doc)
    finder = SpeakerFinder(doc, reader, quotes)
    attributions = [finder.find(index) for index in range(len(doc.sentences))]
    sourcing = Discourse(doc, reader, quotes).resolve(attributions)
    claims = []
    words = doc.lexicon.words
    for index, resolved in enumerate(sourcing):
        found = signals(doc, index, resolved, quotes)
        opinions = []
        if not resolved.quoted and resolved.turn is None:
            speaks = bool(resolved.speaking or resolved.unresolved)
            credited = (
                resolved.credited_from(doc.low, words, doc.lexicon.common_words, clause_only=True) if speaks else None
            )
            if speaks and credited is None:
                credited = len(doc.body)  # credited with an object ("promoted a theory"): the words are the writer's
            opinions = opinion_cues(doc, index, quotes, credited_from=credited)
            views = [s.start for s in found if s.kind == HEDGE and _view(doc, s)]
            if views:
                # "is widely considered one of the finest records": the verdict is the unnamed many's.
                opinions = [c for c in opinions if c.start < min(views)]
            if opinions:
                # The writer's speculation is their opinion: its "may" and "likely" are part of it, and
                # so is a figure inside it ("could transform the lives of millions").
                found = [
                    s
                    for s in found
                    if not (s.kind == HEDGE and _modal(doc, s))
                    and not (s.kind == FIGURE and any(c.start <= s.start and s.end <= c.end for c in opinions))
                ]
        claims.append(claim(doc, index, resolved, found, opinions))
    return Analysis(claims, body, doc.mask)


def _view(doc: Document, signal: Signal) -> bool:
    """A hedge that credits a view to people nobody names ("widely considered", "regarded by critics as")."""
    words = set(doc.low[signal.start : signal.end].split())
    return bool(words & doc.lexicon.words["view_participles"])


def _modal(doc: Document, signal: Signal) -> bool:
    """A hedge of the writer's speculation ("may be", "likely"), not of a report ("reportedly")."""
    return bool(doc.lexicon.patterns["modal_hedges"].fullmatch(doc.low, signal.start, signal.end))
