"""Cut a stream of byte blocks into numbered lines; cut over-long lines into bounded pieces.

A line longer than ``max_line_bytes`` becomes several pieces with the same line number. Each
piece after the first starts with the last ``overlap`` characters of the one before, so a
value that straddles a cut is still seen whole by the recognizers. After ``max_pieces`` pieces
the rest of the line is read but not scanned (``Line.skipped`` says how many bytes).
Memory stays within about ``max_line_bytes`` plus one block, whatever the line length.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from scanner.connectors import _charset

OVERLAP = 256                  # characters repeated at the start of each further piece


class Piece(NamedTuple):
    """Raw bytes of one line, or of one piece of an over-long line."""

    line: int                  # 1-based line number
    data: bytes
    index: int                 # 0 for the first piece
    last: bool                 # False while more pieces of this line follow
    skipped: int = 0           # bytes of the line beyond the scan cap (on the last piece)


class Line(NamedTuple):
    """Decoded text of one line, or of one piece of it."""

    number: int
    text: str
    index: int
    last: bool
    skipped: int = 0


def split_lines(blocks: Iterable[bytes], max_line_bytes: int, max_pieces: int, first_line: int = 1) -> Iterator[Piece]:
    """Split ``blocks`` at ``\\n`` (CR stripped later); bound each piece to ``max_line_bytes``; the first
    line is numbered ``first_line`` (a resumed file goes on counting)."""
    state = _Splitter(max_line_bytes, max_pieces)
    state.number = first_line
    buf = b""
    for block in blocks:
        if state.capped:                          # past the cap: read on to the line end
            end = block.find(b"\n")
            if end < 0:
                state.skipped += len(block)
                continue
            state.skipped += end
            yield state.end_line(b"")
            block = block[end + 1:]
        buf = buf + block if buf else block
        *lines, buf = buf.split(b"\n")
        for data in lines:
            if state.index == 0 and len(data) <= state.size:     # the usual case, kept fast
                yield Piece(state.number, data, 0, True, 0)
                state.number += 1
                continue
            yield from state.cut(data)
            yield state.end_line(data[state.consumed:])
        yield from state.cut(buf)
        buf = buf[state.consumed:]
        if state.capped:
            state.skipped, buf = state.skipped + len(buf), b""
    if buf or state.index:
        yield state.end_line(buf)


class _Splitter:
    """Line number and piece count of the line being split."""

    def __init__(self, max_line_bytes: int, max_pieces: int):
        self.size, self.max_pieces = max_line_bytes, max_pieces
        self.number, self.index, self.skipped, self.consumed = 1, 0, 0, 0

    @property
    def capped(self) -> bool:
        return self.index >= self.max_pieces

    def cut(self, data: bytes) -> Iterator[Piece]:
        """Full pieces from the front of ``data``; ``consumed`` says how many bytes they took."""
        self.consumed = 0
        while len(data) - self.consumed > self.size and not self.capped:
            yield Piece(self.number, data[self.consumed:self.consumed + self.size], self.index, False)
            self.consumed += self.size
            self.index += 1

    def end_line(self, rest: bytes) -> Piece:
        """The last piece of the current line; the next line starts."""
        if self.capped:
            self.skipped, rest = self.skipped + len(rest), b""
        piece = Piece(self.number, rest, self.index, True, self.skipped)
        self.number, self.index, self.skipped, self.consumed = self.number + 1, 0, 0, 0
        return piece


class LineDecoder:
    """Turns pieces into text in one encoding; over-long lines decode incrementally.

    With ``settled=False`` (the encoding was a guess from an ASCII-only sample) the first line
    that is not valid in it triggers one detection on that line, and the result is kept.
    """

    def __init__(self, encoding: str, settled: bool = True, overlap: int = OVERLAP):
        self.encoding, self.settled, self.overlap = encoding, settled, overlap
        self._incremental: codecs.IncrementalDecoder | None = None
        self._carry = ""

    def decode(self, piece: Piece) -> Line:
        """The text of ``piece``, without its line ending; later pieces start with the overlap."""
        if piece.index == 0 and piece.last:
            try:
                text = piece.data.decode(self.encoding)
            except UnicodeDecodeError:
                text = self._whole(piece.data)
        else:
            if piece.index == 0:
                self._settle(piece.data)
                self._incremental = _incremental_decoder(self.encoding, piece.data)
                self._carry = ""
            assert self._incremental is not None
            text = self._carry + self._incremental.decode(piece.data, final=piece.last)
            self._carry = "" if piece.last else text[-self.overlap:]
        if piece.last and text.endswith("\r"):
            text = text[:-1]
        return Line(piece.line, text, piece.index, piece.last, piece.skipped)

    def _whole(self, data: bytes) -> str:
        """Decode a line that is invalid in the current encoding (maybe settling it first)."""
        self._settle(data)
        return data.decode(self.encoding, "replace")

    def _settle(self, data: bytes) -> None:
        if not self.settled and not data.isascii():
            if not _charset.is_utf8(data):
                self.encoding = _charset.detect(data[:_charset.SAMPLE_SIZE])
            self.settled = True


_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


def _incremental_decoder(encoding: str, head: bytes) -> codecs.IncrementalDecoder:
    """A replacing incremental decoder; byte-order-mark codecs read little-endian where there is no mark
    (Python's UTF-16/32 incremental decoders raise on a stream without one, whatever the error mode)."""
    name = codecs.lookup(encoding).name
    if name in ("utf-16", "utf-32") and not head.startswith(_BOMS):
        encoding = f"{name}-le"
    return codecs.getincrementaldecoder(encoding)("replace")


def split_text(text: str, size: int, overlap: int = OVERLAP) -> list[str]:
    """``text`` in pieces of at most ``size`` characters, each after the first overlapping."""
    if len(text) <= size:
        return [text]
    step = size - overlap
    return [text[start:start + size] for start in range(0, len(text) - overlap, step)]
