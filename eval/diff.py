"""`make eval-diff BASE=<rev>`: every claim whose marks a change of the analyzer changes, before and after.

A figure in `make eval` moves by a few sentences; which sentences, and whether each
moved the right way, is what decides a change. This analyses every text at hand —
the public labelled sets (../shared/eval or $EXPLAINER_EVAL_DIR, read in place),
the site's articles and the test articles — with the working tree and with ``BASE``
(a git revision, checked out into a temporary worktree), and prints each claim whose
labels or sources differ. Read every line: a rule that reads well on invented
sentences can be wrong on real text, and this is where that shows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXPLAINER_EVAL_DIR", ROOT.parent / "shared" / "eval"))
#: The public sets whose texts are analysed (each line a JSON object with a "text").
PUBLIC_SETS = (
    "claims-wikinews-en.jsonl",
    "subjectivity-news-en.jsonl",
    "uncertainty-wiki-en.jsonl",
    "attribution-news-en.jsonl",
)
#: Longest a side's analysis may take (all texts: about half a minute on this machine).
SIDE_TIMEOUT = 1800
#: Longest a git command may take.
GIT_TIMEOUT = 120
#: How many characters of a claim's text are shown.
SHOWN = 160


def texts() -> Iterator[tuple[str, str]]:
    """(name, text) of every text to analyse, in a stable order."""
    for name in PUBLIC_SETS:
        path = SHARED / name
        if path.is_file():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    yield f"{name}:{number + 1}", str(json.loads(line)["text"])
    for folder in (ROOT / "content", ROOT / "tests" / "data"):
        for path in sorted(folder.rglob("*.md")):
            yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")


def snapshot(tree: Path, out: Path) -> None:
    """Analyse every text with the analyzer of ``tree``; one JSON line of claims per text."""
    sys.path.insert(0, str(tree))
    from generator.analysis import analyze, load_registry

    registry, _ = load_registry(tree / "content" / "sources.yml")
    with out.open("w", encoding="utf-8") as file:
        for name, text in texts():
            claims = [
                {"start": c.start, "text": c.text, "labels": c.labels, "sources": [s.name for s in c.sources]}
                for c in analyze(text, registry).claims
            ]
            file.write(json.dumps({"name": name, "claims": claims}, ensure_ascii=False) + "\n")


def _side(tree: Path, out: Path) -> None:
    """Run ``snapshot`` in a fresh interpreter, so each side imports its own analyzer."""
    subprocess.run(
        [sys.executable, __file__, "--snapshot", str(tree), str(out)], check=True, timeout=SIDE_TIMEOUT, cwd=ROOT
    )


def _marks(claim: dict[str, object] | None) -> tuple[object, object] | None:
    return None if claim is None else (claim["labels"], claim["sources"])


def compare(before: Path, after: Path) -> int:
    """Print every claim whose labels or sources differ; the number of them."""
    changed = 0
    old_lines = before.read_text(encoding="utf-8").splitlines()
    new_lines = after.read_text(encoding="utf-8").splitlines()
    for old_line, new_line in zip(old_lines, new_lines, strict=True):
        if old_line == new_line:
            continue
        old, new = json.loads(old_line), json.loads(new_line)
        by_start = ({c["start"]: c for c in old["claims"]}, {c["start"]: c for c in new["claims"]})
        for start in sorted(set(by_start[0]) | set(by_start[1])):
            was, now = by_start[0].get(start), by_start[1].get(start)
            if _marks(was) == _marks(now):
                continue
            changed += 1
            shown = str((now or was or {}).get("text", "")).replace("\n", " ")[:SHOWN]
            print(f"{new['name']}\n    {_marks(was)} -> {_marks(now)}\n    {shown}")
    return changed


def main() -> None:
    if sys.argv[1:2] == ["--snapshot"]:
        snapshot(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    base = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        worktree = Path(tmp) / "base"
        git = ["git", "-C", str(ROOT)]
        subprocess.run(
            [*git, "worktree", "add", "--detach", "--quiet", str(worktree), base], check=True, timeout=GIT_TIMEOUT
        )
        try:
            _side(worktree, Path(tmp) / "before.jsonl")
            _side(ROOT, Path(tmp) / "after.jsonl")
            changed = compare(Path(tmp) / "before.jsonl", Path(tmp) / "after.jsonl")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise SystemExit(f"eval-diff: analysing one side failed ({exc}); see the error above") from exc
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(worktree)], check=False, timeout=GIT_TIMEOUT)
    print(f"\n{changed} claims changed against {base} (in {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
