"""Where a speaker's phrase is: its edges next to a verb of speech.

A speaker is a noun phrase before a verb of speech ("the ministry said"),
after an inverted verb ("…," said Smith) or the subject of a participle
("…, saying"). This module finds the phrase's edges in the masked prose, past
fillers ("also", "on Tuesday"); ``descriptions`` tells the speaker from the
appositions and clauses that describe it ("Smith, 53, a spokesman, said"),
``frames`` reads the source after "according to", and ``nounphrases`` says
what a phrase names.
"""

from __future__ import annotations

import itertools
import re

from .chunks import MAX_PHRASE_WORDS
from .cues import WORD_RE, fold
from .descriptions import DescriptionReader
from .frames import STOP
from .nounphrases import Phrase
from .scan import WORDS_NEAR

#: Where a speaker's phrase cannot reach across, going left from its verb.
HARD_BREAK_RE = re.compile(rf"[;:“”\"«»\[\]—–]|''|\s--?\s|{STOP}(?=\s)")
DASHES = ("—", "–", "-", "--")  # (two hyphens stand for a dash in plain-text copy)
#: Where a clause may begin inside a sentence: a comma or semicolon before a conjunction.
CLAUSE_COMMA_RE = re.compile(r"[,;](?=\s)")
#: A comma that groups the digits of a number.
DIGIT_GROUP_RE = re.compile(r"(?<=\d),(?=\d{3}\b)")
#: How far left of its verb a speaker's phrase, with its descriptions, may begin (in characters):
#: far more than any speaker takes, and a bound on the work in a "sentence" of a hundred thousand.
SPEAKER_REACH = 600
SPACE_RE = re.compile(r"\s+")
#: Quotation marks that open and close a title inside a speaker's description.
OPENING_MARKS, CLOSING_MARKS = ('"', "“"), ('"', "”")
#: A title's trailing comma, inside its closing quotation mark ('"Going Viral,"'): it ends the description.
TITLE_COMMA_RE = re.compile(r',(["”])')
#: The longest title read as part of a speaker's description.
MAX_TITLE_WORDS = 8
#: A dateline opening a story's first sentence ("WASHINGTON —", "SCRANTON, Pa. —", "PARIS (AP) -"): a
#: place, never the subject.
DATELINE_RE = re.compile(
    r"[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+)*(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?"
    r"(?:[ \t]+\([^()\n]{1,30}\))?(?:[ \t]*[—–][ \t]*|[ \t]+--?[ \t]+)"
)
#: The longest time phrase read before a subject ("late on Sunday night").
MAX_WHEN_WORDS = 4
#: The most opening phrases read past before a subject ("On Thursday, after remaining neutral, Warren …").
MAX_ADVERBIALS = 4
#: Tags of the verb forms that make words a clause, not a noun phrase ("officials studied sites in …").
CLAUSE_FORMS = ("VBD", "VBN", "VBZ", "VBP", "MD")


