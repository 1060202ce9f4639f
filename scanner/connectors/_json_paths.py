"""JSON documents as leaves with their paths: the one walk the logs and sql connectors share.

A leaf's path is the keys of the objects and the positions in the lists it sits in, and
:func:`leaves` gives it in two views, because the connectors group leaves differently:

- the *field*, the whole path spelled ``contacts[0].email`` (keys joined by dots, positions in
  brackets): a log record's ``location.field``. A log line is one record; the position says where
  in it a value sits.
- the *key path*, the keys alone, ``("contacts", "email")``: the words a log leaf gives the
  recognizers as context, and the key path an sql column groups its values by (its findings'
  ``key``). A column's key path gathers the values of every row; positions would split one key
  into as many findings as the longest list has items.

Both are built as the walk goes down (cheaper than spelling each leaf's path afterwards: logs walk
every JSON line). A leaf inside more than ``MAX_DEPTH`` objects and lists is dropped. A document
is parsed with its numbers as Python numbers, or with ``exact_numbers`` as their digits: logs scan
a record's text as written (``1.50`` stays ``1.50``), sql prints a JSON number as it prints a
numeric cell, so a document from text reads as one a driver decoded.
"""

from __future__ import annotations

import json
from typing import Any

KeyPath = tuple[str, ...]
Leaf = tuple[KeyPath, str, Any]         # (key path, field, scalar)
MAX_DEPTH = 32

_DECODER = json.JSONDecoder()
_EXACT_DECODER = json.JSONDecoder(parse_int=str, parse_float=str)


def parse_document(text: str, *, exact_numbers: bool = False) -> dict | list | None:
    """The JSON object or array ``text`` holds, or None (not JSON, a bare scalar, nested past the parser's reach)."""
    if text.lstrip()[:1] not in ("{", "["):
        return None
    try:
        return (_EXACT_DECODER if exact_numbers else _DECODER).decode(text)
    except (ValueError, RecursionError):
        return None


def leaves(doc: Any) -> list[Leaf]:
    """(key path, field, scalar) of every leaf of ``doc`` in document order; a scalar is its own leaf."""
    found: list[Leaf] = []
    _walk(doc, (), "", 0, found)
    return found


def _walk(node: Any, keys: KeyPath, field: str, depth: int, found: list[Leaf]) -> None:
    """Add the leaves under ``node``, which sits at ``keys`` / ``field`` inside ``depth`` objects and lists."""
    if isinstance(node, dict):
        if depth < MAX_DEPTH:
            for key, value in node.items():
                name = str(key)           # a driver's dict may have other keys than strings
                _walk(value, (*keys, name), f"{field}.{name}" if field else name, depth + 1, found)
    elif isinstance(node, list | tuple):
        if depth < MAX_DEPTH:
            for i, value in enumerate(node):
                _walk(value, keys, f"{field}[{i}]", depth + 1, found)
    else:
        found.append((keys, field, node))
