"""The word-keyed scan finds exactly what each family's whole pattern finds, only faster.

A family's cues are tried only where one of their key words stands (or in the
sentences holding a word they need); a key read wrongly off a cue would silently
switch that cue off. So every planned family is checked against its whole
pattern on every sentence these tests were written with.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.analysis import Registry, load_lexicon
from generator.analysis.prefilter import WordIndex, plan
from generator.analysis.scan import Document

HERE = Path(__file__).resolve().parent
FREQUENT = frozenset({"the", "a", "an", "this", "that", "these", "which", "in", "on", "of"})


def _written_sentences() -> str:
    """Every sentence the pattern and analyzer tests were written with, one paragraph each."""
    found: list[str] = []
    for name in ("test_patterns.py", "test_analyzer.py"):
        tree = ast.parse((HERE / name).read_text(encoding="utf-8"))
        found += [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.count(" ") >= 3
        ]
    return "\n\n".join(found)


@pytest.fixture(scope="module")
def corpus(seed_body: str) -> list[str]:
    return [seed_body, (HERE / "data" / "markdown" / "news.md").read_text(encoding="utf-8"), _written_sentences()]


def _pattern(family: str) -> re.Pattern[str]:
    lexicon = load_lexicon("en")
    if family.startswith("opinion:"):
        return next(f.pattern for f in lexicon.opinion if f"opinion:{f.name}" == family)
    return lexicon.patterns[family]


PLANNED = sorted(name for name, scan in load_lexicon("en").plans.items() if scan is not None)


@pytest.mark.parametrize("family", PLANNED)
def test_the_keyed_scan_finds_what_the_whole_pattern_finds_in_each_sentence(
    family: str, corpus: list[str], registry: Registry
) -> None:
    pattern = _pattern(family)
    for body in corpus:
        doc = Document.of(body, registry, load_lexicon("en"))
        want = [m.span() for s in doc.sentences for m in pattern.finditer(doc.low, s.start, s.end)]
        got = [m.span() for index in range(len(doc.sentences)) for m in doc.hits(family, index, pattern)]
        assert got == want, family


def test_the_corpus_exercises_the_keyed_families(corpus: list[str], registry: Registry) -> None:
    """The check above means something only if most families are found at all."""
    lexicon = load_lexicon("en")
    docs = [Document.of(body, registry, lexicon) for body in corpus]
    found = {f for f in PLANNED if any(d.hits(f, i, _pattern(f)) for d in docs for i in range(len(d.sentences)))}
    assert len(found) >= 0.8 * len(PLANNED), sorted(set(PLANNED) - found)


def test_a_cue_is_keyed_by_a_rare_word_after_an_optional_one() -> None:
    scan = plan([r"(this|that)\s+(\w+\s+)?(underscores|highlights)"], FREQUENT)
    assert scan is not None
    assert scan.sentence_keys == {"underscores", "highlights"}
    assert scan.rest is None


def test_a_leading_rare_word_keys_the_cue_where_it_stands() -> None:
    scan = plan([r"(ministry|agency)\s+(officials|sources)"], FREQUENT)
    assert scan is not None
    assert set(scan.keys) == {"ministry", "agency"} and scan.keys["agency"] == {0}
    assert scan.by_sentence is None and scan.rest is None


def test_no_key_is_a_piece_of_a_word() -> None:
    """In "in(\\s+\\w+)?port" nothing but a whole word may key the cue: it is scanned in full."""
    scan = plan([r"in(\s+\w+)?port", r"the\s+(ministry|agency)"], FREQUENT)
    assert scan is not None
    assert "port" not in scan.keys and "port" not in scan.sentence_keys
    assert scan.rest is not None and "port" in scan.rest.pattern


def test_where_a_keyed_and_a_scanned_cue_start_together_the_familys_order_decides() -> None:
    """The whole pattern tries its cues in order: a scanned cue listed first wins at a place where a
    keyed one starts too, as it would in one ``finditer``."""
    cues = [r"(is|it['’]s) the (right|wrong) (thing|choice)", r"is the wrong"]
    scan = plan(cues, FREQUENT | {"is", "it", "right", "thing", "choice"})
    assert scan is not None and scan.keys and (scan.by_sentence or scan.rest) is not None
    low = "that is the wrong choice. it's the right thing."
    words = WordIndex(low, frozenset(scan.keys) | scan.sentence_keys)
    sentences = [(0, 25), (26, len(low))]
    whole = re.compile(scan.wrap.format("|".join(cues)))
    want = [m.group() for a, b in sentences for m in whole.finditer(low, a, b)]
    assert (
        [m.group() for m in words.finditer(scan, low, sentences)]
        == want
        == ["is the wrong choice", "it's the right thing"]
    )
