"""Pagefind's index files made reproducible: the same site always gives the same bytes.

Pagefind writes each filter's values in hash-map order, which changes from
run to run, and names the filter file (and the metadata file that lists it)
after its content. Two builds of one site would differ in those files only.
This puts the values in a fixed order and renames the files by their new
content, updating the references to them (the metadata file names each filter
file; ``pagefind-entry.json`` names the metadata file). Both are gzipped CBOR
behind a short signature; the structure of a filter file is
``[name, [[value, [page, ...]], ...]]``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

import cbor2

from ..fsutil import write_atomic

SIGNATURE = b"pagefind_dcd"
ENTRY = "pagefind-entry.json"


class PagefindFormatError(ValueError):
    """The index is not in the format this module knows (a new Pagefind version?)."""


def settle(folder: Path) -> None:
    """Sort every filter's values and rename the files they change, in a written Pagefind index."""
    entry_path = folder / ENTRY
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        meta_path = folder / f"pagefind.{language['hash']}.pf_meta"
        meta = _read(meta_path)
        for filter_path in sorted((folder / "filter").glob(f"{_prefix(language['hash'])}_*.pf_filter")):
            old = filter_path.stem
            new = _rewrite(filter_path, _sorted(_read(filter_path)), len(old) - len(_prefix(old)) - 1)
            meta = meta.replace(old.encode(), new.encode())
        language["hash"] = _rewrite(meta_path, meta, len(language["hash"]) - len(_prefix(language["hash"])) - 1)
    write_atomic(entry_path, json.dumps(entry, ensure_ascii=False, separators=(",", ":")))


def _prefix(name: str) -> str:
    """ "en_1a2b3c4" → "en" (the language; Pagefind names files language_hash)."""
    return name.rpartition("_")[0]


def _read(path: Path) -> bytes:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise PagefindFormatError(f"{path.name} does not start with Pagefind's signature")
    return data[len(SIGNATURE) :]


def _sorted(data: bytes) -> bytes:
    try:
        name, values = cbor2.loads(data)
        ordered: list[Any] = sorted(values, key=lambda pair: str(pair[0]))
    except (ValueError, TypeError, IndexError, cbor2.CBORDecodeError) as exc:
        raise PagefindFormatError(f"a filter file is not [name, [[value, pages], ...]] ({exc})") from exc
    return bytes(cbor2.dumps([name, ordered]))


def _rewrite(path: Path, content: bytes, digits: int) -> str:
    """Write ``content`` under a name made from it (same language prefix, same length); the new stem."""
    stem = path.name.split(".")[-2] if path.name.startswith("pagefind.") else path.stem
    new_stem = f"{_prefix(stem)}_{hashlib.sha256(content).hexdigest()[:digits]}"
    target = path.with_name(path.name.replace(stem, new_stem))
    write_atomic(target, gzip.compress(SIGNATURE + content, mtime=0))
    if target != path:
        path.unlink()
    return new_stem
