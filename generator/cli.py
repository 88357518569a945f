"""The ``explainer`` command: a thin layer over the analyzer and the MkDocs plugin.

Exit status (docs/contracts.md, "Command line"): 0 clean, 1 when a problem of severity error was
found, 2 for bad usage (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import socket
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import yaml

from . import __version__
from .analysis import LABELS, Registry, analyze, available_languages, load_registry
from .analysis.yamlnodes import UNUSABLE_CHARACTER_RE
from .checks import DEFAULT_SOURCES, check
from .content import SLUG_RE, decode, imported_article, parse_article, slug_for
from .fsutil import MAX_CONTENT_BYTES, read_inside, write_atomic
from .problems import ContentError, Problem
from .report import print_report

DEFAULT_CONFIG = "mkdocs.yml"
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage discovered after parsing (a missing file, say): exit 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explainer",
        description="Build a website of news articles with every weakly sourced claim marked inline.",
    )
    parser.add_argument("--version", action="version", version=f"explainer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser("build", help="build site/ (same as 'mkdocs build' with the plugin)")
    build.add_argument(
        "-f", "--config-file", default=DEFAULT_CONFIG, help="MkDocs configuration (default: %(default)s)"
    )
    build.add_argument("-d", "--site-dir", help="output folder (default: site_dir of the configuration)")
    build.add_argument("-s", "--strict", action="store_true", help="fail on any warning (content problems included)")

    serve = commands.add_parser("serve", help="live preview that rebuilds on every change")
    serve.add_argument(
        "-f", "--config-file", default=DEFAULT_CONFIG, help="MkDocs configuration (default: %(default)s)"
    )
    serve.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", help="IP:PORT to serve on (default: %(default)s)")
    serve.add_argument(
        "--review", action="store_true", help="the editor's mode: confirm and correct marks in the browser"
    )

    review = commands.add_parser(
        "review",
        help="the editor's mode: confirm and correct marks in the browser (serve --review)",
        description="Serve the site on 127.0.0.1 with controls to confirm, correct and add marks; "
        "changes are written to the articles' review files.",
    )
    review.add_argument(
        "-f", "--config-file", default=DEFAULT_CONFIG, help="MkDocs configuration (default: %(default)s)"
    )
    review.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", help="IP:PORT to serve on (default: %(default)s)")

    analyze_cmd = commands.add_parser(
        "analyze",
        help="analyse any text and print its claims as JSON",
        description="Analyse a plain-text or Markdown article (or stdin) and print the JSON contract.",
    )
    analyze_cmd.add_argument("file", nargs="?", default="-", help="article file, or - for stdin (default)")
    analyze_cmd.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON Lines {"id": ..., "text": ...} from stdin, write one {"id": ..., "claims": [...]} per line',
    )
    analyze_cmd.add_argument(
        "--sources",
        type=Path,
        default=None,
        help=f"source registry (default: {DEFAULT_SOURCES} when it exists)",
    )
    analyze_cmd.add_argument(
        "--language", default=None, choices=available_languages(), help="cue language (default: front matter or en)"
    )
    check = commands.add_parser(
        "check",
        help="validate content and report claims and problems",
        description="Validate articles, sources.yml and review files; report every problem with path and line.",
    )
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: content)")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    check.add_argument("--sources", type=Path, default=None, help="source registry (default: nearest sources.yml)")

    imp = commands.add_parser(
        "import",
        help="turn a plain-text article into content/articles/<slug>.md",
        description="Create a new article from plain text or Markdown. Never overwrites an existing file.",
    )
    imp.add_argument("file", help="text file to import, or - for stdin")
    imp.add_argument("--title", required=True, help="the article's title")
    imp.add_argument("--slug", help="file name without .md (default: from the title)")
    imp.add_argument("--publisher", help="who published the original text")
    imp.add_argument("--published", help="publication date, YYYY-MM-DD")
    imp.add_argument("--url", help="address of the original")
    imp.add_argument("--language", default="en", help="language of the text (default: en)")
    imp.add_argument("--to", type=Path, default=Path("content") / "articles", help="folder (default: %(default)s)")

    deploy = commands.add_parser("deploy", help="publish site/ to GitHub Pages (mkdocs gh-deploy)")
    deploy.add_argument(
        "-f", "--config-file", default=DEFAULT_CONFIG, help="MkDocs configuration (default: %(default)s)"
    )
    deploy.add_argument("-r", "--remote-name", default="origin", help="git remote to push to (default: %(default)s)")
    deploy.add_argument("-b", "--remote-branch", default="gh-pages", help="branch to publish (default: %(default)s)")
    deploy.add_argument("-m", "--message", default=None, help="commit message for the publication")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away (`explainer check | head`): stop quietly, and let Python's
        # final flush of stdout go nowhere instead of raising again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEMS


def _run(args: argparse.Namespace) -> int:
    from mkdocs.exceptions import MkDocsException

    try:
        if args.command == "build":
            return _build(args)
        if args.command == "review" or (args.command == "serve" and args.review):
            return _review(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "check":
            return _check(args, sys.stdout)
        if args.command == "import":
            return _import(args, sys.stdin, sys.stdout)
        if args.command == "deploy":
            return _deploy(args)
        return _analyze(args, sys.stdin, sys.stdout)
    except UsageError as exc:
        print(f"explainer {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ContentError as exc:
        print(f"explainer {args.command}: {exc.problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    except MkDocsException as exc:
        # An invalid mkdocs.yml, a failed build: MkDocs has logged the details already.
        print(f"explainer {args.command}: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS


class _MkDocsLines(logging.Formatter):
    """MkDocs' own line format ("WARNING -  message"), so CI logs read the same as with ``mkdocs``."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname:<8}-  {record.getMessage()}"


