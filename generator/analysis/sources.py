"""From a speaker's phrase to the sources a claim rests on, and whether they are independent.

Independence is decided by owner (the registry's ``owner``): two outlets of one
owner are one source. Sources the registry does not know are independent when
they are different people; public bodies named together ("the Investigative
Committee and the FSB") are taken as one state speaking, since nothing says
otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .model import Source
from .nounphrases import Phrase
from .registry import Mention, Registry

#: Markdown syntax a phrase taken from the body may hold.
MARKUP_RE = re.compile(r"[\[\]*`]|(?<!\w)_+|_+(?!\w)")
#: The kind given to a source the registry does not know but the text names.
UNKNOWN = "unknown"
ANONYMOUS = "anonymous"
#: How the owner of outlets that made one thing together begins ("a New York Times/CBS News poll").
JOINT = "joint: "


def registry_source(mention: Mention, registry: Registry) -> Source:
    entry = registry.entries[mention.entry.id]
    return Source(entry.id, entry.name, entry.kind, mention.text, entry.owner)


def sources_of(phrase: Phrase, registry: Registry) -> list[Source]:
    """The sources a phrase names: each registry outlet, each coordinated name, or the phrase itself."""
    if phrase.kind == "anonymous":
        return [Source(None, " ".join(phrase.text.split()), ANONYMOUS, phrase.text)]
    if phrase.parts:
        return _unique(source for part in phrase.parts for source in sources_of(part, registry))
    if phrase.kind == "registry":
        return _unique(_joint(phrase, [registry_source(m, registry) for m in phrase.mentions]))
    return [Source(None, name_of(phrase.text), UNKNOWN, _closed(phrase.text))]


def _joint(phrase: Phrase, sources: list[Source]) -> list[Source]:
    """Outlets written with a slash between them made one thing together ("a New York Times/CBS News
    poll"): one source, never two corroborating each other, so they share one owner for independence."""
    mentions = phrase.mentions
    groups: list[list[int]] = [[0]] if sources else []
    for at in range(1, len(mentions)):
        between = phrase.text[mentions[at - 1].end - phrase.start : mentions[at].start - phrase.start]
        if between.strip() == "/":
            groups[-1].append(at)
        else:
            groups.append([at])
    for group in groups:
        if len(group) > 1:
            owner = JOINT + " / ".join(sources[i].owner or sources[i].name for i in group)
            for i in group:
                sources[i] = replace(sources[i], owner=owner)
    return sources


def name_of(text: str) -> str:
    """The phrase as a name: one space between words, without Markdown's link brackets and emphasis
    marks ("[World Health Organization" → "World Health Organization") or a parenthesis it leaves
    open."""
    return _closed(" ".join(MARKUP_RE.sub("", text).split()))


def _closed(text: str) -> str:
    """Without a parenthesis the phrase leaves open: "the International Organization for Migration
    (IOM" → "the International Organization for Migration", "Senator Tom Reyes (D-Ohio" → "Senator
    Tom Reyes" (a phrase ends at its last word, before the closing bracket)."""
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].rstrip()
    return text


def independence_key(source: Source, public_bodies: frozenset[str]) -> str:
    """Sources sharing this key are not independent of each other."""
    if source.owner:
        return f"owner:{source.owner.casefold()}"
    if source.id:
        return f"id:{source.id}"
    words = set(source.name.casefold().split())
    if words & public_bodies:
        return "public-body"
    return f"name:{source.name.casefold()}"


def _unique(sources: Iterable[Source]) -> list[Source]:
    out: list[Source] = []
    for source in sources:
        if not any(s.id == source.id and s.name == source.name for s in out):
            out.append(source)
    return out
