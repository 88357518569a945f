"""A document a sentence names only by its kind, named in full a sentence or two later.

News leads often say "according to a report released on Thursday" and name its maker
only next: "The report, by the Transportation Department's inspector general, said …".
The report is one document: the lead rests on its maker too, not on an unnamed report.
"""

from __future__ import annotations

from .cues import WORD_RE, fold
from .scan import Document
from .sourcing import Sourcing, Speaking

#: How many sentences after an unnamed document its full naming may come.
NAMING_REACH = 2
#: How many words an unnamed document's phrase may have ("a new statewide poll").
DOCUMENT_WORDS = 4


def name_ahead(doc: Document, out: list[Sourcing]) -> None:
    """Replace each unnamed document ("a report") by the sources of the same document named just after it."""
    for index, sourcing in enumerate(out):
        for position, speaking in enumerate(sourcing.speaking):
            noun = _unnamed_document(doc, speaking)
            if noun is None:
                continue
            later = _named_after(doc, out, index, noun)
            if later is None:
                continue
            origin, named = later
            sourcing.speaking[position] = Speaking(
                named.sources, speaking.cue_start, speaking.cue_end, speaking.role, speaking.predicate, origin
            )


def _unnamed_document(doc: Document, speaking: Speaking) -> str | None:
    """The document noun of an anonymous "a report", "a new study" (None for anything else)."""
    if not speaking.anonymous:
        return None
    words = [fold(w) for w in WORD_RE.findall(doc.text(speaking.cue_start, speaking.cue_end))]
    if len(words) < 2 or len(words) > DOCUMENT_WORDS or words[0] not in doc.lexicon.words["indefinites"]:
        return None
    return words[-1] if words[-1] in doc.lexicon.words["documents"] else None


def _named_after(doc: Document, out: list[Sourcing], index: int, noun: str) -> tuple[int, Speaking] | None:
    """The named speaking of a sentence just after ``index`` that opens on "The <noun>"."""
    determiners = doc.lexicon.words["definite_determiners"]
    for later in range(index + 1, min(len(out), index + 1 + NAMING_REACH)):
        if doc.sections[later] != doc.sections[index]:
            return None
        opening = [fold(w) for w in WORD_RE.findall(doc.text(doc.sentences[later].start, doc.sentences[later].end))][:3]
        if len(opening) < 2 or opening[0] not in determiners or noun not in opening[1:]:
            continue
        named = out[later].named  # ("The poll" may itself refer back to the poll named before)
        if not named:
            return None
        return (later if named[0].carried_from is None else named[0].carried_from), named[0]
    return None
