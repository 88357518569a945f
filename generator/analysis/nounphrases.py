"""What a noun phrase names: the top of the linguistic layer under the attribution
rules (built on ``chunks``, ``heads`` and ``names``).

Cheaply and from data, a phrase is a registry source, a proper name
(capitalised words, with a common-word list to tell "Protesters" from
"Kovalenko" at the start of a sentence), an institution or office speaking on
the record ("the ministry", "Chelyabinsk's governor"), an unnamed person or
group ("officials", "an aide to the prime minister"), a pronoun, or a
reference back to a source named before ("the agency", "the actress").
Speakers named together ("Reuters and the BBC") are split into conjuncts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from .chunks import MAX_PHRASE_WORDS, ChunkReader
from .cues import WORD_RE, fold
from .registry import MEDIA_KINDS, Mention
from .scan import Document

PhraseKind = Literal["registry", "name", "role", "anonymous", "pronoun", "anaphor"]

#: How many words ("to", "the") may stand between "a source close" and the noun phrase it ends with.
ANONYMOUS_REACH = 3
#: How far into a phrase a published piece's venue may stand ("a long editorial in").
VENUE_REACH = 5
#: The most words a time ending a speaker's phrase takes ("earlier this year").
TIME_WORDS = 3
#: The anaphor kind of a share of a poll's respondents ("Six in 10", "46 percent of voters"): the
#: poll named before, never a person.
RESPONDENTS = "respondents"


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker as the text names it, and what kind of speaker it is."""

    start: int
    end: int
    text: str
    kind: PhraseKind
    #: Registry sources named in the phrase, in order.
    mentions: tuple[Mention, ...] = ()
    #: For coordinated speakers ("Reuters and the BBC"), each conjunct.
    parts: tuple[Phrase, ...] = field(default=())


#: A name's possessive ending, right after it ("Obama's", "the Clintons’"): the name owns the noun after it.
OWNER_RE = re.compile(r"['’]s?(?!\w)")


