"""Connectors a test registers to exercise the plugin mechanism and failure isolation, and to feed the
real pipeline chunks of given values (``chunks:``) without a database, log file or mailbox."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from sample_data import POLICY
from scanner.config import ScanConfig, load_config
from scanner.connectors import Chunk, Connector, register
from scanner.errors import SourceError


class NotesConnector(Connector):
    """Reads what the config writes inline: free-text notes (``notes: [..]``), or whole chunks as another
    connector would yield them (``chunks: [{store, location, values, mode, ...}]``, any :class:`Chunk` field)."""

    kind = "notes"
    options = frozenset({"notes", "fail", "as_lines", "chunks"})

    def describe(self) -> str:
        return f"{len(self.spec.get('notes', []))} inline notes"

    def iter_chunks(self) -> Iterator[Chunk]:
        for chunk in self.spec.get("chunks", []):
            yield Chunk(**chunk)
        if self.spec.get("as_lines"):
            yield Chunk(store="notes", location={"path": "notes", "line": 1}, values=self.spec["notes"], mode="lines")
            return
        for i, note in enumerate(self.spec.get("notes", []), 1):
            yield Chunk(store="notes", location={"path": "notes", "line": i}, values=[note])
        if self.spec.get("fail"):
            raise SourceError("the notes store went away after the notes were read")


def register_notes() -> None:
    """Make ``type: notes`` load :class:`NotesConnector`."""
    register("notes", "tests.plugin_connectors:NotesConnector")


def chunks_config(folder: Path, chunks: Sequence[Mapping[str, Any]], purposes: Sequence[str]) -> ScanConfig:
    """A config under the sample policy whose one source, ``notes``, yields ``chunks`` for ``purposes``."""
    register_notes()
    source = {"name": "notes", "type": "notes", "purposes": list(purposes), "chunks": [dict(c) for c in chunks]}
    (folder / "policy.yaml").write_bytes(POLICY.read_bytes())
    path = folder / "piiscan.yaml"
    config = {"version": 1, "policy": "policy.yaml", "sources": [source]}
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_config(path)


def column(column: str, values: Sequence[str], *, table: str = "t", **more: Any) -> dict[str, Any]:
    """A column chunk of ``table``, as the SQL connector yields one (``more``: rows_scanned, field, batch...)."""
    return {"store": table, "location": {"table": table, "column": column}, "values": list(values), "mode": "column",
            "table": table, "context": [column], "rows_scanned": len(values), **more}


def lines(path: str, first: int, texts: Sequence[str]) -> dict[str, Any]:
    """Consecutive lines of a log file from line ``first``, as the logs connector yields them."""
    return {"store": path, "location": {"path": path, "line": first}, "values": list(texts), "mode": "lines"}
