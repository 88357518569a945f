"""The document every stage reads: the body, its masked prose, its sentences, and cue hits found once.

Each cue family is matched once over the whole folded prose and the matches
are grouped by sentence, so a stage asking "which hedges are in this
sentence?" costs a dictionary lookup, not a regex scan per sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .cues import WORD_RE, fold
from .lexicon import Lexicon
from .prefilter import WordIndex
from .registry import Mention, Registry
from .segment import Sentence, segment

Span = tuple[int, int]
#: Characters around a word that hold the few words a check next to it reads: a sentence may be a
#: hundred thousand characters long, and no check may walk all of it from every word.
WORDS_NEAR = 300
NOTHING: list[re.Match[str]] = []
#: Trailing characters that do not end a sentence's words ("…?”", "…!**").
TRAILING = ' \t\n*_”"’)»'
#: In a Title Case headline, words this short may stay in lower case ("of", "to", "and", "the") …
HEADLINE_SHORT_WORD = 3
#: … and at least this many longer words are all capitalised.
HEADLINE_WORDS = 4


@dataclass
class Document:
    body: str
    registry: Registry
    lexicon: Lexicon
    #: The body with Markdown syntax blanked out: same offsets, readable text.
    mask: str = ""
    #: ``mask`` lower-cased, offset for offset.
    low: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    #: Per sentence: index of its Markdown block, and of its section (counted by headings).
    blocks: list[int] = field(default_factory=list)
    sections: list[int] = field(default_factory=list)
    #: Per sentence: whether its block is a blockquote, or a list item.
    quoted_blocks: list[bool] = field(default_factory=list)
    item_blocks: list[bool] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _spans: list[tuple[int, int]] = field(default_factory=list)
    _hits: dict[str, dict[int, list[re.Match[str]]]] = field(default_factory=dict)
    _words: WordIndex | None = None
    _mentions: dict[int, list[Mention]] = field(default_factory=dict)
    _firsts: dict[int, list[int]] = field(default_factory=dict)
    _cued: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict)
    _hit_starts: dict[tuple[str, int], frozenset[int]] = field(default_factory=dict)
    _title_case: dict[int, bool] = field(default_factory=dict)

    @classmethod
    def of(cls, body: str, registry: Registry, lexicon: Lexicon) -> Document:
        words = lexicon.words
        seg = segment(body, words["title_abbreviations"], words["abbreviations"], words["inverting_verbs"])
        doc = cls(body, registry, lexicon, seg.mask, fold(seg.mask), seg.sentences)
        doc.blocks = [s.block for s in seg.sentences]
        doc.sections = [seg.blocks[s.block].section for s in seg.sentences]
        doc.quoted_blocks = [seg.blocks[s.block].kind == "quote" for s in seg.sentences]
        doc.item_blocks = [seg.blocks[s.block].kind == "item" for s in seg.sentences]
        doc._starts = [s.start for s in seg.sentences]
        doc._spans = [(s.start, s.end) for s in seg.sentences]
        doc._words = WordIndex(doc.low, lexicon.key_words | registry.first_words)
        for mention in registry.mentions_at(doc.mask, doc._words.starts(registry.first_words)):
            if not _compounded(doc.mask, mention.start, mention.end):
                doc._mentions.setdefault(doc.sentence_at(mention.start), []).append(mention)
        return doc

    def first_in(self, groups: list[int], index: int) -> int:
        """The first sentence of ``index``'s paragraph or section (``groups``: ``blocks`` or ``sections``).

        Worked out once per list: walking back from every sentence of a paragraph thousands of
        sentences long would cost the square of its length."""
        firsts = self._firsts.get(id(groups))
        if firsts is None:
            firsts = [0] * len(groups)
            for at in range(1, len(groups)):
                firsts[at] = firsts[at - 1] if groups[at] == groups[at - 1] else at
            self._firsts[id(groups)] = firsts
        return firsts[index]

    def sentence_at(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def hits(self, family: str, index: int, pattern: re.Pattern[str] | None = None) -> list[re.Match[str]]:
        """Matches of a cue family in sentence ``index`` (the family is scanned once per body)."""
        return self._grouped(family, pattern).get(index, NOTHING)

    def hit_at(self, family: str, index: int, offset: int) -> bool:
        """Whether a match of ``family`` in sentence ``index`` starts at ``offset`` (the sentence's
        starts gathered once: a hostile sentence has thousands of matches, asked about one by one)."""
        key = (family, index)
        starts = self._hit_starts.get(key)
        if starts is None:
            starts = self._hit_starts[key] = frozenset(m.start() for m in self.hits(family, index))
        return offset in starts

    def cued(self, families: tuple[str, ...]) -> frozenset[int]:
        """The sentences with a hit of any of ``families``: a stage that needs one of them asks once
        per sentence, not once per family (most sentences have none)."""
        found = self._cued.get(families)
        if found is None:
            found = self._cued[families] = frozenset().union(*(self._grouped(f) for f in families))
        return found

    def _grouped(self, family: str, pattern: re.Pattern[str] | None = None) -> dict[int, list[re.Match[str]]]:
        """A family's matches by sentence, scanned once per body."""
        grouped = self._hits.get(family)
        if grouped is None:
            grouped = self._scan(family, pattern if pattern is not None else self.lexicon.patterns[family])
        return grouped

    def _scan(
        self, family: str, compiled: re.Pattern[str], *, as_written: bool = False
    ) -> dict[int, list[re.Match[str]]]:
        scan = None if as_written else self.lexicon.plans.get(family)
        if scan is None:
            found: list[re.Match[str]] | Iterator[re.Match[str]] = compiled.finditer(
                self.mask if as_written else self.low
            )
        else:
            if self._words is None:
                self._words = WordIndex(self.low, self.lexicon.key_words)
            found = self._words.finditer(scan, self.low, self._spans)
        grouped: dict[int, list[re.Match[str]]] = {}
        starts, sentence, last = self._starts, 0, len(self._starts) - 1
        for m in found:  # matches come in text order: walk the sentences along with them
            while sentence < last and starts[sentence + 1] <= m.start():
                sentence += 1
            if sentence in grouped:
                grouped[sentence].append(m)
            else:
                grouped[sentence] = [m]
        self._hits[family] = grouped
        return grouped

    def hits_as_written(self, family: str, index: int, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Like ``hits``, for a case-sensitive family matched against the text as written ("I", not "i")."""
        grouped = self._hits.get(family)
        if grouped is None:
            grouped = self._scan(family, pattern, as_written=True)
        return grouped.get(index, NOTHING)

    def within(self, family: str, index: int, start: int, end: int) -> list[re.Match[str]]:
        return [m for m in self.hits(family, index) if start <= m.start() and m.end() <= end]

    def mentions(self, index: int, start: int = 0, end: int | None = None) -> list[Mention]:
        """Registry sources named in sentence ``index`` (within ``[start, end)`` if given)."""
        found = self._mentions.get(index, [])
        if end is None:
            return found
        return [m for m in found if start <= m.start and m.end <= end]

    def mentions_at(self, offset: int) -> bool:
        """Whether a registry source is named at ``offset``."""
        return any(m.start <= offset < m.end for m in self._mentions.get(self.sentence_at(offset), []))

    def asks(self, index: int) -> bool:
        """Whether sentence ``index`` ends with a question mark (closing quotes and emphasis aside)."""
        sentence = self.sentences[index]
        end = sentence.end
        while end > sentence.start and self.mask[end - 1] in TRAILING:
            end -= 1  # (from the end: the whole sentence is not copied for its last character)
        return self.mask[end - 1 : end] == "?" and end > sentence.start

    def title_case(self, index: int) -> bool:
        """Whether sentence ``index`` is set in Title Case, as a headline is: every longer word
        capitalised (read once per sentence: many cues ask)."""
        found = self._title_case.get(index)
        if found is None:
            sentence = self.sentences[index]
            words = WORD_RE.findall(self.mask, sentence.start, sentence.end)
            longer = [w for w in words if len(w) > HEADLINE_SHORT_WORD]
            found = len(longer) >= HEADLINE_WORDS and all(w[0].isupper() or not w[0].isalpha() for w in longer)
            self._title_case[index] = found
        return found

    def circumstance_opener(self, index: int) -> re.Match[str] | None:
        """The word that opens sentence ``index`` on a clause of time or circumstance ("After …", "Even
        after …", "But even after …": a conjunction and one adverb may stand before it), if one does."""
        start = self.sentences[index].start
        end = min(self.sentences[index].end, start + WORDS_NEAR)
        openers = self.lexicon.words["circumstance_openers"]
        allowed = ["CC", "RB"]  # the tags that may stand before the opener, in order
        for word in itertools.islice(WordIndex.WORD_RE.finditer(self.low, start, end), 3):
            if word.group() in openers:
                return word
            tag = self.lexicon.common_words.get(word.group(), "")
            while allowed and not tag.startswith(allowed[0]):
                allowed.pop(0)
            if not allowed:
                return None
            allowed.pop(0)
        return None

    def text(self, start: int, end: int) -> str:
        """The body's own characters (the cue as the article writes it)."""
        return self.body[start:end]


def _compounded(text: str, start: int, end: int) -> bool:
    """A name hyphenated into a word is a description, not the name speaking: "Pro-Kremlin
    bloggers", "Kremlin-backed media", "anti-NATO protesters"."""
    before = start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()
    after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()
    return before or after
