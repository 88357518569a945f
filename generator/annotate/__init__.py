"""Rendering: the Python-Markdown extension that turns analysed claims into HTML."""

from .extension import ExplainerExtension, makeExtension

__all__ = ["ExplainerExtension", "makeExtension"]
