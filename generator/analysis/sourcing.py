"""What a sentence rests on, once its attributions are resolved: the data the stages after
discourse (signals, labels) read."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .interviews import Turn
from .model import Source
from .sources import ANONYMOUS
from .speakers import Role
from .verbs import CLAUSE_TAGS


@dataclass(slots=True)
class Speaking:
    """An attribution resolved to sources."""

    sources: list[Source]
    cue_start: int
    cue_end: int
    role: Role
    predicate: int
    #: The sentence a carried-over source was named in.
    carried_from: int | None = None
    #: Where the crediting verb or frame is in this sentence (None when the sentence itself has
    #: none: quoted words, interview answers).
    verb: tuple[int, int] | None = None

    @property
    def anonymous(self) -> bool:
        return all(s.kind == ANONYMOUS for s in self.sources)


@dataclass(slots=True)
class Sourcing:
    """What one sentence rests on."""

    speaking: list[Speaking] = field(default_factory=list)
    #: Quoted words, an interview answer or question: the writer is not the one speaking.
    quoted: bool = False
    turn: Turn | None = None
    #: Verbs of a speaker no source could be found for ("He said …" with no one before): their
    #: words are still someone's, not the writer's.
    unresolved: list[tuple[int, int]] = field(default_factory=list)

    @property
    def named(self) -> list[Speaking]:
        return [s for s in self.speaking if not s.anonymous] if self.speaking else self.speaking

    @property
    def writer_speaks(self) -> bool:
        return not self.speaking and not self.quoted and self.turn is None

    def credited_from(
        self, low: str, words: Mapping[str, frozenset[str]], tags: Mapping[str, str], *, clause_only: bool = False
    ) -> int | None:
        """Where the words a named source is credited with begin (-1: the whole sentence; None: none).

        "According to TASS, …" credits everything, so does a detail carried over from a report named
        before ("The bank's forecasts show … . Unemployment is projected to rise"); "TASS suggests that
        …" what follows the verb.
        With ``clause_only``, only verbs whose complement is the speech count ("TASS suggests that
        X is the tip of the iceberg"), not those with an object ("he promoted a conspiracy theory").
        """
        starts = []
        clause_verbs = words["clause_verbs"] if clause_only else None
        verbs = [s.verb for s in self.speaking if s.role in ("subject", "finding")] + list(self.unresolved)
        if any(s.role in ("frame", "relay") for s in self.speaking):
            return -1
        if any(s.carried_from is not None and s.verb is None and not s.anonymous for s in self.speaking):
            return -1  # a detail of a report named before: the report's words, hedges and all
        for verb in verbs:
            if verb is None:
                continue
            word = low[verb[0] : verb[1]].split()[0]
            speech = clause_verbs is None or word in clause_verbs
            # (any verb that ends its sentence after the words: "…, investigators found.")
            last = low[verb[1] : verb[1] + 2].lstrip()[:1] in SENTENCE_END
            if (speech or last) and _inverted(low, verb, words, tags):
                return -1  # "The real question is who pays, the mayor said": the words come first
            if speech and not _parenthetical(low, verb, words["relatives"]):
                starts.append(verb[0])
        return min(starts, default=None)


#: What ends a sentence right after its last verb.
SENTENCE_END = frozenset(".!?")
#: How far back from its verb an inverted speaker's comma may be (", said the mayor", ", the
#: country's deputy foreign minister told reporters").
INVERTED_SPEAKER_SPAN = 60


def _inverted(low: str, verb: tuple[int, int], words: Mapping[str, frozenset[str]], tags: Mapping[str, str]) -> bool:
    """Whether the verb follows its words and a comma and ends the clause: "…, the mayor said",
    "…, said Berg on Monday" (not "In Paris, the mayor said the real problem is …", nor "In a
    cynical move, the minister announced that …", nor "Sadly, the mayor said the pier would close": a
    clause after the verb is what was said)."""
    between = _after_comma(low, verb)
    if between is None or any(mark in between for mark in ".;:") or len(between.split()) > 6:
        return False
    if between.split()[:1] and between.split()[0] in words["relatives"]:
        return False  # "X is believed to …, which the government denies": the denial is the government's
    rest = re.split(r"[,.;:!?\"“”]", low[verb[0] : verb[0] + INVERTED_SPEAKER_SPAN], maxsplit=1)[0]
    following = low[verb[1] : verb[1] + INVERTED_SPEAKER_SPAN].split()[:1]
    if between.strip() and following and following[0] in words["complementizers"]:
        return False
    if between.strip() and any(tags.get(word, "").startswith(CLAUSE_TAGS) for word in rest.split()[1:]):
        return False  # a finite verb after it ("would", "was"): a clause of its own, what was said
    return len(rest.split()) <= 6


def _parenthetical(low: str, verb: tuple[int, int], relatives: frozenset[str]) -> bool:
    """Whether the verb speaks only inside a relative clause set off by commas ("The drug, which the
    company says is safe, has been linked to …"): the sentence around it stays the writer's."""
    opener = (_after_comma(low, verb) or "").split()[:1]
    if not opener or opener[0] not in relatives:
        return False
    rest = re.split(r"[.;:!?]", low[verb[1] : verb[1] + 2 * INVERTED_SPEAKER_SPAN], maxsplit=1)[0]
    return "," in rest


def _after_comma(low: str, verb: tuple[int, int]) -> str | None:
    """What stands between the last comma within reach before the verb and the verb (None: no comma)."""
    head = low[max(0, verb[0] - INVERTED_SPEAKER_SPAN) : verb[0]]
    comma = head.rfind(", ")
    return head[comma + 2 :] if comma >= 0 else None
