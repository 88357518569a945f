"""Pagefind's index files made reproducible: the same site always gives the same bytes.

Pagefind writes each filter's values in hash-map order, which changes from
run to run, and names the filter file (and the metadata file that lists it)
after its content. Two builds of one site would differ in those files only.
This puts the values in a fixed order and renames the files by their new
content, updating the references to them (the metadata file names each filter
file; ``pagefind-entry.json`` names the metadata file). Both are gzipped CBOR
behind a short signature; the structure of a filter file is
``[name, [[value, [page, ...]], ...]]``. It works on the files in memory, as
Pagefind hands them over, before any is written.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from typing import Any

import cbor2

SIGNATURE = b"pagefind_dcd"
ENTRY = "pagefind-entry.json"


class PagefindFormatError(ValueError):
    """The index is not in the format this module knows (a new Pagefind version?)."""


def settle(files: dict[str, bytes]) -> dict[str, bytes]:
    """The index ``files`` (path -> content) with every filter's values sorted and the files renamed."""
    out = dict(files)
    entry = json.loads(out[ENTRY])
    for language in entry["languages"].values():
        meta_name = f"pagefind.{language['hash']}.pf_meta"
        meta = _read(out.pop(meta_name), meta_name)
        prefix = _prefix(language["hash"])
        for name in sorted(n for n in files if n.startswith(f"filter/{prefix}_") and n.endswith(".pf_filter")):
            old = name.removeprefix("filter/").removesuffix(".pf_filter")
            content = _sorted(_read(out.pop(name), name))
            new = _named(old, content)
            out[f"filter/{new}.pf_filter"] = _packed(content)
            meta = meta.replace(old.encode(), new.encode())
        language["hash"] = _named(language["hash"], meta)
        out[f"pagefind.{language['hash']}.pf_meta"] = _packed(meta)
    out[ENTRY] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return out


def _prefix(name: str) -> str:
    """ "en_1a2b3c4" → "en" (the language; Pagefind names files language_hash)."""
    return name.rpartition("_")[0]


def _named(old: str, content: bytes) -> str:
    """A name for ``content`` in Pagefind's style: the same language prefix, a hash of the same length."""
    digits = len(old) - len(_prefix(old)) - 1
    return f"{_prefix(old)}_{hashlib.sha256(content).hexdigest()[:digits]}"


def _read(packed: bytes, name: str) -> bytes:
    data = gzip.decompress(packed)
    if not data.startswith(SIGNATURE):
        raise PagefindFormatError(f"{name} does not start with Pagefind's signature")
    return data[len(SIGNATURE) :]


def _packed(content: bytes) -> bytes:
    return gzip.compress(SIGNATURE + content, mtime=0)


def _sorted(data: bytes) -> bytes:
    try:
        name, values = cbor2.loads(data)
        ordered: list[Any] = sorted(values, key=lambda pair: str(pair[0]))
    except (ValueError, TypeError, IndexError, cbor2.CBORDecodeError) as exc:
        raise PagefindFormatError(f"a filter file is not [name, [[value, pages], ...]] ({exc})") from exc
    return bytes(cbor2.dumps([name, ordered]))
