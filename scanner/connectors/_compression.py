"""Read a file as a stream of decompressed byte blocks; gzip, bz2, xz and zstd by magic bytes.

The compression is recognised by the first bytes of the file, never by its suffix alone, so a
rotated ``app.log.2`` that happens to be gzipped is read correctly and a ``.gz`` that is plain
text is read as text. Output is produced in bounded blocks: memory stays flat on multi-GB files
and on decompression bombs. Truncated or corrupt compressed data raises :class:`DamagedDataError`
after every block decoded before the damage has been yielded.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import zstandard

BLOCK_SIZE = 1 << 20           # decompressed bytes per yielded block (about)
_ZSTD_FEED = 4096              # compressed bytes fed per call: bounds zstd output per call

_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)

class DamagedDataError(Exception):
    """Compressed data ended early or is corrupt; carries no data, only the compression name."""

    def __init__(self, compression: str):
        self.compression = compression
        super().__init__(f"{compression} data is truncated or corrupt")


def sniff(head: bytes) -> str | None:
    """The compression named by the first bytes of a file, or None for uncompressed data."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[:3] == b"BZh" and head[3:4].isdigit() and head[3:4] != b"0":
        return "bz2"
    return None


def compression_of(path: Path) -> str | None:
    """Sniff the compression of the file at ``path``."""
    with open(path, "rb") as fh:
        return sniff(fh.read(8))


def iter_blocks(path: Path, block_size: int = BLOCK_SIZE, *, start: int = 0, limit: int | None = None) -> Iterator[bytes]:
    """Yield the decompressed content of ``path`` in blocks of about ``block_size`` bytes.

    A plain file may be read from byte ``start`` up to byte ``limit`` (a resumed scan); a compressed
    one is always read whole.
    """
    with open(path, "rb") as fh:
        kind = sniff(fh.peek(8)[:8])
        if kind == "zstd":
            yield from _zstd_blocks(fh, block_size)
        elif kind is None:
            fh.seek(start)
            blocks = _gather(fh, block_size, "plain")
            yield from blocks if limit is None else _bounded(blocks, limit - start)
        else:
            with _decompressing(kind, fh) as stream:
                yield from _gather(stream, block_size, kind)


def _bounded(blocks: Iterator[bytes], size: int) -> Iterator[bytes]:
    """The first ``size`` bytes of ``blocks``."""
    for block in blocks:
        if size <= 0:
            return
        yield block[:size]
        size -= len(block)


def is_compressed(path: Path) -> bool:
    """Whether ``path`` starts with a known compression's magic bytes."""
    with open(path, "rb") as fh:
        return sniff(fh.peek(8)[:8]) is not None


def _decompressing(kind: str, fh: BinaryIO) -> BinaryIO:
    """A read-only decompressing file object over ``fh``."""
    if kind == "gzip":
        return gzip.GzipFile(fileobj=fh, mode="rb")   # type: ignore[return-value]
    if kind == "bz2":
        return bz2.BZ2File(fh, "rb")                  # type: ignore[return-value]
    return lzma.LZMAFile(fh, "rb")                    # type: ignore[return-value]


def _gather(stream: BinaryIO, block_size: int, kind: str) -> Iterator[bytes]:
    """Join ``read1`` results into blocks; on damage, yield what was decoded, then raise."""
    parts: list[bytes] = []
    size = 0
    try:
        while True:
            data = stream.read1(block_size)   # type: ignore[attr-defined]
            if not data:
                break
            parts.append(data)
            size += len(data)
            if size >= block_size:
                yield b"".join(parts)
                parts, size = [], 0
    except (EOFError, OSError, zlib.error, lzma.LZMAError) as exc:
        if isinstance(exc, OSError) and kind == "plain":
            raise
        if parts:
            yield b"".join(parts)
        raise DamagedDataError(kind) from None
    if parts:
        yield b"".join(parts)


def _zstd_blocks(fh: BinaryIO, block_size: int) -> Iterator[bytes]:
    """Decode every zstd frame of ``fh``; a frame cut short raises :class:`DamagedDataError`."""
    decoder = zstandard.ZstdDecompressor()
    dobj = decoder.decompressobj()
    parts: list[bytes] = []
    size = 0
    pending = b""
    started = False
    try:
        while True:
            data = pending or fh.read(_ZSTD_FEED)
            pending = b""
            if not data:
                break
            out = dobj.decompress(data)
            if dobj.eof:                        # frame ended: the next one needs a fresh decoder
                pending = dobj.unused_data
                dobj = decoder.decompressobj()
                started = False
            else:
                started = True
            if out:
                parts.append(out)
                size += len(out)
            if size >= block_size:
                yield b"".join(parts)
                parts, size = [], 0
        if started:
            raise zstandard.ZstdError("frame truncated")
    except zstandard.ZstdError:
        if parts:
            yield b"".join(parts)
        raise DamagedDataError("zstd") from None
    if parts:
        yield b"".join(parts)
