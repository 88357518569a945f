"""The Python-Markdown extension that annotates an article's claims.

All annotation happens here, so the same output comes from ``mkdocs build``,
``properdocs build``, the CLI, or a bare ``markdown.Markdown(extensions=[...])``.

Pipeline, by Python-Markdown stage:

1. preprocessor (before whitespace normalisation, so offsets are the body's):
   analyse the body and put a marker character at each claim's start and end;
2. treeprocessor (after inline markup is parsed, before the table of contents):
   wrap marked text in claim spans with a marker link beside each;
3. treeprocessor (before MkDocs collects the page's anchors, so links to
   ``#note-c7`` validate): add the sourcing summary at the top and the notes
   at the end, as outlines standing for the sections made as HTML;
4. postprocessor (last): drop stray markers, sanitise the article's HTML and
   put the sections in place of their outlines.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..analysis import Analysis, Claim, Orphan, Registry, ReviewSet, Source, analyze, load_registry
from ..problems import Problem
from . import render
from .interface import Ownership
from .render import SourceLink
from .sanitize import sanitize
from .wrap import insert_markers, neutralise_markers, strip_markers, wrap_claims


@dataclass
class PageJob:
    """What one conversion is: an article or not, with what around it, from what."""

    #: Off for pages that are not articles (home, about): then only sanitising runs.
    annotate: bool = True
    summary: bool = True
    notes: bool = True
    #: The article's language (front matter), else the extension's.
    language: str | None = None
    #: Editor entries to apply to the analysis made during conversion.
    review: ReviewSet | None = None
    #: An analysis of exactly the body to convert, made (or cached) and reviewed by the caller,
    #: with the review entries that found no anchor.
    precomputed: tuple[Analysis, list[Orphan]] | None = None


@dataclass
class PageResult:
    """What one conversion found."""

    analysis: Analysis | None
    #: Review entries that no longer match, and problems anchoring the others.
    orphans: list[Orphan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class ExplainerExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            # Defaults must not be None or bool: Python-Markdown coerces those to bool.
            "registry": [Registry(), "A loaded Registry (takes precedence over 'sources')."],
            "sources": ["", "Path of sources.yml, read when no registry is given."],
            "language": ["en", "Language of the cue lexicon used for analysis."],
            "summary": [True, "Insert the sourcing summary at the top."],
            "notes": [True, "Append the list of sourcing notes at the end."],
            "sanitize": [True, "Sanitise the final HTML (raw HTML in articles is untrusted)."],
            "source_link": [_no_link, "Callable(Source) -> URL of the source's page, or None."],
            "every_sentence": [
                False,
                "Wrap sentences without a mark in claim spans too (for the editor's mode, where any "
                "sentence can be given a mark); never for publishing.",
            ],
        }
        super().__init__(**kwargs)
        #: What the next conversion is (``start_page``); by default, every page is an article.
        self.job = PageJob(summary=bool(self.getConfig("summary")), notes=bool(self.getConfig("notes")))
        #: What the last conversion found (``page_result``).
        self.analysis: Analysis | None = None
        self.orphans: list[Orphan] = []
        self.problems: list[Problem] = []
        #: The elements of the interface built for the page being converted.
        self.ownership = Ownership()
        self._registry: Registry | None = None

    # -- the seam: one page in, one result out -------------------------------------------

    def start_page(self, job: PageJob) -> None:
        """Say what the next conversion is (a caller converting many pages, such as the plugin)."""
        self.job = job
        self.reset()

    def page_result(self) -> PageResult:
        """What the last conversion found."""
        return PageResult(self.analysis, list(self.orphans), list(self.problems))

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            given: Registry = self.getConfig("registry")
            if not given.entries and self.getConfig("sources"):
                given, _ = load_registry(Path(self.getConfig("sources")))
            self._registry = given
        return self._registry

    def wrapped(self, analysis: Analysis) -> list[Claim]:
        """The claims that get a span: the marked ones, or every sentence in the editor's mode."""
        return analysis.claims if self.getConfig("every_sentence") else analysis.labelled

    def source_url(self, source: Source) -> str | None:
        link: SourceLink = self.getConfig("source_link")
        return link(source)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        md.registerExtension(self)
        md.preprocessors.register(ClaimMarkers(md, self), "explainer_markers", 35)
        md.treeprocessors.register(ClaimSpans(md, self), "explainer_claims", 6)
        md.treeprocessors.register(SummaryAndNotes(md, self), "explainer_notes", 5.5)
        # Last of the tree stage: after the table of contents and MkDocs have read the ids.
        md.treeprocessors.register(Seal(md, self), "explainer_seal", -100)
        md.postprocessors.register(Finish(md, self), "explainer_finish", 1)

    def reset(self) -> None:
        self.analysis = None
        self.orphans, self.problems = [], []
        self.ownership = Ownership()

    def analyse(self, body: str) -> Analysis:
        job = self.job
        if job.precomputed is not None and job.precomputed[0].body == body:
            analysis, self.orphans = job.precomputed
            return analysis
        analysis = analyze(body, self.registry, job.language or self.getConfig("language"))
        if job.review is not None:
            self.orphans, self.problems = job.review.apply(analysis, self.registry)
        return analysis


