"""The source registry (``content/sources.yml``): who a source is and who owns it.

Independence is decided by owner, so the registry is data the analyzer needs,
not decoration: two outlets of one owner count as one source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..fsutil import read_inside
from ..problems import ContentError, Problem
from ..urls import url_problem
from .yamlnodes import error_line, error_message, load_with_lines

#: The kinds a registry entry may have (docs/contracts.md, "Source registry").
SOURCE_KINDS = frozenset(
    {
        "news-agency",
        "newspaper",
        "broadcaster",
        "public-broadcaster",
        "state-media",
        "government",
        "military",
        "intelligence",
        "ngo",
        "academic",
        "company",
        "person",
        "other",
    }
)

#: The kinds whose people report for them ("a Reuters reporter" is Reuters).
MEDIA_KINDS = frozenset({"news-agency", "newspaper", "broadcaster", "public-broadcaster", "state-media"})

#: A source id names its page (``sources/<id>/``): lower-case words joined by hyphens or underscores.
SOURCE_ID_RE = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
MAX_SOURCE_ID_LENGTH = 64

ENTRY_KEYS = frozenset({"name", "aliases", "kind", "owner", "country", "url", "description"})

_FIRST_WORD_RE = re.compile(r"\w+")

#: Short all-capital aliases ("AP", "BBC") are only matched with their exact case,
#: so that ordinary words never turn into sources.
_CASE_SENSITIVE_MAX = 3


@dataclass(frozen=True)
class RegistryEntry:
    id: str
    name: str
    kind: str = "other"
    aliases: tuple[str, ...] = ()
    owner: str | None = None
    country: str | None = None
    url: str | None = None
    description: str | None = None
    line: int | None = None

    @property
    def independence_key(self) -> str:
        """Sources sharing this key are not independent of each other."""
        return f"owner:{self.owner.casefold()}" if self.owner else f"id:{self.id}"


@dataclass(frozen=True)
class Mention:
    entry: RegistryEntry
    start: int
    end: int
    text: str


@dataclass
class Registry:
    entries: dict[str, RegistryEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._pattern = _alias_pattern(self.entries.values())
        #: The (lower-cased) first word of every name and alias: where a mention can start.
        self.first_words = frozenset(
            m.group().lower()
            for entry in self.entries.values()
            for name in (entry.name, *entry.aliases)
            if (m := _FIRST_WORD_RE.match(name)) is not None
        )

    def __contains__(self, source_id: object) -> bool:
        return source_id in self.entries

    def __iter__(self) -> Iterator[RegistryEntry]:
        return iter(self.entries.values())

    def get(self, source_id: str) -> RegistryEntry | None:
        return self.entries.get(source_id)

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every registry name or alias in ``text[start:end]``, longest match first."""
        if self._pattern is None:
            return []
        return [self._mention(m) for m in self._pattern.finditer(text, start, len(text) if end is None else end)]

    def mentions_at(self, text: str, starts: list[int]) -> list[Mention]:
        """Mentions beginning at the given word starts (sorted): the fast path when a word index is at hand."""
        if self._pattern is None:
            return []
        found, last_end = [], -1
        for start in starts:
            if start >= last_end and (m := self._pattern.match(text, start)) is not None:
                found.append(self._mention(m))
                last_end = m.end()
        return found

    def _mention(self, m: re.Match[str]) -> Mention:
        return Mention(self.entries[_group_to_id(m.lastgroup or "")], m.start(), m.end(), m.group())

    def owners(self) -> dict[str, list[RegistryEntry]]:
        groups: dict[str, list[RegistryEntry]] = {}
        for entry in self:
            if entry.owner:
                groups.setdefault(entry.owner, []).append(entry)
        return groups


def _group_name(source_id: str) -> str:
    return "s_" + "".join(c if c.isalnum() else f"_{ord(c):x}_" for c in source_id)


def _group_to_id(group: str) -> str:
    return re.sub(r"_([0-9a-f]+)_", lambda m: chr(int(m.group(1), 16)), group[2:])


