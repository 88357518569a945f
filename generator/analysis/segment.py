"""Where the claims are: the prose blocks of a Markdown body (``prose``), split into sentences.

Cue matching and sentence splitting run on the masked prose; claim text is cut
from the body, whose offsets the mask keeps.

Sentence splitting uses blingfire (chosen by measurement, see ``make eval``:
pySBD is the most accurate on the Golden Rules but two orders of magnitude
slower on long texts), plus a few rules blingfire lacks: a segment that opens
in lower case continues the previous sentence ("Great." she said), a bare
enumerator belongs to its item, a quotation that spans sentences stays one
claim, and no boundary falls inside inline markup.
"""

from __future__ import annotations

import ctypes
import functools
import re
from dataclasses import dataclass
from typing import ClassVar

from .prose import Block, prose

#: What may stand before a sentence's first word (quotes, brackets, emphasis).
SENTENCE_OPENING = " \t\n\"'“‘(*_"

#: A segment made only of a list enumerator ("1.", "a)", "• 9."), with the space around it.
ENUMERATOR_RE = re.compile(r"\s*\W{0,2}(?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,5})[.)]{1,2}\W{0,2}\s*")
#: An inline list's next enumerator left at the end of a piece ("…first item 2."), and how many
#: characters from the piece's end it can start.
ENUMERATOR_TAIL_RE = re.compile(r"(?<!\d)\s(?:[•⁃*-]\s?)?(?:\d{1,3}|[a-z])[.)]{1,2}$")  # not "5 m."
ENUMERATOR_TAIL_REACH = 12
#: A piece that opens with an enumerator: only an item's piece ends in the next item's ("… called 911." is none).
ENUMERATOR_START_RE = re.compile(r"\s*(?:[•⁃*-]\s?)?(?:\d{1,3}|[a-zA-Z])[.)]{1,2}\s")
#: A piece that opens in lower case (matched from the piece's start).
LOWER_START_RE = re.compile(r"[\s\"'“”‘’«»(\[]*[a-z](?![.)]\s)")
HAS_WORD_RE = re.compile(r"\w")
#: A piece opening with a dash goes on from the one before: a dateline ("MADISON, Wis. — The governor …").
DASH_START_RE = re.compile(r"\s*(?:—|–|--)\s")
#: A measure's unit symbol ends its sentence when a capitalised word follows ("a depth of 28 km. Peru's
#: institute …"): blingfire reads "km." as an abbreviation there. SI symbols are the same in every language.
UNITS = r"(?:km|cm|mm|m|kg|mg|g|t|ml|l|ha|kW|MW|GW|kWh|km/h|m/s|°C|°F)"
UNIT_END_RE = re.compile(rf"\d\s?{UNITS}\.(?=\s+[\"“‘(]?[A-Z])")
OPENING_QUOTES = "“«„"
QUOTE_CHAR_RE = re.compile('[“«„”»"]')
#: A word's full stop, then a capitalised abbreviation and a capitalised word: "… run. Lt. Gov. Mary".
TITLE_AFTER_STOP_RE = re.compile(r"(?<=[a-z])\. ([A-Z][a-z]{0,3})\. (?=[A-Z])")
#: A full stop with a capitalised word after it ("Lim. Around"), and the word it ends, read backwards
#: from there: two or more letters, not part of a dotted or hyphenated word ("U.S.", "D-Md.").
STOP_BEFORE_CAPITAL_RE = re.compile(r"\.(?=\s+[\"“‘(]?[A-Z])")
WORD_BEFORE_STOP_RE = re.compile(r"(?<![\w.'’-])([A-Za-z]{2,})$")
#: How far back from a full stop its word is looked for.
WORD_BEFORE_STOP_REACH = 24
CLOSING_QUOTES = "”»“"
#: A piece ending on a question or an exclamation in quotation marks, and a piece that opens on up to
#: four capitalised words and a verb: "“Why now?”" + "Lee asked." (the verb is the language's).
QUOTED_STOP_RE = re.compile(r"[?!](?:[”»\"]|'')\s*$")
SPEECH_TAIL_RE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,4}(?P<verb>[a-z]+)\b")
#: How far from a piece's end its closing question mark and quotation mark are looked for.
QUOTED_STOP_REACH = 64
#: How far a quotation may run on before we stop waiting for it to close.
MAX_QUOTE_SENTENCES = 6


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int


