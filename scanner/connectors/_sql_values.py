"""Turn database cells into the text the recognizers read, and JSON documents into key paths."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from datetime import date, time
from decimal import Decimal
from typing import Any

JsonPath = tuple[str, ...]
MAX_JSON_PATHS = 100            # per column; leaves of further paths count as plain column values
MAX_JSON_DEPTH = 32
MAX_INT_BITS = 4000             # about 1,200 digits: longer numbers hold no PII (and str() refuses them)


def cell_text(value: Any, max_chars: int) -> str | None:
    """``value`` as text cut to ``max_chars``; None for NULL, booleans, binary that is not UTF-8 text.

    Integers keep all their digits (IMEIs and phone numbers are often BIGINT), integral
    floats and decimals print without a fraction (others without trailing zeros, as SQLite
    returns REAL), dates print ISO 8601.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        if value.bit_length() > MAX_INT_BITS:
            return None
        text = str(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            return None
        text = str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    elif isinstance(value, Decimal):
        if not value.is_finite() or value.adjusted() > MAX_INT_BITS // 3:
            return None
        if value == value.to_integral_value():
            return cell_text(int(value), max_chars)
        text = format(value.normalize(), "f")
    elif isinstance(value, bytes | bytearray | memoryview):
        try:
            text = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return None
        if "\x00" in text:
            return None
    elif isinstance(value, date | time):
        text = value.isoformat()
    else:
        text = str(value)
    return text[:max_chars]


def parse_json(value: Any) -> dict | list | None:
    """The document in ``value`` when it is one: a dict/list from the driver, or JSON object/array text."""
    if isinstance(value, dict | list):
        return value
    if isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
        try:
            doc = json.loads(value)
        except ValueError:
            return None
        return doc if isinstance(doc, dict | list) else None
    return None


def json_leaves(doc: Any) -> Iterator[tuple[JsonPath, Any]]:
    """(key path, scalar) for every leaf; list positions are not part of the path."""
    stack: list[tuple[JsonPath, Any]] = [((), doc)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            if len(path) < MAX_JSON_DEPTH:
                stack.extend(((*path, str(k)), v) for k, v in reversed(list(node.items())))
        elif isinstance(node, list | tuple):
            stack.extend((path, v) for v in reversed(node))
        else:
            yield path, node


class ColumnValues:
    """Sampled values of one column: plain cells, and JSON leaves grouped by key path."""

    def __init__(self, max_chars: int):
        self.max_chars = max_chars
        self.plain: list[str] = []
        self.paths: dict[JsonPath, list[str]] = {}

    def extend(self, cells: Iterable[Any]) -> None:
        """Add a column's cells; plain text and integers take a fast path."""
        plain, cut = self.plain, self.max_chars
        for value in cells:
            kind = type(value)
            if kind is str:
                first = value[:1]
                if first and first not in "{[" and not first.isspace():
                    plain.append(value if len(value) <= cut else value[:cut])
                    continue
            elif kind is int:
                plain.append(str(value)[:cut])
                continue
            elif value is None:
                continue
            self.add(value)

    def add(self, value: Any) -> None:
        """Add one cell."""
        doc = parse_json(value)
        if doc is None:
            self._append((), value)
            return
        for path, leaf in json_leaves(doc):
            self._append(path, leaf)

    def _append(self, path: JsonPath, value: Any) -> None:
        text = cell_text(value, self.max_chars)
        if text is None:
            return
        if path and (path in self.paths or len(self.paths) < MAX_JSON_PATHS):
            self.paths.setdefault(path, []).append(text)
        else:
            self.plain.append(text)
