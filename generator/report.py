"""How problems and claim counts read in a terminal."""

from __future__ import annotations

import os
from typing import TextIO

from .analysis import LABELS
from .checks import Report

COLOURS = {"error": "\033[1;31m", "warning": "\033[33m", "path": "\033[1m", "reset": "\033[0m"}


def _colour(stream: TextIO) -> bool:
    """Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def print_report(report: Report, stream: TextIO, *, strict: bool = False) -> None:
    paint = _colour(stream)

    def c(kind: str, text: str) -> str:
        return f"{COLOURS[kind]}{text}{COLOURS['reset']}" if paint else text

    for article in report.articles:
        counts = article.analysis.summary()
        labels = ", ".join(f"{counts[label]} {label}" for label in LABELS)
        stream.write(f"{c('path', article.path)}: {counts['claims']} sentences — {labels}\n")
    for problem in report.problems:
        severity = "error" if strict else problem.severity
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        stream.write(f"{c('path', where)}: {c(severity, severity)}: {problem.message}\n")
    errors = sum(p.severity == "error" or strict for p in report.problems)
    warnings = len(report.problems) - errors
    files = len(report.articles)
    if report.problems:
        stream.write(f"{errors} error(s), {warnings} warning(s) in {files} article(s)\n")
    else:
        stream.write(f"No problems in {files} article(s).\n")
