"""The site around the articles: pagination, source and label pages, feeds, links, deploy, cache."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import xml.etree.ElementTree as etree
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from generator.analysis import Registry, analyze
from generator.analysis.model import LABEL_WORDS
from generator.plugin.progress import Progress
from generator.plugin.structure import ArticleClaims, ArticleInfo
from tests.conftest import BIN, copy_project, run

pytestmark = pytest.mark.slow
EXPLAINER = str(BIN / "explainer")
SITE_URL = "https://user.github.io/repo/"


def write_article(project: Path, slug: str, body: str, **meta: str) -> None:
    front = yaml.safe_dump({"title": slug.replace("-", " ").title(), **meta}, sort_keys=False)
    (project / "content" / "articles" / f"{slug}.md").write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of 120 articles with known sourcing, built for a GitHub Pages subpath."""
    project = copy_project(tmp_path_factory.mktemp("site"))
    for number in range(120):
        day = f"2024-{1 + number // 28:02d}-{1 + number % 28:02d}"
        write_article(project, f"story-{number:03d}", f"The weather was mild on day {number}.", published=day)
    write_article(project, "tass-story", "TASS reported that the bridge was closed.", published="2025-01-01")
    write_article(project, "two-agencies", "TASS and RIA Novosti reported that the dam held.", published="2025-01-02")
    write_article(
        project,
        "corroborated",
        "Reuters and AFP reported that the port reopened. Officials said ships waited.",
        published="2025-01-03",
    )
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("articles: articles", "articles: articles\n      annotations: true"))
    env = {**os.environ, "SITE_URL": SITE_URL}
    result = run([EXPLAINER, "build", "--strict"], cwd=project, env=env)
    assert result.returncode == 0, result.stderr
    return project / "site"


def html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def article_links(page: str) -> list[str]:
    return re.findall(r'<h3><a href="([^"]+)">', page)


def test_home_is_paginated_newest_first(site: Path) -> None:
    first, second, third = html(site, "index.html"), html(site, "page/2/index.html"), html(site, "page/3/index.html")
    counts = [len(article_links(p)) for p in (first, second, third)]
    assert counts == [50, 50, 24]  # 120 + 3 written here + the seed
    assert article_links(first)[:3] == [
        "articles/corroborated/index.html",
        "articles/two-agencies/index.html",
        "articles/tass-story/index.html",
    ]
    assert 'rel="next" href="page/2/index.html"' in first
    assert 'rel="prev" href="../../index.html"' in second and 'rel="next" href="../3/index.html"' in second
    assert not (site / "page" / "4").exists()
    assert 'class="profile-bar"' in first


def test_pages_link_to_neighbours_not_to_everything(site: Path) -> None:
    page = html(site, "articles/two-agencies/index.html")
    assert 'rel="prev" href="../corroborated/index.html"' in page
    assert 'rel="next" href="../tass-story/index.html"' in page
    # a bounded navigation: no page links to all 123 articles
    assert max(len(re.findall(r'href="[^"]*articles/', p.read_text())) for p in site.rglob("*.html")) <= 60


def test_source_pages_list_the_claims_resting_on_them(site: Path) -> None:
    tass = html(site, "sources/tass/index.html")
    assert "Government of Russia" in tass and "state media" in tass
    assert "TASS reported that the bridge was closed." in tass
    assert "TASS and RIA Novosti reported that the dam held." in tass
    assert "The weather was mild" not in tass
    reuters = html(site, "sources/reuters/index.html")
    assert "Reuters and AFP reported that the port reopened." in reuters and "bridge" not in reuters
    index = html(site, "sources/index.html")
    order = [m for m in re.findall(r'<a href="([a-z-]+)/index.html">', index)]
    assert order.index("tass") < order.index("interfax")  # most relied-on first
    owners = re.search(r"<strong>Government of Russia</strong>: (.*?)</li>", index)
    assert owners is not None and "TASS" in owners.group(1) and "RIA Novosti" in owners.group(1)


