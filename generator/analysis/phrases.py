"""Where a speaker's phrase is: its edges next to a verb of speech.

A speaker is a noun phrase before a verb of speech ("the ministry said"),
after an inverted verb ("…," said Smith) or the subject of a participle
("…, saying"). This module finds the phrase's edges in the masked prose,
through appositions ("Smith, 53, a spokesman, said"), relative clauses and
fillers ("also", "on Tuesday"); ``frames`` reads the source after "according
to", and ``nounphrases`` says what a phrase names.
"""

from __future__ import annotations

import functools
import re

from .chunks import MAX_PHRASE_WORDS
from .cues import fold
from .frames import STOP, FrameReader
from .names import WORD_RE
from .nounphrases import Phrase

#: Where a speaker's phrase cannot reach across, going left from its verb.
HARD_BREAK_RE = re.compile(rf"[;:“”\"«»\[\]—–]|\s-\s|{STOP}(?=\s)")
DASHES = ("—", "–", "-")
#: A comma that groups the digits of a number.
DIGIT_GROUP_RE = re.compile(r"(?<=\d),(?=\d{3}\b)")
#: Tags of a verb with a subject of its own ("spoke", "says", "would"): a piece that has one is a clause.
CLAUSE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: How far left of its verb a speaker's phrase, with its descriptions, may begin (in characters):
#: far more than any speaker takes, and a bound on the work in a "sentence" of a hundred thousand.
SPEAKER_REACH = 600
SPACE_RE = re.compile(r"\s+")
#: What may follow a participle that opens a clause about the phrase before it ("speaking on",
#: "operating the plant", "living near"), unlike a noun it modifies ("tracking database").
PARTICIPLE_OBJECT_TAGS = ("IN", "DT", "RB", "TO", "PRP")


