"""Sampling a log file as SQL sources sample rows: spread blocks of lines, the same for a seed.

``sample: {lines: N, seed: S}`` on a ``logs`` source scans about N lines of each file: the file is
cut into blocks of ``BLOCK_LINES`` consecutive lines and ``ceil(N / BLOCK_LINES)`` blocks are kept,
those whose keyed hash (seed, file, block number) is smallest, so they spread over the whole file
and a seed always picks the same ones. Lines keep their real numbers. The lines are counted first
(a fast pass over the decompressed bytes, compressed files too), and the scan then reads the file
once, analysing the kept blocks only. Default: no sampling, every line.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from scanner.errors import ConfigError

BLOCK_LINES = 200


@dataclass(frozen=True)
class LineSample:
    """How many lines of each file to scan, and the seed that picks them."""

    lines: int
    seed: int = 0

    @classmethod
    def from_option(cls, raw: Any, fail: Callable[[str, str], ConfigError]) -> LineSample | None:
        """The ``sample:`` option of a logs source; None (every line) when absent or ``lines: null``."""
        if raw is None:
            return None
        if not isinstance(raw, Mapping):
            raise fail("sample", "'sample' must be a mapping like {lines: 100000, seed: 0}")
        unknown = set(raw) - {"lines", "seed"}
        if unknown:
            raise fail(f"sample.{sorted(unknown)[0]}", f"unknown sample option(s) {sorted(unknown)}; known: lines, seed")
        lines, seed = raw.get("lines"), raw.get("seed", 0)
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise fail("sample.seed", "'sample.seed' must be an integer")
        if lines is None:
            return None
        if isinstance(lines, bool) or not isinstance(lines, int) or lines < 1:
            raise fail("sample.lines", "'sample.lines' must be a positive integer, or null for every line")
        return cls(lines, seed)

    def blocks(self, file_key: str, total_lines: int) -> frozenset[int] | None:
        """The block numbers to scan of a file of ``total_lines`` lines (None: the file is small enough to
        scan whole)."""
        total_blocks = math.ceil(total_lines / BLOCK_LINES)
        wanted = math.ceil(self.lines / BLOCK_LINES)
        if wanted >= total_blocks:
            return None
        return frozenset(heapq.nsmallest(wanted, range(total_blocks), key=lambda b: self._key(file_key, b)))

    def _key(self, file_key: str, block: int) -> bytes:
        return hashlib.blake2b(f"{self.seed}\0{file_key}\0{block}".encode(), digest_size=8).digest()


def count_lines(blocks: Iterable[bytes]) -> int:
    """Lines in a stream of decompressed blocks (a last line without a newline counts)."""
    total, last = 0, b"\n"
    for block in blocks:
        if block:
            total += block.count(b"\n")
            last = block[-1:]
    return total + (last != b"\n")


def block_of(line_number: int) -> int:
    """The block a 1-based line number falls in."""
    return (line_number - 1) // BLOCK_LINES
