"""Proper names in running text, the first room of the noun-phrase layer.

Which capitalised words make a name ("Kovalenko", "Bank of America", "the
United States Geological Survey (USGS)") and which are capitalised only because
they open a sentence ("Protesters", "The"): read cheaply from the language's
common-word list, not from a model.
"""

from __future__ import annotations

import functools
import re

from .cues import fold
from .scan import Document
from .segment import SENTENCE_OPENING

#: The two words after a word ("of likely" after "Percentage").
NEXT_TWO_RE = re.compile(r" (\w+) (\w)")
#: The capitalised word right after another ("Miles Davis").
NEXT_WORD_RE = re.compile(r" ([A-Z][a-z]+)\b")
#: A brand written with its capital inside ("comScore", "eBay", "iHeartMedia"): a name all the same.
CAMEL_CASE_RE = re.compile(r"[a-z]{1,4}[A-Z][a-z]")
#: A website's address ("ouest-france.fr", "politico.com"): a name, though written in lower case.
DOMAIN_RE = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")
#: A surname joined to its particle ("al-Assad", "el-Sisi"): a name, though it opens in lower case.
PARTICLE_NAME_RE = re.compile(r"([a-z]{1,3})-[A-Z]")
#: The tags of connectors that join a name's words but never open one ("of", "the", "and", "ten").
NO_PARTICLE_TAGS = frozenset({"IN", "CC", "DT", "CD"})
#: The word after a word, whatever its case.
NEXT_WORD_ANY_RE = re.compile(r" (\w+)")
#: The two words after a word ("estimates that").
NEXT_TWO_WORDS_RE = re.compile(r" (\w+) (\w+)")
POSSESSIVE_RE = re.compile(r"['’]s?$")
#: A contracted verb after a word ("I’ve", "we're").
CONTRACTED_RE = re.compile(r"['’][a-z]+$")
#: How many characters of markup and quotation marks may open a sentence before its first word.
OPENING_REACH = 40


