"""Review files written by the editor's mode: round-tripped, validated, atomic, never clobbering.

The editor's changes come in as operations on entries, each found by its
anchor (quote, prefix, suffix). The file is read with ruamel.yaml's
round-trip loader, so comments, the order of entries and keys, quoting and
flow lists of everything the editor did not touch are written back as they
were (PyYAML would drop every comment). The result must pass the same checks
as ``explainer check`` for its entries and anchors before it replaces the
file, and it replaces it only if the file is still what the editor loaded:
two tabs never overwrite each other's work.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from ..analysis import LABELS, Registry, ReviewEntry, analyze, apply_review, load_review
from ..analysis.review import find_anchor
from ..checks import prepare
from ..content import sidecar_of
from ..fsutil import link_outside, write_atomic
from ..problems import ContentError, Problem

Operation = Literal["set", "delete", "reanchor"]
#: Keys an editor may set on an entry, in the order they are written.
FIELDS = ("labels", "sources", "note", "evidence", "verdict")
#: Words taken from around a quote that occurs more than once, to tell the places apart.
CONTEXT_WORDS = 6
WORDS_RE = re.compile(r"\S+")


class ReviewConflictError(Exception):
    """The review file changed on disk since the editor loaded the page."""


class ReviewRejectedError(Exception):
    """The change would leave the review file with new problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Anchor:
    quote: str
    prefix: str | None = None
    suffix: str | None = None
    #: Where in the body the sentence meant starts, when the quote occurs more than once.
    at: int | None = None


@dataclass
class Change:
    op: Operation
    anchor: Anchor
    #: For "set": the fields to give the entry (None removes a field).
    fields: dict[str, Any] = field(default_factory=dict)
    #: For "reanchor": the sentence the entry moves to.
    to: Anchor | None = None