class NounPhrases(ChunkReader):
    """Says what the noun phrases of one document name."""

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self.anaphors = doc.lexicon.anaphors
        #: A share of a poll's respondents ("Six in 10", "46 percent of voters"): see ``respondents``.
        self.respondent_patterns = tuple(a.pattern for a in self.anaphors if RESPONDENTS in a.kinds)

    def classify(self, index: int, start: int, end: int, *, trailing: bool = False) -> Phrase | None:
        """The speaker named in ``mask[start:end]`` (with ``trailing``, only its last noun phrase)."""
        doc = self.doc
        words = [(m.start(), m.end()) for m in WORD_RE.finditer(doc.mask, start, end)]
        if not words:
            return None
        if trailing:
            tail = self._trailing_noun_phrase(index, words)
            if tail and (anonymous := self._anonymous_head(words, tail)) is not None:
                return anonymous
            words = tail
        while words and fold(doc.mask[words[0][0] : words[0][1]]) in self.words["clause_openers"]:
            if self._demonstrative(index, words):
                break  # "That person said": the one described before, not a clause's "that"
            words = words[1:]
        while words and doc.low[words[-1][0] : words[-1][1]] in self.words["prepositions"]:
            words = words[:-1]  # "criticized by some of his rivals for failing": the rivals, not "… for"
        words = self._without_time(words)
        if words and self.respondents(doc.low[words[0][0] : words[-1][1]]):
            # "Six in 10 say", "46 percent of voters said": what the poll found, a count that is no speaker
            a, b = words[0][0], words[-1][1]
            return Phrase(a, b, doc.text(a, b), "anaphor")
        # (not what comes after a preposition and a count: "the opposition from more than 80% of …")
        tokens = [doc.low[x:y] for x, y in words]
        counted = next(
            (
                q
                for q in range(1, len(tokens) - 1)
                if tokens[q] in self.words["prepositions"] - self.words["noun_complements"]  # ("five of 12 judges")
                and _quantity(tokens[q + 1], self.words)
            ),
            None,
        )
        words = words[:counted] if counted is not None else words
        if not words or len(words) > MAX_PHRASE_WORDS:
            return None
        if counted is not None and all(self.is_number(doc.low[x:y]) for x, y in words):
            return None  # "One in four voters in a poll": the count before its "in" is nobody
        groups = self._conjunct_groups(words)
        if len(groups) >= 2:
            parts = [self._conjunct(index, group) for group in groups]
            # ("the airline and flight-tracking data": data are nobody's, the airline speaks)
            parts = [
                p
                for p, group in zip(parts, groups, strict=True)
                if p is not None or doc.low[group[-1][0] : group[-1][1]] not in self.words["evidence_nouns"]
            ]
            speakers = ("registry", "name", "role", "anonymous")
            # ("police and witnesses": a body on the record and people nobody names, each a source)
            if all(p is not None and p.kind in speakers for p in parts) and any(
                p is not None and p.kind != "anonymous" for p in parts
            ):
                named = [p for p in parts if p is not None]
                if len(named) == 1:
                    return named[0]
                a, b = words[0][0], words[-1][1]
                kind: PhraseKind = "registry" if all(p.kind == "registry" for p in named) else "name"
                return Phrase(a, b, doc.text(a, b), kind, tuple(m for p in named for m in p.mentions), tuple(named))
        return self._distributed(index, words) or self._single(index, words)

    def _without_time(self, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The words before a time that ends them ("according to the ministry last week", "released by the
        department on Tuesday"): when they spoke is no part of who."""
        doc, fillers = self.doc, self.doc.lexicon.patterns["fillers"]
        for size in range(min(TIME_WORDS, len(words) - 1), 0, -1):
            first = words[-size]
            if doc.mask[first[0]].islower() and fillers.fullmatch(doc.low, first[0], words[-1][1]):
                return words[:-size]
        return words

    def _capitalised(self, words: list[tuple[int, int]]) -> bool:
        """Whether every one of ``words`` is capitalised as written."""
        return all(self.doc.mask[x].isupper() for x, _ in words)

    def respondents(self, text: str) -> bool:
        """Whether ``text`` is a share of a poll's respondents (an anaphor of that kind in the lexicon)."""
        low = fold(text)
        if not low[:1].isalnum():
            return False
        low = " ".join(low.split()) if "  " in low or "\n" in low else low
        return any(pattern.fullmatch(low) for pattern in self.respondent_patterns)

    def _conjunct(self, index: int, words: list[tuple[int, int]]) -> Phrase | None:
        """One of several speakers named together: "the ministry and the Red Cross" is a body on the
        record beside a name, not a reference back to one named before."""
        phrase = self._single(index, words)
        if phrase is None or phrase.kind != "anaphor":
            return phrase
        tokens = [self.doc.low[x:y] for x, y in words]
        return replace(phrase, kind="role") if self._role(" ".join(tokens), tokens) else phrase

    def _anonymous_head(self, words: list[tuple[int, int]], tail: list[tuple[int, int]]) -> Phrase | None:
        """ "Sources close to the family": the last noun phrase only says whom the unnamed are close
        to; the speakers are the unnamed, the whole phrase."""
        doc = self.doc
        # (it may end inside the last noun phrase: "people with knowledge of the plan")
        found = doc.lexicon.patterns["anonymous_phrases"].search(doc.low, words[0][0], tail[-1][1])
        if found is None or found.start() >= tail[0][0] or "," in doc.mask[found.start() : tail[0][0]]:
            return None
        between = [doc.low[x:y] for x, y in words if found.end() <= x < tail[0][0]]
        linking = self.words["prepositions"] | self.words["determiners"]
        if len(between) > ANONYMOUS_REACH or not all(w in linking for w in between):
            return None  # "… reported by industry sources while The Jakarta Post": another speaker
        while len(tail) > 1 and doc.low[tail[-1][0] : tail[-1][1]] in self.words["relatives"]:
            tail = tail[:-1]  # "two people close to the senator who said": "who" opens what they said
        a, b = found.start(), tail[-1][1]
        return Phrase(a, b, doc.text(a, b), "anonymous")

    def _distributed(self, index: int, words: list[tuple[int, int]]) -> Phrase | None:
        """ "the governments of Portugal and Israel": one body of each of the names, each a speaker."""
        doc = self.doc
        tokens = [doc.low[x:y] for x, y in words]
        heads = [i for i, t in enumerate(tokens[:-1]) if t in self.words["plural_bodies"]]
        if not heads or tokens[heads[0] + 1] not in self.words["authorship_prepositions"]:
            return None
        names: list[list[tuple[int, int]]] = [[]]
        for position, (x, y) in enumerate(words[heads[0] + 2 :], heads[0] + 2):
            gap = doc.mask[words[position - 1][1] : x]
            if tokens[position] in self.words["coordinators"] or "," in gap:
                names.append([])
            if tokens[position] not in self.words["coordinators"]:
                names[-1].append((x, y))
        parts = [self._single(index, group) for group in names if group]
        if len(parts) < 2 or not all(p is not None and p.kind in ("registry", "name") for p in parts):
            return None
        named = tuple(p for p in parts if p is not None)
        a, b = words[0][0], words[-1][1]
        kind: PhraseKind = "registry" if all(p.kind == "registry" for p in named) else "name"
        return Phrase(a, b, doc.text(a, b), kind, tuple(m for p in named for m in p.mentions), named)

    def _conjunct_groups(self, words: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """Speakers named together ("Tesco and Denmark-based retailer Salling Group"), split at "and" and commas.

        "Ministry of Trade and Industry" stays whole: after "of", an "and" joins parts of one name.
        """
        doc = self.doc
        groups: list[list[tuple[int, int]]] = [[]]
        coordinated = False
        for position, (x, y) in enumerate(words):
            low = doc.low[x:y]
            gap = doc.mask[words[position - 1][1] : x] if position else ""
            if low in self.words["coordinators"] and groups[-1]:
                if not self._splits(groups[-1], words[position + 1 :]) or self._governed_list(groups):
                    return [words]
                groups.append([])
                coordinated = True
                continue
            if "," in gap and groups[-1]:
                groups.append([])
            if not position and low in self.words["correlatives"]:
                continue  # "both the ministry and the WHO": two speakers, neither named "both"
            groups[-1].append((x, y))
        # Commas with no "and" set one speaker off by another name ("her son, Luc"): an apposition.
        return [g for g in groups if g] if coordinated else [words]

    def _governed_list(self, groups: list[list[tuple[int, int]]]) -> bool:
        """Whether a list set off by commas is the object of a preposition in its first member
        ("voters in Alabama, Georgia and Virginia": where the voters are, one speaker)."""
        return len(groups) > 1 and any(self.doc.low[p:q] in self.words["prepositions"] for p, q in groups[0][1:])

    def _splits(self, left: list[tuple[int, int]], right: list[tuple[int, int]]) -> bool:
        """Whether an "and" joins two speakers rather than two words of one name.

        "Centers for Disease Control and Prevention" and "the Search and Rescue Agency" are one
        name each; "Reuters and the BBC", "Miller and Smith" are two speakers.
        """
        doc = self.doc
        if not right:
            return False
        left_words = [doc.low[p:q] for p, q in left]
        if any(w in self.words["prepositions"] for w in left_words[1:]):
            return False
        if left_words[-1].rstrip(".") in self.words["title_abbreviations"]:
            return False  # "Former Pennsylvania Gov. and DNC Chairman Ed Rendell": two titles of one person
        right_first = fold(doc.mask[right[0][0] : right[0][1]])
        if len(left) == 1 and len(right) > 1:
            adjectives = [self.common.get(word, "").startswith("JJ") for word in (left_words[0], right_first)]
            if all(adjectives):
                return False  # "Current and former officials": two adjectives of one noun, one speaker
        determiners = self.words["determiners"]
        # ("the Search and Rescue Agency": one name; not "the ministry and Reuters")
        fragment = len(left_words) == 2 and left_words[0] in determiners and doc.mask[left[-1][0]].isupper()
        if fragment and right_first not in determiners and not doc.mentions_at(left[-1][0]):
            return False
        if left_words[0] in determiners and self._two_titles(left, right):
            return False  # "the former first lady and U.S. senator said": one person, two titles
        return not self._one_body_name(left, right)

    def _one_body_name(self, left: list[tuple[int, int]], right: list[tuple[int, int]]) -> bool:
        """ "Ashby Fire and Rescue Service": a name whose last words are common nouns written as a
        name, joined by "and" and ending in a body's word, is one body (not "Tesco and Salling Group");
        so is a public body of two places."""
        doc = self.doc
        last, first = doc.mask[left[-1][0] : left[-1][1]], doc.mask[right[0][0] : right[0][1]]
        end = fold(doc.mask[right[-1][0] : right[-1][1]])
        capitalised = last[:1].isupper() and first[:1].isupper()
        common = self.common.get(fold(last), "").startswith("NN") and self.common.get(fold(first), "")[:2] in (
            "NN",
            "VB",
            "JJ",
        )
        # ("Fire and Rescue Commissioner Ann Hale", "Housing and Urban Development Secretary Ben Carson":
        # a title of common words, then its holder)
        titled = capitalised and common and any(fold(doc.mask[x:y]) in self.words["offices"] for x, y in right)
        public = self.words["public_bodies"]
        if len(left) == 1:
            # "Avon and Somerset Police", "Kensington and Chelsea council": two places, one public body
            # (not "Tesco and Salling Group", two companies).
            places = capitalised and fold(last) not in self.doc.lexicon.bodies
            return (places and end in public) or titled
        # ("Citizenship and Immigration Services": a public body's word in the plural)
        body = end in self.doc.lexicon.bodies or end in public or self.plural_of(end, public)
        return titled or (capitalised and common and body)

    def _single(self, index: int, words: list[tuple[int, int]]) -> Phrase | None:
        doc = self.doc
        a, b = words[0][0], words[-1][1]
        low = doc.low[a:b]
        tokens = [doc.low[x:y] for x, y in words]
        mentions = tuple(doc.mentions(index, a, b))
        if not tokens:
            return None
        if len(tokens) == 1 and tokens[0] in self.words["pronouns"]:
            return Phrase(a, b, doc.text(a, b), "pronoun")
        if tokens[0] in self.words["nobody_words"] or " ".join(tokens[:2]) in self.words["nobody_words"]:
            return None  # "No group has claimed responsibility": nobody speaks
        if tokens[0] in self.words["question_openers"]:
            return None  # "investigating whether officers responded": a question asked, nobody speaking
        owner = self._document_owner(index, words, tokens) or (
            None if mentions else self._venue_owner(index, words, tokens)
        )
        if owner is not None:
            return owner
        named_inside = bool(mentions) or any(doc.mask[x].isupper() for x, _ in words[1:])
        core = self._head(tokens)
        # (not a person's: "Mrs. Clinton's campaign strategists" are unnamed people of her campaign)
        owned = any(OWNER_RE.search(t) for t in core[:-1])
        if named_inside and not mentions and core[-1] in self.words["affiliated_groups"] and not owned:
            # "researchers at Imperial College London" publish on the record; "scientists in Japan" are
            # placed, not named.
            preposition = tokens[len(core)] if len(core) < len(tokens) else ""
            # ("scientists from China and the US" are placed too: "from" names a body only with a body's word)
            placed = (
                preposition in self.words["origin_prepositions"]
                and not set(tokens[len(core) :]) & self.doc.lexicon.bodies
            )
            if (
                preposition not in self.words["place_prepositions"] - self.words["affiliation_prepositions"]
                and not placed
            ):
                return Phrase(a, b, doc.text(a, b), "role")
        if not mentions and self.on_record(tokens):
            return Phrase(a, b, doc.text(a, b), "role")  # "Official figures show …"
        # ("Edison Research", "The Charlotte Observer": a name's last word, not research nobody did or
        # someone observing; "a New Hampshire Republican" is still nobody named)
        last = words[len(core) - 1]
        titled_head = (
            len(core) > 1
            and doc.mask[last[0]].isupper()
            and doc.mask[words[len(core) - 2][0]].isupper()
            and (
                core[-1] in self.words["name_final_words"]
                or core[-1] in doc.lexicon.outlet_terms
                # "the Communications Workers of America", "the United Auto Workers": a body's name
                or (
                    len(core) > 2
                    and core[0] in self.words["definite_determiners"]
                    and self._capitalised(words[1 : len(core)])
                )
            )
        )
        # ("In a statement to the Observer": a name's last word, capitalised after "the", is the name)
        titled_head = titled_head or (
            len(core) == 2
            and core[0] in self.words["definite_determiners"]
            and core[1] in self.words["name_final_words"]
            and doc.mask[words[1][0]].isupper()
        )
        anonymous = not titled_head and self._anonymous(low, tokens, named_inside=named_inside)
        if mentions:
            staff = self._head(tokens)[-1] in self.words["outlet_staff"]
            if anonymous and not (staff and any(m.entry.kind in MEDIA_KINDS for m in mentions)):
                return Phrase(a, b, doc.text(a, b), "anonymous", mentions)
            return Phrase(a, b, doc.text(a, b), "registry", mentions)  # "Reuters reporters": Reuters
        # "The Jakarta Post", "the judiciary's Mizan news agency": a name, not "the agency" again
        # ("the Russian news agency" still refers back: a capital right after the article).
        # (before any preposition: "the survey by the Rowan Institute" is the survey, its maker named)
        modifiers = next((i for i, t in enumerate(tokens) if t in self.words["prepositions"]), len(tokens))
        titled = len(words) > 2 and (
            self._capitalised(words[1:]) or any(doc.mask[x].isupper() for x, _ in words[2:modifiers])
        )
        for anaphor in self.anaphors:
            if not titled and anaphor.pattern.fullmatch(low):  # "the daily report", not "The Jakarta Post"
                return Phrase(a, b, doc.text(a, b), "anaphor")
        head = self._head_words(words)
        referred = None if titled or len(head) == len(words) else self._referred(head)
        if referred == "document" and not anonymous and not mentions:
            # "the poll of 2,000 adults": a document named before, even where "the poll" alone could
            # be a body on the record (below).
            return Phrase(a, b, doc.text(a, b), "anaphor")
        author = self._author(index, words)
        if author is not None:
            return author  # "a report by the state auditor": whose report the phrase says
        if anonymous:
            return Phrase(a, b, doc.text(a, b), "anonymous")
        if self._role(low, tokens):
            return Phrase(a, b, doc.text(a, b), "role")
        if referred is not None:
            # "The summary of the decision": what the phrase is about is the head's ("the summary").
            return Phrase(a, b, doc.text(a, b), "anaphor")
        name = self.name_in(index, head)
        counted = tokens[0] in self.words["indefinites"] - self.words["articles"]
        if name is not None and counted and name[1] == b and len(head) == 2:
            return Phrase(a, b, doc.text(a, b), "anonymous")  # "Another Muslim", "one Texan": anyone of them
        if name is not None:
            x, y = name
            last = head[-1]
            word = doc.low[last[0] : last[1]]
            made = word in self.words["evidence_nouns"] or word in self.words["documents"]
            people = doc.mask[last[0]].islower() and self.plural_of(word, self.doc.lexicon.countable_heads)
            if y < last[0] and people and not made:
                return Phrase(a, b, doc.text(a, b), "anonymous")  # "European settlers": a group nobody names
            described = tokens[0] in self.words["determiners"] and not any(
                doc.mask[p].isupper() for p, _ in words[1:] if not x <= p < y
            )
            # (not an office: "a NY1 representative said in a statement" speaks for the station)
            person = self._nationality(doc.text(x, y), word) or word in self.words["person_nouns"]
            if described and y < last[0] and person and doc.mask[last[0]].islower():
                # "The Romanian hacker", "the New York businessman": a person described by where they
                # are from, not someone named Romanian or New York; definite, one particular person on
                # the record; "a Romanian hacker", anyone.
                definite = tokens[0] in self.words["definite_determiners"]
                return Phrase(a, b, doc.text(a, b), "role" if definite else "anonymous")
            if made and self.common_word_only(doc.text(x, y)):
                return Phrase(a, b, doc.text(a, b), "role")  # "Television footage showed": no maker named
            occasion = word in self.words["occasions"] or word in self.words["ranked_events"]
            if y < last[0] and occasion and OWNER_RE.match(doc.mask, y) is None:
                # "The Orlando attack highlighted …", "told an Iowa audience": the name only says which
                # (a possessive still names whom a pronoun may stand for: "Obama's speech, as he said")
                return None
            return Phrase(x, y, doc.text(x, y), "name")
        return None

    def _nationality(self, name: str, head: str) -> bool:
        """Whether a one-word name before a person's noun is a nationality ("Romanian hacker")."""
        person = head in self.doc.lexicon.person_titles
        agent = head.endswith(tuple(self.words["agent_endings"]))
        return (
            len(name.split()) == 1
            and fold(name).endswith(tuple(self.words["nationality_endings"]))
            and (person or agent)
        )

    def on_record(self, tokens: list[str]) -> bool:
        """ "official figures", "government data", "council statistics": data an institution publishes
        speak for it, though nobody is named (bare "figures" and "the data" are nobody's)."""
        return (
            1 < len(tokens) <= 3
            and tokens[-1] in self.words["evidence_nouns"]
            and bool(set(tokens[:-1]) & (self.words["institutions"] | self.words["record_adjectives"]))
        )

    def _document_owner(self, index: int, words: list[tuple[int, int]], tokens: list[str]) -> Phrase | None:
        """ "The chain's press release", "the ministry's statement": the possessor speaks, whoever it
        refers back to (not the outlet named last)."""
        mask = self.doc.mask
        for position, token in enumerate(tokens[:-1]):
            x, y = words[position]
            if token.endswith(("'s", "’s")):
                y -= 2  # "the chain's"
            elif mask[y : y + 1] not in ("'", "’") or not token.endswith("s"):
                continue  # not "the officials'" either
            possessed = tokens[position + 1 :]
            cut = next((i for i, t in enumerate(possessed) if i and t in self.words["prepositions"]), len(possessed))
            head = possessed[:cut]
            # The head names the document: "the ministry's report", "its court filings"; not
            # "Portugal's accident investigation office", an office.
            if not (
                head[-1:] and (head[-1] in self.words["documents"] or " ".join(head[-2:]) in self.words["documents"])
            ):
                return None
            # ("A statement on the ministry's website": the ministry owns both, after the preposition)
            opened = max(
                (
                    i + 1
                    for i, t in enumerate(tokens[:position])
                    if i and t in self.words["prepositions"] and tokens[i - 1] in self.words["documents"]
                ),
                default=0,
            )
            owner = self._single(index, [*words[opened:position], (x, y)])
            return owner if owner is not None and owner.kind != "pronoun" else None
        return None

    def _venue_owner(self, index: int, words: list[tuple[int, int]], tokens: list[str]) -> Phrase | None:
        """ "An article in The Des Moines Register", "a long editorial in the Register": the outlet where
        the piece ran speaks through it, registered or not (a registered one is a mention already)."""
        pieces = self.words["published_pieces"]
        venue = next((i for i in range(2, min(len(tokens) - 1, VENUE_REACH)) if tokens[i - 1] in pieces), None)
        if (
            venue is None
            or tokens[venue] not in self.words["venue_prepositions"]
            or tokens[0] not in self.words["determiners"] | self.words["indefinites"]
            or any(self.common.get(t, "").startswith("NN") for t in tokens[1 : venue - 1])
        ):
            return None
        rest = words[venue + 1 :]
        name = self.name_in(index, rest)
        if name is None or name[1] != rest[-1][1]:
            return None
        owner = self.classify(index, *name)
        return owner if owner is not None and owner.kind in ("registry", "name") else None

    def _referred(self, head: list[tuple[int, int]]) -> str | None:
        """Whether a phrase's head refers back to a source ("the summary", "the poll"): "document" for a
        document, "source" for anything else referred to, None when it does not."""
        head_low = self.doc.low[head[0][0] : head[-1][1]]
        if not any(anaphor.pattern.fullmatch(head_low) for anaphor in self.anaphors):
            return None
        return "document" if set(head_low.split()) & self.words["documents"] else "source"

    def _author(self, index: int, words: list[tuple[int, int]]) -> Phrase | None:
        """ "a press release from Judicial Watch", "calculations by Amy Glasmeier": a document speaks
        for whoever made it."""
        tokens = [self.doc.low[x:y] for x, y in words]
        documents = self.words["documents"]
        maker = self._maker_after_participle(index, words, tokens)
        for position, token in enumerate(tokens[1:-1], 1):
            if token in self.words["prepositions"]:
                if maker is not None and position < maker:
                    continue  # "published on Monday by …": the day, not the maker
                if token in self.words["noun_complements"] and self._name_inside(words, position):
                    return None  # "the Archive of Public Gatherings": one name, no document and its maker
                before = tokens[position - 1]
                made = position == maker
                if before in self.words["poll_nouns"] and token in self.words["surveyed_prepositions"]:
                    return None  # "an entrance poll of Nevada caucus-goers": whom it asked, not who made it
                if (token in self.words["authorship_prepositions"] or made) and (before in documents or made):
                    found = self._single(index, words[position + 1 :])
                    if found is None or found.kind not in ("registry", "name", "role", "anaphor"):
                        return None
                    # "a report by the state auditor" has an author; "an analysis of the footage" does not
                    # ("a poll by Edison Research" does: a name, whatever words are in it).
                    named = found.kind in ("registry", "name")
                    return None if set(fold(found.text).split()) & documents and not named else found
                return None
        return None

    def _maker_after_participle(self, index: int, words: list[tuple[int, int]], tokens: list[str]) -> int | None:
        """Where the preposition before a document's maker stands, after the participle that says how it
        came out: "a study published in The Lancet", "a survey conducted by Gallup", "a poll released
        last month by Gallup" (when it came out may stand between); not whom it went to or was against
        ("a complaint filed with the regulator", "a lawsuit filed against the firm")."""
        for position in range(1, len(tokens) - 1):
            if self._published(words, position):
                after = words[position][1]
                found = [
                    q
                    for q in range(position + 1, len(tokens) - 1)
                    if tokens[q] in self.words["prepositions"]
                    and self.strip_fillers(index, after, words[q][0]) <= after
                ]
                return found[-1] if found and tokens[found[-1]] in self.doc.lexicon.makers else None
        return None


def _quantity(token: str, words: Mapping[str, frozenset[str]]) -> bool:
    """A number or a word that opens one ("more than 80%", "about 200")."""
    return token[:1].isdigit() or token in words["approximate_quantities"] or token in words["comparatives"]
