"""The analyzer's output: claims, the sources they rest on and the reasons for each label.

These types are the JSON contract (docs/contracts.md, "JSON") in Python form; ``to_json`` methods
produce exactly the contract's objects so every front end (page, CLI, exports)
serialises claims the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

#: Where the prose mask may have blanked Markdown syntax.
SPACE_RUN_RE = re.compile(" +")
#: Stands for a blanked character in ``Analysis.visible``.
HIDDEN = "\x00"

Label = Literal["single-source", "unverified", "corroborated", "opinion"]

#: Every label, in the order summaries and markers list them.
LABELS: tuple[Label, ...] = ("single-source", "unverified", "corroborated", "opinion")

#: How each label reads in prose (markers, notes, summaries).
LABEL_WORDS: dict[str, str] = {
    "single-source": "Single source",
    "unverified": "Unverified",
    "corroborated": "Corroborated",
    "opinion": "Opinion",
}


@dataclass(frozen=True, slots=True)
class Source:
    """A source a claim rests on.

    ``id`` is the registry id, or ``None`` for a source the registry does not know
    (kept by name so that nothing the article says is dropped).
    """

    id: str | None
    name: str
    kind: str
    mention: str
    owner: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "mention": self.mention}


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a label was given: the cue in the text and where it is.

    ``start``/``end`` are code-point offsets into the article body. For a source
    carried over from an earlier sentence, ``from_claim`` names that sentence.
    """

    label: str
    kind: str
    cue: str
    start: int
    end: int
    from_claim: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label,
            "kind": self.kind,
            "cue": self.cue,
            "start": self.start,
            "end": self.end,
        }
        if self.from_claim is not None:
            out["from"] = self.from_claim
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    url: str
    title: str | None = None


@dataclass(slots=True)
class Review:
    """What an editor added to a claim (from the article's ``.claims.yml``)."""

    quote: str
    note: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    verdict: str | None = None
    date: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"quote": self.quote}
        if self.note:
            out["note"] = self.note
        if self.evidence:
            out["evidence"] = [{"url": e.url, **({"title": e.title} if e.title else {})} for e in self.evidence]
        if self.verdict:
            out["verdict"] = self.verdict
        if self.date:
            out["date"] = self.date
        return out


@dataclass(slots=True)
class Claim:
    """One sentence (or clause) of the article with its labels."""

    id: str
    text: str
    start: int
    end: int
    labels: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)
    origin: Literal["auto", "editor"] = "auto"
    review: Review | None = None

    def to_json(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "labels": list(self.labels),
            "sources": [s.to_json() for s in self.sources],
            "reasons": [r.to_json() for r in self.reasons],
            "origin": self.origin,
        }
        if self.review is not None:
            out["review"] = self.review.to_json()
        return out


@dataclass(slots=True)
class Analysis:
    """Every sentence of a body, labelled or not.

    ``claims`` holds all sentences so that ids are stable positions; the JSON
    contract lists only the labelled ones (``labelled``).
    """

    claims: list[Claim]
    #: The text that was analysed.
    body: str = ""
    #: The body with Markdown syntax blanked out: same offsets, readable text.
    prose: str = ""
    _visible: str | None = field(default=None, repr=False, compare=False)

    @property
    def visible(self) -> str:
        """``prose`` with the blanked Markdown syntax as NUL: what a reader sees, offset for offset.

        Blanked syntax is a run of spaces in ``prose`` over non-space characters in
        ``body``; scanning the runs (about one per word) is far cheaper than
        comparing every character, and pages ask for claim text often.
        """
        if self._visible is None:
            pieces, last, prose, body = [], 0, self.prose, self.body
            for run in SPACE_RUN_RE.finditer(prose):
                start, end = run.span()
                if not body[start:end].isspace():
                    pieces.append(prose[last:start])
                    pieces.append("".join(" " if ch.isspace() else HIDDEN for ch in body[start:end]))
                    last = end
            pieces.append(prose[last:])
            self._visible = "".join(pieces)
        return self._visible

    def visible_text(self, start: int, end: int) -> str:
        """``body[start:end]`` as a reader sees it (Markdown syntax dropped), whitespace as written."""
        start, end = max(start, 0), min(end, len(self.body))
        return self.visible[start:end].replace(HIDDEN, "")

    def readable(self, start: int, end: int) -> str:
        """``body[start:end]`` as a reader sees it, whitespace collapsed."""
        start, end = max(start, 0), min(end, len(self.body))
        return " ".join(self.visible_text(start, end).split())

    @property
    def labelled(self) -> list[Claim]:
        return [c for c in self.claims if c.labels]

    def summary(self) -> dict[str, int]:
        counts = {"claims": len(self.claims)}
        for label in LABELS:
            counts[label] = sum(label in c.labels for c in self.claims)
        return counts

    def to_json(self, path: str, title: str | None) -> dict[str, Any]:
        """The article object of the JSON contract."""
        return {
            "path": path,
            "title": title,
            "claims": [c.to_json() for c in self.labelled],
            "summary": self.summary(),
        }

    def sources_relied_on(self) -> list[Source]:
        """Distinct sources behind labelled claims, most used first."""
        tally: dict[tuple[str | None, str], tuple[int, Source]] = {}
        for claim in self.labelled:
            for source in claim.sources:
                key = (source.id, source.name if source.id is None else "")
                n, first = tally.get(key, (0, source))
                tally[key] = (n + 1, first)
        ranked = sorted(tally.values(), key=lambda item: -item[0])
        return [source for _, source in ranked]
