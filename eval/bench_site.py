"""`make bench` (site part): build time, growth, warm rebuild, memory and size at 1k-10k articles.

For each N the same deterministic articles are built three ways in fresh
processes: explainer cold (empty cache), explainer warm (cache filled, output
cleaned), and plain MkDocs with the same articles, its own theme, its default
plugins (search, as explainer builds a search index too) and a bounded nav.
Peak memory is the build process's; "child" is the largest helper process
(analysis workers, Pagefind). Prints a table; asserts nothing.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.corpus import article_body  # noqa: E402

BUILD = """
import json, resource, sys, time
from mkdocs.commands.build import build
from mkdocs.config import load_config
started = time.perf_counter()
build(load_config(config_file=sys.argv[1]))
print(json.dumps({"seconds": time.perf_counter() - started,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

PLAIN_CONFIG = """site_name: plain
docs_dir: content
site_dir: site
theme: mkdocs
nav:
  - Home: index.md
not_in_nav: |
  /articles/
exclude_docs: |
  *.yml
"""


def make_project(folder: Path, count: int) -> None:
    for name in ("content", "templates"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "plain.yml").write_text(PLAIN_CONFIG)
    rng = random.Random(count)
    articles = folder / "content" / "articles"
    for i in range(count):
        day = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        (articles / f"gen-{i:05d}.md").write_text(
            f"---\ntitle: Generated article {i}\npublished: {day}\n---\n" + article_body(rng)
        )


def measure(folder: Path, config: str) -> dict[str, float]:
    shutil.rmtree(folder / "site", ignore_errors=True)
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(
        [sys.executable, "-c", BUILD, str(folder / config)], cwd=folder, capture_output=True, text=True, env=env
    )
    if result.returncode != 0:
        raise SystemExit(result.stderr[-2000:])
    data = json.loads(result.stdout.strip().splitlines()[-1])
    data["size_mb"] = sum(p.stat().st_size for p in (folder / "site").rglob("*") if p.is_file()) / 1e6
    search = folder / "site" / "pagefind"
    data["search_mb"] = sum(p.stat().st_size for p in search.rglob("*") if p.is_file()) / 1e6
    data.update(per_article(folder / "site", data["search_mb"]))
    return data


def per_article(site: Path, search_mb: float) -> dict[str, float]:
    """Mean bytes on disk per generated article: its page, its exports, its share of the search index."""
    pages = sorted((site / "articles").glob("gen-*/index.html"))
    if not pages:
        return {}
    sizes = {"html": 0, "claims_json": 0, "jsonld": 0}
    for page in pages:
        folder = page.parent
        sizes["html"] += page.stat().st_size
        for key, name in (("claims_json", "claims.json"), ("jsonld", "annotations.jsonld")):
            export = folder / name
            sizes[key] += export.stat().st_size if export.is_file() else 0
    per = {f"{key}_kb": value / len(pages) / 1000 for key, value in sizes.items()}
    per["search_kb"] = search_mb * 1000 / len(pages)
    per["article_kb"] = sum(per.values())
    return per


def main() -> None:
    sizes = [int(n) for n in os.environ.get("BENCH_ARTICLES", "1000,4000,10000").split(",")]
    rows = []
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            make_project(folder, count)
            cold = measure(folder, "mkdocs.yml")
            warm = measure(folder, "mkdocs.yml")
            plain = measure(folder, "plain.yml")
        rows.append((count, cold, warm, plain))
        print(f"  built {count} articles", file=sys.stderr)
    print(
        f"{'articles':>8} {'explainer':>10} {'warm':>7} {'plain':>7} {'ratio':>6} {'warm ratio':>10} "
        f"{'warm/cold':>9} {'peak RSS':>9} {'child':>7} {'output':>9} {'search':>8}"
    )
    for count, cold, warm, plain in rows:
        print(
            f"{count:>8} {cold['seconds']:>9.1f}s {warm['seconds']:>6.1f}s {plain['seconds']:>6.1f}s "
            f"{cold['seconds'] / plain['seconds']:>6.2f} {warm['seconds'] / plain['seconds']:>10.2f} "
            f"{warm['seconds'] / cold['seconds']:>9.2f} {max(cold['peak_mb'], warm['peak_mb']):>7.0f}MB "
            f"{max(cold['child_mb'], warm['child_mb']):>5.0f}MB {cold['size_mb']:>7.0f}MB {cold['search_mb']:>6.1f}MB"
        )
    print(
        f"\nper article on disk (target ≤ 30 KB): {'html':>6} {'claims.json':>11} {'jsonld':>7} {'search':>7} {'total':>7}"
    )
    for count, cold, _, _ in rows:
        print(
            f"{count:>8} articles {'':>19} {cold['html_kb']:>5.1f}K {cold['claims_json_kb']:>10.1f}K "
            f"{cold['jsonld_kb']:>6.1f}K {cold['search_kb']:>6.1f}K {cold['article_kb']:>6.1f}K"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        growth = last[1]["seconds"] / first[1]["seconds"]
        print(f"growth {first[0]} → {last[0]} articles: ×{growth:.1f} (×{last[0] / first[0]:.0f} would be linear)")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