def test_label_pages_list_every_claim_with_that_label(site: Path) -> None:
    single = html(site, "labels/single-source/index.html")
    assert "TASS reported that the bridge was closed." in single
    assert "TASS and RIA Novosti reported that the dam held." in single  # same owner: one source
    assert "Reuters and AFP" not in single
    corroborated = html(site, "labels/corroborated/index.html")
    assert "Reuters and AFP reported that the port reopened." in corroborated
    unverified = html(site, "labels/unverified/index.html")
    assert "Officials said ships waited." in unverified
    assert 'href="../../articles/corroborated/index.html#claim-c2"' in unverified


def test_site_claims_json_holds_every_article(site: Path) -> None:
    data = json.loads(html(site, "claims.json"))
    assert data["version"] == 1 and len(data["articles"]) == 124
    paths = {a["path"] for a in data["articles"]}
    assert "content/articles/defectors.md" in paths and "content/articles/tass-story.md" in paths


def test_absolute_urls_derive_from_site_url(site: Path) -> None:
    page = html(site, "articles/tass-story/index.html")
    assert f'<link rel="canonical" href="{SITE_URL}articles/tass-story/">' in page
    assert f'<meta property="og:url" content="{SITE_URL}articles/tass-story/">' in page
    sitemap = html(site, "sitemap.xml")
    assert f"<loc>{SITE_URL}articles/tass-story/</loc>" in sitemap
    feed = etree.fromstring(html(site, "feed.xml"))
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == 50
    assert entries[0].find(f"{atom}link").get("href") == f"{SITE_URL}articles/corroborated/"  # type: ignore[union-attr]
    annotations = json.loads(html(site, "articles/tass-story/annotations.jsonld"))
    assert annotations["items"][0]["id"] == f"{SITE_URL}articles/tass-story/#claim-c1"
    not_found = html(site, "404.html")
    assert 'href="/repo/assets/explainer.css"' in not_found  # works at any depth of a missing URL
    assert (site / ".nojekyll").exists()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        for key in ("href", "src"):
            if attributes.get(key) and not (tag == "link" and attributes.get("rel") in ("canonical", "alternate")):
                self.links.append(str(attributes[key]))


def test_every_internal_link_resolves_under_a_subpath(site: Path) -> None:
    """A crawl of the built HTML: each relative link must reach a file (and its #anchor)."""
    parsed: dict[Path, _Links] = {}
    for page in site.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        parsed[page] = parser
    checked = 0
    for page, parser in parsed.items():
        if page.name == "404.html":
            continue  # its links are root-relative on purpose, checked above
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_relative_to(site.resolve()), (page, link)  # never escapes the subpath
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), (page.relative_to(site), link)
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in parsed[target].ids, (page.relative_to(site), link)
            checked += 1
    assert checked > 1000


def test_rebuild_reuses_cached_analysis(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    cache = project / ".cache" / "explainer"
    assert run([EXPLAINER, "build"], cwd=project).returncode == 0
    cached = sorted(cache.glob("??/*.json"))
    assert len(cached) == 1
    assert len(list((cache / "html").rglob("*.bin"))) == 1
    page = project / "site" / "articles" / "defectors" / "index.html"
    cold = page.read_bytes()
    stamp = cached[0].stat().st_mtime_ns
    assert run([EXPLAINER, "build"], cwd=project).returncode == 0
    assert cached[0].stat().st_mtime_ns == stamp  # read, not rewritten
    assert page.read_bytes() == cold  # the cached conversion is the same page
    article = project / "content" / "articles" / "defectors.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials said more.\n", encoding="utf-8")
    assert run([EXPLAINER, "build"], cwd=project).returncode == 0
    assert len(list(cache.glob("??/*.json"))) == 2
    for stale in [*cache.rglob("*.json"), *cache.rglob("*.bin")]:
        stale.write_text("{broken")  # a damaged cache is only a miss
    result = run([EXPLAINER, "build", "--strict"], cwd=project)
    assert result.returncode == 0
    assert "Officials said more." in (project / "site" / "articles" / "defectors" / "claims.json").read_text()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_and_stays_quiet_in_ci() -> None:
    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = Progress("Analysing articles", 3, stream)
        for _ in range(3):
            progress.step()
        progress.done("2 from cache")
    assert "Analysing articles: 3/3" in terminal.getvalue() and "2 from cache" in terminal.getvalue()
    assert log.getvalue() == ""


