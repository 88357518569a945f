"""Who a phrase names: the linguistic layer under the attribution rules.

A speaker is a noun phrase next to a verb of speech or inside a frame
("according to …"). This module finds the phrase's edges in the masked prose
and says what it is, cheaply and from data: a registry source, a proper name
(capitalised words, with a common-word list to tell "Protesters" from
"Kovalenko" at the start of a sentence), an institution or office speaking on
the record ("the ministry", "Chelyabinsk's governor"), an unnamed person or
group ("officials", "an aide to the prime minister"), a pronoun, or a
reference back to a source named before ("the agency", "the report").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .lexicon import fold
from .registry import Mention
from .scan import Document

PhraseKind = Literal["registry", "name", "role", "anonymous", "pronoun", "anaphor"]

WORD_RE = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?\.?|&")
#: A full stop inside a sentence that ends a sentence-like piece, not an abbreviation or an
#: initial ("Dr. Harold Varmus", "Gov. John Kasich", "U.S. officials").
STOP = r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?]"
#: Where a speaker's phrase cannot reach across, going left from its verb.
HARD_BREAK_RE = re.compile(rf"[;:“”\"«»\[\]—–]|\s-\s|{STOP}(?=\s)")
PUNCTUATION_RE = re.compile(r"[,;:.!?“”\"«»()\[\]—–]|\s-\s")
#: Where a phrase after a frame ("according to …") ends.
PHRASE_END_RE = re.compile(
    rf"[,;:“”\"«»()\[\]—–]|{STOP}|\s-\s|"
    r"\s(?:that|who|whom|which|as|while|when|where|because|if|and said|but|to|on|in|at)\s"
)
DASHES = ("—", "–", "-")
#: A verb of speech coordinated with another verb of the same subject ("… and said", "… but says").
COORDINATED_VERB_RE = re.compile(r"(?:^|\s)(?:and|but)\s*$")
POSSESSIVE_RE = re.compile(r"['’]s?$")
#: Longest run of words taken as one speaker.
MAX_PHRASE_WORDS = 9


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker as the text names it, and what kind of speaker it is."""

    start: int
    end: int
    text: str
    kind: PhraseKind
    #: Registry sources named in the phrase, in order.
    mentions: tuple[Mention, ...] = ()
    #: For coordinated speakers ("Reuters and the BBC"), each conjunct.
    parts: tuple[Phrase, ...] = field(default=())


