"""Who speaks, sentence after sentence: attributions resolved, quotations and interview turns.

A claim often names its source once and leans on it for several sentences:
"He added…", "The agency said…", the second sentence of a quotation, every
answer of an interview. The first pass resolves each sentence's own
attributions (a pronoun or "the report" to the source named before it, within
the section: see ``references``); the second gives sentences without any
attribution of their own the speaker of the quotation, interview turn or
report they belong to.
"""

from __future__ import annotations

import bisect
import re

from .ahead import name_ahead
from .confirmations import confirm_back
from .cues import WORD_RE, fold
from .interviews import Turn, turns
from .model import Source
from .phrases import PhraseReader
from .quotes import QUOTED_SHARE, Quote, Quotes, quoted_share
from .references import References
from .scan import Document
from .segment import SENTENCE_OPENING
from .sources import UNKNOWN, sources_of
from .sourcing import Sourcing, Speaking
from .speakers import Attribution

#: A sentence headed by a speaker's name and a colon, as headlines are ("Graham: Trump's …").
HEADLINE_LABEL_RE = re.compile(r"[\s*_]*(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(?=\S+ \S+ \S)")
#: The blanks after a verb, before what it names ("said in a statement").
SPACES_RE = re.compile(r"[ \t]*")
#: What ends the clause one speaker's words are reported in.
SEMICOLON_RE = re.compile(";")
#: How many of a section's latest speakers a reference back is read against, nearest first.
RECENT_REACH = 64
#: The longest title in quotation marks ("Crippled America: How to Make America Great Again").
MAX_TITLE_WORDS = 12
#: How many words after a quotation's introducing subject its verb may come.
MAX_VERB_DISTANCE = 4
#: How many sentences back in its paragraph a detail may find the report it continues, or a
#: quotation its speaker (a paragraph is a few sentences; a "paragraph" of thousands must not make
#: every sentence walk back through it).
REPORT_REACH = 20


