"""Shared fixtures: the project's own registry and seed article, built sites, and the browser."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def run(cmd: list[str], cwd: Path, timeout: float = 600, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's site, built once with ``explainer build --strict``."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = run([str(BIN / "explainer"), "build", "--strict"], cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


#: Where browser tests put what they saw; `make screenshots` refreshes the copies in docs/.
ARTIFACTS = Path(__file__).parent / ".artifacts"
SCREENSHOTS = ROOT / "docs" / "screenshots"


def shot(page: Any, name: str) -> None:
    """Save what the reader sees (and, with EXPLAINER_SCREENSHOTS set, the README's copy)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    if os.environ.get("EXPLAINER_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(ARTIFACTS / f"{name}.png", SCREENSHOTS / f"{name}.png")


#: Debian's chromium, started the way this machine allows (no sandbox as root, no background networking).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serving(folder: Path) -> Iterator[str]:
    """``folder`` served on loopback; yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One chromium for the whole run, driven by Playwright (which never downloads a browser here)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make test installs it)")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