class PhraseReader:
    """Reads speaker phrases from one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        lex = doc.lexicon
        self.words = lex.words
        self.common = lex.common_words
        self.anaphors = lex.anaphors

    # -- edges ---------------------------------------------------------------

    def before(self, index: int, verb_start: int) -> Phrase | None:
        """The speaker whose phrase ends where the verb's clause begins, going left."""
        doc = self.doc
        s = doc.sentences[index].start
        breaks = list(HARD_BREAK_RE.finditer(doc.mask, s, verb_start))
        region_start = breaks[-1].end() if breaks else s
        end = self.strip_fillers(index, region_start, verb_start)
        region = doc.mask[region_start:end]
        if not region.strip():
            if len(breaks) >= 2 and all(b.group().strip() in DASHES for b in breaks[-2:]):
                # "Jason Sims — a teacher from Mount Pleasant — says": a name and its description.
                name_start = breaks[-3].end() if len(breaks) >= 3 else s
                return self._apposed(index, [(name_start, breaks[-2].start()), (breaks[-2].end(), breaks[-1].start())])
            return None
        if COORDINATED_VERB_RE.search(doc.low, region_start, end):
            # "Fields tweeted a photograph and said …": the sentence's subject speaks.
            return self.sentence_subject(index, verb_start)
        if region.rstrip().endswith(","):
            # "Smith, a spokesman for the ministry, said", "Marley Anderson, 21, a junior, said": a
            # speaker and its descriptions, either way round ("One news site, Znak.com, claims").
            pieces = list(re.finditer(r"[^,]+", region))
            kept = pieces[-1:]
            for piece in reversed(pieces[:-1]):
                if len(kept) == 3 or (len(kept) > 1 and not self._is_apposition(kept[0])):
                    break
                kept.insert(0, piece)
            if len(pieces) > len(kept) and not self._is_apposition(kept[-1]):
                return None
            return self._apposed(index, [(region_start + p.start(), region_start + p.end()) for p in kept])
        last_comma = region.rfind(",")
        start = region_start + last_comma + 1 if last_comma >= 0 else region_start
        if last_comma >= 0 and doc.low[start:end].strip() in self.words["relatives"]:
            # "Prime Minister Tuilaepa, who told the press": the relative pronoun's antecedent speaks.
            return self.classify(index, region_start, region_start + last_comma, trailing=True)
        return self.classify(index, start, end, trailing=True)

    def _apposed(self, index: int, spans: list[tuple[int, int]]) -> Phrase | None:
        """Of a speaker and its descriptions, the one that names someone (else the first that is a speaker)."""
        frames = self.doc.lexicon.patterns
        found = [
            phrase
            for a, b in spans
            if not any(frames[f].match(self.doc.low, a + 1) for f in ("source_frames", "relay_frames"))
            and (phrase := self.classify(index, a, b, trailing=a == spans[0][0])) is not None
        ]
        named = [c for c in found if c.kind in ("registry", "name")]
        return (named or found)[0] if found else None

    def after(self, index: int, verb_end: int) -> Phrase | None:
        """The speaker right after an inverted verb (``"…," said Smith``)."""
        doc = self.doc
        e = doc.sentences[index].end
        stop = PHRASE_END_RE.search(doc.mask, verb_end, e)
        end = stop.start() if stop else e
        return self.classify(index, verb_end, end)

    def after_frame(self, index: int, frame_end: int) -> Phrase | None:
        """The source a frame introduces: "according to the emergencies ministry[,] recovered …"."""
        doc = self.doc
        e = doc.sentences[index].end
        stop = PHRASE_END_RE.search(doc.mask, frame_end, e)
        end = stop.start() if stop else e
        start = frame_end + len(doc.mask[frame_end:e]) - len(doc.mask[frame_end:e].lstrip())
        anonymous = doc.lexicon.patterns["anonymous_phrases"].match(doc.low, start, e)
        if anonymous:
            # "sources close to the regional governor": all of it, up to the punctuation.
            stop = PUNCTUATION_RE.search(doc.mask, anonymous.end(), e)
            return self.classify(index, frame_end, stop.start() if stop else e)
        words = [m.span() for m in WORD_RE.finditer(doc.mask, frame_end, end)]
        for position, (x, y) in enumerate(words):
            word = doc.mask[x:y]
            tag = self.common.get(fold(word), "")
            if (
                position
                and not word[:1].isupper()
                and tag.startswith(("VB", "MD", "TO"))
                and fold(word) not in self.words["offices"]
            ):
                end = words[position - 1][1]
                break
        return self.classify(index, frame_end, end)

    def sentence_subject(self, index: int, before: int) -> Phrase | None:
        """The sentence's opening noun phrase, as the speaker of a participle ("Boeing did not…, telling…")."""
        doc = self.doc
        s = doc.sentences[index].start
        words: list[tuple[int, int]] = []
        for m in WORD_RE.finditer(doc.mask, s, before):
            low = fold(m.group())
            if words and not m.group()[:1].isupper() and self.common.get(low, "").startswith(("VB", "MD")):
                break
            words.append(m.span())
            if len(words) > MAX_PHRASE_WORDS:
                return None
        if not words:
            return None
        phrase = self.classify(index, words[0][0], words[-1][1])
        return phrase if phrase is not None and phrase.kind in ("registry", "name", "role", "pronoun") else None

    def strip_fillers(self, index: int, start: int, end: int) -> int:
        """Move ``end`` left over words that stand between a speaker and its verb ("also", "on Tuesday")."""
        tail = self.doc.lexicon.filler_tail
        low = self.doc.low
        while end > start:
            m = tail.search(low, max(start, end - 60), end)
            if m is None or m.start() < start:
                break
            end = m.start()
        while end > start and self.doc.mask[end - 1].isspace():
            end -= 1
        return end

    def _is_apposition(self, piece: re.Match[str]) -> bool:
        """ "a spokesman for the ministry", "53", "the country's health minister": a description, not a clause."""
        words = piece.group().split()
        return bool(words) and (
            fold(words[0]) in self.words["determiners"] | self.words["indefinites"]
            or words[0][0].isdigit()
            or len(words) <= 6
        )

    # -- what a phrase is --------------------------------------------------------

    def classify(self, index: int, start: int, end: int, *, trailing: bool = False) -> Phrase | None:
        """The speaker named in ``mask[start:end]`` (with ``trailing``, only its last noun phrase)."""
        doc = self.doc
        words = [(m.start(), m.end()) for m in WORD_RE.finditer(doc.mask, start, end)]
        if not words:
            return None
        if trailing:
            words = self._trailing_noun_phrase(index, words)
        while words and fold(doc.mask[words[0][0] : words[0][1]]) in self.words["clause_openers"]:
            words = words[1:]
        if not words or len(words) > MAX_PHRASE_WORDS:
            return None
        groups = self._conjunct_groups(words)
        if len(groups) >= 2:
            parts = [self._single(index, group) for group in groups]
            if all(p is not None and p.kind in ("registry", "name", "role") for p in parts):
                named = [p for p in parts if p is not None]
                a, b = words[0][0], words[-1][1]
                kind: PhraseKind = "registry" if all(p.kind == "registry" for p in named) else "name"
                return Phrase(a, b, doc.text(a, b), kind, tuple(m for p in named for m in p.mentions), tuple(named))
        return self._single(index, words)

    def _conjunct_groups(self, words: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """Speakers named together ("Tesco and Denmark-based retailer Salling Group"), split at "and" and commas.

        "Ministry of Trade and Industry" stays whole: after "of", an "and" joins parts of one name.
        """
        doc = self.doc
        groups: list[list[tuple[int, int]]] = [[]]
        for position, (x, y) in enumerate(words):
            low = doc.low[x:y]
            gap = doc.mask[words[position - 1][1] : x] if position else ""
            if low in self.words["coordinators"] and groups[-1]:
                if not self._splits(groups[-1], words[position + 1 :]):
                    return [words]
                groups.append([])
                continue
            if "," in gap and groups[-1]:
                groups.append([])
            groups[-1].append((x, y))
        return [g for g in groups if g]

    def _splits(self, left: list[tuple[int, int]], right: list[tuple[int, int]]) -> bool:
        """Whether an "and" joins two speakers rather than two words of one name.

        "Centers for Disease Control and Prevention" and "the Search and Rescue Agency" are one
        name each; "Reuters and the BBC", "Miller and Smith" are two speakers.
        """
        doc = self.doc
        if not right:
            return False
        left_words = [doc.low[p:q] for p, q in left]
        if any(w in self.words["prepositions"] for w in left_words[1:]):
            return False
        right_first = fold(doc.mask[right[0][0] : right[0][1]])
        determiners = self.words["determiners"]
        fragment = len(left_words) == 2 and left_words[0] in determiners
        return not (fragment and right_first not in determiners and not doc.mentions_at(left[-1][0]))

    def _single(self, index: int, words: list[tuple[int, int]]) -> Phrase | None:
        doc = self.doc
        a, b = words[0][0], words[-1][1]
        low = doc.low[a:b]
        tokens = [doc.low[x:y] for x, y in words]
        mentions = tuple(doc.mentions(index, a, b))
        if not tokens:
            return None
        if len(tokens) == 1 and tokens[0] in self.words["pronouns"]:
            return Phrase(a, b, doc.text(a, b), "pronoun")
        named_inside = bool(mentions) or any(doc.mask[x].isupper() for x, _ in words[1:])
        anonymous = self._anonymous(low, tokens, named_inside=named_inside)
        if mentions:
            if anonymous:
                return Phrase(a, b, doc.text(a, b), "anonymous", mentions)
            return Phrase(a, b, doc.text(a, b), "registry", mentions)
        for anaphor in self.anaphors:
            if anaphor.pattern.fullmatch(low):
                return Phrase(a, b, doc.text(a, b), "anaphor")
        if anonymous:
            return Phrase(a, b, doc.text(a, b), "anonymous")
        if self._role(low, tokens):
            return Phrase(a, b, doc.text(a, b), "role")
        name = self.name_in(index, self._head_words(words))
        if name is not None:
            x, y = name
            return Phrase(x, y, doc.text(x, y), "name")
        return None

    def _head_words(self, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The words before a phrase's first preposition that is not inside a name.

        "the conflict on the Eastern Front" is about a conflict (nobody speaks); "Dr Tristan
        Smith of the university" is Smith; "the Centers for Disease Control" stays whole.
        """
        for position in range(1, len(words)):
            x, y = words[position]
            if self.doc.low[x:y] in self.words["prepositions"] and not self._name_inside(words, position):
                return words[:position]
        return words

    def _trailing_noun_phrase(self, index: int, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The last noun phrase of a clause: stop going left at a verb, a preposition's object, a clause opener."""
        doc = self.doc
        kept: list[tuple[int, int]] = []
        for position in range(len(words) - 1, -1, -1):
            x, y = words[position]
            word = doc.mask[x:y]
            low = fold(word)
            if low in self.words["coordinators"] and kept and position > 0 and self._coordinates(words[position - 1]):
                kept.insert(0, (x, y))  # "TASS and Reuters", "Miller and Smith": speakers together
                continue
            if low in self.words["clause_openers"] and kept:
                break
            tag = self.common.get(low, "")
            capitalised = word[:1].isupper()
            if kept and not capitalised and tag.startswith(("VB", "MD")) and low not in self.words["offices"]:
                break
            if kept and low in self.words["prepositions"] and low != "of":
                left = doc.low[words[position - 1][0] : words[position - 1][1]] if position else ""
                name_inside = self._name_inside(words, position)
                if not name_inside and not self.common.get(left, "NN").startswith("NN"):
                    # "officials said, speaking to reporters": after a verb, the phrase is the
                    # preposition's object, never the speaker.
                    if low in self.words["object_prepositions"]:
                        break
                    return []
                # "an aide to the prime minister", "the conflict on the Eastern Front": the phrase
                # belongs to the noun before it; what that noun is decides who (if anyone) speaks.
            kept.insert(0, (x, y))
            if len(kept) > MAX_PHRASE_WORDS:
                break
        return kept

    def is_role_text(self, text: str) -> bool:
        """Whether a phrase names a body or office on the record ("the army"), not a document ("the report")."""
        low = fold(" ".join(text.split()))
        tokens = low.split()
        return not (set(tokens) & self.words["documents"]) and self._role(low, tokens)

    def _coordinates(self, word: tuple[int, int]) -> bool:
        """Whether the word before an "and" can end a speaker's name (so the "and" joins two speakers)."""
        text = self.doc.mask[word[0] : word[1]]
        return text[:1].isupper() and fold(text) not in self.words["not_names"]

    def _definite_group(self, tokens: list[str]) -> bool:
        groups = self.words["definite_groups"]
        return tokens[0] in groups or " ".join(tokens[:2]) in groups

    def _head(self, tokens: list[str]) -> list[str]:
        """The phrase up to its first preposition: "sources within the ministry" → "sources"."""
        for position, token in enumerate(tokens[1:], 1):
            if token in self.words["prepositions"]:
                return tokens[:position]
        return tokens

    def _name_inside(self, words: list[tuple[int, int]], position: int) -> bool:
        """Whether the preposition at ``position`` is inside a name ("Centers for Disease Control")."""
        mask = self.doc.mask
        after = position + 1
        if after < len(words) and self.doc.low[words[after][0] : words[after][1]] in self.words["determiners"]:
            after += 1
        before_cap = position > 0 and mask[words[position - 1][0]].isupper()
        return before_cap and after < len(words) and mask[words[after][0]].isupper()

    def _anonymous(self, low: str, tokens: list[str], *, named_inside: bool = False) -> bool:
        """Nobody a reader could identify: "officials", "a source", "multiple outlets", "an analysis"."""
        words = self.words
        if self.doc.lexicon.patterns["anonymous_phrases"].search(low):
            return True
        if self._definite_group(tokens):
            return False
        if " ".join(tokens[:3]) in words["group_openers"]:
            return True
        core = self._head(tokens)
        head, tail2 = core[-1], " ".join(core[-2:])
        if head in words["spokespeople"] or tail2 in words["spokespeople"]:
            return False  # a spokeswoman speaks for her body on the record
        if core[0] in words["vague_quantifiers"] and len(core) > 1:
            return True  # "multiple news outlets", "several analysts"
        indefinites = words["indefinites"]
        if core[0] in indefinites and not named_inside and (head in words["documents"] or tail2 in words["documents"]):
            return True  # "an analysis showed", "a report said": whose? ("a TASS report" is TASS's)
        if tail2 in words["institutions"] or (core[0] not in indefinites and head in words["institutions"]):
            return False
        if head in words["anonymous_groups"] or tail2 in words["anonymous_groups"] or low in words["anonymous_groups"]:
            return True
        if core[0] in indefinites:
            return head in words["anonymous_persons"] or tail2 in words["anonymous_persons"]
        return False

    def _role(self, low: str, tokens: list[str]) -> bool:
        """An institution or office on the record: "the ministry", "police", "Chelyabinsk's governor"."""
        words = self.words
        if self._definite_group(tokens):
            return True  # people named before, referred to together
        core = self._head(tokens)
        head, tail2 = core[-1], " ".join(core[-2:])
        if head in words["spokespeople"] or tail2 in words["spokespeople"]:
            return True
        if low in words["institutions"] or tail2 in words["institutions"] or head in words["institutions"]:
            return core[0] not in words["indefinites"]
        if head in words["offices"] or tail2 in words["offices"]:
            return core[0] in words["definite_determiners"] or bool(POSSESSIVE_RE.search(core[0]))
        return False

    def name_in(self, index: int, words: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The proper name among ``words``: a run of capitalised words (with connectors like "of")."""
        doc = self.doc
        sentence_start = doc.sentences[index].start
        best: tuple[int, int] | None = None
        run: list[tuple[int, int]] = []
        for x, y in [*words, (-1, -1)]:
            word = doc.mask[x:y] if x >= 0 else ""
            low = fold(word)
            if word and word[:1].isupper() and not self._common_opener(word, low, x, sentence_start):
                run.append((x, y))
                continue
            if word and run and low in self.words["name_connectors"]:
                run.append((x, y))
                continue
            while run and fold(doc.mask[run[-1][0] : run[-1][1]]) in self.words["name_connectors"]:
                run.pop()
            if run:
                best = (run[0][0], run[-1][1])
            run = []
        if best is None:
            return None
        x, y = best
        while y > x and doc.mask[y - 1] in "'’s" and POSSESSIVE_RE.search(doc.mask[x:y]):
            y = x + len(POSSESSIVE_RE.sub("", doc.mask[x:y]))
            break
        return (x, y) if y > x else None

    def _common_opener(self, word: str, low: str, start: int, sentence_start: int) -> bool:
        """A capitalised word that is not a name: "The", "Protesters" opening a sentence, "I"."""
        if low in self.words["not_names"]:
            return True
        if start == sentence_start or not self.doc.mask[sentence_start:start].strip(" \"'“‘(*_"):
            return self.common.get(low, "").startswith(("NNS", "DT", "IN", "PRP", "RB", "CC", "WDT", "WP"))
        return False