class Discourse:
    def __init__(self, doc: Document, reader: PhraseReader, quotes: Quotes) -> None:
        self.doc = doc
        self.reader = reader
        self.quotes = quotes
        self.references = References(doc, reader, quotes)
        #: Per label, whether the text names it again inside a sentence (read once per label).
        self._named_inside: dict[str, bool] = {}

    def resolve(self, attributions: list[list[Attribution]]) -> list[Sourcing]:
        doc = self.doc
        out = [Sourcing() for _ in doc.sentences]
        recent: list[tuple[int, Speaking]] = []  # named speakings of the section, newest last
        heard: list[tuple[int, Speaking]] = []  # … and unnamed ones
        first_person = doc.lexicon.words["first_person_words"]
        personal = doc.lexicon.words["personal_pronouns"]
        for index, found in enumerate(attributions):
            if recent and doc.sections[recent[-1][0]] != doc.sections[index]:
                recent = []
            if heard and doc.sections[heard[-1][0]] != doc.sections[index]:
                heard = []
            for attribution in found:
                # "Lee said on Twitter that she welcomed …": a speaker named earlier in the sentence is
                # the nearest one a pronoun can refer to.
                here = [(index, s) for s in out[index].named if s.cue_end <= attribution.phrase.start]
                speaking = self._speaking(index, attribution, recent + here if here else recent, heard)
                if speaking is not None:
                    out[index].speaking.append(speaking)
                elif (
                    attribution.phrase.kind == "pronoun" and fold(attribution.phrase.text) not in first_person
                ) or self.references.respondents(attribution.phrase):
                    # "He said …" with no one to refer to, "Six in 10 say" with no poll named: someone's
                    # words still, unlike "I think …".
                    out[index].unresolved.append((attribution.cue_start, attribution.cue_end))
            # (a person "he" or "she" speaks as is as recent as a name in the same sentence: "… he tells a
            # joke about Trump. The Republican nominee, he said, …" is still the one telling it)
            recent.extend(
                (index if s.carried_from is None or doc.low[s.cue_start : s.cue_end] in personal else s.carried_from, s)
                for s in self._salience(out[index].named)
            )
            heard.extend((index, s) for s in out[index].speaking if s.anonymous)
            # (a pronoun or "the agency" refers to one of the last few: a hostile section of thousands of
            # speakers must not make every reference walk back over all of them)
            del recent[:-RECENT_REACH], heard[:-RECENT_REACH]
        self._inherit(out)
        name_ahead(doc, out)
        confirm_back(doc, out)
        return out

    def _salience(self, named: list[Speaking]) -> list[Speaking]:
        """A sentence's speakers, least salient first: one reported inside another's words ("The poll
        showed that although Clinton has touted …", "Fiorina said, reminding them that Trump has
        denounced …") before the one reporting, whom "she" or "the poll" next refers back to."""
        if len(named) < 2:
            return named
        doc = self.doc
        complementizers = doc.lexicon.words["complementizers"]
        # Read once for the sentence (a hostile one names hundreds): where each speaker's cue ends, the
        # semicolons, and the complementizers ("that") between them.
        lo, hi = min(s.cue_start for s in named), max(s.cue_end for s in named)
        ends = sorted(s.cue_end for s in named)
        semicolons = [m.start() for m in SEMICOLON_RE.finditer(doc.low, lo, hi)]
        opening = [m.span() for m in WORD_RE.finditer(doc.low, lo, hi) if m.group() in complementizers]
        opening_starts = [a for a, _ in opening]

        def embedded(speaking: Speaking) -> bool:
            """Whether a speaker's cue ends before this one with a "that" between, and no semicolon."""
            start = speaking.cue_start
            semicolon = bisect.bisect_left(semicolons, start)
            floor = semicolons[semicolon - 1] if semicolon else -1
            earlier = bisect.bisect_right(ends, floor)  # the first cue ending after the semicolon
            if earlier == len(ends) or ends[earlier] > start:
                return False
            that = bisect.bisect_left(opening_starts, ends[earlier])
            return that < len(opening) and opening[that][1] <= start

        return sorted(named, key=embedded, reverse=True)  # (stable: text order kept within each part)

    def _speaking(
        self, index: int, a: Attribution, recent: list[tuple[int, Speaking]], heard: list[tuple[int, Speaking]]
    ) -> Speaking | None:
        phrase = a.phrase
        verb = (a.cue_start, a.cue_end)
        if phrase.kind in ("pronoun", "anaphor"):
            antecedent = self.references.antecedent(index, phrase, recent)
            unnamed = self.references.unnamed_group(index, phrase, heard)
            if unnamed is not None and (antecedent is None or unnamed[1] >= antecedent[1]):
                antecedent = unnamed  # "…, according to sources. They said …": the unnamed, not the last named
            # (an outlet told, "told the newspaper", counts only as the one named before)
            alone = a.role != "channel" and self.references.stands_alone(phrase.text)
            if antecedent is None and phrase.kind == "anaphor" and alone:
                # "The army said": nothing to refer back to, but a body speaking on the record;
                # "the newspaper said", "the former pollster said": someone the story introduced
                # out of reach (or never as a speaker), still one particular source.
                return Speaking(
                    sources_of(phrase, self.doc.registry), a.cue_start, a.cue_end, a.role, a.predicate, None, verb
                )
            if antecedent is None:
                return None
            sources, origin = antecedent
            carried = origin if origin != index else None  # named in this very sentence: not carried over
            return Speaking(sources, phrase.start, phrase.end, a.role, a.predicate, carried, verb)
        if phrase.kind == "role" and (
            (joint := self.references.joint(index, phrase, recent)) is not None
            or (joint := self.references.unnamed_again(phrase, recent, heard)) is not None
        ):
            # "The parties said", "Both companies confirmed": the speakers named together; "The official
            # added": the unnamed official who spoke before.
            sources, origin = joint
            carried = origin if origin != index else None
            return Speaking(sources, phrase.start, phrase.end, a.role, a.predicate, carried, verb)
        start, end = a.cue_start, a.cue_end
        if phrase.kind == "anonymous":
            # The reader is shown the words that make the source anonymous ("law enforcement sources").
            inner = self.doc.lexicon.patterns["anonymous_phrases"].search(self.doc.low, phrase.start, phrase.end)
            start, end = inner.span() if inner else (phrase.start, phrase.end)
        return Speaking(sources_of(phrase, self.doc.registry), start, end, a.role, a.predicate, None, verb)

    # -- sentences without attribution of their own ------------------------------------

    def _inherit(self, out: list[Sourcing]) -> None:
        doc = self.doc
        interview = turns(doc)
        quote_of: dict[int, Quote] = {}
        for quote in self.quotes:
            for index in range(quote.first, quote.last + 1):
                quote_of.setdefault(index, quote)
        for index, sourcing in enumerate(out):
            turn = interview.get(index)
            if turn is not None and self._narrative(index, turn, out):
                turn = None
            if turn is not None:
                sourcing.turn = turn
                if turn.kind == "question":
                    sourcing.speaking = []  # a question claims nothing, whoever it mentions
                answerer = turn.speaker if turn.kind == "answer" else None
                if answerer:
                    # "I think …" in an answer is the person answering, whoever "I" was resolved to.
                    sourcing.speaking = [s for s in sourcing.speaking if not self._first_person(s)]
                if answerer and not any(
                    fold(source.name) == fold(answerer) for s in sourcing.speaking for source in s.sources
                ):
                    # (an answer with no label of its own is named by the speaker's name; "They said the
                    # same about the cycleways" in an answer is the answerer's account of what they said)
                    mention = doc.text(turn.label_start, turn.label_end) or answerer
                    source = Source(None, answerer, UNKNOWN, mention)
                    carried = None if turn.first == index else turn.first
                    start, end = self._cue(index, turn)
                    sourcing.speaking.append(Speaking([source], start, end, "subject", -index - 1, carried))
                continue
            if not sourcing.speaking and (labelled := self._labelled(index)) is not None:
                sourcing.speaking.append(labelled)
                continue
            if not sourcing.speaking and (introducer := self._quote_introducer(index)) is not None:
                sourcing.speaking.append(introducer)
            introduced = self._introduced(index, out)
            if introduced is not None:
                # A paragraph introduced by "…, CNN reported:" or set as a blockquote after an
                # attributed sentence is the speaker's words, every sentence of it.
                sourcing.quoted = True
                if not sourcing.speaking:
                    origin, speaking = introduced
                    start, end = self._first_word(index)
                    sourcing.speaking.append(
                        Speaking(speaking.sources, start, end, speaking.role, speaking.predicate, origin)
                    )
                continue
            share = quoted_share(doc, index, self.quotes) if index in quote_of else 0.0
            if share < QUOTED_SHARE:
                # (not "She said …" with nobody to refer to: someone's words, no detail of the report)
                reported = not sourcing.speaking and not sourcing.unresolved
                if reported and (report := self._report_before(index, out)) is not None:
                    # "The study found … . The ten states with the highest rates …": the details of a
                    # named report, in its paragraph, are the report's.
                    origin, speaking = report
                    start, end = self._first_word(index)
                    sourcing.speaking.append(
                        Speaking(speaking.sources, start, end, speaking.role, speaking.predicate, origin)
                    )
                continue
            sourcing.quoted = True
            if sourcing.speaking:
                continue
            speaker = self._quote_speaker(quote_of[index], index, out)
            if speaker is not None:
                start, end = self._first_word(index)
                origin, speakings = speaker
                # (its speaker, and any unnamed voice it was credited to: "…,” the Post reported, quoting
                # an anonymous official. “They were moving on.”" still rests on nobody named)
                sourcing.speaking.extend(
                    Speaking(s.sources, start, end, s.role, s.predicate, origin)
                    for i, s in enumerate(speakings)
                    if i == 0 or s.anonymous
                )

    def _first_person(self, speaking: Speaking) -> bool:
        return fold(self.doc.text(speaking.cue_start, speaking.cue_end)) in self.doc.lexicon.words["first_person_words"]

    def _narrative(self, index: int, turn: Turn, out: list[Sourcing]) -> bool:
        """Whether a paragraph after an answer is the writer's again, not more of the answer: it
        credits someone with a verb of its own or reports a refusal ("The agency said …; a
        spokesman did not respond")."""
        doc = self.doc
        block = doc.blocks[index]
        if turn.kind != "answer" or block == doc.blocks[turn.first]:
            return False
        first = doc.first_in(doc.blocks, index)
        own = any(
            s.verb is not None and s.carried_from is None for i in range(first, index + 1) for s in out[i].speaking
        )
        return own or bool(doc.hits("refusals", index))

    def _labelled(self, index: int) -> Speaking | None:
        """ "Graham: Trump's rhetoric is destroying the party": a sentence headed by its speaker's name.

        The label must name someone the text names again elsewhere (so "Poll:" or "Update:" is no
        speaker), and be followed by a clause, not a single word.
        """
        doc = self.doc
        sentence = doc.sentences[index]
        m = HEADLINE_LABEL_RE.match(doc.mask, sentence.start, sentence.end)
        if m is None:
            return None
        if not self._inside_a_sentence(m.group("label")):
            return None
        phrase = self.reader.classify(index, m.start("label"), m.end("label"))
        if phrase is None or phrase.kind not in ("registry", "name"):
            return None
        first = fold(m.group("label").split()[0])
        if phrase.kind == "name" and first in doc.lexicon.words["determiners"]:
            return None  # "The Latest: …", a live blog's heading (an outlet known by its article may be one)
        return Speaking(sources_of(phrase, doc.registry), phrase.start, phrase.end, "frame", -index - 1, None, None)

    def _inside_a_sentence(self, label: str) -> bool:
        """Whether ``label`` stands somewhere past a sentence's opening (asked once per label: a
        transcript repeats its labels thousands of times)."""
        found = self._named_inside.get(label)
        if found is None:
            doc = self.doc
            found = self._named_inside[label] = any(
                doc.mask[doc.sentences[doc.sentence_at(x.start())].start : x.start()].strip(SENTENCE_OPENING)
                for x in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", doc.mask)
            )
        return found

    def _quote_introducer(self, index: int) -> Speaking | None:
        """ "Senator Graham spoke on Fox News, “This is …”": a quotation opened after the subject's own
        clause and a comma or colon is the subject's, whatever the verb ("reacted", "read in part")."""
        doc = self.doc
        for quote in self.quotes.at(index):
            if quote.first != index or quote.start <= doc.sentences[index].start:
                continue
            before = doc.mask[doc.sentences[index].start : quote.start].rstrip()
            if not before.endswith((",", ":")) or self._title(quote):
                continue
            subject = self.reader.sentence_subject(index, quote.start)
            opening = next((q for q in self.quotes.at(index) if subject and q.start <= subject.start < q.end), None)
            if opening is not None:
                # '“Promise …,” Blige sings to Clinton before asking her, “…”': the subject after the
                # quotation that opens the sentence, not its first words.
                subject = self.reader.sentence_subject(index, quote.start, clause_start=opening.end)
            if subject is None or subject.kind in ("pronoun", "anaphor", "anonymous"):
                continue
            clause = doc.low[subject.end : doc.sentences[index].start + len(before)]
            # The subject's own verb comes first ("also reacted on Twitter"), not a clause of others.
            words = [m.group() for m in WORD_RE.finditer(clause)][:MAX_VERB_DISTANCE]
            if any(self.reader.common.get(word, "").startswith("VB") for word in words):
                return Speaking(sources_of(subject, doc.registry), subject.start, subject.end, "subject", -index - 1)
        return None

    def _title(self, quote: Quote) -> bool:
        """ "his memoir, “Gifted Hands,”": a title in quotation marks (its longer words capitalised),
        not words someone said."""
        words = [m.group() for m in WORD_RE.finditer(self.doc.mask, quote.start, quote.end)]
        long = [w for w in words if len(w) > 3]
        return bool(long) and len(words) <= MAX_TITLE_WORDS and all(w[0].isupper() for w in long)

    def _introduced(self, index: int, out: list[Sourcing]) -> tuple[int, Speaking] | None:
        """The speaker of the sentence that introduces this sentence's paragraph (or list) with a colon,
        or of the sentence before a blockquote."""
        doc = self.doc
        first = doc.first_in(doc.blocks, index)
        if first == 0:
            return None
        before = first - 1
        if doc.sections[before] != doc.sections[index]:
            return None
        introduces = doc.mask[doc.sentences[before].start : doc.sentences[before].end].rstrip(" *_").endswith(":")
        if (introduces or (doc.quoted_blocks[index] and not doc.quoted_blocks[before])) and out[before].speaking:
            return _origin(before, out[before].speaking[0]), out[before].speaking[0]
        # The next blockquote paragraph, or the next item of a list the colon introduced ("found that:").
        chained = (doc.quoted_blocks[index] and doc.quoted_blocks[before]) or (
            doc.item_blocks[index] and doc.item_blocks[before]
        )
        if chained and out[before].quoted and out[before].speaking:
            return _origin(before, out[before].speaking[0]), out[before].speaking[0]
        return None

    def _report_before(self, index: int, out: list[Sourcing]) -> tuple[int, Speaking] | None:
        """The document or data a sentence's paragraph was credited to just before, if that is what
        the paragraph last rests on (a person's words in between end the report)."""
        doc = self.doc
        if doc.hits("refusals", index) or doc.hits("verification_failures", index):
            # "Investigators have not commented", "Reuters could not verify the report": a new actor's
            # silence or check, no detail of the report
            return None
        if doc.asks(index):
            return None  # "(Why did the inspector general issue the subpoenas?": the writer asks, no detail
        documents = doc.lexicon.reports
        for previous in range(index - 1, max(-1, index - 1 - REPORT_REACH), -1):
            if doc.blocks[previous] != doc.blocks[index]:
                return None
            if not out[previous].speaking:
                continue
            speaking = out[previous].speaking[0]
            if any(s.anonymous for s in out[previous].speaking):
                return None  # an account mixing unnamed voices: what follows rests on no one in particular
            origin = _origin(previous, speaking)
            # A detail carried over already: whether the paragraph still rests on a report is decided
            # where its credit was given.
            first = out[origin].speaking[0] if out[origin].speaking else speaking
            written = doc.text(speaking.cue_start, speaking.cue_end)  # "the study", resolved or not
            names = [written, doc.text(first.cue_start, first.cue_end), *(s.name for s in speaking.sources)]
            document = any(_describes_document(n, documents, doc.lexicon.openers) for n in names)
            for finder, at in ((first, origin), (speaking, previous)):
                if finder.role == "finding" and finder.verb:
                    # "A new study published in The Lancet found …", "The bank's forecasts show …": the
                    # finding is the document's, whoever made it.
                    subject = doc.low[doc.sentences[at].start : finder.verb[0]]
                    document = document or bool(set(WORD_RE.findall(subject)) & documents)
            if first.verb and not document:
                # "Police said in a statement": what follows in the paragraph is the statement's detail.
                after = SPACES_RE.match(doc.low, first.verb[1])
                document = (
                    after is not None and doc.lexicon.patterns["spoken_in"].match(doc.low, after.end()) is not None
                )
            verbs = [doc.low[s.verb[0] : s.verb[1]].split()[0] for s in (speaking, first) if s.verb]
            reported = any(verb in doc.lexicon.words["report_verbs"] for verb in verbs)
            if not (document or reported) or self._writer_speaks_as_we(index) or self._newsroom_acts(index):
                return None
            return origin, speaking
        return None

    def _newsroom_acts(self, index: int) -> bool:
        """ "Wikinews sought expert input on the data": the publication's own reporting, no detail of a report."""
        subject = self.reader.sentence_subject(index, self.doc.sentences[index].end)
        return (
            subject is not None and fold(" ".join(subject.text.split())) in self.doc.lexicon.words["interviewer_labels"]
        )

    def _writer_speaks_as_we(self, index: int) -> bool:
        """ "Fixing our tax system alone is not the answer": the writer's own voice, outside quotation
        marks, no detail of a report."""
        doc = self.doc
        sentence = doc.sentences[index]
        first_person = doc.lexicon.words["first_person_words"]
        return any(
            fold(m.group()) in first_person and not self.quotes.holding(m.span())
            for m in WORD_RE.finditer(doc.mask, sentence.start, sentence.end)
        )

    def _quote_speaker(self, quote: Quote, index: int, out: list[Sourcing]) -> tuple[int, list[Speaking]] | None:
        """Who a quotation belongs to: named where it opens or closes, or the quotation before it."""
        for candidate in (quote.first, quote.last):
            if candidate != index and out[candidate].speaking:
                return candidate, out[candidate].speaking
            if candidate == index:
                own = [s for s in out[index].speaking if s.carried_from is None]
                if own:
                    return index, own
        doc = self.doc
        block = doc.blocks[index]
        for previous in range(index - 1, max(-1, index - 1 - REPORT_REACH), -1):
            if doc.blocks[previous] != block:
                break
            if out[previous].speaking:
                return previous, out[previous].speaking
            if previous == index - 1 and (introducer := self._introducer(previous)) is not None:
                return previous, [introducer]  # "Dianne Bystrom agreed. “Mainstream Republicans are …”"
        first = doc.first_in(doc.blocks, quote.first)
        before = first - 1
        if (
            quote.first == first
            and not doc.mask[doc.sentences[first].start : quote.start].strip(SENTENCE_OPENING)
            and before >= 0
            and doc.sections[before] == doc.sections[index]
            and doc.quoted_blocks[before] == doc.quoted_blocks[index]
            and not self._speaks(first, out)
        ):
            # A paragraph that opens on a quotation and credits nobody, right after a paragraph that
            # ended on someone's quoted words, or on what someone said ("Bystrom said the party was
            # split."), is by convention the same speaker going on.
            spoke = out[before].quoted or any(s.verb is not None and s.role == "subject" for s in out[before].speaking)
            if spoke and out[before].speaking:
                return _origin(before, out[before].speaking[0]), out[before].speaking
            introducer = None if out[before].speaking else self._introducer(before)
            if introducer is not None:
                return before, [introducer]
        return None

    def _introducer(self, index: int) -> Speaking | None:
        """ "Iowa State University's Dianne Bystrom agreed." right before a paragraph of quotation: the
        person a sentence ends on agreeing, explaining or objecting speaks the quotation."""
        doc = self.doc
        sentence = doc.sentences[index]
        words = list(WORD_RE.finditer(doc.mask, sentence.start, sentence.end))
        last = words[-1] if len(words) > 1 else None
        verb_text = last.group().rstrip(".:") if last is not None else ""
        if last is None or fold(verb_text) not in doc.lexicon.words["introducing_verbs"]:
            return None
        if doc.mask[last.start() + len(verb_text) : sentence.end].strip() not in (".", ":"):
            return None
        subject = self.reader.sentence_subject(index, last.start())
        if subject is None or subject.kind not in ("registry", "name", "role"):
            return None
        verb = (last.start(), last.start() + len(verb_text))
        return Speaking(
            sources_of(subject, doc.registry), subject.start, subject.end, "subject", -index - 1, None, verb
        )

    def _speaks(self, first: int, out: list[Sourcing]) -> bool:
        """Whether the paragraph opening at ``first`` credits anyone with a verb of its own ("“That would
        be you?” Borger asked.")."""
        blocks = self.doc.blocks
        end = min(len(blocks), first + REPORT_REACH)
        return any(s.verb is not None for i in range(first, end) if blocks[i] == blocks[first] for s in out[i].speaking)

    def _first_word(self, index: int) -> tuple[int, int]:
        sentence = self.doc.sentences[index]
        m = WORD_RE.search(self.doc.mask, sentence.start, sentence.end)
        return m.span() if m else (sentence.start, sentence.end)

    def _cue(self, index: int, turn: Turn) -> tuple[int, int]:
        sentence = self.doc.sentences[index]
        if sentence.start <= turn.label_start and turn.label_end <= sentence.end and turn.label_end > turn.label_start:
            return turn.label_start, turn.label_end
        return self._first_word(index)


def _origin(index: int, speaking: Speaking) -> int:
    """Where a speaking's source was named: its own sentence, or the one it was carried from."""
    return speaking.carried_from if speaking.carried_from is not None else index


def _describes_document(name: str, documents: frozenset[str], determiners: frozenset[str]) -> bool:
    """ "The study", "the summary of the decision", not "The Jakarta Post" (a title)."""
    words = name.split()
    return any(w in documents for w in words[1:]) and fold(words[0]) in determiners
