"""The ``explainer`` MkDocs plugin: site assembly around the Markdown extension.

The plugin reads and analyses every article once (cached by content hash),
hands each page's analysis to the extension that renders it, adds the pages
around the articles (home, sources, labels, search) and writes the exports.
Annotation itself is the extension's job, so the core would survive a move
to another engine.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
from importlib.metadata import version
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, Template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext, url_filter

from ..analysis import LABEL_WORDS, LABELS, Analysis, Orphan, Registry, Source, load_registry
from ..annotate import ASSETS, ASSETS_URL, ExplainerExtension, PageJob
from ..checks import Prepared, prepare
from ..content import FIRST_HEADING_RE, active_file_problem, mkdocs_source
from ..fsutil import OUTSIDE_LINK, BackgroundWriter, link_outside
from ..problems import ContentError, Problem
from .cache import AnalysisCache, HtmlCache, PageCache, SearchCache, files_digest
from .config import ExplainerConfig
from .converted import Converted, Recorder, skip_conversion, unpack
from .exports import article_exports, atom_feed, claim_reviews, page_claims, script_json, site_claims
from .parallel import analyse_many
from .progress import Progress
from .search import SearchIndexer
from .staging import Staging
from .structure import ArticleInfo, SiteIndex, page_count, pages

log = logging.getLogger("mkdocs.plugins.explainer")

#: Links to a folder ("../x/", "..", "../x/#c2"): the only ones that get an explicit index.html.
HREF_RE = re.compile(r'href="((?:[^"#?:]*/|\.\.?)(?:#[^"]*)?)"')
DEFAULT_SOURCES = "sources.yml"
#: A template only explainer's own theme has: with it, the plugin may set up the theme's
#: environment (escaping) and links (working from disk); any other theme is left as it is.
OWN_THEME_TEMPLATE = "partials/explainer-theme.html"
#: The content of the pages the plugin generates, for any theme.
TEMPLATES = Path(__file__).parent / "templates"
#: The context key under which a page finished by an earlier build is handed to its template.
REUSED = "explainer_reused_page"
#: Settings that change no page (where the build goes, how it is served) or are in the key otherwise.
UNSIGNED_SETTINGS = frozenset(
    {"config_file_path", "site_dir", "dev_addr", "watch", "strict", "plugins", "theme", "markdown_extensions"}
)


class ReusableTemplate(Template):
    """A page template that hands back a page finished by an earlier build instead of rendering it
    again (the theme's templates are the same, and so is everything the page shows)."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        reused = dict(*args, **kwargs).get(REUSED)
        return reused if isinstance(reused, str) else super().render(*args, **kwargs)


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    def __init__(self) -> None:
        self.registry = Registry()
        self.extension: ExplainerExtension | None = None
        self.prepared: dict[str, tuple[Prepared, Analysis, list[Orphan]]] = {}
        self.site: SiteIndex | None = None
        #: Virtual pages: src_uri -> (kind, key, page number).
        self.virtual: dict[str, tuple[str, str, int]] = {}
        #: The page being converted and the site's files, for links the extension makes.
        self._rendering: tuple[File, Files] | None = None
        #: Converted article HTML, compressed until its template is rendered.
        self._held: dict[str, bytes] = {}
        #: Exports and cache files are written on threads while pages render.
        self.writer = BackgroundWriter()
        self.html_cache = HtmlCache(Path(".cache"), "", self.writer)
        #: Article pages found in the cache, and keys to store fresh conversions under.
        self._cached_html: dict[str, Converted] = {}
        self._html_keys: dict[str, str] = {}
        #: Finished pages of earlier builds, and keys to store this build's under (by page).
        self.page_cache = PageCache(Path(".cache"), self.writer)
        self._page_keys: dict[str, str] = {}
        self._site_signed = False
        #: Each article's serialised exports (compressed), from conversion to on_post_build.
        self._exports: dict[str, bytes] = {}
        #: What each page's conversion logs, kept with its cached result.
        self._recorder = Recorder()
        #: Pagefind, indexing pages as they are written (started with the first one).
        self._search: SearchIndexer | None = None
        #: Last build's search index; with one, pages are only hashed until the build's end.
        self.search_cache: SearchCache | None = None
        self._defer_search = False
        #: Each indexed page: its address, the digest of its HTML and where it was written.
        self._indexed: list[tuple[str, str, str]] = []
        #: The build goes into a staging folder, swapped in when it succeeded.
        self.staging = Staging()
        self._config: MkDocsConfig | None = None
        self.own_theme = True
        self.pagefind = True
        self._generated_env: Environment | None = None

    # on_config: the extension must be in markdown_extensions before any page is rendered.
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._config = config
        self.own_theme = OWN_THEME_TEMPLATE in config.theme.get_env().list_templates()
        self.pagefind = self.own_theme if self.config.search is None else self.config.search
        if not self.own_theme:
            # Any other theme gets the marks' stylesheet and script the way it gets the site's own.
            for asset in ASSETS:
                target = config.extra_css if asset.suffix == ".css" else config.extra_javascript
                if f"{ASSETS_URL}/{asset.name}" not in target:
                    target.append(f"{ASSETS_URL}/{asset.name}")
        self.staging.begin(config)
        self._check_options(config)
        sources = Path(config.docs_dir) / self.config.sources
        try:
            self.registry, problems = load_registry(sources, root=Path(config.docs_dir))
        except ContentError as exc:
            raise PluginError(str(exc.problem)) from exc
        for problem in problems:
            _report(problem)
        self.extension = ExplainerExtension(
            registry=self.registry,
            language=self.config.language,
            summary=self.config.summary,
            notes=self.config.notes,
            source_link=self._source_link,
            every_sentence=self.config.review_layer,
        )
        config.markdown_extensions.append(self.extension)  # type: ignore[arg-type]
        self.prepared, self.virtual, self.site, self._held, self._exports = {}, {}, None, {}, {}
        return config

    def _check_options(self, config: MkDocsConfig) -> None:
        """Options that name files and folders must name ones that exist: a typo would otherwise
        switch the registry or every mark off without a word."""
        docs = Path(config.docs_dir)
        sources = docs / self.config.sources
        if self.config.sources != DEFAULT_SOURCES and not sources.is_file():
            raise PluginError(
                f"explainer: sources: {self.config.sources} is not a file in {docs.name}/; "
                "fix the option or create the registry"
            )
        if not (docs / self.config.articles).is_dir():
            _report(
                Problem(
                    f"{Path(config.config_file_path).name}",
                    None,
                    f"explainer: articles: {docs.name}/{self.config.articles.strip('/')} is not a folder, "
                    "so no page is annotated; fix the option or create the folder",
                    "warning",
                )
            )

    # on_files: every article is read and analysed here, before any page renders,
    # because the listings (how many pages per source, per label) depend on all of
    # them. Data files are removed from the output, and virtual pages are added.
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        docs = Path(config.docs_dir)
        pages_by_uri = {f.src_uri for f in files if f.src_uri.endswith(".md")}
        articles: list[tuple[File, Prepared]] = []
        templates = set(config.theme.get_env().list_templates()) - set(config.theme.static_templates)
        for file in list(files):
            uri = file.src_uri
            if file.src_dir is None or Path(file.src_dir).resolve() != docs.resolve():
                continue  # the theme's own files and generated ones
            refused = self._refusal(file, docs)
            if refused is not None:
                _report(Problem(self._shown(config, uri), None, refused))
                files.remove(file)
                continue
            if uri == self.config.sources or uri.endswith(".claims.yml"):
                files.remove(file)
                if uri.endswith(".claims.yml") and uri.removesuffix(".claims.yml") + ".md" not in pages_by_uri:
                    shown = self._shown(config, uri)
                    _report(Problem(shown, None, "review file without an article beside it; rename or delete it"))
                continue
            if not uri.endswith(".md") or not file.abs_src_path:
                continue
            prepared = prepare(Path(file.abs_src_path), self._shown(config, uri), self.registry, docs)
            for problem in prepared.problems:
                _report(problem)
            if prepared.article is None:
                files.remove(file)  # unreadable: reported above; the rest of the site still builds
            elif self._is_article_uri(uri):
                self._check_template(prepared, templates)
                articles.append((file, prepared))
        folder = Path(config.config_file_path).parent / self.config.cache_dir
        cache = AnalysisCache(folder, self.registry, self.writer)
        context = json.dumps(
            [
                sorted(pages_by_uri),
                config.use_directory_urls,
                # The exports hold the page's address and the article's path as shown.
                config.site_url,
                Path(config.docs_dir).name,
                # Extension objects print with their address: name them by class instead.
                [e if isinstance(e, str) else type(e).__name__ for e in config.markdown_extensions],
                config.mdx_configs,
                sorted(self.config.items()),
            ],
            default=repr,
        )
        self.html_cache = HtmlCache(folder, cache.salt + context, self.writer)
        self.page_cache = PageCache(folder, self.writer)
        self._page_keys, self._site_signed = {}, False
        self.search_cache = SearchCache(folder, f"{cache.salt}/{version('pagefind_bin')}", self.writer)
        self._defer_search = self.pagefind and self.search_cache.exists()
        self._indexed = []
        analyses = self._analyse_all([prepared for _, prepared in articles], cache)
        infos = [
            self._info_for(file, prepared, analysis)
            for (file, prepared), analysis in zip(articles, analyses, strict=True)
        ]
        self.site = SiteIndex.build(infos, self.registry)
        self._add_virtual_pages(files, config)
        for asset in ASSETS:
            uri = f"{ASSETS_URL}/{asset.name}"
            if files.get_file_from_path(uri) is None:  # the site may ship its own version
                files.append(File.generated(config, uri, abs_src_path=str(asset)))
        return files

    def _refusal(self, file: File, docs: Path) -> str | None:
        """Why a content file must not be published (nor read), if it must not."""
        if file.abs_src_path is None:
            return None
        if link_outside(Path(file.abs_src_path), docs) is not None:
            return OUTSIDE_LINK
        return active_file_problem(file.src_uri, self.config.allow_active)

    def _check_template(self, prepared: Prepared, templates: set[str]) -> None:
        """``template:`` must name a page template of the theme (not 404.html, not a partial)."""
        article = prepared.article
        assert article is not None
        name = article.meta.get("template")
        if name is not None and name not in templates:
            _report(
                Problem(
                    article.path,
                    None,
                    f"template: the theme has no page template '{name}'; remove the key or use one of "
                    f"{', '.join(sorted(t for t in templates if '/' not in t))}",
                )
            )
            del article.meta["template"]

    def _language(self, prepared: Prepared) -> str:
        assert prepared.article is not None
        return str(prepared.article.meta.get("language") or self.config.language)

    def _analyse_all(self, prepared: list[Prepared], cache: AnalysisCache) -> list[Analysis]:
        """Every article's analysis: from the cache, or made now (on all cores for many)."""
        progress = Progress("Analysing articles", len(prepared))
        results: list[Analysis | None] = []
        for item in prepared:
            assert item.article is not None
            results.append(cache.get(item.article.body, self._language(item)))
            if results[-1] is not None:
                progress.step()
        missing = [i for i, result in enumerate(results) if result is None]
        jobs: list[tuple[str, str]] = []
        for i in missing:
            article = prepared[i].article
            assert article is not None
            jobs.append((article.body, self._language(prepared[i])))
        for index, job, analysis in zip(missing, jobs, analyse_many(jobs, self.registry), strict=True):
            cache.put(*job, analysis)
            results[index] = analysis
            progress.step()
        progress.done(f"{cache.hits} from cache")
        return [r for r in results if r is not None]

    def _info_for(self, file: File, prepared: Prepared, analysis: Analysis) -> ArticleInfo:
        article = prepared.article
        assert article is not None
        orphans: list[Orphan] = []
        if prepared.review is not None:
            # Reviewed here, not at render time, so that source and label pages show editors' labels.
            orphans, problems = prepared.review.apply(analysis, self.registry)
            for problem in problems:
                _report(problem)
        self.prepared[file.src_uri] = (prepared, analysis, orphans)
        title = article.meta.get("title") or (m.group(1) if (m := FIRST_HEADING_RE.search(article.body)) else file.name)
        published = article.meta.get("published")
        return ArticleInfo(
            src_uri=file.src_uri,
            url=file.url,
            title=str(title),
            published=str(published) if published else None,
            publisher=article.meta.get("publisher"),
            original_url=article.meta.get("original_url"),
            analysis=analysis,
        )

    def _add_virtual_pages(self, files: Files, config: MkDocsConfig) -> None:
        assert self.site is not None
        wanted: list[tuple[str, str, str, int, str]] = []
        # The home page lists the articles in explainer's theme only (another theme's home page
        # is the site's own), so only there does the listing go on over further pages.
        pages_on = page_count(len(self.site.articles)) if self.own_theme else 1
        for number in range(2, pages_on + 1):
            wanted.append((f"page/{number}/index.md", "home", "", number, f"Articles, page {number}"))
        wanted.append(("sources/index.md", "sources", "", 1, "Sources"))
        for source_id, use in self.site.sources.items():
            for number in range(1, page_count(len(use.articles)) + 1):
                suffix = "" if number == 1 else f"page/{number}/"
                title = use.entry.name if number == 1 else f"{use.entry.name}, page {number}"
                wanted.append((f"sources/{source_id}/{suffix}index.md", "source", source_id, number, title))
        for label in LABELS:
            for number in range(1, page_count(len(self.site.labels[label])) + 1):
                suffix = "" if number == 1 else f"page/{number}/"
                title = f"{LABEL_WORDS[label]} claims" + ("" if number == 1 else f", page {number}")
                wanted.append((f"labels/{label}/{suffix}index.md", "label", label, number, title))
        if self.pagefind:
            wanted.append(("search/index.md", "search", "", 1, "Search"))
        for src_uri, kind, key, number, title in wanted:
            if ".." in PurePosixPath(src_uri).parts:
                raise PluginError(f"refusing to create the page {src_uri}: it would be outside the site")
            if files.get_file_from_path(src_uri) is not None:
                continue  # the site defines this page itself
            front = json.dumps(title)  # JSON strings are valid YAML scalars
            generated = File.generated(config, src_uri, content=f"---\ntitle: {front}\n---\n")
            generated.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(generated)
            self.virtual[src_uri] = (kind, key, number)

    # on_page_read_source: MkDocs is about to read an article's file; it gets the article
    # as check read it (validated front matter, whole body) instead.
    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        found = self.prepared.get(page.file.src_uri)
        info = self._info(page.file.src_uri) if self.site is not None else None
        if found is None or found[0].article is None or info is None:
            return None
        article = found[0].article
        return mkdocs_source({**article.meta, "title": info.title}, article.body)

    def _is_article_uri(self, src_uri: str) -> bool:
        return src_uri.startswith(self.config.articles.strip("/") + "/")

    def _shown(self, config: MkDocsConfig, src_uri: str) -> str:
        return f"{Path(config.docs_dir).name}/{src_uri}"

    def _source_link(self, source: Source) -> str | None:
        """Link from the page being converted to a registry source's page, as MkDocs writes links
        between pages (the notes are made as HTML, after MkDocs rewrites the tree's links)."""
        if source.id not in self.registry or self._rendering is None:
            return None
        page, files = self._rendering
        target = files.get_file_from_path(f"sources/{source.id}/index.md")
        return target.url_relative_to(page) if target is not None else None

    # on_page_markdown: just before this page's Markdown is converted; the extension
    # is switched on for articles and given the analysis made in on_files. Last of
    # all plugins, so that what is converted (or reused) is the page as they left it.
    @event_priority(-100)
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        assert self.extension is not None
        self._rendering = (page.file, files)
        self.extension.start_page(self._job(page, markdown))
        if page.file.src_uri not in self._cached_html:
            self._recorder.start()
            return markdown
        # Converted before, identically: MkDocs converts nothing (on_page_content hands the page
        # what the conversion found).
        info = self._info(page.file.src_uri)
        if info is not None and "title" not in page.meta:
            page.meta["title"] = info.title  # MkDocs would have taken it from the # heading
        skip_conversion(page)
        return ""

    def _job(self, page: Page, markdown: str) -> PageJob:
        """What converting this page means for the extension (and whether the cache has it)."""
        found = self.prepared.get(page.file.src_uri)
        if found is None:
            return PageJob(annotate=False, summary=False, notes=False)
        prepared, analysis, orphans = found
        article = prepared.article
        assert article is not None
        job = PageJob(summary=self.config.summary, notes=self.config.notes, language=self._language(prepared))
        if article.body != markdown:  # another plugin changed the Markdown: analyse what will be rendered
            job.review = prepared.review
            return job
        key = self._html_key(page, prepared)
        cached = self.html_cache.get(key)
        if cached is not None:
            self._cached_html[page.file.src_uri] = cached
            return PageJob(annotate=False, summary=False, notes=False)
        self._html_keys[page.file.src_uri] = key
        job.precomputed = (analysis, orphans)
        return job

    def _html_key(self, page: Page, prepared: Prepared) -> str:
        assert prepared.article is not None
        review = repr(prepared.review.entries) if prepared.review else ""
        info = self._info(page.file.src_uri)
        title = info.title if info is not None else ""  # the exports carry it
        return self.html_cache.key(page.file.src_uri, prepared.article.body, review, title)

    # on_page_content: the extension has just converted this page; keep what it found.
    # First of all plugins, so that the cache holds the conversion as it came out.
    @event_priority(100)
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        assert self.extension is not None
        result = self.extension.page_result()
        for problem in result.problems:
            _report(problem)
        logged = self._recorder.stop()
        uri = page.file.src_uri
        info = self._info(uri)
        if uri in self._cached_html:
            converted = self._cached_html.pop(uri)
            converted.reuse(page, files)
        elif info is not None and result.analysis is not None:
            info.analysis = result.analysis
            exports = article_exports(info.analysis, self._shown(config, uri), info.title, _absolute(page))
            converted = Converted.of(page, html, logged, exports)
            if uri in self._html_keys:
                self.html_cache.put(self._html_keys.pop(uri), converted)
        else:
            return html
        # Written now, beside where MkDocs will put the page.
        folder = _output(config, str(PurePosixPath(page.file.dest_uri).parent))
        if self.config.claims_json:
            self.writer.write(folder / "claims.json", page_claims(converted.exports["article"]))
        if self.config.annotations:
            self.writer.write(folder / "annotations.jsonld", converted.exports["annotations"] + "\n")
        # The article's object waits for the site-wide claims.json, compressed (at 10k
        # articles the objects would be hundreds of MB).
        self._exports[uri] = converted.packed_article
        # MkDocs keeps every page's HTML until all pages are converted; an annotated
        # page is large, so it waits compressed (about a fifth of the size).
        self._held[uri] = converted.packed
        return ""

    def _article_json(self, info: ArticleInfo) -> str:
        """An article's object for the site-wide claims.json (made when its page was converted)."""
        if info.src_uri in self._exports:
            return unpack(self._exports[info.src_uri])
        assert self._config is not None  # an article no page was made for (excluded by another plugin)
        return json.dumps(
            info.analysis.to_json(self._shown(self._config, info.src_uri), info.title),
            ensure_ascii=False,
            separators=(",", ":"),
        )

    def _info(self, src_uri: str) -> ArticleInfo | None:
        assert self.site is not None
        return self.site.get(src_uri)

    # on_page_context: every page has been converted by now (MkDocs renders all
    # Markdown before any template), so listings see every article's final marks.
    # First of all plugins: a search plugin reads the page's content here too.
    @event_priority(100)
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        assert self.site is not None
        held = self._held.pop(page.file.src_uri, None)
        if held is not None:
            page.content = unpack(held)
        if self.own_theme:
            key = self._page_key(page, config, nav, held)
            reused = self.page_cache.get(key)
            if reused is not None:
                context[REUSED] = reused  # type: ignore[literal-required]
                return context
            self._page_keys[page.file.src_uri] = key
        extra: dict[str, object] = {}
        info = self._info(page.file.src_uri)
        if info is not None:
            newer, older = self.site.neighbours(info.src_uri)
            reviews = claim_reviews(
                info.analysis,
                _absolute(page),
                author=config.site_author or config.site_name,
                published=info.published,
                original_url=info.original_url,
                publisher=info.publisher,
            )
            extra.update(article=info, newer=newer, older=older, claim_reviews_json=[script_json(r) for r in reviews])
        elif page.is_homepage:
            extra["listing"] = pages(self.site.articles, "")[0]
        elif page.file.src_uri in self.virtual:
            kind, key, number = self.virtual[page.file.src_uri]
            if kind == "home":
                extra["listing"] = pages(self.site.articles, "")[number - 1]
            elif kind == "sources":
                extra["sources_index"] = self.site
            elif kind == "source":
                use = self.site.sources[key]
                extra.update(source=use, listing=pages(use.articles, f"sources/{key}/")[number - 1])
            elif kind == "label":
                extra.update(label=key, listing=pages(self.site.labels[key], f"labels/{key}/")[number - 1])
            elif kind == "search":
                extra["search_page"] = True
        for key, value in extra.items():
            context[key] = value  # type: ignore[literal-required]
        if not self.own_theme and page.file.src_uri in self.virtual:
            # Another theme shows the page's content: the listing goes there.
            page.content = self._generated(page, extra)
        return context

    def _page_key(self, page: Page, config: MkDocsConfig, nav: Navigation, held: bytes | None) -> str:
        """Everything a finished page depends on: the whole site (see ``PageCache``), then the page."""
        if not self._site_signed:
            self.page_cache.begin(*self._site_signature(config, nav))
            self._site_signed = True
        content = held if held is not None else (page.content or "").encode()
        return self.page_cache.key(
            page.file.src_uri,
            page.url,
            page.title or "",
            json.dumps(page.meta, sort_keys=True, default=repr),
            hashlib.sha256(content).hexdigest(),
        )

    def _site_signature(self, config: MkDocsConfig, nav: Navigation) -> list[str]:
        """What every page may show: the conversions' inputs, the settings, the theme's files, the
        navigation and every article's marks (listings, neighbours)."""
        assert self.site is not None
        settings = {name: value for name, value in config.items() if name not in UNSIGNED_SETTINGS}
        articles = [
            [info.src_uri, info.url, info.title, info.published, info.publisher, info.original_url, info.summary]
            for info in self.site.articles
        ]
        exports = [hashlib.sha256(self._exports.get(info.src_uri, b"")).hexdigest() for info in self.site.articles]
        return [
            self.html_cache.salt_digest,
            json.dumps(settings, sort_keys=True, default=repr),
            json.dumps([config.theme.name, dict(config.theme)], sort_keys=True, default=repr),
            files_digest([Path(folder) for folder in config.theme.dirs] + [TEMPLATES]),
            json.dumps(_outline(nav.items), default=repr),
            json.dumps(articles, default=repr),
            " ".join(exports),
        ]

    def _generated(self, page: Page, extra: dict[str, object]) -> str:
        """A generated page's content, from explainer's own templates, every value escaped."""
        if self._generated_env is None:
            env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True)
            env.filters["url"] = url_filter
            env.globals.update(label_words=LABEL_WORDS, labels=LABELS)
            self._generated_env = env
        template = self._generated_env.get_template("explainer/generated.html")
        return template.render(page=page, base_url=get_relative_url(".", page.url), **extra)

    # on_env: before any template is loaded, so every template of explainer's theme escapes
    # what it prints (titles and publishers come from untrusted front matter). Other themes
    # print the page's HTML as it is and are left as they are.
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        if self.own_theme:
            env.autoescape = True
            env.template_class = ReusableTemplate  # a page finished before is not rendered again
        # The generated pages' templates ("explainer/…"), for explainer's theme to include.
        env.loader = (
            ChoiceLoader([env.loader, FileSystemLoader(TEMPLATES)]) if env.loader else FileSystemLoader(TEMPLATES)
        )
        env.globals["label_words"] = LABEL_WORDS
        env.globals["labels"] = LABELS
        return env

    # on_post_page: the page's HTML is final. Links to folders get an explicit
    # index.html, so the site also works from disk; the search index takes the page.
    # First of all plugins, so that the page is kept as its template made it.
    @event_priority(100)
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        key = self._page_keys.pop(page.file.src_uri, None)
        if key is not None:
            self.page_cache.put(key, output)
        if self.own_theme:
            output = HREF_RE.sub(_folder_index, output)
        if self.pagefind and "data-pagefind-body" in output:
            digest = hashlib.sha256(output.encode()).hexdigest()
            self._indexed.append(("/" + page.url, digest, page.file.abs_dest_path))
            if not self._defer_search:
                if self._search is None:
                    self._search = SearchIndexer()
                self._search.add("/" + page.url, output)
        # The page is written: its Markdown and HTML need not stay in memory for the
        # rest of the build (at 10k articles they would be most of it). Not None: MkDocs
        # then reports no title for the page, and later pages' navigation would show "None".
        page.markdown, page.content = "", None
        return output

    # on_post_build: the site-wide exports and the search index need every page written.
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.site is not None
        self.writer.write(_output(config, "claims.json"), site_claims(self.site, self._article_json))
        self.writer.write(_output(config, "feed.xml"), atom_feed(self.site, config))
        self.writer.write(_output(config, ".nojekyll"), "")
        if self.pagefind:
            for name, content in self._search_index().items():
                self.writer.write(_output(config, "pagefind", name), content)
        try:
            self.writer.wait()
        except OSError as exc:
            raise PluginError(f"could not write the site ({exc.strerror}: {exc.filename}); is the disk full?") from exc
        self.staging.commit(config)

    def _search_index(self) -> dict[str, bytes]:
        """The search index's files: last build's when no indexed page changed, else Pagefind's."""
        assert self.search_cache is not None
        key = self.search_cache.key([(url, digest) for url, digest, _ in self._indexed])
        if self._defer_search and (files := self.search_cache.get(key)) is not None:
            return files
        search, self._search = self._search or SearchIndexer(), None
        if self._defer_search:  # something changed: index the written pages now
            for url, _, path in self._indexed:
                try:
                    search.add(url, Path(path).read_text(encoding="utf-8"))
                except OSError as exc:
                    search.close()
                    raise PluginError(f"search index: cannot read {path} back ({exc.strerror})") from exc
        files = search.index_files()  # an empty site still gets the search UI's files
        self.search_cache.put(key, files)
        return files

    # on_build_error: a failed build must not leave Pagefind running, nor writes
    # of this build landing in the next one's (under `mkdocs serve`).
    def on_build_error(self, *, error: Exception) -> None:
        self._recorder.stop()
        if self._search is not None:
            self._search.close()
            self._search = None
        with contextlib.suppress(Exception):  # the build's own error is the one to report
            self.writer.wait()
        self.staging.abort(self._config)

    # on_shutdown: once, when MkDocs exits (after every rebuild of `mkdocs serve`).
    def on_shutdown(self) -> None:
        self.staging.end_counting()
        self.writer.close()


