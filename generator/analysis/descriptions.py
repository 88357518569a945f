"""What a speaker's phrase says about the speaker: appositions, relative and participle clauses.

"Smith, 53, a spokesman, said", "People who know the mayor said", "Officials speaking on
condition of anonymity said", "Residents contacted by Reuters said": of the pieces before a verb
of speech, which one names the speaker and which only describe it. ``phrases`` finds where a
speaker's phrase is; this room says which of its pieces speaks.
"""

from __future__ import annotations

import functools
import itertools
import re

from .cues import WORD_RE, fold
from .frames import FrameReader
from .nounphrases import Phrase

#: Tags of a verb with a subject of its own ("spoke", "says", "would"): a piece that has one is a clause.
CLAUSE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: A contracted verb after a word ("who'd", "who’s").
CONTRACTION_RE = re.compile(r"['’]\w+$")
#: What may follow a participle that opens a clause about the phrase before it ("speaking on",
#: "operating the plant", "living near"), unlike a noun it modifies ("tracking database").
PARTICIPLE_OBJECT_TAGS = ("IN", "DT", "RB", "TO", "PRP")
#: … and after a word more often a noun ("monitoring", "planning"), only a determiner makes it a
#: participle with an object ("Experts monitoring the embargo said"; not "experts in banking at").
NOUN_PARTICIPLE_OBJECT_TAGS = ("DT", "PRP$")
#: What follows a name that owns the noun after it ("Deutsche Bahn's head of human resources").
OWNED = ("'s", "’s")


