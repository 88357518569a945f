"""Attribution inside one sentence: which verbs and frames credit the claim, and to whom.

Journalists attribute in a handful of ways: a speaker and a verb of speech
("the ministry said", "…," said Smith), a frame ("according to Reuters",
"citing officials"), a document that speaks ("the study found"), and a
channel that carried the words ("told TASS", "in an interview with the BBC").
Each becomes an ``Attribution``. Speakers of one predicate ("Reuters and the
BBC reported") share a predicate number: only they can corroborate each other;
a relay ("the ministry said …, according to Interfax") is two predicates, one
chain.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import Literal

from .cues import WORD_RE, fold
from .nounphrases import OWNER_RE, Phrase
from .phrases import PhraseReader
from .quotes import Quotes, inside
from .registry import MEDIA_KINDS
from .scan import WORDS_NEAR, Document
from .subjects import SubjectReader
from .verbs import CLAUSE_END_RE, POSSESSIVE_ENDINGS, WORD_AFTER_RE, VerbReader, word_before

Role = Literal["subject", "frame", "relay", "channel", "finding"]

#: The most attributions one sentence is read for: real sentences have a handful; a hostile one of
#: thousands must not make every later one compare itself with all before it.
MAX_ATTRIBUTIONS = 24
#: How many words up to a finder may say that a report is what found ("Monday's report by the state
#: inspector general found").
MAX_SUBJECT_WORDS = 8
#: A quotation opening right after a verb ('said, "…', 'said: “…').
QUOTATION_AFTER_RE = re.compile(r"\s*[,:]\s*[“\"«]")
#: What may stand after a verb that ends its sentence.
SENTENCE_END_RE = re.compile(r"[\s.!?)\]”\"»*_]*$")
#: Characters that set words off before a speaker: the words are what was said.
SET_OFF = frozenset(',;:"“”«»—')
#: How many blanks may stand between a comma and the participle it sets off.
SET_OFF_REACH = 8
#: How many characters after a verb of counting its figure may start ("counted more than 30,000").
FIGURE_REACH = 24
#: How far after a name's possessive ending (characters, words) the thing it owns is looked for.
OWNED_REACH = 60
OWNED_WORDS = 3
#: A word of what is owned, without the full stop a name's word may keep ("report." is "report").
OWNED_WORD_RE = re.compile(r"[\w-]+")
#: The families that can credit a sentence to someone.
ATTRIBUTION_FAMILIES = (
    "speech_verbs",
    "finding_verbs",
    "speech_nouns",
    "source_frames",
    "relay_frames",
    "document_frames",
    "authored_frames",
)
#: Speakers a finding verb accepts: documents and data, bodies, named sources, not "the war".
FINDING_KINDS = frozenset({"registry", "name", "role", "anaphor", "pronoun", "anonymous"})


@dataclass(frozen=True, slots=True)
class Attribution:
    phrase: Phrase
    cue_start: int
    cue_end: int
    role: Role
    #: Speakers of the same predicate share this number.
    predicate: int


class SpeakerFinder:
    def __init__(self, doc: Document, reader: PhraseReader, quotes: Quotes) -> None:
        self.doc = doc
        self.reader = reader
        self.quotes = quotes
        self._predicate = 0
        self.words = doc.lexicon.words
        self.verbs = VerbReader(doc, reader, quotes)
        self.subjects = SubjectReader(doc, reader, quotes, self.verbs)

    def find(self, index: int) -> list[Attribution]:
        """Every attribution of sentence ``index`` outside quotations, in text order."""
        found: list[Attribution] = []
        doc = self.doc
        if index not in doc.cued(ATTRIBUTION_FAMILIES):
            return found  # no verb of speech, no frame: nobody is credited here (most sentences)
        if self._asks(index):
            return found  # "Has the government responded?": a question credits nobody with anything
        verbs = doc.hits("speech_verbs", index) or doc.hits("finding_verbs", index)
        nouns = doc.hits("speech_nouns", index)
        negatives = _Spans(
            [m.span() for f in ("attribution_negatives", "refusals", "answered_reports") for m in doc.hits(f, index)]
            if verbs
            else []
        )
        relaying: list[Attribution] = []
        unverified = _Spans([m.span() for m in doc.hits("verification_failures", index)])
        # (where the first refusal ends: a relay after it gives a reason, not a source)
        refused = min((r.end() for r in doc.hits("refusals", index)), default=None)
        for family, role in (("source_frames", "frame"), ("relay_frames", "relay")):
            for m in self.doc.hits(family, index):
                if len(found) >= MAX_ATTRIBUTIONS:
                    break
                if self._quoted(m.span()) or any(a.cue_start == m.start() for a in found):
                    continue
                if unverified.overlap(m.start(), m.end()):
                    continue  # "has not been verified by the BBC": nobody vouches for it
                if role == "relay" and refused is not None and refused <= m.start():
                    continue  # "declined to comment, citing an ongoing investigation": a reason, no source
                before = word_before(doc.low, doc.sentences[index].start, m.start())
                if before is not None and doc.low[before[0] : before[1]] in self.words["absences"]:
                    continue  # "The Times reported, without citing sources, …": nobody cited
                phrase = self.reader.after_frame(index, m.end(), descriptions=role == "frame")
                if phrase is not None and self._interviewer(index, m, phrase):
                    continue  # "In an interview with David Axelrod, Henry said": who asked, not a source
                if phrase is not None and role == "relay" and self._reasons_owned(phrase):
                    continue  # "…, citing Trump's appeal and Clinton's unpopularity": reasons, not sources
                if phrase is not None:
                    found.append(self._make(phrase, m.start(), m.end(), role))  # type: ignore[arg-type]
                    if doc.low[m.start() : m.end()] in self.words["relaying_words"]:
                        relayer = self.reader.before(index, m.start())
                        if relayer is not None and relayer.kind in ("registry", "name", "role", "anaphor", "pronoun"):
                            relaying.append(self._make(relayer, m.start(), m.end(), "subject"))  # one chain
        for m in itertools.islice(self.doc.hits("document_frames", index), MAX_ATTRIBUTIONS):
            maker = self._maker_inside(index, m)
            if (
                maker is not None
                and not self._quoted(m.span())
                and not any(a.cue_start <= m.start() < a.cue_end for a in found)
            ):
                found.append(self._make(maker, m.start(), m.end(), "frame"))
        # "In a post he wrote on Facebook, Smith said …": a pronoun author may be the speaker named after
        # it; it stands for someone named before only when nobody else speaks in the sentence.
        authored: list[Attribution] = []
        for m in itertools.islice(self.doc.hits("authored_frames", index), MAX_ATTRIBUTIONS):
            author = self._author_inside(index, m)
            if author is not None and not self._quoted(m.span()):
                (authored if author.kind == "pronoun" else found).append(
                    self._make(author, m.start(), m.end(), "frame")
                )
        # A frame's source is taken: "a TASS report" after "according to" is not TASS reporting again.
        taken = [(a.cue_start, a.cue_end) for a in found] + [(a.phrase.start, a.phrase.end) for a in found]
        for family, role in (("speech_verbs", "subject"), ("finding_verbs", "finding")):
            for m in self.doc.hits(family, index):
                if len(found) >= MAX_ATTRIBUTIONS:
                    break
                span = m.span()
                if any(a <= span[0] < b for a, b in taken) or self._quoted(span) or _negated(m, negatives):
                    continue
                if not self.verbs.is_verb(index, m, negated_finds=role == "finding"):
                    continue
                content = self.verbs.has_content(index, m)
                if not content and role != "finding":
                    continue
                phrase = self.subjects.speaker_of(index, m)
                if phrase is None or (role == "finding" and not self._finds(phrase, m)):
                    continue
                if self._nothing_before(index, phrase, m) or self._object_relative(index, phrase, m):
                    continue  # "The trial continues.", "the services that Sanders demanded.": nothing said
                if self._verb(m.start(), m.end()) in self.words["outlet_verbs"] and not self._outlet(phrase):
                    continue  # "Students have learned that …": told, not telling
                if not content and not self._reports(index, phrase, m.start()):
                    continue  # "The study found a link between …": a report's finding is its claim, object and all
                if phrase.kind == "pronoun" and self._reported(index, phrase, taken):
                    continue  # "The parties said they expect …": what they said, not a second statement
                if any(self._framed(phrase, a) for a in found if a.role in ("frame", "relay")):
                    continue  # "Estimates by the UN … put the toll at 40": the frame already credits them
                found.append(self._make(phrase, m.start(), m.end(), role))  # type: ignore[arg-type]
                taken.append(span)
                channel = self._channel(index, m) or self._reached_by(index, phrase, m)
                if channel is not None:  # the outlet that carried the words: a chain, not a second voice
                    found.append(self._make(channel, m.start(), m.end(), "channel"))
        # "The Times of Israel, citing unnamed officials, gave the same date": the outlet relays, even
        # with no verb of speech of its own (with one, "…, citing sources, said", it is credited there).
        for relayed in relaying:
            if not any(a.phrase.start < relayed.phrase.end and relayed.phrase.start < a.phrase.end for a in found):
                found.append(relayed)
        for m in itertools.islice(nouns, MAX_ATTRIBUTIONS):  # (as many as attributions are read for)
            if self._quoted(m.span()) or any(a <= m.start() < b for a, b in taken):
                continue
            owner = self._possessor(index, m.start())
            noun = self.doc.low[m.start() : m.end()].split()
            if owner is None and noun[-1] in self.words["agent_prepositions"]:
                owner = self._by_maker(index, m.end())  # "a report by Politico that …"
            elif owner is None and noun[0] in self.words["documents"] and noun[-1] in self.words["complementizers"]:
                owner = self._name_before(index, m.start(), m.end())  # "A Politico report that …"
            if owner is not None:
                found.append(self._make(owner, m.start(), m.end(), "subject"))
        if any(a.role == "frame" and a.phrase.kind != "anonymous" for a in found):
            # "Scientists have found …, according to a study in The Lancet": the researchers are the
            # study's authors, not a second, unnamed source.
            # (not "Analysts polled by Reuters expect": the people polled, not authors)
            found = [
                a
                for a in found
                if not (
                    a.phrase.kind == "anonymous"
                    and self._authors(a.phrase)
                    and self.reader.contact(a.phrase.end, max(a.phrase.end, a.cue_start)) is None
                )
            ]
        if not found:
            found = authored
        self._join(index, found)
        return sorted(found, key=lambda a: a.cue_start)

    def _framed(self, phrase: Phrase, frame: Attribution) -> bool:
        """Whether a frame's cue is inside the speaker's phrase or right after it, in the same noun
        phrase ("Footage posted online by the army showed …": the army, not "Footage" besides)."""
        cue = frame.cue_start
        if phrase.start > cue:
            return False
        if cue < phrase.end:
            return True
        # (right after it only as a document's maker: "Footage posted online by"; not "He drew criticism
        # from Democrats", nor "Analysts polled by Reuters", who speak themselves)
        head = fold(phrase.text).split()[-1:]
        made = bool(head) and (head[0] in self.words["documents"] or head[0] in self.words["evidence_nouns"])
        last = self.doc.low[cue : frame.cue_end].split()[-1:]
        agent = bool(last) and last[0] in self.words["agent_prepositions"]
        return made and agent and not self.doc.mask[phrase.end : cue].strip()

    def _reports(self, index: int, phrase: Phrase, verb_start: int) -> bool:
        """Whether the finder is a report, study or audit, or its maker ("a study by Leeds University",
        "a Quinnipiac University poll"): the phrase, the words right before it in its clause, or the
        document between it and the verb."""
        doc = self.doc
        near = max(doc.sentences[index].start, phrase.start - WORDS_NEAR)
        floor = max(near, doc.mask.rfind(",", near, phrase.start) + 1)
        end = phrase.end if doc.mask.find(",", phrase.end, verb_start) >= 0 else verb_start
        words = WORD_RE.findall(doc.low, floor, end)
        return bool(set(words[-MAX_SUBJECT_WORDS:]) & self.words["report_nouns"])

    def _authors(self, phrase: Phrase) -> bool:
        """Whether ``phrase`` names people who publish ("researchers", "a team of scientists")."""
        words = [fold(w) for w in WORD_RE.findall(phrase.text)]
        return bool(words) and words[-1] in self.words["affiliated_groups"]

    def _maker_inside(self, index: int, m: re.Match[str]) -> Phrase | None:
        """The name inside "In a Monmouth poll": the document's maker (a poll of nobody named credits no one)."""
        words = [w.span() for w in WORD_RE.finditer(self.doc.mask, m.start(), m.end())][2:-1]
        name = self.reader.name_in(index, words) if words else None
        phrase = self.reader.classify(index, *name) if name is not None else None
        return phrase if phrase is not None and phrase.kind in ("registry", "name") else None

    def _author_inside(self, index: int, m: re.Match[str]) -> Phrase | None:
        """The author between the text and its verb: "In a story [he] often told", "In a letter [the
        chief executive] sent"."""
        words = list(WORD_RE.finditer(self.doc.low, m.start(), m.end()))
        texts = [i for i, w in enumerate(words) if w.group() in self.words["authored_texts"]]
        if not texts:
            return None
        inner = [
            w
            for w in words[texts[0] + 1 : -1]
            if w.group() not in self.words["relatives"] and w.group() not in self.words["authoring_adverbs"]
        ]
        phrase = self.reader.classify(index, inner[0].start(), inner[-1].end()) if inner else None
        return phrase if phrase is not None and phrase.kind in ("registry", "name", "role", "pronoun") else None

    def _reported(self, index: int, phrase: Phrase, verbs: list[tuple[int, int]]) -> bool:
        """Whether a pronoun opens the content of a verb of speech just before it ("said they", "said
        that he")."""
        between = [fold(w) for w in WORD_RE.findall(self.doc.mask[verbs[-1][1] : phrase.start])] if verbs else []
        return bool(verbs) and verbs[-1][1] <= phrase.start and between in ([], ["that"])

    def _by_maker(self, index: int, start: int) -> Phrase | None:
        """Who made the report named right after its "by", up to the "that" of what it says."""
        doc = self.doc
        that = WORD_RE.search(doc.mask, start, doc.sentences[index].end)
        end = start
        common = doc.lexicon.common_words
        while that is not None and fold(that.group()) not in self.words["complementizers"]:
            if that.group().islower() and common.get(that.group(), "").startswith(("VB", "MD")):
                return None  # "a report by the centre found that …": the verb's subject, credited there
            end = that.end()
            that = WORD_RE.search(doc.mask, that.end(), doc.sentences[index].end)
        phrase = self.reader.classify(index, start, end) if end > start else None
        return phrase if phrase is not None and phrase.kind in ("registry", "name", "role") else None

    def _name_before(self, index: int, start: int, that: int) -> Phrase | None:
        """The name written right before a report's noun, inside its phrase ("A Politico report"), when
        the "that" ending at ``that`` opens what the report says (not "an article that Smith said
        was written", a relative clause)."""
        doc = self.doc
        following = [w.end() for w in itertools.islice(WORD_RE.finditer(doc.mask, that, doc.sentences[index].end), 4)]
        if following and any(that < v.start() < following[-1] for v in doc.hits("speech_verbs", index)):
            return None
        previous = word_before(doc.mask, doc.sentences[index].start, start)
        if previous is None or not doc.mask[previous[0]].isupper():
            return None
        floor = max(doc.sentences[index].start, previous[0] - WORDS_NEAR)  # (four words back, not the sentence)
        words = [m.span() for m in WORD_RE.finditer(doc.mask, floor, previous[1])]
        name = self.reader.name_in(index, words[-4:])
        if name is None or name[1] != previous[1]:
            return None
        phrase = self.reader.classify(index, *name)
        return phrase if phrase is not None and phrase.kind in ("registry", "name") else None

    def _possessor(self, index: int, start: int) -> Phrase | None:
        """Whose "allegations of fraud" these are: the name or body in the possessive just before."""
        doc = self.doc
        previous = word_before(doc.mask, doc.sentences[index].start, start)
        if previous is None:
            return None
        word = doc.low[previous[0] : previous[1]]
        if not word.endswith(POSSESSIVE_ENDINGS):
            return None
        cut = 2 if word[-1] == "s" else 1  # "Tsvangirai's", "the officials'"
        end = previous[1] - cut
        # The name the possessive ends ("blamed the media for … Donald Trump's claim that"), else the
        # phrase before it as a speaker's is read ("the officials' claims").
        words = [w.span() for w in WORD_RE.finditer(doc.mask, doc.sentences[index].start, end)]
        name = self.reader.name_in(index, words) if words else None
        if name is not None and name[1] == end:
            phrase = self.reader.classify(index, *name)
        else:
            phrase = self.reader.before(index, end)
        return (
            phrase
            if phrase is not None and phrase.kind in ("registry", "name", "role", "anaphor", "anonymous")
            else None
        )

    def _nothing_before(self, index: int, phrase: Phrase, m: re.Match[str]) -> bool:
        """Whether the verb says nothing here: it closes a clause that only sets the time or the
        circumstance ("After the minister testified, the committee …"), or it ends its sentence with
        nothing set off before its speaker ("… the senators' favourite television shows."; a name or a
        pronoun may end a quotation's sentence: "Scarborough continued.")."""
        doc = self.doc
        sentence = doc.sentences[index]
        if doc.mask.startswith(",", m.end()):
            # (not "When asked, Sherry smiled and said, ''I'm waiting …''": the quotation is what was said)
            quoted = QUOTATION_AFTER_RE.match(doc.mask, m.end()) or doc.mask.startswith(("''", " ''"), m.end() + 1)
            return not quoted and self._circumstance(index, phrase.start, commas=0)
        if not SENTENCE_END_RE.match(doc.mask, m.end(), sentence.end):
            return False
        before = word_before(doc.low, sentence.start, m.start())
        intransitive = self._verb(m.start(), m.end()) in self.words["intransitive_speech_verbs"]
        if intransitive and before is not None and doc.low[before[0] : before[1]] in self.words["relatives"]:
            return True  # "… a war in two provinces that continues.": the war goes on, nobody speaks
        if phrase.kind in ("name", "pronoun", "registry"):
            return False
        # (words set off before it are what was said: '"We will rebuild," the mayor continued.', "…
        # renovation, records show."; after a clause of time, "continued" is the lending going on: "Even
        # after the growth slowed, the lending continued.")
        lead = doc.mask[sentence.start : phrase.start]
        set_off = (
            any(ch in SET_OFF for ch in lead)
            or "''" in lead
            or any(q.end <= phrase.start for q in self.quotes.at(index))
        )
        return not set_off or (intransitive and self._circumstance(index, phrase.start, commas=1))

    def _circumstance(self, index: int, end: int, *, commas: int) -> bool:
        """Whether the sentence opens on a clause of time or circumstance that runs up to ``end``, with
        at most ``commas`` commas before it: the one that sets it off ("Even after the growth slowed,
        the lending …"), or none when ``end`` is inside it ("After the minister testified, …"; not
        "Before the vote, Smith said, …", where the verb is set off in the main clause)."""
        doc = self.doc
        start = doc.sentences[index].start
        if end - start > WORDS_NEAR:
            return False  # (an opening clause, not a paragraph's worth of words)
        opener = doc.circumstance_opener(index)
        return (
            opener is not None
            and opener.end() <= end
            and doc.mask.count(",", start, end) <= commas
            and not any(ch in SET_OFF - {","} for ch in doc.mask[start:end])
        )

    def _object_relative(self, index: int, phrase: Phrase, m: re.Match[str]) -> bool:
        """Whether the verb ends a relative clause whose object is the noun before it ("expanded the
        services that Mr. Sanders demanded."): what was demanded is that noun, not a claim. (Not
        ", which the ministry confirmed.": after a comma "which" may stand for the whole clause.)"""
        doc = self.doc
        if not CLAUSE_END_RE.match(doc.mask, m.end(), doc.sentences[index].end):
            return False
        if QUOTATION_AFTER_RE.match(doc.mask, m.end(), doc.sentences[index].end):
            return False  # "… that Christie said, “I feel like …”": the quotation is what was said
        before = word_before(doc.low, doc.sentences[index].start, phrase.start)
        if before is not None and doc.low[before[0] : before[1]].rstrip(".") in self.words["title_abbreviations"]:
            before = word_before(doc.low, doc.sentences[index].start, before[0])  # "that Mr. Sanders demanded"
        if before is None or doc.low[before[0] : before[1]] not in self.words["object_relatives"]:
            return False
        return not doc.mask[max(doc.sentences[index].start, before[0] - WORDS_NEAR) : before[0]].rstrip().endswith(",")

    def _asks(self, index: int) -> bool:
        """Whether the sentence is a question opened by its auxiliary ("Did the minister say …?")."""
        doc = self.doc
        sentence = doc.sentences[index]
        first = WORD_RE.search(doc.mask, sentence.start, sentence.end)
        if first is None:
            return False
        after = WORD_RE.search(doc.mask, first.end(), sentence.end)
        if after is not None and ":" in doc.mask[first.end() : after.start()]:
            first = after  # "Q: Did the minister say …?": the question after its label
        if fold(first.group()) not in self.words["perfect_auxiliaries"] | self.words["modal_auxiliaries"]:
            return False
        if self._quoted(first.span()):
            return False  # "“Is that a promise?” Weller asked.": someone's question, credited to them
        return doc.asks(index)

    def _make(self, phrase: Phrase, start: int, end: int, role: Role) -> Attribution:
        self._predicate += 1
        return Attribution(phrase, start, end, role, self._predicate)

    def _quoted(self, span: tuple[int, int]) -> bool:
        return inside(span, self.quotes)

    def _finds(self, phrase: Phrase, m: re.Match[str]) -> bool:
        """Whether a finding credits its speaker: a document, data or a source, not "the war"; and not a
        court's or a parliament's finding, which is public record ("The court found that …")."""
        if phrase.kind not in FINDING_KINDS:
            return False
        verb = self.doc.low[m.start() : m.end()].split()[0]
        if verb in self.words["display_verbs"] and self._person(phrase) and not self._clause_after(m):
            return False  # "the defendant had shown no remorse": a person's bearing, no finding
        if verb in self.words["display_verbs"] and self._unnamed_people(phrase) and self._set_off(m):
            return False  # "Four people were hurt, showing how …": what the clause before tells, not they
        if verb in self.words["counting_verbs"] and self._figure_after(m):
            return True  # "Police counted about 300 protesters": whoever counted gives the figure
        if verb in self.words["perception_verbs"]:
            # "a Reuters witness saw", "residents saw"; not "the city saw" nor "emergency departments saw"
            return phrase.kind == "registry" or (phrase.kind == "anonymous" and not self._bodies(phrase))
        head = fold(phrase.text).split()[-1]
        return not (verb in self.words["clause_only_verbs"] and head in self.words["record_bodies"])

    def _verb(self, start: int, end: int) -> str:
        """The verb of a cue ("learned" in "has learned")."""
        words = self.doc.low[start:end].split()
        return next((w for w in words if w not in self.words["perfect_auxiliaries"]), "")

    def _outlet(self, phrase: Phrase) -> bool:
        """Whether a speaker is a news outlet: one the registry knows as media, or a name saying so."""
        if any(m.entry.kind in MEDIA_KINDS for m in phrase.mentions):
            return True
        return bool(set(fold(phrase.text).split()) & self.doc.lexicon.outlet_terms)

    def _figure_after(self, m: re.Match[str]) -> bool:
        """Whether a number follows the verb, perhaps after "about" or "more than"."""
        after = self.doc.low[m.end() : m.end() + FIGURE_REACH].split()
        return any(w[:1].isdigit() for w in after[:3])

    def _clause_after(self, m: re.Match[str]) -> bool:
        """Whether "that" opens a clause right after the verb ("she showed that the figures were wrong")."""
        return self.doc.low[m.end() : m.end() + 6].split()[:1] == ["that"]

    def _person(self, phrase: Phrase) -> bool:
        """Whether a phrase means one person by what they are ("the defendant", "she")."""
        words = fold(phrase.text).split()
        if phrase.kind == "pronoun":
            return bool(words) and words[0] in self.words["personal_pronouns"]
        heads = self.doc.lexicon.person_heads
        return phrase.kind in ("role", "anaphor", "anonymous") and bool(words) and words[-1] in heads

    def _unnamed_people(self, phrase: Phrase) -> bool:
        """Whether an unnamed phrase means people ("Four people", "the residents"), not a document or data."""
        words = fold(phrase.text).split()
        things = self.words["documents"] | self.words["evidence_nouns"]
        return phrase.kind in ("role", "anaphor", "anonymous", "pronoun") and bool(words) and words[-1] not in things

    def _set_off(self, m: re.Match[str]) -> bool:
        """Whether the verb is a participle set off by a comma after its clause (", showing …")."""
        before = self.doc.mask[max(0, m.start() - SET_OFF_REACH) : m.start()]
        return self.doc.low[m.start() : m.end()].endswith("ing") and before.rstrip().endswith(",")

    def _bodies(self, phrase: Phrase) -> bool:
        """Whether an unnamed phrase means institutions ("hospitals", "emergency departments"), not people."""
        head = fold(phrase.text).split()[-1]
        bodies = self.doc.lexicon.bodies
        return head in bodies or self.reader.plural_of(head, bodies)

    def _reached_by(self, index: int, phrase: Phrase, m: re.Match[str]) -> Phrase | None:
        """The outlet that reached unnamed speakers ("Residents contacted by Reuters said"): it carries
        their words; "reached by telephone" names none."""
        contact = self.reader.contact(phrase.end, m.start()) if phrase.kind == "anonymous" else None
        if contact is None:
            return None
        outlet = self.reader.after_frame(index, contact.end())
        return outlet if outlet is not None and outlet.kind in ("registry", "name") else None

    def _channel(self, index: int, m: re.Match[str]) -> Phrase | None:
        """The outlet a speaker told: "Chupriyan told TASS", "officials told state media"."""
        frames = self.doc.lexicon.patterns["channel_frames"]
        plan = self.doc.lexicon.plans.get("channel_frames")
        # "Speaking to the BBC, a resident said": the outlet opens the sentence, before its speaker.
        opening = WORD_RE.search(self.doc.low, self.doc.sentences[index].start, m.start())
        channel = None
        if opening is not None and (plan is None or opening.group() in plan.keys):
            channel = frames.match(self.doc.low, opening.start())
        if channel is None or "," not in self.doc.mask[channel.end() : m.start()]:
            word = self.doc.low[m.start() : m.end()].split()[0]
            if plan is not None and word not in plan.keys:
                return None  # "said", "warned": verbs that take no channel
            channel = frames.match(self.doc.low, m.start())
        if channel is None:
            return None
        phrase = self.reader.after_frame(index, channel.end())
        if phrase is None or phrase.kind not in ("registry", "name", "role", "anaphor"):
            return None
        words = phrase.text.split()
        described = phrase.kind in ("role", "anaphor")  # (an anaphor: "told the broadcaster", named before)
        if described and (not words or fold(words[-1]) not in self.words["outlet_nouns"]):
            return None  # "told parliament", "told reporters outside the court": an audience, not an outlet
        first = fold(words[0]) if words else ""
        if first in self.words["pronouns"] or first in self.words["first_person_words"]:
            return None  # "told us the hospital had not flooded": the listener, and no outlet
        if fold(" ".join(words)) in self.words["interviewer_labels"]:
            return None  # "a protester told Wikinews", "told our reporter": the publication itself, no source
        if phrase.kind == "name" and (
            self._described_as_listener(index, phrase.end) or self._person_or_modifier(index, phrase)
        ):
            return None  # "Clinton told Jane Moss, a state representative": a person told, not an outlet
        return phrase

    def _person_or_modifier(self, index: int, phrase: Phrase) -> bool:
        """Whether a name told something is a person by title ("told Mr. Obama") or only says which
        listeners ("told a Senate panel"): an outlet is named whole ("told Der Spiegel", "told Britain's
        ITV television")."""
        doc = self.doc
        before = word_before(doc.low, doc.sentences[index].start, phrase.start)
        # (by title: "told Mr. Obama", "told Senator Mark Holm")
        titles = self.words["title_abbreviations"] | self.words["offices"]
        titled = fold(phrase.text.split()[0]).rstrip(".") in titles or (
            before is not None and doc.low[before[0] : before[1]].rstrip(".") in titles
        )
        after = WORD_AFTER_RE.match(doc.mask, phrase.end, doc.sentences[index].end)
        listeners = (
            after is not None
            and after.group(1).islower()
            and doc.lexicon.common_words.get(after.group(1), "").startswith("NN")
            and after.group(1) not in doc.lexicon.outlet_terms
        )
        return titled or listeners

    def _reasons_owned(self, phrase: Phrase) -> bool:
        """Whether every name a relay cites owns a thing that is no document ("citing Trump's appeal",
        not "citing the ministry's report"): what was cited is a reason, nobody's words."""
        doc = self.doc
        made = self.words["documents"] | self.words["evidence_nouns"]
        for part in phrase.parts or (phrase,):
            owned = OWNER_RE.match(doc.mask, part.end)
            if owned is None:
                return False
            head = OWNED_WORD_RE.findall(doc.low, owned.end(), owned.end() + OWNED_REACH)
            if any(word in made for word in head[:OWNED_WORDS]):
                return False
        return True

    def _interviewer(self, index: int, frame: re.Match[str], phrase: Phrase) -> bool:
        """Whether a frame's phrase is the person who took the words down, not an outlet ("in an
        interview with David Axelrod", beside the speaker who answered; not "… with the BBC")."""
        words = self.doc.low[frame.start() : frame.end()].split()
        if words[-1] not in self.words["taken_down_prepositions"] or not set(words) & self.words["documents"]:
            return False  # (not "according to", which names a source)
        if phrase.kind != "name" or self.reader.outlet_name(phrase.text):
            return False
        # A person's name has two words or more and opens with no acronym ("Wired", "TMZ Sports",
        # "CNBC" are outlets the registry does not know).
        names = phrase.text.split()
        if len(names) < 2 or names[0].isupper():
            return False
        return bool(self.doc.hits("speech_verbs", index))

    def _described_as_listener(self, index: int, end: int) -> bool:
        """Whether the name ending at ``end`` is followed by a description of someone other than an
        outlet (", a state representative"; not ", a business daily")."""
        doc = self.doc
        if not doc.mask.startswith(",", end):
            return False
        stop = self.reader.phrase_end_re.search(doc.mask, end + 1, doc.sentences[index].end)
        words = [
            m.span() for m in WORD_RE.finditer(doc.mask, end + 1, stop.start() if stop else doc.sentences[index].end)
        ]
        if not self.reader.is_description(words):
            return False
        return doc.low[words[-1][0] : words[-1][1]] not in self.words["outlet_nouns"]

    def _join(self, index: int, found: list[Attribution]) -> None:
        """ "…, as did the BBC", "…, as the court found": a speaker joining the predicate just before it."""
        doc = self.doc
        for position, attribution in enumerate(found):
            earlier = [
                a for a in found[:position] if a.role in ("subject", "frame") and a.cue_end <= attribution.phrase.start
            ]
            if not earlier or attribution.role not in ("subject", "finding"):
                continue
            clause = doc.low[doc.sentences[index].start : attribution.phrase.start].rsplit(",", 1)
            if len(clause) == 2 and (
                clause[1].strip() in self.words["agreement_words"] or self._restated(clause[1], attribution)
            ):
                found[position] = replace(attribution, predicate=earlier[-1].predicate)
        for m in itertools.islice(self.doc.hits("independent_confirmations", index), MAX_ATTRIBUTIONS):
            # "…, and was independently confirmed by AP": a second source of the same claim.
            for position, attribution in enumerate(found):
                earlier = sorted((a for a in found if a.cue_end <= m.start()), key=lambda a: a.cue_end)
                if earlier and m.start() <= attribution.cue_start < m.end():
                    found[position] = replace(attribution, predicate=earlier[-1].predicate)
        joining = [(m, False) for m in doc.hits("joining_frames", index)]
        joining += [(m, True) for m in doc.hits("joining_agents", index)]
        for m, agent in joining:
            if len(found) >= MAX_ATTRIBUTIONS:
                break
            before = [a for a in found if a.cue_end <= m.start() and a.role in ("subject", "frame")]
            if not before or (agent and doc.mask[before[-1].phrase.end : m.start()].strip(" ,")):
                continue  # a second agent joins only straight after the first
            phrase = self.reader.after_frame(index, m.end())
            # (a description with a name in it too: "as did the Clinton campaign itself")
            named = phrase is not None and any(w[:1].isupper() for w in phrase.text.split()[1:])
            if phrase is not None and (
                phrase.kind in ("registry", "name", "role") or (phrase.kind == "anaphor" and named)
            ):
                found.append(Attribution(phrase, m.start(), m.end(), "subject", before[-1].predicate))

    def _restated(self, clause: str, attribution: Attribution) -> bool:
        """ "…, a figure the Red Cross confirmed": the claim before, named again and vouched for by
        another speaker (not "a claim the army denied")."""
        words = clause.split()
        while len(words) > 2 and words[-1] in self.words["relatives"] | self.words["determiners"]:
            words = words[:-1]  # "a figure that the Red Cross confirmed"
        verb = self._verb(attribution.cue_start, attribution.cue_end)
        return (
            len(words) == 2
            and words[0] in self.words["determiners"]
            and words[1] in self.words["restated_claims"]
            and verb in self.words["confirming_verbs"]
        )


class _Spans:
    """Spans sorted by their start, with the furthest end reached so far: whether one of them covers
    a stretch is a bisection, not a walk over all of them (a hostile sentence holds thousands)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b in spans), max))

    def cover(self, start: int, end: int) -> bool:
        """Whether one span starts at or before ``start`` and ends at or after ``end``."""
        before = bisect.bisect_right(self.starts, start)
        return before > 0 and self.reach[before - 1] >= end

    def overlap(self, start: int, end: int) -> bool:
        """Whether one span shares a character with ``start:end``."""
        before = bisect.bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


def _negated(m: re.Match[str], negatives: _Spans) -> bool:
    """Whether a negative covers the cue's verb, its first word ("Southern states" in "Southern states
    that will hold …", where the cue "states that" runs on past it)."""
    return negatives.cover(m.start(), m.start() + len(m.group().split()[0]))