class _UsesExtension:
    """A Python-Markdown processor that reads the extension's per-page state."""

    def __init__(self, md: Markdown, ext: ExplainerExtension) -> None:
        super().__init__(md)  # type: ignore[call-arg]
        self.ext = ext


def _no_link(source: Source) -> str | None:
    return None


class ClaimMarkers(_UsesExtension, Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if not self.ext.job.annotate:
            return lines
        body = "\n".join(lines)
        analysis = self.ext.analyse(body)
        self.ext.analysis = analysis
        spans = [(c.start, c.end) for c in self.ext.wrapped(analysis)]
        return insert_markers(neutralise_markers(body), spans).split("\n")


class ClaimSpans(_UsesExtension, Treeprocessor):
    def run(self, root: etree.Element) -> None:
        analysis = self.ext.analysis
        claims = self.ext.wrapped(analysis) if analysis else []
        ownership = self.ext.ownership

        def span(i: int) -> etree.Element:
            el = render.claim_span(claims[i])
            ownership.record(el, deep=False)  # it will hold the article's own inline elements
            return el

        def marker(i: int) -> etree.Element | None:
            if not claims[i].labels:
                return None  # a sentence without a mark (the editor's mode only)
            el = render.claim_marker(claims[i])
            ownership.record(el)
            return el

        wrap_claims(root, len(claims), span, marker)


class SummaryAndNotes(_UsesExtension, Treeprocessor):
    def run(self, root: etree.Element) -> None:
        analysis = self.ext.analysis
        if analysis is None or not analysis.claims:
            return
        registry, link, ownership = self.ext.registry, self.ext.source_url, self.ext.ownership
        if self.ext.job.summary:
            summary = render.summary_section(analysis, registry, link)
            # After the page's title when the article starts with one (a theme shows the # heading
            # as the page's title; the summary belongs under it).
            at = 0
            if len(root) and root[0].tag == "h1":
                at = 2 if len(root) > 1 and root[1].get("class") == "claim-marker" else 1
            root.insert(at, ownership.defer(render.summary_outline(), summary))
        if self.ext.job.notes and (analysis.labelled or self.ext.orphans):
            notes = render.notes_section(analysis, registry, link, self.ext.orphans)
            root.append(ownership.defer(render.notes_outline(analysis), notes))


class Seal(_UsesExtension, Treeprocessor):
    def run(self, root: etree.Element) -> None:
        self.ext.ownership.seal(root)


class Finish(_UsesExtension, Postprocessor):
    def run(self, text: str) -> str:
        text = strip_markers(text)
        ownership = self.ext.ownership
        if self.ext.getConfig("sanitize"):
            return ownership.splice(sanitize(text, ownership.filter))
        return ownership.unseal(text)


def makeExtension(**kwargs: Any) -> ExplainerExtension:  # noqa: N802 (Python-Markdown's API name)
    return ExplainerExtension(**kwargs)


__all__ = ["ExplainerExtension", "makeExtension"]
