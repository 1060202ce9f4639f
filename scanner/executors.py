"""Where chunk batches are analysed: in-process, a local process pool, or a Dask cluster.

Every executor yields results in submission order, so output is deterministic whatever
the parallelism, and keeps a bounded number of batches in flight, so memory stays flat.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol

from scanner.errors import UsageError

Task = tuple[Callable[..., Any], tuple[Any, ...]]


class Executor(Protocol):
    """Runs ``fn(*args)`` tasks and yields their results in order."""

    def map_ordered(self, tasks: Iterable[Task]) -> Iterator[Any]: ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs every task in this process (``--workers 1``)."""

    def map_ordered(self, tasks: Iterable[Task]) -> Iterator[Any]:
        return _drain_ordered(lambda task: task, lambda task: task[0](*task[1]), tasks, 1)

    def close(self) -> None:
        """Nothing to release."""


def _drain_ordered(submit: Callable[[Task], Any], result: Callable[[Any], Any], tasks: Iterable[Task],
                   in_flight: int) -> Iterator[Any]:
    """Submit with at most ``in_flight`` pending; when the task source fails, finish what was submitted first."""
    queue: deque[Any] = deque()
    failure: Exception | None = None
    try:
        for task in tasks:
            queue.append(submit(task))
            if len(queue) >= in_flight:
                yield result(queue.popleft())
    except Exception as exc:  # noqa: BLE001 - re-raised below, after the submitted work is collected
        failure = exc
    while queue:
        yield result(queue.popleft())
    if failure is not None:
        raise failure


def _worker_signals() -> None:
    """Workers leave interrupts to the scan: Ctrl-C goes to the parent, which stops the pool; SIGTERM
    ends a worker at once (not the parent's handler, inherited through fork, that would turn it into
    a KeyboardInterrupt inside a task and leave the worker waiting for more)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class ProcessExecutor:
    """A local process pool: every core, no GIL contention."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_signals)

    def map_ordered(self, tasks: Iterable[Task]) -> Iterator[Any]:
        def submit(task: Task) -> Future:
            return self._pool.submit(task[0], *task[1])
        return _drain_ordered(submit, lambda f: f.result(), tasks, self.workers * 3)

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


class DaskExecutor:
    """dask.distributed: a scheduler at ``address``, or a LocalCluster when none is given."""

    def __init__(self, address: str | None, workers: int):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask is a dependency
            raise UsageError("--executor dask needs the 'distributed' package") from exc
        self._cluster = None
        if address:
            self._client = Client(address, timeout="20s")
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=40)
            self._client = Client(self._cluster)
        self.workers = max(len(self._client.scheduler_info().get("workers", {})), 1)

    def map_ordered(self, tasks: Iterable[Task]) -> Iterator[Any]:
        def submit(task: Task) -> Any:
            return self._client.submit(task[0], *task[1], pure=False)
        return _drain_ordered(submit, lambda f: f.result(), tasks, self.workers * 3)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(kind: str = "local", workers: int | None = None, scheduler: str | None = None) -> Executor:
    """Pick an executor: ``local`` (processes; inline for one worker) or ``dask``."""
    workers = workers or os.cpu_count() or 1
    if kind == "dask":
        return DaskExecutor(scheduler, workers)
    if scheduler:
        raise UsageError("--scheduler goes with --executor dask")
    return InlineExecutor() if workers <= 1 else ProcessExecutor(workers)