def digest(path: Path) -> str:
    """What the editor's page was made from: the file's SHA-256, or "" when there is no file."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


class ReviewStore:
    """The review files of one content folder, written one save at a time."""

    def __init__(self, docs: Path, articles: str, registry: Registry) -> None:
        self.docs = docs.resolve()
        self.articles = articles.strip("/")
        self.registry = registry
        self._lock = threading.Lock()
        self._yaml = YAML()
        self._yaml.width = 4096
        self._yaml.indent(mapping=2, sequence=2, offset=0)
        self._yaml.preserve_quotes = True

    def article_path(self, article: str) -> Path:
        """The article file named by a path relative to the content folder; refuses anything else."""
        relative = PurePosixPath(article)
        if (
            relative.is_absolute()
            or ".." in relative.parts
            or relative.suffix != ".md"
            or not str(relative).startswith(self.articles + "/")
        ):
            raise ValueError(f"not an article of {self.articles}/: {article!r}")
        path = self.docs / relative
        if not path.is_file() or link_outside(path, self.docs) is not None:
            raise ValueError(f"no such article: {article!r}")
        sidecar = sidecar_of(path)
        if sidecar.is_symlink() or (sidecar.exists() and not sidecar.is_file()):
            raise ValueError(f"the review file of {article!r} is not a plain file; it is left alone")
        return path

    def save(self, article: str, base: str, changes: list[Change], today: str) -> str:
        """Apply ``changes`` to the article's review file; the file's new digest."""
        path = self.article_path(article)
        sidecar = sidecar_of(path)
        shown = str(PurePosixPath(self.docs.name) / PurePosixPath(article).with_suffix(".claims.yml"))
        with self._lock:
            if digest(sidecar) != base:
                raise ReviewConflictError(
                    f"{shown} changed on disk since this page was loaded; reload the page and make the change again"
                )
            old = sidecar.read_text(encoding="utf-8") if sidecar.exists() else ""
            prepared = prepare(path, shown.removesuffix(".claims.yml") + ".md", self.registry, self.docs)
            if prepared.article is None:
                raise ReviewRejectedError(prepared.problems)
            body = prepared.article.body
            try:
                data = self._yaml.load(old) if old.strip() else CommentedSeq()
            except YAMLError as exc:
                raise ReviewRejectedError([Problem(shown, 1, f"not valid YAML ({exc}); fix the file by hand")]) from exc
            if not isinstance(data, CommentedSeq):
                raise ReviewRejectedError([Problem(shown, 1, "must be a list of entries; fix the file by hand")])
            for change in changes:
                _apply(data, change, body, today)
            text = self._dump(data)
            new_problems = _problems(text, shown, body, self.registry, prepared.article.body_line)
            old_problems = _problems(old, shown, body, self.registry, prepared.article.body_line)
            added = [p for p in new_problems if _without_line(p) not in {_without_line(q) for q in old_problems}]
            if added:
                raise ReviewRejectedError(added)
            write_atomic(sidecar, text)
            return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _dump(self, data: CommentedSeq) -> str:
        out = io.StringIO()
        self._yaml.dump(data, out)
        return out.getvalue()


def _apply(data: CommentedSeq, change: Change, body: str, today: str) -> None:
    index = _find(data, change.anchor)
    if change.op == "delete":
        if index is None:
            raise ValueError(f"no review entry for “{change.anchor.quote[:60]}”")
        del data[index]
        return
    if change.op == "reanchor":
        if index is None or change.to is None:
            raise ValueError(f"no review entry for “{change.anchor.quote[:60]}”")
        entry = data[index]
        for key in ("prefix", "suffix"):
            entry.pop(key, None)
        entry["quote"] = change.to.quote
        _disambiguate(entry, change.to, body)
        entry["date"] = date.fromisoformat(today)
        return
    if index is None:
        entry = CommentedMap()
        entry["quote"] = change.anchor.quote
        _disambiguate(entry, change.anchor, body)
        data.append(entry)
    else:
        entry = data[index]
    for key in FIELDS:
        if key not in change.fields:
            continue
        value = _value(key, change.fields[key])
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    entry["date"] = date.fromisoformat(today)  # written as a plain YAML date, read back as text


def _find(data: CommentedSeq, anchor: Anchor) -> int | None:
    """The entry anchored where ``anchor`` is (same quote, prefix and suffix, spacing aside)."""
    wanted = (_plain(anchor.quote), _plain(anchor.prefix), _plain(anchor.suffix))
    for index, entry in enumerate(data):
        if not isinstance(entry, dict):
            continue
        found = (_plain(entry.get("quote")), _plain(entry.get("prefix")), _plain(entry.get("suffix")))
        if found == wanted or (found[0] == wanted[0] and not anchor.prefix and not anchor.suffix):
            return index
    return None


def _plain(text: object) -> str:
    return " ".join(str(text).split()) if text else ""


def _disambiguate(entry: CommentedMap, anchor: Anchor, body: str) -> None:
    """Add the words before (and if need be after) a quote that occurs more than once."""
    if anchor.prefix or anchor.suffix:
        if anchor.prefix:
            entry["prefix"] = anchor.prefix
        if anchor.suffix:
            entry["suffix"] = anchor.suffix
        return
    probe = ReviewEntry(quote=anchor.quote, line=1)
    spans = find_anchor(body, probe)
    if len(spans) <= 1:
        return
    start, end = next((span for span in spans if anchor.at is not None and span[0] <= anchor.at < span[1]), spans[0])
    before = WORDS_RE.findall(body[:start])[-CONTEXT_WORDS:]
    if before:
        entry["prefix"] = " ".join(before)
    probe.prefix = entry.get("prefix")
    if len(find_anchor(body, probe)) > 1:
        after = WORDS_RE.findall(body[end:])[:CONTEXT_WORDS]
        if after:
            entry["suffix"] = " ".join(after)


def _value(key: str, value: Any) -> Any:
    """A field as it is written: lists of labels and sources in flow style, evidence as mappings."""
    if value is None or value == "" or (key == "evidence" and not value):
        return None
    if key in ("labels", "sources"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{key} must be a list of text")
        if key == "labels" and not set(value) <= set(LABELS):
            raise ValueError(f"labels must be among {', '.join(LABELS)}")
        flow = CommentedSeq(value)
        flow.fa.set_flow_style()
        return flow
    if key == "evidence":
        if not isinstance(value, list):
            raise ValueError("evidence must be a list of {url, title}")
        items = CommentedSeq()
        for piece in value:
            if not isinstance(piece, dict) or not isinstance(piece.get("url"), str):
                raise ValueError("each piece of evidence needs a url")
            item = CommentedMap(url=piece["url"])
            if piece.get("title"):
                item["title"] = str(piece["title"])
            item.fa.set_flow_style()
            items.append(item)
        return items
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def _problems(text: str, shown: str, body: str, registry: Registry, body_line: int) -> list[Problem]:
    """What ``explainer check`` would say of this review file text beside this article."""
    if not text.strip():
        return []
    try:
        entries, problems = load_review(text.encode("utf-8"), shown, registry)
    except ContentError as exc:
        return [exc.problem]
    _, anchoring = apply_review(
        analyze(body, registry), entries, registry, sidecar=shown, article=shown, body_line=body_line
    )
    return problems + [p for p in anchoring if p.severity == "error" and "orphaned" not in p.message]


def _without_line(problem: Problem) -> tuple[str, str]:
    return problem.message, problem.severity
