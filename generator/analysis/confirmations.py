"""A later sentence vouching for an earlier one: "The Slovak ministry confirmed the figure."

"Reuters confirmed the figure, as did the BBC" joins two speakers in one sentence (see
``speakers``). Just as often the second source comes a sentence later and names the claim
again only by its kind ("the figure", "the account"): the earlier claim then rests on both
speakers, and is corroborated when they are independent (the labels stage decides that).
"""

from __future__ import annotations

from .cues import WORD_RE
from .scan import Document
from .sources import independence_key
from .sourcing import Sourcing, Speaking
from .verbs import word_before

#: How many characters after a confirming verb the claim it names again may stand ("confirmed the figure").
RESTATED_REACH = 40


def confirm_back(doc: Document, out: list[Sourcing]) -> None:
    """Add each confirming speaker to the claim it confirms, earlier in the same paragraph."""
    public = doc.lexicon.words["public_bodies"]
    for index, sourcing in enumerate(out):
        for speaking in sourcing.named:
            if speaking.role != "subject" or speaking.carried_from is not None:
                continue
            earlier = _confirmed(doc, out, index)
            if earlier is None or not (_restates(doc, speaking) or _names_again(doc, speaking, earlier)):
                continue
            keys = {independence_key(s, public) for s in speaking.sources}
            first = earlier.named[0]
            if keys & {independence_key(s, public) for s in first.sources}:
                continue  # the same speaker again: one source, however often it speaks
            # Shown where the earlier claim names its own source; the note lists both. (Every predicate
            # of it: "according to video released by IRNA" credits IRNA twice, one claim.)
            predicates = dict.fromkeys(s.predicate for s in earlier.named if s.carried_from is None)
            earlier.speaking.extend(
                Speaking(speaking.sources, first.cue_start, first.cue_end, first.role, predicate, index)
                for predicate in predicates
            )


def _restates(doc: Document, speaking: Speaking) -> bool:
    """ "… confirmed the figure", "… confirmed this account": a confirming verb whose object names
    a claim made before, not new content ("confirmed that 12 people died"); "Ambrey also reported the
    seizure": the event again, by its kind and nothing more ("the deaths of two soldiers" is new)."""
    if speaking.verb is None:
        return False
    words = doc.lexicon.words
    verb = doc.low[speaking.verb[0] : speaking.verb[1]].split()[-1:]
    after = [m.group() for m in WORD_RE.finditer(doc.low, speaking.verb[1], speaking.verb[1] + RESTATED_REACH)][:3]
    if not verb or len(after) < 2 or after[0] not in words["determiners"]:
        return False
    noun = after[1].rstrip(".")
    if verb[0] in words["confirming_verbs"] and noun in words["restated_claims"]:
        return True
    index = doc.sentence_at(speaking.verb[0])
    if any(m.start() == speaking.verb[0] for m in doc.hits("independent_confirmations", index)):
        return True  # "The Red Cross said the same": the claim before, said again by another
    before = word_before(doc.low, 0, speaking.verb[0])
    again = before is not None and doc.low[before[0] : before[1]] in words["repetition_adverbs"]
    more = len(after) > 2 and after[2] in words["prepositions"] | words["complementizers"]
    return again and verb[0] in words["repeating_verbs"] and noun in words["restated_events"] and not more


def _names_again(doc: Document, speaking: Speaking, earlier: Sourcing) -> bool:
    """ "The Financial Times reported that Apple had held talks … The Wall Street Journal later
    confirmed the talks": a confirming verb whose object is a thing the claim before spoke of
    ("the talks"), named again with "the" and nothing after it that makes it new."""
    if speaking.verb is None:
        return False
    words = doc.lexicon.words
    verb = doc.low[speaking.verb[0] : speaking.verb[1]].split()[-1:]
    index = doc.sentence_at(speaking.verb[0])
    end = doc.sentences[index].end
    after = [m.group() for m in WORD_RE.finditer(doc.low, speaking.verb[1], end)][:3]
    if not verb or verb[0] not in words["confirming_verbs"] or len(after) != 2:
        return False
    if after[0] not in words["definite_determiners"]:
        return False
    claim = doc.sentences[doc.sentence_at(earlier.named[0].cue_start)]
    return after[1].rstrip(".") in {m.group().rstrip(".") for m in WORD_RE.finditer(doc.low, claim.start, claim.end)}


def _confirmed(doc: Document, out: list[Sourcing], index: int) -> Sourcing | None:
    """The nearest earlier sentence of the paragraph that rests on a named speaker of its own."""
    for earlier in range(index - 1, doc.first_in(doc.blocks, index) - 1, -1):
        named = out[earlier].named
        if any(s.carried_from is None for s in named):
            return out[earlier] if named[0].carried_from is None else None
    return None
