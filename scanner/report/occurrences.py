"""occurrences.jsonl: every occurrence at its finest location (a log line, a message's part), streamed.

Written only with ``--occurrences``, while the scan runs: each line or message is written as it
completes, so memory stays flat however many there are. Like findings.jsonl it holds no value:
the entity, the judged status, the score and the value's keyed fingerprint.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO

from scanner.rollup import Occurrence

FILE_NAME = "occurrences.jsonl"


class OccurrenceFile:
    """``occurrences.jsonl`` in an output folder, for the length of a scan.

    The file is created on the first occurrence, or empty at the end of a scan without any; a scan
    that never starts (a config error) leaves no file and no folder behind.
    """

    def __init__(self, out_dir: Path):
        self.path = out_dir / FILE_NAME
        self._file: IO[str] | None = None
        self.written = 0

    def write(self, occurrences: Iterable[Occurrence]) -> None:
        """Append occurrences, one JSON object a line."""
        for occurrence in occurrences:
            self._open().write(json.dumps(occurrence.to_dict(), ensure_ascii=False) + "\n")
            self.written += 1

    def _open(self) -> IO[str]:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("w", encoding="utf-8")
        return self._file

    def __enter__(self) -> OccurrenceFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._file is None and kind is None:
            self._open()
        if self._file is not None:
            self._file.close()