class DescriptionReader(FrameReader):
    """Tells a speaker from its descriptions in one document."""

    def _described_by_participle(self, index: int, start: int, end: int) -> Phrase | None:
        """ "Officials speaking on condition of anonymity said", "Residents living near the plant said":
        the phrase a present participle describes speaks, not the participle's object."""
        passive = self._described_by_past_participle(index, start, end)
        if passive is not None:
            return passive
        if "ing " not in self.doc.low[start:end]:
            return None  # no present participle: most speakers
        words = [m.span() for m in WORD_RE.finditer(self.doc.mask, start, end)]
        for position in range(1, len(words) - 1):
            x, y = words[position]
            word = self.doc.low[x:y]
            tag = self.common.get(word, "")
            if self.doc.mask[x].isupper() or not (tag == "VBG" or (tag == "NN" and word.endswith("ing"))):
                continue
            following = self.common.get(self.doc.low[words[position + 1][0] : words[position + 1][1]], "")
            if not following.startswith(PARTICIPLE_OBJECT_TAGS if tag == "VBG" else NOUN_PARTICIPLE_OBJECT_TAGS):
                continue  # "Marine Traffic's AIS tracking database": a noun's modifier, no clause
            auxiliary = (
                self.doc.low[words[position - 1][0] : words[position - 1][1]] in self.words["passive_auxiliaries"]
            )
            # (inside a relative clause it is still a description: "leaders who'd rather be working … said")
            if auxiliary and not any(
                CONTRACTION_RE.sub("", self.doc.low[a:b]) in self.words["relatives"] for a, b in words[:position]
            ):
                return None  # "Pence is joining Trump … after the AP reports": a clause's verb, no description
            phrase = self.classify(index, start, words[position - 1][1], trailing=True)
            return phrase if phrase is not None and phrase.kind != "pronoun" else None
        return None

    def _described_by_past_participle(self, index: int, start: int, end: int) -> Phrase | None:
        """ "Experts not involved in the study said", "Officials based in Kyiv said": the people a past
        participle and its preposition describe speak (not "a study published in Nature", whose maker
        the document reading finds)."""
        words = [m.span() for m in WORD_RE.finditer(self.doc.mask, start, end)]
        tokens = [self.doc.low[x:y] for x, y in words]
        made = self.words["maker_participles"] | self.words["publication_participles"]
        for position in range(1, len(tokens) - 1):
            token = tokens[position]
            if self.common.get(token, "") != "VBN" or token in made:
                continue
            if not self.common.get(tokens[position + 1], "").startswith(("IN", "TO")):
                continue
            head = position - 1 if tokens[position - 1] not in self.words["negations"] else position - 2
            if (
                head < 0
                or not self.common.get(tokens[head], "").startswith("NN")
                or tokens[head] in self.words["documents"]
            ):
                return None
            phrase = self.classify(index, start, words[head][1], trailing=True)
            return phrase if phrase is not None and phrase.kind in ("name", "role", "anonymous", "registry") else None
        return None

    def contact(self, start: int, end: int) -> re.Match[str] | None:
        """Where "contacted by", "reached by" (how a reporter got hold of people) stands in ``low[start:end]``."""
        return self._contact_re.search(self.doc.low, start, end)

    @functools.cached_property
    def _contact_re(self) -> re.Pattern[str]:
        participles = "|".join(sorted(map(re.escape, self.words["contact_participles"])))
        return re.compile(rf"(?<!\w)(?:{participles}) (?:by|on|via|over)(?!\w)")

    def _relative_that(self, start: int, end: int) -> int | None:
        """Where "that" opens a relative clause between a noun and its verb ("the firm that leaked");
        not the "that" of content ("warned that leaked papers"): a verb stands before that one."""
        doc, common = self.doc, self.common
        words = [m.span() for m in WORD_RE.finditer(doc.mask, start, end)]
        for position in range(1, len(words) - 1):
            if doc.low[words[position][0] : words[position][1]] not in self.words["verb_relatives"]:
                continue
            before = common.get(doc.low[words[position - 1][0] : words[position - 1][1]], "NN")
            after = common.get(doc.low[words[position + 1][0] : words[position + 1][1]], "")
            if before.startswith("NN") and (after in CLAUSE_VERB_TAGS or after == "VBN"):  # "that leaked"
                return words[position][0]
        return None

    def _place_continued(self, before: re.Match[str], piece: re.Match[str]) -> bool:
        """Whether ``piece`` is one name after a place ("in Worcester" then "Massachusetts"); a person's
        name has two words or more ("A teacher in Leeds, Anna Berg,")."""
        words = before.group().split()
        names = piece.group().split()
        after_place = len(words) >= 2 and fold(words[-2]) in self.words["prepositions"] and words[-1][:1].isupper()
        return after_place and len(names) == 1 and names[0][:1].isupper()

    def _anonymous_description(self, region_start: int, pieces: list[re.Match[str]]) -> Phrase | None:
        """ "A soldier, who gave only his call sign, Kit,": a description that withholds the name
        makes the speaker anonymous, whatever name (or call sign) follows."""
        doc = self.doc
        pattern = doc.lexicon.patterns["anonymous_phrases"]
        for i, piece in enumerate(pieces):
            a, b = region_start + piece.start(), region_start + piece.end()
            first = a + len(doc.mask[a:b]) - len(doc.mask[a:b].lstrip())
            framed = any(doc.lexicon.patterns[f].match(doc.low, first) for f in ("source_frames", "relay_frames"))
            if framed or not pattern.search(doc.low, a, b):
                continue  # "Reuters, citing anonymous sources, reported": the named outlet speaks
            opener = fold(piece.group().strip()).split(" ")[0]
            last = region_start + pieces[-1].end()
            if i and (opener in self.words["relatives"] or self.common.get(opener, "").startswith(("VBG", "VBN"))):
                # The person the relative clause or participle describes ("An official, speaking on
                # condition of anonymity,"), named without the description (its words are a reason).
                previous = region_start + pieces[i - 1].start()
                first = previous + len(doc.mask[previous:b]) - len(doc.mask[previous:b].lstrip())
                last = region_start + pieces[i - 1].end()
            end = first + len(doc.mask[first:last].rstrip())
            return Phrase(first, end, doc.text(first, end), "anonymous")
        return None

    def _before_relative(self, index: int, region_start: int, cut: int) -> Phrase | None:
        """The speaker before a relative clause, with the description it may have ("Silver, the guru")."""
        pieces = [
            m.span()
            for m in re.finditer(r"[^,]+", self.doc.mask[region_start:cut])
            if m.group().strip() and not m.group().strip().isdigit()  # (an age: "Elizabeth Arnold, 32, a …")
        ]
        if not pieces:
            return None
        spans = [(region_start + a, region_start + b) for a, b in pieces]
        if len(spans) > 1 and self._said_before(index, spans[-2], spans[-1], cut):
            spans = spans[-1:]
        last = spans[-1]
        if any(self.common.get(w, "").startswith(("VBD", "VBZ", "VBP")) for w in WORD_RE.findall(self.doc.low, *last)):
            # "Trump dismissed critics who called …": the noun phrase right before the relative, not its clause
            return self.classify(index, *last, trailing=True)
        return self._apposed(index, spans[-2:])

    def _said_before(self, index: int, clause: tuple[int, int], restricted: tuple[int, int], cut: int) -> bool:
        """ "… did not require them to cooperate with Congress, sources who reviewed them told POLITICO":
        a clause before the comma is what was said, and the phrase the relative clause restricts speaks
        (not '…," said Bob Lee, a delegate who …', the speaker named already; not "…, many of whom")."""
        doc = self.doc
        return (
            restricted[1] == cut
            and not set(doc.low[restricted[0] : cut].split()[-1:]) & self.words["prepositions"]
            and (self._is_predicate(doc.mask[slice(*clause)]) or self._is_clause(doc.mask[slice(*clause)]))
            and not any(clause[0] <= m.start() < clause[1] for m in doc.hits("speech_verbs", index))
        )

    def _apposed(self, index: int, spans: list[tuple[int, int]]) -> Phrase | None:
        """Of a speaker and its descriptions, the one that names someone (else the first that is a speaker)."""
        frames = self.doc.lexicon.patterns
        first = self.doc.low[spans[1][0] : spans[1][1]].split()[:1] if len(spans) == 2 else []
        if first and first[0] in self.words["affiliation_prepositions"]:
            # "The researchers, from the University of Leuven,": where they work is part of who they are
            words = [m.span() for m in WORD_RE.finditer(self.doc.mask, spans[0][0], spans[1][1])]
            affiliated = self._single(index, words)
            if affiliated is not None and affiliated.kind == "role":
                return affiliated
        maker = self._maker_apposed(index, spans)
        if maker is not None:
            return maker
        found = [
            (phrase, self.doc.low[a:b].split()[:1], a)
            for a, b in spans
            if not any(frames[f].match(self.doc.low, a + 1) for f in ("source_frames", "relay_frames"))
            and not self._adverbial(a, b)
            and (phrase := self.classify(index, a, b, trailing=a == spans[0][0])) is not None
        ]
        # "…, a Geneva think tank,": a description with an article names a place or a kind, not the speaker.
        articles = self.words["articles"]
        described = [(phrase, a) for phrase, first, a in found if first and first[0] not in articles]
        described = described or [(phrase, a) for phrase, _, a in found]
        mask = self.doc.mask
        # (not the owner of an office: "Deutsche Bahn's head of human resources, Martin Seiler,")
        named = [
            (c, a) for c, a in described if c.kind in ("registry", "name") and mask[c.end : c.end + 2] not in OWNED
        ]
        if not described:
            return None
        # (not a name closing a description: "The head of the group backing Jeb Bush, Mike Murphy,")
        apposed = [c for c, a in named if not self._described_before(a, c.start)]
        return (apposed or [c for c, _ in named] or [c for c, _ in described])[0]

    def _described_before(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` open a description ("the head of the group backing")."""
        first = fold(self.doc.mask[start:end]).split()[:1]
        words = self.words
        return bool(first) and first[0] in words["determiners"] | words["definite_determiners"] | words["indefinites"]

    def _maker_apposed(self, index: int, spans: list[tuple[int, int]]) -> Phrase | None:
        """ "The report, by the inspector general,", "The study, led by Anna Berg,": a document speaks
        for the maker its apposition names."""
        if len(spans) != 2:
            return None
        head = self.doc.low[spans[0][0] : spans[0][1]].split()
        if not head or head[-1] not in self.words["documents"]:
            return None
        words = [m.span() for m in WORD_RE.finditer(self.doc.mask, *spans[1])]
        tokens = [self.doc.low[x:y] for x, y in words]
        prepositions = self.words["authorship_prepositions"]
        if tokens[:1] and tokens[0] in self.words["maker_participles"]:
            words, tokens = words[1:], tokens[1:]
            prepositions = self.doc.lexicon.makers  # "The findings, published in the journal Nature,"
        if len(words) < 2 or tokens[0] not in prepositions:
            return None
        maker = self.classify(index, words[1][0], words[-1][1])
        return maker if maker is not None and maker.kind in ("registry", "name", "role") else None

    def _is_predicate(self, piece: str) -> bool:
        """A piece that opens with a verb of its own: the main clause's predicate after a relative
        clause ("…, which was carrying 40 passengers, veered off the road")."""
        first = WORD_RE.search(piece)
        return first is not None and first.group().islower() and self.common.get(first.group(), "") in CLAUSE_VERB_TAGS

    def _is_clause(self, piece: str) -> bool:
        """A piece with a verb of its own ("Obama spoke Hebrew"), not a description whose verb belongs
        to a relative clause ("a plumbing contractor who attended the rally")."""
        words = [fold(m.group()) if not m.group()[:1].isupper() else "" for m in WORD_RE.finditer(piece)]
        relatives = self.words["relatives"]
        first = WORD_RE.search(piece)
        subjects = self.words["determiners"] | self.words["subject_pronouns"]
        if len(words) > 2 and words[0] in self.words["complementizers"] and (not words[1] or words[1] in subjects):
            # '"…" that Sanders can catch Clinton, said Elmendorf': what was said, a clause with its own
            # subject; not "that leaked the memo", a relative clause with no subject of its own.
            return any(self.common.get(word, "") in CLAUSE_VERB_TAGS for word in words[2:])
        if not words or words[0] in relatives:
            return False
        if words[1:2] == ["of"] and words[0] in self.words["indefinites"]:
            return False  # "one of the few co-authors still in office": some of a group, described
        if first is not None and fold(first.group()) in self.words["articles"]:
            return False  # "a think tank", "an Oslo think tank": a description, whatever its words
        for previous, word in itertools.pairwise(words):
            if word in relatives:
                return False
            # (a verb's form after an article or a preposition is a noun: "one of the co-authors")
            if self.common.get(word, "") in CLAUSE_VERB_TAGS and previous not in self.noun_openers:
                return True
        return False

    def _adverbial(self, start: int, end: int) -> bool:
        """ "Speaking to Portfolio.hu, Smith said", "In a DW report, Lewis stated": an opening phrase
        that says where or how, not who."""
        first = WORD_RE.search(self.doc.mask, start, end)
        if first is None:
            return False
        low = fold(first.group())
        tags = [self.common.get(fold(w), "") for w in WORD_RE.findall(self.doc.mask, start, end)]
        if len(tags) > 1 and tags[-1].startswith("RB") and all(t.startswith(("RB", "JJR", "JJS")) for t in tags):
            return True  # "More recently, he has spoken out", "Most importantly, …": adverbs alone
        second = WORD_RE.search(self.doc.mask, first.end(), end)
        after = fold(second.group()) if second is not None else ""
        if self.common.get(low, "").startswith("RB"):
            return after in self.words["prepositions"]  # "Shortly after the announcement, McConnell said"
        if low in self.words["gerund_time_prepositions"] and self.common.get(after, "") == "VBG":
            return True  # "While celebrating the wins, Trump mocked …"
        if low in self.words["circumstance_openers"] | self.words["clause_subordinators"]:
            # "When results came in, he gave a speech …", "If elected, she …": a clause with its verb
            # (not "As Tom Ridge, a former secretary, put it": the speaker of the clause itself)
            return any(tag in CLAUSE_VERB_TAGS or tag == "VBN" for tag in tags[1:])
        return low in self.words["prepositions"] or self.common.get(low, "") == "VBG"

    def _is_apposition(self, piece: re.Match[str]) -> bool:
        """ "a spokesman for the ministry", "53", "the country's health minister", "chairman of the board of
        Freedom Partners": a description, not a clause."""
        words = piece.group().split()
        return bool(words) and (
            fold(words[0]) in self.words["determiners"] | self.words["indefinites"] | self.words["offices"]
            or words[0][0].isdigit()
            or len(words) <= 6
        )
