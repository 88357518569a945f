"""`make eval`: precision, recall and F1 of the analyzer on labelled data.

Reads the project's own development set (eval/devset.tsv) and, when present,
the public sets in ../shared/eval (or $EXPLAINER_EVAL_DIR), which are measured
here and never copied into the repository.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.analysis import LABELS, Claim, Registry, analyze, load_registry  # noqa: E402
from generator.analysis.segment import split_text  # noqa: E402

SHARED = Path(os.environ.get("EXPLAINER_EVAL_DIR", ROOT.parent / "shared" / "eval"))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, predicted: bool, gold: bool, text: str = "") -> None:
        if predicted and gold:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.false_alarms.append(text)
        elif gold:
            self.fn += 1
            self.misses.append(text)
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def negative_f1(self) -> float:
        """F1 of the negative class (for macro-F1 over two classes)."""
        p = self.tn / (self.tn + self.fn) if self.tn + self.fn else 0.0
        r = self.tn / (self.tn + self.fp) if self.tn + self.fp else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        support = self.tp + self.fn
        return f"  {name:<28} P {self.precision:5.3f}  R {self.recall:5.3f}  F1 {self.f1:5.3f}  (n={support})"


def _jsonl(path: Path) -> Iterable[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _labels_of_last(text: str, registry: Registry) -> tuple[set[str], Claim | None]:
    claims = analyze(text, registry).claims
    if not claims:
        return set(), None
    return set(claims[-1].labels), claims[-1]


def devset(registry: Registry, verbose: bool, name: str = "devset.tsv", title: str = "Development set") -> None:
    rows = []
    for line in (ROOT / "eval" / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        labels, text = line.split("\t", 1)
        gold = set() if labels == "-" else set(labels.split(","))
        rows.append((gold, text))
    scores = {label: Score() for label in LABELS}
    exact = 0
    for gold, text in rows:
        scored_text = text.replace(" || ", " ")
        predicted, _ = _labels_of_last(scored_text, registry)
        exact += predicted == gold
        for label in LABELS:
            scores[label].add(label in predicted, label in gold, f"{sorted(predicted)} ≠ {sorted(gold)}: {text}")
    print(f"{title} (eval/{name}, {len(rows)} sentences)")
    for label in LABELS:
        print(scores[label].row(label))
    print(f"  {'macro F1':<28} {sum(s.f1 for s in scores.values()) / len(scores):5.3f}")
    print(f"  {'exact label set':<28} {exact}/{len(rows)} = {exact / len(rows):5.3f}")
    if verbose:
        for label, score in scores.items():
            for text in score.misses + score.false_alarms:
                print(f"    [{label}] {text}")


def _sentence_set(
    file: str, name: str, gold_label: str, registry: Registry, predicted: Callable[[list[Claim]], bool]
) -> Score | None:
    """Score a public set of sentences labelled yes/no; None (and a line saying so) when it is absent."""
    path = SHARED / file
    if not path.is_file():
        print(f"{name}: {path} not found, skipped")
        return None
    score = Score()
    for item in _jsonl(path):
        text = str(item["text"])
        score.add(predicted(analyze(text, registry).claims), item["label"] == gold_label, text)
    return score


def subjectivity(registry: Registry, verbose: bool) -> None:
    score = _sentence_set(
        "subjectivity-news-en.jsonl",
        "Subjectivity",
        "opinion",
        registry,
        lambda claims: any("opinion" in c.labels for c in claims),
    )
    if score is None:
        return
    macro = (score.f1 + score.negative_f1()) / 2
    print("Subjectivity, CheckThat! news sentences (opinion vs not)")
    print(score.row("opinion"))
    print(f"  {'macro F1 (task metric)':<28} {macro:5.3f}   (best 2024 system: 0.744 on its test set)")
    if verbose:
        for text in score.false_alarms[:40]:
            print(f"    [false opinion] {text}")


def uncertainty(registry: Registry, verbose: bool) -> None:
    score = _sentence_set(
        "uncertainty-wiki-en.jsonl",
        "Uncertainty",
        "unverified",
        registry,
        lambda claims: any({"unverified", "opinion"} & set(c.labels) for c in claims),
    )
    if score is None:
        return
    print("Uncertainty, CoNLL-2010 Wikipedia (uncertain = unverified or opinion)")
    print(score.row("uncertain"))
    print(f"  {'macro F1':<28} {(score.f1 + score.negative_f1()) / 2:5.3f}")


def attribution(registry: Registry) -> None:
    path = SHARED / "attribution-news-en.jsonl"
    if not path.is_file():
        print(f"Attribution: {path} not found, skipped")
        return
    found = Score()
    source_match = total_with_source = 0
    for article in _jsonl(path):
        text = str(article["text"])
        claims = analyze(text, registry).claims
        attributed = [c for c in claims if c.sources]
        gold = [a for a in article["attributions"] if a.get("cue")]  # type: ignore[attr-defined]
        cues = [a["cue"][0] for a in gold]
        for claim in claims:
            has_gold = any(claim.start <= cue < claim.end for cue in cues)
            found.add(bool(claim.sources), has_gold)
        for relation in gold:
            source = relation.get("source")
            if not source:
                continue
            cue = relation["cue"][0]
            claim = next((c for c in attributed if c.start <= cue < c.end), None)
            total_with_source += 1
            if claim is not None:
                gold_text = str(source[2]).casefold()
                if any(s.mention.casefold() in gold_text or gold_text in s.mention.casefold() for s in claim.sources):
                    source_match += 1
    print("Attribution, PolNeAR news (is a sentence holding an attribution cue credited to a source?)")
    print(found.row("attributed sentence"))
    share = source_match / total_with_source if total_with_source else 0.0
    print(f"  {'source named as in gold':<28} {source_match}/{total_with_source} = {share:5.3f}")


def golden_rules() -> None:
    path = ROOT / "tests" / "data" / "golden_rules.jsonl"
    ok = 0
    rows = list(_jsonl(path))
    for row in rows:
        text = str(row["text"])
        got = [text[a:b].strip() for a, b in split_text(text)]
        ok += got == [str(s).strip() for s in row["sentences"]]  # type: ignore[attr-defined]
    print(f"Segmentation, Golden Rules: {ok}/{len(rows)} exact")


def main() -> None:
    verbose = "-v" in sys.argv
    registry, _ = load_registry(ROOT / "content" / "sources.yml")
    started = time.perf_counter()
    golden_rules()
    devset(registry, verbose)
    devset(registry, verbose, "holdout.tsv", "Held-out set, never tuned on")
    subjectivity(registry, verbose)
    uncertainty(registry, verbose)
    attribution(registry)
    print(f"(evaluated in {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
