"""Turn claim boundaries marked in the source into ``<span class="claim">`` elements.

The preprocessor puts one private-use character at each claim's start and end
(``start_marker``/``end_marker``); Markdown parses the text as usual, and here,
in the finished element tree, the text between a pair becomes a span. Markers
are single characters with no Markdown meaning, so they never change how the
text renders, and whatever cannot be wrapped is simply removed: the visible text
is always exactly Markdown's.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from dataclasses import dataclass

START_BASE = 0xF0000  # Supplementary Private Use Area-A
END_BASE = 0x100000  # Supplementary Private Use Area-B
MAX_CLAIMS = 0xFFFD
MARKER_RE = re.compile("[\U000f0000-\U000ffffd\U00100000-\U0010fffd]")

#: Elements a claim span may sit in: those whose content is phrasing content.
INLINE_CONTAINERS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption", "figcaption"}
    | {"a", "em", "strong", "b", "i", "span", "q", "cite", "mark", "small", "sub", "sup", "del", "ins", "u", "s"}
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def start_marker(index: int) -> str:
    return chr(START_BASE + index)


def end_marker(index: int) -> str:
    return chr(END_BASE + index)


def neutralise_markers(text: str) -> str:
    """``text`` with any character of the markers' range replaced (same length, offsets kept).

    Private-use characters mean nothing on the web, but one written into an
    article would be taken for a marker and move a claim's edges.
    """
    return MARKER_RE.sub("\ufffd", text) if MARKER_RE.search(text) else text


def insert_markers(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with a start and end marker around each span (spans sorted, disjoint)."""
    out: list[str] = []
    pos = 0
    for index, (start, end) in enumerate(spans[:MAX_CLAIMS]):
        out += [text[pos:start], start_marker(index), text[start:end], end_marker(index)]
        pos = end
    out.append(text[pos:])
    return "".join(out)


@dataclass
class _Slot:
    """A run of text in the tree: ``parent.text`` (index 0) or ``parent[index - 1].tail``."""

    parent: etree.Element
    index: int

    def get(self) -> str:
        if self.index == 0:
            return self.parent.text or ""
        return self.parent[self.index - 1].tail or ""

    def set(self, value: str) -> None:
        if self.index == 0:
            self.parent.text = value or None
        else:
            self.parent[self.index - 1].tail = value or None


def _slots(root: etree.Element) -> Iterator[_Slot]:
    for el in root.iter():
        for index in range(len(el) + 1):
            yield _Slot(el, index)


def wrap_claims(
    root: etree.Element,
    count: int,
    make_span: Callable[[int], etree.Element],
    make_marker: Callable[[int], etree.Element | None],
) -> set[int]:
    """Wrap each marked claim in ``make_span(i)`` followed by ``make_marker(i)`` (if it has one).

    Returns the indices that were wrapped; the rest could not be placed without
    breaking the document's structure and are left as plain text.
    """
    parents = {child: parent for parent in root.iter() for child in parent}
    located: dict[str, _Slot] = {}
    for slot in _slots(root):
        for ch in MARKER_RE.findall(slot.get()):
            located[ch] = slot
    wrapped: set[int] = set()
    for index in range(min(count, MAX_CLAIMS)):
        start, end = start_marker(index), end_marker(index)
        if start not in located or end not in located:
            continue
        container = _hoist(located, start, end, parents)
        if container is None or container.tag not in INLINE_CONTAINERS:
            continue
        span = make_span(index)
        if not _wrap_in(container, start, end, span):
            continue
        marker = make_marker(index)
        owner = container if marker is None else _place_marker(span, container, marker, parents)
        wrapped.add(index)
        # Wrapping moved text runs around inside these two elements only.
        for scope in {container, owner}:
            for el in scope.iter():
                for child in el:
                    parents[child] = el
            for slot in _slots(scope):
                for ch in MARKER_RE.findall(slot.get()):
                    located[ch] = slot
    _strip_markers(root)
    return wrapped


def _ancestors(el: etree.Element, parents: dict[etree.Element, etree.Element]) -> list[etree.Element]:
    chain = [el]
    while chain[-1] in parents:
        chain.append(parents[chain[-1]])
    return chain


def _hoist(
    located: dict[str, _Slot], start: str, end: str, parents: dict[etree.Element, etree.Element]
) -> etree.Element | None:
    """Move the markers up until both sit in text runs of the same element.

    A claim that starts inside ``<em>`` and ends after it grows to hold the whole
    ``<em>``: never splitting inline markup matters more than an exact edge.
    """
    a, b = located[start], located[end]
    if a.parent is b.parent:
        return a.parent if a.index <= b.index else None
    chain_a = _ancestors(a.parent, parents)
    chain_b = _ancestors(b.parent, parents)
    common = next((el for el in chain_a if el in chain_b), None)
    if common is None:
        return None
    if a.parent is not common:
        child = chain_a[chain_a.index(common) - 1]
        a.set(a.get().replace(start, ""))
        slot = _Slot(common, list(common).index(child))
        slot.set(slot.get() + start)
        located[start] = slot
    if b.parent is not common:
        child = chain_b[chain_b.index(common) - 1]
        b.set(b.get().replace(end, ""))
        slot = _Slot(common, list(common).index(child) + 1)
        slot.set(end + slot.get())
        located[end] = slot
    if located[start].index > located[end].index:
        return None
    return common


def _wrap_in(parent: etree.Element, start: str, end: str, span: etree.Element) -> bool:
    slots = [_Slot(parent, i) for i in range(len(parent) + 1)]
    i = next((s.index for s in slots if start in s.get()), None)
    j = next((s.index for s in slots if end in s.get()), None)
    if i is None or j is None or j < i:
        return False
    first = slots[i].get()
    before, _, rest = first.partition(start)
    if i == j:
        inside, _, after = rest.partition(end)
        span.text = inside or None
        slots[i].set(before)
        parent.insert(i, span)
        span.tail = after or None
        return True
    span.text = rest or None
    slots[i].set(before)
    moved = list(parent)[i:j]
    for child in moved:
        parent.remove(child)
        span.append(child)
    last = moved[-1]
    inside, _, after = (last.tail or "").partition(end)
    last.tail = inside or None
    parent.insert(i, span)
    span.tail = after or None
    return True


def _place_marker(
    span: etree.Element,
    container: etree.Element,
    marker: etree.Element,
    parents: dict[etree.Element, etree.Element],
) -> etree.Element:
    """Put the marker right after the claim; after the whole heading for a heading claim.

    Outside the heading, the marker's words stay out of the table of contents
    and out of the heading's permalink text. Returns the marker's parent.
    """
    heading = next((el for el in _ancestors(container, parents) if el.tag in HEADINGS), None)
    if heading is not None and heading in parents:
        owner = parents[heading]
        owner.insert(list(owner).index(heading) + 1, marker)
        marker.tail, heading.tail = heading.tail, None
        return owner
    container.insert(list(container).index(span) + 1, marker)
    marker.tail, span.tail = span.tail, None
    return container


def _strip_markers(root: etree.Element) -> None:
    for el in root.iter():
        if el.text and MARKER_RE.search(el.text):
            el.text = MARKER_RE.sub("", el.text)
        if el.tail and MARKER_RE.search(el.tail):
            el.tail = MARKER_RE.sub("", el.tail)
        for key, value in el.attrib.items():
            if MARKER_RE.search(value):
                el.set(key, MARKER_RE.sub("", value))


def strip_markers(html: str) -> str:
    """Remove any marker that reached the output outside the tree (raw HTML)."""
    return MARKER_RE.sub("", html)