def test_deploy_pushes_a_gh_pages_branch_to_a_bare_repository(tmp_path: Path) -> None:
    bare = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--bare", "-q", str(bare)], check=True)
    project = copy_project(tmp_path / "project")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    for command in (["init", "-q"], ["add", "."], ["commit", "-qm", "site"], ["remote", "add", "origin", str(bare)]):
        subprocess.run(["git", *command], cwd=project, check=True, env=env)
    result = run([EXPLAINER, "deploy", "-m", "Publish"], cwd=project, env=env)
    assert result.returncode == 0, result.stderr
    files = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", "gh-pages"], cwd=bare, capture_output=True, text=True, check=True
    ).stdout.split()
    assert ".nojekyll" in files and "index.html" in files and "articles/defectors/index.html" in files
    assert "articles/defectors/claims.json" in files and not any(f.endswith(".md") for f in files)
    message = subprocess.run(["git", "log", "-1", "--format=%s", "gh-pages"], cwd=bare, capture_output=True, text=True)
    assert message.stdout.strip() == "Publish"


def _git_project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    project = copy_project(tmp_path / "project")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    for command in (["init", "-q"], ["add", "."], ["commit", "-qm", "site"]):
        subprocess.run(["git", *command], cwd=project, check=True, env=env)
    return project, env


def _refs(project: Path) -> str:
    return subprocess.run(["git", "show-ref"], cwd=project, capture_output=True, text=True).stdout