@dataclass
class Segmentation:
    """The body's prose blocks and sentences, and the masked copy they were found in."""

    mask: str
    blocks: list[Block]
    sentences: list[Sentence]


def segment(
    body: str,
    titles: frozenset[str] = frozenset(),
    abbreviations: frozenset[str] = frozenset(),
    tail_verbs: frozenset[str] = frozenset(),
) -> Segmentation:
    """Sentences of every block; ``titles`` are the language's abbreviated titles ("Sen.", "Gov."),
    which open a name, never end a sentence; ``abbreviations`` are its other words written with a
    full stop that a capitalised word may follow inside a sentence ("Apple Inc. Chief Executive");
    ``tail_verbs`` are its verbs that may follow their quotation and speaker ("“Why?” Lee asked.")."""
    found = prose(body)
    pieces = _blingfire_pieces(found.mask, found.blocks)
    sentences: list[Sentence] = []
    for index, block in enumerate(found.blocks):
        for start, end in _split_block(
            body, found.mask, block, found.unbreakable, pieces[index], titles, abbreviations, tail_verbs
        ):
            sentences.append(Sentence(start, end, index))
    return Segmentation(found.mask, found.blocks, sentences)


#: Joins blocks for one call to blingfire: it always ends a sentence at a paragraph separator.
BLOCK_SEPARATOR = "\u2029"


def _blingfire_pieces(mask: str, blocks: list[Block]) -> list[list[tuple[int, int]]]:
    """Sentence spans of every paragraph block (relative to the block), from one blingfire call.

    A call per block cost more in setting up buffers than in splitting; joined with
    the Unicode paragraph separator, blocks still never share a sentence.
    """
    if not blocks:
        return []
    texts = [ascii_stand_in(mask[b.start : b.end]) for b in blocks]
    # One byte per character in the blocks, three for each separator between them.
    data = BLOCK_SEPARATOR.join(texts).encode("utf-8")
    separator = len(BLOCK_SEPARATOR.encode("utf-8"))
    starts, position = [], 0
    for text in texts:
        starts.append(position)
        position += len(text) + separator
    pieces: list[list[tuple[int, int]]] = [[] for _ in blocks]
    index = 0
    for a, b in byte_sentences(data):
        while index + 1 < len(starts) and a >= starts[index + 1]:
            index += 1
        base, length = starts[index], len(texts[index])
        a, b = max(a - base, 0), min(b - base, length)
        if b > a:
            pieces[index].append((a, b))
    return pieces


class _AsciiStandIn(dict[int, str]):
    """For ``str.translate``: each non-ASCII character becomes the ASCII character that plays its part.

    blingfire reports byte offsets; with one byte per character they are the
    character offsets too, so no mapping back is needed. A capital stays a
    capital, a letter a letter, a quotation mark a quotation mark, which is all
    sentence splitting looks at.
    """

    PUNCTUATION: ClassVar[dict[str, str]] = {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "…": ".",
        "–": "-",
        "—": "-",
    }

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if code < 128:
            stand_in = ch
        elif ch in self.PUNCTUATION:
            stand_in = self.PUNCTUATION[ch]
        elif ch.isupper():
            stand_in = "A"
        elif ch.isalpha() or ch.isdigit() or ch.isalnum():
            stand_in = "a"
        elif ch.isspace():
            stand_in = " "
        else:
            stand_in = "#"
        self[code] = stand_in
        return stand_in


ASCII_STAND_IN = _AsciiStandIn()


def ascii_stand_in(text: str) -> str:
    return text if text.isascii() else text.translate(ASCII_STAND_IN)


def sentence_offsets(text: str) -> list[tuple[int, int]]:
    """blingfire's sentence spans of ``text`` as code-point offsets.

    Run on an ASCII stand-in of the text, whose byte offsets are the text's
    character offsets (blingfire's own wrapper maps bytes to characters in a
    per-byte Python loop, which made segmentation the slowest step).
    """
    return byte_sentences(ascii_stand_in(text).encode("ascii"))


