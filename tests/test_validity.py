"""Every built page is valid HTML by the W3C Nu HTML Checker (vnu.jar from npm, run with Java)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

VNU = Path(__file__).parent.parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_pages_are_valid_html(built_site: Path) -> None:
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        pytest.skip("needs Java and node_modules/vnu-jar (make test installs it)")
    pages = sorted(str(p) for p in built_site.rglob("*.html"))
    assert len(pages) >= 4
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--also-check-css", *pages],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems = [m for m in messages if m.get("type") == "error" or m.get("subType") == "warning"]
    assert problems == [], [(Path(m.get("url", "")).name, m.get("lastLine"), m["message"]) for m in problems][:10]
