"""Where a cue can be, so a body is scanned word by word instead of character by character.

Python's regular expressions try every alternative of a family at every
position of the text; a family of a hundred verbs costs seconds per megabyte.
But every cue contains words, and a body has few distinct words: index the
body's words once, and try a family's pattern only where one of its *key
words* stands (a cue's first word that is not one of the language's most
frequent words, so that "the", "was" and "in" do not make every word a
candidate). The keys are read off the compiled cues themselves with the parser
of Python's ``re``, so the data file stays the only place cues live; cues that
cannot be keyed (they start with punctuation, or with "any word") are scanned
in full, on their own.
"""

from __future__ import annotations

import functools
import re
import re._constants as sre  # the parser's opcodes: Python's own, stable within a version
import re._parser as sre_parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: More keys than this for one family and a full scan is cheaper.
MAX_KEYS = 5000
#: How many leading words of a cue are looked at for a key.
MAX_WORDS = 4
WORD_CHAR_RE = re.compile(r"\w")

Items = list[tuple[Any, Any]]
Sequence = tuple[str, ...]


class _UnboundedError(Exception):
    """The cue can start with too many different words to list them."""


@dataclass(frozen=True)
class Plan:
    """How to find one family's matches.

    Most cues are keyed by a leading word: the pattern is tried where it stands. A cue whose
    leading words are all frequent ("was … reported to") is keyed by a word it needs further
    on: its sentences are scanned. Only cues with no such word are scanned in full.
    """

    #: (key word, words back) -> the keyed cues that can start there: where a key stands, only
    #: its own cues are tried, not the whole family.
    keyed: dict[tuple[str, int], tuple[int, ...]]
    #: The keyed cues, in the family's order, and how each is wrapped into a pattern.
    fragments: tuple[str, ...]
    wrap: str
    #: Cues found by sentence: a word any of them needs, and their pattern.
    sentence_keys: frozenset[str] = frozenset()
    by_sentence: re.Pattern[str] | None = None
    #: The cues that cannot be keyed at all, as one pattern.
    rest: re.Pattern[str] | None = None
    #: Every cue, in the family's order: which one wins where a keyed and a scanned cue start together.
    every: tuple[str, ...] = ()
    _compiled: dict[tuple[int, ...], re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    @functools.cached_property
    def keys(self) -> dict[str, frozenset[int]]:
        """Key word -> how many words before it its cues start."""
        backs: dict[str, set[int]] = {}
        for word, back in self.keyed:
            backs.setdefault(word, set()).add(back)
        return {word: frozenset(found) for word, found in backs.items()}

    @functools.cached_property
    def whole(self) -> re.Pattern[str]:
        """The family's whole pattern: asked only where a keyed and a scanned cue start at one place."""
        return re.compile(self.wrap.format("|".join(self.every)))

    def match(self, cues: tuple[int, ...], low: str, start: int, end: int) -> re.Match[str] | None:
        """The first of the keyed ``cues`` (ascending: the family's order) that matches at ``start``: what
        the family's whole pattern would match there. The cues are tried as one alternation (the regex
        engine tries its branches in order, as the family's pattern does), compiled once per set of cues."""
        pattern = self._compiled.get(cues)
        if pattern is None:
            pattern = self._compiled[cues] = re.compile(self.wrap.format("|".join(self.fragments[c] for c in cues)))
        return pattern.match(low, start, end)


def plan(fragments: list[str], frequent: frozenset[str], wrap: str = "(?<!\\w)(?:{})(?!\\w)") -> Plan | None:
    """A scanning plan for a family's cue fragments; None when a full scan of the family is cheaper."""
    keyed: dict[tuple[str, int], set[int]] = {}
    key_words: set[str] = set()
    kept: list[str] = []
    sentence_keys: set[str] = set()
    by_sentence: list[str] = []
    rest: list[str] = []
    for fragment in fragments:
        try:
            items = list(sre_parse.parse(fragment).data)
        except (re.error, RecursionError):
            return None
        found = _keys_at(items, frequent)
        if found is not None:
            for word, back in found:
                keyed.setdefault((word, back), set()).add(len(kept))
                key_words.add(word)
            kept.append(fragment)
            continue
        # Keyed by a later word: only from a word's start ("in (a|the) …" must not be keyed by "n").
        starts = [i for i in range(1, len(items)) if _ends_with_gap(items[:i])]
        needed = next((k for i in starts if (k := _keys_at(items[i:], frequent))), None)
        if needed is not None:
            sentence_keys.update(word for word, _ in needed)
            by_sentence.append(fragment)
        else:
            rest.append(fragment)
        if len(key_words) + len(sentence_keys) > MAX_KEYS:
            return None
    if not key_words and not sentence_keys:
        return None
    return Plan(
        {key: tuple(sorted(cues)) for key, cues in keyed.items()},
        tuple(kept),
        wrap,
        frozenset(sentence_keys),
        re.compile(wrap.format("|".join(by_sentence))) if by_sentence else None,
        re.compile(wrap.format("|".join(rest))) if rest else None,
        tuple(fragments),
    )


def _keys_at(items: Items, frequent: frozenset[str]) -> list[tuple[str, int]] | None:
    """The key of every way ``items`` can start, or None if one of them has no key."""
    try:
        sequences = _expand(items, (), "")
    except (_UnboundedError, RecursionError):
        return None
    keyed = _aligned_keys(sequences, frequent) or [_key(sequence, frequent) for sequence in sequences]
    if not keyed or any(k is None for k in keyed):
        return None
    return [k for k in keyed if k is not None]


def _aligned_keys(sequences: set[Sequence], frequent: frozenset[str]) -> list[tuple[str, int] | None] | None:
    """Key every way a cue can start at the same word position, the one with the fewest different
    words ("states" rather than each of "united", "member", "gulf" … in "(united|member|gulf) states")."""
    best: tuple[int, int] | None = None
    for position in range(MAX_WORDS):
        words = {s[position] if len(s) > position else "" for s in sequences}
        if "" in words or words & frequent:
            continue
        if best is None or len(words) < best[0]:
            best = (len(words), position)
    if best is None:
        return None
    return [(s[best[1]], best[1]) for s in sequences]


def _key(sequence: Sequence, frequent: frozenset[str]) -> tuple[str, int] | None:
    for back, word in enumerate(sequence):
        if word and word not in frequent:
            return word, back
    return None


def _expand(items: Items, words: Sequence, current: str) -> set[Sequence]:
    """The leading words ``items`` can produce (up to MAX_WORDS), after ``words`` and the ``current`` word."""
    if len(words) < MAX_WORDS:
        # A run of a word's letters extends the current word in one step, not one call per letter.
        at = 0
        while at < len(items) and items[at][0] is sre.LITERAL and WORD_CHAR_RE.match(chr(items[at][1])):
            current += chr(items[at][1])
            at += 1
            if len(current) > 40:
                raise _UnboundedError
        items = items[at:] if at else items
    if len(current) > 40:
        raise _UnboundedError
    if not items or len(words) >= MAX_WORDS:
        return {(*words, current) if current else words}
    (op, av), rest = items[0], items[1:]
    if op is sre.LITERAL:
        ch = chr(av)
        if WORD_CHAR_RE.match(ch):
            return _expand(rest, words, current + ch)
        if ch == " ":
            return _expand(rest, (*words, current), "")
        return {(*words, current) if current else words}  # punctuation: the words so far are all we know
    if op is sre.SUBPATTERN:
        return _expand(list(av[3].data) + rest, words, current)
    if op is sre.BRANCH:
        out: set[Sequence] = set()
        for alternative in av[1]:
            out |= _expand(list(alternative.data) + rest, words, current)
            if len(out) > MAX_KEYS:
                raise _UnboundedError
        return out
    if op is sre.IN:
        if _is_space(av):
            return _expand(rest, (*words, current), "")
        literals = [chr(v) for o, v in av if o is sre.LITERAL]
        if len(literals) != len(av) or len(literals) > 8:
            raise _UnboundedError
        out = set()
        for ch in literals:
            out |= _expand([(sre.LITERAL, ord(ch)), *rest], words, current)
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        if sub.data and sub.data[0][0] is sre.IN and _is_space(sub.data[0][1]):
            return _expand(rest, (*words, current), "")
        if high == 1:
            try:
                skipped = _expand(rest, words, current) if low == 0 else set()
                return skipped | _expand(list(sub.data) + rest, words, current)
            except _UnboundedError:
                return _known(words, current)
        return _known(words, current)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _expand(rest, words, current)
    return _known(words, current)


def _known(words: Sequence, current: str) -> set[Sequence]:
    """Anything may follow: the words read so far are all there is to key on."""
    if not words and not current:
        raise _UnboundedError
    return {(*words, current) if current else words}


def _ends_with_gap(items: Items) -> bool:
    """Whether what ``items`` match always ends in a space, so the next item starts a word:
    " ", ``\\s+``, or a group ending in one ("(the\\s+)?" when what stands before it does too)."""
    if not items:
        return False
    op, av = items[-1]
    if op is sre.LITERAL:
        return bool(av == ord(" "))
    if op is sre.SUBPATTERN:
        return _ends_with_gap(list(av[3].data))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        sub = list(av[2].data)
        if len(sub) == 1 and sub[0][0] is sre.IN and _is_space(sub[0][1]):
            return bool(av[0] >= 1) or _ends_with_gap(items[:-1])
        return _ends_with_gap(sub) and (av[0] >= 1 or _ends_with_gap(items[:-1]))
    return False


def _is_space(charset: Any) -> bool:
    return any(o is sre.CATEGORY and v is sre.CATEGORY_SPACE for o, v in charset)


class WordIndex:
    """Where the key words of a text stand, and where every word starts; built once per body."""

    WORD_RE = re.compile(r"\w+")

    def __init__(self, low: str, wanted: frozenset[str]) -> None:
        self.low = low
        #: Key word -> where it starts in the text.
        self.ordinals: dict[str, list[int]] = {}
        self._backed: dict[tuple[str, int], list[int]] = {}
        ordinals = self.ordinals
        for m in self.WORD_RE.finditer(low):
            word = m.group()
            if word in wanted:
                if word in ordinals:
                    ordinals[word].append(m.start())
                else:
                    ordinals[word] = [m.start()]

    def starts(self, words: frozenset[str]) -> list[int]:
        """Where any of ``words`` starts, in order."""
        found = [start for word in words & self.ordinals.keys() for start in self.ordinals[word]]
        found.sort()
        return found

    def _backs(self, word: str, words: int) -> list[int]:
        """Where the word ``words`` words before each ``word`` begins (-1 if none); asked by many families."""
        key = (word, words)
        found = self._backed.get(key)
        if found is None:
            found = self._backed[key] = [self._back(start, words) for start in self.ordinals[word]]
        return found

    def _back(self, start: int, words: int) -> int:
        """Where the word ``words`` words before the one at ``start`` begins (-1 if there is none)."""
        low = self.low
        for _ in range(words):
            while start > 0 and not low[start - 1].isalnum():
                if low[start - 1] in ".!?\n":
                    return -1  # a cue does not run across sentences
                start -= 1
            if start == 0:
                return -1
            while start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
                start -= 1
        return start

    def finditer(self, scan: Plan, low: str, sentences: list[tuple[int, int]]) -> list[re.Match[str]]:
        """The family's matches in text order, as its whole pattern's ``finditer`` would give them
        (but never across sentences), trying at each place only the cues whose key word stands there."""
        candidates: dict[int, tuple[int, ...]] = {}
        for word in scan.keys.keys() & self.ordinals.keys():
            for back in scan.keys[word]:
                cues = scan.keyed[word, back]
                for start in self.ordinals[word] if not back else self._backs(word, back):
                    if start in candidates:
                        candidates[start] = tuple(sorted({*candidates[start], *cues}))
                    elif start >= 0:
                        candidates[start] = cues
        found: list[re.Match[str]] = []
        ends: dict[int, int] = {}  # where each keyed match's sentence ends
        last_end = -1
        sentence, last = 0, len(sentences) - 1
        for start in sorted(candidates):
            while sentence < last and sentences[sentence][1] <= start:
                sentence += 1  # candidates come in text order: walk the sentences along with them
            end = sentences[sentence][1] if sentences else len(low)
            if start >= last_end and (m := scan.match(candidates[start], low, start, end)) is not None:
                found.append(m)
                ends[start] = end
                last_end = m.end()
        scanned: list[re.Match[str]] = []
        if scan.by_sentence is not None:
            scanned += self._in_sentences(scan.by_sentence, scan.sentence_keys, low, sentences)
        if scan.rest is not None:
            scanned += scan.rest.finditer(low)
        if not scanned:
            return found
        # Where a keyed and a scanned cue start at one place, the whole pattern says which comes first in
        # the family (its cues are tried in order, not the longest).
        return _merge(found, scanned, lambda start: scan.whole.match(low, start, ends[start]))

    def _in_sentences(
        self, pattern: re.Pattern[str], keys: frozenset[str], low: str, sentences: list[tuple[int, int]]
    ) -> list[re.Match[str]]:
        """Matches of ``pattern`` in the sentences that hold one of ``keys``."""
        starts = self.starts(keys)
        found: list[re.Match[str]] = []
        index, last = 0, len(sentences) - 1
        done = -1
        for start in starts:
            while index < last and sentences[index][1] <= start:
                index += 1
            if index == done:
                continue
            done = index
            found.extend(pattern.finditer(low, *sentences[index]))
        return found


def _merge(
    keyed: list[re.Match[str]],
    scanned: list[re.Match[str]],
    whole: Callable[[int], re.Match[str] | None],
) -> list[re.Match[str]]:
    """Both lists in text order without overlaps, as one ``finditer`` would give; where a keyed and a
    scanned match start together, the ``whole`` pattern's match there."""
    out: list[re.Match[str]] = []
    last_end = -1
    keyed_at = {m.start(): m for m in keyed}
    for m in sorted(scanned + keyed, key=lambda m: m.start()):
        if m.start() < last_end:
            continue
        if m.start() in keyed_at and keyed_at[m.start()] is not m:
            m = whole(m.start()) or m  # (a scanned match where a keyed one starts too: one of them wins)
        out.append(m)
        last_end = m.end()
    return out
