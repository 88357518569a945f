"""`make bench`: analyzer throughput and the share of build time spent in analysis.

Prints figures only; nothing here is asserted by the test suite.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.corpus import article_body, corpus  # noqa: E402
from eval.run_eval import SHARED  # noqa: E402
from generator.analysis import Registry, analyze, load_registry  # noqa: E402


def _best_seconds(texts: list[str], registry: Registry, rounds: int = 3) -> tuple[float, int]:
    """CPU seconds of the fastest of ``rounds`` passes (this machine's speed varies between runs)."""
    best, claims = float("inf"), 0
    for _ in range(rounds):
        started = time.process_time()
        claims = sum(len(analyze(t, registry).claims) for t in texts)
        best = min(best, time.process_time() - started)
    return best, claims


def throughput(size_mb: float = 2.0) -> None:
    """Analyzer speed on one core, on generated cue-dense text and, when present, on real news."""
    registry, _ = load_registry(ROOT / "content" / "sources.yml")
    analyze("Warm-up.", registry)  # load the lexicon once, outside the timing
    corpora = {"generated (a cue in every sentence)": corpus(int(size_mb * 1_000_000))}
    wikinews = SHARED / "claims-wikinews-en.jsonl"
    if wikinews.is_file():
        texts = [json.loads(line)["text"] for line in wikinews.read_text(encoding="utf-8").splitlines() if line]
        corpora["real news (28 Wikinews articles, x10)"] = texts * 10
    print("Analyzer throughput (one core, best of 3; floor 0.7 MB/s)")
    for name, texts in corpora.items():
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
        seconds, claims = _best_seconds(texts, registry)
        print(
            f"  {name}: {megabytes:.1f} MB, {claims:,} sentences: {megabytes / seconds:.2f} MB/s "
            f"({claims / seconds:,.0f} sentences/s)"
        )


def build_share(articles: int = 150) -> None:
    """Share of a cold build spent analysing (serial path: fewer articles than the parallel threshold)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import generator.plugin.parallel as parallel

    spent = 0.0
    real = parallel.analyze

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal spent
        started = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent += time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        for name in ("content", "templates"):
            shutil.copytree(ROOT / name, project / name)
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        rng = random.Random(7)
        for i in range(articles):
            front = f"---\ntitle: Generated article {i}\npublished: 2024-01-{1 + i % 28:02d}\n---\n"
            (project / "content" / "articles" / f"gen-{i:05d}.md").write_text(front + article_body(rng))
        parallel.analyze = timed  # type: ignore[assignment]
        try:
            started = time.perf_counter()
            build(load_config(config_file=str(project / "mkdocs.yml")))
            total = time.perf_counter() - started
        finally:
            parallel.analyze = real  # type: ignore[assignment]
    print(
        f"Build of {articles + 1} articles: {total:.2f} s, of which analysis {spent:.2f} s ({100 * spent / total:.0f} %)"
    )


if __name__ == "__main__":
    throughput()
    build_share()
