"""Rendering: the Python-Markdown extension that turns analysed claims into HTML."""

from pathlib import Path

from .extension import ExplainerExtension, PageJob, PageResult, makeExtension

#: The marks' stylesheet and script, for any theme (published under ``assets/explainer/``).
ASSETS = tuple(sorted((Path(__file__).parent / "assets").glob("marks.*")))
#: Where a site publishes them.
ASSETS_URL = "assets/explainer"

__all__ = ["ASSETS", "ASSETS_URL", "ExplainerExtension", "PageJob", "PageResult", "makeExtension"]
