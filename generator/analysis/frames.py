"""The source a frame introduces: "according to the emergencies ministry", "citing
a report by the state auditor", "a study published in the journal Nature".

After a frame the source's phrase runs to punctuation, a new clause or a verb;
an unnamed document in it ("a statement") is credited to the author or the
publication the rest of the phrase names.
"""

from __future__ import annotations

import functools
import itertools
import re

from .cues import WORD_RE, fold
from .nounphrases import NounPhrases, Phrase
from .scan import Document

#: A full stop inside a sentence that ends a sentence-like piece, not an abbreviation or an
#: initial ("Dr. Harold Varmus", "Gov. John Kasich", "U.S. officials").
STOP = r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})(?:\.(?![^\W_])|[!?])"
PUNCTUATION = r"[,;:.!?“”\"«»()\[\]—–]|\s-\s"
PUNCTUATION_RE = re.compile(PUNCTUATION)
#: Where a phrase after a frame ("according to …") ends: punctuation, or (followed by the
#: language's words) a new clause or a preposition.
PHRASE_END = rf"[,;:“”\"«»()\[\]—–]|{STOP}|\s-\s"
#: How many lower-case nouns may describe the name after them inside a frame ("talk radio host").
DESCRIPTION_WORDS = 3
#: The most words an unnamed document takes, its adjectives included ("a lengthy internal memo").
DOCUMENT_WORDS = 4
#: How many words may name a document's maker between it and its verb ("a report the finance ministry published").
MAKER_WORDS = 4
#: The two words after a position.
TWO_WORDS_RE = re.compile(r"\s+([\w'’-]+)\s+([\w'’-]+)")


def alternatives(words: frozenset[str]) -> str:
    """A regex alternation of lexicon words, longest first ("and said" before "and")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _phrase_patterns(
    clause_words: frozenset[str], end_words: frozenset[str], relatives: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a phrase after a frame ends, where an anonymous source's phrase ends (punctuation or a
    new clause), and a relative pronoun opening a clause inside a speaker's phrase: made once per
    language, not per document."""
    clause, ends = alternatives(clause_words), alternatives(end_words)
    return (
        re.compile(rf"{PHRASE_END}|\s(?:{clause}|{ends})\s"),
        re.compile(rf"{PUNCTUATION}|\s(?:{clause})\s"),
        re.compile(rf"\s(?:{alternatives(relatives)})\s"),
    )


