"""YAML loading that remembers line numbers, so problems can point at a line."""

from __future__ import annotations

from typing import Any

import yaml

#: libyaml's safe loader when PyYAML was built with it (several times faster), else the pure one.
FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_with_lines(text: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Parse ``text`` safely; also map each key path (and list index) to its 1-based line.

    Duplicate keys are an error rather than PyYAML's silent last-one-wins, because
    a duplicated source id or front-matter key is always a mistake.
    """
    try:
        return _load(text, FAST_LOADER)
    except yaml.YAMLError:
        # PyYAML's own loader says where and what a mistake is more precisely than libyaml.
        return _load(text, yaml.SafeLoader)


def _load(text: str, loader_class: type[yaml.SafeLoader]) -> tuple[Any, dict[tuple[Any, ...], int]]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        lines: dict[tuple[Any, ...], int] = {}
        if node is None:
            return None, lines
        _walk(node, (), lines)
        return loader.construct_document(node), lines
    finally:
        loader.dispose()


def _walk(node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key '{key}'", key_node.start_mark)
            seen.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _walk(value_node, (*path, key), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1
            _walk(item, (*path, index), lines)


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
