"""Site assembly: the thin MkDocs plugin around the annotation extension."""

from .plugin import ExplainerPlugin

__all__ = ["ExplainerPlugin"]
