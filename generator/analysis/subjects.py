"""Who speaks a verb of speech: the phrase before it ("the ministry said"), after it
when inverted ('"…," said Smith'), or, for a participle, the clause's speaker
("…, the military said on Thursday, adding that") or the sentence's subject ("The
ministry issued a statement denying …"); nobody for a participle describing the
noun before it ("a database detailing the fleet").
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from .cues import WORD_RE, fold
from .nounphrases import Phrase
from .phrases import PhraseReader
from .quotes import Quotes, inside
from .scan import WORDS_NEAR, Document
from .segment import SENTENCE_OPENING
from .verbs import VerbReader, word_before

#: The agent of a passive right after its participle ("noted by the team").
PASSIVE_AGENT_RE = re.compile(r"\s+by\s+")
#: What ends the text before an inverted verb of speech: a quotation or a clause.
INVERSION_OPENERS = (",", "”", '"', "’", "'", ":", "—", "–")
#: What ends the clause an inverted verb can be set off inside ("…, said Doyle, …").
SET_OFF_BREAK_RE = re.compile(r"[;:“”\"«»()—–]|''")
#: Closing quotation marks, which American style puts after a comma.
CLOSING_QUOTES = "”\"’'"
#: The commas of a sentence, one at a time (the first outside a quotation ends an opening clause).
COMMA_RE = re.compile(",")
#: How far before a participle the verb whose clause it continues may end ("the military said on
#: Thursday that …, adding"): a long clause, not a whole paragraph.
SPEAKER_BEFORE_REACH = 2 * WORDS_NEAR


#: How many words of places may stand between a document and the participle saying what it says.
PLACES_REACH = 10


class SubjectReader:
    """Reads the speakers of one document's verbs of speech."""

    def __init__(self, doc: Document, reader: PhraseReader, quotes: Quotes, verbs: VerbReader) -> None:
        self.doc = doc
        self.reader = reader
        self.quotes = quotes
        self.verbs = verbs
        self.words = doc.lexicon.words
        self.common = doc.lexicon.common_words

    def speaker_of(self, index: int, m: re.Match[str]) -> Phrase | None:
        """Who speaks the verb of speech ``m``: the phrase before it, after it when inverted, or the
        sentence's subject for a participle ("…, adding that")."""
        phrase = self._speaker_of(index, m)
        if phrase is not None and phrase.end <= m.start() and _opens_aside(self.doc.mask[phrase.end : m.start()]):
            return None  # "had PTSD (post-traumatic stress disorder)": a verb inside an aside the name stands outside
        if phrase is not None and self.doc.mask[m.start()].isupper() and m.start() > self.doc.sentences[index].start:
            return self._headline_speaker(phrase)  # a verb capitalised inside a sentence: a Title Case headline
        return phrase

    def _fronted_participle(self, index: int, m: re.Match[str], gap: str) -> Phrase | None:
        """The subject of the sentence's own clause, for a participle whose clause opens the sentence,
        alone or after "after", "before", "while" …, and ends at the first comma outside quotation marks."""
        doc = self.doc
        sentence = doc.sentences[index]
        lead = gap.strip(SENTENCE_OPENING)
        if len(lead) > WORDS_NEAR:
            return None  # (more than one word before it, at a glance)
        opening = fold(lead).split()
        if len(opening) > 1 or (opening and opening[0] not in self.words["gerund_time_prepositions"]):
            return None
        speech = doc.hits("speech_verbs", index)
        if m not in speech or doc.title_case(index):
            return None  # ("Counting her delegates, Clinton is …": a count, not words; a headline's capitals)
        comma = next(
            (c.start() for c in COMMA_RE.finditer(doc.mask, m.end(), sentence.end) if not self._quoted(c.start())),
            None,
        )
        if comma is None or any(m.end() <= v.start() < comma for v in speech):
            return None  # ("Listing his ventures she added, …": the clause has a speaker of its own)
        subject = self.reader.sentence_subject(index, sentence.end, clause_start=comma + 1)
        # (a description is left out: "the man" who asked is no one named before)
        speakers = ("registry", "name", "role", "anonymous", "pronoun")
        if subject is None or subject.kind not in speakers or inside((subject.start, subject.end), self.quotes):
            return None
        return subject

    def _quoted(self, at: int) -> bool:
        """Whether a comma at ``at`` is inside a quotation (not one its closing mark follows: 'was "so
        swollen I could barely walk," Holm')."""
        closing = self.doc.mask[at + 1 : at + 2] in CLOSING_QUOTES
        return not closing and any(q.start < at < q.end for q in self.quotes.at(self.doc.sentence_at(at)))

    def _headline_speaker(self, phrase: Phrase) -> Phrase | None:
        """The speaker of a Title Case headline, where every word is capitalised: not the adverb or
        modal before the verb ("Trump Just Announced", "Trump May Not Have Suggested"), and nobody
        named when every word is a common one the text writes capitalised only there ("Retired General
        Reveals", "New Poll Shows": a description)."""
        doc = self.doc
        words = list(WORD_RE.finditer(doc.mask, phrase.start, phrase.end))
        while words and self.common.get(fold(words[-1].group()), "").startswith(("RB", "MD")):
            words.pop()
        if not words or all(self._written_lower(w.group()) for w in words):
            return None
        end = words[-1].end()
        return phrase if end == phrase.end else replace(phrase, end=end, text=doc.text(phrase.start, end))

    def _written_lower(self, word: str) -> bool:
        """Whether a capitalised word is a common word the text never capitalises after a word in lower
        case, as it does a name ("said Trump")."""
        return (
            fold(word) in self.common
            and re.search(rf"(?<![\w'’-])[a-z][\w'’-]*[,;:]?[ \t]+{re.escape(word)}(?!\w)", self.doc.mask) is None
        )

    def _speaker_of(self, index: int, m: re.Match[str]) -> Phrase | None:
        doc = self.doc
        verb = doc.low[m.start() : m.end()].split()[0]
        participle = verb.endswith(tuple(self.words["participle_endings"]))
        agent = PASSIVE_AGENT_RE.match(doc.low, m.end())
        if agent is not None and verb.endswith(tuple(self.words["past_participle_endings"])):
            # "The highest rate noted by the team": whoever the passive names speaks, not its subject
            # ("responded by saying" names nobody: the subject speaks).
            named = self.reader.after_frame(index, agent.end())
            if named is not None:
                return named
        gap = doc.mask[doc.sentences[index].start : m.start()].rstrip(" \t\n*_")
        before = word_before(doc.low, doc.sentences[index].start, m.start())
        previous = doc.low[before[0] : before[1]] if before is not None else ""
        if participle and (fronted := self._fronted_participle(index, m, gap)) is not None:
            # "Noting that both men battled the media, Schlafly put …", "After saying her foot was
            # swollen, she was taken …": the clause opens the sentence; its subject comes after it.
            return fronted
        if participle:
            if gap.rstrip(CLOSING_QUOTES).endswith(","):  # (American style: 'with "The View," remarking')
                # "…, Ukraine's military said on Thursday, adding that …": the speaker of the clause
                # just before; "Pompeo posted a message blaming Iran, saying …": the sentence's subject,
                # not the noun before the comma.
                subject = self._speaker_before(index, m) or self.reader.sentence_subject(index, m.start())
                return None if subject is None or inside((subject.start, subject.end), self.quotes) else subject
            if self._issued(index, m):
                # "The ministry issued a statement [on Monday] denying that …": the document speaks for
                # whoever issued it.
                return self.reader.sentence_subject(index, m.start())
            if self._reduced_relative(index, m.start(), gap):
                return None
            preposition = before
            while preposition is not None and self.common.get(doc.low[slice(*preposition)], "").startswith("RB"):
                # "by essentially telling": the preposition before the adverb
                preposition = word_before(doc.low, doc.sentences[index].start, preposition[0])
            if preposition is not None and doc.low[slice(*preposition)] in self.words["gerund_time_prepositions"]:
                # "The minister resigned after announcing that …": the subject of the sentence speaks
                # ('“If she wins …,” Trump said before adding': the speaker of "said", not "she").
                subject = (
                    self._speaker_before(index, m)
                    or self._relative_subject(index, preposition[0])
                    or self.reader.sentence_subject(index, preposition[0])
                )
                return None if subject is None or inside((subject.start, subject.end), self.quotes) else subject
        if before is not None and previous in self.words["relatives"]:
            if self._issued(index, m, end=before[0]):
                # "The Guardian published an article that said …": what the article says, its publisher's.
                return self.reader.sentence_subject(index, before[0])
            if previous in self.words["noun_determiners"]:
                return None  # "a message that characterizes the economy as broken": nobody named says it
        inverting = self.words["inverting_verbs"] | self.words["inverting_say"]
        if verb in inverting and gap.endswith(",") and (aside := self._set_off_speaker(index, m, gap)) is not None:
            return aside
        phrase = self.reader.before(index, m.start())
        if phrase is None and (verb in inverting or doc.hit_at("speech_verbs", index, m.start())):
            # "The service said", "The rebels denied": a definite description right before a verb of
            # speech (not before a finding: "The episode underscores how fragile …" is the writer's).
            # (a few words at most: the clause is looked for near the verb, not back to the sentence's start)
            near = max(doc.sentences[index].start, m.start() - WORDS_NEAR)
            floor = max(doc.sentences[index].start, _clause_start(doc.mask, near, m.start()))
            opener = WORD_RE.search(doc.mask, floor, m.start())
            if opener is not None and fold(opener.group()) in self.words["clause_openers"]:
                floor = opener.end()  # "The mayor won, but the rivals said": the rivals, after "but"
            end = self.reader.strip_fillers(index, floor, m.start())
            phrase = self.reader.described(index, floor, end, speaking=True)
        if phrase is not None and participle and self._document_object(index, phrase):
            return None  # "Pompeo posted a message on Twitter blaming Iran": the message is Pompeo's
        if phrase is not None:
            return phrase
        if verb in inverting and (not gap or gap.endswith(INVERSION_OPENERS)) and not _closes_aside(gap):
            # '"…," said Smith', '…, says the report': the speaker after the verb; not "voters said they
            # could not support Obama", whose subject comes first.
            return self.reader.after(index, m.end())
        if participle:
            return self.reader.sentence_subject(index, m.start())
        return None

    def _set_off_speaker(self, index: int, m: re.Match[str], gap: str) -> Phrase | None:
        """The speaker of an inverted verb set off by commas inside its clause: "The contrast with Trump,
        said Doyle and others, would be clear" (one phrase before the comma, none of a speaker's
        descriptions: not "Smith, a spokesman, said")."""
        doc = self.doc
        start = doc.sentences[index].start
        opened = max((b.end() for b in SET_OFF_BREAK_RE.finditer(doc.mask, start, m.start())), default=start)
        if "," in doc.mask[opened : start + len(gap) - 1]:
            return None
        comma = doc.mask.find(",", m.end(), doc.sentences[index].end)
        if comma < 0 or SET_OFF_BREAK_RE.search(doc.mask, m.end(), comma):
            return None
        speaker = self.reader.after(index, m.end())
        return speaker if speaker is not None and speaker.end <= comma else None

    def _relative_subject(self, index: int, end: int) -> Phrase | None:
        """The person a relative clause still open at ``end`` is about ("met Paul Ryan, who surprised
        Trump by declaring …": Ryan declares, not the sentence's subject)."""
        doc = self.doc
        relatives = list(self._person_relative.finditer(doc.low, doc.sentences[index].start, end))
        opened = relatives[-1] if relatives else None
        if opened is None or "," in doc.mask[opened.end() : end]:
            return None
        phrase = self.reader.before(index, opened.start())
        return phrase if phrase is not None and phrase.kind in ("registry", "name", "role") else None

    @functools.cached_property
    def _person_relative(self) -> re.Pattern[str]:
        """A relative clause about a person, opened after a comma: ", who"."""
        return re.compile(rf",\s*(?:{'|'.join(sorted(self.words['person_relatives']))})\b")

    def _speaker_before(self, index: int, m: re.Match[str]) -> Phrase | None:
        """The speaker of the last verb of speech before ``m`` in its sentence, when that clause ends
        right before ``m``'s comma ("the military said on Thursday, adding")."""
        doc = self.doc
        endings = tuple(self.words["participle_endings"])
        hits = doc.hits("speech_verbs", index)
        for earlier in reversed(hits[: bisect.bisect_left(hits, m.start(), key=lambda h: h.start())]):
            if earlier.end() < m.start() - SPEAKER_BEFORE_REACH:
                return None  # too far to be the clause right before the comma (and each earlier one further)
            if earlier.end() > m.start() or doc.low[earlier.start() : earlier.end()].split()[0].endswith(endings):
                continue  # "posted a message blaming X, saying": the finite verb's speaker
            between = doc.mask[earlier.end() : m.start()]
            commas = between.count(",")
            if (
                any(mark in between for mark in '.;:“”"')
                or commas not in (1, 2)
                or not self.verbs.is_verb(index, earlier)
            ):
                return None
            gap = doc.mask[doc.sentences[index].start : earlier.start()].rstrip(" \t\n*_")
            # (not "Mr. Paulson, who made billions, told investors …, adding": the subject before the verb)
            subject = self.reader.before(index, earlier.start()) if commas == 1 else None
            if (
                subject is None
                and gap.endswith(INVERSION_OPENERS)
                and doc.low[earlier.start() : earlier.end()] in self.words["inverting_verbs"]
            ):
                # '"…," said the mayor[, a former judge], adding': the inverted verb's speaker comes after it.
                return self.reader.after(index, earlier.end())
            return subject
        return None

    def _issued(self, index: int, m: re.Match[str], end: int | None = None) -> bool:
        """ "The ministry issued a statement denying that …": a document just issued by the sentence's
        subject, and what it says (not "Airfleets, a database detailing the fleet"); the document ends
        at ``end`` when a relative pronoun stands between ("published an article that said")."""
        doc, floor = self.doc, self.doc.sentences[index].start
        # "issued a statement [on Monday] denying": past the time, the document.
        noun = word_before(doc.mask, floor, self.reader.strip_fillers(index, floor, m.start() if end is None else end))
        if noun is not None:
            noun = self._document_before_places(index, noun) or noun
        if noun is None or doc.low[noun[0] : noun[1]] not in self.words["documents"]:
            return False
        # Back to the verb that issued it: "issued a joint statement", "posted findings".
        word = word_before(doc.mask, floor, noun[0])
        for _ in range(3):
            if word is None:
                return False
            low = doc.low[word[0] : word[1]]
            tag = self.common.get(low, "")
            if tag.startswith("VB") and not doc.mask[word[0]].isupper():
                return self.verbs.says_something(index, m)
            if not (low in self.words["indefinites"] or tag.startswith(("JJ", "NN", "DT", "PRP$"))):
                return False
            word = word_before(doc.mask, floor, word[0])
        return False

    def _document_before_places(self, index: int, last: tuple[int, int]) -> tuple[int, int] | None:
        """ "posted a message on its website on the dark web saying": the document before the places
        it went up in (prepositional phrases without a verb), or None."""
        doc, floor = self.doc, self.doc.sentences[index].start
        word = last
        found = None  # the document furthest back ("a message", not "its website" it went up on)
        for _ in range(PLACES_REACH):
            low = doc.low[word[0] : word[1]]
            before = word_before(doc.mask, floor, word[0])
            if before is None or self.common.get(low, "").startswith(("VB", "MD")):
                break
            if low in self.words["prepositions"] and doc.low[before[0] : before[1]] in self.words["documents"]:
                found = before
            word = before
        return found

    def _document_object(self, index: int, phrase: Phrase) -> bool:
        """ "posted a message", "issued a statement": the document of the speech act it belongs to
        (not "cited a report", whose report is somebody else's)."""
        words = fold(phrase.text).split() or [""]
        return (
            phrase.kind == "anonymous"
            and words[0] in self.words["indefinites"]
            and bool(set(words) & self.words["documents"])
            and any(v.start() < phrase.start < v.end() for v in self.doc.hits("speech_verbs", index))
        )

    def _reduced_relative(self, index: int, start: int, gap: str) -> bool:
        """ "a database detailing the fleet": a participle describing the noun right before it, nobody
        speaking ("with officials saying …" is someone speaking: "with" gives the clause a subject)."""
        doc = self.doc
        previous = word_before(doc.mask, doc.sentences[index].start, start)
        if previous is None or self.reader.strip_fillers(index, 0, start) != previous[1]:
            return False
        cut = max(gap.rfind(","), gap.rfind(";"), gap.rfind(":"))  # (the last clause's first word)
        opener = WORD_RE.search(gap, cut + 1)
        if opener is not None and fold(opener.group()) in self.words["absolute_openers"]:
            return False
        return self.common.get(doc.low[previous[0] : previous[1]], "").startswith(("NN", "JJ"))


def _clause_start(text: str, floor: int, pos: int) -> int:
    """Where the clause ending at ``pos`` starts: after the last punctuation before it."""
    for at in range(pos - 1, floor - 1, -1):
        if text[at] in ',;:()"“”—–':
            return at + 1
    return floor


def _closes_aside(gap: str) -> bool:
    """Whether ``gap`` ends with the second of two dashes: "The film — which features … — explains the
    treatment" has its subject before the aside, not after the verb."""
    return gap[-1:] in ("—", "–") and gap[:-1].count(gap[-1]) % 2 == 1


def _opens_aside(between: str) -> bool:
    """Whether text between a speaker and a verb opens a parenthesis it does not close."""
    return between.count("(") > between.count(")")
