"""One run of a config at a time: two scheduled scans (or checks) of one config never overlap.

The lock is an advisory ``flock`` on a file in the temporary folder named after the config's
resolved path, held for the whole run; it is released when the run ends, however it ends (the
kernel drops it with the process). A second run of the same config fails at once, naming the pid
that holds it, instead of scanning the same stores and writing the same inventory twice.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO

from scanner.errors import UsageError

try:                                   # POSIX; elsewhere runs are not locked
    import fcntl
except ImportError:                    # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class RunLockedError(UsageError):
    """Another run of the same config holds the lock."""


class RunLock:
    """The lock of one config's runs (a context manager)."""

    def __init__(self, config_path: Path):
        self.config_path = config_path
        digest = hashlib.sha256(str(config_path.resolve()).encode()).hexdigest()[:16]
        self.path = Path(tempfile.gettempdir()) / f"piiscan-run-{digest}.lock"
        self._file: IO[str] | None = None

    def __enter__(self) -> RunLock:
        if fcntl is None:
            return self
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise RunLockedError(f"{self.config_path}: another piiscan run of this config is in progress "
                                 f"(pid {holder}); it was not started twice") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None