class NameReader:
    """Finds the names of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.words = doc.lexicon.words
        self.common = doc.lexicon.common_words
        #: Words written with a full stop of their own ("Inc.", "Sen."): one ending a name is no sentence's end.
        self.written_short = self.words["abbreviations"] | self.words["title_abbreviations"]
        #: Where each plural-looking word first stands after a capitalised one ("Sara Mills").
        self._surnames: dict[str, int] = {}
        self._inside: dict[str, bool] = {}

    def _compound_description(self, low: str) -> bool:
        """ "Pro-Kremlin", "Washington-based": a name made into an adjective."""
        parts = low.split("-")
        return len(parts) > 1 and (
            parts[0] in self.words["compound_prefixes"] or parts[-1] in self.words["compound_suffixes"]
        )

    def _particle_name(self, word: str) -> bool:
        particle = PARTICLE_NAME_RE.match(word)
        return particle is not None and particle.group(1) in self.words["name_connectors"]

    def _opens_name(self, particle: str, after: tuple[int, int]) -> bool:
        """Whether a name's particle opens it here: "…, de Blasio tweeted" (a particle, not a word such
        as "of" or "the" that only joins a name's words, and a capital after it)."""
        tag = self.common.get(particle, "")
        return (
            tag not in NO_PARTICLE_TAGS
            and not tag.startswith("VB")
            and self.doc.mask[after[0] : after[0] + 1].isupper()
        )

    def name_in(self, index: int, words: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The proper name among ``words``: a run of capitalised words (with connectors like "of")."""
        doc = self.doc
        sentence_start = doc.sentences[index].start
        best: tuple[int, int] | None = None
        run: list[tuple[int, int]] = []
        spans = [*words, (-1, -1)]
        for at, (x, y) in enumerate(spans):
            word = doc.mask[x:y] if x >= 0 else ""
            low = fold(word)
            if (
                word
                and (
                    word[:1].isupper()
                    or CAMEL_CASE_RE.match(word) is not None
                    or self._particle_name(word)
                    or DOMAIN_RE.fullmatch(word) is not None
                )
                and (
                    not self._common_opener(word, low, x, sentence_start) or (run and low in self.words["outlet_words"])
                )
                and not self._compound_description(low)
            ):
                run.append((x, y))  # ("Nephrology Today": a publication's word ends its name)
                continue
            if word and low in self.words["name_connectors"] and (run or self._opens_name(low, spans[at + 1])):
                run.append((x, y))
                continue
            if (
                word
                and run
                and low in self.words["title_connectors"]
                and fold(doc.mask[run[-1][0] : run[-1][1]]) in self.words["offices"]
            ):
                run.append((x, y))  # "Ambassador to Germany Richard Grenell": the title's place, then the name
                continue
            while run and fold(doc.mask[run[-1][0] : run[-1][1]]) in self.words["name_connectors"]:
                run.pop()
            if run:
                best = self._affiliated(words, best, (run[0][0], run[-1][1]))
            run = []
        if best is None:
            return None
        x, y = best
        opened = doc.mask.rfind("(", x, y)
        if opened >= 0 and doc.mask[y : y + 1] == ")" and doc.mask[opened + 1 : y].isupper():
            y += 1  # "the United States Geological Survey (USGS)": the acronym's bracket closes too
        last = doc.mask[x:y].split()[-1]
        short = len(last) <= 4 and fold(last[:-1]) in self.written_short
        if last.endswith(".") and "." not in last[:-1] and len(last) > 2 and not short:
            y -= 1  # "in Europe.", "Jacob J. Lew.": the sentence's full stop, not an abbreviation's ("Jr.", "U.S.")
        while y > x and doc.mask[y - 1] in "'’s" and POSSESSIVE_RE.search(doc.mask[x:y]):
            y = x + len(POSSESSIVE_RE.sub("", doc.mask[x:y]))
            break
        return (x, y) if y > x else None

    def _affiliated(
        self, words: list[tuple[int, int]], before: tuple[int, int] | None, name: tuple[int, int]
    ) -> tuple[int, int]:
        """A body's name right after a person's and "at" or "from" is where the person works: "Professor
        Ines Berg at Aalborg University" is one name, as "… of Aalborg University" is (the person's words
        hold no body's word, the body's name does)."""
        if before is None:
            return name
        low = self.doc.low
        between = [low[x:y] for x, y in words if before[1] <= x and y <= name[0]]
        if not between or between[0] not in self.words["affiliation_prepositions"]:
            return name
        if between[1:] not in ([], ["the"]):
            return name
        bodies = self.doc.lexicon.bodies
        person = set(low[before[0] : before[1]].split())
        institution = set(low[name[0] : name[1]].split())
        if len(person) >= 2 and not person & bodies and institution & bodies:
            return before[0], name[1]
        return name

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

    def named_inside(self, word: str) -> bool:
        """Whether ``word`` stands capitalised inside a sentence somewhere ("said Young", "President
        Trump"): a common word seen only where a sentence or a headline opens ("Train derails") is
        nobody's name."""
        found = self._inside.get(word)
        if found is None:
            found = self._inside[word] = _inside_sentence(word).search(self.doc.mask) is not None
        return found

    def common_word_only(self, text: str) -> bool:
        """Whether a one-word name is a common word the text never capitalises inside a sentence
        ("Train derails …", "Turnout was 68 percent …"): nobody's name."""
        words = text.split()
        return len(words) == 1 and fold(words[0]) in self.common and not self.named_inside(words[0])

    def _common_opener(self, word: str, low: str, start: int, sentence_start: int) -> bool:
        """A capitalised word that is not a name: "The", "Protesters" opening a sentence, "I"."""
        bare = POSSESSIVE_RE.sub("", low.rstrip("."))  # "Friday's statement": a day, not a name
        if bare in self.words["not_names"] or low.endswith(tuple(self.words["contraction_endings"])):
            return True  # "Don't", "Isn't"
        if CONTRACTED_RE.sub("", low) in self.words["not_names"]:
            return True  # "I’ve", "We're", "That'll": a pronoun's contracted verb
        if start == sentence_start or not self.doc.mask[max(sentence_start, start - OPENING_REACH) : start].strip(
            SENTENCE_OPENING
        ):
            tag = self.common.get(low, "")
            if "-" in low and self.common.get(low.split("-")[0]) == "CD":
                tag = "CD"  # "Seventy-two"
            if tag.startswith("NNS") and (self._first_name(start + len(word)) or self._surname_before(word, start)):
                return False  # "Miles Davis", "Rivers Cuomo": a first name that is also a plural; "Mills"
                # after "Sara Mills": a surname the story introduced
            if tag.startswith(("NNS", "DT", "IN", "PRP", "RB", "CC", "WDT", "WP", "WRB", "UH", "CD", "VBG")):
                return True
            following = NEXT_WORD_ANY_RE.match(self.doc.mask, start + len(word))
            if (
                (tag == "VB" or tag.startswith(("VBD", "VBN")))
                and following is not None
                and following.group(1).islower()
                and not self.common.get(following.group(1), "").startswith(("VB", "MD"))
            ):
                return True  # "Asked whether she …", "Celebrated speeches": a participle opening a clause;
                # "Let me say": a command (not "United States", "Drew Brees", nor "Sue said": a name and its verb)
            after = NEXT_TWO_RE.match(self.doc.mask, start + len(word))
            noun = self.common.get(after.group(1), "") if after is not None and after.group(1).islower() else ""
            if tag == "NN" and noun == "NNS" and self._verb_of_speech_before_that(start, start + len(word)):
                return False  # "Trump estimates that he …", "Rice claims that": a name and its verb
            if (tag.startswith("JJ") and noun.startswith(("NN", "DT", "PRP$"))) or (tag == "NN" and noun == "NNS"):
                return True  # "Young people", "Fellow musicians", "Rescue teams": a modifier ("Young said" is a
                # name); "First his wife …", "Second the court …": an ordinal opening the clause
            # "Percentage of likely voters", "Share of voters" (not "Bank of America"): a noun's part.
            return (
                tag == "NN"
                and after is not None
                and fold(after.group(1)) in self.words["noun_complements"]
                and after.group(2).islower()
            )
        return False

    def _verb_of_speech_before_that(self, start: int, end: int) -> bool:
        """Whether the word after ``end`` is a verb of speech whose "that" opens what was said (and
        the word from ``start`` no vague report's opener: "Legend claims that …" names nobody)."""
        after = NEXT_TWO_WORDS_RE.match(self.doc.low, end)
        return (
            after is not None
            and self.doc.lexicon.patterns["vague_reports"].match(self.doc.low, start) is None
            and after.group(1) in self.words["clause_verbs"]
            and after.group(2) in self.words["complementizers"]
        )


@functools.lru_cache(maxsize=1024)
def _after_capitalised(word: str) -> re.Pattern[str]:
    return re.compile(rf"[A-Z][\w'’-]*[ \t]+{re.escape(word)}(?!\w)")


@functools.lru_cache(maxsize=1024)
def _inside_sentence(word: str) -> re.Pattern[str]:
    return re.compile(rf"[\w,;:)’'\"”][ \t]+{re.escape(word)}(?!\w)")
