"""Turn one raw mail message into scannable text parts: headers, bodies, text attachments.

Headers are decoded (RFC 2047 encoded words, raw 8-bit bytes by detection). In
``multipart/alternative`` only one copy is scanned: text/plain when there is one, else the
last (richest) alternative, HTML converted to text. Text attachments (``text/*``, JSON, XML,
CSV, logs, vCards, ``message/rfc822`` and ``.eml``) are scanned under their file name, or
``attachment:<n>`` (n counts the attachments of the message, 1-based) when they have none;
the headers and bodies of an attached message report under its name, its own attachments
under theirs. Other
attachments come back as ``skipped`` notes. Nesting deeper than ``MAX_DEPTH`` and decoded
parts larger than ``max_part_bytes`` are bounded with a warning note.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from typing import Any, Literal

from scanner.connectors import _charset
from scanner.connectors._html import html_to_text
from scanner.connectors._lines import split_text

MAX_DEPTH = 10
PIECE_CHARS = 500_000          # longest text handed on as one chunk; longer parts are split
SCANNED_HEADERS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Subject")
TEXT_TYPES = frozenset({"application/json", "application/xml", "application/csv", "application/x-ndjson",
                        "application/ld+json", "application/x-yaml", "application/yaml"})
TEXT_SUFFIXES = frozenset({".txt", ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".log", ".xml", ".md",
                           ".html", ".htm", ".vcf", ".ics", ".yaml", ".yml"})
_SYNTHETIC_DOMAIN = "piiscan.invalid"
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FOLD = re.compile(r"\r?\n[ \t]+")
_PARSER = BytesParser(policy=compat32)


@dataclass(frozen=True)
class Part:
    """Text found at one part of a message."""

    name: str                  # "From", "Subject", "body", or an attachment name
    text: str
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    """Something of a message that was bounded or left out."""

    name: str
    message: str
    severity: Literal["warning", "skipped"]


def parse(raw: bytes) -> Message:
    """Parse a raw message leniently (defects are recorded, not raised)."""
    return _PARSER.parsebytes(raw)


def has_headers(msg: Message) -> bool:
    """False when the parser found no header field at all (not a mail message)."""
    return bool(msg.keys())


def message_id(msg: Message, raw: bytes) -> str:
    """The Message-ID, or ``<sha256(raw header block)[:16]@piiscan.invalid>`` when it has none."""
    value = " ".join(decode_value(msg.get("Message-ID")).split())
    if value:
        return value
    headers = _HEADER_END.split(raw, maxsplit=1)[0]
    return f"<{hashlib.sha256(headers).hexdigest()[:16]}@{_SYNTHETIC_DOMAIN}>"


def decode_value(value: Any) -> str:
    """A header value as text: encoded words decoded, 8-bit bytes detected, unfolded."""
    if value is None:
        return ""
    text = "".join(chunk if isinstance(chunk, str) else
                   _charset.decode(chunk, None if charset in (None, "unknown-8bit") else charset)
                   for chunk, charset in decode_header(value))
    return _FOLD.sub(" ", text).strip()


class PartReader:
    """Walks one parsed message and yields its :class:`Part` and :class:`Note` items."""

    def __init__(self, max_part_bytes: int):
        self.max_part_bytes = max_part_bytes
        self._attachments = 0

    def read(self, msg: Message) -> Iterator[Part | Note]:
        """Headers first, then bodies and attachments in MIME order."""
        self._attachments = 0
        yield from self._headers(msg, None)
        yield from self._walk(msg, 0, None)

    def _headers(self, msg: Message, name: str | None) -> Iterator[Part]:
        for header in SCANNED_HEADERS:
            for value in msg.get_all(header, []):
                text = decode_value(value)
                if text:
                    yield Part(name or header, text, (header.lower(),))

    def _walk(self, part: Message, depth: int, owner: str | None) -> Iterator[Part | Note]:
        """``owner`` is the name the bodies of an attached message report under."""
        if depth > MAX_DEPTH:
            yield Note(owner or "body", f"MIME nesting deeper than {MAX_DEPTH} levels: not scanned", "warning")
            return
        ctype = part.get_content_type()
        if part.get_content_maintype() == "message" and part.is_multipart():
            name = self._attachment_name(decode_value(part.get_filename()) or None)
            for inner in part.get_payload():
                yield from self._headers(inner, name)
                yield from self._walk(inner, depth + 1, name)
        elif part.is_multipart():
            children = part.get_payload()
            if ctype == "multipart/alternative" and children:
                children = [_preferred(children)]
            for child in children:
                yield from self._walk(child, depth + 1, owner)
        else:
            yield from self._leaf(part, depth, owner)

    def _leaf(self, part: Message, depth: int, owner: str | None) -> Iterator[Part | Note]:
        ctype = part.get_content_type()
        filename = decode_value(part.get_filename()) or None
        attached = filename is not None or part.get_content_disposition() == "attachment"
        if attached or part.get_content_maintype() != "text":
            name = self._attachment_name(filename)
        else:
            name = owner or "body"
        suffix = _suffix(filename)
        if suffix == ".eml" and ctype in ("application/octet-stream", "text/plain"):
            yield from self._attached_eml(part, depth, name)
            return
        if not (part.get_content_maintype() == "text" or ctype in TEXT_TYPES or suffix in TEXT_SUFFIXES):
            yield Note(name, f"attachment not scanned ({ctype})", "skipped")
            return
        payload = self._payload(part)
        if payload is None:
            return
        data, note = payload
        if note:
            yield Note(name, note, "warning")
        text = _charset.decode(data, part.get_content_charset())
        if ctype == "text/html" or suffix in (".html", ".htm"):
            text = html_to_text(text)
        if text.strip():
            for piece in split_text(text, PIECE_CHARS):
                yield Part(name, piece)

    def _attached_eml(self, part: Message, depth: int, name: str) -> Iterator[Part | Note]:
        payload = self._payload(part)
        if payload is None:
            return
        inner = parse(payload[0])
        yield from self._headers(inner, name)
        yield from self._walk(inner, depth + 1, name)

    def _payload(self, part: Message) -> tuple[bytes, str | None] | None:
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            return None
        if len(data) > self.max_part_bytes:
            return (data[:self.max_part_bytes],
                    f"part larger than {self.max_part_bytes} bytes decoded: only the first "
                    f"{self.max_part_bytes} bytes scanned")
        return data, None

    def _attachment_name(self, filename: str | None) -> str:
        """The attachment's file name, or ``attachment:<n>`` (n counts attachments from 1)."""
        self._attachments += 1
        return filename or f"attachment:{self._attachments}"


def _preferred(children: list[Message]) -> Message:
    """The alternative to scan: text/plain if any (directly or inside), else the last one."""
    for child in children:
        if any(p.get_content_type() == "text/plain" and p.get_content_disposition() != "attachment"
               for p in _shallow_walk(child)):
            return child
    return children[-1]


def _shallow_walk(part: Message, depth: int = 0) -> Iterator[Message]:
    yield part
    if part.is_multipart() and part.get_content_maintype() == "multipart" and depth < MAX_DEPTH:
        for child in part.get_payload():
            yield from _shallow_walk(child, depth + 1)


def _suffix(filename: str | None) -> str:
    if not filename or "." not in filename:
        return ""
    return "." + filename.rsplit(".", 1)[1].lower()
