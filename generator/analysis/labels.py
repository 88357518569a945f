"""From what a sentence rests on to its labels, each with the reasons a reader can check.

- named sources of one predicate with two or more independent owners → ``corroborated``;
  any other named source → ``single-source`` (a relay is one chain);
- an anonymous speaker, a hedge, a vague report or an unsourced figure → ``unverified``;
- opinion cues in the writer's own voice → ``opinion``.
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from .cues import fold
from .model import LABELS, Claim, Reason, Source
from .opinion import Cue
from .scan import Document
from .signals import ANONYMOUS, Signal
from .sources import ANONYMOUS as UNNAMED
from .sources import JOINT, independence_key
from .sourcing import Sourcing, Speaking


def claim(doc: Document, index: int, sourcing: Sourcing, found: list[Signal], opinions: list[Cue]) -> Claim:
    sentence = doc.sentences[index]
    if not sourcing.speaking and not found and not opinions:
        return Claim(f"c{index + 1}", doc.body[sentence.start : sentence.end], sentence.start, sentence.end)
    reasons: list[Reason] = []
    sources: list[Source] = []
    seen: dict[tuple[str | None, str], int] = {}
    articles = doc.lexicon.words["definite_articles"]
    for speaking in sourcing.speaking:
        for source in speaking.sources:
            # ("Surveys by the Lund Institute show": a frame's "the Lund Institute" and the maker
            # "Lund Institute" are one source, named as the registry or a name would be, bare)
            words = fold(source.name).split()
            bare = bool(words) and words[0] not in articles
            key = (source.id, " ".join(words if bare else words[1:]))
            if key not in seen:
                seen[key] = len(sources)
                sources.append(source)
            elif bare:
                sources[seen[key]] = source
    reasons.extend(_sourcing_reasons(doc, sourcing, doc.low[sentence.start : sentence.end]))
    for speaking in sourcing.speaking:
        if any(source.kind == UNNAMED for source in speaking.sources):  # ("police and witnesses": both)
            reasons.append(_reason(doc, "unverified", ANONYMOUS, speaking.cue_start, speaking.cue_end))
    for signal in found:
        reasons.append(_reason(doc, "unverified", signal.kind, signal.start, signal.end))
    for cue in opinions:
        reasons.append(_reason(doc, "opinion", cue.family, cue.start, cue.end))
    reasons = _dedupe([r for r in reasons if sentence.start <= r.start and r.end <= sentence.end])
    labels: list[str] = [label for label in LABELS if any(r.label == label for r in reasons)]
    return Claim(
        id=f"c{index + 1}",
        text=doc.body[sentence.start : sentence.end],
        start=sentence.start,
        end=sentence.end,
        labels=labels,
        sources=sources if labels else [],
        reasons=sorted(reasons, key=lambda r: (r.start, r.label)),
    )


def _sourcing_reasons(doc: Document, sourcing: Sourcing, sentence: str) -> list[Reason]:
    """single-source or corroborated, per predicate; the sentence's reasons for each."""
    public = doc.lexicon.words["public_bodies"]
    possessives = doc.lexicon.words["possessive_determiners"]
    contested_verbs = doc.lexicon.words["contested_verbs"]
    # "… by 8 points and 11 points, respectively": each speaker says something else, as when contested.
    distributed = any(phrase in sentence for phrase in doc.lexicon.words["distributive_phrases"])
    groups: dict[int, list[Speaking]] = defaultdict(list)
    for speaking in sourcing.named:
        groups[speaking.predicate].append(speaking)
    reasons = []
    for members in groups.values():
        named = [s for m in members for s in m.sources if s.kind != "anonymous"]
        keys = {independence_key(s, public) for s in named}
        # "Both Mugabe and Tsvangirai claimed victory": rivals' claims contest, they do not confirm.
        contested = distributed or any(
            m.verb and doc.low[m.verb[0] : m.verb[1]].split()[0] in contested_verbs for m in members
        )
        # "Anna Berg and her lawyer said": one side speaking twice.
        one_side = any(_speaks_for_another(s, possessives) for s in named)
        label = "corroborated" if len(keys) >= 2 and not contested and not one_side else "single-source"
        for m in members:
            if m.carried_from is not None:
                kind = "carried-over"
            elif label == "corroborated":
                kind = "independent-sources"
            elif len(named) > 1 and not contested and all(s.owner and s.owner.startswith(JOINT) for s in named):
                kind = "joint-source"
            elif len(named) > 1 and not contested:
                kind = "shared-owner"
            else:
                kind = "named-source"
            origin = f"c{m.carried_from + 1}" if m.carried_from is not None else None
            reasons.append(_reason(doc, label, kind, m.cue_start, m.cue_end, origin))
    return reasons


def _speaks_for_another(source: Source, possessives: frozenset[str]) -> bool:
    """A source described as someone's ("her lawyer", "its spokesman"): it speaks for a party named beside it."""
    first = source.name.split()[:1]
    return source.id is None and bool(first) and first[0].casefold() in possessives


def _reason(doc: Document, label: str, kind: str, start: int, end: int, origin: str | None = None) -> Reason:
    return Reason(label, kind, doc.body[start:end], start, end, origin)


def _dedupe(reasons: list[Reason]) -> list[Reason]:
    """The reasons in order, without one that overlaps an earlier one of the same label. The kept
    ones of a label never overlap, so a new one need only be checked against its neighbours."""
    out: list[Reason] = []
    kept: dict[str, list[tuple[int, int]]] = {}
    for r in reasons:
        spans = kept.setdefault(r.label, [])
        at = bisect.bisect_left(spans, (r.start, r.end))
        if (at and spans[at - 1][1] > r.start) or (at < len(spans) and spans[at][0] < r.end):
            continue
        spans.insert(at, (r.start, r.end))
        out.append(r)
    return out
