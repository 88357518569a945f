"""Which parts of a Markdown body are prose, found without parsing it into a tree.

Offsets always point into the original body. Instead of stripping Markdown
(which would shift every offset), non-prose characters are *masked*: replaced
by spaces in a copy of the body of the same length. Code, tables, raw HTML,
link destinations and markup characters are blanked; headings, paragraphs,
list items and blockquotes are the prose blocks. Inline spans that a sentence
boundary must not cut (links, emphasis, code) are recorded too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

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
#: The opening line of a container whose body is indented below it: admonitions ("!!! note"),
#: collapsible details ("??? note", "???+ note") and content tabs ('=== "Tab"').
CONTAINER_RE = re.compile(r"^ {0,3}(?:!!!|\?\?\?\+?|===!?\+?)(?:[ \t]|$)")
#: A table's delimiter row ("| --- | :-: |") and its cells between pipes.
TABLE_DELIMITER_RE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$")
TABLE_CELL_RE = re.compile(r"(?<=\|)([^|\n]*?(?:\\\|[^|\n]*?)*)(?=\||$)")
#: A footnote's definition ("[^1]: …"), whose text is prose.
FOOTNOTE_RE = re.compile(r"^ {0,3}\[\^[^\]]+\]:[ \t]*")
LINK_DEFINITION_RE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]")

#: Horizontal spaces other than the plain one, read as it in the prose ("Roger Ailes\xa0has": a
#: no-break space between words), and the horizontal bar some outlets set as their dash ("WASHINGTON ―
#: After …"), read as an em dash; the body keeps them.
OTHER_CHARACTERS_RE = re.compile("[\xa0\u1680\u2000-\u200a\u202f\u205f\u3000\u2015]")
BAR = "\u2015"

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
#: A line that ends a sentence: its last mark, before any closing quotes or brackets.
LINE_END_RE = re.compile(r"[.!?…:][\"'”’)\]*_]*\s*$")
#: Inline spans whose text is prose but which a sentence boundary must not cut.
LINK_TEXT_RE = re.compile(r"!?\[[^\]\n]*\](?=[(\[])")
EMPHASIS_RE = re.compile(r"(\*\*|\*|(?<!\w)__|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1", re.S)
EMPHASIS_DELIMITER_RE = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")
ESCAPE_RE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!<>|\"'])")


@dataclass(frozen=True)
class Block:
    """A run of prose that Markdown renders as one block (paragraph, heading, item)."""

    kind: BlockKind
    start: int
    end: int
    #: Index of the section (counted by headings) the block belongs to.
    section: int


def prose(body: str) -> Prose:
    mask = list(body)
    blocks = _scan_blocks(body, mask)
    plain = OTHER_CHARACTERS_RE.sub(lambda m: "—" if m.group() == BAR else " ", "".join(mask))
    return _mask_inline(plain, blocks)


def _blank(mask: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if mask[i] not in "\r\n":
            mask[i] = " "


def _one_paragraph_per_line(body: str) -> bool:
    """Plain text that puts each paragraph on a line of its own, with no blank line anywhere
    (as ``explainer import`` reads it), not a Markdown paragraph wrapped over several lines:
    every line ends a sentence."""
    lines = body.strip().splitlines()
    return len(lines) > 1 and all(LINE_END_RE.search(line) for line in lines)


def _scan_blocks(body: str, mask: list[str]) -> list[Block]:
    """Find prose blocks line by line; blank out everything that is not prose."""
    line_paragraphs = _one_paragraph_per_line(body)
    blocks: list[Block] = []
    section = 0
    open_kind: BlockKind | None = None
    open_start = open_end = 0
    fence: str | None = None
    in_html = False
    in_container = False
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
        if not line.strip():
            flush()
            in_html = False
            previous_blank = True
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        if in_container and indent == 0:
            in_container = False
        if CONTAINER_RE.match(line) or (in_container and CONTAINER_RE.match(line[indent:])):
            # The opener is syntax; its indented body is prose like any other.
            flush()
            _blank(mask, line_start, line_end)
            in_container, previous_blank = True, True
            continue
        if in_container:
            _blank(mask, line_start, line_start + indent)
            line_start += indent
            line = line[indent:]
        fence_match = FENCE_RE.match(line)
        if fence_match:
            flush()
            fence = fence_match.group(1)[0] * len(fence_match.group(1))
            _blank(mask, line_start, line_end)
            continue
        if in_html or (previous_blank and HTML_BLOCK_RE.match(line)):
            flush()
            in_html = True
            _blank(mask, line_start, line_end)
            continue
        indented_code = previous_blank and INDENTED_CODE_RE.match(line) and last_kind != "item"
        if TABLE_ROW_RE.match(line):
            # Each cell of a table row is prose of its own; pipes and the delimiter row are syntax.
            flush()
            _blank(mask, line_start, line_end)
            if not TABLE_DELIMITER_RE.match(line):
                for cell in TABLE_CELL_RE.finditer(body, line_start, line_end):
                    a, b = cell.span(1)
                    if body[a:b].strip():
                        mask[a:b] = body[a:b]
                        blocks.append(Block("paragraph", a, b, section))
            previous_blank = False
            continue
        footnote = FOOTNOTE_RE.match(line)
        if footnote:
            # "[^1]: The ministry said…": the label is syntax, the note's text is prose.
            flush()
            _blank(mask, line_start, line_start + footnote.end())
            open_kind, open_start, open_end, last_kind = "paragraph", line_start + footnote.end(), line_end, "paragraph"
            previous_blank = False
            continue
        if indented_code or LINK_DEFINITION_RE.match(line):
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
        quoted = _quote_prefixes(body, content, line_end)
        if quoted > content:
            content, kind = quoted, "quote"
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
            # "1. > Four-score…": the item's text is a quotation; its ">" is syntax, not prose.
            content = _quote_prefixes(body, content, line_end)
        _blank(mask, line_start, content)
        if (
            open_kind is None
            or kind == "item"
            or (kind == "quote") != (open_kind == "quote")
            or (line_paragraphs and open_kind == "paragraph")
        ):
            flush()
            open_kind = kind or "paragraph"
            open_start = content
            last_kind = open_kind
        open_end = text_end
    flush()
    return blocks


def _quote_prefixes(body: str, start: int, end: int) -> int:
    """Where the text starts after every blockquote marker at ``start`` ("> > Nested" counts two)."""
    while quote := QUOTE_PREFIX_RE.match(body[start:end]):
        start += quote.end()
    return start


@dataclass
class Prose:
    """The prose blocks of a body, and the body with everything that is not prose blanked out."""

    blocks: list[Block]
    mask: str
    #: Sorted, disjoint (start, end) spans a sentence boundary must not cut.
    unbreakable: list[tuple[int, int]]


def _mask_inline(masked: str, blocks: list[Block]) -> Prose:
    mask: list[str] = []
    unbreakable: list[tuple[int, int]] = []
    for block in blocks:
        if not INLINE_TRIGGER_RE.search(masked, block.start, block.end):
            continue  # plain prose: no markup to mask (most paragraphs of most articles)
        if not mask:
            mask = list(masked)
        # Link texts are found before their destinations are blanked (the destination tells a link).
        links = list(LINK_TEXT_RE.finditer(masked, block.start, block.end))
        for pattern in (CODE_SPAN_RE, UNSEEN_HTML_RE, AUTOLINK_RE, HTML_TAG_RE, LINK_DESTINATION_RE):
            for m in pattern.finditer(masked, block.start, block.end):
                _blank(mask, m.start(), m.end())
                unbreakable.append(m.span())
        for m in links:
            unbreakable.append(m.span())
            # The brackets are syntax: "The [World Health Organization](…) warned" reads as a name.
            _blank(mask, m.start(), m.start() + m.group().index("[") + 1)
            _blank(mask, m.end() - 1, m.end())
        current = "".join(mask[block.start : block.end])
        for m in EMPHASIS_RE.finditer(current):
            unbreakable.append((block.start + m.start(), block.start + m.end()))
        for m in ESCAPE_RE.finditer(current):
            mask[block.start + m.start()] = " "
        for m in EMPHASIS_DELIMITER_RE.finditer(current):
            _blank(mask, block.start + m.start(), block.start + m.end())
    return Prose(blocks, "".join(mask) if mask else masked, _merge_spans(unbreakable))


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
