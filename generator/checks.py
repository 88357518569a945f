"""Content validation shared by ``explainer check`` and the MkDocs build.

Both read an article the same way (``prepare``): front matter, body, unsafe
HTML, and its review sidecar. The CLI then analyses it to find orphans and
ambiguous anchors; the build gets the same problems from the extension.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .analysis import Analysis, Registry, ReviewSet, analyze, available_languages, load_registry, load_review
from .content import Article, active_file_problem, decode, parse_article, sidecar_of, unsafe_html
from .fsutil import OUTSIDE_LINK, link_outside, read_inside
from .problems import ContentError, Problem

#: Deepest Markdown nesting published (lists by indentation, blockquotes by markers). Python-Markdown
#: recurses per level and fails a little above 200 nested lists; no article needs more than a few.
MAX_NESTING = 100
NESTING_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<quotes>(?:>[ \t]*)*)", re.M)

#: The project's registry, used when no sources.yml sits above the checked paths.
DEFAULT_SOURCES = Path("content") / "sources.yml"


@dataclass
class Prepared:
    """An article read from disk with its review entries, ready to analyse."""

    article: Article | None
    review: ReviewSet | None
    problems: list[Problem] = field(default_factory=list)


def prepare(path: Path, shown: str, registry: Registry, root: Path) -> Prepared:
    """Read an article (and its review file) from inside ``root``, the content folder."""
    problems: list[Problem] = []
    try:
        raw = read_inside(path, root, shown)
        article = parse_article(decode(raw, shown), shown)
    except ContentError as exc:
        return Prepared(None, None, [exc.problem])
    problems.extend(article.problems)
    too_deep = _too_deep(article.body)
    if too_deep is not None:
        line = article.body_line + article.body.count("\n", 0, too_deep)
        message = f"nested more than {MAX_NESTING} levels deep (lists or quotes); flatten it. Not published"
        return Prepared(None, None, [*problems, Problem(shown, line, message)])
    problems.extend(unsafe_html(article.body, shown, article.body_line))
    if article.language not in available_languages():
        problems.append(
            Problem(
                shown,
                None,
                f"no cue lexicon for language '{article.language}'; analysed with 'en' "
                f"(available: {', '.join(available_languages())})",
                "warning",
            )
        )
        article.meta["language"] = "en"
    if b"\x00" in raw:
        problems.append(Problem(shown, None, "contains NUL bytes: is this a binary file? Articles must be text"))
    if not article.body.strip():
        problems.append(
            Problem(shown, article.body_line, "the article has no text; write the body below the front matter")
        )
    review = None
    sidecar = sidecar_of(path)
    if sidecar.exists() or sidecar.is_symlink():
        sidecar_shown = str(Path(shown).with_suffix(".claims.yml"))
        try:
            entries, sidecar_problems = load_review(read_inside(sidecar, root, sidecar_shown), sidecar_shown, registry)
        except ContentError as exc:
            sidecar_problems, entries = [_renamed(exc.problem, sidecar_shown)], []
        problems.extend(_renamed(p, sidecar_shown) for p in sidecar_problems)
        for entry in entries:
            texts = {"note": entry.note, "verdict": entry.verdict}
            texts.update({"evidence": " ".join(f"{e.url} {e.title or ''}" for e in entry.evidence)})
            for key, text in texts.items():
                if text:
                    problems.extend(unsafe_html(text, sidecar_shown, entry.line, f" in '{key}'"))
        review = ReviewSet(entries, sidecar_shown, shown, article.body_line)
    return Prepared(article, review, problems)


def _too_deep(body: str) -> int | None:
    """Where the body nests deeper than MAX_NESTING levels, if it does."""
    for m in NESTING_RE.finditer(body):
        indent = m.group("indent").expandtabs(4)
        if len(indent) // 4 + m.group("quotes").count(">") > MAX_NESTING:
            return m.start()
    return None


def _renamed(problem: Problem, shown: str) -> Problem:
    return Problem(shown, problem.line, problem.message, problem.severity)


@dataclass
class CheckedArticle:
    path: str
    title: str | None
    analysis: Analysis

    def to_json(self) -> dict[str, Any]:
        return self.analysis.to_json(self.path, self.title)


@dataclass
class Report:
    articles: list[CheckedArticle] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def errors(self, strict: bool = False) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error" or strict]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "articles": [a.to_json() for a in self.articles],
            "problems": [p.to_json() for p in self.problems],
        }


def _shown(path: Path) -> str:
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _registry_for(paths: list[Path], sources: Path | None) -> tuple[Registry, list[Problem], Path | None]:
    if sources is None:
        for path in paths:
            for folder in [path, *path.resolve().parents] if path.is_dir() else path.resolve().parents:
                if (folder / "sources.yml").is_file():
                    sources = folder / "sources.yml"
                    break
            if sources:
                break
    if sources is None and DEFAULT_SOURCES.is_file():
        sources = DEFAULT_SOURCES
    if sources is None:
        return Registry(), [], None
    try:
        registry, problems = load_registry(sources)
    except ContentError as exc:
        return Registry(), [exc.problem], sources
    return registry, [_renamed(p, _shown(sources)) for p in problems], sources


def check(
    paths: list[Path], sources: Path | None = None, language: str | None = None, allow_active: list[str] | None = None
) -> Report:
    """Validate articles (files or folders) and analyse them; nothing is written.

    ``allow_active`` is the site's list of HTML, SVG or script files that may be published as they are.
    """
    report = Report()
    registry, registry_problems, _ = _registry_for(paths, sources)
    report.problems.extend(registry_problems)
    files: list[tuple[Path, bool, Path]] = []
    allowed = allow_active or []
    for path in paths:
        if path.is_dir():
            # In a folder, articles are the pages under an "articles" folder; other
            # pages (home, about) are validated but not analysed.
            for page in sorted(path.rglob("*.md")):
                if not any(part.startswith(".") for part in page.parts):
                    files.append((page, "articles" in page.absolute().parts, path))
            for other in sorted(path.rglob("*")):
                if other.suffix != ".md" and other.is_symlink() and link_outside(other, path) is not None:
                    report.problems.append(Problem(_shown(other), None, OUTSIDE_LINK))
                elif other.is_file() and (why := active_file_problem(other.relative_to(path).as_posix(), allowed)):
                    report.problems.append(Problem(_shown(other), None, why))
            for sidecar in sorted(path.rglob("*.claims.yml")):
                if not sidecar.with_name(sidecar.name.removesuffix(".claims.yml") + ".md").is_file():
                    report.problems.append(
                        Problem(_shown(sidecar), None, "review file without an article beside it; rename or delete it")
                    )
        else:
            files.append((path, True, path.parent))
    slugs: dict[str, list[str]] = defaultdict(list)
    for file, is_article, root in files:
        shown = _shown(file)
        slug = file.with_suffix("").name.lower()
        if slug == "index":
            slug = file.parent.name.lower()
        slugs[str(file.parent.resolve() / slug) if slug else shown].append(shown)
        prepared = prepare(file, shown, registry, root)
        report.problems.extend(prepared.problems)
        if prepared.article is None or not is_article:
            continue
        analysis = analyze(prepared.article.body, registry, language or prepared.article.language)
        if prepared.review is not None:
            _, anchoring = prepared.review.apply(analysis, registry)
            report.problems.extend(anchoring)
        report.articles.append(CheckedArticle(shown, prepared.article.title, analysis))
    for shown_paths in slugs.values():
        if len(shown_paths) > 1:
            for shown in shown_paths:
                others = ", ".join(p for p in shown_paths if p != shown)
                report.problems.append(Problem(shown, None, f"same page address as {others}; rename one of them"))
    return report
