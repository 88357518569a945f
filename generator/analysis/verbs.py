"""Whether a cue word is a verb of speech here, and whether it credits its speaker with something said.

A verb's form is often a noun too ("the reports", "Chinese brands doubled"), a participle
before its noun ("300 pledged delegates"), part of a name ("United States") or a compound
("life-threatening"); and a verb of speech may name an act or a topic rather than what was
said ("declared a state of emergency", "tweeted about the riots"). Both questions are
answered here from the words around the cue and the common-words tags.
"""

from __future__ import annotations

import functools
import itertools
import re

from .cues import WORD_RE, fold
from .frames import alternatives
from .phrases import PhraseReader
from .quotes import Quotes
from .scan import WORDS_NEAR, Document
from .segment import SENTENCE_OPENING

#: Part-of-speech tags (Penn Treebank, as in the common-words data) of a word after which a verb
#: form is really a noun ("his claims", "new figures").
NOUN_CONTEXT_TAGS = ("PRP$", "IN", "JJ", "CD", "POS", "WP$", "DT")
#: Of those, the ones a verb's subject can end with ("the incumbent said", "two in three said",
#: "some said"; "some details" is a noun).
SUBJECT_END_TAGS = ("JJ", "CD", "DT")
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
#: Tags of a word that can stand in a noun phrase before a participle used as an adjective.
MODIFIER_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNP", "PRP$", "CD"})
#: Before a past participle used as an adjective ("300 pledged delegates", "his stated aim").
PAST_MODIFIER_TAGS = frozenset({"CD", "JJ", "PRP$"})
#: The next word after a position (spaces only between).
WORD_AFTER_RE = re.compile(r"\s+([\w'’-]+)")
#: What opens content after a verb: "that", a quotation, a colon.
CONTENT_OPENING = r"^\s*(?:\w+\s+){0,3}?(?:(?:%s)\b|[“\"«:])"
#: Closing quotation marks, and what ends a quoted statement before its speaker ('"…," she said').
QUOTE_MARKS = "\"”’'»"
STATEMENT_ENDS = (",", ".", "!", "?", ":", ";", "—")
#: An adjective and its comma right before a word ("regular, " before "pledged delegates").
LISTED_ADJECTIVE_RE = re.compile(r"(\w+)\s+(\w+), $")
#: How many words a causative verb's object may take before the bare infinitive ("let the Texas senator").
CAUSED_OBJECT_WORDS = 4
#: How many words before a participle a predicate "is" opened may be read ("is far more experienced and lauded").
COORDINATED_REACH = 6
#: Tags of a word that may be a verb's bare form after "to" or a modal ("to visit", "will report").
BARE_VERB_TAGS = ("VB", "VBP", "NN")
#: Tags of a word that shows the cue before it is a noun: its own verb, or a participle describing it
#: ("records filed on Sunday revealed"), after any noun; and a bare verb after a plural one.
SINGULAR_AGREEING_TAGS = ("VBD", "VBZ", "MD", "VBN")
AGREEING_TAGS = (*SINGULAR_AGREEING_TAGS, "VB", "VBP")
#: The verb ends its clause: what it credits came before ("The law was void, the court found").
CLAUSE_END_RE = re.compile(r"\s*(?:[.,;!?)\]”\"»]|$)")
#: A phrase set off by commas, and its first word: ", built in 1970,".
ASIDE_RE = re.compile(r",\s*(\w+)[^,;]*,")
#: A quotation or a colon: what was said, after a verb that named a topic.
QUOTED_CONTENT_RE = re.compile(r"[“\"«:]")
#: The families whose verbs make the plural noun before them their subject ("records show").
VERBS_OF_REPORT = ("speech_verbs", "finding_verbs")
#: Tags of a clause's verb: a clause follows ("found the network had breached the law").
FINITE_TAGS = ("VBD", "VBZ", "VBP", "VBN", "MD")
#: Tags of the verbs that make words before a comma a clause ("The plant will close, …").
CLAUSE_TAGS = ("VBD", "VBZ", "VBP", "MD")
#: How many words a speaker may take between a clause's comma and the verb ("…, a headline from the board reads").
SPEAKER_AFTER_CLAUSE_WORDS = 10
#: How many capitalised words may stand between a possessive and its noun ("her Wall Street remarks").
POSSESSED_NAME_WORDS = 3
#: How many words of a noun phrase are read back from a naming participle for its indefinite article.
NAMED_THING_REACH = 5
#: How many words after a clause-only verb its clause's verb may come.
CLAUSE_REACH = 5
#: How many words after such a verb the "to be" of its small clause may come.
SMALL_CLAUSE_REACH = 10


