"""The ``explainer`` command: a thin layer over the analyzer and the MkDocs plugin.

Exit status (design.md): 0 clean, 1 when a problem of severity error was
found, 2 for bad usage (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .analysis import Registry, analyze, available_languages, load_registry
from .content import Article, decode, parse_article
from .problems import ContentError, Problem

DEFAULT_CONFIG = "mkdocs.yml"
DEFAULT_SOURCES = Path("content") / "sources.yml"
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "serve":
            return _serve(args)
        return _analyze(args, sys.stdin, sys.stdout)
    except UsageError as exc:
        print(f"explainer {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ContentError as exc:
        print(f"explainer {args.command}: {exc.problem}", file=sys.stderr)
        return EXIT_PROBLEMS


def _mkdocs_config(path: str, **overrides: Any) -> Any:
    from mkdocs.config import load_config

    if not Path(path).is_file():
        raise UsageError(f"no configuration file '{path}'; run from the project folder or pass -f PATH")
    return load_config(config_file=path, **{k: v for k, v in overrides.items() if v is not None})


def _build(args: argparse.Namespace) -> int:
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    config = _mkdocs_config(args.config_file, site_dir=args.site_dir, strict=args.strict or None)
    try:
        build(config)
    except MkDocsException as exc:
        print(f"explainer build: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:  # pragma: no cover - interactive
    from mkdocs.commands.serve import serve

    if not Path(args.config_file).is_file():
        raise UsageError(f"no configuration file '{args.config_file}'; run from the project folder or pass -f PATH")
    serve(config_file=args.config_file, dev_addr=args.dev_addr)
    return EXIT_OK


def _registry(path: Path | None) -> tuple[Registry, list[Problem]]:
    if path is None:
        path = DEFAULT_SOURCES
        if not path.is_file():
            return Registry(), []
    elif not path.is_file():
        raise UsageError(f"no source registry '{path}'")
    return load_registry(path)


def _analyze(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    registry, problems = _registry(args.sources)
    if args.jsonl:
        if args.file != "-":
            raise UsageError("--jsonl reads from stdin; do not give a FILE")
        return _analyze_jsonl(registry, args.language or "en", stdin, stdout)
    if args.file == "-":
        shown, raw = "<stdin>", stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
    else:
        path = Path(args.file)
        if not path.is_file():
            raise UsageError(f"no such file '{args.file}'")
        shown, raw = args.file, path.read_bytes()
    articles: list[dict[str, Any]] = []
    try:
        article = parse_article(decode(raw, shown), shown)
    except ContentError as exc:
        problems.append(exc.problem)
    else:
        problems.extend(article.problems)
        articles.append(_article_json(article, registry, args.language))
    _write_json({"version": 1, "articles": articles, "problems": [p.to_json() for p in problems]}, stdout)
    return EXIT_PROBLEMS if any(p.severity == "error" for p in problems) else EXIT_OK


def _article_json(article: Article, registry: Registry, language: str | None) -> dict[str, Any]:
    analysis = analyze(article.body, registry, language or article.language)
    return analysis.to_json(article.path, article.title)


def _analyze_jsonl(registry: Registry, language: str, stdin: TextIO, stdout: TextIO) -> int:
    status = EXIT_OK
    for number, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('each line must be an object with a "text" string')
        except ValueError as exc:
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