class PhraseReader(FrameReader):
    """Reads speaker phrases from one document."""

    def before(self, index: int, verb_start: int) -> Phrase | None:
        """The speaker whose phrase ends where the verb's clause begins, going left."""
        doc = self.doc
        s = doc.sentences[index].start
        if verb_start - s > SPEAKER_REACH:  # from a word's start, within reach of the verb
            s = next((m.end() for m in SPACE_RE.finditer(doc.mask, verb_start - SPEAKER_REACH, verb_start)), s)
        breaks = list(HARD_BREAK_RE.finditer(doc.mask, s, verb_start))
        region_start = breaks[-1].end() if breaks else s
        end = self.strip_fillers(index, region_start, verb_start)
        # A thousands separator is no comma between phrases ("the 50,000 city officials estimated").
        region = DIGIT_GROUP_RE.sub("0", doc.mask[region_start:end])
        if not region.strip():
            if len(breaks) >= 2 and all(b.group().strip() in DASHES for b in breaks[-2:]):
                # "Jason Sims — a teacher from Mount Pleasant — says": a name and its description.
                name_start = breaks[-3].end() if len(breaks) >= 3 else s
                return self._apposed(index, [(name_start, breaks[-2].start()), (breaks[-2].end(), breaks[-1].start())])
            return None
        last = doc.low[region_start:end].split()[-1:]
        if last and last[0] in self.words["verb_coordinators"]:
            # "Fields tweeted a photograph and said …": the sentence's subject speaks.
            return self.sentence_subject(index, verb_start)
        if region.rstrip().endswith(","):
            # "Smith, a spokesman for the ministry, said", "Marley Anderson, 21, a junior, said": a
            # speaker and its descriptions, either way round ("One news site, Znak.com, claims").
            pieces = [p for p in re.finditer(r"[^,]+", region) if p.group().strip()]
            if (anonymous := self._anonymous_description(region_start, pieces)) is not None:
                return anonymous
            # "…, who is a member of the union,", "…, who served in Iran, Turkey and France,": a relative
            # clause (commas and all) describes the piece before it.
            relative = next(
                (
                    i
                    for i, p in enumerate(pieces)
                    if i and fold(p.group().strip()).split(" ")[0] in self.words["relatives"]
                ),
                len(pieces),
            )
            # "The bus, which was carrying 40 passengers, veered off the road, the police chief, Luis
            # Herrera, told RPP": a clause after the relative one ends it; the speaker comes after that.
            after = [i for i in range(relative + 1, len(pieces)) if self._is_predicate(pieces[i].group())]
            pieces = pieces[after[-1] + 1 :] if after and after[-1] + 1 < len(pieces) else pieces[:relative]
            if pieces and self._is_clause(pieces[-1].group()):
                # "Obama spoke Hebrew, quoted the Talmud": verbs of one subject, listed; not "…, the
                # losses would outstrip the gains, said Batchelder", a clause with its own subject.
                first = WORD_RE.search(pieces[-1].group())
                own_subject = first is not None and not self.common.get(fold(first.group()), "").startswith("VB")
                if own_subject and (len(pieces) > 1 or self._inverted_at(verb_start)):
                    return None  # the speaker comes after the verb, if anywhere
                return self.sentence_subject(index, verb_start)
            # "a woman in Worcester, Massachusetts,": the place's state or country goes with the place.
            pieces = [p for i, p in enumerate(pieces) if not (i and self._place_continued(pieces[i - 1], p))]
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
            # "Prime Minister Tuilaepa, who told the press": the relative pronoun's antecedent speaks;
            # "the home of Prime Minister Tuilaepa, who …": the name nearest to it.
            antecedent = self.classify(index, region_start, region_start + last_comma, trailing=True)
            if antecedent is None:
                words = [m.span() for m in WORD_RE.finditer(doc.mask, region_start, region_start + last_comma)]
                name = self.name_in(index, words)
                if name is not None and name[1] == words[-1][1]:
                    return self.classify(index, *name)
            return antecedent
        who = self.relative_re.search(doc.mask, start, end)  # as written: "WHO director Hans Kluge" is no clause
        if who is not None:
            # "People who know the mayor said", "Nate Silver, the polling guru who founded the
            # site tweeted": the phrase before the relative clause speaks, not its object.
            return self._before_relative(index, region_start, who.start())
        contact = self.contact(start, end)
        if contact is not None:
            # "Residents contacted by Reuters said": the residents speak, not the outlet that reached them.
            people = self.classify(index, start, contact.start(), trailing=True)
            if people is not None and people.kind == "anonymous":
                return people
        described = self._described_by_participle(index, start, end)
        if described is not None:
            return described
        that = self._relative_that(start, end)
        if that is not None:
            # "The firm that leaked the memo said": the firm speaks, not the memo.
            return self._before_relative(index, region_start, that)
        return self.classify(index, start, end, trailing=True)

    def _described_by_participle(self, index: int, start: int, end: int) -> Phrase | None:
        """ "Officials speaking on condition of anonymity said", "Residents living near the plant said":
        the phrase a present participle describes speaks, not the participle's object."""
        if "ing " not in self.doc.low[start:end]:
            return None  # no present participle: most speakers
        words = [m.span() for m in WORD_RE.finditer(self.doc.mask, start, end)]
        for position in range(1, len(words) - 1):
            x, y = words[position]
            if self.common.get(self.doc.low[x:y], "") != "VBG" or self.doc.mask[x].isupper():
                continue
            following = self.common.get(self.doc.low[words[position + 1][0] : words[position + 1][1]], "")
            if not following.startswith(PARTICIPLE_OBJECT_TAGS):
                continue  # "Marine Traffic's AIS tracking database": a noun's modifier, no clause
            phrase = self.classify(index, start, words[position - 1][1], trailing=True)
            return phrase if phrase is not None and phrase.kind != "pronoun" else None
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

    def _inverted_at(self, verb_start: int) -> bool:
        """Whether the verb at ``verb_start`` has its speaker after it ("…, predicted Anna Berg"), not
        a clause of its own ("…, said he was proud", "…, said that …")."""
        verb = WORD_RE.match(self.doc.mask, verb_start)
        if verb is None or fold(verb.group()) not in self.words["inverting_verbs"]:
            return False
        after = WORD_RE.search(self.doc.mask, verb.end())
        return after is not None and fold(after.group()) not in (
            self.words["subject_pronouns"] | self.words["complementizers"]
        )

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
        pieces = [m.span() for m in re.finditer(r"[^,]+", self.doc.mask[region_start:cut]) if m.group().strip()]
        return self._apposed(index, [(region_start + a, region_start + b) for a, b in pieces[-2:]])

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
        found = [
            (phrase, self.doc.low[a:b].split()[:1])
            for a, b in spans
            if not any(frames[f].match(self.doc.low, a + 1) for f in ("source_frames", "relay_frames"))
            and not self._adverbial(a, b)
            and (phrase := self.classify(index, a, b, trailing=a == spans[0][0])) is not None
        ]
        # "…, a Geneva think tank,": a description with an article names a place or a kind, not the speaker.
        articles = self.words["articles"]
        described = [phrase for phrase, first in found if first and first[0] not in articles]
        described = described or [phrase for phrase, _ in found]
        named = [c for c in described if c.kind in ("registry", "name")]
        return (named or described)[0] if described else None

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
        if not words or words[0] in relatives:
            return False
        if first is not None and fold(first.group()) in self.words["articles"]:
            return False  # "a think tank", "an Oslo think tank": a description, whatever its words
        for word in words[1:]:
            if word in relatives:
                return False
            if self.common.get(word, "") in CLAUSE_VERB_TAGS:
                return True
        return False

    def _adverbial(self, start: int, end: int) -> bool:
        """ "Speaking to Portfolio.hu, Smith said", "In a DW report, Lewis stated": an opening phrase
        that says where or how, not who."""
        first = WORD_RE.search(self.doc.mask, start, end)
        if first is None:
            return False
        low = fold(first.group())
        return low in self.words["prepositions"] or self.common.get(low, "") == "VBG"

    def after(self, index: int, verb_end: int) -> Phrase | None:
        """The speaker right after an inverted verb (``"…," said Smith``)."""
        doc = self.doc
        e = doc.sentences[index].end
        stop = self.phrase_end_re.search(doc.mask, verb_end, e)
        end = stop.start() if stop else e
        phrase = self.classify(index, verb_end, end)
        if phrase is None:
            # '"…," said master of ceremonies Asab Al-Tabchi': a title, then the name that ends it.
            words = [m.span() for m in WORD_RE.finditer(doc.mask, verb_end, end)]
            name = self.name_in(index, words)
            if name is not None and words and name[1] == words[-1][1]:
                return self.classify(index, *name)
        elif phrase.kind in ("role", "anaphor") and stop is not None and doc.mask[stop.start()] == ",":
            # '"…," said the lead author, Oliver Kennedy.': the description, then the name.
            rest = self.phrase_end_re.search(doc.mask, stop.end(), e)
            apposed = self.classify(index, stop.end(), rest.start() if rest else e)
            if apposed is not None and apposed.kind in ("registry", "name"):
                return apposed
            # '"…," said the spokesman, who declined to be named.': the description makes them anonymous.
            anonymous = doc.lexicon.patterns["anonymous_phrases"].search(doc.low, stop.end(), e)
            if anonymous is not None and not doc.mask[stop.end() : anonymous.start()].count(","):
                return Phrase(phrase.start, anonymous.end(), doc.text(phrase.start, anonymous.end()), "anonymous")
        return phrase

    def sentence_subject(self, index: int, before: int) -> Phrase | None:
        """The sentence's opening noun phrase, as the speaker of a participle ("Boeing did not…, telling…")."""
        doc = self.doc
        s = self._after_adverbials(doc.sentences[index].start, before)
        words: list[tuple[int, int]] = []
        verb: int | None = None
        for m in WORD_RE.finditer(doc.mask, s, before):
            low = fold(m.group())
            if not words and low in self.words["clause_openers"]:
                continue  # "But the court overruled and said"
            if words and low in self.words["relatives"] and "," in doc.mask[words[-1][1] : m.start()]:
                break  # "Holub, whose party won …, wants": the relative clause describes the subject
            after_pronoun = (
                len(words) == 1 and fold(doc.mask[words[0][0] : words[0][1]]) in self.words["subject_pronouns"]
            )
            if after_pronoun or (
                words and not m.group()[:1].isupper() and self.common.get(low, "").startswith(("VB", "MD"))
            ):
                verb = m.start()  # "He travelled to Ilo and promised": a pronoun is the whole subject
                break
            words.append(m.span())
            if len(words) > MAX_PHRASE_WORDS:
                return None
        if not words:
            return None
        if verb is not None and self._in_apposition(s, verb, before):
            verb = doc.mask.find(",", s, verb)  # "The RSF, the group fighting the army, denied …": the RSF
        # Up to its verb, the subject is read as any speaker is ("Speaking to X, Smith, the CEO, …").
        phrase = self.before(index, verb) if verb is not None else self.classify(index, words[0][0], words[-1][1])
        speakers = ("registry", "name", "role", "pronoun", "anaphor", "anonymous")
        return phrase if phrase is not None and phrase.kind in speakers else None

    def _in_apposition(self, start: int, verb: int, end: int) -> bool:
        """Whether the verb at ``verb`` is a participle inside commas after the subject ("The RSF, the
        group fighting the army, denied"), not the subject's own verb."""
        mask = self.doc.mask
        word = WORD_RE.match(mask, verb)
        participle = word is not None and self.common.get(fold(word.group()), "").startswith(("VBG", "VBN"))
        opened = mask.find(",", start, verb)
        described = WORD_RE.search(mask, opened + 1, verb) if opened >= 0 else None
        return (
            participle
            and described is not None
            and fold(described.group()) in self.words["determiners"]  # ", the group fighting …,"
            and mask.find(",", verb, end) >= 0
        )

    def _after_adverbials(self, start: int, end: int) -> int:
        """Past the opening phrases that say when or how ("On Thursday, after remaining neutral, Warren
        endorsed …"): where the subject can start."""
        while (comma := self.doc.mask.find(",", start, end)) >= 0:
            if not self._adverbial(start, comma):
                break
            start = comma + 1
        return start

    def _is_apposition(self, piece: re.Match[str]) -> bool:
        """ "a spokesman for the ministry", "53", "the country's health minister": a description, not a clause."""
        words = piece.group().split()
        return bool(words) and (
            fold(words[0]) in self.words["determiners"] | self.words["indefinites"]
            or words[0][0].isdigit()
            or len(words) <= 6
        )
