"""`make eval`: how well the analyzer's marks hold, on every labelled set, in one table.

Reads the project's own sentence sets (eval/devset.tsv, eval/holdout.tsv) and,
when present, the public sets in ../shared/eval (or $EXPLAINER_EVAL_DIR), which
are measured here and never copied into the repository. Each row says what
was measured, the figure, the target of the accuracy issue, and whether it is
met. ``-v`` prints the errors behind each figure (the Wikinews ones grouped by
label).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.analysis import LABELS, Claim, Registry, analyze, load_registry  # noqa: E402
from generator.analysis.lexicon import load_lexicon  # noqa: E402
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

    @property
    def macro(self) -> float:
        return (self.f1 + self.negative_f1()) / 2

    def prf(self) -> str:
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"


@dataclass
class Row:
    dataset: str
    measure: str
    figure: str
    target: str
    met: bool | None


def _jsonl(path: Path) -> Iterable[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


# -- the project's own sentence sets -------------------------------------------------


def sentence_set(name: str, registry: Registry) -> dict[str, Score]:
    """Labels of the last sentence of each line (context before " || " is analysed with it)."""
    scores = {label: Score() for label in LABELS}
    for line in (ROOT / "eval" / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        labels, text = line.split("\t", 1)
        gold = set() if labels == "-" else set(labels.split(","))
        claims = analyze(text.replace(" || ", " "), registry).claims
        predicted = set(claims[-1].labels) if claims else set()
        for label in LABELS:
            scores[label].add(label in predicted, label in gold, f"{sorted(predicted)} ≠ {sorted(gold)}: {text}")
    return scores


# -- Wikinews: the four labels on real articles --------------------------------------


def _overlapping(claims: list[Claim], start: int, end: int) -> set[str]:
    """Labels of the claims that count for a gold sentence: covering half of it, or half inside it."""
    labels: set[str] = set()
    for claim in claims:
        overlap = min(end, claim.end) - max(start, claim.start)
        if overlap > 0 and (overlap * 2 >= end - start or overlap * 2 >= claim.end - claim.start):
            labels.update(claim.labels)
    return labels


def wikinews(registry: Registry) -> dict[str, Score] | None:
    path = SHARED / "claims-wikinews-en.jsonl"
    if not path.is_file():
        return None
    scores = {label: Score() for label in LABELS}
    for article in _jsonl(path):
        text = str(article["text"])
        claims = analyze(text, registry).labelled
        for sentence in article["sentences"]:  # type: ignore[attr-defined]
            start, end = sentence["start"], sentence["end"]
            predicted = _overlapping(claims, start, end)
            gold = set(sentence["labels"])
            shown = f"[{article['id']}] {sorted(predicted)} ≠ {sorted(gold)} {sentence['sources']}: {text[start:end]}"
            for label in LABELS:
                scores[label].add(label in predicted, label in gold, shown)
    return scores


# -- public yes/no sentence sets ------------------------------------------------------


def _yes_no(file: str, gold_label: str, registry: Registry, predicted: Callable[[list[Claim]], bool]) -> Score | None:
    path = SHARED / file
    if not path.is_file():
        return None
    score = Score()
    for item in _jsonl(path):
        text = str(item["text"])
        score.add(predicted(analyze(text, registry).claims), item["label"] == gold_label, text)
    return score


def subjectivity(registry: Registry) -> Score | None:
    return _yes_no(
        "subjectivity-news-en.jsonl", "opinion", registry, lambda claims: any("opinion" in c.labels for c in claims)
    )


def uncertainty(registry: Registry) -> Score | None:
    return _yes_no(
        "uncertainty-wiki-en.jsonl",
        "unverified",
        registry,
        lambda claims: any({"unverified", "opinion"} & set(c.labels) for c in claims),
    )


@dataclass
class AttributionScore:
    #: A sentence counts as attributed in the gold when it holds an attribution cue.
    sentences: Score
    #: ... or when at least half of it is the content of an attribution (a quotation's second sentence).
    with_content: Score
    spans_matched: int
    spans: int
    misses: list[str]
    #: Gold relations whose cue is a verb of speech or a frame of the lexicon (the attributions the
    #: guideline covers; PolNeAR also annotates beliefs, wishes and acts: "wants", "endorsed"), and
    #: how many of them fall in a claim credited to a source.
    speech_relations: int = 0
    speech_found: int = 0


def attribution(registry: Registry) -> AttributionScore | None:
    """Is a sentence holding an attribution cue credited to a source, and is the source the gold one?"""
    path = SHARED / "attribution-news-en.jsonl"
    if not path.is_file():
        return None
    found, with_content = Score(), Score()
    matched = total = speech = speech_found = 0
    misses: list[str] = []
    lexicon = load_lexicon("en")
    speech_cues = [lexicon.patterns[f] for f in ("speech_verbs", "source_frames", "relay_frames")]
    relatives = lexicon.words["relatives"]
    for article in _jsonl(path):
        text = str(article["text"])
        low = text.casefold()
        claims = analyze(text, registry).claims
        gold = [a for a in article["attributions"] if a.get("cue")]  # type: ignore[attr-defined]
        cues = [a["cue"][0] for a in gold]
        contents = [a["content"][:2] for a in article["attributions"] if a.get("content")]  # type: ignore[attr-defined]
        for claim in claims:
            cued = any(claim.start <= cue < claim.end for cue in cues)
            found.add(bool(claim.sources), cued, claim.text)
            half = (claim.end - claim.start) / 2
            content = any(min(b, claim.end) - max(a, claim.start) >= half for a, b in contents)
            with_content.add(bool(claim.sources), cued or content, claim.text)
        for relation in gold:
            cue_start = relation["cue"][0]
            if any(p.match(low, cue_start) for p in speech_cues):
                speech += 1
                speech_found += any(c.sources and c.start <= cue_start < c.end for c in claims)
            source = relation.get("source")
            if not source:
                continue
            claim = next((c for c in claims if c.sources and c.start <= relation["cue"][0] < c.end), None)
            total += 1
            gold_text = str(source[2]).casefold()
            # The gold marks the source as written: a pronoun or "the agency" is matched by the
            # words a source's reason shows (carried over, anonymous, or a "she" resolved to the
            # speaker named earlier in the sentence), a name by the source's mention.
            names = [s.mention.casefold() for s in claim.sources] if claim is not None else []
            shown = ("carried-over", "anonymous-source", "named-source")
            carried = [r.cue.casefold() for r in claim.reasons if r.kind in shown] if claim else []
            if claim is not None and (
                any(n in gold_text or gold_text in n for n in names)
                or gold_text.strip() in carried
                or _antecedent(text, int(source[0]), gold_text.strip(), names, relatives)
            ):
                matched += 1
            elif claim is not None:
                misses.append(f"{source[2]!r} ≠ {[s.mention for s in claim.sources]}: {claim.text[:140]}")
    return AttributionScore(found, with_content, matched, total, misses, speech, speech_found)


#: How far before a relative pronoun ("Podesta, a lobbyist, who said") its antecedent may end.
ANTECEDENT_REACH = 120


def _antecedent(text: str, start: int, gold: str, names: list[str], relatives: frozenset[str]) -> bool:
    """Whether the gold source is a relative pronoun ("who", "which") whose antecedent, in the same
    sentence just before it, is a source the analyzer named: PolNeAR marks the pronoun, the
    analyzer the name it stands for."""
    if gold not in relatives:
        return False
    before = text[max(0, start - ANTECEDENT_REACH) : start].casefold()
    before = re.split(r"[.!?]\s", before)[-1]
    return any(name in before for name in names)


def golden_rules() -> tuple[int, int]:
    rows = list(_jsonl(ROOT / "tests" / "data" / "golden_rules.jsonl"))
    words = load_lexicon("en").words  # as the analyzer segments
    titles, abbreviations = words["title_abbreviations"], words["abbreviations"]
    ok = 0
    for row in rows:
        text = str(row["text"])
        got = [text[a:b].strip() for a, b in split_text(text, titles, abbreviations)]
        ok += got == [str(s).strip() for s in row["sentences"]]  # type: ignore[attr-defined]
    return ok, len(rows)


# -- the table ------------------------------------------------------------------------


def table(registry: Registry, verbose: bool) -> list[Row]:
    rows: list[Row] = []
    ok, n = golden_rules()
    rows.append(Row("Golden Rules (segmentation)", "exact sentence lists", f"{ok}/{n}", "-", None))
    for name, title in (("devset.tsv", "own dev set (tuned on)"), ("holdout.tsv", "own held-out set")):
        scores = sentence_set(name, registry)
        macro = sum(s.f1 for s in scores.values()) / len(scores)
        rows.append(Row(title, "macro-F1 over the four labels", f"{macro:.3f}", "-", None))
        if verbose:
            _print_errors(title, scores)
    news = wikinews(registry)
    if news is not None:
        single, unverified, corroborated, opinion = (news[label] for label in LABELS)
        rows += [
            Row("Wikinews (28 articles)", "single-source F1", single.prf(), "F1 ≥ 0.85", single.f1 >= 0.85),
            Row("", "unverified F1", unverified.prf(), "F1 ≥ 0.70", unverified.f1 >= 0.70),
            Row(
                "",
                "corroborated found / false",
                f"{corroborated.tp} of {corroborated.tp + corroborated.fn} / {corroborated.fp}",
                "≥ 3 / ≤ 3",
                corroborated.tp >= 3 and corroborated.fp <= 3,
            ),
            Row(
                "",
                "opinion found / false",
                f"{opinion.tp} of {opinion.tp + opinion.fn} / {opinion.fp}",
                "≥ 6 / ≤ 10",
                opinion.tp >= 6 and opinion.fp <= 10,
            ),
            Row("", "macro-F1 (naive keyword rule: 0.26)", f"{sum(s.f1 for s in news.values()) / 4:.3f}", "-", None),
        ]
        if verbose:
            _print_errors("Wikinews", news)
    subj = subjectivity(registry)
    if subj is not None:
        rows.append(
            Row("CheckThat subjectivity", "opinion macro-F1", f"{subj.macro:.3f} ({subj.prf()})", "≥ 0.72", None)
        )
        rows[-1].met = subj.macro >= 0.72
        if verbose:
            _print_errors("CheckThat", {"opinion": subj})
    unc = uncertainty(registry)
    if unc is not None:
        met = unc.f1 >= 0.75 and unc.precision >= 0.80
        rows.append(
            Row("CoNLL-2010 uncertainty", "uncertain = unverified or opinion", unc.prf(), "F1 ≥ 0.75, P ≥ 0.80", met)
        )
        if verbose:
            _print_errors("CoNLL", {"uncertain": unc})
    att = attribution(registry)
    if att is not None:
        s = att.sentences
        rows.append(
            Row(
                "PolNeAR attribution",
                "sentences with an attribution cue",
                f"R {s.recall:.3f} at P {s.precision:.3f}",
                "R ≥ 0.75 at P ≥ 0.90",
                s.recall >= 0.75 and s.precision >= 0.90,
            )
        )
        c = att.with_content
        rows.append(Row("", "... or half inside quoted content", f"R {c.recall:.3f} at P {c.precision:.3f}", "-", None))
        heard = att.speech_found / att.speech_relations if att.speech_relations else 0.0
        rows.append(
            Row(
                "",
                "relations cued by a verb of speech or a frame",
                f"R {heard:.3f} of {att.speech_relations}",
                "-",
                None,
            )
        )
        share = att.spans_matched / att.spans if att.spans else 0.0
        rows.append(
            Row(
                "",
                "source named as in the gold",
                f"{att.spans_matched}/{att.spans} = {share:.3f}",
                "≥ 0.75",
                share >= 0.75,
            )
        )
        # The same, among the relations the analyzer credits to someone: is it the right someone?
        credited = att.spans_matched + len(att.misses)
        rows.append(
            Row(
                "",
                "... among relations credited to a source",
                f"{att.spans_matched}/{credited} = {att.spans_matched / credited if credited else 0.0:.3f}",
                "-",
                None,
            )
        )
        if verbose:
            _print_errors("PolNeAR", {"attributed": s})
            for line in att.misses[:60]:
                print(f"    [source] {line}")
    return rows


def _print_errors(title: str, scores: dict[str, Score]) -> None:
    print(f"--- {title}")
    for label, score in scores.items():
        for text in score.misses[:80]:
            print(f"    [{label} missed] {text}")
        for text in score.false_alarms[:80]:
            print(f"    [{label} false] {text}")


def main() -> None:
    verbose = "-v" in sys.argv
    registry, _ = load_registry(ROOT / "content" / "sources.yml")
    started = time.perf_counter()
    rows = table(registry, verbose)
    widths = [max(len(getattr(r, f)) for r in rows) for f in ("dataset", "measure", "figure", "target")]
    print()
    for row in rows:
        mark = {True: "met", False: "NOT MET", None: ""}[row.met]
        cells = (row.dataset, row.measure, row.figure, row.target)
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + f"  {mark}")
    print(f"\n(evaluated in {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
