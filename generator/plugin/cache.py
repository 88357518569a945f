"""Analysis results cached by content hash, so an unchanged article is not analysed again.

The key covers everything the result depends on: the body, its language, the
source registry, the cue lexicons and explainer's code. The folder holds
nothing else and is safe to delete at any time.

Every entry starts with the SHA-256 of the rest of it and is verified when
read: a truncated or edited entry (half the notes, an injected ``<script>``,
changed labels) is ignored and made again, never published.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..analysis import Analysis, Claim, Reason, Registry, Source
from ..analysis.lexicon import LEXICON_DIR
from ..fsutil import BackgroundWriter
from .converted import Converted

FORMAT = 4


def _extended(digest: hashlib._Hash, parts: tuple[str, ...]) -> hashlib._Hash:
    """A copy of a running SHA-256 with ``parts`` added, each after a NUL (a key's salt is hashed once)."""
    digest = digest.copy()
    for part in parts:
        digest.update(b"\0" + part.encode())
    return digest


def _sealed(text: str) -> str:
    return f"{hashlib.sha256(text.encode()).hexdigest()}\n{text}"


def _unsealed(stored: str) -> str | None:
    """The entry's content if it is exactly what was written, else None."""
    digest, newline, text = stored.partition("\n")
    if not newline or hashlib.sha256(text.encode()).hexdigest() != digest:
        return None
    return text


#: explainer's code: a result made by other code is never reused.
PACKAGE = Path(__file__).resolve().parent.parent


def fingerprint(registry: Registry, package: Path = PACKAGE, lexicons: Path = LEXICON_DIR) -> str:
    """What every cached result depends on besides its own text."""
    digest = hashlib.sha256(f"{__version__}/{FORMAT}".encode())
    # The code and the language data too, so that an upgrade (or a local change) never
    # serves stale results.
    for source in sorted([*package.rglob("*.py"), *(p for p in lexicons.iterdir() if p.is_file())]):
        digest.update(source.relative_to(source.parent.parent).as_posix().encode() + b"\0")
        digest.update(source.read_bytes())
    for entry in registry:
        digest.update(repr(entry).encode())
    return digest.hexdigest()[:16]


class AnalysisCache:
    def __init__(self, folder: Path, registry: Registry, writer: BackgroundWriter) -> None:
        self.folder = folder
        # Temporary files of writes a killed build never finished.
        for leftover in [*folder.glob("*/.*.tmp"), *folder.glob("html/*/.*.tmp"), *folder.glob("pages/*/.*.tmp")]:
            leftover.unlink(missing_ok=True)
        self.writer = writer
        self.salt = fingerprint(registry)
        self.hits = self.misses = 0

    def _path(self, body: str, language: str) -> Path:
        key = hashlib.sha256(f"{self.salt}\0{language}\0{body}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, body: str, language: str) -> Analysis | None:
        path = self._path(body, language)
        try:
            text = _unsealed(path.read_text(encoding="utf-8"))
            if text is None:
                raise ValueError("the entry is not what was written")
            analysis = _from_json(json.loads(text), body)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            self.misses += 1
            return None
        self.hits += 1
        return analysis

    def put(self, body: str, language: str, analysis: Analysis) -> None:
        text = json.dumps(_to_json(analysis), ensure_ascii=False)
        self.writer.write(self._path(body, language), _sealed(text), best_effort=True)  # a full disk only costs speed


def _to_json(analysis: Analysis) -> dict[str, Any]:
    return {
        "prose": analysis.prose,
        "claims": [
            {
                "id": c.id,
                "start": c.start,
                "end": c.end,
                "labels": c.labels,
                "sources": [[s.id, s.name, s.kind, s.mention, s.owner] for s in c.sources],
                "reasons": [[r.label, r.kind, r.cue, r.start, r.end, r.from_claim] for r in c.reasons],
            }
            for c in analysis.claims
        ],
    }


def _from_json(data: dict[str, Any], body: str) -> Analysis:
    claims = [
        Claim(
            id=c["id"],
            text=body[c["start"] : c["end"]],
            start=c["start"],
            end=c["end"],
            labels=list(c["labels"]),
            sources=[Source(*s) for s in c["sources"]],
            reasons=[Reason(*r) for r in c["reasons"]],
        )
        for c in data["claims"]
    ]
    if len(data["prose"]) != len(body):
        raise ValueError("cached result is for another text")
    return Analysis(claims, body, data["prose"])


class HtmlCache:
    """Converted article pages, keyed by everything the conversion depends on.

    A warm build then skips Markdown conversion of unchanged articles entirely
    (and replays what the conversion logged, see ``converted``).
    The key includes the list of pages, since links between pages are resolved
    during conversion: adding or removing a page re-renders every article.
    """

    def __init__(self, folder: Path, salt: str, writer: BackgroundWriter) -> None:
        self.folder = folder
        # The salt holds the list of every page: hashed once, not once per page.
        self._salted = hashlib.sha256(salt.encode())
        #: What every conversion depends on, for keys that depend on all of them (finished pages).
        self.salt_digest = self._salted.hexdigest()
        self.writer = writer

    def key(self, *parts: str) -> str:
        return _extended(self._salted, parts).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / "html" / key[:2] / f"{key}.bin"

    def get(self, key: str) -> Converted | None:
        """The entry: its checksum line, then the page as ``Converted.to_bytes`` wrote it."""
        try:
            digest, newline, rest = self._path(key).read_bytes().partition(b"\n")
            if not newline or hashlib.sha256(rest).hexdigest().encode() != digest:
                return None
            return Converted.from_bytes(rest)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str, converted: Converted) -> None:
        rest = converted.to_bytes()
        self.writer.write(self._path(key), hashlib.sha256(rest).hexdigest().encode() + b"\n" + rest, best_effort=True)


class PageCache:
    """Finished pages (the theme's template rendered), reused when nothing they show has changed.

    A page shows more than itself (menus, neighbours, listings of every article's marks), so
    every key starts from the whole site's signature (``begin``): a warm build of an unchanged
    site renders no template at all, and any change renders every page again. Entries are
    sealed like the others: an edited one is ignored and made again.
    """

    def __init__(self, folder: Path, writer: BackgroundWriter) -> None:
        self.folder = folder / "pages"
        self.writer = writer
        self._site = hashlib.sha256()

    def begin(self, *site: str) -> None:
        """Start a build whose pages all depend on ``site`` (hashed once, not once per page)."""
        self._site = _extended(hashlib.sha256(f"{__version__}/{FORMAT}".encode()), site)

    def key(self, *parts: str) -> str:
        return _extended(self._site, parts).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.html"

    def get(self, key: str) -> str | None:
        try:
            return _unsealed(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, html: str) -> None:
        self.writer.write(self._path(key), _sealed(html), best_effort=True)


def files_digest(folders: list[Path]) -> str:
    """The digest of every file below ``folders`` (a theme's templates and assets), names and bytes."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class SearchCache:
    """The last build's search index, reused when every page it indexed is the same again.

    Indexing is a pass over the whole site however little changed, so a warm build
    hashes the pages it would index and, when the set is unchanged, writes the index
    files of last time instead of running Pagefind. One entry, replaced by each build.
    """

    def __init__(self, folder: Path, salt: str, writer: BackgroundWriter) -> None:
        self.path = folder / "search.json"
        self.salt = salt
        self.writer = writer

    def exists(self) -> bool:
        return self.path.is_file()

    def key(self, pages: list[tuple[str, str]]) -> str:
        """The index's key: each page's address and the digest of its HTML, in address order."""
        digest = hashlib.sha256(self.salt.encode())
        for url, page_digest in sorted(pages):
            digest.update(f"\0{url}\0{page_digest}".encode())
        return digest.hexdigest()

    def get(self, key: str) -> dict[str, bytes] | None:
        try:
            text = _unsealed(self.path.read_text(encoding="utf-8"))
            if text is None:
                return None
            data = json.loads(text)
            if data["key"] != key:
                return None
            return {str(name): base64.b64decode(content) for name, content in data["files"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError, binascii.Error):
            return None

    def put(self, key: str, files: dict[str, bytes]) -> None:
        encoded = {name: base64.b64encode(content).decode("ascii") for name, content in files.items()}
        self.writer.write(self.path, _sealed(json.dumps({"key": key, "files": encoded})), best_effort=True)
