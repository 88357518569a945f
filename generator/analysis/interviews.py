"""Interviews: paragraphs opened by a speaker's label, questions and answers.

A transcript marks each turn with its speaker ("((WN))", "Q:", "**Smith:**",
or initials, "MS", once the full name has been given). An answer rests on the
person answering, every sentence of it, until the next turn; a question
carries no mark (it claims nothing). Articles with fewer than two labelled
turns are not interviews, so a stray "Note:" never turns a report into one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from .cues import fold
from .scan import Document

#: A turn label at the start of a paragraph, in the usual transcript styles (after the quotation
#: mark a transcript quoted whole opens each paragraph with: '"PENCE: Well, look, …').
LABEL_RE = re.compile(
    r"\s*[\"“]?(?:\(\((?P<paren>[^()\n]{1,60})\)\)|\[(?P<bracket>[^\]\n]{1,60})\]"
    r"|\*\*(?P<bold>[^*\n]{1,60}?):?\*\*:?|(?P<colon>[A-Z][\w.'’ -]{0,40}?):(?=\s))\s+"
)
#: Initials standing for a speaker named in full before ("MS Although we used …").
INITIALS_RE = re.compile(r"\s*(?P<initials>[A-Z]{2,3})\s+(?=[A-Z\"“])")
#: A one-letter label run into the turn's first word when the markup around it was lost ("QWhat would
#: have happened?"); it counts only when the letter is a question's or an answer's label.
FUSED_LABEL_RE = re.compile(r"\s*(?P<fused>[A-Z])(?=[A-Z][a-z])")
NAME_RUN_RE = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+")
#: A full name with up to two words of title before it ("Vice President Joe Biden").
TITLED_NAME_RE = re.compile(r"\b(?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+")
MIN_TURNS = 2
#: A possessive inside a run of capitalised words ("Lisbon's Santa Maria"): no person's name.
POSSESSIVE_INSIDE_RE = re.compile(r"\w['’]s\b")
#: A paragraph that is one question set in bold: a Q&A's question with no speaker's label.
BOLD_QUESTION_RE = re.compile(r"\s*\*\*[^*\n]{2,300}\?\s*\*\*\s*")
#: … and, once such questions make a Q&A, a bold paragraph that prompts with a statement ("**Some
#: residents say they were not consulted.**"; not a bold subheading, which has no full stop).
BOLD_PROMPT_RE = re.compile(r"\s*\*\*[^*\n]{2,300}[.!]\s*\*\*\s*")


@dataclass(frozen=True, slots=True)
class Turn:
    kind: Literal["question", "answer"]
    #: Who answers (None for a question).
    speaker: str | None
    #: The label as written, and where (None for a turn continued without a label).
    label_start: int
    label_end: int
    #: Sentence that opened the turn.
    first: int


def turns(doc: Document) -> dict[int, Turn]:
    """For each sentence of an interview transcript, the turn it belongs to."""
    spans = _block_spans(doc)
    interviewer = doc.lexicon.words["interviewer_labels"]
    answerer = doc.lexicon.words["answer_labels"]
    labels: dict[int, tuple[str, int, int]] = {}
    bare: set[int] = set()
    fused: set[int] = set()
    for block, (index, _) in spans.items():
        start = doc.sentences[index].start
        m = LABEL_RE.match(doc.body, start)
        if m is None and (m := INITIALS_RE.match(doc.body, start)) is not None:
            bare.add(block)
        if m is None and (m := FUSED_LABEL_RE.match(doc.body, start)) is not None:
            if fold(m.group("fused")) in interviewer | answerer:
                fused.add(block)
            else:
                m = None
        if m and m.lastgroup and not _heading(doc, m.group(m.lastgroup)):
            # "**((Wikinews))**": the bold label of a bracketed name is the name.
            labels[block] = (
                m.group(m.lastgroup).strip().strip("()[]").strip(),
                m.start(m.lastgroup),
                m.end(m.lastgroup),
            )
    counts = Counter(fold(name) for name, _, _ in labels.values())
    written = Counter(fold(v[0]) for b, v in labels.items() if b not in fused)
    if max(written.values(), default=0) < MIN_TURNS:
        # A fused letter is a label only beside labels written out that recur ("A:" … "A:"), not a
        # paragraph that opens on a name such as "QAnon".
        labels = {b: v for b, v in labels.items() if b not in fused}
    # Bare initials count only when they recur ("MS … MS …"); so does the transcript as a whole:
    # it names its speakers again and again, which a stray "Note:" paragraph does not.
    labels = {b: v for b, v in labels.items() if b not in bare or counts[fold(v[0])] >= MIN_TURNS}
    if len(labels) < MIN_TURNS or max(counts.values(), default=0) < MIN_TURNS:
        return _set_questions(doc, spans)
    full_names = _expand_initials(doc, {v[0] for v in labels.values() if v[0].isupper() and len(v[0]) <= 3})
    for block, (index, _) in spans.items():
        if block in labels:
            continue
        for initials_, name in full_names.items():
            if doc.body.startswith(name, doc.sentences[index].start):
                start = doc.sentences[index].start
                labels[block] = (initials_, start, start + len(name))
    out: dict[int, Turn] = {}
    current: Turn | None = None
    first_turn = min(spans[b][0] for b in labels)
    last_turn = max(spans[b][0] for b in labels)
    if first_turn:
        # The opening question is often set without a label, right before the first answer.
        before_first, _ = spans[doc.blocks[first_turn - 1]]
        text = doc.mask[doc.sentences[before_first].start : doc.sentences[first_turn - 1].end]
        if text.rstrip().endswith("?") and _asks_only(text):
            first_turn = before_first
    for index in range(first_turn, len(doc.sentences)):
        block = doc.blocks[index]
        if spans[block][0] == index:
            text = doc.mask[doc.sentences[index].start : doc.sentences[spans[block][1]].end]
            if block in labels:
                name, a, b = labels[block]
                speaker = full_names.get(name, name)
                if fold(name) in answerer:  # "A:": whoever the text introduced before the transcript
                    speaker = _interviewee(doc, min(spans[b][0] for b in labels)) or name
                asks = fold(name) in interviewer or (text.rstrip().endswith("?") and _asks_only(text))
                current = Turn("question" if asks else "answer", None if asks else speaker, a, b, index)
            elif text.rstrip().endswith("?") and _asks_only(text):
                current = Turn("question", None, doc.sentences[index].start, doc.sentences[index].start, index)
            elif current is not None and current.kind == "question":
                current = None  # narrative between turns
            elif current is not None and _about(doc, text, current.speaker):
                current = None  # "Ortiz faces the incumbent …": the writer again, after the transcript
            elif current is not None and index > last_turn and not _goes_on(doc, text):
                current = None  # after the last turn, the writer's: "The EU banned cod fishing in 2019."
        if current is not None:
            out[index] = current
    return out


def _set_questions(doc: Document, spans: dict[int, tuple[int, int]]) -> dict[int, Turn]:
    """A Q&A whose questions stand in bold paragraphs of their own ("**How worried should we be?**")
    and whose answers follow unlabelled: every answer is the person the introduction names, until a
    paragraph speaks of them instead."""
    questions = {
        block
        for block, (first, last) in spans.items()
        if BOLD_QUESTION_RE.fullmatch(doc.body, doc.sentences[first].start, doc.sentences[last].end)
    }
    if len(questions) < MIN_TURNS:
        return {}
    first_turn = min(spans[block][0] for block in questions)
    speaker = _interviewee(doc, first_turn)
    if speaker is None:
        return {}
    questions |= {
        block
        for block, (first, last) in spans.items()
        if first > first_turn
        and BOLD_PROMPT_RE.fullmatch(doc.body, doc.sentences[first].start, doc.sentences[last].end)
    }
    out: dict[int, Turn] = {}
    current: Turn | None = None
    for index in range(first_turn, len(doc.sentences)):
        block = doc.blocks[index]
        if spans[block][0] == index:
            start = doc.sentences[index].start
            text = doc.mask[start : doc.sentences[spans[block][1]].end]
            if block in questions:
                current = Turn("question", None, start, start, index)
            elif current is not None and current.kind == "question":
                current = Turn("answer", speaker, start, start, index)
            elif current is not None and _about(doc, text, speaker):
                current = None  # the writer again, after the transcript
        if current is not None:
            out[index] = current
    return out


def _about(doc: Document, text: str, speaker: str | None) -> bool:
    """Whether an unlabelled paragraph speaks of the person answering, not as them: it names them
    and never says "I" or "we"."""
    if not speaker:
        return False
    words = {fold(w) for w in re.findall(r"\w+", text)}  # "Marsh's laboratory" speaks of Marsh
    surname = fold(speaker.split()[-1])
    return surname in words and not words & doc.lexicon.words["first_person_words"]


def _first_person(doc: Document, text: str) -> bool:
    """Whether a paragraph says "I" or "we" anywhere."""
    return bool({fold(w) for w in re.findall(r"\w+", text)} & doc.lexicon.words["first_person_words"])


def _goes_on(doc: Document, text: str) -> bool:
    """Whether a paragraph after the last turn goes on with the answer: it says "I" or "we", or opens
    on a word that leans on what came before ("It also depends on the rain.", "But …")."""
    first = re.match(r"\W*(\w+)", text)
    words = doc.lexicon.words
    return _first_person(doc, text) or (
        first is not None and fold(first.group(1)) in words["pronouns"] | words["clause_openers"]
    )


def _block_spans(doc: Document) -> dict[int, tuple[int, int]]:
    """Each block's first and last sentence."""
    spans: dict[int, tuple[int, int]] = {}
    for index, block in enumerate(doc.blocks):
        first, _ = spans.get(block, (index, index))
        spans[block] = (first, index)
    return spans


