"""Sourcing analysis: pure functions from article text (+ source registry) to labelled claims.

Nothing in this package knows about Markdown rendering, MkDocs or files other
than its own data; it is the innermost layer and imports only itself.
"""

from .analyzer import analyze
from .lexicon import available_languages, load_lexicon
from .model import LABEL_WORDS, LABELS, Analysis, Claim, Evidence, Reason, Review, Source
from .registry import Registry, RegistryEntry, load_registry
from .review import Orphan, ReviewEntry, ReviewSet, apply_review, load_review

__all__ = [
    "LABELS",
    "LABEL_WORDS",
    "Analysis",
    "Claim",
    "Evidence",
    "Orphan",
    "Reason",
    "Registry",
    "RegistryEntry",
    "Review",
    "ReviewEntry",
    "ReviewSet",
    "Source",
    "analyze",
    "apply_review",
    "available_languages",
    "load_lexicon",
    "load_registry",
    "load_review",
]
