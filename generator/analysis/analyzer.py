"""Decide, sentence by sentence, what each claim rests on.

The analyzer is rule-based and data-driven: every cue comes from the language's
lexicon, and every label it gives carries the cue and its span, so a reader
(and an editor) can see exactly why a sentence was marked. Nothing here knows
any particular article.

Per sentence it finds *speakers* (who the claim is credited to: named sources,
anonymous ones, or a reference back to an earlier source) and *signals*
(hedges, vague reports, the writer's own opinion), then turns them into labels:

- named sources of two or more independent owners → ``corroborated``;
  of one owner → ``single-source``;
- a hedge, an anonymous speaker, a vague report or a disputed-claim verb →
  ``unverified``;
- opinion cues, when nobody else is credited with the sentence → ``opinion``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .lexicon import Lexicon, OpinionFamily, fold, load_lexicon
from .model import Analysis, Claim, Reason, Source
from .registry import Mention, Registry
from .segment import Sentence, segment

#: Where a verb's clause begins on the left: a break no subject crosses.
HARD_BREAK_RE = re.compile(r"[;:“”\"«»(—–]|\s-\s")
#: Where a source phrase ends on the right ("according to X, ...").
PHRASE_END_RE = re.compile(r"[,;:.!?“”\"«»()—–]|\s-\s|\s(?:that|who|which|as|while|when|and said|citing|quoting)\s")
#: What may stand between outlets that speak together ("TASS, RIA and Interfax").
COORDINATION_RE = re.compile(
    r"(?:\s*(?:,|,?\s+and|,?\s+or|\s+&|\s+as well as|,?\s+along with)\s+|\s*,\s*)(?:the\s+)?", re.IGNORECASE
)
#: A quotation inside a sentence: its words are the quoted speaker's.
QUOTATION_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,]*")
#: Lower-case words allowed inside a proper name ("Ministry of Defence").
NAME_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "da", "del", "von", "van", "al", "bin", "on", "in"})
#: Capitalised words that open sentences but never name a source.
NOT_NAMES = frozenset(
    {
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "a",
        "an",
        "but",
        "and",
        "or",
        "meanwhile",
        "however",
        "yet",
        "also",
        "so",
        "then",
        "there",
        "here",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "some",
        "many",
        "most",
        "others",
        "all",
        "both",
        "few",
        "when",
        "while",
        "as",
        "if",
        "in",
        "on",
        "at",
        "for",
        "after",
        "before",
        "since",
        "who",
        "what",
        "which",
    }
)
#: A whole subject that describes its speaker: a determiner and up to four words, or a pronoun.
DESCRIBED_SPEAKER_RE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|one|another)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+|\b(?:he|she|they))\s*$",
    re.IGNORECASE,
)
#: Verbs that make a described subject a speaker ("her friend said"); "adds" or
#: "alleged" after "the spectacle" or "the tanker" are not speech.
DESCRIBED_SPEAKER_VERBS = frozenset(
    {"said", "says", "told", "tells", "stated", "wrote", "writes", "claimed", "argued", "insisted", "warned"}
    | {"explained", "announced", "replied", "tweeted", "added", "saying", "telling", "declared", "admitted"}
)
#: Words that open a role description ("the mayor", "its spokesman").
ROLE_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
#: Words after which a capitalised phrase is an object, not a speaker ("on the Eastern Front").
PREPOSITIONS = frozenset(
    {"on", "in", "at", "from", "of", "to", "with", "by", "for", "about", "near", "into", "across", "over", "under"}
    | {"against", "between", "through", "toward", "towards", "after", "before", "during", "since", "within"}
)
#: Words after which a "verb" is really a noun ("these reports", "the claims").
NOUN_MARKERS = ROLE_DETERMINERS | PREPOSITIONS | {"these", "those", "this", "that", "such", "many", "some", "no"}
#: Verbs after which the grammatical subject follows ("…," said Smith).
INVERTING_VERBS = frozenset({"said", "says", "added", "wrote", "reported", "noted", "explained", "stated"})
#: Longest lower-case phrase after "according to" still taken as a source's name.
MAX_SOURCE_PHRASE_WORDS = 8
#: How many words a vague speaker may stand before its verb ("officials in Kyiv said").
VAGUE_SPEAKER_REACH = 4


@dataclass
class _Speaker:
    kind: str  # "named", "anonymous", "carried-over"
    cue: str
    cue_start: int
    cue_end: int
    sources: list[Source]
    from_claim: str | None = None


@dataclass
class _Found:
    speakers: list[_Speaker] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)


@dataclass
class _Antecedent:
    claim_id: str
    sources: list[Source]
    section: int


def analyze(
    body: str, registry: Registry | None = None, language: str = "en", *, lexicon: Lexicon | None = None
) -> Analysis:
    """Label every sentence of ``body`` (Markdown or plain text)."""
    return _Analyzer(body, registry or Registry(), lexicon or load_lexicon(language)).run()


class _Analyzer:
    def __init__(self, body: str, registry: Registry, lexicon: Lexicon) -> None:
        self.body = body
        self.registry = registry
        self.lex = lexicon
        self.p = lexicon.patterns
        seg = segment(body)
        self.mask = seg.mask
        self.sentences = seg.sentences
        self.sections = [seg.blocks[s.block].section for s in seg.sentences]
        self.low = fold(self.mask)
        self._filler_tail = re.compile(f"(?:{self.p['verb_fillers'].pattern})\\s*$")
        self._role_tail = re.compile(f"(?:{self.p['roles'].pattern})\\s*$")
        self._starts = [sentence.start for sentence in self.sentences]
        #: Per cue family, its matches grouped by sentence index: found once per body.
        self._hits: dict[str, dict[int, list[re.Match[str]]]] = {}
        self._mentions_by: dict[int, list[Mention]] = {}
        for mention in registry.mentions(self.mask):
            self._mentions_by.setdefault(self._sentence_at(mention.start), []).append(mention)
        #: Index of the sentence being analysed; cue lookups are confined to it.
        self._current = 0

    def _sentence_at(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def _scan(self, key: str, pattern: re.Pattern[str], text: str) -> dict[int, list[re.Match[str]]]:
        """All matches of one cue family in the whole body, grouped by sentence."""
        if key not in self._hits:
            grouped: dict[int, list[re.Match[str]]] = {}
            for m in pattern.finditer(text):
                grouped.setdefault(self._sentence_at(m.start()), []).append(m)
            self._hits[key] = grouped
        return self._hits[key]

    def _in(self, family: str, start: int, end: int) -> list[re.Match[str]]:
        """Matches of a lexicon family lying inside ``[start, end)`` of the current sentence."""
        found = self._scan(family, self.p[family], self.low).get(self._current, ())
        return [m for m in found if start <= m.start() and m.end() <= end]

    def _in_family(self, family: OpinionFamily, start: int, end: int) -> list[re.Match[str]]:
        text = self.mask if family.case_sensitive else self.low
        found = self._scan(f"opinion:{family.name}", family.pattern, text).get(self._current, ())
        return [m for m in found if start <= m.start() and m.end() <= end]

    def _mentions(self, start: int, end: int) -> list[Mention]:
        return [m for m in self._mentions_by.get(self._current, ()) if start <= m.start and m.end <= end]

    def _cue(self, m: re.Match[str]) -> str:
        """A cue as the article writes it (matching ran on folded text)."""
        return self.body[m.start() : m.end()]

    def run(self) -> Analysis:
        claims: list[Claim] = []
        antecedent: _Antecedent | None = None
        for index, sentence in enumerate(self.sentences):
            self._current = index
            claim_id = f"c{index + 1}"
            section = self.sections[index]
            if antecedent is not None and antecedent.section != section:
                antecedent = None
            claim, named = self._claim(claim_id, sentence, antecedent)
            if named:
                antecedent = _Antecedent(claim_id, named, section)
            claims.append(claim)
        return Analysis(claims, self.body, self.mask)

    # -- one sentence -------------------------------------------------------

    def _claim(self, claim_id: str, sentence: Sentence, antecedent: _Antecedent | None) -> tuple[Claim, list[Source]]:
        s, e = sentence.start, sentence.end
        quotes = [m.span() for m in QUOTATION_RE.finditer(self.mask, s, e)]
        negatives = [m.span() for m in self._in("attribution_negatives", s, e)]
        found = _Found()
        self._frames(s, e, found)
        self._verbs(s, e, quotes, negatives, antecedent, found)
        self._source_nouns(s, e, found)
        self._vague_speakers(s, e, quotes, negatives, found)
        self._anonymous_anywhere(s, e, quotes, found)
        self._channels(s, e, found)
        speakers = _dedupe_speakers(found.speakers)

        reasons = list(found.reasons)
        sources: list[Source] = []
        for speaker in speakers:
            for source in speaker.sources:
                if source not in sources:
                    sources.append(source)
        named = [src for src in sources if src.kind != "anonymous"]
        directly_named = [src for sp in speakers if sp.kind == "named" for src in sp.sources if src.kind != "anonymous"]
        reasons.extend(self._sourcing_reasons(speakers, named))
        for speaker in speakers:
            if speaker.kind == "anonymous":
                reasons.append(
                    Reason("unverified", "anonymous-source", speaker.cue, speaker.cue_start, speaker.cue_end)
                )
        if speakers:
            for m in self._in("doubt_verbs", s, e):
                if any(sp.cue_start == m.start() for sp in speakers) and not _inside(m.span(), negatives):
                    reasons.append(Reason("unverified", "disputed", self._cue(m), m.start(), m.end()))
        reasons.extend(self._signals(s, e, "hedges", "hedge", quotes))
        reasons.extend(self._signals(s, e, "vague_reports", "vague-report", quotes))
        if not speakers:
            reasons.extend(self._opinion(s, e, quotes))

        reasons = _dedupe_reasons(reasons)
        labels = [
            label
            for label in ("single-source", "unverified", "corroborated", "opinion")
            if any(r.label == label for r in reasons)
        ]
        claim = Claim(
            id=claim_id,
            text=self.body[s:e],
            start=s,
            end=e,
            labels=labels,
            sources=sources if labels else [],
            reasons=sorted(reasons, key=lambda r: (r.start, r.label)),
        )
        return claim, directly_named

    def _sourcing_reasons(self, speakers: list[_Speaker], named: list[Source]) -> list[Reason]:
        owners = {_independence_key(src) for src in named}
        if not owners:
            return []
        label = "corroborated" if len(owners) >= 2 else "single-source"
        reasons = []
        for speaker in speakers:
            if speaker.kind == "anonymous":
                continue
            kind = "carried-over" if speaker.kind == "carried-over" else "named-source"
            if speaker.kind == "named" and label == "corroborated":
                kind = "independent-sources"
            elif speaker.kind == "named" and len(named) > 1:
                kind = "shared-owner"
            reasons.append(Reason(label, kind, speaker.cue, speaker.cue_start, speaker.cue_end, speaker.from_claim))
        return reasons

    # -- speakers -----------------------------------------------------------

    def _frames(self, s: int, e: int, found: _Found) -> None:
        """ "According to X", "citing X"; and channels ("told Reuters") when no one else speaks."""
        for m in self._in("source_frames", s, e):
            end = PHRASE_END_RE.search(self.mask, m.end(), e)
            found.speakers.extend(self._sources_in(m, m.end(), end.start() if end else e, s))

    def _channels(self, s: int, e: int, found: _Found) -> None:
        if any(sp.kind != "anonymous" for sp in found.speakers):
            return
        for m in self._in("channel_frames", s, e):
            end = PHRASE_END_RE.search(self.mask, m.end(), e)
            for mention in self._mentions(m.end(), end.start() if end else e):
                if self.mask[m.end() : mention.start].strip().lower() in ("", "the"):
                    src = _registry_source(mention.entry.id, self.registry, mention.text)
                    found.speakers.append(_Speaker("named", self._cue(m), m.start(), m.end(), [src]))

    def _sources_in(self, frame: re.Match[str], start: int, end: int, s: int) -> list[_Speaker]:
        """Who a source phrase names: registry outlets, anonymous sources, or a proper name."""
        out: list[_Speaker] = []
        cue, cue_start, cue_end = self._cue(frame), frame.start(), frame.end()
        for mention in self._mentions(start, end):
            src = _registry_source(mention.entry.id, self.registry, mention.text)
            out.append(_Speaker("named", cue, cue_start, cue_end, [src]))
        for m in self._in("anonymous_sources", start, end):
            src = self._anonymous(m.start(), end, start)
            out.append(_Speaker("anonymous", self._cue(m), m.start(), m.end(), [src]))
        phrase = " ".join(self.mask[start:end].split())
        if out or not phrase:
            return out
        if self.p["vague_reports"].search(fold(phrase)) or self.p["vague_speakers"].fullmatch(fold(phrase)):
            return out  # "according to reports": a vague report, already unverified
        name = _leading_name(phrase)
        if name is None and len(phrase.split()) <= MAX_SOURCE_PHRASE_WORDS:
            name = phrase  # "according to the budget office", "citing exit polls"
        if name:
            out.append(_Speaker("named", cue, cue_start, cue_end, [Source(None, name, "unknown", name)]))
        return out

    def _verbs(
        self,
        s: int,
        e: int,
        quotes: list[tuple[int, int]],
        negatives: list[tuple[int, int]],
        antecedent: _Antecedent | None,
        found: _Found,
    ) -> None:
        """ "X said", "The report highlights", "…, said the agency"."""
        for m in self._in("reporting_verbs", s, e):
            if _inside(m.span(), quotes) or _inside(m.span(), negatives):
                continue
            if self.p["reporting_verbs"].match(self.low, _skip_space(self.mask, m.end(), e), e):
                continue  # "reports said", "claims suggest": the first word is a noun
            before = self.mask[max(s, m.start() - 12) : m.start()].split()
            if before and before[-1].lower() in NOUN_MARKERS:
                continue  # "these reports", "of claims": a noun after a determiner or preposition
            speaker = self._subject_before(s, m, antecedent)
            if speaker is None and m.group().lower() in INVERTING_VERBS:
                speaker = self._subject_after(m, e, s, antecedent)
            if speaker is not None:
                found.speakers.append(speaker)

    def _subject_before(self, s: int, verb: re.Match[str], antecedent: _Antecedent | None) -> _Speaker | None:
        """The speaker named in the verb's own clause, to its left."""
        region_start = s
        for hard in HARD_BREAK_RE.finditer(self.mask, s, verb.start()):
            region_start = hard.end()
        region = self.mask[region_start : verb.start()]
        candidates: list[tuple[int, int]] = []
        if region.rstrip().endswith(","):
            # "Smith, a spokesman for the ministry, said": the speaker opens the clause.
            # With a single comma ("The talks failed, said Reuters") nobody speaks on the left.
            first = region.find(",")
            second = region.find(",", first + 1)
            if second >= 0:
                candidates.append((region_start, region_start + first))
            if 0 <= second < len(region.rstrip()) - 1:
                candidates.append((region_start + first + 1, region_start + second))
        else:
            last = region.rfind(",")
            candidates.append((region_start + last + 1 if last >= 0 else region_start, verb.start()))
        for start, end in candidates:
            left = self._strip_fillers(self.mask[start:end])
            if not left.strip():
                continue
            left_start = start + len(left) - len(left.lstrip())
            speaker = self._speaker_at_end(left.strip(), left_start, verb, antecedent)
            if speaker is not None:
                return speaker
        if verb.group().lower().endswith("ing") and self.p["speech_verbs"].fullmatch(verb.group()):
            # "Fiorina backed Cruz on Wednesday, saying ...": the sentence's subject speaks.
            return self._sentence_subject(s, verb)
        return None

    def _strip_fillers(self, left: str) -> str:
        left = left.rstrip()
        while True:
            filler = self._filler_tail.search(fold(left))
            if not filler:
                return left
            left = left[: filler.start()].rstrip()

    def _sentence_subject(self, s: int, verb: re.Match[str]) -> _Speaker | None:
        opening = self.mask[s : verb.start()]
        mentions = self._mentions(s, verb.start())
        if mentions and self.mask[s : mentions[0].start].strip(" \"'“‘(").lower() not in ("", "the"):
            mentions = []
        if mentions:
            src = _registry_source(mentions[0].entry.id, self.registry, mentions[0].text)
            return _Speaker("named", self._cue(verb), verb.start(), verb.end(), [src])
        name = _leading_name(opening)
        if name and len(name.split()) >= 2:
            return _Speaker("named", self._cue(verb), verb.start(), verb.end(), [Source(None, name, "unknown", name)])
        return None

    def _speaker_at_end(
        self, left: str, left_start: int, verb: re.Match[str], antecedent: _Antecedent | None
    ) -> _Speaker | None:
        """The speaker whose phrase ends right where ``left`` ends."""
        left_end = left_start + len(left)
        cue = self._cue(verb)
        mentions = self._mentions(left_start, left_end)
        if mentions and _only_possessive(self.mask[mentions[-1].end : left_end]):
            # "TASS and Reuters reported": every outlet in the coordinated subject speaks.
            speaking = [mentions[-1]]
            for earlier in reversed(mentions[:-1]):
                if not COORDINATION_RE.fullmatch(self.mask[earlier.end : speaking[0].start]):
                    break
                speaking.insert(0, earlier)
            sources = [_registry_source(m.entry.id, self.registry, m.text) for m in speaking]
            return _Speaker("named", cue, verb.start(), verb.end(), sources)
        anonymous = next(iter(self._in("anonymous_sources", left_start, left_end)), None)
        if anonymous:
            source = self._anonymous(anonymous.start(), left_end, left_start)
            return _Speaker("anonymous", self._cue(anonymous), anonymous.start(), anonymous.end(), [source])
        unresolved = False
        for anaphor in self.lex.anaphors:
            a = anaphor.pattern.search(fold(left))
            if a:
                carried = self._carried(
                    self.body[left_start + a.start() : left_start + a.end()],
                    left_start + a.start(),
                    left_start + a.end(),
                    anaphor.kinds,
                    antecedent,
                )
                if carried is not None:
                    return carried
                unresolved = True  # "the report said" with nothing to refer back to
                break
        if self._vague_head(left) or not self.p["speech_verbs"].fullmatch(fold(cue)):
            return None
        if unresolved:
            name = self._role(left)
        else:
            name = _trailing_name(left) or self._role(left)
            if name is None and cue.lower() in DESCRIBED_SPEAKER_VERBS:
                name = _described(left)
        if name:
            return _Speaker("named", cue, verb.start(), verb.end(), [Source(None, name, "unknown", name)])
        return None

    def _role(self, left: str) -> str | None:
        """A speaker identified by role rather than name: "the mayor", "Ukraine's health ministry"."""
        role = self._role_tail.search(fold(left))
        if role is None:
            return None
        words = left[: role.end()].split()[-5:]
        for index in range(len(words) - 1, -1, -1):
            if words[index].lower() in ROLE_DETERMINERS:
                return " ".join(words[index:])
        return " ".join(words[-3:])

    def _vague_head(self, left: str) -> bool:
        m = self.p["vague_speakers"].search(fold(left))
        return m is not None and left[m.end() :].strip() == ""

    def _subject_after(self, verb: re.Match[str], e: int, s: int, antecedent: _Antecedent | None) -> _Speaker | None:
        end = PHRASE_END_RE.search(self.mask, verb.end(), e)
        right = self.mask[verb.end() : end.start() if end else e]
        stripped = right.lstrip()
        start = verb.end() + len(right) - len(stripped)
        stripped = stripped.rstrip()
        if not stripped:
            return None
        for mention in self._mentions(start, start + len(stripped)):
            if (
                not self.mask[start : mention.start].strip()
                or self.mask[start : mention.start].strip().lower() == "the"
            ):
                src = _registry_source(mention.entry.id, self.registry, mention.text)
                return _Speaker("named", self._cue(verb), verb.start(), verb.end(), [src])
        for anaphor in self.lex.anaphors:
            if anaphor.kinds and re.match(anaphor.pattern.pattern.rstrip("$"), fold(stripped)):
                a = re.match(anaphor.pattern.pattern.rstrip("$"), fold(stripped))
                assert a is not None
                return self._carried(
                    self.body[start : start + a.end()], start, start + a.end(), anaphor.kinds, antecedent
                )
        name = _leading_name(stripped)
        if name and self.p["speech_verbs"].fullmatch(verb.group()):
            return _Speaker("named", self._cue(verb), verb.start(), verb.end(), [Source(None, name, "unknown", name)])
        return None

    def _carried(
        self, cue: str, start: int, end: int, kinds: frozenset[str], antecedent: _Antecedent | None
    ) -> _Speaker | None:
        """A reference back to an earlier source ("the report", "the agency", "he")."""
        if antecedent is None:
            return None
        candidates = [src for src in antecedent.sources if not kinds or src.kind in kinds]
        if not candidates:
            return None
        return _Speaker("carried-over", cue, start, end, candidates[-1:], antecedent.claim_id)

    def _source_nouns(self, s: int, e: int, found: _Found) -> None:
        """ "a TASS report", "Reuters' investigation", "a report by TASS"."""
        for mention in self._mentions(s, e):
            after = self.p["source_nouns"].match(self.low, mention.end + _possessive_len(self.mask, mention.end, e), e)
            if after is None:
                gap = re.match(r"\s+(?:[a-z-]+\s+)?", self.mask[mention.end : e])
                if gap:
                    after = self.p["source_nouns"].match(self.low, mention.end + gap.end(), e)
            if after is not None:
                src = _registry_source(mention.entry.id, self.registry, mention.text)
                found.speakers.append(_Speaker("named", self._cue(after), after.start(), after.end(), [src]))

    def _vague_speakers(
        self, s: int, e: int, quotes: list[tuple[int, int]], negatives: list[tuple[int, int]], found: _Found
    ) -> None:
        """ "officials said", "with officials expressing alarm", "critics argue"."""
        verbs = [
            m
            for m in self._in("reporting_verbs", s, e)
            if not _inside(m.span(), quotes) and not _inside(m.span(), negatives)
        ]
        for m in self._in("vague_speakers", s, e):
            if _inside(m.span(), quotes):
                continue
            for verb in verbs:
                between = self.mask[m.end() : verb.start()]
                if (
                    verb.start() >= m.end()
                    and len(between.split()) <= VAGUE_SPEAKER_REACH
                    and not re.search(r"[,;:.]", between)
                ):
                    if any(_overlaps((m.start(), m.end()), (sp.cue_start, sp.cue_end)) for sp in found.speakers):
                        break
                    if any(sp.cue_start == verb.start() and sp.kind == "named" for sp in found.speakers):
                        break
                    source = self._anonymous(m.start(), m.end(), s)
                    found.speakers.append(_Speaker("anonymous", self._cue(m), m.start(), m.end(), [source]))
                    break

    def _anonymous_anywhere(self, s: int, e: int, quotes: list[tuple[int, int]], found: _Found) -> None:
        """Anonymous sourcing needs no verb: "sources close to the leadership" is enough."""
        for m in self._in("anonymous_sources", s, e):
            if _inside(m.span(), quotes) or any(
                _overlaps(m.span(), (sp.cue_start, sp.cue_end)) for sp in found.speakers
            ):
                continue
            found.speakers.append(
                _Speaker("anonymous", self._cue(m), m.start(), m.end(), [self._anonymous(m.start(), m.end(), s)])
            )

    def _anonymous(self, start: int, end: int, floor: int) -> Source:
        """An anonymous source, named as the text names it ("Russian law enforcement sources")."""
        m = re.search(r"(?:[A-Z][\w-]*\s+)+$", self.mask[floor:start])
        if m and m.group().split()[0].lower() not in NOT_NAMES:
            start = floor + m.start()
        mention = self.body[start:end]
        return Source(None, " ".join(mention.split()), "anonymous", mention)

    # -- signals --------------------------------------------------------------

    def _signals(self, s: int, e: int, family: str, kind: str, quotes: list[tuple[int, int]]) -> list[Reason]:
        return [
            Reason("unverified", kind, self._cue(m), m.start(), m.end())
            for m in self._in(family, s, e)
            if not _inside(m.span(), quotes)
        ]

    def _opinion(self, s: int, e: int, quotes: list[tuple[int, int]]) -> list[Reason]:
        reasons: list[Reason] = []
        score = 0.0
        tail = self.mask[s:e].rstrip(' \t\n*_”"’)»')
        for family in self.lex.opinion:
            for m in self._in_family(family, s, e):
                if _inside(m.span(), quotes):
                    continue
                if family.end_of_sentence and m.end() != s + len(tail):
                    continue
                score += family.weight
                reasons.append(Reason("opinion", family.name, self._cue(m), m.start(), m.end()))
        return reasons if score >= self.lex.opinion_threshold else []


