"""Live progress on stderr for long scans: one line per source with values analysed, rate and time."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


class ScanProgress:
    """A context manager; ``update(source, values)`` is the pipeline's progress callback."""

    def __init__(self, console: Console | None = None):
        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                  TextColumn("{task.completed:>12,.0f} values"), TextColumn("{task.fields[rate]}"),
                                  TimeElapsedColumn(), console=console or Console(stderr=True))
        self._tasks: dict[str, tuple[int, float]] = {}

    def __enter__(self) -> ScanProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def update(self, source: str, values: int) -> None:
        """Show that ``source`` has had ``values`` values analysed so far."""
        if source not in self._tasks:
            self._tasks[source] = (self._progress.add_task(source, total=None, rate=""), time.monotonic())
        task, started = self._tasks[source]
        rate = values / max(time.monotonic() - started, 1e-6)
        self._progress.update(task, completed=values, rate=f"{rate:>10,.0f}/s")
