"""Connectors a test registers to exercise the plugin mechanism and failure isolation."""

from collections.abc import Iterator

from scanner.connectors import Chunk, Connector
from scanner.errors import SourceError


class NotesConnector(Connector):
    """Reads free-text notes written inline in the config: ``notes: [..]``."""

    kind = "notes"
    options = frozenset({"notes", "fail", "as_lines"})

    def describe(self) -> str:
        return f"{len(self.spec.get('notes', []))} inline notes"

    def iter_chunks(self) -> Iterator[Chunk]:
        if self.spec.get("as_lines"):
            yield Chunk(store="notes", location={"path": "notes", "line": 1}, values=self.spec["notes"], mode="lines")
            return
        for i, note in enumerate(self.spec.get("notes", []), 1):
            yield Chunk(store="notes", location={"path": "notes", "line": i}, values=[note])
        if self.spec.get("fail"):
            raise SourceError("the notes store went away after the notes were read")
