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
    """A ``lines`` chunk as the one-line ``text`` chunks it stands for (blank lines have none)."""
    if chunk.mode != "lines":
        return [chunk]
    first = chunk.location["line"]
    return [replace(chunk, location={**chunk.location, "line": first + i}, values=[text], mode="text")
            for i, text in enumerate(chunk.values) if text.strip()]


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