def _show_mkdocs_log() -> None:
    """Print what MkDocs and the plugin log (warnings name the file and line; --strict counts them)."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "name", "") == "explainer" for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.name = "explainer"
        handler.setFormatter(_MkDocsLines())
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _mkdocs_config(path: str, **overrides: Any) -> Any:
    from mkdocs.config import load_config

    if not Path(path).is_file():
        raise UsageError(f"no configuration file '{path}'; run from the project folder or pass -f PATH")
    return load_config(config_file=path, **{k: v for k, v in overrides.items() if v is not None})


def _build(args: argparse.Namespace) -> int:
    """Build the site; content problems print as warnings, and fail the build under --strict."""
    from mkdocs.commands.build import build

    _show_mkdocs_log()
    config = _mkdocs_config(args.config_file, site_dir=args.site_dir, strict=args.strict or None)
    build(config)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from mkdocs.commands.serve import serve

    if not Path(args.config_file).is_file():
        raise UsageError(f"no configuration file '{args.config_file}'; run from the project folder or pass -f PATH")
    host, port = _address(args.dev_addr)
    try:
        with socket.create_server((host, port)):
            pass  # free: MkDocs takes it next (and says so clearly if another program is faster)
    except OSError as exc:
        print(
            f"explainer serve: cannot listen on {host}:{port} ({os.strerror(exc.errno) if exc.errno else exc}); "
            f"choose another port with -a {host}:{port + 1 if port < 65535 else 8000}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    _show_mkdocs_log()
    serve(config_file=args.config_file, dev_addr=f"{host}:{port}")  # pragma: no cover - runs until stopped
    return EXIT_OK  # pragma: no cover


def _review(args: argparse.Namespace) -> int:
    """The editor's mode: a private build served on loopback, saving to the review files."""
    from .editor.server import LOOPBACK, ReviewServer
    from .editor.session import ReviewSession

    if not Path(args.config_file).is_file():
        raise UsageError(f"no configuration file '{args.config_file}'; run from the project folder or pass -f PATH")
    host, port = _address(args.dev_addr)
    if host not in LOOPBACK:
        raise UsageError(f"-a {args.dev_addr}: the editor's mode listens on 127.0.0.1 only (it can write files)")
    _show_mkdocs_log()
    with tempfile.TemporaryDirectory(prefix="explainer-review-") as folder:
        try:
            session = ReviewSession(Path(args.config_file), Path(folder) / "site")
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        session.build()
        try:
            server = ReviewServer(session, host, port)
        except OSError as exc:
            print(
                f"explainer review: cannot listen on {host}:{port} ({exc}); choose another port with -a",
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        print(f"Editor's mode at {server.url} (queue: {server.url}_explainer/queue/). Ctrl+C stops it.")
        try:
            server.serve_forever()  # pragma: no cover - runs until stopped
        except KeyboardInterrupt:  # pragma: no cover
            pass
        finally:
            server.server_close()
    return EXIT_OK


def _address(text: str) -> tuple[str, int]:
    """``HOST:PORT`` for ``serve``, with a port that exists."""
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError(f"-a {text!r}: give HOST:PORT with a port from 1 to 65535, e.g. 127.0.0.1:8000")
    return host.strip("[]"), int(port)


class _TagBlindLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: its tags (``!ENV``, ``!relative``) become None."""


_TagBlindLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _allowed_active(config: Path) -> list[str]:
    """The plugin's ``allow_active`` list from the site's mkdocs.yml, read leniently (a broken
    mkdocs.yml is the build's to report; here it only means nothing is allowed)."""
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), _TagBlindLoader)
        for plugin in data.get("plugins") or []:
            if isinstance(plugin, dict) and isinstance(plugin.get("explainer"), dict):
                allowed = plugin["explainer"].get("allow_active") or []
                return [str(pattern) for pattern in allowed]
    except (OSError, ValueError, AttributeError, TypeError, yaml.YAMLError):
        pass
    return []


