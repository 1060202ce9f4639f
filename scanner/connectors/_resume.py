"""Where a scan left each log file, so that the next ``scan --since-last`` reads only what is new.

A file is known by its content, not its name: the digest of its first ``HEAD`` decompressed bytes
(of fewer, when the file was shorter then). So ``app.log`` renamed ``app.log.1`` and later
compressed to ``app.log.2.gz`` is still the file that was read. A mark records how many complete
lines were read and, for a plain file, the byte offset after the last of them: a growing plain file
is resumed there (a seek, so 1% more lines cost about 1% of the bytes); a compressed one is
decompressed again but only the lines past the mark are analysed. A file shorter than its mark
says (truncated, replaced) is read from the start.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from scanner.connectors._compression import DamagedDataError, iter_blocks

HEAD = 4096
TAIL = 1 << 16            # bytes read back from a plain file's end to find its last complete line


@dataclass(frozen=True)
class FileMark:
    """How far one file was read."""

    path: str
    head_len: int
    head: str                 # sha256 of the first head_len decompressed bytes
    lines: int                # complete lines read
    offset: int | None        # plain file: the byte after the last complete line; None when compressed
    encoding: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> FileMark:
        return cls(str(doc["path"]), int(doc["head_len"]), str(doc["head"]), int(doc["lines"]),
                   None if doc.get("offset") is None else int(doc["offset"]), str(doc["encoding"]))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def head_of(path: Path) -> bytes:
    """The first ``HEAD`` decompressed bytes of a file (what could be decoded of a damaged one)."""
    got = b""
    try:
        for block in iter_blocks(path, block_size=HEAD):
            got += block
            if len(got) >= HEAD:
                break
    except DamagedDataError:
        pass                                  # the scan reports the damage, with its line
    return got[:HEAD]


def find_mark(marks: Sequence[FileMark], head: bytes) -> FileMark | None:
    """The mark of the file that starts like ``head`` (the longest matching head wins)."""
    found = [m for m in marks if len(head) >= m.head_len > 0 and digest(head[:m.head_len]) == m.head]
    return max(found, key=lambda m: m.head_len, default=None)


def plain_end(path: Path, size: int, last_line: int) -> tuple[int, int]:
    """(offset after the last complete line, complete lines) of the first ``size`` bytes of a plain file
    whose last line read was ``last_line``."""
    if size == 0:
        return 0, 0
    with open(path, "rb") as fh:
        fh.seek(size - 1)
        if fh.read(1) == b"\n":                 # the usual case: one byte tells
            return size, last_line
        start = max(0, size - TAIL)
        fh.seek(start)
        tail = fh.read(size - start)
    cut = tail.rfind(b"\n")
    if cut < 0 and start > 0:                 # one line longer than TAIL: resume before it
        return 0, 0
    return start + cut + 1, last_line - 1


def marks_from(docs: Iterable[Mapping[str, Any]]) -> list[FileMark]:
    return [FileMark.from_json(d) for d in docs]
