"""What a phrase's head says about its speaker: nobody a reader could identify
("officials", "a source", "an aide to the prime minister"), or a body or office
on the record ("the ministry", "police", "Chelyabinsk's governor").
"""

from __future__ import annotations

import functools

from .cues import fold
from .names import POSSESSIVE_RE, NameReader

#: The longest count of people before them ("a wide array of").
QUANTITY_OPENER_WORDS = 4


class HeadReader(NameReader):
    """Reads the heads of one document's noun phrases."""

    @functools.cached_property
    def _owners(self) -> frozenset[str]:
        """Words that say whose papers are meant: "court records", "federal filings", "company documents"."""
        return self.words["public_bodies"] | self.words["record_adjectives"] | self.words["company_nouns"]

    def is_number(self, word: str) -> bool:
        """A number written in figures or words ("10", "six")."""
        return word.isdigit() or self.common.get(word) == "CD"

    def _count(self, word: str) -> bool:
        """A number or an indefinite quantity ("two", "one", "several")."""
        return self.is_number(word) or word in self.words["indefinites"]

    def _definite_group(self, tokens: list[str]) -> bool:
        groups = self.words["definite_groups"]
        return tokens[0] in groups or " ".join(tokens[:2]) in groups

    def _office_holders(self, tokens: list[str]) -> bool:
        """ "The heads of both firms", "the chief executives of the two companies": each body's one
        holder of an office, on the record (not "executives", people nobody names)."""
        words = self.words
        core = self._head(tokens)
        rest = tokens[len(core) :]
        return (
            core[0] in words["definite_determiners"]
            and len(rest) > 1
            and rest[0] in words["holder_prepositions"]
            and self._definite_group(rest[1:])
            and (self.plural_of(core[-1], words["offices"]) or self.plural_of(" ".join(core[-2:]), words["offices"]))
        )

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

    def _anonymous(self, low: str, tokens: list[str], *, named_inside: bool = False) -> bool:
        """Nobody a reader could identify: "officials", "a source", "multiple outlets", "an analysis"."""
        words = self.words
        if self.doc.lexicon.patterns["anonymous_phrases"].search(low):
            return True
        if self._definite_group(tokens) or self._office_holders(tokens):
            return False
        if " ".join(tokens[:3]) in words["group_openers"]:
            return True
        counted = next(
            (n for n in range(QUANTITY_OPENER_WORDS, 0, -1) if " ".join(tokens[:n]) in words["quantity_openers"]), 0
        )
        if 0 < counted < len(tokens) and self._anonymous(" ".join(tokens[counted:]), tokens[counted:]):
            return True  # "dozens of economists", "a wide array of experts": the people counted
        if (
            len(tokens) > 2
            and tokens[1] in words["partitive_prepositions"]
            and self._count(tokens[0])
            and self._anonymous(" ".join(tokens[2:]), tokens[2:], named_inside=named_inside)
        ):
            return True  # "one of his senior aides", "two of the firm's engineers": unnamed members of a group
        core = self._head(tokens)
        head, tail2 = core[-1], " ".join(core[-2:])
        if head in words["spokespeople"] or tail2 in words["spokespeople"]:
            return False  # a spokeswoman speaks for her body on the record
        if core[0] in words["vague_quantifiers"] and len(core) > 1:
            return True  # "multiple news outlets", "several analysts"
        indefinites = words["indefinites"]
        if core[0] in indefinites and not named_inside and (head in words["documents"] or tail2 in words["documents"]):
            # "an analysis showed", "a report said": whose? ("a TASS report" is TASS's, "a government
            # statement" the government's: a body that speaks on the record)
            return not (len(core) == 3 and core[1] in words["public_bodies"])
        if (
            head in words["unnamed_records"]
            and len(core) <= 3
            and core[0] not in words["determiners"] | words["possessive_determiners"]
            and all(t in self.common and not POSSESSIVE_RE.search(t) for t in core[:-1])
            and not set(core[:-1]) & self._owners
            and not named_inside
        ):
            return True  # "fundraising documents show", "records show": whose? ("court records" are a court's)
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
        if (
            core[0] not in words["definite_determiners"]
            and not named_inside
            and self.plural_of(head, self.doc.lexicon.countable_heads)
        ):
            return True  # "fellow musicians", "two shopkeepers": people nobody names
        if core[0] in indefinites:  # "a shopkeeper said", "another Ohio Republican added", "one mother said"
            people, kin = self.doc.lexicon.unnamed_people, words["kin_nouns"]
            return head in people or tail2 in people or head in kin or tail2 in kin
        return False

    def _role(self, low: str, tokens: list[str]) -> bool:
        """An institution or office on the record: "the ministry", "police", "Chelyabinsk's governor"."""
        words = self.words
        if self._definite_group(tokens) or self._office_holders(tokens):
            return True  # people named before, referred to together; each body's office holder
        core = self._head(tokens)
        head, tail2 = core[-1], " ".join(core[-2:])
        if head in words["spokespeople"] or tail2 in words["spokespeople"]:
            return True
        if len(core) == 3 and core[0] in words["indefinites"] and core[1] in words["public_bodies"]:
            return head in words["documents"]  # "a government statement": the government's, on the record
        if head in words["unnamed_records"] and core[0] not in words["indefinites"] and set(core[:-1]) & self._owners:
            return True  # "Court records show", "federal filings", "company documents": an owner's, on the record
        if low in words["institutions"] or tail2 in words["institutions"] or head in words["institutions"]:
            return core[0] not in words["indefinites"]
        if head in words["offices"] or tail2 in words["offices"]:
            # ("Donald Trump's eldest daughter": whose office or kin, after the possessor's first name)
            return core[0] in words["definite_determiners"] or any(POSSESSIVE_RE.search(t) for t in core[:-1])
        # "Hassan's family", "the victim's widow", "Obama's former campaign strategist": the kin or the
        # one person of someone named, on the record.
        owned = any(POSSESSIVE_RE.search(t) for t in core[:-1])
        return owned and (head in words["kin_nouns"] or head in self.doc.lexicon.person_heads)

    def is_role_text(self, text: str) -> bool:
        """Whether a phrase names a body or office on the record ("the army"), not a document ("the report")."""
        low = fold(" ".join(text.split()))
        tokens = low.split()
        return not (set(tokens) & self.words["documents"]) and self._role(low, tokens)

    def plural_of(self, word: str, heads: frozenset[str]) -> bool:
        """Whether ``word`` is the plural of one of ``heads`` ("musicians", "plaintiffs", "departments")."""
        for ending in self.words["plural_endings"]:
            plural, _, singular = ending.partition(">")
            if word.endswith(plural) and word[: -len(plural)] + singular in heads:
                return True
        return False