def _check(args: argparse.Namespace, stdout: TextIO) -> int:
    paths = args.paths or [Path("content")]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    if args.sources is not None and not args.sources.is_file():
        raise UsageError(f"no source registry '{args.sources}'")
    report = check(paths, args.sources, allow_active=_allowed_active(Path(DEFAULT_CONFIG)))
    if args.format == "json":
        _write_json(report.to_json(), stdout)
    else:
        print_report(report, stdout, strict=args.strict)
    return EXIT_PROBLEMS if report.errors(args.strict) else EXIT_OK


def _read_input(name: str, stdin: TextIO | None) -> tuple[bytes, str]:
    """The bytes of FILE or of standard input (``-``), refusing folders, devices, pipes that never end."""
    if name == "-":
        if stdin is None or stdin.closed:
            raise UsageError("standard input is closed; give a FILE or pipe the text in")
        data = stdin.buffer.read(MAX_CONTENT_BYTES + 1) if hasattr(stdin, "buffer") else stdin.read().encode()
        if len(data) > MAX_CONTENT_BYTES:
            raise UsageError(f"standard input is over {MAX_CONTENT_BYTES // 1_000_000} MB; is this the right text?")
        return data, "<stdin>"
    path = Path(name)
    if not path.exists():
        raise UsageError(f"no such file '{name}'")
    return read_inside(path, path.absolute().parent, name), name


def _import(args: argparse.Namespace, stdin: TextIO | None, stdout: TextIO) -> int:
    raw, shown = _read_input(args.file, stdin)
    text = decode(raw, shown)
    slug = args.slug or slug_for(args.title)
    if not SLUG_RE.fullmatch(slug):
        raise UsageError(f"slug '{slug}' must be lower-case letters, digits and hyphens")
    target = args.to / f"{slug}.md"
    try:
        document = imported_article(
            text,
            title=args.title,
            publisher=args.publisher,
            published=args.published,
            url=args.url,
            language=args.language,
        )
    except ValueError as exc:
        raise UsageError(f"{exc} (nothing was written)") from exc
    if args.to.exists() and not args.to.is_dir():
        raise UsageError(f"--to {args.to} is a file, not a folder (nothing was written)")
    try:
        write_atomic(target, document, exclusive=True)
    except FileExistsError:
        print(
            f"explainer import: {target} already exists; choose another --slug (nothing was written)", file=sys.stderr
        )
        return EXIT_PROBLEMS
    except OSError as exc:
        print(f"explainer import: cannot write {target} ({exc.strerror}); nothing was written", file=sys.stderr)
        return EXIT_PROBLEMS
    registry, _ = _registry(None)
    language = args.language if args.language in available_languages() else "en"
    analysis = analyze(parse_article(document, str(target)).body, registry, language)
    counts = analysis.summary()
    summary = ", ".join(f"{counts[label]} {label}" for label in LABELS)
    stdout.write(f"{target}\n{counts['claims']} sentences: {summary}\n")
    return EXIT_OK


