"""The ``email`` connector: mbox files, Maildir folders and single ``.eml`` messages.

Config keys (besides the common ones): ``paths`` (globs relative to the config folder; each
match is recognised as an mbox, a Maildir folder or a message file, compressed or not) and
``max_attachment_bytes`` (default 10 MiB: decoded parts beyond it are cut, with a warning).

Chunks are located at ``{"path", "message_id", "part"}``: ``path`` is the mbox or ``.eml``
file, or the Maildir message file; ``part`` is the header name (``From``, ``Sender``,
``Reply-To``, ``To``, ``Cc``, ``Bcc``, ``Subject``: chunk context is the lower-case name),
``body``, or an attachment name (see :mod:`scanner.connectors._mime`). ``Chunk.store`` is the
configured mail path (mbox file, ``.eml`` file, Maildir folder).

A message without a Message-ID gets a stable synthetic one:
``<`` + the first 16 hex digits of the SHA-256 of its raw header block (the bytes up to the
first empty line) + ``@piiscan.invalid>``. It is the same on every run over the same bytes.

A message that cannot be parsed is reported with its position (``message_index``, 1-based,
and for mbox files the byte ``offset`` of its ``From `` line) and the scan goes on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

from scanner.connectors import _mime
from scanner.connectors._compression import DamagedDataError
from scanner.connectors._mailbox import RawMessage, iter_messages, mail_kind
from scanner.connectors.base import Chunk, Connector, paths_option
from scanner.errors import ConfigError, SourceError

DEFAULT_MAX_ATTACHMENT_BYTES = 10 << 20
MAX_MESSAGE_FACTOR = 8          # a raw message may be this many times max_attachment_bytes


class MailConnector(Connector):
    """Reads mail archives message by message; see the module docstring for the config keys."""

    kind: ClassVar[str] = "email"
    options: ClassVar[frozenset[str]] = frozenset({"paths", "max_attachment_bytes"})

    def __init__(self, spec: Mapping[str, Any], base_dir: Path):
        super().__init__(spec, base_dir)
        where = f"sources.{self.name}"
        self.patterns = paths_option(spec, where)
        limit = spec.get("max_attachment_bytes", DEFAULT_MAX_ATTACHMENT_BYTES)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ConfigError("'max_attachment_bytes' must be a positive integer",
                              key=f"{where}.max_attachment_bytes")
        self.max_part_bytes = limit
        self.max_message_bytes = max(limit * MAX_MESSAGE_FACTOR, 64 << 20)
        self.seen: frozenset[str] = frozenset()       # --since-last: digests of the Message-IDs read before
        self.seen_stores: frozenset[str] = frozenset()
        self.read_ids: set[str] = set()
        self.read_stores: list[str] = []

    def resume(self, state: Mapping[str, Any]) -> None:
        """Skip the messages a previous scan read (by Message-ID), in the mailboxes it read."""
        self.seen = frozenset(state.get("messages", ()))
        self.seen_stores = frozenset(state.get("stores", ()))

    def state(self) -> dict[str, Any]:
        """The Message-IDs (as digests) and mailboxes this scan read, for the next ``--since-last``."""
        return {"messages": sorted(self.read_ids), "stores": self.read_stores}


    def describe(self) -> str:
        return f"email: {', '.join(self.patterns)}"

    def iter_chunks(self) -> Iterator[Chunk]:
        read = 0
        for path in self.matched_paths(self.patterns):
            store = self.relpath(path)
            try:
                kind = mail_kind(path)
                if kind is None:
                    self.report_issue({"path": store}, "not an mbox, Maildir folder or mail message: skipped",
                                      severity="skipped")
                    continue
                yield from self._mailbox_chunks(path, kind, store)
                read += 1
            except PermissionError:
                self.report_issue({"path": store}, "permission denied")
            except OSError as exc:
                self.report_issue({"path": store}, f"cannot read ({exc.strerror or type(exc).__name__})")
            except DamagedDataError as exc:
                self.report_issue({"path": store}, f"{exc}; the rest of the file was not scanned")
        if not read:
            raise SourceError(f"no mailbox could be read for source {self.name!r}",
                              location={"paths": list(self.patterns)})

    def _mailbox_chunks(self, path: Path, kind: str, store: str) -> Iterator[Chunk]:
        last = 0
        self.read_stores.append(store)
        if store in self.seen_stores:
            self.carried[store] = store               # its earlier roll-ups go on, new messages add to them
        try:
            for raw in iter_messages(path, kind, self.max_message_bytes):  # type: ignore[arg-type]
                last = raw.index
                yield from self._message_chunks(raw, store)
        except DamagedDataError as exc:
            self.report_issue({"path": store, "message_index": last},
                              f"{exc} after message {last}; the rest of the mailbox was not scanned")

    def _message_chunks(self, raw: RawMessage, store: str) -> Iterator[Chunk]:
        rel = self.relpath(raw.path)
        where: dict[str, Any] = {"path": rel, "message_index": raw.index}
        if raw.offset is not None:
            where["offset"] = raw.offset
        if raw.data is None:
            self.report_issue(where, f"message larger than {self.max_message_bytes} bytes: not scanned",
                              severity="skipped")
            return
        try:
            msg = _mime.parse(raw.data)
            if not _mime.has_headers(msg):
                self.report_issue(where, "malformed message (no header fields): not scanned")
                return
            msg_id = _mime.message_id(msg, raw.data)
            read = hashlib.sha256(msg_id.encode("utf-8", "surrogateescape")).hexdigest()[:24]
            self.read_ids.add(read)
            if read in self.seen and store in self.seen_stores:
                return                                    # read by an earlier scan
            for item in _mime.PartReader(self.max_part_bytes).read(msg):
                location = {"path": rel, "message_id": msg_id, "part": item.name}
                if isinstance(item, _mime.Note):
                    self.report_issue(location, item.message, severity=item.severity)
                else:
                    yield Chunk(store=store, location=location, values=[item.text], context=item.context)
        except Exception as exc:   # the email package fails in many ways on broken input
            self.report_issue(where, f"malformed message ({type(exc).__name__}): the rest of it was not scanned")