# -- helpers -------------------------------------------------------------------


def _registry_source(source_id: str, registry: Registry, mention: str) -> Source:
    entry = registry.entries[source_id]
    return Source(entry.id, entry.name, entry.kind, mention, entry.owner)


def _independence_key(source: Source) -> str:
    if source.owner:
        return f"owner:{source.owner.casefold()}"
    if source.id:
        return f"id:{source.id}"
    return f"name:{source.name.casefold()}"


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _possessive_len(text: str, pos: int, end: int) -> int:
    m = re.match(r"['’]s?\s+|\s+", text[pos:end])
    return m.end() if m else 0


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _only_possessive(gap: str) -> bool:
    return gap.strip() in {"", "'s", "’s", "'", "’"}


def _described(left: str) -> str | None:
    """A speaker described but not named: "her friend", "the candidate", "he"."""
    m = DESCRIBED_SPEAKER_RE.search(left)
    if m is None or (m.start() != len(left) - len(left.lstrip()) and left[: m.start()].strip()):
        return None
    return m.group().strip()


def _name_words(words: list[str]) -> list[str]:
    while words and (words[0].lower() in NAME_CONNECTORS or words[0].lower() in NOT_NAMES):
        words = words[1:]
    while words and words[-1].lower() in NAME_CONNECTORS:
        words = words[:-1]
    return words


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _trailing_name(left: str) -> str | None:
    """A proper name that ends ``left`` ("President Vladimir Putin")."""
    words = left.split()
    taken: list[str] = []
    for word in reversed(words):
        clean = word.strip(",.")
        if _is_capitalised(clean) or (taken and clean.lower() in NAME_CONNECTORS):
            taken.insert(0, clean)
        else:
            break
    before = [w for w in words[: len(words) - len(taken)] if w.lower() not in ("the", "a", "an")]
    if before and before[-1].lower() in PREPOSITIONS:
        return None  # the name is an object ("the conflict on the Eastern Front")
    taken = _name_words(taken)
    if not taken or (len(taken) == 1 and taken[0].lower() in NOT_NAMES):
        return None
    return re.sub(r"['’]s$", "", " ".join(taken))


def _leading_name(text: str) -> str | None:
    """A proper name that opens ``text`` ("Reuters", "the Interior Ministry")."""
    words = text.split()
    taken: list[str] = []
    for word in words:
        clean = word.strip(",.")
        if _is_capitalised(clean) or clean.lower() in NAME_CONNECTORS:
            taken.append(clean)
        else:
            break
    taken = _name_words(taken)
    if not taken:
        return None
    return re.sub(r"['’]s$", "", " ".join(taken))


def _dedupe_speakers(speakers: list[_Speaker]) -> list[_Speaker]:
    out: list[_Speaker] = []
    seen: set[tuple[str, str | None, str]] = set()
    for sp in speakers:
        key = (sp.kind, sp.sources[0].id, sp.sources[0].name.casefold())
        if key in seen:
            continue
        seen.add(key)
        out.append(sp)
    return out


def _dedupe_reasons(reasons: list[Reason]) -> list[Reason]:
    out: list[Reason] = []
    for r in reasons:
        if any(o.label == r.label and _overlaps((o.start, o.end), (r.start, r.end)) for o in out):
            continue
        out.append(r)
    return out
