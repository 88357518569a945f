"""Where the claims are: prose blocks of a Markdown body, split into sentences.

Offsets always point into the original body. Instead of stripping Markdown
(which would shift every offset), non-prose characters are *masked*: replaced
by spaces in a copy of the body of the same length. Cue matching and sentence
splitting run on the mask; claim text is cut from the body.

Sentence splitting uses blingfire (chosen by measurement, see ``make eval``:
pySBD is the most accurate on the Golden Rules but two orders of magnitude
slower on long texts), plus a few rules blingfire lacks: a segment that opens
in lower case continues the previous sentence ("Great." she said), a bare
enumerator belongs to its item, a quotation that spans sentences stays one
claim, and no boundary falls inside inline markup.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from typing import ClassVar, Literal

import blingfire

BlockKind = Literal["paragraph", "heading", "item", "quote"]

FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
ATX_HEADING_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
ATX_CLOSING_RE = re.compile(r"[ \t]+#+[ \t]*$")
SETEXT_UNDERLINE_RE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
THEMATIC_BREAK_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
LIST_ITEM_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
QUOTE_PREFIX_RE = re.compile(r"^[ \t]{0,3}>[ \t]?")
#: Raw HTML blocks start with a block-level tag (inline tags open ordinary paragraphs).
HTML_BLOCK_RE = re.compile(
    r"^ {0,3}<(?:!--|\?|![A-Z]|/?(?:address|article|aside|blockquote|canvas|center|dd|details|dialog|div|dl|dt"
    r"|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|iframe|li|main|math|menu|nav|noscript"
    r"|object|ol|p|pre|script|section|style|summary|table|tbody|td|tfoot|th|thead|tr|ul|video|audio|svg"
    r"|template|textarea)(?:[\s/>]|$))",
    re.IGNORECASE,
)
TABLE_ROW_RE = re.compile(r"^[ \t]*\|")
INDENTED_CODE_RE = re.compile(r"^(?: {4}|\t)")
LINK_DEFINITION_RE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]")

#: Inline spans that are not prose: masked out, and never cut by a boundary.
CODE_SPAN_RE = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.S)
AUTOLINK_RE = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>")
HTML_TAG_RE = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
#: Inline HTML whose text no reader sees (the sanitiser drops it): comments, CDATA,
#: declarations, processing instructions, and the contents of script, style and template.
UNSEEN_HTML_RE = re.compile(
    r"<!--.*?(?:-->|$)|<!\[CDATA\[.*?(?:\]\]>|$)|<![A-Za-z].*?(?:>|$)|<\?.*?(?:>|$)"
    r"|<(script|style|template)\b[^>]*>.*?(?:</\1\s*>|$)",
    re.S | re.IGNORECASE,
)
LINK_DESTINATION_RE = re.compile(r"(?<=\])(?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\]\n]*\])")
#: Characters without which a paragraph holds no inline markup at all.
INLINE_TRIGGER_RE = re.compile(r"[`<\[\]*_\\]")
#: Inline spans whose text is prose but which a sentence boundary must not cut.
LINK_TEXT_RE = re.compile(r"!?\[[^\]\n]*\](?=[(\[])")
EMPHASIS_RE = re.compile(r"(\*\*|\*|(?<!\w)__|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1", re.S)
EMPHASIS_DELIMITER_RE = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")
ESCAPE_RE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!<>|\"'])")

#: A segment made only of a list enumerator ("1.", "a)", "• 9.").
ENUMERATOR_RE = re.compile(r"^\W{0,2}(?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,5})[.)]{1,2}\W{0,2}$")
#: An inline list's next enumerator left at the end of a piece ("…first item 2.").
ENUMERATOR_TAIL_RE = re.compile(r"\s(?:[•⁃*-]\s?)?(?:\d{1,3}|[a-z])[.)]{1,2}$")
LOWER_START_RE = re.compile(r"^[\s\"'“”‘’«»(\[]*[a-z](?![.)]\s)")
HAS_WORD_RE = re.compile(r"\w")
OPENING_QUOTES = "“«„"
QUOTE_CHAR_RE = re.compile('[“«„”»"]')
CLOSING_QUOTES = "”»“"
#: How far a quotation may run on before we stop waiting for it to close.
MAX_QUOTE_SENTENCES = 6


@dataclass(frozen=True)
class Block:
    """A run of prose that Markdown renders as one block (paragraph, heading, item)."""

    kind: BlockKind
    start: int
    end: int
    #: Index of the section (counted by headings) the block belongs to.
    section: int


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


def segment(body: str) -> Segmentation:
    mask = list(body)
    blocks = _scan_blocks(body, mask)
    masked = "".join(mask)
    atoms = _mask_inline(body, masked, blocks)
    pieces = _blingfire_pieces(atoms.mask, blocks)
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        for start, end in _split_block(body, atoms.mask, block, atoms.unbreakable, pieces[index]):
            sentences.append(Sentence(start, end, index))
    return Segmentation(atoms.mask, blocks, sentences)


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


def byte_sentences(data: bytes) -> list[tuple[int, int]]:
    """blingfire's sentence spans of UTF-8 ``data``, as byte offsets (its C entry point, called directly)."""
    size = len(data) * 2 + 16
    out = ctypes.create_string_buffer(size)
    starts = (ctypes.c_int32 * size)()
    ends = (ctypes.c_int32 * size)()
    count = blingfire.blingfire.TextToSentencesWithOffsets(
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


def split_text(text: str) -> list[tuple[int, int]]:
    """Sentence spans of plain text taken as one paragraph (no Markdown structure)."""
    block = Block("paragraph", 0, len(text), 0)
    return _split_block(text, text, block, [], [(a, b) for a, b in sentence_offsets(text) if b > a])


def _blank(mask: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if mask[i] not in "\r\n":
            mask[i] = " "


def _scan_blocks(body: str, mask: list[str]) -> list[Block]:
    """Find prose blocks line by line; blank out everything that is not prose."""
    blocks: list[Block] = []
    section = 0
    open_kind: BlockKind | None = None
    open_start = open_end = 0
    fence: str | None = None
    in_html = False
    previous_blank = True
    last_kind: BlockKind | None = None

    def flush() -> None:
        nonlocal open_kind
        if open_kind is not None and open_end > open_start:
            blocks.append(Block(open_kind, open_start, open_end, section))
        open_kind = None

    pos = 0
    for raw in body.splitlines(keepends=True):
        line_start, pos = pos, pos + len(raw)
        line = raw.rstrip("\r\n")
        line_end = line_start + len(line)
        if fence is not None:
            _blank(mask, line_start, line_end)
            if line.lstrip().startswith(fence):
                fence = None
            continue
        fence_match = FENCE_RE.match(line)
        if fence_match:
            flush()
            fence = fence_match.group(1)[0] * len(fence_match.group(1))
            _blank(mask, line_start, line_end)
            continue
        if not line.strip():
            flush()
            in_html = False
            previous_blank = True
            continue
        if in_html or (previous_blank and HTML_BLOCK_RE.match(line)):
            flush()
            in_html = True
            _blank(mask, line_start, line_end)
            continue
        indented_code = previous_blank and INDENTED_CODE_RE.match(line) and last_kind != "item"
        if indented_code or TABLE_ROW_RE.match(line) or LINK_DEFINITION_RE.match(line):
            flush()
            _blank(mask, line_start, line_end)
            previous_blank = False
            continue
        previous_blank = False
        if SETEXT_UNDERLINE_RE.match(line) and open_kind == "paragraph":
            open_kind = "heading"
            flush()
            section += 1
            _blank(mask, line_start, line_end)
            continue
        if THEMATIC_BREAK_RE.match(line):
            flush()
            _blank(mask, line_start, line_end)
            continue
        content = line_start
        kind: BlockKind | None = None
        quote = QUOTE_PREFIX_RE.match(line)
        while quote:
            content += quote.end()
            kind = "quote"
            quote = QUOTE_PREFIX_RE.match(body, content, line_end) and QUOTE_PREFIX_RE.match(body[content:line_end])
        heading = ATX_HEADING_RE.match(body[content:line_end])
        item = LIST_ITEM_RE.match(body[content:line_end])
        text_end = line_end
        if heading:
            flush()
            section += 1
            content += heading.end()
            closing = ATX_CLOSING_RE.search(body, content, line_end)
            if closing:
                text_end = closing.start()
            _blank(mask, line_start, content)
            _blank(mask, text_end, line_end)
            if text_end > content:
                blocks.append(Block("heading", content, text_end, section))
            last_kind = "heading"
            continue
        if item:
            flush()
            content += item.end()
            kind = "item"
        _blank(mask, line_start, content)
        if open_kind is None or kind == "item" or (kind == "quote") != (open_kind == "quote"):
            flush()
            open_kind = kind or "paragraph"
            open_start = content
            last_kind = open_kind
        open_end = text_end
    flush()
    return blocks


@dataclass
class _Inline:
    mask: str
    #: Sorted, disjoint (start, end) spans a sentence boundary must not cut.
    unbreakable: list[tuple[int, int]]


def _mask_inline(body: str, masked: str, blocks: list[Block]) -> _Inline:
    mask: list[str] = []
    unbreakable: list[tuple[int, int]] = []
    for block in blocks:
        if not INLINE_TRIGGER_RE.search(masked, block.start, block.end):
            continue  # plain prose: no markup to mask (most paragraphs of most articles)
        if not mask:
            mask = list(masked)
        for pattern in (CODE_SPAN_RE, UNSEEN_HTML_RE, AUTOLINK_RE, HTML_TAG_RE, LINK_DESTINATION_RE):
            for m in pattern.finditer(masked, block.start, block.end):
                _blank(mask, m.start(), m.end())
                unbreakable.append(m.span())
        current = "".join(mask[block.start : block.end])
        for pattern in (LINK_TEXT_RE, EMPHASIS_RE):
            for m in pattern.finditer(current):
                unbreakable.append((block.start + m.start(), block.start + m.end()))
        for m in ESCAPE_RE.finditer(current):
            mask[block.start + m.start()] = " "
        for m in EMPHASIS_DELIMITER_RE.finditer(current):
            _blank(mask, block.start + m.start(), block.start + m.end())
    return _Inline("".join(mask) if mask else masked, _merge_spans(unbreakable))


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _split_block(
    body: str, mask: str, block: Block, unbreakable: list[tuple[int, int]], found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    text = mask[block.start : block.end]
    if not HAS_WORD_RE.search(text):
        return []
    pieces = [(0, len(text))] if block.kind == "heading" else found or [(0, len(text))]
    pieces = _join_continuations(text, pieces)
    pieces = _join_quotations(text, pieces)
    spans = [(block.start + a, block.start + b) for a, b in pieces]
    trimmed = [t for span in spans if (t := _trim(body, mask, block, *span)) is not None]
    return _join_across(trimmed, unbreakable)


def _join_continuations(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Glue a lower-case start to the previous piece and an enumerator to its item."""
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for index, (start, end) in enumerate(pieces):
        if carry is not None:
            start, carry = carry, None
        piece = text[start:end]
        if ENUMERATOR_RE.match(piece.strip()):
            carry = start
            continue
        tail = ENUMERATOR_TAIL_RE.search(piece) if index + 1 < len(pieces) else None
        if tail:
            end, carry = start + tail.start(), start + tail.start() + 1
        if out and LOWER_START_RE.match(text[start:end]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    if carry is not None:
        if out:
            out[-1] = (out[-1][0], len(text.rstrip()))
        else:
            out.append((carry, len(text.rstrip())))
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