def _outline(items: list[Any]) -> list[Any]:
    """The navigation as its menus show it: every section, page and link, titled, with its address."""
    return [[type(i).__name__, i.title, getattr(i, "url", None), _outline(i.children or [])] for i in items]


def _folder_index(match: re.Match[str]) -> str:
    """``href="../x/"`` → ``href="../x/index.html"``; other links are left alone."""
    path, sep, fragment = match.group(1).partition("#")
    if not path or ":" in path or "?" in path or path.startswith("/"):
        return match.group(0)
    if path in (".", ".."):
        path += "/"
    return f'href="{path}index.html{sep}{fragment}"' if path.endswith("/") else match.group(0)


def _output(config: MkDocsConfig, *parts: str) -> Path:
    """A path in the output folder; anything that would land outside it is refused.

    The folder is a fresh staging folder that only the build writes to (it holds no
    links), so resolving ``..`` by name is enough, and much cheaper than asking the disk.
    """
    site = os.path.abspath(config.site_dir)
    target = os.path.normpath(os.path.join(site, *parts))
    if os.path.commonpath([site, target]) != site:
        raise PluginError(f"refusing to write {target}: it is outside the output folder {site}")
    return Path(target)


def _absolute(page: Page) -> str:
    """The page's address: absolute when ``site_url`` is set (as it is for publishing)."""
    return page.canonical_url or page.url


def _report(problem: Problem) -> None:
    """Problems become MkDocs warnings: shown in every build, fatal under ``--strict``."""
    log.warning(str(problem))
