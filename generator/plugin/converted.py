"""An article page as Markdown conversion left it, so a warm build can reuse it exactly.

Reusing converted HTML skips more than the conversion: MkDocs checks links
while converting (warnings that fail ``--strict``), collects the page's
anchors (which other pages' links are checked against) and its table of
contents. A cached page carries all of that, and hands it back when reused:
the warnings are logged again, the anchors and contents restored, so a warm
build reports and produces what a cold one does.
"""

from __future__ import annotations

import functools
import json
import logging
import zlib
from dataclasses import dataclass, field
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

#: Loggers whose records a conversion may produce: MkDocs' (it does not pass them on to
#: the root) and everything else (Python-Markdown and its extensions log to their own).
WATCHED = ("mkdocs", "")
#: MkDocs' logger for pages: Page.render collects links to anchors only when it logs above DEBUG.
PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


class Recorder(logging.Handler):
    """Keeps what is logged between ``start`` and ``stop`` (one page's conversion)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self._records: list[tuple[str, int, str]] = []
        self._on = False
        self._last: logging.LogRecord | None = None

    def start(self) -> None:
        self._records = []
        if not self._on:
            for name in WATCHED:
                logging.getLogger(name).addHandler(self)
            self._on = True

    def stop(self) -> list[tuple[str, int, str]]:
        if self._on:
            for name in WATCHED:
                logging.getLogger(name).removeHandler(self)
            self._on = False
        records, self._records = self._records, []
        return records

    def emit(self, record: logging.LogRecord) -> None:
        if record is not self._last:  # a record may reach both watched loggers
            self._last = record
            self._records.append((record.name, record.levelno, record.getMessage()))


@dataclass
class Converted:
    #: The page's HTML, zlib-compressed: it waits in memory that way until its template is
    #: rendered, and is cached that way, so a warm build neither compresses nor parses it.
    packed: bytes
    #: What the conversion logged: (logger, level, message).
    log: list[tuple[str, int, str]] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)
    #: Links to anchors of pages, by the page's source path (None: MkDocs was not collecting them).
    links: dict[str, dict[str, str]] | None = None
    toc: list[Any] = field(default_factory=list)
    #: The article's exports, serialised (see ``exports.article_exports``).
    exports: dict[str, str] = field(default_factory=dict)
    #: The article's object of the site-wide claims.json, packed as it waits for the end of the build.
    packed_article: bytes = b""

    @classmethod
    def of(cls, page: Page, html: str, log: list[tuple[str, int, str]], exports: dict[str, str]) -> Converted:
        links = None
        if page.links_to_anchors is not None:
            links = {file.src_uri: dict(found) for file, found in page.links_to_anchors.items()}
        anchors = sorted(page.present_anchor_ids or ())
        return cls(pack(html), log, anchors, links, [_entry(a) for a in page.toc], exports, pack(exports["article"]))

    def reuse(self, page: Page, files: Files) -> None:
        """Log the conversion's messages again and give the page what the conversion found."""
        for name, level, message in self.log:
            logging.getLogger(name).log(level, message)
        page.present_anchor_ids = set(self.anchors)
        if self.links is not None:
            page.links_to_anchors = {
                file: found for uri, found in self.links.items() if (file := files.get_file_from_path(uri)) is not None
            }
        page.toc = TableOfContents([_anchor(entry) for entry in self.toc])
        if page.toc.items:
            page.toc.items[0].active = True  # type: ignore[attr-defined]  # as MkDocs' get_toc does

    def to_bytes(self) -> bytes:
        """A JSON line of everything else, then the packed HTML and article as they are."""
        meta = {
            "log": self.log,
            "anchors": self.anchors,
            "links": self.links,
            "toc": self.toc,
            "exports": self.exports,
            "packed": len(self.packed),
        }
        return json.dumps(meta, ensure_ascii=False).encode("utf-8") + b"\n" + self.packed + self.packed_article

    @classmethod
    def from_bytes(cls, data: bytes) -> Converted:
        line, newline, packed = data.partition(b"\n")
        if not newline:
            raise ValueError("no JSON line")
        meta: dict[str, Any] = json.loads(line)
        log = [(str(name), int(level), str(message)) for name, level, message in meta["log"]]
        links = meta["links"]
        if links is not None:
            links = {str(uri): {str(a): str(b) for a, b in found.items()} for uri, found in links.items()}
        exports = {str(k): str(v) for k, v in meta["exports"].items()}
        size = int(meta["packed"])
        anchors = [str(a) for a in meta["anchors"]]
        return cls(packed[:size], log, anchors, links, list(meta["toc"]), exports, packed[size:])


def skip_conversion(page: Page) -> None:
    """Make MkDocs' conversion of ``page`` do nothing, as its result is reused (``Converted.reuse``).

    MkDocs has no hook to skip a page's conversion: it sets up a Markdown instance with every
    extension for each page (a quarter of a millisecond, seconds at 10k pages), even for
    nothing to convert. This page's own ``render`` leaves it as converting "" would.
    """
    page.render = functools.partial(_render_nothing, page)  # type: ignore[method-assign]


def _render_nothing(page: Page, config: MkDocsConfig, files: Files) -> None:
    page.content = ""
    page.toc = TableOfContents([])
    page.present_anchor_ids = set()
    if PAGES_LOG.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = {}


def pack(html: str) -> bytes:
    return zlib.compress(html.encode("utf-8"), 1)


def unpack(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8")


def _entry(anchor: AnchorLink) -> list[Any]:
    return [anchor.title, anchor.id, anchor.level, [_entry(child) for child in anchor.children]]


def _anchor(entry: list[Any]) -> AnchorLink:
    title, id_, level, children = entry
    anchor = AnchorLink(str(title), str(id_), int(level))
    anchor.children = [_anchor(child) for child in children]
    return anchor
