"""The extension changes no Markdown: Python-Markdown's own legacy syntax tests read the same with it.

Every input of the ``basic`` and ``misc`` folders of Python-Markdown's test
suite (from its source distribution, fetched once into ``.cache/`` for the
installed version) is converted with and without explainer; once the
annotation interface is removed, the reader must see exactly the same text.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

import markdown
import pytest

from generator.analysis import Registry
from generator.annotate import ExplainerExtension

from .htmltext import visible_text

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "markdown-legacy" / markdown.__version__


def _legacy_tests() -> Path:
    """Python-Markdown's tests folder for the installed version (downloaded once)."""
    tests = CACHE / f"markdown-{markdown.__version__}" / "tests"
    if not tests.is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:", "--no-deps",
             f"markdown=={markdown.__version__}", "-d", str(CACHE)],
            check=True, timeout=300, capture_output=True,
        )  # fmt: skip
        with tarfile.open(next(CACHE.glob("markdown-*.tar.gz"))) as archive:
            archive.extractall(CACHE, filter="data")
    return tests


def _inputs() -> list[Path]:
    tests = _legacy_tests()
    return sorted([*(tests / "basic").glob("*.txt"), *(tests / "misc").glob("*.txt")])


INPUTS = _inputs()


def test_the_whole_legacy_suite_is_there() -> None:
    assert len(INPUTS) >= 75  # basic and misc: about 80 inputs


@pytest.mark.parametrize("source", INPUTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_visible_text_is_the_same_with_explainer(source: Path) -> None:
    text = source.read_text(encoding="utf-8")
    plain = markdown.Markdown(extensions=[]).convert(text)
    annotated = markdown.Markdown(
        extensions=[ExplainerExtension(registry=Registry(), summary=False, notes=False, sanitize=False)]
    ).convert(text)
    assert visible_text(annotated) == visible_text(plain)