def _alias_pattern(entries: Iterable[RegistryEntry]) -> re.Pattern[str] | None:
    alternatives: list[tuple[int, str]] = []
    for entry in entries:
        names = {entry.name, *entry.aliases}
        sensitive, insensitive = [], []
        for name in sorted(names, key=len, reverse=True):
            escaped = r"\s+".join(re.escape(part) for part in name.split())
            if len(name) <= _CASE_SENSITIVE_MAX and name.isupper():
                sensitive.append(escaped)
            else:
                insensitive.append(escaped)
        parts = []
        if insensitive:
            parts.append("(?i:" + "|".join(insensitive) + ")")
        parts.extend(sensitive)
        longest = max(len(n) for n in names)
        alternatives.append((longest, f"(?P<{_group_name(entry.id)}>" + "|".join(parts) + ")"))
    if not alternatives:
        return None
    alternatives.sort(key=lambda item: -item[0])
    return re.compile(r"(?<![\w])(?:" + "|".join(a for _, a in alternatives) + r")(?![\w])")


def load_registry(path: Path, root: Path | None = None) -> tuple[Registry, list[Problem]]:
    """Read ``sources.yml`` from inside ``root`` (default: its own folder); return the usable entries and every problem.

    A missing file is an empty registry (a site may cite no known outlet);
    malformed YAML is an error because nothing in it can be trusted.
    """
    if not path.exists() and not path.is_symlink():
        return Registry(), []
    shown = str(path)
    content = read_inside(path, root or path.parent, shown)
    try:
        text = content.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        bad_line = content[: exc.start].count(b"\n") + 1
        raise ContentError(Problem(shown, bad_line, f"not UTF-8 ({exc.reason}); save the file as UTF-8")) from exc
    try:
        data, lines = load_with_lines(text)
    except yaml.YAMLError as exc:
        message = f"not valid YAML ({error_message(exc)}); fix the line shown"
        raise ContentError(Problem(shown, error_line(exc), message)) from exc
    if data is None:
        return Registry(), []
    if not isinstance(data, dict):
        raise ContentError(Problem(shown, 1, "must be a mapping of source ids to entries (id: {name: ...})"))
    problems: list[Problem] = []
    entries: dict[str, RegistryEntry] = {}
    seen_aliases: dict[str, str] = {}
    for source_id, raw in data.items():
        line = lines.get((str(source_id),))
        where = f"source '{source_id}'"
        if (
            not isinstance(source_id, str)
            or not SOURCE_ID_RE.fullmatch(source_id)
            or len(source_id) > MAX_SOURCE_ID_LENGTH
        ):
            problems.append(
                Problem(
                    shown,
                    line,
                    f"{where}: an id is lower-case letters and digits joined by '-' or '_' (it names the "
                    f"source's page), at most {MAX_SOURCE_ID_LENGTH} characters; rename it",
                )
            )
            continue
        if not isinstance(raw, dict):
            problems.append(Problem(shown, line, f"{where} must be a mapping with at least a name"))
            continue
        unknown = sorted(set(map(str, raw)) - ENTRY_KEYS)
        if unknown:
            problems.append(
                Problem(
                    shown,
                    line,
                    f"{where} has unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(ENTRY_KEYS))}",
                )
            )
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(Problem(shown, line, f"{where} needs a name (name: Full Outlet Name)"))
            continue
        kind = raw.get("kind", "other")
        if kind not in SOURCE_KINDS:
            problems.append(
                Problem(shown, line, f"{where} has kind '{kind}'; use one of {', '.join(sorted(SOURCE_KINDS))}")
            )
            kind = "other"
        aliases_raw = raw.get("aliases") or []
        if not isinstance(aliases_raw, list) or not all(isinstance(a, str) for a in aliases_raw):
            problems.append(Problem(shown, line, f"{where}: aliases must be a list of names"))
            aliases_raw = []
        for alias in {name, *aliases_raw}:
            key = alias.casefold()
            if key in seen_aliases and seen_aliases[key] != source_id:
                problems.append(Problem(shown, line, f"{where}: alias '{alias}' is also used by '{seen_aliases[key]}'"))
            seen_aliases[key] = str(source_id)
        url = _optional_str(raw.get("url"))
        if url is not None and (bad := url_problem(url)) is not None:
            problems.append(Problem(shown, lines.get((source_id, "url"), line), f"{where}: url: {bad}"))
            url = None
        entries[str(source_id)] = RegistryEntry(
            id=str(source_id),
            name=name.strip(),
            kind=kind,
            aliases=tuple(a for a in aliases_raw if a.strip()),
            owner=_optional_str(raw.get("owner")),
            country=_optional_str(raw.get("country")),
            url=url,
            description=_optional_str(raw.get("description")),
            line=line,
        )
    return Registry(entries), problems


def _optional_str(value: object) -> str | None:
    return str(value) if value is not None else None
