"""References back: the source a pronoun, "the agency", "the company" or "the parties" stands for.

A story names a source once and then says "he", "the ministry", "the two leaders". Each
reference is resolved to the sources named before it in the section, by what it can
mean: a person ("he", "the lead author"), a body ("the company", "the union", preferring
one introduced with that word), a group ("they", "both sides"), evidence ("the figures",
never a person); an unnamed person stays anonymous ("A neighbour saw it. She said …").
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .cues import WORD_RE, fold
from .earlier import WEB_NAME_RE, EarlierMentions
from .model import Source
from .nounphrases import RESPONDENTS, Phrase
from .phrases import PhraseReader
from .quotes import Quotes
from .registry import MEDIA_KINDS
from .scan import Document
from .sources import ANONYMOUS, JOINT, UNKNOWN, sources_of
from .sourcing import Speaking

#: The anaphor kind of a body referred to ("the team", "the company"): any source but a person.
BODY = "body"
#: The anaphor kind of a public body ("the ministry", "the embassy"): never one of another kind.
GOVERNMENT = "government"
#: A possessive ending ("the company's").
POSSESSIVE_RE = re.compile(r"['’]s\b")
#: How many names before "he" or "she" in its sentence are read, past places and bodies, for a person.
NAMES_BETWEEN = 3
#: How many words before a maker's frame the data it made may stand ("The figures, released by").
MAKER_REACH = 2
#: How many words a frame's phrase may run to its data ("according to the UK's Office for National
#: Statistics figures").
FRAMED_DATA_REACH = 8
#: How many words before a name may say what it is ("state rail company CP").
INTRODUCTION_WORDS = 3
#: How many words from a verb or frame a poll may be named ("A Quinnipiac University poll released
#: Monday found"), and the characters searched for them.
POLL_REACH = 6
POLL_REACH_CHARS = 80
#: How many sentences back "the Commission" looks for the name it shortens ("the European Commission"):
#: far more than a story leaves between them, and a bound on a section of thousands of sentences.
NAMED_WITH_REACH = 40
#: … and a poll's share of respondents ("Six in 10 say") for the poll it answered.
POLL_SENTENCES_BACK = 40
#: Where a poll's clause ends.
POLL_CLAUSE_END_RE = re.compile(r"[,;:.!?“”\"()—–]")
#: What may stand between a title and the name it introduces ("The council leader, Janet Moss").
TITLE_PUNCTUATION = ',:;—–-("“'


class References(EarlierMentions):
    """Resolves the references back of one document."""

    def __init__(self, doc: Document, reader: PhraseReader, quotes: Quotes) -> None:
        super().__init__(doc, reader, quotes)
        #: Where each name is first found in a section (see ``_introduced_as``).
        self._first_named: dict[tuple[int, str], int] = {}
        #: The documents each sentence's speaker made there (None: any, they wrote), read once per sentence.
        self._made: dict[int, frozenset[str] | None] = {}

    @functools.cached_property
    def _outlets(self) -> frozenset[str]:
        """Words that introduce a body by what it is ("the broadcaster NDR"): never "the driver"."""
        return self.doc.lexicon.words["outlet_nouns"] | self.doc.lexicon.bodies

    def joint(self, index: int, phrase: Phrase, recent: list[tuple[int, Speaking]]) -> tuple[list[Source], int] | None:
        """The sources of "the parties", "both sides": those named together as the sentence's subject
        ("Hungary and Slovakia have agreed …, both governments said"), else the last statement made
        jointly."""
        if fold(" ".join(phrase.text.split())) not in self.doc.lexicon.words["joint_speakers"]:
            return None
        subject = self.reader.sentence_subject(index, phrase.start)
        if subject is not None and subject.end <= phrase.start and len(subject.parts) >= 2:
            sources = [s for s in sources_of(subject, self.doc.registry) if s.kind != ANONYMOUS]
            if len(sources) >= 2:
                return sources, index
        for origin, speaking in reversed(recent):
            named = [s for s in speaking.sources if s.kind != ANONYMOUS]
            if len(named) >= 2:
                return named, origin
        return self._parties_before(index)

    def _kinds(self, low: str) -> frozenset[str]:
        """The source kinds an anaphor prefers, read on the whole phrase or on its head ("the member
        of parliament" is "the member")."""
        prepositions = self.doc.lexicon.words["prepositions"]
        words = low.split()
        head = " ".join(next((words[:i] for i, w in enumerate(words) if i and w in prepositions), words))
        for text in (low, head):
            found = next((a.kinds for a in self.doc.lexicon.anaphors if a.pattern.fullmatch(text)), None)
            if found is not None:
                return found
        return frozenset()

    def _poll_before(
        self, index: int, start: int, recent: list[tuple[int, Speaking]]
    ) -> tuple[list[Source], int] | None:
        """The maker of the last poll the section names before ``start`` in sentence ``index`` ("A
        Quinnipiac poll found …. Six in 10 say …"), when that poll was credited to one (not "Exit
        polls told a tale")."""
        doc = self.doc
        for before in range(index, max(-1, index - POLL_SENTENCES_BACK), -1):
            if doc.sections[before] != doc.sections[index]:
                return None
            sentence = doc.sentences[before]
            end = min(sentence.end, start)
            if not self._polled(sentence.start, end):
                continue
            for origin, speaking in reversed(recent):
                verb = speaking.verb
                named = [s for s in speaking.sources if s.kind != ANONYMOUS]
                if named and verb is not None and sentence.start <= verb[0] < end and self._polled(*verb):
                    return named, origin
            return None
        return None

    def _polled(self, start: int, end: int) -> bool:
        """Whether a poll is named in ``start:end`` or, for a verb or frame there, next to it in its
        clause ("A CNN poll found", "according to a Monmouth poll"; not "Lee, who leads in the polls,
        said", nor voters going "to the polls")."""
        mask, lexicon = self.doc.mask, self.doc.lexicon
        before = POLL_CLAUSE_END_RE.split(mask[max(0, start - POLL_REACH_CHARS) : start])[-1]
        after = POLL_CLAUSE_END_RE.split(mask[end : end + POLL_REACH_CHARS])[0]
        near = f"{' '.join(WORD_RE.findall(before)[-POLL_REACH:])} {mask[start:end]} {' '.join(WORD_RE.findall(after)[:POLL_REACH])}"
        near = lexicon.patterns["ballot_phrases"].sub(" ", fold(near))
        return any(w in lexicon.words["poll_nouns"] for w in WORD_RE.findall(near))

    def respondents(self, phrase: Phrase) -> bool:
        """Whether ``phrase`` is a share of a poll's respondents, all of it ("Six in 10", "those
        surveyed"; not "three-quarters of precincts")."""
        return phrase.kind == "anaphor" and self.reader.respondents(phrase.text)

    def stands_alone(self, text: str) -> bool:
        """ "the army", "the court", "the congressional report": a body on the record or a document,
        even unnamed; "the newspaper", "the former pollster": one particular outlet or person; not
        "the data", evidence of nobody in particular, nor "the researchers", whose work is unknown."""
        low = fold(" ".join(text.split()))
        kinds = self._kinds(low)
        if RESPONDENTS in kinds:
            return False  # "Six in 10 said", "a third of the vote": a poll's finding, or a count
        if kinds or self.reader.is_role_text(text):
            return True
        words = set(low.split())
        return (
            bool(words & self.doc.lexicon.words["documents"]) and not words & self.doc.lexicon.words["evidence_nouns"]
        )

    def antecedent(
        self, index: int, phrase: Phrase, recent: list[tuple[int, Speaking]]
    ) -> tuple[list[Source], int] | None:
        """The source a pronoun or "the agency" refers back to."""
        text, kind = phrase.text, phrase.kind
        low = fold(" ".join(text.split()))
        first_person = kind == "pronoun" and low in self.doc.lexicon.words["first_person_words"]
        if first_person and (not recent or self.doc.blocks[recent[-1][0]] != self.doc.blocks[index]):
            # "I think …" outside a quotation is the writer, whoever spoke in an earlier paragraph; in the
            # speaker's own paragraph it may be their words whose quotation marks were not recognised.
            return None
        if kind == "pronoun" and low in self.doc.lexicon.words["body_pronouns"]:
            # "The government removed a subsidy that it said cost …": the body the sentence is about.
            subject = self.reader.sentence_subject(index, phrase.start)
            named = subject is not None and (
                subject.kind in ("registry", "name", "role")
                or (subject.kind == "anaphor" and self.stands_alone(subject.text))
            )
            if subject is not None and named and subject.end <= phrase.start:
                sources = sources_of(subject, self.doc.registry)
                if sources and all(self._body(s) for s in sources):
                    return sources, index
        if kind == "pronoun" and low in self.doc.lexicon.words["plural_subject_pronouns"] and not recent:
            # "Senate Democrats blocked the bill because they said …": with nobody before to refer to,
            # the people or bodies the sentence is about.
            subject = self.reader.sentence_subject(index, phrase.start)
            speakers = ("registry", "name", "role", "anonymous")
            if subject is not None and subject.kind in speakers and subject.end <= phrase.start:
                return sources_of(subject, self.doc.registry), index
        if kind == "anaphor" and low.split()[0] in self.doc.lexicon.words["body_possessives"]:
            # "The company's chief executive was paid £1m, according to its annual report": the body
            # the sentence is about, or whose officer it is about, owns the document.
            owner = self._owner_here(index, phrase, recent)
            if owner is not None:
                return owner
        if kind == "pronoun" and low in self.doc.lexicon.words["personal_pronouns"]:
            fronted = (
                self._fronted_subject(index, phrase)
                or self._circumstance_subject(index, phrase)
                or self._subject_quoted(index, phrase)
                or self._subject_here(index, phrase)
            )
            if fronted is not None:
                return fronted
        kinds: frozenset[str] = frozenset()
        if kind == "anaphor":
            kinds = self._kinds(low)
        if RESPONDENTS in kinds:
            # "Six in 10 say": the poll named before; "three-quarters of precincts": nobody
            return self._poll_before(index, phrase.start, recent) if self.respondents(phrase) else None
        personal = low in self.doc.lexicon.words["personal_pronouns"] if kind == "pronoun" else UNKNOWN in kinds
        # "the team", "the company": a body, never the person who spoke last.
        collective = BODY in kinds
        # "the figures", "the data": evidence is a body's (or nobody's), never the person who spoke last.
        words = self.doc.lexicon.words
        head = low.split()[-1]
        documentary = kind == "anaphor" and head in words["evidence_nouns"]
        # "According to the ruling" after "the indictment": another document, not the one named before;
        # "the court" after "the indictment": a body, which a document never is.
        document = head if kind == "anaphor" and head in words["documents"] else None
        spoken: tuple[list[Source], int] | None = None
        it = kind == "pronoun" and low in words["body_pronouns"]
        people = self._groups - self.doc.lexicon.bodies
        if collective:
            # The body introduced with that word: the one that spoke, or one named since ("The Federal
            # Trade Commission sued Meta. The commission said …").
            fitting = self._fitting_body(head, recent)
            introduced = self._named_with(index, phrase.start, head, after=fitting[1] if fitting else -1)
            found = introduced or fitting
            latest = self._latest_body(recent) if head in words["generic_bodies"] else None
            if latest is not None and latest[1] >= index - 1 and (found is None or latest[1] > found[1]):
                # "Hamas said it had fired rockets. The group said …": any body may be "the group", so
                # the one that spoke just before, not an older name that happens to end in "group".
                return latest
            if found is not None:
                return found
            if head in words["company_nouns"] and (owner := self._owner_of_its(index, recent)) is not None:
                return owner
        if documentary and (maker := self._data_maker(recent, head)) is not None:
            return maker
        if document and (qualified := self._qualified(phrase, recent)) is not None:
            return qualified
        for origin, speaking in reversed(recent):
            if (not kinds or collective) and speaking.role == "channel":
                continue  # "X wrote to the board. The email said": the writer's email, not the board's
            candidates = [
                s
                for s in speaking.sources
                if s.kind != ANONYMOUS
                and (
                    (self._body(s) if collective or documentary else not kinds or s.kind in kinds)
                    # "the newspaper" after "the newspaper De Telegraaf": what the story called it;
                    # "the broadcaster" after "ABC News": a name that says it is an outlet
                    or (
                        s.kind == UNKNOWN
                        and head in self._introduced_as(origin, s)
                        and not (collective and self._titled_person(origin, s))
                    )
                    or (s.kind == UNKNOWN and head in words["outlet_nouns"] and self._outlet_name(s))
                    # "the newspaper" after "sports daily Marca": introduced as an outlet of any kind
                    or (
                        s.kind == UNKNOWN
                        and head in words["outlet_nouns"]
                        and bool(self._introduced_as(origin, s) & words["outlet_nouns"])
                    )
                    # "the ministry" after "Russia's defence ministry", whatever kind the registry gives it
                    or (GOVERNMENT in kinds and head in fold(f"{s.name} {s.mention}").split())
                )
                and not (
                    personal
                    and (
                        self._body(s)
                        or self._introduced_as_body(origin, s)
                        or self._the_name(origin, s)
                        or WEB_NAME_RE.search(s.name) is not None  # "GunMart.com": a website, never "he"
                        or self._other_gender(low, s.name)  # "she" is never "Mr. Trump"
                    )
                )
                and not ((collective or document) and self._document(s) not in (None, document))
                # (a body's statement is whatever it said; its indictment or study must have been named)
                and not (document and not self._issued(document, s) and not self._wrote(document, origin))
                and not ((collective or GOVERNMENT in kinds) and self._another_kind(s, head))
                and not (it and self._head(s.name)[1] in people)  # "it" is never "analysts at the bank"
                and not (it and self._titled_person(origin, s))  # … nor "Apple's chief executive, Tim Cook"
                # "the company" is no other body described in common words ("the rebels"), only a name
                # or a description with that word ("the Dutch company")
                and not (collective and self._described_otherwise(s, head))
                # "the airline", "the team" is no news outlet the registry knows ("the agency" may be)
                and not (collective and s.kind in MEDIA_KINDS and head not in self._outlets - self.doc.lexicon.bodies)
            ]
            if candidates:
                # (outlets that made one thing together are referred back to together: "the poll")
                joint = candidates[-1].owner or ""
                spoken = (
                    [c for c in candidates if c.owner == joint] if joint.startswith(JOINT) else candidates[-1:],
                    origin,
                )
                break
        if collective and spoken is None and len(low.split()) == 2:
            # "Apple will invest $500 billion, the company announced": the body the sentence is about
            # ("Inflation rose, the central bank said": a body described is its own source).
            subject = self.reader.sentence_subject(index, self.doc.sentences[index].end)
            if subject is not None and subject.kind in ("registry", "name") and self._one_body(subject, head):
                return sources_of(subject, self.doc.registry), index
        if kind == "pronoun" and low in self.doc.lexicon.words["body_pronouns"]:
            # "CellCore supplies carmakers. It reported a loss": the body the sentence before is about,
            # when it is newer than whoever spoke last.
            body = self._body_before(index, described=spoken is None)
            titled = body is not None and any(self._titled_person(body[1], s) for s in body[0])
            if body is not None and not titled and (spoken is None or body[1] > spoken[1]):
                return body
        if kind == "pronoun" and low in self.doc.lexicon.words["plural_pronouns"]:
            group = self._group_before(index)
            if group is not None and (spoken is None or group[1] > spoken[1]):
                return group
        if personal:
            # "The company denied it. … Governor Chu declared an emergency. He said …": the person
            # named last, even when he has not spoken yet.
            found = self._person_before(index, low)
            if found is not None and any(self._other_gender(low, s.name) for s in found[0]):
                found = None  # "Mr. Berg said … “It is not,” she said": not him, whoever spoke before
            if found is not None and (spoken is None or found[1] > spoken[1]):
                return found
        return spoken

    def _fronted_subject(self, index: int, pronoun: Phrase) -> tuple[list[Source], int] | None:
        """The person a sentence goes on to name as its subject, for a pronoun in the clause that opens
        it: "Asked whether he would run, Carson said …", "When she landed, the minister said …"."""
        doc = self.doc
        sentence = doc.sentences[index]
        opener = WORD_RE.search(doc.mask, sentence.start, pronoun.start)
        if opener is None or fold(opener.group()) not in doc.lexicon.words["fronted_clause_openers"]:
            return None
        if "," in doc.mask[sentence.start : pronoun.start]:
            return None  # the pronoun is past the opening clause
        comma = doc.mask.find(",", pronoun.end, sentence.end)
        if comma < 0:
            return None
        subject = self.reader.sentence_subject(index, sentence.end, clause_start=comma + 1)
        if subject is None or subject.kind not in ("name", "role"):
            return None
        if not self._personal(index, subject.start, subject.end):
            return None
        return sources_of(subject, doc.registry), index

    def _circumstance_subject(self, index: int, pronoun: Phrase) -> tuple[list[Source], int] | None:
        """The person a clause of time or circumstance opening the sentence is about, for the "he" or
        "she" that opens the sentence's own clause after it: "After the minister testified, she said …"
        (nobody when someone else is named in it: "After Trump mocked Clinton, she said …")."""
        doc = self.doc
        start = doc.sentences[index].start
        lead = doc.mask[start : pronoun.start]
        if not lead.rstrip().endswith(",") or lead.count(",") != 1:
            return None
        opener = doc.circumstance_opener(index)
        if opener is None:
            return None
        clause = [m.span() for m in WORD_RE.finditer(doc.mask, opener.end(), pronoun.start)]
        subject = self.reader.sentence_subject(index, clause[-1][1], clause_start=clause[0][0]) if clause else None
        if (
            subject is None
            or subject.kind not in ("name", "role")
            or not self._personal(index, subject.start, subject.end)
        ):
            return None
        if self._person_named_before(index, [w for w in clause if w[0] >= subject.end]) is not None:
            return None
        return sources_of(subject, doc.registry), index

    def _subject_here(self, index: int, pronoun: Phrase) -> tuple[list[Source], int] | None:
        """The person a "he" or "she" means in its own sentence: the one its clause is about or was
        asked ("Ray Halbritter, who led the campaign because he claimed", "asking Sanders why he"),
        else the sentence's subject, named before it with no other person or description between
        ("President Obama drew outrage when he blasted the ruling"; a place or a body between is no
        one: "Trump put the Philippines on a list of countries he said …"). Nobody for "Trump mocked
        Clinton after she said …" or "… his rival after she said", where either may be meant, nor
        for "Tinder closed it; it gave no reason, but she"."""
        doc = self.doc
        lead = doc.mask[doc.sentences[index].start : pronoun.start].rstrip()
        if not lead or not lead[-1].isalpha():
            return None  # "Compaq, she predicted, would come": the name is what is said, not who says it
        words = [m.span() for m in WORD_RE.finditer(doc.mask, doc.sentences[index].start, pronoun.start)]
        person = self._person_named_before(index, words)
        if person is not None and (clause := self._clause_of(index, person, pronoun)) is not None:
            return sources_of(clause, doc.registry), index
        # (the subject of the pronoun's own clause after a semicolon: "The legislature passed a ban; Gov. Mary
        # Fallin, who opposes abortion, vetoed it because she said …")
        semicolon = doc.mask.rfind(";", doc.sentences[index].start, pronoun.start)
        subject = self.reader.sentence_subject(
            index, pronoun.start, clause_start=semicolon + 1 if semicolon >= 0 else None
        )
        if subject is None or subject.kind != "name" or subject.end > pronoun.start:
            return None
        if self.quotes.holding((subject.start, subject.end)) or not self._personal(index, subject.start, subject.end):
            return None
        if self._other_gender(fold(pronoun.text), subject.text):
            return None
        # (a relative clause set off by commas only describes the subject: "Paul Ryan, who was slow to
        # endorse Mr. Trump, was more direct - what he called …")
        asides = [m.span() for m in self._relative_aside.finditer(doc.mask, subject.end, pronoun.start)]
        between = doc.mask[subject.end : pronoun.start]
        for a, b in reversed(asides):
            between = between[: a - subject.end] + between[b - subject.end :]
        others = doc.lexicon.person_heads | self._groups | doc.lexicon.words["subject_pronouns"]
        if ";" in between or any(fold(w) in others for w in WORD_RE.findall(between)):
            return None
        if person is not None and person[0] >= subject.end and not any(a <= person[0] < b for a, b in asides):
            return None
        return sources_of(subject, doc.registry), index

    @functools.cached_property
    def _relative_aside(self) -> re.Pattern[str]:
        """A relative clause set off by commas: ", who was reluctant to endorse Mr. Trump,"."""
        relatives = "|".join(sorted(self.doc.lexicon.words["person_relatives"]))
        return re.compile(rf",\s*(?:{relatives})\b[^,;]*,")

    def _person_named_before(self, index: int, words: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The last name among ``words`` that can be a "he" or "she" (not a place, a body, a modifier)."""
        for _ in range(NAMES_BETWEEN):
            name = self.reader.name_in(index, words)
            if name is None:
                return None
            if self._personal(index, *name) and not self._placed(index, name):
                return name
            words = [w for w in words if w[1] <= name[0]]
        return None

    def _clause_of(self, index: int, name: tuple[int, int], pronoun: Phrase) -> Phrase | None:
        """The person named right before the relative clause or the question the pronoun is in."""
        doc = self.doc
        rest = doc.mask[name[1] : pronoun.start]
        opener = WORD_RE.search(rest)
        if opener is None:
            return None
        relative = rest[: opener.start()].strip() == "," and fold(opener.group()) in doc.lexicon.words["relatives"]
        asked = not rest[: opener.start()].strip() and fold(opener.group()) in doc.lexicon.words["asked_question_words"]
        clause = rest[opener.end() :]
        # (the relative pronoun the clause's own subject: "Trump, who he called a fraud" is Trump spoken of)
        if not ((relative and clause.strip() and "," not in clause) or (asked and not clause.strip())):
            return None
        return self.reader.classify(index, *name)

    def _subject_quoted(self, index: int, pronoun: Phrase) -> tuple[list[Source], int] | None:
        """The person a sentence is about, for "he said" after a quotation that the subject's own clause
        introduced with a colon: "Gray ticked through the code: “Civility was assumed,” he said."."""
        doc = self.doc
        sentence = doc.sentences[index]
        quoted = [q for q in self.quotes.at(index) if sentence.start <= q.start and q.end <= pronoun.start]
        last = quoted[-1] if quoted else None
        if (
            last is None
            or doc.mask[last.end : pronoun.start].strip()
            or doc.mask[last.start : last.end].rstrip("”\"'»")[-1:] not in (",", "?", "!")
        ):
            return None  # no quotation closed on a comma (or "?", "!") right before "he said"
        if not doc.mask[sentence.start : quoted[0].start].rstrip().endswith(":"):
            return None  # "Clinton “caused havoc,” he said": the quotation is what is said of her
        subject = self.reader.sentence_subject(index, quoted[0].start)
        if subject is None or subject.kind != "name":
            return None
        if not self._personal(index, subject.start, subject.end):
            return None
        return sources_of(subject, doc.registry), index

    def _the_name(self, origin: int, source: Source) -> bool:
        """ "The Europeans", "the Islamic State": a capitalised name after "the" is a group, a body or a
        place, never "he" or "she" (unless a title is in it: "the Rev. Al Green", "the Florida senator")."""
        words = source.mention.split()
        if not words or not words[-1][:1].isupper():
            return False
        articles = self.doc.lexicon.words["definite_articles"]
        if fold(words[0]) in articles:
            words = words[1:]
        elif not set(self._introduction(origin, source)[-1:]) & articles:
            return False  # (the word before its first mention: "The Europeans, who …" named "Europeans")
        return bool(words) and not self._titled(words)

    def _outlet_name(self, source: Source) -> bool:
        return bool(set(fold(source.name).split()) & self.doc.lexicon.outlet_terms)

    def _qualified(self, phrase: Phrase, recent: list[tuple[int, Speaking]]) -> tuple[list[Source], int] | None:
        """ "according to the Hungarian statement": the speaker whose name has the document's
        capitalised qualifier ("the Hungarian foreign ministry"), not whoever spoke last."""
        spans = list(WORD_RE.finditer(self.doc.mask, phrase.start, phrase.end))[1:-1]
        qualifiers = {fold(m.group()) for m in spans if m.group()[:1].isupper()}
        if not qualifiers:
            return None
        for origin, speaking in reversed(recent):
            fitting = [s for s in speaking.sources if s.kind != ANONYMOUS and qualifiers & set(fold(s.name).split())]
            if fitting:
                return fitting[:1], origin
        return None

    def _named_with(self, index: int, before: int, head: str, *, after: int) -> tuple[list[Source], int] | None:
        """The last name ending in ``head`` ("the European Commission" for "the Commission") in this
        section, up to ``before``, in a sentence later than ``after`` (a body that spoke with that word)."""
        doc = self.doc
        connectors = doc.lexicon.words["name_connectors"]
        determiners = doc.lexicon.words["determiners"]
        floor = max(doc.first_in(doc.sections, index), after + 1, index - NAMED_WITH_REACH)
        for at in range(index, floor - 1, -1):
            sentence = doc.sentences[at]
            spans = [m.span() for m in WORD_RE.finditer(doc.mask, sentence.start, min(sentence.end, before))]
            words = [doc.mask[x:y] for x, y in spans]
            for position in range(len(words) - 1, 0, -1):
                if fold(words[position]) != head or not words[position][:1].isupper():
                    continue
                # Back over the name: capitalised words and the connectors between them ("of", "for").
                first = position
                while first and (words[first - 1][:1].isupper() or fold(words[first - 1]) in connectors):
                    first -= 1
                while first < position and fold(words[first]) in connectors | determiners:
                    first += 1  # "The European Commission": the name, without its article
                if first < position:
                    name = " ".join(doc.text(spans[first][0], spans[position][1]).split())
                    return [Source(None, name, UNKNOWN, name)], at
        return None

    def _data_maker(self, recent: list[tuple[int, Speaking]], head: str) -> tuple[list[Source], int] | None:
        """Whose "figures" these are: the source last credited as the maker of data ("data from
        Eurostat showed", "The figures, released by the health service, show"), rather than one who
        spoke since ("economists polled by Reuters", a union that rejected them)."""
        doc = self.doc
        evidence = doc.lexicon.words["evidence_nouns"]
        for origin, speaking in reversed(recent):
            cue = doc.low[speaking.cue_start : speaking.cue_end].split()
            named = [s for s in speaking.sources if s.kind != ANONYMOUS]
            # (the data right before the maker's frame: "The figures, released by", not "… said the figures were")
            before = [w.strip(",;:") for w in doc.low[doc.sentences[origin].start : speaking.cue_start].split()]
            # (… or in a frame's own phrase: "according to NHS England figures", not "said the figures were")
            inside: list[str] = []
            if speaking.role == "frame":
                framed = re.split(r"[,;:()]", doc.low[speaking.cue_end : doc.sentences[origin].end], maxsplit=1)[0]
                inside = [w.rstrip(".") for w in framed.split()[:FRAMED_DATA_REACH]]
            if named and cue and (cue[0] in evidence or head in before[-MAKER_REACH:] or head in inside):
                return named[-1:], origin
        return None

    def _fitting_body(self, head: str, recent: list[tuple[int, Speaking]]) -> tuple[list[Source], int] | None:
        """The body "the union" or "the carmaker" fits best: one introduced with that very word ("the
        IG Metall union"), or for a company, a name that is a company's ("Veltra Motors"), before
        whichever body spoke last (an outlet that reported on it)."""
        lexicon = self.doc.lexicon
        for origin, speaking in reversed(recent):
            for source in speaking.sources:
                if source.kind == ANONYMOUS:
                    continue
                words = set(fold(f"{source.name} {source.mention}").split()) | self._introduced_as(origin, source)
                if self._another_kind(source, head, own=lexicon.words["company_words"]):
                    continue  # the International Energy Agency is no company, "Energy" or not
                if self._titled_person(origin, source):
                    continue  # "The council leader, Janet Moss": a person, though "council" is in her title
                last = fold(source.mention).split()[-1:]
                if last and last[0] != head and last[0] in lexicon.words["offices"]:
                    continue  # "Donald Trump's campaign manager": a person, not "the campaign"
                # A company's name, not the registry's kind: outlets are companies too.
                company = bool(words & lexicon.words["company_words"])
                if head in words or (head in lexicon.words["company_nouns"] and company):
                    return [source], origin
        return None

    def unnamed_again(
        self, phrase: Phrase, named: list[tuple[int, Speaking]], unnamed: list[tuple[int, Speaking]]
    ) -> tuple[list[Source], int] | None:
        """ "A senior official said … The official added": "the" and the head of the words that
        described someone unnamed is that person again, and the account still rests on nobody named
        (unless the last one so described was named: "The official, Ann Hale, said … The official")."""
        words = fold(phrase.text).split()
        if len(words) == 3 and words[1] in self.doc.lexicon.words["again_modifiers"]:
            words = [words[0], words[2]]  # "the second official", "the other diplomat"
        if len(words) != 2 or words[0] not in self.doc.lexicon.words["definite_articles"]:
            return None
        for origin, speaking in sorted(named + unnamed, key=lambda pair: pair[0], reverse=True):
            for source in reversed(speaking.sources):
                if self._head(source.name)[1] == words[1]:
                    return ([source], origin) if source.kind == ANONYMOUS else None
        return None

    def unnamed_group(
        self, index: int, phrase: Phrase, unnamed: list[tuple[int, Speaking]]
    ) -> tuple[list[Source], int] | None:
        """The unnamed group that spoke in this sentence or the one before, for "they": "…, according
        to sources. They said the campaign signed with L2" rests on the sources, still unnamed; for "he"
        or "she", the one unnamed person ("… said the woman, who did not want to be named. … she said")."""
        words = self.doc.lexicon.words
        low = fold(phrase.text)
        if phrase.kind != "pronoun" or low not in words["plural_subject_pronouns"] | words["personal_pronouns"]:
            return None
        plural = low in words["plural_subject_pronouns"]
        withheld = self.doc.lexicon.patterns["anonymous_phrases"]
        for origin, speaking in reversed(unnamed):
            if origin < index - 1:
                return None
            # (one person only where the text says the name was withheld, not "one voter", "a video")
            found = [
                s
                for s in speaking.sources
                if (self._head(s.name.split(",")[0])[1] in self._groups) == plural  # ("the woman, who …")
                and (plural or withheld.search(fold(s.mention)) is not None)
            ]
            if found:
                return found, origin
        return None

    def _described_otherwise(self, source: Source, head: str) -> bool:
        """Whether a source is a description in common words without the anaphor's head ("the rebels"
        for "the company"); any body may still be "the group"."""
        words = fold(source.name).split()
        described = source.id is None and bool(words) and words[0] in self.doc.lexicon.openers
        return described and head not in self.doc.lexicon.words["generic_bodies"] and head not in words

    def _latest_body(self, recent: list[tuple[int, Speaking]]) -> tuple[list[Source], int] | None:
        """The sources of the last statement made by a body, or by a one-word name that may be one
        ("Hamas", "the RSF"), not by a person, nor the outlet someone spoke to ("telling Fox 35")."""
        for origin, speaking in reversed(recent):
            if speaking.role == "channel":
                continue
            named = [s for s in speaking.sources if s.kind != ANONYMOUS]
            bodies = all(
                (self._body(s) or len(s.name.split()) == 1)
                and self._head(s.name)[1] not in self.doc.lexicon.person_heads
                for s in named
            )
            if named and bodies:
                return named, origin
        return None

    def _another_kind(self, source: Source, head: str, *, own: frozenset[str] = frozenset()) -> bool:
        """Whether a body's name says it is another kind of body than "the club" ("Oxford University");
        a name that says nothing ("Reuters") may be any, and so may one whose kind is among ``own``
        (a company's words, "Veltra Motors", for "the company")."""
        kinds = set(fold(source.name).split()) & self.doc.lexicon.bodies - own
        return bool(kinds) and head not in kinds

    def _introduced_as(self, origin: int, source: Source) -> set[str]:
        """The words right before a source's name where the section first named it ("The train,
        operated by state rail company CP, …")."""
        return set(self._introduction(origin, source))

    def _introduction(self, origin: int, source: Source) -> list[str]:
        """Those words in order. Where they are is looked up once per section and name: pronouns ask
        it of every person named before them."""
        doc = self.doc
        words = fold(source.mention).split()
        if not words:
            return []
        section = doc.sentences[doc.first_in(doc.sections, origin)].start
        key = (section, " ".join(words))
        first = self._first_named.get(key)
        if first is None:
            name = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")
            found = name.search(doc.low, section)
            first = self._first_named[key] = found.start() if found is not None else len(doc.low)
        if first >= doc.sentences[origin].end:
            return []
        opening = doc.sentences[doc.sentence_at(first)].start
        return doc.low[opening:first].split()[-INTRODUCTION_WORDS:]

    def _owner_of_its(self, index: int, recent: list[tuple[int, Speaking]]) -> tuple[list[Source], int] | None:
        """ "Veltra said its profits would fall. The company added …": a one-word name that spoke in the
        sentence just before, and whose words go on with "its", is a body, and "the company" is it."""
        if not recent or recent[-1][0] != index - 1:
            return None
        origin, speaking = recent[-1]
        named = [s for s in speaking.sources if s.kind != ANONYMOUS]
        if len(named) != 1 or len(named[0].name.split()) != 1 or named[0].id is not None:
            return None
        after = WORD_RE.findall(self.doc.low, speaking.cue_end, self.doc.sentences[origin].end)
        return (named, origin) if set(after) & self.doc.lexicon.words["body_possessive"] else None

    def _titled_person(self, origin: int, source: Source) -> bool:
        """Whether the story introduced a name with a person's title right before it ("The council
        leader, Janet Moss"): "the council" is not her, though her title has the word."""
        introduction = self._introduction(origin, source)
        return bool(introduction) and introduction[-1].strip(TITLE_PUNCTUATION) in self.doc.lexicon.person_heads

    def _introduced_as_body(self, origin: int, source: Source) -> bool:
        """Whether the story introduced a name as an outlet or body ("the broadcaster NDR"), not as a
        person whose title has a body's word in it ("police chief Martin Vondrasek")."""
        introduction = self._introduced_as(origin, source)
        return bool(introduction & self._outlets) and not introduction & self.doc.lexicon.person_heads

    def _one_body(self, phrase: Phrase, head: str) -> bool:
        """A name that can be "the company": a registry body, or one word ("Apple"), or a name with
        an organisation's word in it ("Alder Motors"), not a person's first and last name; a common
        word is a company's name ("Apple", "Shell"), not a commission's ("Turnout was 68 percent,
        the commission said"); a name with a model number after it is a product ("A Boeing 737 operated
        by Lion Air landed safely, the airline said": not Boeing)."""
        model = (
            WORD_RE.match(self.doc.mask, phrase.end + 1) if self.doc.mask[phrase.end : phrase.end + 1] == " " else None
        )
        if model is not None and any(ch.isdigit() for ch in model.group()):
            return False
        if phrase.kind != "registry" and self.reader.common_word_only(phrase.text):
            return head in self.doc.lexicon.words["company_nouns"]
        sources = sources_of(phrase, self.doc.registry)
        return len(sources) == 1 and (len(phrase.text.split()) == 1 or self._body(sources[0]))

    def _owner_here(
        self, index: int, phrase: Phrase, recent: list[tuple[int, Speaking]]
    ) -> tuple[list[Source], int] | None:
        """The body a sentence is about, read from its subject (or the subject's possessor: "The
        company's chief executive"), for "its" in one of its own phrases."""
        doc = self.doc
        subject = self.reader.sentence_subject(index, doc.sentences[index].end)
        if subject is None or subject.start < phrase.end <= subject.end:
            return None
        # ("The company's chief executive, Mark Dunn,": the possessor of the subject's description)
        start = doc.sentences[index].start if subject.start > doc.sentences[index].start else subject.start
        possessive = POSSESSIVE_RE.search(doc.mask, start, subject.end)
        if possessive is not None and possessive.end() <= phrase.start:
            subject = self.reader.classify(index, start, possessive.start(), trailing=True) or subject
        if subject.kind == "anaphor" and subject.start != phrase.start:
            found = self.antecedent(index, subject, recent)
            if found is not None and all(self._body(s) for s in found[0]):
                return found
            if found is None and self.stands_alone(subject.text):
                subject = replace(subject, kind="role")  # "According to its website, the company …"
        if subject.kind in ("registry", "name", "role"):
            sources = sources_of(subject, doc.registry)
            if sources and all(self._body(s) for s in sources):
                return sources, index
        return None

    def _issued(self, document: str, source: Source) -> bool:
        """Whether a body's speaking makes the document: "The agency said … The statement added", "the
        figures" it gave (not "The ministry said … According to the indictment", a document nobody named)."""
        words = self.doc.lexicon.words
        return self._body(source) and document in words["spoken_documents"] | words["evidence_nouns"]

    def _wrote(self, document: str, index: int) -> bool:
        """Whether the speaker of sentence ``index`` made a document there: named it ("said in a
        statement") or wrote ("Moss wrote to the board"). After "the lawyer told reporters", "the
        indictment" is not the lawyer's."""
        if index not in self._made:
            self._made[index] = self._documents_made(index)
        made = self._made[index]
        return made is None or document in made

    def _documents_made(self, index: int) -> frozenset[str] | None:
        sentence = self.doc.sentences[index]
        found = list(WORD_RE.finditer(self.doc.mask, sentence.start, sentence.end))
        words = [fold(m.group()).rstrip(".") for m in found]
        lexicon = self.doc.lexicon.words
        if set(words) & lexicon["writing_verbs"]:
            return None
        # Not a document the speaker's verb talks about ("called a report suggesting … outrageous":
        # someone else's report), only one they spoke in ("said in a statement") or one named as theirs.
        spoken_of = {m.end() for m in self.doc.hits("speech_verbs", index)}
        return frozenset(
            word
            for at, word in enumerate(words)
            if word in lexicon["documents"]
            and not (
                at >= 1
                and words[at - 1] in lexicon["articles"]
                # (the verb's cue may take the article in: "called a"; else it ends right before it)
                and (
                    found[at - 1].end() in spoken_of
                    or (at >= 2 and self._spaced(found[at - 2], found[at - 1], spoken_of))
                )
            )
        )

    def _spaced(self, verb: re.Match[str], article: re.Match[str], ends: set[int]) -> bool:
        """Whether a verb of speech ends at ``verb``, with only spaces before the ``article``."""
        return verb.end() in ends and self.doc.mask[verb.end() : article.start()].isspace()

    def _document(self, source: Source) -> str | None:
        """The document a source is ("the indictment" → "indictment"), if it is one."""
        if source.id is not None:
            return None
        words = fold(source.name).split()
        return words[-1] if words and words[-1] in self.doc.lexicon.words["documents"] else None
