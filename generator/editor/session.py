"""One run of ``explainer review``: a private build of the site, and what the editor's pages need.

The site is built into a temporary folder with every sentence wrapped (so any
of them can be given a mark), never into ``site/``: nothing of the editor's
layer is ever published. After each save it is rebuilt (a warm build: only the
changed article is converted again), so a reload shows the change.
"""

from __future__ import annotations

import secrets
import threading
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from ..analysis import LABEL_WORDS, LABELS, Analysis, Claim, Orphan, Registry, analyze, load_registry
from ..analysis.review import ReviewEntry, find_anchor
from ..checks import prepare
from ..content import sidecar_of
from ..problems import ContentError
from .store import Anchor, Change, ReviewStore, digest

PLUGIN = "explainer"


class ReviewSession:
    def __init__(self, config_file: Path, site: Path) -> None:
        self.config_file = config_file
        self.site = site
        #: Every write must carry it: no other page (no other site) can make one.
        self.token = secrets.token_urlsafe(32)
        config = self._config()
        plugin = config.plugins[PLUGIN].config
        self.docs = Path(config.docs_dir)
        self.articles = str(plugin.articles).strip("/")
        self.language = str(plugin.language)
        try:
            self.registry, _ = load_registry(self.docs / str(plugin.sources), root=self.docs)
        except ContentError:
            self.registry = Registry()  # the build reports it; the editor still sees the marks
        self.store = ReviewStore(self.docs, self.articles, self.registry)
        self._building = threading.Lock()
        #: Site URL path ("articles/x/") -> article path under the content folder ("articles/x.md").
        self.pages: dict[str, str] = {}

    def _config(self) -> MkDocsConfig:
        config = load_config(config_file=str(self.config_file), site_dir=str(self.site))
        if PLUGIN not in config.plugins:
            raise ValueError(f"{self.config_file} does not use the explainer plugin")
        config.plugins[PLUGIN].config.review_layer = True
        return config

    def build(self) -> None:
        """(Re)build the private site; one build at a time."""
        with self._building:
            config = self._config()
            build(config)
            self.pages = {}
            for path in sorted(self.docs.rglob("*.md")):
                relative = path.relative_to(self.docs).as_posix()
                if relative.startswith(self.articles + "/"):
                    file = File(relative, str(self.docs), str(self.site), config.use_directory_urls)
                    self.pages[file.url] = relative

    # -- what a page of the editor's mode holds ----------------------------------------

    def page_data(self, article: str) -> dict[str, Any]:
        """The claims of an article as the editor edits them, with the token to save them."""
        path = self.store.article_path(article)
        prepared = prepare(path, article, self.registry, self.docs)
        if prepared.article is None:
            raise ValueError(f"{article} cannot be read: {prepared.problems[0] if prepared.problems else ''}")
        body = prepared.article.body
        analysis = analyze(body, self.registry, str(prepared.article.meta.get("language") or self.language))
        entries = prepared.review.entries if prepared.review else []
        orphans: list[Orphan] = []
        if prepared.review is not None:
            orphans, _ = prepared.review.apply(analysis, self.registry)
        orphaned = {id(o.entry) for o in orphans}
        placed = _entries_by_claim(analysis, [e for e in entries if id(e) not in orphaned])
        return {
            "token": self.token,
            "article": article,
            "base": digest(sidecar_of(path)),
            "today": date.today().isoformat(),
            "labels": {label: LABEL_WORDS[label] for label in LABELS},
            "sources": [{"id": e.id, "name": e.name, "kind": e.kind} for e in self.registry],
            "claims": [_claim(c, placed.get(c.id)) for c in analysis.claims],
            "orphans": [
                {**_anchor(o.entry), "closest": _closest_id(analysis, o.closest), "closestText": o.closest}
                for o in orphans
            ],
        }

    def queue(self) -> list[dict[str, Any]]:
        """Every article with how many of its marks still wait for an editor, most first."""
        rows = []
        for url, article in self.pages.items():
            try:
                data = self.page_data(article)
            except ValueError:
                continue
            marked = [c for c in data["claims"] if c["labels"]]
            waiting = [c for c in marked if c["origin"] == "auto"]
            rows.append({"url": url, "article": article, "marks": len(marked), "waiting": len(waiting)})
        return sorted(rows, key=lambda r: (-r["waiting"], r["article"]))

    def save(self, payload: dict[str, Any]) -> str:
        """Apply the editor's changes (the JSON a page sends) and rebuild; the review file's new digest."""
        article, base = payload.get("article"), payload.get("base")
        changes = payload.get("changes")
        if not isinstance(article, str) or not isinstance(base, str) or not isinstance(changes, list):
            raise ValueError("send {article, base, changes}")
        new = self.store.save(article, base, [_change(c) for c in changes], date.today().isoformat())
        self.build()
        return new


def _entries_by_claim(analysis: Analysis, entries: list[ReviewEntry]) -> dict[str, ReviewEntry]:
    """Which review entry (if any) decided each claim's labels."""
    found: dict[str, ReviewEntry] = {}
    for entry in entries:
        for start, end in find_anchor(analysis.body, entry)[:1]:
            for claim in analysis.claims:
                if claim.start < end and start < claim.end:
                    found.setdefault(claim.id, entry)
    return found


def _anchor(entry: ReviewEntry) -> dict[str, Any]:
    return {"quote": entry.quote, "prefix": entry.prefix, "suffix": entry.suffix}


def _claim(claim: Claim, entry: ReviewEntry | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": claim.id,
        "text": claim.text,
        "start": claim.start,
        "labels": claim.labels,
        "sources": [s.id for s in claim.sources if s.id],
        "sourceNames": [s.name for s in claim.sources],
        "origin": claim.origin,
        "entry": None,
    }
    if entry is not None:
        out["entry"] = {
            **_anchor(entry),
            "note": entry.note,
            "evidence": [{"url": e.url, "title": e.title} for e in entry.evidence],
            "verdict": entry.verdict,
            "date": entry.date,
        }
    return out


def _closest_id(analysis: Analysis, text: str | None) -> str | None:
    return next((c.id for c in analysis.claims if text and c.text == text), None)


def _change(data: object) -> Change:
    """A change as the page sends it: {op, quote, prefix?, suffix?, fields?, to?}."""
    if not isinstance(data, dict) or data.get("op") not in ("set", "delete", "reanchor"):
        raise ValueError("each change needs an op: set, delete or reanchor")
    anchor = _anchor_of(data)
    to = _anchor_of(data["to"]) if isinstance(data.get("to"), dict) else None
    fields = data.get("fields") or {}
    if not isinstance(fields, dict):
        raise ValueError("fields must be a mapping")
    return Change(data["op"], anchor, dict(fields), to)


def _anchor_of(data: dict[str, Any]) -> Anchor:
    quote = data.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        raise ValueError("a change names its sentence by its quote")
    prefix, suffix, at = data.get("prefix"), data.get("suffix"), data.get("at")
    return Anchor(
        " ".join(quote.split()),
        prefix if isinstance(prefix, str) and prefix else None,
        suffix if isinstance(suffix, str) and suffix else None,
        at if isinstance(at, int) and not isinstance(at, bool) else None,
    )


def article_of(pages: dict[str, str], url_path: str) -> str | None:
    """The article a site path shows ("/articles/x/" or "/articles/x/index.html")."""
    path = PurePosixPath(url_path.lstrip("/"))
    key = url_path.lstrip("/")
    if path.name == "index.html":
        key = str(path.parent) + "/"
    return pages.get(key)
