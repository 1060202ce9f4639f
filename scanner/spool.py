"""An ordered collection of findings that keeps memory flat: past a limit, blocks go to a temporary file.

A scan of a 5 GB log yields millions of findings (one per line and entity). The spool holds
the newest ones in memory and pickles older ones, block by block, to an anonymous temporary
file (deleted when the spool is dropped or the process exits; it holds masked evidence and fingerprints only, like
findings.jsonl). Iterating reads the blocks back in order; :meth:`ordered` sorts with a
k-way merge of sorted runs, so memory stays bounded by the limit, not the scan.
"""

from __future__ import annotations

import heapq
import itertools
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

from scanner.findings import Finding

MEMORY_LIMIT = 50_000      # findings held in memory before a block is written out
MERGE_BLOCK = 256          # findings per pickle in a sorted run (what the merge holds per run)

T = TypeVar("T")


class _BlockFile:
    """Append-only pickled blocks in an anonymous temporary file, read back by offset."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="piiscan-spool-")  # noqa: SIM115 - lives with the spool
        self.offsets: list[int] = []

    def write(self, items: list[Any]) -> None:
        self._file.seek(0, 2)
        self.offsets.append(self._file.tell())
        pickle.dump(items, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def read(self, block: int) -> list[Any]:
        self._file.seek(self.offsets[block])
        return pickle.load(self._file)

    def blocks(self, first: int = 0, last: int | None = None) -> Iterator[list[Any]]:
        for block in range(first, len(self.offsets) if last is None else last):
            yield self.read(block)

    def close(self) -> None:
        self._file.close()


class FindingSpool:
    """Findings in the order they were added; ``len``, repeated iteration, filtering, sorted views."""

    def __init__(self, findings: Iterable[Finding] = (), *, limit: int | None = None):
        self.limit = max(1, limit or MEMORY_LIMIT)
        self._memory: list[Finding] = []
        self._disk: _BlockFile | None = None
        self._on_disk = 0
        self._runs: dict[Callable[[Finding], Any], tuple[int, _BlockFile, list[tuple[int, int]]]] = {}
        self.extend(findings)

    def append(self, finding: Finding) -> None:
        self._memory.append(finding)
        if len(self._memory) >= self.limit:
            self._spill()

    def extend(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.append(finding)

    def _spill(self) -> None:
        if self._disk is None:
            self._disk = _BlockFile()
        self._disk.write(self._memory)
        self._on_disk += len(self._memory)
        self._memory = []

    @property
    def spilled(self) -> bool:
        """True once some findings live on disk."""
        return self._disk is not None

    def __len__(self) -> int:
        return self._on_disk + len(self._memory)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[Finding]:
        if self._disk is not None:
            for block in self._disk.blocks():
                yield from block
        yield from list(self._memory)

    def rewrite(self, change: Callable[[Finding], Finding | None]) -> FindingSpool:
        """A new spool of ``change(f)`` for every finding, leaving out those it maps to None."""
        out = FindingSpool(limit=self.limit)
        for finding in self:
            changed = change(finding)
            if changed is not None:
                out.append(changed)
        return out

    def ordered(self, key: Callable[[Finding], Any]) -> Iterator[Finding]:
        """The findings sorted by ``key`` (stable), holding at most about ``limit`` in memory.

        Spilled findings are sorted block by block into runs on disk, once per key (every report
        sorts the same way), then merged lazily: taking the first N reads little more than N.
        """
        if self._disk is None:
            yield from sorted(self._memory, key=key)
            return
        runs, bounds = self._sorted_runs(key)
        yield from heapq.merge(*(_flatten(runs.blocks(a, b)) for a, b in bounds), key=key)

    def _sorted_runs(self, key: Callable[[Finding], Any]) -> tuple[_BlockFile, list[tuple[int, int]]]:
        cached = self._runs.get(key)
        if cached is not None and cached[0] == len(self):
            return cached[1], cached[2]
        runs, bounds = _BlockFile(), []
        for block in itertools.chain(self._disk.blocks(), [self._memory]):   # type: ignore[union-attr]
            first = len(runs.offsets)
            ordered = sorted(block, key=key)
            for i in range(0, len(ordered), MERGE_BLOCK):
                runs.write(ordered[i:i + MERGE_BLOCK])
            bounds.append((first, len(runs.offsets)))
        if cached is not None:
            cached[1].close()
        self._runs[key] = (len(self), runs, bounds)
        return runs, bounds


def _flatten(blocks: Iterator[list[T]]) -> Iterator[T]:
    for block in blocks:
        yield from block


def ordered(findings: Iterable[Finding], key: Callable[[Finding], Any]) -> Iterator[Finding]:
    """Sorted findings from a spool (bounded memory) or any iterable."""
    if isinstance(findings, FindingSpool):
        return findings.ordered(key)
    return iter(sorted(findings, key=key))
