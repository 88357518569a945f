"""A thousand hostile variations of articles, front matters, review files and registries.

Seeded and reproducible: each project of the run is a mutation of the seed
article, the registry and a review file (broken YAML, wrong types, bad dates,
script in every field, control characters, invalid UTF-8, deep nesting,
quotes that run over paragraphs…). Each goes through ``explainer check`` and
``explainer build``; whatever the input, there is no traceback, the exit
status is 0 or 1, every problem names a file and a line, the content is
byte-identical afterwards, and no script reaches the site.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

import pytest

from tests.conftest import BIN, ROOT, copy_project, run

EXPLAINER = str(BIN / "explainer")
SEED = 20261126
PROJECTS = 10
ARTICLES_PER_PROJECT = 100

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    '<a href=" java\tscript:alert(1)">x</a>',
    "<![CDATA[ TASS said the war ended. ]]>",
    "<!-- Reuters reported a coup -->",
    "<span hidden>Interfax said</span>",
    '<li id="note-c1" class="claim-note tag tag-corroborated">forged</li>',
    "<svg onload=alert(1)>",
    "<iframe src=//evil.example></iframe>",
    "\U000f0001\U00100001",
    "\x00\x07\x1b",
    "\u202e\u2066",
    "**",
    "`",
    "[",
    "](",
    "> ",
    "# ",
    "1986. ",
    "“",
    '"',
    "\\",
]
FRONT_VALUES = [
    "2024-02-30",
    "last week",
    "25:61:61",
    "!!int abc",
    "[a, b]",
    "{x: 1}",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    '"\\ud800"',
    '"bell \\a"',
    "x" * 40,
    "&a [1]",
    "*a",
    "~",
    "'unclosed",
    "\t tab",
    "404.html",
    "../../etc/passwd",
    "[" * 60 + "]" * 60,
]
FRONT_KEYS = ["title", "publisher", "published", "original_url", "language", "template", "description", "title"]


def _mutate_text(rng: random.Random, text: str) -> str:
    pieces = list(text)
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(pieces) + 1)
        choice = rng.random()
        if choice < 0.5:
            pieces.insert(position, rng.choice(HOSTILE))
        elif choice < 0.7 and pieces:
            del pieces[position : position + rng.randint(1, 40)]
        elif choice < 0.85:
            pieces.insert(position, "\n\n")
        else:
            pieces.insert(position, chr(rng.choice([0x2028, 0xFEFF, 0x0301, 0x1F600, 0xE000, 0x200B, 0x0085])))
    return "".join(pieces)


def _front_matter(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return ""
    lines = ["title: Fuzzed"]
    for _ in range(rng.randint(0, 4)):
        lines.append(f"{rng.choice(FRONT_KEYS)}: {rng.choice(FRONT_VALUES)}")
    closing = "---\n" if rng.random() > 0.05 else ""
    return "---\n" + "\n".join(lines) + "\n" + closing


def _article(rng: random.Random, seed_body: str) -> bytes:
    paragraphs = seed_body.split("\n\n")
    body = "\n\n".join(rng.sample(paragraphs, k=rng.randint(1, min(6, len(paragraphs)))))
    text = _front_matter(rng) + _mutate_text(rng, body)
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.05:
        data = data.replace(b"e", b"\xe9", 1)  # not UTF-8
    if rng.random() < 0.05:
        data = data.replace(b"\n", b"\r\n")
    return data


def _review(rng: random.Random, body: str) -> str:
    entries = []
    for _ in range(rng.randint(0, 4)):
        start = rng.randrange(max(1, len(body) - 60))
        quote = body[start : start + rng.randint(5, 120)]
        entry = {
            "quote": quote if rng.random() > 0.1 else rng.choice([None, 7, ["x"], ""]),
            "labels": rng.choice(
                [None, [], ["opinion"], ["dubious"], "single-source", ["single-source", "unverified"]]
            ),
            "sources": rng.choice([None, ["tass"], ["reuter"], ["../x"], "tass"]),
            "note": rng.choice([None, "<script>alert(1)</script>", "fine", 3]),
            "evidence": rng.choice([None, [{"url": "javascript:alert(1)"}], [{"url": "https://example.org"}], "x"]),
            "verdict": rng.choice([None, "false", ["x"]]),
            rng.choice(["prefix", "suffix", "colour"]): rng.choice(["the", "", None]),
        }
        entries.append({k: v for k, v in entry.items() if v is not None})
    text = json.dumps(entries, ensure_ascii=False)  # JSON is YAML
    if rng.random() < 0.2:
        text = _mutate_text(rng, text)
    return text


def _registry(rng: random.Random, base: str) -> str:
    extra = []
    for n in range(rng.randint(0, 5)):
        source_id = rng.choice([f"fuzz-{n}", "../../x", "x²", "UPPER", "a b", f"ok_{n}", f"fine-{n}"])
        if rng.random() < 0.05:
            source_id = "tass"  # a duplicate id: the whole registry is untrustworthy, the build stops
        fields = {
            "name": rng.choice([f"Fuzz Outlet {n}", "", None, "(", "Reuters"]),
            "aliases": rng.choice([[f"FZ{n}"], ["*+?"], "x", [1], None]),
            "kind": rng.choice(["news-agency", "nonsense", None]),
            "owner": rng.choice(["Owner", None, 5]),
            "url": rng.choice(["https://example.org", "javascript:alert(1)", " java\tscript:1", None]),
        }
        extra.append(f"{json.dumps(source_id)}: {json.dumps({k: v for k, v in fields.items() if v is not None})}")
    text = base + "\n" + "\n".join(extra) + "\n"
    return _mutate_text(rng, text) if rng.random() < 0.1 else text


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


PROBLEM_LINE_RE = re.compile(r"^(?:WARNING +-  )?\S.*?:\d+: (?:error|warning): ")
#: What no published page may hold: script the article could have smuggled in.
ACTIVE_RE = re.compile(
    r"<script(?![^>]*(?:application/ld\+json|assets/|pagefind))|<[a-z][^>]*\son[a-z]+\s*="
    r"|<[a-z][^>]*(?:href|src|action)\s*=\s*[\"']?\s*(?:(?:java|vb)script|data):|<iframe[^>]*\ssrcdoc|<object|<embed",
    re.I,
)


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("project_index", range(PROJECTS))
def test_hostile_variations_never_crash_leak_or_change_content(project_index: int, tmp_path: Path) -> None:
    rng = random.Random(SEED + project_index)
    project = copy_project(tmp_path)
    content = project / "content"
    articles = content / "articles"
    seed_body = (ROOT / "content" / "articles" / "defectors.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    for n in range(ARTICLES_PER_PROJECT):
        data = _article(rng, seed_body)
        (articles / f"fuzz-{n:03d}.md").write_bytes(data)
        if rng.random() < 0.3:
            body = data.decode("utf-8", "replace")
            (articles / f"fuzz-{n:03d}.claims.yml").write_text(_review(rng, body), encoding="utf-8", errors="replace")
    registry = content / "sources.yml"
    registry.write_text(_registry(rng, registry.read_text(encoding="utf-8")), encoding="utf-8", errors="replace")
    before = _digest(content)

    built = False
    for command in (["check"], ["check", "--format", "json"], ["build"]):
        result = run([EXPLAINER, *command], cwd=project)
        built = built or (command == ["build"] and result.returncode == 0)
        assert result.returncode in (0, 1), (command, result.stderr[-3000:])
        assert "Traceback" not in result.stderr + result.stdout, (command, result.stderr[-3000:])
        if command == ["check"]:
            problems = [ln for ln in result.stdout.splitlines() if ": error: " in ln or ": warning: " in ln]
            assert problems and all(PROBLEM_LINE_RE.match(ln) for ln in problems), problems[:5]
        if command[-1] == "json":
            for problem in json.loads(result.stdout)["problems"]:
                assert problem["path"] and problem["line"] >= 1, problem
        if command == ["build"]:
            warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("WARNING")]
            assert all(PROBLEM_LINE_RE.match(ln) or "unknown front-matter" in ln or "link" in ln for ln in warnings)
    assert _digest(content) == before
    site = project / "site"
    pages = list(site.rglob("*.html"))
    assert not built or len(pages) > ARTICLES_PER_PROJECT // 2
    for page in pages:
        text = page.read_text(encoding="utf-8")
        found = ACTIVE_RE.search(text)
        assert found is None, (page, text[max(0, found.start() - 80) : found.end() + 80] if found else "")
