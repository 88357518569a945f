"""What makes a claim unverified besides its speaker: hedges, vague reports, unsourced figures.

Signals count only in words the article itself stands behind. Quoted words,
interview answers and what follows a named source's verb are that source's:
"The Guardian reports that more arrests are likely" is single-source, not
hedged. A hedge on the attribution itself ("TASS reportedly said") still counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import WORD_RE, fold
from .quotes import Quotes, inside
from .scan import WORDS_NEAR, Document
from .sourcing import Sourcing
from .verbs import POSSESSIVE_ENDINGS, word_before

#: How many words a clause opened by "no" may have before its "were reported" ("No serious injuries").
NOTHING_REACH = 4
#: How many words before a report may give it an owner ("its latest annual report that").
OWNER_REACH = 3
#: Signal kinds, as reasons name them.
HEDGE, VAGUE, ANONYMOUS, FIGURE = "hedge", "vague-report", "anonymous-source", "unsourced-figure"
COVERT, RECORD = "unsourced-act", "unsourced-record"
#: The cue families a signal can come from.
SIGNAL_FAMILIES = (
    "vague_reports",
    "hedges",
    "verification_failures",
    "hedge_adjectives",
    "anonymous_phrases",
    "modal_hedges",
    "vague_quantities",
    "unsourced_figures",
    "covert_acts",
    "battlefield_claims",
    "criminal_records",
)


@dataclass(frozen=True, slots=True)
class Signal:
    kind: str
    start: int
    end: int


def signals(doc: Document, index: int, sourcing: Sourcing, quotes: Quotes) -> list[Signal]:
    """The unverified signals of sentence ``index`` in the article's own voice."""
    if sourcing.quoted or sourcing.turn is not None:
        return []
    if index not in doc.cued(SIGNAL_FAMILIES):
        return []
    out: list[Signal] = []
    # The words that credit a speaker: the cue shown, and the verb ("She reports that …" is no vague report).
    speakers = [(s.cue_start, s.cue_end) for s in sourcing.speaking] + [s.verb for s in sourcing.speaking if s.verb]
    credited_from = sourcing.credited_from(doc.low, doc.lexicon.words, doc.lexicon.common_words)

    def voiced(m: re.Match[str]) -> bool:
        """Whether a cue is the article's own word, not the quoted or credited source's."""
        if inside(m.span(), quotes) or _overlaps(m.span(), speakers):
            return False
        return credited_from is None or (credited_from >= 0 and m.start() < credited_from)

    answered = [m.span() for m in doc.hits("answered_reports", index)]
    for m in doc.hits("vague_reports", index):
        if credited_from == -1 or inside(m.span(), quotes) or _overlaps(m.span(), speakers + answered):
            continue  # (a named source's own "it emerged", or the words that credit it)
        if _owned(doc, index, m.start()):
            continue  # "said in its annual report that …": a report someone owns is theirs, not rumour
        out.append(Signal(VAGUE, m.start(), m.end()))
    for m in doc.hits("hedges", index):
        if voiced(m) and not _nothing_reported(doc, index, m.start()):
            out.append(Signal(HEDGE, m.start(), m.end()))
    for m in doc.hits("verification_failures", index):
        if not inside(m.span(), quotes):
            out.append(Signal(HEDGE, m.start(), m.end()))
    for m in doc.hits("hedge_adjectives", index):
        legal = doc.low[m.start() : m.end()] in doc.lexicon.words["legal_hedges"]
        if voiced(m) and _attributive(doc, index, m) and not (legal and _in_legal_context(doc, index, m.start())):
            out.append(Signal(HEDGE, m.start(), m.end()))
    for family, kind in (("covert_acts", COVERT), ("battlefield_claims", COVERT), ("criminal_records", RECORD)):
        for m in doc.hits(family, index):
            if voiced(m):
                out.append(Signal(kind, m.start(), m.end()))
    for m in doc.hits("anonymous_phrases", index):
        if not inside(m.span(), quotes) and not _overlaps(m.span(), speakers):
            out.append(Signal(ANONYMOUS, m.start(), m.end()))
    for m in doc.hits("modal_hedges", index):
        # (before a speaker's words, still the writer's: "The rise had been widely expected after the
        # union announced that …"; with nobody found to credit, the writer's throughout)
        mine = voiced(m) if sourcing.speaking else not inside(m.span(), quotes)
        if mine and not _qualifies(doc, index, m):
            out.append(Signal(HEDGE, m.start(), m.end()))
    if not sourcing.speaking:
        for m in doc.hits("vague_quantities", index):
            if not inside(m.span(), quotes) and not _after_preposition(doc, index, m.start()):
                out.append(Signal(VAGUE, m.start(), m.end()))
        # (a sentence set in a past year is background: "In 2019, a fire in Dhaka killed at least 67 people")
        record = bool(doc.hits("figures_of_record", index)) or _set_in_a_year(doc, index)
        for hit in doc.hits("unsourced_figures", index):
            figure = _after_year(doc, index, hit) if _is_year(doc, hit) else hit
            if figure is None or record or inside(figure.span(), quotes) or _definite(doc, index, figure.start()):
                continue
            if _age(doc, figure.start()):
                continue
            acts = doc.lexicon.words["employment_verbs"] | doc.lexicon.words["official_act_verbs"]
            if _word_before(doc, index, figure.start()) in acts:
                continue
            if _population(doc, index, figure.start()) or _in_a_dated_past(doc, index, figure.start()):
                continue
            out.append(Signal(FIGURE, figure.start(), figure.end()))
            break
    return out


