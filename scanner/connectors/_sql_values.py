"""Turn database cells into the text the recognizers read, and JSON documents into key paths
(walked by :mod:`scanner.connectors._json_paths`)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, time
from decimal import Decimal
from typing import Any

from scanner.connectors._json_paths import KeyPath, leaves, parse_document

MAX_JSON_PATHS = 100            # per column; leaves of further paths count as plain column values
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


def _document(value: Any) -> dict | list | None:
    """The JSON document in a cell when it holds one: a dict/list from the driver, or JSON object/array text."""
    if isinstance(value, dict | list):
        return value
    return parse_document(value) if isinstance(value, str) else None


class ColumnValues:
    """Sampled values of one column: plain cells, and JSON leaves grouped by key path."""

    def __init__(self, max_chars: int):
        self.max_chars = max_chars
        self.plain: list[str] = []
        self.paths: dict[KeyPath, list[str]] = {}

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
        doc = _document(value)
        if doc is None:
            self._append((), value)
            return
        for keys, _field, leaf in leaves(doc):
            self._append(keys, leaf)

    def _append(self, path: KeyPath, value: Any) -> None:
        text = cell_text(value, self.max_chars)
        if text is None:
            return
        if path and (path in self.paths or len(self.paths) < MAX_JSON_PATHS):
            self.paths.setdefault(path, []).append(text)
        else:
            self.plain.append(text)
