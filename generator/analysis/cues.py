"""Cues as written in a lexicon, compiled into patterns matched against folded text.

A cue is a regular-expression fragment in which a space matches any
whitespace and ``{name}`` stands for any word of a word list. Patterns are
lower-case and bounded by word edges; the text is folded (lower-cased
offset for offset) once per document instead of matching case-insensitively.
"""

from __future__ import annotations

import re

WORD_LIST_RE = re.compile(r"\{(\w+)\}")
#: A word as the stages read one: letters and digits, with the apostrophes, dots, ampersands and
#: hyphens inside names ("O'Brien", "U.S.", "AT&T", "Reagan-like"), and a lone "&".
WORD_RE = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?\.?|&")
#: An optional group ending in a space at a cue's end ("have (been )?").
OPTIONAL_TRAILING_SPACE_RE = re.compile(r" \)[?*]\s*$")


class LexiconError(LookupError):
    """A lexicon data file that cannot be used as it is."""


def _fragment(cue: str, word_lists: dict[str, list[str]] | None = None) -> str:
    """A cue as written in the data file, as a regex fragment.

    Spaces match any whitespace; ``{name}`` stands for any word of ``word_lists[name]``.
    """
    if OPTIONAL_TRAILING_SPACE_RE.search(cue):
        # "have (been )?" can never match before a word: the space is swallowed, then the cue's
        # end must be a word's edge. Written "have( been)?", it matches both ways.
        raise LexiconError(f"cue '{cue}' ends a group with a space; put the space at the group's start")
    lists = word_lists or {}

    def expand(m: re.Match[str]) -> str:
        if m.group(1) not in lists:
            raise LexiconError(f"cue '{cue}' uses unknown word list '{{{m.group(1)}}}'")
        return "(?:" + "|".join(sorted(lists[m.group(1)], key=len, reverse=True)) + ")"

    return _either_apostrophe(re.sub(r" +", r"\\s+", WORD_LIST_RE.sub(expand, cue.strip())))


def _either_apostrophe(fragment: str) -> str:
    """An apostrophe inside a word ("didn't", "let's") as either one news sets ("didn’t"), outside
    character classes (which list the ones they want)."""
    out: list[str] = []
    in_class = escaped = False
    for i, c in enumerate(fragment):
        if escaped or c == "\\":
            escaped = not escaped and c == "\\"
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "'" and fragment[i - 1 : i].isalpha() and fragment[i + 1 : i + 2].isalpha():
            out.append("['’]")
            continue
        out.append(c)
    return "".join(out)


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


def fragments(cues: list[str], case_sensitive: bool, word_lists: dict[str, list[str]] | None) -> list[str]:
    fragments = [_fragment(c, word_lists) for c in sorted(cues, key=len, reverse=True)]
    return fragments if case_sensitive else [_fold_pattern(f) for f in fragments]


def compile_cues(
    cues: list[str],
    *,
    case_sensitive: bool = False,
    bounded: bool = True,
    word_lists: dict[str, list[str]] | None = None,
) -> re.Pattern[str]:
    """One pattern for a family; longer cues first so the most specific wins.

    Unless ``case_sensitive``, the pattern is lower-case and must be matched
    against ``fold(text)``. An empty family matches nothing.
    """
    if not cues:
        return re.compile(r"(?!x)x")
    compiled = fragments(cues, case_sensitive, word_lists)
    alternatives = "|".join(compiled)
    body = f"(?<!\\w)(?:{alternatives})(?!\\w)" if bounded else f"(?:{alternatives})"
    try:
        return re.compile(body)
    except re.error as exc:
        for cue, fragment in zip(sorted(cues, key=len, reverse=True), compiled, strict=True):
            try:
                re.compile(fragment)
            except re.error as bad:
                raise LexiconError(f"the cue {cue!r} is not a valid pattern ({bad})") from exc
        raise LexiconError(f"the cues do not combine into a pattern ({exc})") from exc
