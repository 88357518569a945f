"""The annotation interface's namespace, and keeping article HTML out of it.

Marks, notes and badges are found by class and id (by the script, the styles
and the reader's eye). An article that wrote ``<li id="note-c1">`` or
``<span class="tag tag-corroborated">`` would impersonate them: the real mark
would open a forged note. So the interface's names are reserved, and article
HTML loses every reserved id, class and data attribute.

Telling ours from theirs: the elements explainer builds inside the article's
markup (claim spans, markers) are recorded while it builds them; at the very
end of the tree stage (after the table of contents and MkDocs have read the
ids) each guarded attribute of ours gets a per-page secret prefix. The
sanitiser then parses the whole page once, the way a browser would, keeps
prefixed values (dropping the prefix) and strips reserved names from
everything else: raw HTML included, which only appears after the tree stage.
Article text cannot guess the secret.

Whole sections of our own (the summary, the notes) never go through the
sanitiser: they are made as escaped HTML (``render``) and stand in the tree
only as an outline (their headings and ids, for the table of contents and
link checks). Sealing turns each outline into a paragraph holding the secret
and a number, which ``splice`` replaces with the section once the article's
HTML is sanitised.
"""

from __future__ import annotations

import re
import secrets
import xml.etree.ElementTree as etree

#: Classes of the interface (styles, script, templates); a class starting with one
#: of the prefixes is reserved too.
RESERVED_CLASSES = frozenset(
    {"claim", "tag", "label", "source", "count", "js", "pager", "search", "articles", "profile", "byline"}
    | {"visually-hidden", "skip-link", "publisher", "owners", "unregistered", "page-content", "orphans"}
)
RESERVED_CLASS_PREFIXES = (
    "claim-", "claims-", "mark-", "note-", "tag-", "label-", "source-", "sources-", "count-", "bar-", "profile-",
    "summary-", "sourcing-", "article-", "site-", "reader-", "plain-", "orphans-", "pager-", "search-",
)  # fmt: skip
#: Ids of the interface: per-claim ids (claim-, mark-, note-) and those of its sections.
RESERVED_ID_RE = re.compile(r"(?:claim|mark|note|sourcing|summary|orphans)-.*|orphans", re.IGNORECASE)
#: Attributes only the interface may set: what the script reads, what makes a popover, what search obeys.
RESERVED_ATTRIBUTES = frozenset(
    {"data-claim-id", "data-labels", "data-label", "data-origin", "data-anchored"}
    | {"popover", "popovertarget", "popovertargetaction"}
)
RESERVED_ATTRIBUTE_PREFIXES = ("data-pagefind", "data-search")
#: Attributes whose values name the interface, and which article HTML must not use to imitate it.
GUARDED_ATTRIBUTES = frozenset({"id", "name", "class"}) | RESERVED_ATTRIBUTES


def is_reserved_class(name: str) -> bool:
    folded = name.lower()
    return folded in RESERVED_CLASSES or folded.startswith(RESERVED_CLASS_PREFIXES)


def _is_reserved_attribute(attribute: str) -> bool:
    return attribute in RESERVED_ATTRIBUTES or attribute.startswith(RESERVED_ATTRIBUTE_PREFIXES)


def _author_value(attribute: str, value: str) -> str | None:
    """What article HTML keeps of an attribute: None drops it."""
    if _is_reserved_attribute(attribute):
        return None
    if attribute in ("id", "name"):
        return None if RESERVED_ID_RE.fullmatch(value.strip()) else value
    if attribute == "class":
        kept = [name for name in value.split() if not is_reserved_class(name)]
        return " ".join(kept) or None
    return value


class Ownership:
    """Which elements of one page explainer made, and the secret that proves it after serialisation."""

    def __init__(self) -> None:
        self.secret = f"xp{secrets.token_hex(8)}:"
        self._ours: set[int] = set()
        #: Keeps recorded elements alive, so their ids are not reused by other objects.
        self._alive: list[etree.Element] = []
        #: Sections made as HTML: the outline standing in the tree, and the section.
        self._deferred: list[tuple[etree.Element, str]] = []

    def record(self, element: etree.Element, *, deep: bool = True) -> None:
        """Mark ``element`` (and, with ``deep``, everything inside it) as the interface's."""
        for el in element.iter() if deep else (element,):
            self._ours.add(id(el))
            self._alive.append(el)

    def defer(self, outline: etree.Element, html: str) -> etree.Element:
        """``outline`` stands in the tree for the section ``html`` until ``splice``; returned for inserting."""
        self._deferred.append((outline, html))
        return outline

    def splice(self, html: str) -> str:
        """The page with each deferred section where its outline was."""
        for number, (_, section) in enumerate(self._deferred):
            html = html.replace(f"<p>{self.secret}{number}</p>", section, 1)
        return html

    def seal(self, root: etree.Element) -> None:
        """Prefix our guarded attributes with the secret; strip reserved names from the article's elements;
        turn each deferred section's outline into its placeholder."""
        for number, (outline, _) in enumerate(self._deferred):
            tail = outline.tail
            outline.clear()  # clears the tail too
            outline.tag, outline.text, outline.tail = "p", f"{self.secret}{number}", tail
        for el in root.iter():
            ours = id(el) in self._ours
            for attribute, value in list(el.attrib.items()):
                if attribute not in GUARDED_ATTRIBUTES and not _is_reserved_attribute(attribute):
                    continue
                if ours:
                    el.set(attribute, self.secret + value)
                    continue
                kept = _author_value(attribute, value)
                if kept is None:
                    del el.attrib[attribute]
                elif kept != value:
                    el.set(attribute, kept)
        self._ours.clear()
        self._alive.clear()

    def filter(self, element: str, attribute: str, value: str) -> str | None:
        """nh3's attribute filter: our values lose the secret, the article's lose reserved names."""
        if attribute not in GUARDED_ATTRIBUTES and not _is_reserved_attribute(attribute):
            return value
        if value.startswith(self.secret):
            return value[len(self.secret) :]
        return _author_value(attribute, value)

    def unseal(self, html: str) -> str:
        """Drop the secret where nothing sanitises the page (the site turned sanitising off)."""
        return self.splice(html).replace(self.secret, "")
