"""Where a speaker's noun phrase begins and ends in the words before a verb or
after a frame: going left from the verb, a phrase stops at another verb, a
clause opener or a preposition's object ("the head of the agency" goes on,
"a claim the organisers rejected" stops), and fillers ("on Monday", "also") are
left out.
"""

from __future__ import annotations

import re

from .cues import fold
from .heads import HeadReader
from .scan import Document
from .segment import SENTENCE_OPENING

#: Longest run of words taken as one speaker.
MAX_PHRASE_WORDS = 12
#: Longest aside in brackets between a speaker and its verb, in characters ("(D-N.Y.)", "(who is 71)").
MAX_ASIDE = 100
#: An aside that is the name's short form, part of the name ("the Andean Geological Service (AGS)").
ACRONYM_RE = re.compile(r"[A-Z]{2,}s?")


class ChunkReader(HeadReader):
    """Cuts the noun phrases of one document."""

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        #: Words after which a participle describes the noun that follows ("the leaked report").
        self.attributive_openers = self.words["articles"] | self.words["definite_determiners"]
        #: Words after which a verb's bare form is a noun ("for stem cell research").
        self.noun_openers = (self.words["prepositions"] - self.words["infinitive_markers"]) | self.attributive_openers

    def strip_fillers(self, index: int, start: int, end: int) -> int:
        """Move ``end`` left over words that stand between a speaker and its verb ("also", "on Tuesday")."""
        tail = self.doc.lexicon.filler_tail
        low, mask = self.doc.low, self.doc.mask
        while end > start:
            written = self._trimmed(start, end)
            closed = written > start and mask[written - 1] == ")"
            aside = mask.rfind("(", max(start, written - MAX_ASIDE), written) if closed else -1
            if aside > start and not ACRONYM_RE.fullmatch(mask, aside + 1, written - 1):
                end = aside  # "Sen. Jane Holt (D-Ore.) said": the speaker, not her party and state
                continue
            m = tail.search(low, max(start, end - 60), end)
            if m is None or m.start() < start:
                adverb = self._adverb_before(start, end)
                if adverb is None:
                    break
                end = adverb  # "The ministry strongly denied", "rabbis generally affirm"
                continue
            if mask[m.start()].isupper() and self._after_capitalised(start, m.start()):
                break  # "USA Today reported": the end of a name, not "today"
            end = m.start()
        return self._trimmed(start, end)

    def _trimmed(self, start: int, end: int) -> int:
        """``end`` moved left over the whitespace before it (not past ``start``)."""
        mask = self.doc.mask
        while end > start and mask[end - 1].isspace():
            end -= 1
        return end

    def _adverb_before(self, start: int, end: int) -> int | None:
        """Where an adverb of manner ends the words from ``start`` to ``end``, if one does."""
        mask = self.doc.mask
        end = self._trimmed(start, end)
        begin = end
        while begin > start and not mask[begin - 1].isspace():
            begin -= 1
        word = mask[begin:end]
        if not word.isalpha() or not word.islower() or not word.endswith(tuple(self.words["adverb_endings"])):
            return None
        return begin if self.common.get(word, "").startswith("RB") else None

    def _after_capitalised(self, start: int, at: int) -> bool:
        """Whether the word right before ``at`` (after ``start``) is capitalised, or is a title's
        abbreviation ("Mr. Long warned": a name, not "long")."""
        before = self.doc.mask[start:at].rstrip()
        if not before or not before.split()[-1][:1].isupper():
            return False
        last = before.split()[-1]
        titled = last.endswith(".") and fold(last[:-1]) in self.words["title_abbreviations"]
        return titled or not before.endswith((",", ".", ";", ":"))

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
        participles = self.words["publication_participles"]
        for position in range(len(words) - 2, 0, -1):
            if doc.low[words[position][0] : words[position][1]] not in participles:
                continue
            if self._published(words, position) and (
                not self._maker_follows(words, position) or self._named_maker(words, position - 1)
            ):
                # "A complaint filed with the regulator alleges": whom it went to is no speaker; the document
                # is. "a New Jersey Watchdog report released by the governor's office": its maker is named.
                words = words[:position]
                break
            if self._maker_named_after_document(words, position):
                # "A letter from the American Legion obtained by The Associated Press warns": the letter's
                # maker speaks, not the outlet that obtained it.
                words = words[:position]
                break
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
                and (self._coordinates(words[position - 1], kept[0]) or self._two_titles(words[:position], kept))
            ):
                kept.insert(0, (x, y))  # "TASS and Reuters", "Miller and Smith": speakers together
                continue
            if (
                len(kept) == 1
                and first_kept in self.words["subject_pronouns"]
                and self.common.get(low, "").startswith("RB")
            ):
                break  # "Later she said": a pronoun is a whole phrase, the adverb before it no part of it
            left = doc.low[words[position - 1][0] : words[position - 1][1]] if position else ""
            if (
                low in self.words["clause_openers"]
                and kept
                and not self._adjective_complement(low, left)
                and not self._group_described(low, left)
                and not self._demonstrative(index, words[position:])
            ):
                break
            if first_kept in self.words["determiners"] and self.is_number(low):
                break  # "In 2024 the European Commission said": a date before the determiner is no part of it
            tag = self.common.get(low, "")
            capitalised = word[:1].isupper()
            if first_kept in self.words["determiners"] and not capitalised and tag.startswith("NN"):
                break  # "a claim the organisers rejected": a noun before a determiner ends another phrase
            # "the leaked report", "a revised estimate", "a growing number": a participle between an article
            # and its noun
            # ("both lobbying firms", "the two leaked memos"; not "Fight for $15 organizing director …")
            counted = (
                position > 1
                and self.is_number(left)
                and doc.low[slice(*words[position - 2])] in self.attributive_openers
            )
            # ("the Chicago Marathon defending champion": a present participle after a name, before its noun)
            # (not a capital that only opens the sentence: "And leading Democrats")
            named = (
                tag.startswith("VBG")
                and position > 0
                and doc.mask[words[position - 1][0]].isupper()
                and doc.mask[doc.sentences[index].start : words[position - 1][0]].strip(SENTENCE_OPENING) != ""
            )
            attributive = tag.startswith(("VBN", "VBD", "VBG")) and (
                left in self.attributive_openers or left in self.words["correlatives"] or counted or named
            )
            # "advocates for stem cell research": a verb's bare form right after a preposition (not
            # the infinitive's "to") can only be a noun.
            attributive |= tag == "VB" and left in self.noun_openers
            # "a village called Lamu", "a band named Nightfall": the name names the noun before it,
            # one phrase ("Fishermen from a village called Lamu said": the fishermen speak).
            attributive |= (
                bool(kept)
                and low in self.words["naming_participles"]
                and self.common.get(left, "").startswith("NN")
                and doc.mask[kept[0][0]].isupper()
            )
            if (
                kept
                and not capitalised
                and tag.startswith(("VB", "MD"))
                and low not in self.words["offices"]
                and not self._published(words, position)
                and not attributive
            ):
                break
            if kept and low in self.words["prepositions"] and self.is_number(left) and self.is_number(first_kept):
                kept.insert(0, (x, y))  # "Six in 10 say": one share, its preposition inside
                continue
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

    def _demonstrative(self, index: int, words: list[tuple[int, int]]) -> bool:
        """Whether the sentence opens with a determiner before a person's noun ("That person said", "That
        official added"), not a clause's "that"."""
        doc = self.doc
        (x, y), rest = words[0], words[1:2]
        return (
            x == doc.sentences[index].start
            and fold(doc.mask[x:y]) in self.words["determiners"]
            and bool(rest)
            and doc.low[rest[0][0] : rest[0][1]] in self.doc.lexicon.person_heads | self.words["faceless_nouns"]
        )

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

    def _maker_named_after_document(self, words: list[tuple[int, int]], participle: int) -> bool:
        """Whether a document and its maker ("a letter from the American Legion") stand right before
        ``participle``: the maker is named however the document travelled."""
        low = self.doc.low
        name = self._before_capitals(words, participle - 1)
        if name == participle - 1:
            return False  # no capitalised name before the participle
        if low[words[name][0] : words[name][1]] in self.words["definite_determiners"]:
            name -= 1  # "from the American Legion"
        return (
            name >= 1
            and low[words[name][0] : words[name][1]] in self.words["authorship_prepositions"]
            and low[words[name - 1][0] : words[name - 1][1]] in self.words["documents"]
        )

    def _before_capitals(self, words: list[tuple[int, int]], last: int) -> int:
        """The position of the word before the run of capitalised words ending at ``words[last]`` (``last``
        itself when that word is not capitalised; 0 at the latest)."""
        while last > 0 and self.doc.mask[words[last][0]].isupper():
            last -= 1
        return last

    def _named_maker(self, words: list[tuple[int, int]], document: int) -> bool:
        """Whether a name stands right before the document, after an indefinite article ("a Reuters report",
        "a New Jersey Watchdog report"): whose it is, whoever released it."""
        doc = self.doc
        name = self._before_capitals(words, document - 1)
        return (
            name < document - 1
            and doc.low[words[name][0] : words[name][1]] in self.words["indefinites"]
            and doc.mask[words[name + 1][0]].isupper()
        )

    def _maker_follows(self, words: list[tuple[int, int]], participle: int) -> bool:
        """Whether the words after "published" name who made the document or where it appeared ("by
        Gallup", "in The Lancet"), not only whom it went to or was against ("with the regulator")."""
        low, mask = self.doc.low, self.doc.mask
        tokens = [low[x:y] for x, y in words]
        if participle + 1 >= len(tokens) or tokens[participle + 1] not in self.words["prepositions"]:
            return True  # nothing after the participle but its object or its date: no one to mistake for a speaker
        for position in range(participle + 1, len(tokens) - 1):
            if tokens[position] in self.words["authorship_prepositions"]:
                return True
            if tokens[position] in self.words["venue_prepositions"]:
                # "in the journal Hearts", "in The Lancet"; not "in March"
                named = [tokens[q] for q in range(position + 1, len(tokens)) if mask[words[q][0]].isupper()]
                if any(t not in self.words["not_names"] for t in named):
                    return True
        return False

    def _group_described(self, preposition: str, left: str) -> bool:
        """ "officers with knowledge of the case", "lawmakers without a vote": what people have describes
        them, no clause opens ("…, with officials saying" does)."""
        return preposition in self.words["attribute_prepositions"] and (
            left in self.words["anonymous_groups"] or self.plural_of(left, self.doc.lexicon.countable_heads)
        )

    def _adjective_complement(self, preposition: str, left: str) -> bool:
        """ "familiar with the case", "close to the minister": a preposition that completes an adjective."""
        return preposition in self.words["prepositions"] and self.common.get(left, "").startswith("JJ")

    def _coordinates(self, word: tuple[int, int], right: tuple[int, int]) -> bool:
        """Whether the word before an "and" can end a speaker's name (so the "and" joins two speakers).

        A body named in common words joins another one named with its own determiner ("the UN
        refugee agency and the Red Cross"), not a second description of one person ("FBI agent
        and terrorism specialist Ali Soufan")."""
        text = self.doc.mask[word[0] : word[1]]
        if fold(text) in self.doc.lexicon.speaker_heads:
            # … or a name standing alone ("the ministry and Reuters"), not a title before one, nor
            # more of a title ("the county's Police and Crime Commissioner").
            after = self.doc.low[right[0] : right[1]]
            named = text.islower() and self.doc.mask[right[0]].isupper() and after not in self.words["offices"]
            # … or people nobody names beside it ("police and witnesses")
            return after in self.words["determiners"] or named or after in self.words["anonymous_groups"]
        return text[:1].isupper() and fold(text) not in self.words["not_names"]

    def _two_titles(self, left: list[tuple[int, int]], right: list[tuple[int, int]]) -> bool:
        """Whether the words either side of an "and" each end in a person's title, the second without
        a determiner of its own: "the former first lady and U.S. senator", "the former secretary of state
        and current presidential nominee", one person."""
        low = self.doc.low
        if low[right[0][0] : right[0][1]] in self.words["determiners"] | self.words["possessive_determiners"]:
            return False  # "the mayor and the governor", "a boy and his father": two people
        roles = self.doc.lexicon.person_titles

        def titled(side: list[tuple[int, int]]) -> bool:
            # ("secretary of state": the title before its complement)
            of = len(side) > 2 and low[side[-2][0] : side[-2][1]] in self.words["noun_complements"]
            return (
                low[side[-1][0] : side[-1][1]] in roles
                or low[side[max(0, len(side) - 2)][0] : side[-1][1]] in roles
                or (of and low[side[-3][0] : side[-3][1]] in roles)
            )

        return titled(left) and titled(right)

    def _name_inside(self, words: list[tuple[int, int]], position: int) -> bool:
        """Whether the preposition at ``position`` is inside a name ("Centers for Disease Control")."""
        mask = self.doc.mask
        after = position + 1
        if after < len(words) and self.doc.low[words[after][0] : words[after][1]] in self.words["determiners"]:
            after += 1
        before_cap = position > 0 and mask[words[position - 1][0]].isupper()
        return before_cap and after < len(words) and mask[words[after][0]].isupper()
