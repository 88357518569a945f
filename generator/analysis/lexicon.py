"""Cue lexicons: the analyzer's knowledge of a language, loaded from YAML data files.

A lexicon is compiled once per language and cached; the analyzer only ever
sees compiled patterns, so adding a cue is an edit to ``lexicons/<lang>.yml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).parent / "lexicons"

#: Cue families that are plain lists of phrases.
PHRASE_FAMILIES = (
    "hedges",
    "anonymous_sources",
    "vague_speakers",
    "vague_reports",
    "reporting_verbs",
    "speech_verbs",
    "doubt_verbs",
    "verb_fillers",
    "source_nouns",
    "source_frames",
    "channel_frames",
    "attribution_negatives",
)


@dataclass(frozen=True)
class OpinionFamily:
    name: str
    weight: float
    pattern: re.Pattern[str]
    #: Only counts at the very end of a sentence (a question mark, say).
    end_of_sentence: bool = False
    #: Matched against the text as written rather than folded ("I", not "i").
    case_sensitive: bool = False


@dataclass(frozen=True)
class Anaphor:
    pattern: re.Pattern[str]
    #: Source kinds this reference prefers ("the agency" → news agencies); empty = any.
    kinds: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    language: str
    patterns: dict[str, re.Pattern[str]]
    anaphors: tuple[Anaphor, ...]
    opinion: tuple[OpinionFamily, ...]
    opinion_threshold: float


def available_languages() -> list[str]:
    return sorted(p.stem for p in LEXICON_DIR.glob("*.yml"))


WORD_LIST_RE = re.compile(r"\{(\w+)\}")


def _fragment(cue: str, word_lists: dict[str, list[str]] | None = None) -> str:
    """A cue as written in the data file, as a regex fragment.

    Spaces match any whitespace; ``{name}`` stands for any word of ``word_lists[name]``.
    """
    lists = word_lists or {}

    def expand(m: re.Match[str]) -> str:
        if m.group(1) not in lists:
            raise LookupError(f"cue '{cue}' uses unknown word list '{{{m.group(1)}}}'")
        return "(?:" + "|".join(sorted(lists[m.group(1)], key=len, reverse=True)) + ")"

    return re.sub(r" +", r"\\s+", WORD_LIST_RE.sub(expand, cue.strip()))


def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length, so offsets stay valid.

    Matching folded text against lower-case patterns is several times faster
    than Python's case-insensitive matching.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _fold_pattern(fragment: str) -> str:
    """Lower-case the letters of a regex fragment, leaving escapes (\\S, \\W) alone."""
    return re.sub(r"\\.|[^\\]+", lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), fragment)


def compile_cues(
    cues: list[str],
    *,
    case_sensitive: bool = False,
    bounded: bool = True,
    word_lists: dict[str, list[str]] | None = None,
) -> re.Pattern[str]:
    """One pattern for a family; longer cues first so the most specific wins.

    Unless ``case_sensitive``, the pattern is lower-case and must be matched
    against ``fold(text)``.
    """
    fragments = [_fragment(c, word_lists) for c in sorted(cues, key=len, reverse=True)]
    if not case_sensitive:
        fragments = [_fold_pattern(f) for f in fragments]
    alternatives = "|".join(fragments)
    body = f"(?<!\\w)(?:{alternatives})(?!\\w)" if bounded else f"(?:{alternatives})"
    return re.compile(body)


@functools.cache
def load_lexicon(language: str = "en") -> Lexicon:
    """The built-in lexicon of ``language``, compiled once per process."""
    path = LEXICON_DIR / f"{language}.yml"
    if not path.is_file():
        raise LookupError(f"no cue lexicon for language '{language}'; available: {', '.join(available_languages())}")
    return lexicon_from_file(path, language)


def lexicon_from_file(path: Path, language: str = "en") -> Lexicon:
    """Compile a lexicon data file; a second language is just another such file."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    words = {name: [str(w) for w in items] for name, items in (data.get("word_lists") or {}).items()}
    patterns = {
        name: compile_cues([str(c) for c in data.get(name) or []], word_lists=words) for name in PHRASE_FAMILIES
    }
    patterns["roles"] = compile_cues(words.get("roles", []))
    anaphors = tuple(
        Anaphor(re.compile(f"(?<!\\w)(?:{_fold_pattern(_fragment(cue))})$"), frozenset(kinds or ()))
        for cue, kinds in (data.get("anaphors") or {}).items()
    )
    opinion_data = data.get("opinion") or {}
    families = tuple(
        OpinionFamily(
            name=name.replace("_", "-"),
            weight=float(spec.get("weight", 1.0)),
            pattern=compile_cues(
                [str(c) for c in spec["cues"]],
                case_sensitive=bool(spec.get("case_sensitive")),
                bounded=not spec.get("end_of_sentence"),
                word_lists=words,
            ),
            end_of_sentence=bool(spec.get("end_of_sentence")),
            case_sensitive=bool(spec.get("case_sensitive")),
        )
        for name, spec in (opinion_data.get("families") or {}).items()
    )
    return Lexicon(
        language=str(data.get("language", language)),
        patterns=patterns,
        anaphors=anaphors,
        opinion=families,
        opinion_threshold=float(opinion_data.get("threshold", 1.0)),
    )
