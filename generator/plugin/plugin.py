"""The ``explainer`` MkDocs plugin: site assembly around the Markdown extension.

The plugin stays thin: it loads the source registry, hands the extension to
MkDocs, tells it which pages are articles, collects each article's analysis
for the home page and writes ``claims.json``. Annotation itself is the
extension's job, so the core would survive a move to another engine.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..analysis import LABEL_WORDS, LABELS, Analysis, Registry, load_registry
from ..annotate import ExplainerExtension
from ..checks import prepare
from ..content import decode
from ..fsutil import write_atomic
from ..problems import ContentError, Problem
from .config import ExplainerConfig
from .exports import claim_reviews, script_json, web_annotations

log = logging.getLogger("mkdocs.plugins.explainer")


@dataclass
class ArticleInfo:
    """What the home page and later site pages need to know about one article."""

    title: str
    url: str
    src_uri: str
    published: str | None
    publisher: str | None
    original_url: str | None
    analysis: Analysis

    @property
    def summary(self) -> dict[str, int]:
        return self.analysis.summary()


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    def __init__(self) -> None:
        self.registry = Registry()
        self.extension: ExplainerExtension | None = None
        self.articles: dict[str, ArticleInfo] = {}

    # on_config: the extension must be in markdown_extensions before any page is rendered.
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        sources = Path(config.docs_dir) / self.config.sources
        try:
            self.registry, problems = load_registry(sources)
        except ContentError as exc:
            raise PluginError(str(exc.problem)) from exc
        for problem in problems:
            _report(problem)
        self.extension = ExplainerExtension(
            registry=self.registry,
            language=self.config.language,
            summary=self.config.summary,
            notes=self.config.notes,
        )
        config.markdown_extensions.append(self.extension)  # type: ignore[arg-type]
        self.articles = {}
        return config

    # on_files: the registry and review sidecars are data for the build, not pages to
    # publish; an article MkDocs could not even read is reported here and left out,
    # so one bad file does not stop the rest of the site.
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        pages = {file.src_uri for file in files if file.src_uri.endswith(".md")}
        for file in list(files):
            if file.src_uri == self.config.sources or file.src_uri.endswith(".claims.yml"):
                files.remove(file)
                article = file.src_uri.removesuffix(".claims.yml") + ".md"
                if file.src_uri.endswith(".claims.yml") and article not in pages:
                    shown = self._shown(config, file.src_uri)
                    _report(Problem(shown, None, "review file without an article beside it; rename or delete it"))
            elif file.src_uri.endswith(".md") and file.abs_src_path:
                try:
                    decode(Path(file.abs_src_path).read_bytes(), self._shown(config, file.src_uri))
                except ContentError as exc:
                    _report(exc.problem)
                    files.remove(file)
        return files

    def _shown(self, config: MkDocsConfig, src_uri: str) -> str:
        return f"{Path(config.docs_dir).name}/{src_uri}"

    def is_article(self, page: Page) -> bool:
        folder = self.config.articles.strip("/")
        return page.file.src_uri.startswith(f"{folder}/")

    # on_page_markdown: runs just before this page's Markdown is converted, so the
    # extension can be switched on (articles) or off (home, about) per page.
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        assert self.extension is not None
        article = self.is_article(page)
        self.extension.setConfig("summary", article and self.config.summary)
        self.extension.setConfig("notes", article and self.config.notes)
        self.extension.enabled = article
        self.extension.review = None
        self.extension.page_language = self.config.language
        if article and page.file.abs_src_path:
            prepared = prepare(Path(page.file.abs_src_path), self._shown(config, page.file.src_uri), self.registry)
            for problem in prepared.problems:
                _report(problem)
            self.extension.review = prepared.review
            if prepared.article is not None:
                self.extension.page_language = str(prepared.article.meta.get("language") or self.config.language)
        return markdown

    # on_page_content: the extension has just converted this page; keep its analysis.
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        assert self.extension is not None
        for problem in self.extension.problems:
            _report(problem)
        if self.is_article(page) and self.extension.analysis is not None:
            published = page.meta.get("published")
            self.articles[page.file.src_uri] = ArticleInfo(
                title=page.title or page.file.name,
                url=page.url,
                src_uri=page.file.src_uri,
                published=str(published) if published else None,
                publisher=page.meta.get("publisher"),
                original_url=page.meta.get("original_url"),
                analysis=self.extension.analysis,
            )
        return html

    # on_page_context: every page has been converted by now (MkDocs renders all
    # Markdown before any template), so the home page can list every article.
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        # MkDocs' TemplateContext is a closed TypedDict; themes receive extra keys all the same.
        articles = sorted(self.articles.values(), key=lambda a: (a.published or "", a.title), reverse=True)
        context["articles"] = articles  # type: ignore[typeddict-unknown-key]
        info = self.articles.get(page.file.src_uri)
        context["article"] = info  # type: ignore[typeddict-unknown-key]
        if info is not None:
            reviews = claim_reviews(
                info.analysis,
                _absolute(page),
                author=config.site_author or config.site_name,
                published=info.published,
                original_url=info.original_url,
                publisher=info.publisher,
                today=date.today().isoformat(),
            )
            context["claim_reviews_json"] = [script_json(r) for r in reviews]  # type: ignore[typeddict-unknown-key]
        return context

    # on_env: before any template is loaded, so every template of the theme escapes
    # what it prints (titles and publishers come from untrusted front matter).
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        env.autoescape = True
        env.globals["label_words"] = LABEL_WORDS
        env.globals["labels"] = LABELS
        return env

    # on_post_page: the page's folder exists in site_dir now; put claims.json beside it.
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        info = self.articles.get(page.file.src_uri)
        if info is not None and self.config.claims_json:
            target = Path(config.site_dir) / Path(page.file.dest_uri).parent / "claims.json"
            data = {"version": 1, **info.analysis.to_json(self._shown(config, info.src_uri), info.title)}
            write_atomic(target, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
            annotations = web_annotations(info.analysis, _absolute(page), info.title)
            write_atomic(
                target.with_name("annotations.jsonld"), json.dumps(annotations, ensure_ascii=False, indent=1) + "\n"
            )
        return output


def _absolute(page: Page) -> str:
    """The page's address: absolute when ``site_url`` is set (as it is for publishing)."""
    return page.canonical_url or page.url


def _report(problem: Problem) -> None:
    """Problems become MkDocs warnings: shown in every build, fatal under ``--strict``."""
    log.warning(str(problem))