def _set_in_a_year(doc: Document, index: int) -> bool:
    """Whether the sentence opens on the year it tells of ("In 2019,", "In October 2024,")."""
    words = WORD_RE.findall(doc.mask, doc.sentences[index].start, doc.sentences[index].end)[:3]
    if not words or fold(words[0]) not in doc.lexicon.words["time_prepositions"]:
        return False
    return any(_year(word) for word in words[1:3])


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def _word_before(doc: Document, index: int, start: int) -> str | None:
    """The word before ``start`` in sentence ``index``, folded."""
    span = word_before(doc.mask, doc.sentences[index].start, start)
    return fold(doc.mask[span[0] : span[1]]) if span else None


def _owned(doc: Document, index: int, start: int) -> bool:
    """Whether the words right before ``start`` give its noun an owner: "its annual report", "Tesco's
    report" (a determiner such as "a" or "the" first leaves it nobody's: "a report that …")."""
    words = doc.lexicon.words
    end = start
    for _ in range(OWNER_REACH):
        span = word_before(doc.mask, doc.sentences[index].start, end)
        if span is None:
            return False
        word = fold(doc.mask[span[0] : span[1]])
        if word in words["possessive_determiners"] or word.endswith(POSSESSIVE_ENDINGS):
            return True
        if word in words["determiners"] | words["definite_determiners"]:
            return False
        end = span[0]
    return False


def _in_a_dated_past(doc: Document, index: int, start: int) -> bool:
    """The toll of an event a year dates, background: "the deadliest since 1995, when 13 people died",
    "An outbreak in the region from 2018 to 2020 killed 2,300 people", "The 2014 floods displaced
    40,000"; not a toll counted from a year on ("Since 2020 the virus has killed 2,300 people")."""
    floor = max(doc.sentences[index].start, start - WORDS_NEAR)
    words = WORD_RE.findall(doc.mask, floor, start)
    if len(words) >= 2 and fold(words[-1]) in doc.lexicon.words["date_relatives"] and _year(words[-2]):
        return True
    # The year in the toll's own clause, with nothing opening another clause between them ("dropped
    # in 2018 after two children died" dates the drop, not the deaths).
    clause = [fold(w) for w in re.split(r"[,;:]", doc.mask[floor:start])[-1].split()]
    years = [i for i, w in enumerate(clause) if _year(w.strip("."))]
    if not years or (years[-1] and clause[years[-1] - 1] in doc.lexicon.words["starting_points"]):
        return False
    return not set(clause[years[-1] + 1 :]) & doc.lexicon.words["clause_openers"]


def _population(doc: Document, index: int, start: int) -> bool:
    """ "a village of about 2,000 people", "a population of 60,000": a place's size, background."""
    of = word_before(doc.mask, doc.sentences[index].start, start)
    if of is None or fold(doc.mask[of[0] : of[1]]) not in doc.lexicon.words["noun_complements"]:
        return False
    return _word_before(doc, index, of[0]) in doc.lexicon.words["settlement_nouns"]


def _definite(doc: Document, index: int, start: int) -> bool:
    """ "the two people are one and the same": people the text already knows, not a count."""
    first = WORD_RE.match(doc.mask, start)
    if first is None or not (first.group()[0].isdigit() or doc.lexicon.common_words.get(fold(first.group())) == "CD"):
        return False  # "the death toll rose to 31": the figure comes later
    return (
        _word_before(doc, index, start) in doc.lexicon.words["definite_determiners"] | doc.lexicon.words["determiners"]
    )


def _after_preposition(doc: Document, index: int, start: int) -> bool:
    """ "in many countries": a place or a share, not a crowd of sources (as "a surprise to many
    analysts, who had expected …" is)."""
    return _word_before(doc, index, start) in doc.lexicon.words["place_prepositions"]


