"""What the sentences before a reference are about: the person, body or group a
pronoun may stand for when nobody has spoken since ("The mayor spoke at noon.
… she said", "CellCore supplies carmakers. It reported a loss", "Residents fled.
They said …"), and the parties "both sides" means ("… after the union and the
railway reached a deal. Both sides confirmed it").
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from .cues import WORD_RE, fold
from .model import Source
from .names import NEXT_WORD_ANY_RE
from .nounphrases import Phrase
from .phrases import PhraseReader
from .quotes import Quotes
from .scan import Document
from .segment import SENTENCE_OPENING
from .sources import ANONYMOUS, UNKNOWN, name_of, sources_of
from .verbs import word_before

#: A word of capitals only, three or more.
ACRONYM_RE = re.compile(r"[A-Z]{3,}")
#: A web address used as a name ("GunBroker.com", "ouest-france.fr"): a site, never "he" or "she".
WEB_NAME_RE = re.compile(r"\w\.[a-z]{2,4}\b")

#: What makes a word a hashtag or a handle on social media, never a person's name.
TAG_MARKS = ("#", "@")
#: How many sentences back parties named together may be referred to as "both sides".
PARTIES_REACH = 2
#: How many words on each side of an "and" a run of parties may have.
MAX_PARTY_WORDS = 5
#: Words read after "asked" for the name of the person asked ("asked Sen. Bernie Sanders").
MAX_ASKED_WORDS = 6
#: How many describing words may stand between an article and a capitalised noun ("a newly registered").
DESCRIBING_WORDS = 2
#: Words that may open an answer before its verb ("He later replied").
REPLY_OPENING_WORDS = 3


class EarlierMentions:
    """Reads the people, bodies and groups one document's sentences are about."""

    def __init__(self, doc: Document, reader: PhraseReader, quotes: Quotes) -> None:
        self.doc = doc
        self.reader = reader
        self.quotes = quotes
        words = doc.lexicon.words
        #: Heads of groups and bodies, which "she" never means and "they" may.
        self._groups = words["anonymous_groups"] | words["affiliated_groups"] | doc.lexicon.bodies

    def _titled(self, words: list[str]) -> bool:
        """Whether a person's title is among a name's words ("Rev. Al Sharpton", "Florida senator"): after
        "the", only such a name is someone "he" or "she" can mean."""
        lexicon = self.doc.lexicon
        folded = {fold(w).strip(".,") for w in words}
        return bool(folded & lexicon.person_titles or folded & lexicon.words["title_abbreviations"])

    def _body(self, source: Source) -> bool:
        """An outlet, institution or document, which "he", "she" or "the actress" never stands for (AFP,
        "the ministry", "the suit", "Rivergate Energy")."""
        if source.id is not None:
            return source.kind != "person"
        words = fold(source.name).split()
        lexicon = self.doc.lexicon
        # Only the words before a preposition name what it is: "Professor Lars Holm of Stockholm
        # University" is a person, "the Bank of England" a body.
        heading = self._heading(words)
        if heading and heading[-1] in lexicon.person_heads:
            return False  # "a government spokesman", "the Bank of England governor": a person
        if self._officer(heading):
            return False  # "Judiciary Committee Chairman Chuck Grassley": the body's officer, a person
        if set(heading) & lexicon.bodies:
            return True
        # "the suit", "the ministry": a description is a body's unless a person heads it ("the lead author").
        return bool(words) and words[0] in lexicon.openers and words[-1] not in lexicon.person_heads

    def _person_before(self, index: int, pronoun: str) -> tuple[list[Source], int] | None:
        """The last person named or described in the sentences before (same section):
        "Adamowicz … He condemned…", "The mayor spoke at noon. … she said"; an unnamed one
        stays anonymous ("A neighbour saw the fire start. She said …"). A sentence whose subject is
        the same ``pronoun`` goes on with the same person: "He attended, though he may vote for
        Sanders. He said …" is not Sanders, but whoever "He" was before."""
        doc = self.doc
        asked = self._asked_before(index)
        if asked is not None:
            return asked
        for previous in range(index - 1, max(-1, index - 4), -1):
            if doc.sections[previous] != doc.sections[index]:
                return None
            sentence = doc.sentences[previous]
            subject = self.reader.sentence_subject(previous, sentence.end)
            if subject is not None and subject.kind == "pronoun" and fold(subject.text) == pronoun:
                continue
            if doc.title_case(previous):
                continue  # a headline, whose every word is capitalised, names nobody by its capitals
            quoted = subject is not None and self.quotes.holding((subject.start, subject.end))
            if subject is not None and not quoted and (found := self._person(previous, subject)) is not None:
                return found, previous
            if subject is not None and not quoted and (spouse := self._kin_of(previous, subject, pronoun)) is not None:
                return spouse, previous
            # (not a name in someone's quoted words: "“If Trump wins, I'll be stopped,” he said. He said …")
            words = [
                m.span()
                for m in WORD_RE.finditer(doc.mask, sentence.start, sentence.end)
                if not self.quotes.holding(m.span())
            ]
            name = self.reader.name_in(previous, words)
            if name is not None and self._personal(previous, *name) and self._indefinite(previous, name[0]):
                # "Karlee Macer, a Democrat", "popping a Coca-Cola": a description, no name
                name = self.reader.name_in(previous, [w for w in words if w[1] < name[0]])
            if name is not None and not self._placed(previous, name) and self._personal(previous, *name):
                person = name_of(doc.text(*name))
                # "a nurse who asked to be identified only as Jess": a first name that keeps her anonymous
                unnamed = doc.lexicon.patterns["anonymous_phrases"].search(doc.low, sentence.start, name[0])
                return [Source(None, person, ANONYMOUS if unnamed else UNKNOWN, person)], previous
        return None

    def _kin_of(self, index: int, subject: Phrase, pronoun: str) -> list[Source] | None:
        """ "Clinton and her husband … attended the wedding. She has since said …": of a person and their
        kin named together, the one the kin's possessive says the pronoun is."""
        words = self.doc.lexicon.words
        if len(subject.parts) != 2:
            return None
        first, kin = subject.parts
        owner, _, noun = fold(kin.text).partition(" ")
        if kin.kind != "role" or owner not in words["possessive_determiners"] or noun not in words["kin_nouns"]:
            return None
        same = any(owner in words[g] and pronoun in words[g] for g in ("masculine_pronouns", "feminine_pronouns"))
        return self._person(index, first) if same else None

    def _indefinite(self, index: int, start: int) -> bool:
        """Whether a capitalised word at ``start`` heads an indefinite description ("a registered
        Democrat", "an Ohio Republican"), not a name."""
        doc, floor = self.doc, self.doc.sentences[index].start
        word = word_before(doc.mask, floor, start)
        for _ in range(DESCRIBING_WORDS + 1):
            if word is None:
                return False
            low = doc.low[word[0] : word[1]]
            if low in doc.lexicon.words["articles"]:
                return True
            if not self.reader.common.get(low, "").startswith(("JJ", "VBN", "RB")):
                return False
            word = word_before(doc.mask, floor, word[0])
        return False

    def _asked_before(self, index: int) -> tuple[list[Source], int] | None:
        """The person the sentence before asked, for "he" answering: "A reporter asked Sanders how he
        felt. He replied: …" (Sanders, not the reporter)."""
        doc, words = self.doc, self.doc.lexicon.words
        previous = index - 1
        sentence = doc.sentences[index]
        opening = WORD_RE.finditer(doc.mask, sentence.start, sentence.end)
        replies = {fold(m.group()) for m in itertools.islice(opening, REPLY_OPENING_WORDS)} & words["reply_verbs"]
        if previous < 0 or doc.sections[previous] != doc.sections[index] or not replies:
            return None
        before = doc.sentences[previous]
        for m in WORD_RE.finditer(doc.mask, before.start, before.end):
            if fold(m.group()) not in words["asking_verbs"]:
                continue
            following = [
                w.span() for w in itertools.islice(WORD_RE.finditer(doc.mask, m.end(), before.end), MAX_ASKED_WORDS)
            ]
            name = self.reader.name_in(previous, following) if following else None
            if name is not None and name[0] == following[0][0] and self._personal(previous, *name):
                person = name_of(doc.text(*name))
                return [Source(None, person, UNKNOWN, person)], previous
        return None

    def _subject_before(self, index: int) -> Phrase | None:
        """The subject of the sentence before, in the same section."""
        previous = index - 1
        if previous < 0 or self.doc.sections[previous] != self.doc.sections[index]:
            return None
        return self.reader.sentence_subject(previous, self.doc.sentences[previous].end)

    def _body_before(self, index: int, *, described: bool = False) -> tuple[list[Source], int] | None:
        """The named body or company the sentence before is about, for "it" (not a group: "analysts");
        ``described``, also one the text refers back to ("the central bank"), when nobody spoke before."""
        subject = self._subject_before(index)
        if subject is not None and subject.kind == "anaphor" and described:
            subject = replace(subject, kind="role")  # "The central bank lifted its rate. It said …"
        if subject is None or subject.kind not in ("registry", "name", "role"):
            return None
        _, head = self._head(subject.text)
        sources = sources_of(subject, self.doc.registry)
        if head in self._groups - self.doc.lexicon.bodies or not sources:  # a group of people
            return None
        count = word_before(self.doc.low, self.doc.sentences[index - 1].start, subject.start)
        if count is not None and self.reader.is_number(self.doc.low[count[0] : count[1]]) and head.endswith("s"):
            return None  # "Two Americans were killed": people counted, never "it"
        if subject.kind == "role" and not all(self._body(s) for s in sources):
            return None  # "the mayor": a person, never "it"
        return sources, index - 1

    def _group_before(self, index: int) -> tuple[list[Source], int] | None:
        """The group the sentence before is about, for "they": "Researchers at Leeds tested the drug.
        They found …" (named by their institution), "Residents fled. They said …" (anonymous)."""
        subject = self._subject_before(index)
        if subject is None or subject.kind not in ("role", "anonymous", "registry"):
            return None
        _, head = self._head(subject.text)
        if subject.kind != "registry" and head not in self._groups:
            return None
        return sources_of(subject, self.doc.registry), index - 1

    def _parties_before(self, index: int) -> tuple[list[Source], int] | None:
        """The parties named together in the sentences just before, for "both sides" ("… after the GDL
        union and Deutsche Bahn reached an agreement. Both sides confirmed the deal")."""
        doc = self.doc
        for previous in range(index - 1, max(-1, index - 1 - PARTIES_REACH), -1):
            if doc.sections[previous] != doc.sections[index]:
                return None
            for phrase in reversed(self._coordinated(previous)):
                named = [s for s in sources_of(phrase, doc.registry) if s.kind != ANONYMOUS]
                if len(named) >= 2:
                    return named, previous
        return None

    def _coordinated(self, index: int) -> list[Phrase]:
        """The phrases of sentence ``index`` that name two or more speakers joined by "and"."""
        doc, words = self.doc, self.doc.lexicon.words
        sentence = doc.sentences[index]
        spans = [m.span() for m in WORD_RE.finditer(doc.mask, sentence.start, sentence.end)]
        lows = [doc.low[x:y] for x, y in spans]
        stops = words["clause_openers"] | words["prepositions"]
        found: list[Phrase] = []
        for at, low in enumerate(lows):
            if low not in words["coordinators"] or not at:
                continue
            first = at
            while (
                first > 0
                and at - first < MAX_PARTY_WORDS
                and not self._breaks(lows[first - 1], spans[first - 1], stops)
            ):
                first -= 1
            last = at
            while (
                last + 1 < len(lows)
                and last - at < MAX_PARTY_WORDS
                and not self._breaks(lows[last + 1], spans[last + 1], stops)
            ):
                last += 1
            if first < at < last:
                phrase = self.reader.classify(index, spans[first][0], spans[last][1])
                if phrase is not None and len(phrase.parts) >= 2:
                    found.append(phrase)
        return found

    def _breaks(self, low: str, span: tuple[int, int], stops: frozenset[str]) -> bool:
        """Whether a word ends a run of names: a clause opener, a preposition, or a verb."""
        if low in stops or "," in self.doc.mask[span[1] : span[1] + 1]:
            return True
        return not self.doc.mask[span[0]].isupper() and self.reader.common.get(low, "").startswith(("VB", "MD"))

    def _person(self, index: int, subject: Phrase) -> list[Source] | None:
        """The person a sentence's subject is, if it is one: named, by role, or unnamed."""
        if subject.kind in ("name", "role") and self._personal(index, subject.start, subject.end):
            person = name_of(subject.text)
            return [Source(None, person, UNKNOWN, person)]
        # The phrase must leave words for a verb: "An aide resigned." can be read whole.
        predicate = WORD_RE.search(self.doc.mask, subject.end, self.doc.sentences[index].end)
        if subject.kind == "anonymous" and predicate and self._one_person(subject.text):
            return sources_of(subject, self.doc.registry)
        return None

    def _one_person(self, text: str) -> bool:
        """ "a neighbour", "a city accountant", "an aide to the mayor": one unnamed person, not
        "officials", "some residents" or "a local group", whom "she" never means."""
        lexicon = self.doc.lexicon
        words, head = self._head(text)
        things = lexicon.words["documents"] | lexicon.words["report_nouns"] | lexicon.words["evidence_nouns"]
        plural = lexicon.common_words.get(head, "").startswith("NNS")  # ("the security operators")
        return (
            bool(words)
            and words[0] not in lexicon.words["vague_quantifiers"]
            and head not in self._groups | things
            and not plural
        )

    def _head(self, text: str) -> tuple[list[str], str]:
        """A phrase's words and its head: the word before its first preposition ("an aide to the
        mayor": "aide"), else its last."""
        words = [w.strip(",;:") for w in fold(text).split()]  # "The researchers, from Leuven": "researchers"
        heading = self._heading(words)
        return words, heading[-1] if heading else ""

    def _heading(self, words: list[str]) -> list[str]:
        """A phrase's words before its first preposition ("an aide to the mayor": "an aide"), else all."""
        prepositions = self.doc.lexicon.words["prepositions"]
        return next((words[:i] for i, w in enumerate(words) if i and w in prepositions), words)

    def _officer(self, words: list[str]) -> bool:
        """Whether a person's title or office follows the last body word among ``words`` ("Judiciary
        Committee Chairman Chuck Grassley"): the body's officer, a person."""
        lexicon = self.doc.lexicon
        bodies = [i for i, word in enumerate(words) if word in lexicon.bodies]
        return bool(bodies) and bool(set(words[bodies[-1] + 1 :]) & (lexicon.person_heads | lexicon.person_titles))

    @functools.cached_property
    def _title_gender(self) -> dict[str, str]:
        """Titles that say whom a name is ("mr": "masculine", "mrs": "feminine"), folded."""
        words = self.doc.lexicon.words
        return {t: "masculine" for t in words["masculine_titles"]} | {t: "feminine" for t in words["feminine_titles"]}

    @functools.cached_property
    def _titled_genders(self) -> dict[str, str]:
        """Each surname the story writes after "Mr." or "Mrs."/"Ms." (folded), and which pronoun that
        makes it: "masculine" or "feminine" (a surname written with both, as a couple is, has neither)."""
        written = "|".join(sorted((t.capitalize() for t in self._title_gender), key=len, reverse=True))
        pattern = re.compile(rf"\b({written})\.?\s+([A-Z][\w'’-]+)")
        found: dict[str, set[str]] = {}
        for m in pattern.finditer(self.doc.mask):
            found.setdefault(fold(m.group(2)), set()).add(self._title_gender[fold(m.group(1))])
        return {surname: genders.pop() for surname, genders in found.items() if len(genders) == 1}

    def _other_gender(self, pronoun: str, name: str) -> bool:
        """Whether the story's titles make a name the other pronoun's ("she" and "Mr. Trump"): a surname
        alone or after its title ("Bill Clinton" beside "Mrs. Clinton" is someone else)."""
        words = self.doc.lexicon.words
        gender = "masculine" if pronoun in words["masculine_pronouns"] else None
        gender = "feminine" if pronoun in words["feminine_pronouns"] else gender
        parts = [w.strip(".") for w in fold(name).split()]
        if gender is None or not parts or (len(parts) > 1 and parts[0] not in self._title_gender):
            return False
        titled = self._titled_genders.get(parts[-1])
        return titled is not None and titled != gender

    def _placed(self, index: int, name: tuple[int, int]) -> bool:
        """Whether a name stands after a preposition of place ("in Ohio"), as no person does."""
        before = word_before(self.doc.low, self.doc.sentences[index].start, name[0])
        return (
            before is not None and self.doc.low[before[0] : before[1]] in self.doc.lexicon.words["place_prepositions"]
        )

    def _personal(self, index: int, start: int, end: int) -> bool:
        """Whether a name can be the "he" or "she" after it: not an outlet, a body or a counted group."""
        doc = self.doc
        if any(m.entry.kind != "person" for m in doc.mentions(index, start, end)):
            return False
        listed = [w.strip(".,;:") for w in fold(doc.text(start, end)).split()]
        words = set(listed)
        if (words & doc.lexicon.bodies and not self._officer(listed)) or words & doc.lexicon.words["outlet_nouns"]:
            return False
        if fold(" ".join(doc.text(start, end).split())) in doc.lexicon.words["interviewer_labels"]:
            return False  # "Wikinews contacted the ministry. The actor posted …": the publication itself
        if ACRONYM_RE.fullmatch(doc.text(start, end)):
            return False  # "CCTV captured their arrival", "NATO": an acronym names a body or a thing
        if WEB_NAME_RE.search(doc.text(start, end)):
            return False  # "GunBroker.com": a website
        if doc.body[start - 1 : start] in TAG_MARKS:
            return False  # "#PrayForParis", "@AP": a hashtag or an account's handle
        if listed and listed[-1] in doc.lexicon.words["instrument_words"]:
            return False  # "the North American Free Trade Agreement": a treaty
        if words & doc.lexicon.words["coordinators"]:
            return False  # "Canada and Mexico", "Clinton and husband Bill": more than one
        after = NEXT_WORD_ANY_RE.match(doc.mask, end)
        if (
            after is not None
            and after.group(1).islower()
            and self.reader.common.get(after.group(1), "").startswith("NN")
        ):
            return False  # "his Democratic audience", "the Obama administration": a name as a modifier
        opening = not doc.mask[doc.sentences[index].start : start].strip(SENTENCE_OPENING)
        if opening and self.reader.common_word_only(doc.text(start, end)):
            return False  # "Train derails near Lindenfeld": a headline's noun
        # "At least four Democrats", "several Republicans": a counted group is no one "he" or "she".
        before = word_before(doc.low, doc.sentences[index].start, start)
        if before is None:
            return True
        word = doc.low[before[0] : before[1]]
        if word in doc.lexicon.words["outlet_nouns"] or word in doc.lexicon.bodies:
            return False  # "the journal Nature", "the broadcaster NOS": what the text said the name is
        if word in doc.lexicon.words["definite_articles"] and not self._titled(doc.text(start, end).split()[:1]):
            # "the Islamic State", "the White House" (not "the Rev. Al Sharpton", "the Pope"; a title
            # further in, "the Nevada Democrat", is someone described, whom the name before stands for)
            return False
        counted = doc.lexicon.words["vague_quantifiers"] | doc.lexicon.words["approximate_quantities"]
        return not (doc.low[before[0]].isdigit() or word in counted)
