"""Options of the ``explainer`` MkDocs plugin (``plugins: - explainer: ...`` in mkdocs.yml)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from ..analysis import available_languages


class ExplainerConfig(Config):
    sources = c.Type(str, default="sources.yml")
    """The source registry, relative to ``docs_dir``."""

    articles = c.Type(str, default="articles")
    """Folder (relative to ``docs_dir``) whose pages are annotated articles."""

    language = c.Choice(available_languages(), default="en")
    """Default cue language; an article's ``language`` front matter overrides it."""

    summary = c.Type(bool, default=True)
    """Show the sourcing summary at the top of each article."""

    notes = c.Type(bool, default=True)
    """List the sourcing notes at the end of each article."""

    claims_json = c.Type(bool, default=True)
    """Write ``claims.json`` (the article object of the JSON contract) beside each article page."""

    annotations = c.Type(bool, default=False)
    """Also write ``annotations.jsonld`` (W3C Web Annotation, for annotation tools) beside each
    article page. Off by default: it is about 12 KB per article that readers never load."""

    cache_dir = c.Type(str, default=".cache/explainer")
    """Where analysis results are cached by content hash (relative to mkdocs.yml; safe to delete)."""

    search = c.Optional(c.Type(bool))
    """Build the offline search index (Pagefind) into ``site/pagefind/``, with a search page. By
    default only with explainer's own theme: other themes (Material) bring their own search, which
    indexes the articles without the marks' words."""

    review_layer = c.Type(bool, default=False)
    """Wrap every sentence, marked or not, so that ``explainer review`` can put its editor's
    controls on any of them. Set by ``explainer review`` for its own private build; a site
    to publish leaves it off."""

    allow_active = c.ListOfItems(c.Type(str), default=[])
    """Files of the content folder that may be published as they are although a browser runs
    script from them (HTML, SVG, JavaScript, XML), as glob patterns relative to ``docs_dir``
    (``charts/*.svg``). Any other such file is an error and is left out of the site: content
    arrives in pull requests, and a published script runs on the site's own origin."""
