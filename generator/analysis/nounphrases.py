"""What a noun phrase names: the linguistic layer under the attribution rules.

Cheaply and from data, a phrase is a registry source, a proper name
(capitalised words, with a common-word list to tell "Protesters" from
"Kovalenko" at the start of a sentence), an institution or office speaking on
the record ("the ministry", "Chelyabinsk's governor"), an unnamed person or
group ("officials", "an aide to the prime minister"), a pronoun, or a
reference back to a source named before ("the agency", "the actress").
Speakers named together ("Reuters and the BBC") are split into conjuncts.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import Literal

from .cues import fold
from .registry import Mention
from .scan import Document
from .segment import SENTENCE_OPENING

PhraseKind = Literal["registry", "name", "role", "anonymous", "pronoun", "anaphor"]

WORD_RE = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?\.?|&")
#: The two words after a word ("of likely" after "Percentage").
NEXT_TWO_RE = re.compile(r" (\w+) (\w)")
#: The capitalised word right after another ("Miles Davis").
NEXT_WORD_RE = re.compile(r" ([A-Z][a-z]+)\b")
#: How many words ("to", "the") may stand between "a source close" and the noun phrase it ends with.
ANONYMOUS_REACH = 3
POSSESSIVE_RE = re.compile(r"['’]s?$")
#: Longest run of words taken as one speaker.
MAX_PHRASE_WORDS = 12
#: How many characters of markup and quotation marks may open a sentence before its first word.
OPENING_REACH = 40


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


class NounPhrases:
    """Says what the noun phrases of one document name."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        lex = doc.lexicon
        self.words = lex.words
        self.common = lex.common_words
        self.anaphors = lex.anaphors
        #: Words after which a participle describes the noun that follows ("the leaked report").
        self.attributive_openers = lex.words["articles"] | lex.words["definite_determiners"]
        #: Where each plural-looking word first stands after a capitalised one ("Sara Mills").
        self._surnames: dict[str, int] = {}

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
            words = words[1:]
        if not words or len(words) > MAX_PHRASE_WORDS:
            return None
        groups = self._conjunct_groups(words)
        if len(groups) >= 2:
            parts = [self._conjunct(index, group) for group in groups]
            if all(p is not None and p.kind in ("registry", "name", "role") for p in parts):
                named = [p for p in parts if p is not None]
                a, b = words[0][0], words[-1][1]
                kind: PhraseKind = "registry" if all(p.kind == "registry" for p in named) else "name"
                return Phrase(a, b, doc.text(a, b), kind, tuple(m for p in named for m in p.mentions), tuple(named))
        return self._distributed(index, words) or self._single(index, words)

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
        found = doc.lexicon.patterns["anonymous_phrases"].search(doc.low, words[0][0], tail[0][0])
        if found is None or "," in doc.mask[found.start() : tail[0][0]]:
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
        for position, (x, y) in enumerate(words):
            low = doc.low[x:y]
            gap = doc.mask[words[position - 1][1] : x] if position else ""
            if low in self.words["coordinators"] and groups[-1]:
                if not self._splits(groups[-1], words[position + 1 :]):
                    return [words]
                groups.append([])
                continue
            if "," in gap and groups[-1]:
                groups.append([])
            groups[-1].append((x, y))
        return [g for g in groups if g]

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
        right_first = fold(doc.mask[right[0][0] : right[0][1]])
        determiners = self.words["determiners"]
        fragment = len(left_words) == 2 and left_words[0] in determiners
        if fragment and right_first not in determiners and not doc.mentions_at(left[-1][0]):
            return False
        return not self._one_body_name(left, right)

    def _one_body_name(self, left: list[tuple[int, int]], right: list[tuple[int, int]]) -> bool:
        """ "Ashby Fire and Rescue Service": a name whose last words are common nouns written as a
        name, joined by "and" and ending in a body's word, is one body (not "Tesco and Salling Group")."""
        doc = self.doc
        if len(left) < 2:
            return False
        last, first = doc.mask[left[-1][0] : left[-1][1]], doc.mask[right[0][0] : right[0][1]]
        common = self.common.get(fold(last), "").startswith("NN") and self.common.get(fold(first), "")[:2] in (
            "NN",
            "VB",
            "JJ",
        )
        end = fold(doc.mask[right[-1][0] : right[-1][1]])
        return last[:1].isupper() and first[:1].isupper() and common and end in self.doc.lexicon.bodies

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
        owner = self._document_owner(index, words, tokens)
        if owner is not None:
            return owner
        named_inside = bool(mentions) or any(doc.mask[x].isupper() for x, _ in words[1:])
        if named_inside and not mentions and self._head(tokens)[-1] in self.words["affiliated_groups"]:
            return Phrase(a, b, doc.text(a, b), "role")  # "researchers at Imperial College London"
        anonymous = self._anonymous(low, tokens, named_inside=named_inside)
        if mentions:
            if anonymous:
                return Phrase(a, b, doc.text(a, b), "anonymous", mentions)
            return Phrase(a, b, doc.text(a, b), "registry", mentions)
        # "The Jakarta Post", "the judiciary's Mizan news agency": a name, not "the agency" again
        # ("the Russian news agency" still refers back: a capital right after the article).
        # (before any preposition: "the survey by the Rowan Institute" is the survey, its maker named)
        modifiers = next((i for i, t in enumerate(tokens) if t in self.words["prepositions"]), len(tokens))
        titled = len(words) > 2 and (
            all(doc.mask[x].isupper() for x, _ in words[1:])
            or any(doc.mask[x].isupper() for x, _ in words[2:modifiers])
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
        if name is not None:
            x, y = name
            return Phrase(x, y, doc.text(x, y), "name")
        return None

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
            owner = self._single(index, [*words[:position], (x, y)])
            return owner if owner is not None and owner.kind != "pronoun" else None
        return None

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
                before = tokens[position - 1]
                made = position == maker
                if (token in self.words["authorship_prepositions"] or made) and (before in documents or made):
                    found = self._single(index, words[position + 1 :])
                    if found is None or found.kind not in ("registry", "name", "role", "anaphor"):
                        return None
                    # "a report by the state auditor" has an author; "an analysis of the footage" does not.
                    return None if set(fold(found.text).split()) & documents else found
                return None
        return None

    def _maker_after_participle(self, index: int, words: list[tuple[int, int]], tokens: list[str]) -> int | None:
        """Where the preposition before a document's maker stands, after the participle that says how it
        came out: "a study published in The Lancet", "a survey conducted by Gallup", "a poll released
        last month by Gallup" (when it came out may stand between)."""
        for position in range(1, len(tokens) - 1):
            if self._published(words, position):
                after = words[position][1]
                found = [
                    q
                    for q in range(position + 1, len(tokens) - 1)
                    if tokens[q] in self.words["prepositions"]
                    and self.strip_fillers(index, after, words[q][0]) <= after
                ]
                return found[-1] if found else None
        return None

    def strip_fillers(self, index: int, start: int, end: int) -> int:
        """Move ``end`` left over words that stand between a speaker and its verb ("also", "on Tuesday")."""
        tail = self.doc.lexicon.filler_tail
        low = self.doc.low
        while end > start:
            m = tail.search(low, max(start, end - 60), end)
            if m is None or m.start() < start:
                break
            end = m.start()
        while end > start and self.doc.mask[end - 1].isspace():
            end -= 1
        return end

    def _head_words(self, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The words before a phrase's first preposition that is not inside a name.

        "the conflict on the Eastern Front" is about a conflict (nobody speaks); "Dr Tristan
        Smith of the university" is Smith; "the Centers for Disease Control" stays whole.
        """
        for position in range(1, len(words)):
            x, y = words[position]
            if self.doc.low[x:y] in self.words["prepositions"] and not self._name_inside(words, position):
                return words[:position]
        return words

    def _trailing_noun_phrase(self, index: int, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The last noun phrase of a clause: stop going left at a verb, a preposition's object, a clause opener."""
        doc = self.doc
        if self._published(words, len(words) - 1):
            words = words[:-1]  # "An audit released [in March] found": the audit, its date left out
        kept: list[tuple[int, int]] = []
        for position in range(len(words) - 1, -1, -1):
            x, y = words[position]
            word = doc.mask[x:y]
            low = fold(word)
            first_kept = doc.low[kept[0][0] : kept[0][1]] if kept else ""
            if low in self.words["coordinators"] and first_kept in self.words["correlatives"]:
                break  # "… and both Mugabe and Tsvangirai claimed": "both" opens the speakers
            if (
                low in self.words["coordinators"]
                and kept
                and position > 0
                and self._coordinates(words[position - 1], kept[0])
            ):
                kept.insert(0, (x, y))  # "TASS and Reuters", "Miller and Smith": speakers together
                continue
            left = doc.low[words[position - 1][0] : words[position - 1][1]] if position else ""
            if low in self.words["clause_openers"] and kept and not self._adjective_complement(low, left):
                break
            if first_kept in self.words["determiners"] and (low.isdigit() or self.common.get(low) == "CD"):
                break  # "In 2024 the European Commission said": a date before the determiner is no part of it
            tag = self.common.get(low, "")
            capitalised = word[:1].isupper()
            if first_kept in self.words["determiners"] and not capitalised and tag.startswith("NN"):
                break  # "a claim the organisers rejected": a noun before a determiner ends another phrase
            # "the leaked report", "a revised estimate": a participle between an article and its noun
            attributive = tag.startswith(("VBN", "VBD")) and left in self.attributive_openers
            if (
                kept
                and not capitalised
                and tag.startswith(("VB", "MD"))
                and low not in self.words["offices"]
                and not self._published(words, position)
                and not attributive
            ):
                break
            if kept and low in self.words["prepositions"] and low != "of":
                name_inside = self._name_inside(words, position)
                if (
                    not self._published(words, position - 1)
                    and not name_inside
                    and not self._adjective_complement(low, left)
                    and not self.common.get(left, "NN").startswith("NN")
                ):
                    # "officials said, speaking to reporters": after a verb, the phrase is the
                    # preposition's object, never the speaker.
                    if low in self.words["object_prepositions"]:
                        break
                    return []
                # "an aide to the prime minister", "an official familiar with the case", "the conflict on
                # the Eastern Front": the phrase belongs to the noun (or adjective) before it; what that
                # noun is decides who (if anyone) speaks.
            kept.insert(0, (x, y))
            if len(kept) > MAX_PHRASE_WORDS:
                break
        return kept

    def _published(self, words: list[tuple[int, int]], position: int) -> bool:
        """Whether ``words[position]`` is "published" in "a study published in …": the document's maker follows."""
        if position < 1:
            return False
        low = self.doc.low
        participle, document = words[position], words[position - 1]
        return (
            low[participle[0] : participle[1]] in self.words["publication_participles"]
            and low[document[0] : document[1]] in self.words["documents"]
        )

    def _adjective_complement(self, preposition: str, left: str) -> bool:
        """ "familiar with the case", "close to the minister": a preposition that completes an adjective."""
        return preposition in self.words["prepositions"] and self.common.get(left, "").startswith("JJ")

    def is_role_text(self, text: str) -> bool:
        """Whether a phrase names a body or office on the record ("the army"), not a document ("the report")."""
        low = fold(" ".join(text.split()))
        tokens = low.split()
        return not (set(tokens) & self.words["documents"]) and self._role(low, tokens)

    def _coordinates(self, word: tuple[int, int], right: tuple[int, int]) -> bool:
        """Whether the word before an "and" can end a speaker's name (so the "and" joins two speakers).

        A body named in common words joins another one named with its own determiner ("the UN
        refugee agency and the Red Cross"), not a second description of one person ("FBI agent
        and terrorism specialist Ali Soufan")."""
        text = self.doc.mask[word[0] : word[1]]
        if fold(text) in self.doc.lexicon.speaker_heads:
            return self.doc.low[right[0] : right[1]] in self.words["determiners"]
        return text[:1].isupper() and fold(text) not in self.words["not_names"]

    def _definite_group(self, tokens: list[str]) -> bool:
        groups = self.words["definite_groups"]
        return tokens[0] in groups or " ".join(tokens[:2]) in groups

    def _head(self, tokens: list[str]) -> list[str]:
        """The phrase up to its first preposition: "sources within the ministry" → "sources",
        "an executive familiar with the talks" → "an executive"."""
        for position, token in enumerate(tokens[1:], 1):
            if token in self.words["prepositions"]:
                core = tokens[:position]
                while len(core) > 2 and self.common.get(core[-1], "").startswith("JJ"):
                    core = core[:-1]
                return core
        return tokens

    def _name_inside(self, words: list[tuple[int, int]], position: int) -> bool:
        """Whether the preposition at ``position`` is inside a name ("Centers for Disease Control")."""
        mask = self.doc.mask
        after = position + 1
        if after < len(words) and self.doc.low[words[after][0] : words[after][1]] in self.words["determiners"]:
            after += 1
        before_cap = position > 0 and mask[words[position - 1][0]].isupper()
        return before_cap and after < len(words) and mask[words[after][0]].isupper()

    def _anonymous(self, low: str, tokens: list[str], *, named_inside: bool = False) -> bool:
        """Nobody a reader could identify: "officials", "a source", "multiple outlets", "an analysis"."""
        words = self.words
        if self.doc.lexicon.patterns["anonymous_phrases"].search(low):
            return True
        if self._definite_group(tokens):
            return False
        if " ".join(tokens[:3]) in words["group_openers"]:
            return True
        core = self._head(tokens)
        head, tail2 = core[-1], " ".join(core[-2:])
        if head in words["spokespeople"] or tail2 in words["spokespeople"]:
            return False  # a spokeswoman speaks for her body on the record
        if core[0] in words["vague_quantifiers"] and len(core) > 1:
            return True  # "multiple news outlets", "several analysts"
        indefinites = words["indefinites"]
        if core[0] in indefinites and not named_inside and (head in words["documents"] or tail2 in words["documents"]):
            return True  # "an analysis showed", "a report said": whose? ("a TASS report" is TASS's)
        body = tail2 in words["institutions"] or head in words["institutions"]
        if body and core[0] in indefinites and not named_inside:
            return True  # "a research firm", "one European embassy": which one?
        if tail2 in words["institutions"] or (core[0] not in indefinites and head in words["institutions"]):
            return False
        if head in words["anonymous_groups"] or tail2 in words["anonymous_groups"] or low in words["anonymous_groups"]:
            return True
        if len(core) <= 2 and head in words["faceless_nouns"] and not named_inside:
            return True  # "the source told the Post": the anonymous source again
        if core[0] in self.doc.lexicon.openers and len(core) <= 3 and head in self.doc.lexicon.unnamed_only:
            return True  # "the person added", "his chief aide said": the unnamed person of the account
        if core[0] in indefinites:  # "a shopkeeper said", "another Ohio Republican added"
            people = self.doc.lexicon.unnamed_people
            return head in people or tail2 in people
        return False

    def _role(self, low: str, tokens: list[str]) -> bool:
        """An institution or office on the record: "the ministry", "police", "Chelyabinsk's governor"."""
        words = self.words
        if self._definite_group(tokens):
            return True  # people named before, referred to together
        core = self._head(tokens)
        head, tail2 = core[-1], " ".join(core[-2:])
        if head in words["spokespeople"] or tail2 in words["spokespeople"]:
            return True
        if low in words["institutions"] or tail2 in words["institutions"] or head in words["institutions"]:
            return core[0] not in words["indefinites"]
        if head in words["offices"] or tail2 in words["offices"]:
            return core[0] in words["definite_determiners"] or bool(POSSESSIVE_RE.search(core[0]))
        # "Hassan's family", "the victim's widow": the kin of someone named, on the record.
        return head in words["kin_nouns"] and any(POSSESSIVE_RE.search(t) for t in core[:-1])

    def _compound_description(self, low: str) -> bool:
        """ "Pro-Kremlin", "Washington-based": a name made into an adjective."""
        parts = low.split("-")
        return len(parts) > 1 and (
            parts[0] in self.words["compound_prefixes"] or parts[-1] in self.words["compound_suffixes"]
        )

    def name_in(self, index: int, words: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The proper name among ``words``: a run of capitalised words (with connectors like "of")."""
        doc = self.doc
        sentence_start = doc.sentences[index].start
        best: tuple[int, int] | None = None
        run: list[tuple[int, int]] = []
        for x, y in [*words, (-1, -1)]:
            word = doc.mask[x:y] if x >= 0 else ""
            low = fold(word)
            if (
                word
                and word[:1].isupper()
                and not self._common_opener(word, low, x, sentence_start)
                and not self._compound_description(low)
            ):
                run.append((x, y))
                continue
            if word and run and low in self.words["name_connectors"]:
                run.append((x, y))
                continue
            while run and fold(doc.mask[run[-1][0] : run[-1][1]]) in self.words["name_connectors"]:
                run.pop()
            if run:
                best = (run[0][0], run[-1][1])
            run = []
        if best is None:
            return None
        x, y = best
        opened = doc.mask.rfind("(", x, y)
        if opened >= 0 and doc.mask[y : y + 1] == ")" and doc.mask[opened + 1 : y].isupper():
            y += 1  # "the United States Geological Survey (USGS)": the acronym's bracket closes too
        last = doc.mask[x:y].split()[-1]
        if last.endswith(".") and "." not in last[:-1] and len(last) > 4:
            y -= 1  # "in Europe.": the sentence's full stop, not an abbreviation's ("Jr.", "U.S.")
        while y > x and doc.mask[y - 1] in "'’s" and POSSESSIVE_RE.search(doc.mask[x:y]):
            y = x + len(POSSESSIVE_RE.sub("", doc.mask[x:y]))
            break
        return (x, y) if y > x else None

    def _first_name(self, end: int) -> bool:
        """Whether the word after ``end`` is a surname: capitalised and no common word at all."""
        after = NEXT_WORD_RE.match(self.doc.mask, end)
        return (
            after is not None
            and fold(after.group(1)) not in self.common
            and fold(after.group(1)) not in self.words["not_names"]
        )

    def _surname_before(self, word: str, start: int) -> bool:
        """Whether ``word`` stood after a capitalised word earlier in the text ("Sara Mills", "The Mills")."""
        first = self._surnames.get(word)
        if first is None:  # where it first does, looked up once per word and document
            m = _after_capitalised(word).search(self.doc.mask)
            first = self._surnames[word] = m.start() if m is not None else len(self.doc.mask)
        return first < start

    def _common_opener(self, word: str, low: str, start: int, sentence_start: int) -> bool:
        """A capitalised word that is not a name: "The", "Protesters" opening a sentence, "I"."""
        if low.rstrip(".") in self.words["not_names"] or low.endswith(tuple(self.words["contraction_endings"])):
            return True  # "Don't", "Isn't"
        if start == sentence_start or not self.doc.mask[max(sentence_start, start - OPENING_REACH) : start].strip(
            SENTENCE_OPENING
        ):
            tag = self.common.get(low, "")
            if "-" in low and self.common.get(low.split("-")[0]) == "CD":
                tag = "CD"  # "Seventy-two"
            if tag.startswith("NNS") and (self._first_name(start + len(word)) or self._surname_before(word, start)):
                return False  # "Miles Davis", "Rivers Cuomo": a first name that is also a plural; "Mills"
                # after "Sara Mills": a surname the story introduced
            if tag.startswith(("NNS", "DT", "IN", "PRP", "RB", "CC", "WDT", "WP", "CD", "VBG")):
                return True
            # "Percentage of likely voters", "Share of voters" (not "Bank of America"): a noun's part.
            after = NEXT_TWO_RE.match(self.doc.mask, start + len(word))
            return (
                tag == "NN"
                and after is not None
                and fold(after.group(1)) in self.words["noun_complements"]
                and after.group(2).islower()
            )
        return False


@functools.lru_cache(maxsize=1024)
def _after_capitalised(word: str) -> re.Pattern[str]:
    return re.compile(rf"[A-Z][\w'’-]*[ \t]+{re.escape(word)}(?!\w)")
