"""YAML loading that remembers where each key was written, so errors can name the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from scanner.errors import ConfigError


class LineDict(dict):
    """A dict from YAML that knows the 1-based line of each key (``.lines``) and of itself (``.line``)."""

    line: int = 0
    lines: dict[Any, int]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are :class:`LineDict`."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise ConfigError("duplicate key", key=str(key), line=key_node.start_mark.line + 1)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = key_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path, error: type[ConfigError] = ConfigError) -> LineDict:
    """Read a YAML mapping; a syntax error or a non-mapping document raises ``error`` naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise error(f"cannot read file ({exc.strerror})", file=str(path)) from None
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except ConfigError as exc:
        raise error(str(exc), file=str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise error(f"invalid YAML: {problem}", file=str(path), line=mark.line + 1 if mark else None) from None
    if not isinstance(data, LineDict):
        raise error("the document must be a mapping", file=str(path), line=1)
    return data


def line_of(mapping: Any, key: Any) -> int | None:
    """The line of ``key`` in a :class:`LineDict`, else the mapping's own line, else None."""
    if isinstance(mapping, LineDict):
        return mapping.lines.get(key, mapping.line or None)
    return None