def _asks_only(text: str) -> bool:
    """A paragraph of questions: every sentence ends with a question mark (or a label's colon)."""
    pieces = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p]
    return bool(sum(p.endswith("?") for p in pieces) * 2 >= len(pieces))


def _expand_initials(doc: Document, wanted: set[str]) -> dict[str, str]:
    """ "MS" → "Michael Siegel": the first name in the text whose words start with those letters."""
    found: dict[str, str] = {}
    for m in NAME_RUN_RE.finditer(doc.body):
        letters = "".join(word[0] for word in m.group().split())
        if letters in wanted and letters not in found:
            found[letters] = m.group()
    return found


def _interviewee(doc: Document, first_turn: int) -> str | None:
    """The person an unnamed "A:" stands for: of the full names before the first turn, the one the
    introduction names most often ("Q&A with Joe Biden … Biden spoke with our reporters …"), not
    whoever it mentioned last (the reporters, or a judge the interview was about)."""
    intro = doc.body[: doc.sentences[first_turn].start]
    # (not "Lisbon's Santa Maria": a possessive makes a place or a thing, not a person's name)
    names = [m.group() for m in TITLED_NAME_RE.finditer(intro) if not POSSESSIVE_INSIDE_RE.search(m.group())]
    if not names:
        return None
    words = Counter(re.findall(r"[\w'’-]+", intro))
    return max(names, key=lambda name: words[name.split()[-1]])  # the first of the most named


#: Tags of a first word that makes a label a heading, not a speaker ("The Latest:", "Still to come:").
FUNCTION_TAGS = ("DT", "RB", "IN", "CC", "TO", "PRP$", "WDT", "WRB", "EX")


def _heading(doc: Document, label: str) -> bool:
    """A live blog's "The Latest:" or "Still to come:" (a label opened by a function word), or a line
    that introduces what follows ("Partial transcript as follows:": words in lower case, no name)."""
    words = fold(label).split()
    turn_labels = doc.lexicon.words["interviewer_labels"] | doc.lexicon.words["answer_labels"]
    if not words or label.startswith("((") or " ".join(words) in turn_labels:
        return False
    connectors = doc.lexicon.words["name_connectors"]
    if any(w[:1].islower() and w not in connectors for w in label.split()[1:]):
        return True
    return doc.lexicon.common_words.get(words[0], "").startswith(FUNCTION_TAGS)
