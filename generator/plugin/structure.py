"""The site around the articles: listings by date, by source and by label, paginated.

Every listing is cut into pages of a fixed size, so no page grows with the
size of the site; the pages are virtual MkDocs files whose content the theme
renders from the objects here.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from markupsafe import Markup, escape

from ..analysis import LABELS, Analysis, Claim, Registry, RegistryEntry

#: Articles per listing page (home, a source, a label).
PAGE_SIZE = 50

T = TypeVar("T")


@dataclass
class ArticleInfo:
    """What listings need to know about one article."""

    src_uri: str
    url: str
    title: str
    published: str | None
    publisher: str | None
    original_url: str | None
    analysis: Analysis
    _claim_items: dict[str, str] | None = field(default=None, init=False, repr=False, compare=False)
    _summary: tuple[Analysis, dict[str, int]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def summary(self) -> dict[str, int]:
        """The label counts, counted once per analysis (every listing the article is on shows them)."""
        if self._summary is None or self._summary[0] is not self.analysis:
            self._summary = (self.analysis, self.analysis.summary())
        return self._summary[1]

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.published or "", self.title)

    def claim_items(self, label_words: Mapping[str, str]) -> dict[str, str]:
        """Each claim's listing item after the article's address: its anchor, its text as a reader
        sees it and its labels, escaped; made once (the marks are final by the time listings render)."""
        if self._claim_items is None:
            labels = {
                label: f'<span class="label label-{escape(label)}">{escape(word)}</span> '
                for label, word in label_words.items()
            }
            self._claim_items = {
                c.id: f'#claim-{escape(c.id)}">{escape(self.analysis.readable(c.start, c.end))}</a>'
                f'\n      <span class="claim-list-labels">{"".join(labels[label] for label in c.labels)}</span></li>'
                for c in self.analysis.claims
            }
        return self._claim_items


@dataclass
class ArticleClaims:
    """An article and the claims of it that a listing shows."""

    article: ArticleInfo
    claims: list[Claim]

    def items(self, article_url: str, label_words: Mapping[str, str]) -> Markup:
        """The listing's item for each claim, every value escaped. Made here, not claim by claim in
        Jinja: a label page lists thousands of claims, and each claim is on several pages."""
        href = escape(article_url)
        tails = self.article.claim_items(label_words)
        return Markup("".join(f'\n    <li><a href="{href}{tails[claim.id]}' for claim in self.claims))


@dataclass
class Pager(Generic[T]):
    """One page of a listing, with links to its neighbours (site-root URLs)."""

    items: Sequence[T]
    number: int
    count: int
    base: str

    def url(self, number: int) -> str:
        if number == 1:
            return self.base or "index.html"  # the site root, as a path MkDocs can make relative
        return f"{self.base}page/{number}/"

    @property
    def previous(self) -> str | None:
        return self.url(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.url(self.number + 1) if self.number < self.count else None


def pages(items: Sequence[T], base: str, size: int = PAGE_SIZE) -> list[Pager[T]]:
    count = max(1, math.ceil(len(items) / size))
    return [Pager(items[(n - 1) * size : n * size], n, count, base) for n in range(1, count + 1)]


def page_count(total: int, size: int = PAGE_SIZE) -> int:
    return max(1, math.ceil(total / size))


@dataclass
class SourceUse:
    """A source of the registry and the articles whose claims rest on it."""

    entry: RegistryEntry
    articles: list[ArticleClaims] = field(default_factory=list)

    @property
    def claim_count(self) -> int:
        return sum(len(a.claims) for a in self.articles)


@dataclass
class SiteIndex:
    """Everything the listings show, computed once from all analyses."""

    articles: list[ArticleInfo]
    sources: dict[str, SourceUse]
    labels: dict[str, list[ArticleClaims]]
    owners: dict[str, list[RegistryEntry]]
    unregistered: list[tuple[str, int]]
    #: Position of each article (by src_uri) in ``articles``.
    positions: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.positions = {a.src_uri: i for i, a in enumerate(self.articles)}

    def get(self, src_uri: str) -> ArticleInfo | None:
        index = self.positions.get(src_uri)
        return None if index is None else self.articles[index]

    @classmethod
    def build(cls, articles: Iterable[ArticleInfo], registry: Registry) -> SiteIndex:
        ordered = sorted(articles, key=lambda a: a.sort_key, reverse=True)
        sources = {entry.id: SourceUse(entry) for entry in registry}
        labels: dict[str, list[ArticleClaims]] = {label: [] for label in LABELS}
        unregistered: dict[str, int] = defaultdict(int)
        for article in ordered:
            # Claims by source, each once, in text order (dicts keep insertion order; ids are unique).
            by_source: dict[str, dict[str, Claim]] = defaultdict(dict)
            for claim in article.analysis.labelled:
                for source in claim.sources:
                    if source.id in sources:
                        by_source[source.id].setdefault(claim.id, claim)
                    elif source.kind != "anonymous":
                        unregistered[source.name] += 1
            for source_id, resting in by_source.items():
                sources[source_id].articles.append(ArticleClaims(article, list(resting.values())))
            for label in LABELS:
                claims = [c for c in article.analysis.labelled if label in c.labels]
                if claims:
                    labels[label].append(ArticleClaims(article, claims))
        return cls(
            articles=ordered,
            sources=sources,
            labels=labels,
            owners=registry.owners(),
            unregistered=sorted(unregistered.items(), key=lambda item: (-item[1], item[0])),
        )

    def ranked_sources(self) -> list[SourceUse]:
        return sorted(self.sources.values(), key=lambda s: (-s.claim_count, s.entry.name.casefold()))

    def neighbours(self, src_uri: str) -> tuple[ArticleInfo | None, ArticleInfo | None]:
        """The newer and the older article, for previous/next links."""
        index = self.positions.get(src_uri)
        if index is None:
            return None, None
        newer = self.articles[index - 1] if index > 0 else None
        older = self.articles[index + 1] if index + 1 < len(self.articles) else None
        return newer, older