def test_a_failed_deploy_leaves_the_repository_as_it_was(tmp_path: Path) -> None:
    project, env = _git_project(tmp_path)
    subprocess.run(["git", "remote", "add", "origin", str(tmp_path / "nowhere.git")], cwd=project, check=True)
    before = _refs(project)
    result = run([EXPLAINER, "deploy"], cwd=project, env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Deployment Aborted" in result.stderr
    assert _refs(project) == before  # no new local gh-pages commit
    assert not list((project / ".git").glob("fast_import_crash_*"))
    bad_branch = run([EXPLAINER, "deploy", "-b", "bad..branch"], cwd=project, env=env)
    assert bad_branch.returncode == 2 and "is not a branch name" in bad_branch.stderr


def test_deploy_refuses_content_with_problems(tmp_path: Path) -> None:
    project, env = _git_project(tmp_path)
    bare = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--bare", "-q", str(bare)], check=True)
    subprocess.run(["git", "remote", "add", "origin", str(bare)], cwd=project, check=True)
    (project / "content" / "articles" / "bad.md").write_text("---\ntitle: A\ntitle: B\n---\nText.\n")
    result = run([EXPLAINER, "deploy"], cwd=project, env=env)
    assert result.returncode == 1 and "duplicate key 'title'" in result.stderr
    assert "site_url is not set" in result.stderr
    branches = subprocess.run(["git", "branch", "--list"], cwd=bare, capture_output=True, text=True).stdout
    assert "gh-pages" not in branches


def test_pages_workflow_uses_the_official_actions() -> None:
    workflow = yaml.safe_load((Path(__file__).parent.parent / ".github" / "workflows" / "pages.yml").read_text())
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    uses = [step.get("uses", "") for step in build["steps"]]
    assert any(u.startswith("actions/configure-pages@") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    run_steps = " ".join(step.get("run", "") for step in build["steps"])
    assert "--strict" in run_steps
    assert any("SITE_URL" in (step.get("env") or {}) for step in build["steps"])
    # Pull requests are checked and built strictly, and never deployed.
    check = workflow["jobs"]["check"]
    assert "pull_request" in workflow[True] and check["if"] == "github.event_name == 'pull_request'"
    check_runs = " ".join(step.get("run", "") for step in check["steps"])
    assert "explainer check --strict" in check_runs and "explainer build --strict" in check_runs
    assert build["if"] == "github.event_name != 'pull_request'"
    # Current majors (Node 24 runtimes for checkout and setup-python).
    majors = {u.split("@")[0]: int(u.split("@v")[1]) for u in uses if "@v" in u}
    assert majors["actions/checkout"] >= 5 and majors["actions/setup-python"] >= 6


def test_many_articles_are_analysed_in_parallel_with_the_same_result(registry: Registry) -> None:
    from generator.analysis import analyze
    from generator.plugin.parallel import MIN_PARALLEL, analyse_many

    jobs = [(f"Reuters reported {n} strikes. Officials said {n} people fled.", "en") for n in range(MIN_PARALLEL + 1)]
    parallel = list(analyse_many(jobs, registry))
    assert [a.to_json("x", None) for a in parallel] == [analyze(body, registry).to_json("x", None) for body, _ in jobs]


def test_published_files_are_readable_by_a_web_server(site: Path) -> None:
    for name in ("index.html", "claims.json", "articles/tass-story/claims.json", "articles/tass-story/index.html"):
        assert (site / name).stat().st_mode & 0o044 == 0o044, name


def test_warm_build_converts_no_unchanged_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.annotate import extension

    project = copy_project(tmp_path)
    monkeypatch.chdir(project)
    build(load_config(config_file="mkdocs.yml"))
    converted: list[str] = []
    real = extension.ClaimMarkers.run

    def counting(self: extension.ClaimMarkers, lines: list[str]) -> list[str]:
        if self.ext.job.annotate:
            converted.append(lines[0][:20])
        return real(self, lines)

    monkeypatch.setattr(extension.ClaimMarkers, "run", counting)
    build(load_config(config_file="mkdocs.yml"))
    assert converted == []
    article = project / "content" / "articles" / "defectors.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials said more.\n", encoding="utf-8")
    build(load_config(config_file="mkdocs.yml"))
    assert len(converted) == 1


def test_search_index_covers_every_article_and_nothing_else(site: Path) -> None:
    entry = json.loads(html(site, "pagefind/pagefind-entry.json"))
    articles = len(list((site / "articles").glob("*/index.html")))
    assert articles == 124  # the 123 written above and the seed
    assert entry["languages"]["en"]["page_count"] == articles


def test_search_indexes_the_text_and_labels_not_the_notes(site: Path) -> None:
    fragments = {}
    for path in (site / "pagefind" / "fragment").iterdir():
        data = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        fragments[data["url"]] = data
    story = fragments["/articles/tass-story/"]  # site-relative: the search page adds the base
    assert "TASS reported that the bridge was closed." in story["content"]
    assert story["filters"]["label"] == ["Single source"]
    assert "How this article is sourced" not in story["content"]
    assert "Back to the text" not in story["content"]


def test_the_theme_loads_the_sites_extra_css_and_javascript(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "content" / "house.css").write_text(".site-name { letter-spacing: .1em; }\n")
    (project / "content" / "house.js").write_text("document.documentElement.dataset.house = '1';\n")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text() + "\nextra_css: [house.css]\nextra_javascript: [house.js]\n")
    config.write_text(
        config.read_text().replace("articles: articles", "articles: articles\n      allow_active: [house.js]")
    )
    assert run([EXPLAINER, "build", "--strict"], cwd=project).returncode == 0
    page = (project / "site" / "articles" / "defectors" / "index.html").read_text()
    assert '<link rel="stylesheet" href="../../house.css">' in page
    assert '<script src="../../house.js"></script>' in page


def test_listing_items_escape_the_claim_text_and_the_address(registry: Registry) -> None:
    analysis = analyze('Police said the score was 3 <5 & "rising".', registry)
    info = ArticleInfo("a.md", "a/", "A", None, None, None, analysis)
    html = str(ArticleClaims(info, analysis.labelled).items('../a/"x', LABEL_WORDS))
    assert "3 &lt;5 &amp; &#34;rising&#34;." in html and "<5" not in html
    assert 'href="../a/&#34;x#claim-c1"' in html
    assert '<span class="label label-single-source">Single source</span>' in html
