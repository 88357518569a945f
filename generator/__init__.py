"""explainer: a static site generator for annotated journalism."""

__version__ = "0.1.0"
