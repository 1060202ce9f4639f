"""Helpers for connector tests: build a connector over files in tmp_path and drain it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from scanner.connectors.base import Chunk, Connector

# Obviously fake, generated values: the documentation IMEI and reserved mail domains.
FAKE_IMEI = "490154203237518"
FAKE_EMAIL = "taro.yamada@example.com"
FAKE_PHONE = "090-0000-1234"


def per_line(chunk: Chunk) -> list[Chunk]:
    """A ``lines`` chunk as the one-value ``text`` chunks it stands for (blank lines have none): a line
    each, or a JSON leaf each with its line, key path context and field."""
    if chunk.mode != "lines":
        return [chunk]
    first = chunk.location["line"]
    out = []
    for i, text in enumerate(chunk.values):
        if not text.strip():
            continue
        line = chunk.lines[i] if chunk.lines is not None else first + i
        leaf = {} if chunk.fields is None else {"context": tuple(chunk.contexts[i]), "field": chunk.fields[i]}
        out.append(replace(chunk, location={**chunk.location, "line": line}, values=[text], mode="text",
                           lines=None, fields=None, contexts=None, **leaf))
    return out


def drain(connector: Connector) -> list[Chunk]:
    """Every chunk of ``connector``, in order, with ``lines`` chunks split into their lines."""
    return [one for chunk in connector.iter_chunks() for one in per_line(chunk)]


def texts(chunks: list[Chunk]) -> list[str]:
    """The single value of each chunk."""
    return [value for chunk in chunks for value in chunk.values]


@pytest.fixture
def write(tmp_path: Path):
    """``write("logs/app.log", b"...")`` creates the file (and folders) under tmp_path."""
    def _write(rel: str, data: bytes) -> Path:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path
    return _write
