"""Find the raw messages of a mail path: an mbox file, a Maildir folder or one message file.

Files are read through :mod:`_compression` (so ``support.mbox.gz`` works) and never opened for
writing (the stdlib ``mailbox`` module opens mbox files read-write, hence this reader).

mbox quirks: a message starts at a ``From `` line that looks like a postmark: after an empty
line (or at the start) it needs a sender, a time and a year; elsewhere the full asctime form
(``From sender Mon Jan  1 00:00:00 2024``). An unescaped ``From `` line inside a body
(``From now on, call ...``) therefore does not split the message. mboxrd escapes
(``>From `` → ``From ``) are undone. Messages larger than ``max_bytes`` are skipped with
``data=None``, so memory stays bounded by one message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from scanner.connectors._compression import iter_blocks
from scanner.connectors._lines import split_lines
from scanner.connectors._paths import file_kind, natural_key

MailKind = Literal["mbox", "maildir", "eml"]

_POSTMARK = re.compile(rb"From \S+ .*\b\d\d?:\d\d\b.*\b\d{4}\b")             # sender, a time, a year
_STRICT_POSTMARK = re.compile(rb"From \S+ +\w{3} \w{3} [ \d]?\d \d\d:\d\d:\d\d \d{4}\b")  # asctime
_HEADER_LINE = re.compile(rb"[!-9;-~]{1,200}:")
_MBOXRD_ESCAPE = re.compile(rb"(?m)^>(>*From )")
_LINE_BYTES = 1 << 20


@dataclass(frozen=True)
class RawMessage:
    """One message's bytes (None when too large), with its position in the mail path."""

    path: Path                 # the file holding it: mbox, eml or Maildir message file
    index: int                 # 1-based position in its mailbox
    offset: int | None         # byte offset of its ``From `` line in an mbox (decompressed)
    data: bytes | None
    size: int


def mail_kind(path: Path) -> MailKind | None:
    """What ``path`` holds: an mbox, a Maildir folder, a single message, or None (neither)."""
    kind = file_kind(path)
    if kind == "dir":
        return "maildir" if (path / "cur").is_dir() or (path / "new").is_dir() else None
    if kind == "special":                        # a FIFO or a device would block or never end
        return None
    head = next(iter_blocks(path, block_size=4096), b"")
    if head.startswith(b"From "):
        return "mbox"
    if not head.strip():
        return "mbox" if path.suffix == ".mbox" else None
    return "eml" if _HEADER_LINE.match(head) else None


def iter_messages(path: Path, kind: MailKind, max_bytes: int) -> Iterator[RawMessage]:
    """Yield the raw messages of ``path`` in file order."""
    if kind == "mbox":
        yield from _mbox_messages(path, max_bytes)
    elif kind == "maildir":
        files = [f for sub in ("cur", "new") if (path / sub).is_dir()
                 for f in sorted((path / sub).iterdir(), key=natural_key) if f.is_file()]
        for index, file in enumerate(files, 1):
            yield _read_whole(file, index, max_bytes)
    else:
        yield _read_whole(path, 1, max_bytes)


def _read_whole(path: Path, index: int, max_bytes: int) -> RawMessage:
    parts, size = [], 0
    for block in iter_blocks(path):
        size += len(block)
        if size <= max_bytes:
            parts.append(block)
    return RawMessage(path, index, None, b"".join(parts) if size <= max_bytes else None, size)


def _mbox_messages(path: Path, max_bytes: int) -> Iterator[RawMessage]:
    parts: list[bytes] = []
    index, offset, position, size = 0, 0, 0, 0
    blank_before = True
    for piece in split_lines(iter_blocks(path), _LINE_BYTES, max_pieces=1 << 30):
        data = piece.data
        if piece.index == 0 and data.startswith(b"From ") and _is_postmark(data, blank_before):
            if index:
                yield _finish(path, index, offset, parts, size, max_bytes)
            index, offset, parts, size = index + 1, position, [], 0
        elif index:
            size += len(data) + piece.last
            if size <= max_bytes:
                parts.append(data + b"\n" if piece.last else data)
        position += len(data) + piece.last
        if piece.last:
            blank_before = not data.strip(b"\r")
    if index:
        yield _finish(path, index, offset, parts, size, max_bytes)


def _is_postmark(line: bytes, blank_before: bool) -> bool:
    head = line[:256]                          # bounded: no regex runs over a huge line
    return bool(_POSTMARK.match(head) if blank_before else _STRICT_POSTMARK.match(head))


def _finish(path: Path, index: int, offset: int, parts: list[bytes], size: int, max_bytes: int) -> RawMessage:
    if size > max_bytes:
        return RawMessage(path, index, offset, None, size)
    data = _MBOXRD_ESCAPE.sub(rb"\1", b"".join(parts))
    if data.endswith(b"\n\n") or data.endswith(b"\n\r\n"):      # the blank line before the next postmark
        data = data[:-2] if data.endswith(b"\r\n") else data[:-1]
    return RawMessage(path, index, offset, data, size)