def _attributive(doc: Document, index: int, m: re.Match[str]) -> bool:
    """ "a suspected gas leak": the adjective qualifies the noun after it ("increasingly apparent" does not)."""
    after = WORD_RE.match(doc.mask, m.end() + 1) if doc.mask[m.end() : m.end() + 1] == " " else None
    floor = doc.sentences[index].start
    before = [doc.low[w.start() : w.end()] for w in WORD_RE.finditer(doc.mask, max(floor, m.start() - 20), m.start())]
    opens = not before or before[-1] in doc.lexicon.words["determiners"] or not doc.mask[floor : m.start()].strip()
    return after is not None and opens


def _qualifies(doc: Document, index: int, m: re.Match[str]) -> bool:
    """ "the likely nominee", "more likely to say": one hedge word describing a noun or compared,
    not the writer doubting the sentence."""
    if " " in m.group():
        return False
    floor, end = doc.sentences[index].start, doc.sentences[index].end
    before = [fold(w.group()) for w in WORD_RE.finditer(doc.mask, max(floor, m.start() - 20), m.start())]
    after = WORD_RE.match(doc.mask, m.end() + 1, end) if doc.mask[m.end() : m.end() + 1] == " " else None
    if before and before[-1] in doc.lexicon.words["comparatives"]:
        # "more likely to say", "less likely than", "the most likely outcome" compare;
        # "most likely took over", "is most likely caused" hedge the verb after them.
        if after is None:
            return doc.mask[m.end() : m.end() + 1] != ","  # "Most likely, the deal …" hedges
        return _compares(doc, after)
    if before and before[-1] in doc.lexicon.words["passive_auxiliaries"] | doc.lexicon.words["modal_auxiliaries"]:
        return False  # "is probably due to", "were possibly students": the verb's claim is hedged
    if fold(m.group()) not in doc.lexicon.words["attributive_hedges"]:
        return False  # "probably right", "perhaps Russia": an adverb hedges whatever follows
    if after is not None and after.group()[:1].isupper():
        return True  # "likely GOP primary voters", "likely Democratic voters": a name modifying a noun
    word = fold(after.group()).rstrip(".") if after is not None else ""  # (a last word keeps its full stop)
    return doc.lexicon.common_words.get(word, "").startswith(("NN", "JJ"))


def _compares(doc: Document, after: re.Match[str]) -> bool:
    """ "more likely to vote", "more likely that", "the most likely outcome" compare; only a verb after
    it ("most likely took over", "will most likely hinder") makes "most likely" the writer's hedge."""
    return not doc.lexicon.common_words.get(fold(after.group()).rstrip("."), "").startswith("VB")


def _nothing_reported(doc: Document, index: int, start: int) -> bool:
    """ "No deaths have been reported": a report of nothing, not a vague report of something."""
    floor = max(doc.sentences[index].start, start - WORDS_NEAR)
    clause = re.split(r"[,;:]", doc.low[floor:start])[-1].split()
    return bool(clause) and len(clause) <= NOTHING_REACH and clause[0] in doc.lexicon.words["absence_determiners"]


def _in_legal_context(doc: Document, index: int, start: int) -> bool:
    """ "a trial over alleged fraud", "charged with suspected arson": part of the account of a case."""
    floor = doc.sentences[index].start
    before = [fold(m.group()) for m in WORD_RE.finditer(doc.mask, max(floor, start - 30), start)][-2:]
    return any(word in doc.lexicon.words["legal_context"] for word in before)


def _after_year(doc: Document, index: int, m: re.Match[str]) -> re.Match[str] | None:
    """ "dropped in 2018 after two children died": the count may follow the year (or years: "from
    2018 to 2020 killed 2,300 people")."""
    found: re.Match[str] | None = m
    while found is not None and _is_year(doc, found):
        found = doc.lexicon.patterns["unsourced_figures"].search(doc.low, found.start() + 5, doc.sentences[index].end)
    return found


def _age(doc: Document, start: int) -> bool:
    """ "Amira Hassan, 29, was pronounced dead": a person's age between commas, not a count."""
    number = WORD_RE.match(doc.mask, start)
    return (
        number is not None
        and number.group().isdigit()
        and doc.mask[max(0, start - 2) : start] == ", "
        and doc.mask[number.end() : number.end() + 1] == ","
    )


def _is_year(doc: Document, m: re.Match[str]) -> bool:
    """ "in 2019 the building…": a year is not a count of anything."""
    return _year(m.group().split()[0].rstrip(",.;:"))


def _year(word: str) -> bool:
    """A year of the last two centuries ("1998", "2019")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")
