"""The writer's own opinion: interpretation, evaluation, recommendation, prediction.

Only sentences in the writer's own voice are scored: a quoted or credited
opinion belongs to its speaker. Each cue family of the lexicon has a weight,
and a sentence is opinion when the weights of the cues found in it reach the
lexicon's threshold, so one weak word ("dramatic flooding") is not enough.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from .cues import WORD_RE, fold
from .quotes import Quotes, inside
from .scan import TRAILING, WORDS_NEAR, Document
from .segment import SENTENCE_OPENING

#: How many words before a cue a question word makes it part of a reported question.
ASKED_REACH = 5
#: How many words after a verdict a time anchor makes it a ranking ("the worst … since 2019").
RECORD_REACH = 8
#: How many words after a superlative may name the event it ranks ("the worst mass shooting").
RANKED_REACH = 2
#: How many words after "should" a date may make it an expectation ("should reopen early next week").
EXPECTED_REACH = 6
#: The last word before a position, right before it (no punctuation between).
LAST_WORD_RE = re.compile(r"(\w+)\s*$")
#: What ends a reported clause before a cue: a new clause after a semicolon or a dash.
REPORT_BREAK_RE = re.compile(r"[;—–]")
#: Punctuation that ends a clause inside a sentence.
CLAUSE_MARK_RE = re.compile(r"[,;:—–()]")


@dataclass(frozen=True, slots=True)
class Cue:
    family: str
    start: int
    end: int


def opinion_cues(doc: Document, index: int, quotes: Quotes, *, credited_from: int | None = None) -> list[Cue]:
    """The opinion cues of sentence ``index`` when they reach the threshold, else none.

    In a sentence that credits a source, only framing families count, and only in the
    writer's words (before ``credited_from``, where the source's words begin; -1: none).
    """
    attributed = credited_from is not None
    lexicon = doc.lexicon
    sentence = doc.sentences[index]
    cues: list[Cue] = []
    score = 0.0
    tail = -1
    scanned = index in doc.cued(lexicon.scanned_opinion)
    reporting: _Reporting | None = None  # (read when the first cue is found: most sentences have none)
    for family in lexicon.opinion:
        if (attributed and not family.in_attributed) or (family.scanned and not scanned):
            continue
        if family.case_sensitive:
            found = doc.hits_as_written(family.key, index, family.pattern)
        elif family.end_of_sentence:
            found = [m for m in family.pattern.finditer(doc.mask, sentence.start, sentence.end)]
        else:
            found = doc.hits(family.key, index)
        if found and family.end_of_sentence and tail < 0:
            tail = sentence.start + len(doc.mask[sentence.start : sentence.end].rstrip(TRAILING))
        for m in found:
            if inside(m.span(), quotes) or (family.end_of_sentence and m.end() != tail):
                continue
            titled = _in_title(doc, index, m.start(), m.end())
            if family.case_sensitive and (titled or _numeral(doc, index, m.start(), m.end())):
                continue
            if titled and not doc.title_case(index):
                continue  # "a Make America Great Again hat": a slogan's word (a headline's words are its own)
            if reporting is None:
                reporting = _Reporting(doc, index)
            if (
                _asked(doc, index, m.start())
                or _on_record(doc, index, m.start(), m.end())
                or _expected(doc, index, m)
                or (reporting.covers(m.start()) and not _first_person(doc, m))
            ):
                continue
            if credited_from is not None and (credited_from < 0 or m.start() >= credited_from):
                continue
            score += family.weight
            cues.append(Cue(family.name, m.start(), m.end()))
    return cues if score >= lexicon.opinion_threshold else []


def _in_title(doc: Document, index: int, start: int, end: int) -> bool:
    """ "The Social Distance Between Us", "Who We Are": a capitalised word inside a title, not the
    writer speaking (a one-letter "I" is capitalised anywhere)."""
    word = doc.mask[start:end]
    floor = max(doc.sentences[index].start, start - WORDS_NEAR)
    if end - start < 2 or not word[:1].isupper() or not doc.mask[floor:start].strip(SENTENCE_OPENING):
        return False
    before = doc.mask[floor:start].split()
    return bool(before) and before[-1][:1].isupper()


def _numeral(doc: Document, index: int, start: int, end: int) -> bool:
    """ "World War I", "King Charles I": a Roman one after a name, not the writer (the word before it
    is capitalised but does not open the sentence: "When I arrived" is the writer; nor does an article
    stand before that word: "the America I know" is the writer's too)."""
    if end - start != 1 or doc.mask[start - 1 : start] != " ":
        return False  # (one capital letter: the first-person cues are case-sensitive)
    before = doc.mask[max(doc.sentences[index].start, start - WORDS_NEAR) : start].split()  # (its two words)
    named = len(before) > 1 and before[-1][:1].isupper() and before[-1][-1:].isalpha()
    return named and fold(before[-2]) not in doc.lexicon.words["determiners"]


def _asked(doc: Document, index: int, start: int) -> bool:
    """ "asked whether the plan was a mistake", "to discuss why her party is the best choice": a
    question the sentence reports, not the writer's own verdict."""
    floor = max(doc.sentences[index].start, start - WORDS_NEAR)
    words = list(WORD_RE.finditer(doc.low, floor, start))[-ASKED_REACH:]
    asked = [w for w in words if w.group() in doc.lexicon.words["question_words"]]
    if asked and _own_question(doc, index, asked[-1].start()):
        return False  # "Why should anyone believe them now?": the writer asks, and means the answer
    if asked and asked[-1].group() in doc.lexicon.words["exclaiming_words"] and not _governed(doc, index, asked[-1]):
        return False  # "How wrong they were, and how badly we misjudged them": the writer exclaims
    # In the same clause: "the stories—whether voluntary or coerced—serve as a reminder" asks nothing.
    return bool(asked) and not CLAUSE_MARK_RE.search(doc.low, asked[-1].end(), start)


def _first_person(doc: Document, m: re.Match[str]) -> bool:
    """Whether a cue says "I" or "we": in words someone else's verb reports, that is still the writer
    ("Trump understands that the threat is the immigrants we accept")."""
    return bool(set(WORD_RE.findall(fold(m.group()))) & doc.lexicon.words["first_person_words"])


class _Reporting:
    """Where a sentence's verbs of speech and findings open a clause they report ("said that",
    "explained why", "wondered if"), read once per sentence: whether a cue stands in one is then a
    bisection, not a walk over every verb and the words after it (a hostile sentence holds thousands)."""

    def __init__(self, doc: Document, index: int) -> None:
        words = doc.lexicon.words
        sentence = doc.sentences[index]
        # (a finding's too: "The court found that the ban should be lifted" is the court's)
        verbs = sorted([*doc.hits("speech_verbs", index), *doc.hits("finding_verbs", index)], key=lambda v: v.start())
        #: For each verb that opens a reported clause: where that clause's first word ends, and the verb.
        self.opened: list[tuple[int, int]] = []
        writer = next(
            (
                w.start()
                for w in WORD_RE.finditer(doc.low, sentence.start, sentence.end)
                if w.group() in words["first_person_words"]
            ),
            sentence.end,
        )
        # "said that", "explained why", "wondered if" (after "say", an "if" is a condition)
        opening = words["complementizers"] | words["question_words"]
        wondering = opening | words["asked_question_words"]
        for verb in verbs:
            following = WORD_RE.search(doc.low, verb.end(), sentence.end)
            first = doc.low[verb.start() : verb.end()].split()[0]
            opens = wondering if first in words["wondering_verbs"] else opening
            if following is None or following.group() not in opens:
                continue
            before = WORD_RE.findall(doc.low, max(sentence.start, verb.start() - WORDS_NEAR), verb.start())
            verbal = before and before[-1] in words["infinitive_markers"] | words["subject_pronouns"]  # "to wonder if"
            if not before or (doc.lexicon.common_words.get(first, "").startswith("NN") and not verbal):
                continue  # an imperative ("Observe that"), a noun ("his comments that Muslims should")
            if before[-1] in words["determiners"] | words["definite_determiners"] or writer < verb.start():
                continue  # "a claim that", "I would argue that": the writer's
            self.opened.append((following.end(), verb.end()))
        self.first_words = [end for end, _ in self.opened]
        self.breaks = [m.start() for m in REPORT_BREAK_RE.finditer(doc.low, sentence.start, sentence.end)]

    def covers(self, start: int) -> bool:
        """Whether ``start`` lies in a clause a verb reports, no semicolon or dash between them."""
        nearest = bisect.bisect_right(self.first_words, start)
        if not nearest:
            return False
        verb_end = self.opened[nearest - 1][1]
        last_break = bisect.bisect_left(self.breaks, start)
        return not last_break or self.breaks[last_break - 1] < verb_end


def _own_question(doc: Document, index: int, start: int) -> bool:
    """Whether the question word at ``start`` opens the sentence, and the sentence ends asking."""
    return not doc.mask[doc.sentences[index].start : start].strip(SENTENCE_OPENING) and doc.asks(index)


def _governed(doc: Document, index: int, word: re.Match[str]) -> bool:
    """Whether a verb or a preposition right before ``word`` asks the question it opens ("discussed
    how", "disagree over how"; not an exclamation: "How wrong …", "…, and how badly …")."""
    # (from a little before the word: a search from the sentence's start would try every word of it)
    before = LAST_WORD_RE.search(doc.low, max(doc.sentences[index].start, word.start() - WORDS_NEAR), word.start())
    if before is None:
        return False
    low = before.group(1)
    return low in doc.lexicon.words["prepositions"] or doc.lexicon.common_words.get(low, "").startswith("VB")


def _expected(doc: Document, index: int, m: re.Match[str]) -> bool:
    """ "The bridge should reopen next week", "Results should be known by Friday": "should" of what is
    expected by a date, not the writer's advice; and "Under the plan, tenants should receive …": what
    a rule says."""
    words = doc.lexicon.words
    if fold(m.group()) not in words["expectation_modals"]:
        return False
    after = WORD_RE.findall(doc.low, m.end(), min(doc.sentences[index].end, m.end() + WORDS_NEAR))
    if {w.rstrip(".") for w in after[:EXPECTED_REACH]} & words["expectation_anchors"]:  # (a last word's full stop)
        return True
    opening = WORD_RE.search(doc.low, doc.sentences[index].start, m.start())
    return opening is not None and opening.group() in words["rule_openers"]


def _on_record(doc: Document, index: int, start: int, end: int) -> bool:
    """ "the worst the country has seen since 2019", "the highest on record", "the worst attack on the
    community": a ranking anchored in time or by a toll, which can be checked, not the writer's verdict."""
    after = [w.rstrip(".") for w in WORD_RE.findall(doc.low, end, min(doc.sentences[index].end, end + WORDS_NEAR))]
    after = after[:RECORD_REACH]  # (a sentence's last word keeps its full stop: "on record.")
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(after)}
    if (set(after) | pairs) & doc.lexicon.words["record_anchors"]:
        return True
    last = WORD_RE.findall(doc.low, start, end)[-1:]
    superlative = bool(last) and doc.lexicon.common_words.get(last[0], "") == "JJS"
    if superlative and set(after) & doc.lexicon.words["superlative_anchors"]:
        return True  # "the most significant agreement in its history"
    if superlative and set(after[:RANKED_REACH]) & doc.lexicon.words["ranked_events"]:
        return True  # "the worst (mass) shooting": an event ranked by its toll ("a cowardly attack" is judged)
    periods, openers = doc.lexicon.words["record_periods"], doc.lexicon.words["period_openers"]
    return any(
        word in periods and openers & {after[i - 1], after[i - 2] if i > 1 else ""} for i, word in enumerate(after) if i
    )