class VerbReader:
    """Reads the verbs of speech of one document."""

    def __init__(self, doc: Document, reader: PhraseReader, quotes: Quotes) -> None:
        self.doc = doc
        self.reader = reader
        self.quotes = quotes
        self.common = doc.lexicon.common_words
        self.words = doc.lexicon.words
        self.content_opening_re = _content_opening(self.words["complementizers"])

    def _headline(self, index: int, m: re.Match[str]) -> bool:
        """Whether the sentence is a headline in Title Case ("Trump Says He Never Pledged To Kill …"),
        where a capitalised verb form is still a verb: every longer word capitalised, and the cue a
        verb's form, the headline's first (what it reports said: "He Never Pledged" is the claim)."""
        doc = self.doc
        cue = doc.low[m.start() : m.end()].split()[0]
        if not self.common.get(cue, "").startswith(("VBZ", "VBD")) or doc.mask[m.start() + 1 : m.start() + 2].isupper():
            return False  # (not in capitals throughout: "NEW POLL SHOWS …")
        finite = ("VBZ", "VBD")
        if any(
            v.start() < m.start() and self.common.get(doc.low[v.start() : v.end()].split()[0], "").startswith(finite)
            for f in VERBS_OF_REPORT
            for v in doc.hits(f, index)
        ):
            return False  # (a participle before it opens the headline: "Railing Against Trump, Sanders Vows …")
        return doc.title_case(index)

    def _names_a_thing(self, index: int, start: int) -> bool:
        """ "a website called “Cape Breton If Trump Wins”", "the so-called deal": a name given to the
        noun after an indefinite article (or "so"), not someone's words ("what lawmakers called “fraud”")."""
        doc, floor = self.doc, self.doc.sentences[index].start
        word = word_before(doc.mask, floor, start)
        for _ in range(NAMED_THING_REACH):
            if word is None:
                return False
            low = doc.low[word[0] : word[1]]
            if low in self.words["naming_openers"]:
                return True
            tag = self.common.get(low, "NN")  # (a word the list lacks, or a name, is most likely a noun)
            if not tag.startswith(("NN", "JJ")):
                return False
            word = word_before(doc.mask, floor, word[0])
        return False

    def _coordinated_passive(self, index: int, start: int, end: int, cue: str) -> bool:
        """Whether a participle joins a predicate that "is" opened: "is popular and widely praised for",
        "was more experienced and lauded for" (a passive whose "is" stands before the adjective; not
        "was angry and said the vote was rigged", whose object makes it active)."""
        if not (self.common.get(cue, "").startswith(("VBN", "VBD")) or (cue not in self.common and cue.endswith("ed"))):
            return False
        after = WORD_AFTER_RE.match(self.doc.low, end, self.doc.sentences[index].end)
        if after is None or after.group(1) not in self.words["passive_complements"]:
            return False
        floor = max(self.doc.sentences[index].start, start - WORDS_NEAR)
        before = [fold(w) for w in WORD_RE.findall(self.doc.mask, floor, start)][::-1][:COORDINATED_REACH]
        while before and self.common.get(before[0], "").startswith("RB"):
            before.pop(0)  # "and widely praised"
        if not before or before[0] not in self.words["coordinators"]:
            return False
        for word in before[1:]:
            if word in self.words["passive_auxiliaries"]:
                return True
            if not self.common.get(word, "").startswith(("JJ", "RB", "VBN")):
                return False  # (an adjective, an adverb or a participle's adjective: "more experienced")
        return False

    def is_verb(self, index: int, m: re.Match[str], *, negated_finds: bool = False) -> bool:
        """A verb here, not a noun ("the reports"), a name ("United States") or a passive ("was told by").

        With ``negated_finds``, a negated verb still counts: "It does not list any 707s" is what the
        database says, where "has never said" says nothing."""
        doc = self.doc
        s, start = doc.sentences[index].start, m.start()
        if doc.mask[start].isupper() and doc.mask[s:start].strip(SENTENCE_OPENING) and not self._headline(index, m):
            return False  # a capitalised word inside a sentence is part of a name
        if start > s and doc.mask[start - 1] in "-‑":
            return False  # "life-threatening", "self-reported": part of a compound
        cue = doc.low[start : m.end()]
        # ("a movement called the Ethiopian People's Party": the cue may take the name's article with it)
        if cue.split()[0] in self.words["naming_participles"] and self._names_a_thing(index, start):
            return False
        following = WORD_AFTER_RE.match(doc.low, m.end(), doc.sentences[index].end)
        pronoun = word_before(doc.low, s, start)
        after_pronoun = pronoun is not None and doc.low[pronoun[0] : pronoun[1]] in self.words["subject_pronouns"]
        # A plural noun agrees with a bare verb too ("The Smith comments begin at …"; not in a headline's
        # capitals: "Agency Reports Rise In Cases").
        plural = (
            self.common.get(cue, "").startswith("NNS")
            and following is not None
            and doc.mask[following.start(1)].islower()  # (not a name: "super PAC answers Rove ad")
            and not doc.title_case(index)
        )
        if (
            self.common.get(cue, "").startswith("NN")
            and following is not None
            and self.common.get(following.group(1), "") in (AGREEING_TAGS if plural else SINGULAR_AGREEING_TAGS)
            and not after_pronoun  # ("Kelly, who he claims has been unfair": a verb after its subject)
        ):
            return False  # "Chinese brands doubled", "the Blue Note label said": a noun, its verb after it
        if (
            self.common.get(cue, "").startswith("NNS")
            and following is not None
            and any(doc.hit_at(f, index, following.start(1)) for f in VERBS_OF_REPORT)
        ):
            return False  # "records show", "reports say": a plural noun, the verb of speech after it
        if self.common.get(cue, "").startswith("NN") and self._after_possessive_name(index, start, m.end()):
            return False  # "her Wall Street remarks", "her Secret Service detail": a noun after a possessive and a name
        previous = word_before(doc.mask, s, start)
        if previous is None:
            return not self._listed_adjective(index, m)
        low = doc.low[previous[0] : previous[1]]
        words = self.words
        cue = cue.split()[0]
        if low in words["perfect_auxiliaries"] and self.common.get(cue, "") in ("NNS", "VBZ"):
            return False  # "Vietnam and Taiwan have claims in the area": what they have, a noun
        article = word_before(doc.mask, s, previous[0])
        indefinite = article is not None and doc.low[article[0] : article[1]] in ("a", "an")
        finite = self.common.get(cue, "") in ("VBD", "VBZ")
        if indefinite and doc.mask[previous[0]].isupper() and not finite:
            return False  # "a DW report", "an AP report": a noun, whoever the name before it is ("A Democrat said")
        definite = article is not None and doc.low[article[0] : article[1]] in words["definite_articles"]
        if (
            definite
            and doc.mask[previous[0]].isupper()
            and self.common.get(cue, "") == "NN"
            and not self._clause_follows(index, m.end())
        ):
            return False  # "the Sanders show as a distraction", "the Fox report": a noun after a name
        if indefinite and self.common.get(low, "").startswith("NN") and self.common.get(cue, "").startswith("NN"):
            return False  # "a conference call that", "a news report": a compound noun
        opened = article is not None and doc.low[article[0] : article[1]] in doc.lexicon.openers
        if (
            opened
            and self.common.get(cue, "") == "NN"
            and self.common.get(low, "") in ("NN", "JJ")
            and not doc.mask[previous[0]].isupper()
        ):
            return False  # "before the official tally": a noun after its modifier (a verb would agree: "tallies")
        continuous = cue.endswith(tuple(words["participle_endings"]))  # "was warning", "are saying"
        achieved = low in words["infinitive_markers"] and self._achieved(index, previous)
        if low in words["infinitive_markers"] and not achieved:
            return False  # "plans to announce": not said yet
        if self._caused(index, previous):
            return False  # "could help Cruz cast the race as …": not said yet
        if low in words["coordinators"] and self._coordinated_infinitive(index, m, previous):
            return False  # "needs to sell herself and tell more jokes", "will visit Ohio and announce": not yet
        if low in words["degree_adverbs"] and self.common.get(cue, "") in ("VBN", "VBD"):
            return False  # "the paper is strikingly straightforward and relatively detailed": an adjective
        if self._coordinated_passive(index, start, start + len(cue), cue):
            return False  # "Perez is more experienced and lauded for …": praised by others, a passive
        # "an article that said": a relative pronoun after a noun, not a determiner before one
        relative = (
            low in words["relatives"]
            and article is not None
            and self.common.get(doc.low[article[0] : article[1]], "").startswith("NN")
        )
        if (
            (low in words["passive_auxiliaries"] and not continuous)
            or low in words["modal_auxiliaries"]  # "will announce": not said yet
            or (low in words["noun_determiners"] and not relative)
        ):
            return False
        if relative:
            return True
        if low.endswith(POSSESSIVE_ENDINGS):
            return False  # "Trump's claims"
        describing = "-" in low or self.common.get(low, "").startswith("JJ")
        nominal = self.common.get(cue, "").startswith(("NN", "VBZ", "VBG"))  # "vows", "showing"; not "said"
        if (
            describing
            and nominal
            and article is not None
            and doc.low[article[0] : article[1]].endswith(POSSESSIVE_ENDINGS)
        ):
            return False  # "Trump's fire-breathing vows", "Lee's second-best showing": a noun after its adjective
        if self._after_gerund_preposition(index, m, previous):
            return False  # "accuses the insurer of wrongly denying claims": the accused act, no words
        if self._attributive(index, m, previous):
            return False
        passive = article is not None and doc.low[article[0] : article[1]] in words["passive_auxiliaries"]
        if (
            doc.mask[previous[1] : start] == " "
            and self.common.get(low, "").startswith("VB")
            and not doc.mask[previous[0]].isupper()
            and low not in words["perfect_auxiliaries"]
            and not continuous
            and not passive  # "a meeting where the change was announced said": a passive needs no object
            # "the senator's thinking said" (not "his closing remarks": a noun after the gerund)
            and not (self._possessed_gerund(low, article) and not self.common.get(cue, "").startswith("NN"))
        ):
            return False  # "pushes tally beyond", "help explain": the object or infinitive of a verb
        unfilled = self.reader.strip_fillers(index, s, start)
        if unfilled < previous[1]:
            # "was on Wednesday reported" is a passive; "further reported", "also said" are verbs;
            # "Baker's last recording" is a noun.
            before = word_before(doc.mask, s, unfilled)
            auxiliary = words["passive_auxiliaries"] | words["modal_auxiliaries"]
            stripped = doc.low[unfilled:start].split()
            if set(stripped) & words["passive_auxiliaries"] and not continuous and not achieved:
                return False  # "was purportedly written by": a passive, its fillers inside
            if set(stripped) & words["negations"] and not negated_finds:
                return False  # "would not say whether", "has never said": nothing said
            if before is None:
                return True
            word = doc.low[before[0] : before[1]]
            published = word in words["publication_participles"]  # "an audit released in March found"
            if self.common.get(word, "").startswith("VB") and not doc.mask[before[0]].isupper() and not published:
                return False  # "to establish further details": the object of another verb
            return word not in auxiliary and not word.endswith(POSSESSIVE_ENDINGS)
        if continuous and low in words["gerund_time_prepositions"]:
            return True  # "resigned after announcing that …": the subject's act, a verb
        tag = self.common.get(low, "")
        if (
            doc.mask[previous[0]].isupper()
            and tag.startswith("JJ")
            and low not in words["not_names"]  # ("in late August found": a month)
            and self.common.get(doc.low[start : m.end()].split()[0], "").startswith("NN")  # ("the Republican said")
            and self._modifies(index, previous)
        ):
            return False  # "renewed Republican calls for …": a capitalised adjective before a noun
        following_tag = self.common.get(following.group(1), "") if following is not None else ""
        if (
            previous[0] == s
            and self.common.get(cue, "").startswith("NNS")
            and (doc.mask.startswith(",", m.end()) or following_tag in ("VBD", "VBP", "VBZ", "MD"))
            and self.reader.common_word_only(doc.mask[previous[0] : previous[1]])
        ):
            # "Cost estimates, he added, were …", "Job reports were …": a common word opening the
            # sentence, and its plural noun (not "Trump claims the vote …": a name and its verb)
            return False
        if not tag.startswith(NOUN_CONTEXT_TAGS) or (doc.mask[previous[0]].isupper() and tag != "DT"):
            return True  # "Trump claims": a capitalised word is a name, unless a determiner opens the sentence
        # "new figures", "an old saying" are nouns; "the incumbent said" is not: "said" is only a verb.
        verb = doc.low[m.start() : m.end()].split()[0]
        if not tag.startswith(SUBJECT_END_TAGS):
            return False
        # "Some accused the mayor of …": a past form that is also a participle, an object after it (not
        # "some accused men")
        objected = following is not None and (
            following.group(1) in words["determiners"] | words["possessive_determiners"] | words["pronouns"]
            or doc.mask[following.start(1)].isupper()
        )
        vague = low in words["vague_quantifiers"]  # (not a count: "1.5 million registered Missouri voters")
        past = vague and self.common.get(verb, "") == "VBN" and verb.endswith("ed") and objected
        return past or self.common.get(verb, "").startswith(("VBD", "VBZ", "VBP"))

    def _clause_follows(self, index: int, at: int) -> bool:
        """Whether content or a question's clause opens right at ``at`` ("report that …", "show how …")."""
        following = WORD_AFTER_RE.match(self.doc.low, at, self.doc.sentences[index].end)
        asked = following is not None and following.group(1) in self.words["question_words"]
        return asked or bool(self.content_opening_re.search(self._ahead(index, at)))

    def _ahead(self, index: int, at: int) -> str:
        """What follows ``at`` in its sentence, as far as any reading after a verb goes (content opens
        within a few words): never the rest of a hostile sentence, once per verb."""
        return self.doc.mask[at : min(self.doc.sentences[index].end, at + WORDS_NEAR)]

    def _modifies(self, index: int, word: tuple[int, int]) -> bool:
        """Whether the word before ``word`` makes it a modifier: a lower-case verb, preposition or
        determiner ("blunt Republican claims", "of Republican calls"), not a title ("Senator Young")."""
        doc = self.doc
        before = word_before(doc.mask, doc.sentences[index].start, word[0])
        if before is None or not doc.mask[before[0]].islower():
            return False
        return self.common.get(doc.low[before[0] : before[1]], "").startswith(("VB", "IN", "DT", "JJ"))

    def _possessed_gerund(self, word: str, before: tuple[int, int] | None) -> bool:
        """Whether ``word`` is a gerund owned by the word ``before`` it, and so a noun: "a source
        familiar with Cruz's thinking", "the paper's reporting"."""
        if before is None or not self.common.get(word, "").startswith("VBG"):
            return False
        owner = self.doc.low[before[0] : before[1]]
        return owner.endswith(POSSESSIVE_ENDINGS) or owner in self.words["possessive_determiners"]

    def _after_possessive_name(self, index: int, start: int, end: int) -> bool:
        """Whether only capitalised words stand between ``start`` and a possessive ("her Wall Street",
        "Pagliano's Fifth Amendment")."""
        doc = self.doc
        floor = max(doc.sentences[index].start, start - WORDS_NEAR)
        before = list(WORD_RE.finditer(doc.mask, floor, start))[-POSSESSED_NAME_WORDS - 1 :]
        for word in reversed(before):
            # (a possessive determiner, or a name's with the noun ending a phrase: "Pagliano's Fifth
            # Amendment claims,"; not "Schweizer's Clinton Cash details several incidents")
            named = word.group().endswith(POSSESSIVE_ENDINGS) and bool(CLAUSE_END_RE.match(doc.mask, end))
            if fold(word.group()) in self.words["possessive_determiners"] or named:
                return word is not before[-1]
            if not word.group()[:1].isupper():
                return False
        return False

    def _attributive(self, index: int, m: re.Match[str], previous: tuple[int, int]) -> bool:
        """ "the Chicago Marathon defending champion", "300 pledged delegates": a participle before its
        noun, not a verb."""
        doc = self.doc
        word = doc.low[m.start() : m.end()]
        present = word.endswith(tuple(self.words["participle_endings"]))
        if " " in word or not (present or word.endswith(tuple(self.words["past_participle_endings"]))):
            return False
        if doc.mask[previous[1] : m.start()] != " ":
            return False  # after a comma or a quotation: "…, defending the plan"
        if word in self.words["addressing_participles"]:
            return False  # "with Senator McCain telling reporters": whom the words were for, not a kind of reporter
        before = doc.mask[previous[0] : previous[1]]
        tag = "CD" if before[:1].isdigit() else self.common.get(fold(before), "")
        if not present and tag not in PAST_MODIFIER_TAGS:
            return False  # "the company reported losses": a verb after its subject
        if not present and before[:1].isupper() and self._inside_name(index, previous):
            return False  # "Senator Todd Young urged colleagues", "the city of Nice urged": a name and its verb
        # "had sent threatening messages": the object of another verb (not of one that goes on into
        # the participle, "kept warning residents", nor an auxiliary, "was threatening legal action").
        objected = present and tag.startswith("VB") and not self._carries_on(fold(before))
        if not before[:1].isupper() and tag not in MODIFIER_TAGS and not objected:
            return False  # "officials expressing alarm": the participle's subject
        after = WORD_AFTER_RE.match(doc.low, m.end(), doc.sentences[index].end)
        return after is not None and self.common.get(after.group(1), "").startswith("NN")

    def _coordinated_infinitive(self, index: int, m: re.Match[str], coordinator: tuple[int, int]) -> bool:
        """Whether a bare verb after "and" shares an infinitive's "to" or a modal with the verb before it, in
        the same clause ("to sell herself and tell"; not "visited Ohio and announced")."""
        doc = self.doc
        tag = self.common.get(doc.low[m.start() : m.end()].split()[0], "")
        if not tag.startswith(("VB", "NN")) or tag in ("VBD", "VBZ", "VBN", "VBG"):
            return False  # (a finite or participle form has its own tense)
        floor = max(doc.sentences[index].start, coordinator[0] - WORDS_NEAR)
        clause = doc.low[floor : coordinator[0]]
        clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1 :]
        words = WORD_RE.findall(clause)
        marked = self.words["infinitive_markers"] | self.words["modal_auxiliaries"]
        # (the verb after the marker may be listed as a noun: "to visit", "will report")
        return any(w in marked and self.common.get(nxt, "") in BARE_VERB_TAGS for w, nxt in itertools.pairwise(words))

    def _inside_name(self, index: int, word: tuple[int, int]) -> bool:
        """Whether a capitalised word ends a name: another capitalised word stands before it ("Todd Young"),
        or a preposition does ("the city of Nice"); not "the Republican pledged delegates", an adjective
        after its article."""
        doc = self.doc
        before = word_before(doc.mask, doc.sentences[index].start, word[0])
        if before is None:
            return False
        low = doc.low[before[0] : before[1]]
        if low in self.words["prepositions"]:
            return True
        return doc.mask[before[0]].isupper() and low not in self.words["determiners"]

    def _listed_adjective(self, index: int, m: re.Match[str]) -> bool:
        """ "a majority of regular, pledged delegates": a past participle after an adjective and its
        comma, inside a noun phrase and before its noun, is one more adjective of that noun."""
        doc = self.doc
        word = doc.low[m.start() : m.end()]
        listed = LISTED_ADJECTIVE_RE.search(
            doc.mask, max(doc.sentences[index].start, m.start() - WORDS_NEAR), m.start()
        )
        if listed is None or not word.endswith(tuple(self.words["past_participle_endings"])):
            return False
        after = WORD_AFTER_RE.match(doc.low, m.end(), doc.sentences[index].end)
        opener = fold(listed.group(1))  # (inside a noun phrase: not "The mayor, visibly angry, pledged support")
        return (
            (opener in self.words["determiners"] or opener in self.words["prepositions"])
            and self.common.get(fold(listed.group(2)), "").startswith("JJ")
            and after is not None
            and self.common.get(after.group(1), "").startswith("NN")
        )

    def _carries_on(self, word: str) -> bool:
        """An auxiliary, or a verb that goes on into the participle after it ("began warning")."""
        words = self.words
        return word in words["passive_auxiliaries"] | words["perfect_auxiliaries"] | words["catenative_verbs"]

    def _after_gerund_preposition(self, index: int, m: re.Match[str], previous: tuple[int, int]) -> bool:
        """Whether the verb is a gerund after "of" (or "of" and an adverb): nobody says it."""
        doc = self.doc
        if not doc.low[m.start() : m.end()].split()[0].endswith(tuple(self.words["participle_endings"])):
            return False
        before = previous
        if doc.low[before[0] : before[1]].endswith("ly"):
            found = word_before(doc.mask, doc.sentences[index].start, before[0])
            if found is None:
                return False
            before = found
        return doc.low[before[0] : before[1]] in self.words["gerund_prepositions"]

    def _caused(self, index: int, speaker_end: tuple[int, int]) -> bool:
        """Whether the words ending with ``speaker_end`` are the object of a causative verb ("let Cruz",
        "help the senator", "make him"): what follows is a bare infinitive, not a verb of its own."""
        doc, s = self.doc, self.doc.sentences[index].start
        word: tuple[int, int] | None = speaker_end
        for _ in range(CAUSED_OBJECT_WORDS):
            if word is None:
                return False
            low = doc.low[word[0] : word[1]]
            if low in self.words["causative_verbs"]:
                return word != speaker_end
            noun = doc.mask[word[0]].isupper() or self.common.get(low, "").startswith(("NN", "DT", "PRP"))
            if not noun:
                return False
            word = word_before(doc.mask, s, word[0])
        return False

    def _achieved(self, index: int, marker: tuple[int, int]) -> bool:
        """Whether the infinitive's "to" follows a word that says it was done ("Police were able to
        determine the car had come from the base", "managed to confirm"), not planned or refused."""
        before = word_before(self.doc.mask, self.doc.sentences[index].start, marker[0])
        return before is not None and self.doc.low[before[0] : before[1]] in self.words["achieved_infinitives"]

    def has_content(self, index: int, m: re.Match[str]) -> bool:
        """Whether the verb credits its speaker with something said, not an act or a topic.

        "Trump tweeted about the riots" names a topic; "the government declared a state of
        emergency" is an official act. With a clause, a quotation or a colon after them, they
        credit content again ("declared that the vote was void", "tweeted about it: …").
        """
        doc = self.doc
        verb = doc.low[m.start() : m.end()].split()[0]
        words = self.words
        sentence_end = doc.sentences[index].end
        after = WORD_AFTER_RE.match(doc.low, m.end(), sentence_end)
        topic = after is not None and (
            after.group(1) in words["topic_prepositions"]
            or (
                after.group(1) in words["topic_on_prepositions"]
                and verb in words["topic_on_verbs"]
                and not self._no_topic_after(after.end(), index)
            )
            # (not a headline's "Rubio Responds To Question About …", whose capitals make it the answer)
            or (
                after.group(1) in words["reply_topic_prepositions"]
                and verb in words["reply_verbs"]
                and doc.mask[after.start(1)].islower()
            )
        )
        if topic and after is not None:
            amount = WORD_AFTER_RE.match(doc.low, after.end(), sentence_end)
            # "said about half the homes burned": "about" is "approximately", not a topic.
            topic = amount is None or not (
                amount.group(1)[0].isdigit() or amount.group(1) in words["approximate_quantities"]
            )
        if verb not in words["clause_only_verbs"] and not topic:
            return True
        rest = self._ahead(index, m.end())
        if any(
            doc.sentences[index].start <= q.start and self._stated(q.start, q.end)
            for q in self.quotes.ending_before(m.start(), WORDS_NEAR)
        ):
            return True  # '"We are out of flour," Lopez said about the shortage': the quotation came first
        if topic:
            return bool(QUOTED_CONTENT_RE.search(rest))  # (near it: "tweeted about it: …")
        if CLAUSE_END_RE.match(rest) or self._set_off_with_time(index, m, rest):
            return True  # "…, the court found.", "as the court found", "The bridge, Holm recalled on Monday, was …"
        if self._after_clause(index, m, rest):
            return True  # "The plant will close, the mayor added on Monday.": what was said came first
        return self.says_something(index, m)  # "found that …", "found the network had breached …"

    def _set_off_with_time(self, index: int, m: re.Match[str], rest: str) -> bool:
        """Whether the verb and its speaker are set off by commas with only a time after the verb: "The
        bridge, Holm recalled on Monday, was built in 1950" (what was said is around them)."""
        doc = self.doc
        comma = rest.find(",")
        opened = doc.mask.rfind(",", doc.sentences[index].start, m.start())
        if comma <= 0 or opened < 0:
            return False
        speaker = WORD_RE.findall(doc.mask, opened + 1, m.start())
        if not speaker or fold(speaker[0]) in self.words["relatives"]:
            return False  # "Holm, who recalled on Monday, left early": a relative clause, no words set off
        time = rest[:comma].strip()
        return bool(time) and doc.lexicon.patterns["fillers"].fullmatch(fold(time)) is not None

    def _after_clause(self, index: int, m: re.Match[str], rest: str) -> bool:
        """Whether the verb's speaker follows a clause and its comma, and only a time, place or manner
        follows the verb ("The plant will close, the mayor added on Monday", "…, a headline reads in an
        article published Wednesday"), not an object ("…, Beck read a private email")."""
        doc = self.doc
        start = doc.sentences[index].start
        comma = doc.mask.rfind(",", start, m.start())
        if comma < 0:
            return False
        speaker = WORD_RE.findall(doc.mask, comma + 1, m.start())
        if not 0 < len(speaker) <= SPEAKER_AFTER_CLAUSE_WORDS:
            return False
        folded = [fold(w) for w in speaker]
        if set(folded) & self.words["clause_openers"] or all(self.common.get(w, "").startswith("RB") for w in folded):
            return False  # "…, but not before organizers paid tribute to", "…, recently posted": no speaker's phrase
        clause = WORD_RE.findall(doc.mask, max(start, comma - WORDS_NEAR), comma)  # (the clause the comma ends)
        if not any(self.common.get(fold(w), "").startswith(CLAUSE_TAGS) for w in clause):
            return False
        first = WORD_RE.search(rest)
        return first is not None and (
            fold(first.group()) in self.words["prepositions"]
            or self.common.get(fold(first.group()), "").startswith("RB")
        )

    def _no_topic_after(self, at: int, index: int) -> bool:
        """Whether the word after "commented on" starts a day, a platform or a question, not a topic."""
        following = WORD_AFTER_RE.match(self.doc.low, at, self.doc.sentences[index].end)
        return following is not None and following.group(1) in self.words["on_not_topic"]

    def _stated(self, start: int, end: int) -> bool:
        """Whether a quotation is set off as a statement ('"We are out of flour," Lopez said'), not a
        phrase quoted inside the clause ('funding in "block grants" to states, letting them determine')."""
        mask = self.doc.mask
        inside = mask[max(start, end - len(QUOTE_MARKS) - 1) : end].rstrip(QUOTE_MARKS)
        return inside.endswith(STATEMENT_ENDS) or mask[end : end + 1] in STATEMENT_ENDS

    def says_something(self, index: int, m: re.Match[str]) -> bool:
        """ "saying that …", "saying they had agreed": a clause after the verb, not just an object
        ("detailing the fleet")."""
        rest = self._ahead(index, m.end())
        if self.content_opening_re.search(rest):
            return True
        # (read past a participle set off by commas: "found the plant, built in 1970, was unsafe")
        rest = ASIDE_RE.sub(lambda a: " " if self.common.get(fold(a.group(1))) == "VBN" else a.group(), rest)
        spans = list(itertools.islice(WORD_RE.finditer(rest), CLAUSE_REACH))
        following = [fold(w.group().rstrip(".")) for w in spans]
        determiners = self.words["noun_determiners"] | self.words["possessive_determiners"]
        # A clause's verb, not a participle after a determiner ("found in the developed world") or a
        # comma ("added the week, known as Golden Week").
        finite = next(
            (
                i
                for i, w in enumerate(following[1:], 1)
                if self.common.get(w, "").startswith(FINITE_TAGS)
                and following[i - 1] not in determiners
                and following[i - 1] not in self.words["infinitive_markers"]  # ("found the way to do that")
                and not (self.common[w] == "VBN" and "," in rest[spans[i - 1].end() : spans[i].start()])
            ),
            None,
        )
        if finite is not None:
            # "Tracks found on the island suggest …": a participle and its place, then the sentence's
            # own verb with no subject of its own; not "posted on Twitter he was resigning".
            placed = following[0] in self.words["prepositions"]
            return not placed or following[finite - 1] in self.words["subject_pronouns"]
        # "declared household gun ownership rates to be the strongest predictor": a small clause.
        phrase = [fold(w.group()) for w in WORD_RE.finditer(re.split(r"[,;:.]", rest, maxsplit=1)[0])]
        pairs = itertools.pairwise(phrase[1 : SMALL_CLAUSE_REACH + 1])
        return any(a in self.words["infinitive_markers"] and b in self.words["passive_auxiliaries"] for a, b in pairs)


@functools.cache
def _content_opening(complementizers: frozenset[str]) -> re.Pattern[str]:
    """What opens content after a verb, made once per language."""
    return re.compile(CONTENT_OPENING % alternatives(complementizers), re.IGNORECASE)


def word_before(text: str, floor: int, pos: int) -> tuple[int, int] | None:
    """The span of the word that ends right before ``pos`` (only spaces between), if any."""
    end = pos
    while end > floor and text[end - 1] in " \t\n":
        end -= 1
    start = end
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "'’-."):
        start -= 1
    return (start, end) if start < end else None