@functools.cache
def _blingfire() -> ctypes.CDLL:
    """blingfire's C library, loaded when a text is first split: its Python package imports numpy,
    which a warm build that splits nothing (every article cached) need not pay for."""
    import blingfire

    library: ctypes.CDLL = blingfire.blingfire
    return library


def byte_sentences(data: bytes) -> list[tuple[int, int]]:
    """blingfire's sentence spans of UTF-8 ``data``, as byte offsets (its C entry point, called directly)."""
    size = len(data) * 2 + 16
    out = ctypes.create_string_buffer(size)
    starts = (ctypes.c_int32 * size)()
    ends = (ctypes.c_int32 * size)()
    count = _blingfire().TextToSentencesWithOffsets(
        ctypes.c_char_p(data),
        ctypes.c_int(len(data)),
        ctypes.byref(out),
        ctypes.byref(starts),
        ctypes.byref(ends),
        ctypes.c_int(size),
    )
    if count < 0 or count > size:
        return [(0, len(data))]
    n = out.value.count(b"\n") + 1
    return [(a, b + 1) for a, b in zip(starts[:n], ends[:n], strict=True)]


def split_text(
    text: str, titles: frozenset[str] = frozenset(), abbreviations: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Sentence spans of plain text taken as one paragraph (no Markdown structure)."""
    block = Block("paragraph", 0, len(text), 0)
    found = [(a, b) for a, b in sentence_offsets(text) if b > a]
    return _split_block(text, text, block, [], found, titles, abbreviations)


def _split_block(
    body: str,
    mask: str,
    block: Block,
    unbreakable: list[tuple[int, int]],
    found: list[tuple[int, int]],
    titles: frozenset[str] = frozenset(),
    abbreviations: frozenset[str] = frozenset(),
    tail_verbs: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    text = mask[block.start : block.end]
    if not HAS_WORD_RE.search(text):
        return []
    pieces = [(0, len(text))] if block.kind == "heading" else found or [(0, len(text))]
    if titles:
        pieces = _mend_titles(text, pieces, titles)
    if abbreviations:
        pieces = _split_after_words(text, pieces, titles | abbreviations)
    pieces = _split_after_units(text, pieces)
    pieces = _join_continuations(text, pieces)
    if tail_verbs:
        pieces = _join_speech_tails(text, pieces, tail_verbs)
    pieces = _join_quotations(text, pieces)
    spans = [(block.start + a, block.start + b) for a, b in pieces]
    trimmed = [t for span in spans if (t := _trim(body, mask, block, *span)) is not None]
    return _join_across(trimmed, unbreakable)


def _mend_titles(text: str, pieces: list[tuple[int, int]], titles: frozenset[str]) -> list[tuple[int, int]]:
    """A title's full stop ends no sentence ("Sen." + "Johnny Isakson said …" is one), and a
    sentence ending in a word before a title ends there ("… would run. Lt. Gov. Mary Taylor …")."""
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for start, end in pieces:
        if carry is not None:
            start, carry = carry, None
        for m in TITLE_AFTER_STOP_RE.finditer(text, start, end):
            if m.group(1).lower() in titles:
                out.append((start, m.start() + 1))
                start = m.start() + 2
        dash = DASH_START_RE.match(text, start, end)
        # (after an opening bracket or quotation mark too: "(Mr." opens "(Mr. Trump was not involved.)")
        alone = text[dash.end() if dash else start : end].strip(SENTENCE_OPENING)
        if alone.endswith(".") and alone[:-1].lower() in titles:  # titles hold no spaces
            carry = start  # the title alone ("Gov.", "— Gov." after a dateline): it opens the next piece
            continue
        out.append((start, end))
    if carry is not None:
        out.append((carry, pieces[-1][1]))
    return out


def _split_after_words(text: str, pieces: list[tuple[int, int]], kept: frozenset[str]) -> list[tuple[int, int]]:
    """End a sentence after a word's full stop that blingfire took for an abbreviation the language
    does not have, when a capitalised word follows: its list holds surnames ("… the club's owner,
    Peter Lim. Around 5,000 fans …", "Ken Lam. Officers …"). ``kept`` are the language's own."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        for stop in STOP_BEFORE_CAPITAL_RE.finditer(text, start, end):
            word = WORD_BEFORE_STOP_RE.search(text, max(start, stop.start() - WORD_BEFORE_STOP_REACH), stop.start())
            if word is not None and word.group(1).lower() not in kept:
                out.append((start, stop.end()))
                start = stop.end()
        out.append((start, end))
    return out


def _split_after_units(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """End a sentence after a unit symbol's full stop when a capitalised word follows."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        for unit in UNIT_END_RE.finditer(text, start, end):
            out.append((start, unit.end()))
            start = unit.end()
        out.append((start, end))
    return out


def _join_continuations(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Glue a lower-case start to the previous piece and an enumerator to its item."""
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for index, (start, end) in enumerate(pieces):
        if carry is not None:
            start, carry = carry, None
        if ENUMERATOR_RE.fullmatch(text, start, end):
            carry = start
            continue
        reach = max(start, end - ENUMERATOR_TAIL_REACH)
        listed = index + 1 < len(pieces) and ENUMERATOR_START_RE.match(text, start, end)
        tail = ENUMERATOR_TAIL_RE.search(text, reach, end) if listed else None
        before = text[start : tail.start()].split()[-1:] if tail else []
        if before and before[0][:1].isupper():
            tail = None  # "on August 27.": a date's day after its month, not the next item's number
        if tail:
            end, carry = tail.start(), tail.start() + 1
        if out and (LOWER_START_RE.match(text, start, end) or DASH_START_RE.match(text, start, end)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    if carry is not None:
        if out:
            out[-1] = (out[-1][0], len(text.rstrip()))
        else:
            out.append((carry, len(text.rstrip())))
    return out


def _join_speech_tails(text: str, pieces: list[tuple[int, int]], verbs: frozenset[str]) -> list[tuple[int, int]]:
    """Glue "Lee asked." to the question or exclamation it follows in quotation marks: "“Why now?" Lee
    asked." is one sentence, the words and their speaker."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        # (at the piece's end only: a piece grown by joins is not searched again from its start)
        if out and QUOTED_STOP_RE.search(text, max(out[-1][0], out[-1][1] - QUOTED_STOP_REACH), out[-1][1]):
            tail = SPEECH_TAIL_RE.match(text, start, end)
            if tail is not None and tail.group("verb").lower() in verbs:
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def _open_quote(piece: str) -> bool:
    if not QUOTE_CHAR_RE.search(piece):
        return False
    curly = sum(piece.count(q) for q in OPENING_QUOTES) > sum(piece.count(q) for q in "”»")
    return curly or piece.count('"') % 2 == 1


def _join_quotations(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep a quotation that runs over several sentences in one claim."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        start, end = pieces[i]
        j = i
        while _open_quote(text[start:end]) and j + 1 < len(pieces) and j - i < MAX_QUOTE_SENTENCES:
            j += 1
            end = pieces[j][1]
        if j > i and _open_quote(text[start:end]):
            j, end = i, pieces[i][1]
        out.append((start, end))
        i = j + 1
    return out


def _join_across(spans: list[tuple[int, int]], unbreakable: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge sentences whose boundary would cut inline markup in two."""
    if not unbreakable:
        return spans
    out: list[tuple[int, int]] = []
    k = 0
    for start, end in spans:
        if out:
            boundary = out[-1][1]
            while k < len(unbreakable) and unbreakable[k][1] <= boundary:
                k += 1
            if (k < len(unbreakable) and unbreakable[k][0] < boundary < unbreakable[k][1]) or (
                k < len(unbreakable) and unbreakable[k][0] < start < unbreakable[k][1]
            ):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def _trim(body: str, mask: str, block: Block, start: int, end: int) -> tuple[int, int] | None:
    """Drop surrounding whitespace, but keep markup glued to the sentence.

    ``**Reportedly**, x.`` must start at the asterisks so that the claim holds
    the whole emphasis rather than starting inside it.
    """
    while start < end and mask[start].isspace():
        start += 1
    while end > start and mask[end - 1].isspace():
        end -= 1
    if not HAS_WORD_RE.search(mask, start, end):
        return None
    while start > block.start and mask[start - 1] == " " and not body[start - 1].isspace():
        start -= 1
    while end < block.end and mask[end] == " " and not body[end].isspace():
        end += 1
    return start, end
