"""YAML loading that remembers line numbers, so problems can point at a line.

Content files are untrusted, so loading is also bounded: anchors and aliases
are refused (an "alias bomb" of a few lines expands to billions of nodes),
nesting is limited, every mapping key must be plain text, and a value YAML
cannot build (``2024-02-30``, ``!!int "abc"``) is a YAML error with its line,
never a traceback. Dates stay text (``2024-11-20``): callers validate them.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

#: Deeper than any real front matter, registry or review file.
MAX_DEPTH = 40

#: Characters no page, feed or file can carry: lone surrogates and control characters but tab and newline.
UNUSABLE_CHARACTER_RE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FastLoader(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    """libyaml's safe loader when PyYAML was built with it (several times faster), dates kept as text."""


class _PreciseLoader(yaml.SafeLoader):
    """PyYAML's own loader: it says where and what a mistake is more precisely than libyaml."""


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    assert isinstance(node, yaml.ScalarNode)
    return str(loader.construct_scalar(node))


for _loader in (_FastLoader, _PreciseLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def load_with_lines(text: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Parse ``text`` safely; also map each key path (and list index) to its 1-based line.

    Duplicate keys are an error rather than PyYAML's silent last-one-wins, because
    a duplicated source id or front-matter key is always a mistake.
    """
    try:
        return _load(text, _FastLoader)
    except yaml.YAMLError:
        try:
            return _load(text, _PreciseLoader)
        except RecursionError as exc:
            raise yaml.YAMLError(f"nested more than {MAX_DEPTH} levels deep; flatten it") from exc


def _load(text: str, loader_class: type[yaml.SafeLoader]) -> tuple[Any, dict[tuple[Any, ...], int]]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        lines: dict[tuple[Any, ...], int] = {}
        if node is None:
            return None, lines
        _walk(loader, node, (), lines, set())
        return loader.construct_document(node), lines
    finally:
        loader.dispose()


def _walk(
    loader: yaml.SafeLoader, node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int], seen: set[int]
) -> None:
    if id(node) in seen:
        raise _error("anchors and aliases (&name, *name) are not supported; write the value out", node)
    seen.add(id(node))
    if len(path) > MAX_DEPTH:
        raise _error(f"nested more than {MAX_DEPTH} levels deep; flatten it", node)
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _error("a key must be plain text, not a list or mapping", key_node)
            key = key_node.value
            if key == "<<" and key_node.tag == "tag:yaml.org,2002:merge":
                raise _error("merge keys (<<) are not supported; write the values out", key_node)
            if key in keys:
                raise _error(f"duplicate key '{key}'", key_node)
            keys.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _walk(loader, value_node, (*path, key), lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1
            _walk(loader, item, (*path, index), lines, seen)
    else:
        bad = UNUSABLE_CHARACTER_RE.search(node.value)
        if bad:
            raise _error(f"contains the unusable character U+{ord(bad.group()):04X}; remove it", node)
        constructor = loader.yaml_constructors.get(node.tag)
        if constructor is None:
            raise _error(f"unknown tag '{node.tag}'", node)
        try:
            constructor(loader, node)
        except (ValueError, TypeError, OverflowError) as exc:
            raise _error(f"cannot read {node.value!r} as {node.tag.rsplit(':', 1)[-1]} ({exc})", node) from exc


def _error(message: str, node: yaml.Node) -> yaml.YAMLError:
    return yaml.constructor.ConstructorError(None, None, message, node.start_mark)


def error_line(exc: yaml.YAMLError, first_line: int = 1) -> int | None:
    """The line a YAML error is about: where the unclosed thing opened, if known.

    ``first_line`` is the file line of the YAML text's first line (front matter
    starts on line 2 of an article).
    """
    mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
    return mark.line + first_line if mark is not None else None


def error_message(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    if problem and context:
        return f"{context}, {problem}"
    return str(problem or exc)