class PhraseReader(DescriptionReader):
    """Reads speaker phrases from one document."""

    def before(self, index: int, verb_start: int) -> Phrase | None:
        """The speaker whose phrase ends where the verb's clause begins, going left."""
        doc = self.doc
        s = doc.sentences[index].start
        if verb_start - s > SPEAKER_REACH:  # from a word's start, within reach of the verb
            s = next((m.end() for m in SPACE_RE.finditer(doc.mask, verb_start - SPEAKER_REACH, verb_start)), s)
        breaks = list(HARD_BREAK_RE.finditer(doc.mask, s, verb_start))
        titled = self._quoted_title(breaks)
        if titled:
            breaks = breaks[:-2]  # 'Hemsley, the co-author of "Going Viral," said': the title is in the phrase
        region_start = breaks[-1].end() if breaks else s
        end = self.strip_fillers(index, region_start, verb_start)
        # A thousands separator is no comma between phrases ("the 50,000 city officials estimated"),
        # nor is one inside a quoted title.
        region = DIGIT_GROUP_RE.sub("0", doc.mask[region_start:end])
        if titled:
            region = TITLE_COMMA_RE.sub(r"\1,", region)
        if not region.strip():
            if len(breaks) >= 2 and all(b.group().strip() in DASHES for b in breaks[-2:]):
                return self._dashed(index, s, breaks)
            return None
        last = doc.low[region_start:end].split()[-1:]
        if last and last[0] in self.words["verb_coordinators"]:
            # "Fields tweeted a photograph and said …": the subject of the verb's own clause speaks.
            return self._clause_subject(index, region_start, verb_start)
        tail = region.split()[-2:]
        nominative = self.words["subject_pronouns"] & self.words["personal_pronouns"]
        if (
            len(tail) == 2
            # ("told AP they concluded": no name ends in a pronoun written in lower case; "Survey I" may)
            and (
                last[0] in nominative
                or (last[0] in self.words["subject_pronouns"] and tail[0][:1].isupper() and tail[1].islower())
                or (tail[1] == "I" and tail[0].islower())  # "the two guides I wrote" (not "Survey I")
            )
            and tail[0].isalnum()  # ("In 2010 she said")
            and fold(tail[0]) not in self.words["coordinators"]
        ):
            # "… mocked her rival after she said": "he" or "she" is its clause's whole subject.
            return self.classify(index, end - len(last[0]), end, trailing=True)
        included = next((p for p in re.finditer(r",([^,]+),\s*$", region) if self._includes(p.group(1))), None)
        if included is not None:
            # "Independent experts who reviewed the sheets, including a team from the Carter Center,
            # said": who is among them describes the group; the group speaks.
            end = region_start + included.start()
            region = region[: included.start()]
        set_off = doc.mask[end:verb_start].rstrip().endswith(",")  # a filler between commas was left out
        if region.count(",") == 1 and region.rstrip().endswith(",") and set_off:
            # "The judges who ruled on the laws, for instance, said": one phrase, the aside left out
            # (not "… to Mr. Sanders, said David Axelrod": what was said, the speaker after the verb).
            region = region.rstrip()[:-1]
            end = region_start + len(region)
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
            antecedent_ends = relative < len(pieces) and not (after and after[-1] + 1 < len(pieces))
            pieces = pieces[after[-1] + 1 :] if after and after[-1] + 1 < len(pieces) else pieces[:relative]
            if antecedent_ends and pieces and (antecedent := self._name_ending(index, region_start, pieces[-1])):
                return antecedent  # "First there was the editor Bret Stephens, who, after …, said": the name
            if pieces and self._is_clause(pieces[-1].group()):
                # "Obama spoke Hebrew, quoted the Talmud": verbs of one subject, listed; not "…, the
                # losses would outstrip the gains, said Batchelder", a clause with its own subject.
                first = WORD_RE.search(pieces[-1].group())
                own_subject = first is not None and not self.common.get(fold(first.group()), "").startswith("VB")
                if own_subject and (len(pieces) > 1 or self._inverted_at(verb_start)):
                    return None  # the speaker comes after the verb, if anywhere
                return self.sentence_subject(index, verb_start)
            if pieces and self._coordinated_clause(index, region_start, pieces[-1]):
                return None  # "…, and the meeting deteriorated from there, said one source": after the verb
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
        if last_comma >= 0:
            start = self._listed_from(index, region_start, start, end)
        start = self._past_opening_phrase(start, end)
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
        # (as written: "WHO director Hans Kluge" is no clause; in a description set off after a comma, up to
        # the verb's space: "Ana Ruiz, 32, a former aide who said": the relative is the aide's, who is Ruiz)
        opener = doc.low[start:end].split()[:1]
        apposed = last_comma >= 0 and bool(opener) and opener[0] in self.words["determiners"]
        who = self.relative_re.search(doc.mask, start, min(end + 1, verb_start + 1) if apposed else end)
        if who is not None and self._asked_about(index, who.start(), end):
            who = None  # "grew so heated over who supported which bill that Christie said": no relative clause
        if who is not None and (subject := self._relative_subject(index, who.end(), end)) is not None:
            # "Smith, whom police described as …": the relative clause's own subject speaks.
            return subject
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
        phrase = self.classify(index, start, end, trailing=True)
        ending = fold(phrase.text).split()[-2:] if phrase is not None else []
        if (
            phrase is not None
            and len(ending) == 2
            and ending[-1] in self.words["person_relatives"]
            and ending[0] not in self.words["prepositions"]
        ):
            # "some economists who argue": the relative right before the verb stands for them ("many of
            # whom" is whole).
            return self.classify(index, phrase.start, phrase.end - len(ending[-1]), trailing=True) or phrase
        return phrase

    def _name_ending(self, index: int, region_start: int, piece: re.Match[str]) -> Phrase | None:
        """Who ends a clause a relative clause follows, whom the relative pronoun stands for: a name
        ("there was the editor Bret Stephens") or people nobody names ("The bus hit a cyclist")."""
        if not self._is_clause(piece.group()):
            return None
        a, b = region_start + piece.start(), region_start + piece.end()
        words = [m.span() for m in WORD_RE.finditer(self.doc.mask, a, b)]
        name = self.name_in(index, words) if words else None
        if name is not None and name[1] == words[-1][1]:
            phrase = self.classify(index, *name)
            return phrase if phrase is not None and phrase.kind in ("name", "registry") else None
        phrase = self.classify(index, a, b, trailing=True)
        return phrase if phrase is not None and phrase.kind == "anonymous" else None

    def _quoted_title(self, breaks: list[re.Match[str]]) -> bool:
        """Whether the last two breaks are the quotation marks of a short title that a preposition or a
        determiner opens and a comma ends ("the co-author of "Going Viral,""), part of a speaker's
        description."""
        if len(breaks) < 2 or breaks[-2].group() not in OPENING_MARKS or breaks[-1].group() not in CLOSING_MARKS:
            return False
        opened, closed = breaks[-2], breaks[-1]
        title = self.doc.mask[opened.end() : closed.start()]
        # (its comma inside the closing mark ends the description: not 'his "Second Amendment people" remark')
        if len(title.split()) > MAX_TITLE_WORDS or not title[:1].isupper() or not title.endswith(","):
            return False
        before = self.doc.low[max(0, opened.start() - WORDS_NEAR) : opened.start()].split()[-1:]
        openers = self.words["prepositions"] | self.words["determiners"] | self.words["possessive_determiners"]
        return bool(before) and before[0] in openers

    def _asked_about(self, index: int, who: int, end: int) -> bool:
        """Whether "who" after a preposition asks a question ("over who supported which bill"), and a
        clause "that" opens follows it, with its own subject before the verb."""
        doc = self.doc
        before = doc.low[max(doc.sentences[index].start, who - WORDS_NEAR) : who].split()[-1:]
        return bool(
            set(before) & self.words["prepositions"] and set(doc.low[who:end].split()) & self.words["complementizers"]
        )

    def _coordinated_clause(self, index: int, region_start: int, piece: re.Match[str]) -> bool:
        """A piece that "and" or "but" opens and that names nobody: a clause whose verb the tagger does
        not know as one ("and the meeting deteriorated from there"), not the last of a list of names
        ("Germany, France, and Italy")."""
        words = piece.group().split()
        return (
            len(words) > 2
            and fold(words[0]) in self.words["verb_coordinators"]
            and self.classify(index, region_start + piece.start(), region_start + piece.end()) is None
        )

    def _past_opening_phrase(self, start: int, end: int) -> int:
        """Where the name starts after an opening phrase written without its comma ("In a Reuters
        interview Trump said", "Speaking to reporters Smith said"), else ``start``."""
        if not self._adverbial(start, end):
            return start
        words = list(WORD_RE.finditer(self.doc.mask, start, end))
        name = len(words)
        while name > 0 and words[name - 1].group()[:1].isupper():
            name -= 1
        if name < 2 or name == len(words):
            return start
        left = words[name - 1].group()  # the noun that ends the opening phrase ("interview", "reporters")
        noun = left.isalpha() and left.islower() and self.common.get(left, "NN").startswith("NN")
        return words[name].start() if noun and left not in self.words["name_connectors"] else start

    def _listed_from(self, index: int, region_start: int, start: int, end: int) -> int:
        """Where a list of names that ends "… X and Y" begins: "Germany, France and Italy said" (each
        piece before the last comma one name), else ``start``."""
        doc = self.doc
        last = [fold(m.group()) for m in WORD_RE.finditer(doc.mask, start, end)]
        if not set(last) & self.words["coordinators"]:
            return start
        first = start
        for piece in reversed(list(re.finditer(r"[^,]+", doc.mask[region_start : start - 1]))):
            words = [
                m.span() for m in WORD_RE.finditer(doc.mask, region_start + piece.start(), region_start + piece.end())
            ]
            name = self.name_in(index, words) if words else None
            if name is None or (name != (words[0][0], words[-1][1]) and not self._determined_name(words, name)):
                if set(fold(piece.group()).split()) & self.words["inclusion_openers"]:
                    return start  # "German firms including Daimler, Siemens and Bosch announced": examples
                if name is not None and last[0] not in self.words["coordinators"] and self._placed(words, name):
                    # "Most voters in Alabama, Georgia and Virginia said": where the speakers are, listed
                    return region_start + piece.start()
                break
            first = region_start + piece.start()
        return first

    def _placed(self, words: list[tuple[int, int]], name: tuple[int, int]) -> bool:
        """Whether ``name`` ends ``words`` as the object of a preposition ("voters in Alabama")."""
        before = [fold(self.doc.mask[x:y]) for x, y in words if y <= name[0]]
        return (
            name[1] == words[-1][1]
            and len(before) > 1  # (not "In Britain, the cities of …": an opening phrase)
            and before[-1] in self.words["prepositions"]
            # (not a clause: "officials studied sites in Colorado, and a former official said")
            and not any(self.common.get(word, "").startswith(CLAUSE_FORMS) for word in before)
        )

    def _determined_name(self, words: list[tuple[int, int]], name: tuple[int, int]) -> bool:
        """A name with its article only ("the UN")."""
        return (
            len(words) >= 2
            and name == (words[1][0], words[-1][1])
            and fold(self.doc.mask[words[0][0] : words[0][1]]) in self.words["determiners"]
        )

    def _relative_subject(self, index: int, start: int, end: int) -> Phrase | None:
        """The subject of a relative clause that has one before the verb ("whom police described"), not
        one whose relative word is the subject ("who know the mayor said")."""
        words = [m.group() for m in WORD_RE.finditer(self.doc.mask, start, end)]
        if not words or any(self.common.get(fold(w), "").startswith(("VB", "MD")) for w in words):
            return None
        phrase = self.classify(index, start, end)
        return phrase if phrase is not None and phrase.kind in ("registry", "name", "role", "anonymous") else None

    def _includes(self, piece: str) -> bool:
        """Whether a piece set off by commas names some of a group ("including a team from …")."""
        words = fold(piece).split()
        return bool(words) and (
            words[0] in self.words["inclusion_openers"] or " ".join(words[:2]) in self.words["inclusion_openers"]
        )

    def _dashed(self, index: int, s: int, breaks: list[re.Match[str]]) -> Phrase | None:
        """The speaker before a verb whose subject is a phrase and an aside between two dashes."""
        doc = self.doc
        # "Jason Sims — a teacher from Mount Pleasant — says": a name and its description.
        name_start = breaks[-3].end() if len(breaks) >= 3 else s
        # (after any opening clause: "Reached by phone, Joyce — who is … — said")
        after_clause = max(name_start, doc.mask.rfind(",", name_start, breaks[-2].start()) + 1)
        aside = doc.low[breaks[-2].end() : breaks[-1].start()].split()[:1]
        participle = self.common.get(aside[0], "").startswith(("VBN", "VBG")) if aside else False
        if aside and (
            aside[0] in self.words["relatives"]
            or (participle and aside[0] not in self.words["publication_participles"])
        ):
            # "Mrs. Clinton — whose husband signed the act — has said", "Gingrich — mentioned by Newsmax
            # as … — told": a clause about the name (not "The transcript — published by the Post — shows",
            # its maker)
            return self.classify(index, after_clause, breaks[-2].start(), trailing=True)
        if self._places_listed(breaks[-2].start(), name_start):
            # "Insiders in the next two states — Nevada and South Carolina — said": which places,
            # not who speaks.
            return self._apposed(index, [(after_clause, breaks[-2].start())])
        aside_end = breaks[-1].start()
        comma = doc.mask.find(",", breaks[-2].end(), aside_end)
        clause = doc.low[comma + 1 : aside_end].split()[:1] if comma >= 0 else []
        named = doc.mask[breaks[-2].end() : aside_end].lstrip()[:1].isupper()
        if named and clause and clause[0] in self.words["relatives"]:
            # "A former candidate — John McCain, who lost the 2008 election — said": the clause
            # describes the name the aside opens with (not "his finish — 22 points behind Mr.
            # Trump, who won — highlights").
            aside_end = comma
        return self._apposed(index, [(name_start, breaks[-2].start()), (breaks[-2].end(), aside_end)])

    def _places_listed(self, dash: int, start: int) -> bool:
        """Whether the words before a dashed aside end with places counted or named ("the next two
        states", "three cities"), which the aside then lists."""
        words = self.doc.low[start:dash].split()
        settlements = self.words["settlement_nouns"]
        return bool(words) and (words[-1] in settlements or self.plural_of(words[-1], settlements))

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

    def after(self, index: int, verb_end: int) -> Phrase | None:
        """The speaker right after an inverted verb (``"…," said Smith``)."""
        doc = self.doc
        e = doc.sentences[index].end
        stop = self.phrase_end_re.search(doc.mask, verb_end, e)
        end = stop.start() if stop else e
        phrase = self.classify(index, verb_end, end)
        words = [m.span() for m in WORD_RE.finditer(doc.mask, verb_end, end)]
        if phrase is None and len(words) > 1 and self.common.get(doc.low[slice(*words[-1])], "").startswith("VBN"):
            # '"…," says a source involved in the talks': the unnamed person the participle describes.
            shorter = self.classify(index, verb_end, words[-2][1])
            phrase = shorter if shorter is not None and shorter.kind == "anonymous" else None
        if phrase is None:
            # '"…," said master of ceremonies Asab Al-Tabchi': a title, then the name that ends it.
            name = self.name_in(index, words)
            if name is not None and words and name[1] == words[-1][1]:
                return self.classify(index, *name)
        elif phrase.kind in ("role", "anaphor", "anonymous") and stop is not None and doc.mask[stop.start()] == ",":
            # '"…," said the lead author, Oliver Kennedy.', '"…," said another Twitter user, Johanna Bayer.':
            # the description, then the name.
            rest = self.phrase_end_re.search(doc.mask, stop.end(), e)
            apposed = self.classify(index, stop.end(), rest.start() if rest else e)
            anonymous = doc.lexicon.patterns["anonymous_phrases"].search(doc.low, stop.end(), e)
            if phrase.kind == "anonymous":
                # (not a first name given alone: "said a resident, Ana, who gave only her first name")
                named = apposed is not None and apposed.kind in ("registry", "name") and anonymous is None
                return apposed if named else phrase
            if apposed is not None and apposed.kind in ("registry", "name"):
                return apposed
            # '"…," said the spokesman, who declined to be named.': the description makes them anonymous.
            if anonymous is not None and not doc.mask[stop.end() : anonymous.start()].count(","):
                return Phrase(phrase.start, anonymous.end(), doc.text(phrase.start, anonymous.end()), "anonymous")
        return phrase

    def _clause_subject(self, index: int, region_start: int, verb_start: int) -> Phrase | None:
        """The subject of a coordinated verb's own clause: "X won, the commission said, but opposition
        parties refused … and accused" (the parties accuse, not X); the sentence's when it has one clause."""
        mask = self.doc.mask
        for comma in reversed([m.start() for m in CLAUSE_COMMA_RE.finditer(mask, region_start, verb_start)]):
            word = WORD_RE.search(mask, comma + 1, verb_start)
            if word is not None and fold(word.group()) in self.words["verb_coordinators"]:
                subject = self.sentence_subject(index, verb_start, clause_start=comma + 1)
                if subject is not None:
                    return subject
        return self.sentence_subject(index, verb_start)

    def sentence_subject(self, index: int, before: int, clause_start: int | None = None) -> Phrase | None:
        """The sentence's opening noun phrase, as the speaker of a participle ("Boeing did not…, telling…");
        from ``clause_start``, the opening noun phrase of that clause."""
        doc = self.doc
        s = doc.sentences[index].start if clause_start is None else clause_start
        if clause_start is None and (dateline := DATELINE_RE.match(doc.mask, s, before)) is not None:
            s = dateline.end()
        s = self._after_adverbials(s, before)
        words: list[tuple[int, int]] = []
        verb: int | None = None
        for m in WORD_RE.finditer(doc.mask, s, before):
            low = fold(m.group())
            if not words and low in self.words["clause_openers"]:
                continue  # "But the court overruled and said"
            if not words and low in self.words["perfect_auxiliaries"] | self.words["modal_auxiliaries"]:
                return None  # "Has the government responded?": a question, its subject after the verb
            if words and low in self.words["relatives"] and "," in doc.mask[words[-1][1] : m.start()]:
                break  # "Holub, whose party won …, wants": the relative clause describes the subject
            after_pronoun = (
                len(words) == 1 and fold(doc.mask[words[0][0] : words[0][1]]) in self.words["subject_pronouns"]
            )
            if after_pronoun or (
                words
                and not m.group()[:1].isupper()
                and self._verb_here(low, words)
                and not self._attributive(m, words)
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
        if (
            verb is not None
            and len(words) > 1
            and fold(doc.mask[words[-1][0] : words[-1][1]]) in self.words["relatives"]
        ):
            # "Current and former officials who spoke with the Post said …, too focused on": the
            # subject before the relative clause, not the clause's verb's
            phrase = self._before_relative(index, words[0][0], words[-1][0])
        else:
            phrase = self.before(index, verb) if verb is not None else self.classify(index, words[0][0], words[-1][1])
        if phrase is None and verb is not None and clause_start is not None:
            # "…, but her rivals refused … and accused": a definite description, as before a verb of speech.
            phrase = self.described(index, words[0][0], words[-1][1], speaking=True)
        speakers = ("registry", "name", "role", "pronoun", "anaphor", "anonymous")
        return phrase if phrase is not None and phrase.kind in speakers else None

    def _verb_here(self, low: str, words: list[tuple[int, int]]) -> bool:
        """Whether the word ``low`` after the subject's ``words`` so far is its verb: a verb's form, or a
        past tense no word list holds right after a name ("Mr. Putin backpedaled on …"; not after a
        common word capitalised to open the sentence: "Many unnaturalized adoptees")."""
        if self.common.get(low, "").startswith(("VB", "MD")):
            return True
        mask, (start, end) = self.doc.mask, words[-1]
        return (
            low not in self.common
            and low.isalpha()
            and low.endswith(tuple(self.words["past_participle_endings"]))
            and mask[start].isupper()
            and (len(words) > 1 or fold(mask[start:end]) not in self.common)
            and not mask[end : end + 1].strip()
        )

    def _attributive(self, word: re.Match[str], words: list[tuple[int, int]]) -> bool:
        """Whether a participle after a comma or a determiner describes the noun after it ("One
        conservative, syndicated radio host Dennis Prager, disagrees", "the retired general"): no verb."""
        mask = self.doc.mask
        if not self.common.get(fold(word.group()), "").startswith("VBN"):
            return False
        previous = fold(mask[words[-1][0] : words[-1][1]])
        if "," not in mask[words[-1][1] : word.start()] and previous not in self.words["determiners"]:
            return False
        following = WORD_RE.search(mask, word.end())
        return (
            following is not None
            and not mask[word.end() : following.start()].strip()
            and following.group().islower()
            and self.common.get(following.group(), "").startswith("NN")
        )

    def _in_apposition(self, start: int, verb: int, end: int) -> bool:
        """Whether the verb at ``verb`` is a participle inside commas after the subject ("The RSF, the
        group fighting the army, denied"), not the subject's own verb."""
        mask = self.doc.mask
        word = WORD_RE.match(mask, verb)
        participle = word is not None and self.common.get(fold(word.group()), "").startswith(("VBG", "VBN"))
        opened = mask.find(",", start, verb)
        described = WORD_RE.search(mask, opened + 1, verb) if opened >= 0 else None
        openers = self.words["determiners"]  # ", the group fighting …,"
        head = mask[start:opened].split()[-1:] if opened >= 0 else []
        if head and fold(head[0]) in self.words["documents"]:
            openers = openers | self.words["authorship_prepositions"]  # "The study, by … and published in …,"
        return (
            participle
            and described is not None
            and fold(described.group()) in openers
            and mask.find(",", verb, end) >= 0
        )

    def _after_adverbials(self, start: int, end: int) -> int:
        """Past the opening phrases that say when or how ("On Thursday, after remaining neutral, Warren
        endorsed …", "On Sunday morning Mr. Trump made …"): where the subject can start."""
        start = self._after_when(start, end)
        for _ in range(MAX_ADVERBIALS):  # (a sentence opens with a few of them, not thousands)
            comma = self.doc.mask.find(",", start, end)
            if comma < 0 or not self._adverbial(start, comma):
                break
            start = self._after_when(comma + 1, end)
        return start

    def _after_when(self, start: int, end: int) -> int:
        """Past a time phrase written without its comma before a name ("On Sunday morning Mr. Trump")."""
        while (when := self._time_phrase(start, end)) is not None:
            following = WORD_RE.search(self.doc.mask, when.end(), end)
            if following is None or not following.group()[:1].isupper():
                break
            start = when.end()
        return start

    def _time_phrase(self, start: int, end: int) -> re.Match[str] | None:
        """The longest filler of time that opens ``start:end`` ("on sunday morning", not "on sunday"),
        unless it is an auxiliary ("Has the …")."""
        ahead = list(itertools.islice(WORD_RE.finditer(self.doc.mask, start, end), MAX_WHEN_WORDS))
        fillers = self.doc.lexicon.patterns["fillers"]
        when = next(
            (w for m in reversed(ahead) if (w := fillers.fullmatch(self.doc.low, ahead[0].start(), m.end()))), None
        )
        words = self.words
        if (
            when is None
            or when.group().split()[0]
            in words["passive_auxiliaries"] | words["perfect_auxiliaries"] | words["modal_auxiliaries"]
        ):
            return None
        return when