def _deploy(args: argparse.Namespace) -> int:
    """Build strictly, then publish; on any failure the repository is left as it was."""
    from mkdocs.commands.build import build
    from mkdocs.commands.gh_deploy import gh_deploy

    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,100}", args.remote_branch) or ".." in args.remote_branch:
        raise UsageError(f"-b {args.remote_branch!r} is not a branch name git accepts")
    _show_mkdocs_log()
    config = _mkdocs_config(
        args.config_file, remote_name=args.remote_name, remote_branch=args.remote_branch, strict=True
    )
    if not config.site_url:
        logging.getLogger("mkdocs").warning(
            "site_url is not set: on a project site (https://user.github.io/repo/) the 404 page and the feed "
            "will point to the wrong place; set site_url in mkdocs.yml"
        )
    branch = f"refs/heads/{args.remote_branch}"
    before = _git("rev-parse", "--verify", "--quiet", branch)
    try:
        build(config)  # strict: content problems stop the deploy before anything is published
        gh_deploy(config, message=args.message)
    except subprocess.CalledProcessError as exc:  # ghp-import's own git calls (an unreachable remote)
        _restore(branch, before)
        print(
            f"explainer deploy: git {' '.join(exc.cmd[1:])} failed; Deployment Aborted (nothing changed)",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    except BaseException:
        _restore(branch, before)
        raise
    return EXIT_OK


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _restore(branch: str, before: str | None) -> None:
    """Put the local publishing branch back where it was, and drop git's crash reports of a failed import."""
    if before:
        _git("update-ref", branch, before)
    else:
        _git("update-ref", "-d", branch)
    git_dir = _git("rev-parse", "--git-dir")
    if git_dir:
        for crash in Path(git_dir).glob("fast_import_crash_*"):
            crash.unlink(missing_ok=True)


def _registry(path: Path | None) -> tuple[Registry, list[Problem]]:
    if path is None:
        path = DEFAULT_SOURCES
        if not path.is_file():
            return Registry(), []
    elif not path.is_file():
        raise UsageError(f"no source registry '{path}'")
    return load_registry(path)


def _analyze(args: argparse.Namespace, stdin: TextIO | None, stdout: TextIO) -> int:
    if args.file != "-":
        if args.jsonl:
            raise UsageError("--jsonl reads from stdin; do not give a FILE")
        path = Path(args.file)
        if not path.exists():
            raise UsageError(f"no such file '{args.file}'")
        if path.is_dir():
            raise UsageError(f"'{args.file}' is a folder; give one article, or use 'explainer check' for folders")
        # The same reading as `check` and the build, editor review included.
        report = check([path], args.sources, args.language)
        _write_json(report.to_json(), stdout)
        return EXIT_PROBLEMS if report.errors() else EXIT_OK
    registry, problems = _registry(args.sources)
    if stdin is None or stdin.closed:
        raise UsageError("standard input is closed; give a FILE or pipe the text in")
    if args.jsonl:
        return _analyze_jsonl(registry, args.language or "en", stdin, stdout)
    raw, _ = _read_input("-", stdin)
    articles: list[dict[str, Any]] = []
    try:
        article = parse_article(decode(raw, "<stdin>"), "<stdin>")
    except ContentError as exc:
        problems.append(exc.problem)
    else:
        problems.extend(article.problems)
        analysis = analyze(article.body, registry, args.language or article.language)
        articles.append(analysis.to_json(article.path, article.title))
    _write_json({"version": 1, "articles": articles, "problems": [p.to_json() for p in problems]}, stdout)
    return EXIT_PROBLEMS if any(p.severity == "error" for p in problems) else EXIT_OK


def _analyze_jsonl(registry: Registry, language: str, stdin: TextIO, stdout: TextIO) -> int:
    """One answer per line, in order; a bad line gets an error line and the batch goes on."""
    status = EXIT_OK
    for number, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        try:
            if len(line) > MAX_CONTENT_BYTES:
                raise ValueError(f"the line is over {MAX_CONTENT_BYTES // 1_000_000} MB")
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('each line must be an object with a "text" string')
            bad = UNUSABLE_CHARACTER_RE.search(item["text"] + json.dumps(item.get("id"), ensure_ascii=False))
            if bad:
                raise ValueError(f"the text holds the unusable character U+{ord(bad.group()):04X}")
        except (ValueError, RecursionError) as exc:
            if isinstance(exc, RecursionError):
                exc = ValueError("the JSON is nested too deeply")
            print(f"<stdin>:{number}: error: {exc}; skipped this line", file=sys.stderr)
            stdout.write(json.dumps({"id": None, "line": number, "error": str(exc)}) + "\n")
            status = EXIT_PROBLEMS
            continue
        claims = analyze(item["text"], registry, language).labelled
        stdout.write(json.dumps({"id": item.get("id"), "claims": [c.to_json() for c in claims]}, ensure_ascii=False))
        stdout.write("\n")
    return status


def _write_json(data: dict[str, Any], stdout: TextIO) -> None:
    json.dump(data, stdout, ensure_ascii=False, indent=2)
    stdout.write("\n")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
