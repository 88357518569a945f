"""Shared fixtures: the project's own registry and seed article, and built sites."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.analysis import Registry, load_registry
from generator.content import read_article

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEED = CONTENT / "articles" / "defectors.md"
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def registry() -> Registry:
    reg, problems = load_registry(CONTENT / "sources.yml")
    assert problems == []
    return reg


@pytest.fixture(scope="session")
def seed_body() -> str:
    return read_article(SEED).body


def copy_project(dest: Path) -> Path:
    """A copy of the project's site sources (content, templates, mkdocs.yml) to build in isolation."""
    for name in ("content", "templates"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def run(cmd: list[str], cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's site, built once with ``explainer build --strict``."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = run([str(BIN / "explainer"), "build", "--strict"], cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"
