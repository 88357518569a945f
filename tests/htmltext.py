"""Reading built HTML the way the text-fidelity invariant is stated."""

from __future__ import annotations

from html.parser import HTMLParser

#: Classes of the annotation UI: removing these leaves the article's own text.
ANNOTATION_CLASSES = frozenset({"claim-marker", "sourcing-summary", "claim-notes"})
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area", "base", "embed"})


class _Text(HTMLParser):
    def __init__(self, skip: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = skip
        self.depth_skipped = 0
        self.stack: list[bool] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        skipping = bool(classes & self.skip) or tag in ("script", "style")
        self.stack.append(skipping)
        if skipping:
            self.depth_skipped += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not self.stack:
            return
        if self.stack.pop():
            self.depth_skipped -= 1

    def handle_data(self, data: str) -> None:
        if not self.depth_skipped:
            self.parts.append(data)


def visible_text(html: str, skip: frozenset[str] = ANNOTATION_CLASSES) -> str:
    """Text of ``html`` without the annotation UI, whitespace collapsed."""
    parser = _Text(skip)
    parser.feed(html)
    return " ".join("".join(parser.parts).split())
