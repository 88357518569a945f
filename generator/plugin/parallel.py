"""Analysing many articles on every core: a cold build of a large site is mostly analysis."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..analysis import Analysis, Registry, analyze

#: Below this many uncached articles, starting worker processes costs more than it saves.
MIN_PARALLEL = 200

_registry = Registry()


def _init(registry: Registry) -> None:
    global _registry
    _registry = registry


def _work(job: tuple[str, str]) -> Analysis:
    body, language = job
    return analyze(body, _registry, language)


def analyse_many(jobs: list[tuple[str, str]], registry: Registry) -> Iterator[Analysis]:
    """Analyses of ``(body, language)`` jobs, in order; in parallel when it pays."""
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(jobs) < MIN_PARALLEL:
        for body, language in jobs:
            yield analyze(body, registry, language)
        return
    # "spawn": workers never inherit the threads of `mkdocs serve`. A program that
    # cannot be re-imported by a worker (a build started from a script without a
    # __main__ guard, say) breaks the pool: then the work is simply done here.
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init, initargs=(registry,)) as pool:
            results = list(pool.map(_work, jobs, chunksize=16))
    except (BrokenProcessPool, OSError, RuntimeError):
        results = [analyze(body, registry, language) for body, language in jobs]
    yield from results