class FrameReader(NounPhrases):
    """Reads the sources frames introduce in one document."""

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        words = self.words
        self.phrase_end_re, self.clause_break_re, self.relative_re = _phrase_patterns(
            words["clause_words"], words["phrase_end_words"], words["person_relatives"]
        )

    def after_frame(self, index: int, frame_end: int, *, descriptions: bool = False) -> Phrase | None:
        """The source a frame introduces: "according to the emergencies ministry[,] recovered …"
        (with ``descriptions``, a body named only by description too: "according to the regional
        emergency service"; not after "citing", whose object may be anything: "citing the move")."""
        doc = self.doc
        e = doc.sentences[index].end
        stop = self.phrase_end_re.search(doc.mask, frame_end, e)
        end = stop.start() if stop else e
        punctuation = PUNCTUATION_RE.search(doc.mask, frame_end, e)
        start = frame_end + len(doc.mask[frame_end:e]) - len(doc.mask[frame_end:e].lstrip())
        anonymous = doc.lexicon.patterns["anonymous_phrases"].match(doc.low, start, e)
        if anonymous:
            # "sources close to the regional governor": all of it, up to the punctuation or the next
            # clause ("… while The Jakarta Post reports").
            stop = self.clause_break_re.search(doc.mask, anonymous.end(), e)
            return self.classify(index, frame_end, stop.start() if stop else e)
        words = [m.span() for m in WORD_RE.finditer(doc.mask, frame_end, end)]
        coordinators = self.words["coordinators"]
        for position, (x, y) in enumerate(words):
            word = doc.mask[x:y]
            if position and fold(word) in self.words["determiners"] and doc.mask[words[position - 1][0]].isupper():
                end = words[position - 1][1]  # "told CNN the council had …": the outlet ends at its name
                break
            if (
                position
                and fold(word) in self.words["subject_pronouns"]
                and self._clause_after(doc.low[words[position - 1][0] : words[position - 1][1]])
            ):
                # "told the newspaper they had …": a new clause's subject (not "an account she gave", whose
                # author the rest of the phrase names)
                end = words[position - 1][1]
                break
            if position and fold(word) in coordinators and position + 1 < len(words):
                following = self.common.get(doc.low[words[position + 1][0] : words[position + 1][1]], "")
                if following.startswith(("RB", "IN")):
                    end = words[position - 1][1]  # "by the ministry and later by the Red Cross": one each
                    break
            tag = self.common.get(fold(word), "")
            previous = self.common.get(doc.low[words[position - 1][0] : words[position - 1][1]], "") if position else ""
            # "the club and independently confirmed": an adverb after "and" opens a verb phrase.
            coordinated = position > 1 and doc.low[words[position - 2][0] : words[position - 2][1]] in coordinators
            if (
                position
                and not word[:1].isupper()
                and tag.startswith(("VB", "MD", "TO"))
                and not (
                    tag.startswith(("VBG", "VBN", "VBD"))
                    and previous.startswith(("DT", "RB", "JJ"))
                    and not (previous.startswith("RB") and coordinated)
                )
                and fold(word) not in self.words["offices"]
                # "conservative talk radio host Rush Limbaugh": a verb's form inside a description of
                # the name that ends the phrase
                and not self._describes_name(words, position)
                # "documents seen by the Herald" goes on to its maker ("published in" is cut before "in")
                # ("a Gallup poll published by USA Today" is Gallup's: its maker is named before it)
                and not (
                    self._published(words, position)
                    and position + 1 < len(words)
                    and not self._named_maker(words, position - 1)
                )
            ):  # the phrase's verb ends it; "a publishing executive", "a newly released memo" go on
                # (and the "and" before it: "announced by the club and [independently] confirmed by Reuters")
                last = position - 1
                if previous.startswith("RB") and coordinated:
                    last -= 1  # the adverb
                if last and doc.low[words[last][0] : words[last][1]] in coordinators:
                    last -= 1  # the "and"
                end = words[last][1]
                break
        author = self._authored_by(index, words)
        if author is not None:
            return author
        phrase = self.classify(index, frame_end, end)
        if stop is not None and doc.mask[stop.start()] == "," and self.is_description(words):
            # "according to its Greek operator, Empire Navigation": the name the description is given
            rest = self.phrase_end_re.search(doc.mask, stop.end(), e)
            appended = [m.span() for m in WORD_RE.finditer(doc.mask, stop.end(), rest.start() if rest else e)]
            name = self.name_in(index, appended) if appended else None
            # (a name and nothing more: not "According to the ministry, Reuters said …")
            if name is not None and name == (appended[0][0], appended[-1][1]):
                apposed = self.classify(index, *name)
                if apposed is not None and apposed.kind in ("registry", "name"):
                    return apposed
        if phrase is not None and phrase.kind == "anonymous" and not phrase.mentions:
            # "according to a tweet on Monday by Secretary Pompeo", "a statement released by his
            # office": an unnamed document whose author the sentence names after all.
            return self._author_after(index, phrase) or phrase
        limit = punctuation.start() if punctuation else e
        if phrase is not None and phrase.kind == "anaphor" and descriptions:
            # "according to the results of the latest Quinnipiac poll": whose they are, not results named before
            maker = self._maker_named_in(index, frame_end, limit, of_only=True)
            if maker is not None:
                return maker
        if phrase is None:
            return (
                self._record(index, frame_end, end)
                or (self.described(index, frame_end, end) if descriptions else None)
                or (self._maker_named_in(index, frame_end, limit) if descriptions else None)
            )
        return phrase

    def _describes_name(self, words: list[tuple[int, int]], position: int) -> bool:
        """Whether the lower-case words from ``position`` on are nouns that run into a name ending the
        phrase ("talk radio host Rush Limbaugh"), not a clause's verb ("the ministry say the toll …")."""
        doc = self.doc
        tokens = [doc.mask[x:y] for x, y in words[position + 1 :]]
        lower = list(itertools.takewhile(lambda t: t[:1].islower(), tokens))
        rest = tokens[len(lower) :]
        return (
            0 < len(lower) <= DESCRIPTION_WORDS
            and all(self.common.get(fold(t), "").startswith("NN") for t in lower)
            and bool(rest)
            and all(t[:1].isupper() for t in rest)
        )

    def _maker_named_in(self, index: int, start: int, end: int, *, of_only: bool = False) -> Phrase | None:
        """Who made the evidence a frame's long phrase names: its agent ("data released Friday by state
        gaming regulators", "exit polls conducted for the networks by Edison Research"), its origin
        ("recent data from comScore"), whom it interviewed ("interviews with party leaders") or the
        name before its document ("the results of the latest Quinnipiac University poll released
        Wednesday")."""
        doc = self.doc
        for family in ("source_frames", "relay_frames"):
            inner = doc.lexicon.patterns[family].search(doc.low, start + 1, end)
            end = inner.start() if inner is not None else end  # "… polling reported by CNN": a frame of its own
        words = [m.span() for m in WORD_RE.finditer(doc.mask, start, end)]
        tokens = [doc.low[x:y] for x, y in words]
        made = self.words["documents"] | self.words["evidence_nouns"] | self.words["poll_nouns"]
        if not of_only:
            for position in range(len(tokens) - 2, 0, -1):
                agent = tokens[position] in self.words["agent_prepositions"]
                origin = tokens[position] in self.words["origin_prepositions"] and tokens[position - 1] in made
                told = (
                    tokens[position] in self.words["interviewee_prepositions"]
                    and tokens[position - 1] in self.words["interview_nouns"]
                )  # "interviews with a dozen party leaders": who was interviewed
                if ((agent or origin) and set(tokens[:position]) & made) or told:
                    maker = self.classify(index, words[position + 1][0], words[-1][1])
                    if maker is not None and maker.kind in ("registry", "name", "role", "anonymous"):
                        return maker
        for position in range(1, len(tokens)):
            # (with ``of_only``, only the document of what the frame names: "the results of the … poll")
            if tokens[position] in self.words["documents"] and (
                not of_only or set(tokens[:position]) & self.words["partitive_prepositions"]
            ):
                name = self.name_in(index, words[:position])
                if name is not None and name[1] == words[position - 1][1]:
                    maker = self.classify(index, *name)
                    return maker if maker is not None and maker.kind in ("registry", "name", "role") else None
        return None

    def _authored_by(self, index: int, words: list[tuple[int, int]]) -> Phrase | None:
        """ "according to financial documents he filed", "an account she gave", "a report the ministry
        published": the clause's subject is the document's maker, who speaks through it (a pronoun
        resolved as "he said" is)."""
        tokens = [self.doc.low[x:y] for x, y in words]
        for position in range(1, len(tokens) - 1):
            if tokens[position - 1] not in self.words["documents"]:
                continue
            verb = next(
                (
                    v
                    for v in range(position + 1, min(len(tokens), position + MAKER_WORDS + 1))
                    if self._authored(tokens, v)
                ),
                None,
            )
            if verb is None:
                continue
            if tokens[position] in self.words["subject_pronouns"]:
                return self.classify(index, *words[position]) if verb == position + 1 else None
            maker = self.classify(index, words[position][0], words[verb - 1][1])
            return (
                maker
                if maker is not None and maker.kind in ("registry", "name", "role", "anaphor", "anonymous")
                else None
            )
        return None

    def _authored(self, tokens: list[str], position: int) -> bool:
        """Whether the word at ``position`` is a verb of making a document, after a word that can end
        its subject (not "a report published by", where the document is the verb's object)."""
        return tokens[position] in self.words["authored_verbs"] and not self.common.get(
            tokens[position - 1], ""
        ).startswith(("DT", "IN", "RB", "VB", "MD", "TO", "CC"))

    def _clause_after(self, word: str) -> bool:
        """Whether a subject pronoun after ``word`` opens a new clause: after an outlet ("told the paper
        they had …"), not after a document whose author it names ("an account she gave")."""
        return word in self.words["outlet_nouns"] or word not in self.words["documents"]

    def is_description(self, words: list[tuple[int, int]]) -> bool:
        """Whether ``words`` describe rather than name: a determiner, then a common noun at the end
        ("its Greek operator", "the owner"; not "the BBC")."""
        if len(words) < 2:
            return False
        first, last = (self.doc.mask[x:y] for x, y in (words[0], words[-1]))
        determiners = self.words["determiners"] | self.words["possessive_determiners"]
        return fold(first) in determiners and last.islower()

    def described(self, index: int, start: int, end: int, *, speaking: bool = False) -> Phrase | None:
        """ "according to the regional emergency service", "the service said": a body or person the
        text names by description only (a definite phrase of common words), still one particular
        source; not evidence ("the data") nor a phrase with a verb or a name in it. Unless the
        phrase is ``speaking`` (right before a verb of speech), its head must be a body or a person:
        "data from the server" names no source."""
        words = [m.span() for m in itertools.islice(WORD_RE.finditer(self.doc.mask, start, end), 6)]
        tokens = [self.doc.low[x:y] for x, y in words]
        if not 2 <= len(tokens) <= 5 or tokens[0] not in self.words["definite_determiners"]:
            return None
        if any(self.doc.mask[x].isupper() for x, _ in words[1:]) or tokens[-1] in self.words["evidence_nouns"]:
            return None
        tags = [self.common.get(t, "") for t in tokens[1:]]
        if len(tags) > 1 and tags[0] in ("VBG", "VBN"):
            tags[0] = "JJ"  # "the leading candidate", "the elected council": a participle as adjective
        if not tags[-1].startswith("NN") or any(t.startswith(("VB", "MD", "IN", "CC", "PRP", "W")) for t in tags):
            return None
        if not speaking and tokens[-1] not in self.doc.lexicon.speaker_heads:
            return None
        a, b = words[0][0], words[-1][1]
        return Phrase(a, b, self.doc.text(a, b), "role")

    def _record(self, index: int, start: int, end: int) -> Phrase | None:
        """ "according to traffic camera footage", "according to court records": a record that speaks
        for itself, though nobody is named (data and figures are nobody's, see ``evidence_nouns``,
        unless an institution's: "according to council figures", "government data")."""
        words = [m.span() for m in WORD_RE.finditer(self.doc.mask, start, end)]
        tokens = [self.doc.low[x:y] for x, y in words]
        if not tokens or len(tokens) > 4 or tokens[0] in self.words["determiners"] | self.words["indefinites"]:
            return None
        if tokens[-1] not in self.words["documents"] or (
            tokens[-1] in self.words["evidence_nouns"] and not self.on_record(tokens)
        ):
            return None
        a, b = words[0][0], words[-1][1]
        return Phrase(a, b, self.doc.text(a, b), "role")

    def _author_after(self, index: int, document: Phrase) -> Phrase | None:
        """Whoever the rest of the phrase names as the author of "a tweet", "a statement" (by, from)."""
        doc = self.doc
        tokens = fold(document.text).split()
        # ("a tweet", "a new article", "a lengthy internal memo")
        described = all(self.common.get(t, "").startswith(("JJ", "VBN")) for t in tokens[1:-1])
        if (
            not 1 < len(tokens) <= DOCUMENT_WORDS
            or tokens[0] not in self.words["indefinites"]
            or tokens[-1] not in self.words["documents"]
            or not described
        ):
            return None
        e = doc.sentences[index].end
        stop = PUNCTUATION_RE.search(doc.mask, document.end, e)
        rest_end = stop.start() if stop else e
        published = False
        for position, m in enumerate(WORD_RE.finditer(doc.mask, document.end, rest_end)):
            low = fold(m.group())
            published = published or low in self.words["venue_participles"]
            if low in self.words["authorship_prepositions"]:
                author = self.classify(index, m.end(), rest_end)
                return author if author is not None and author.kind in ("registry", "name", "role") else None
            if (published or not position) and low in self.words["venue_prepositions"]:
                # "a study published [on Monday] in the journal Nature": where it appeared vouches for
                # it; so does a title straight after the document ("a paper in The Lancet", not "a
                # report in Kyiv").
                venue = self.classify(index, m.end(), rest_end)
                titled = published or self._titled(m.end()) or self.outlet_name(venue.text if venue else "")
                if venue is not None and (venue.kind == "registry" or (venue.kind == "name" and titled)):
                    return venue
            if low in self.words["record_bodies"]:
                # "a complaint filed in federal court": a court record, the document speaks for itself.
                return Phrase(document.start, m.end(), doc.text(document.start, m.end()), "role")
        return None

    def outlet_name(self, name: str) -> bool:
        """A name that says it is a publication ("Nephrology Today", "the Kelden Review"), not a place."""
        return bool(set(fold(name).split()) & self.words["outlet_words"])

    def _titled(self, start: int) -> bool:
        """Whether a publication's title opens at ``start``: a capitalised article ("The Lancet") or an
        outlet's noun ("the journal Science")."""
        first = TWO_WORDS_RE.match(self.doc.mask, start)
        if first is None:
            return False
        article, noun = first.group(1), fold(first.group(2))
        return fold(article) in self.words["determiners"] and (
            article[:1].isupper() or noun in self.words["outlet_nouns"]
        )
