"""What every ``piiscan`` command shares: piiscan errors as exit codes, SIGTERM as an interrupt,
the CONFIG argument, and the options ``scan`` and ``check`` share.

Exit codes: 0 finished and the gate passed; 1 the ``--fail-on`` gate failed; 2 usage, config
or policy error (the message names file, key and line); 3 one or more sources (or parts of them)
could not be scanned (3 wins over 1). Each error in ``scanner.errors`` carries its code.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from scanner import errors

CONFIG = click.argument("config", type=click.Path(exists=True, dir_okay=False, path_type=Path))
FAIL_ON = click.Choice(["undeclared", "any", "never"])


class PiiscanExit(click.ClickException):
    """A PiiscanError shown as ``Error: …`` with its own exit code."""

    def __init__(self, err: errors.PiiscanError):
        super().__init__(str(err))
        self.exit_code = err.exit_code


@contextlib.contextmanager
def exit_codes() -> Iterator[None]:
    """End the command with ``Error: …`` and the error's exit code when a PiiscanError is raised inside."""
    try:
        yield
    except errors.PiiscanError as err:
        raise PiiscanExit(err) from None


def _terminate_as_interrupt(signum: int, frame: Any) -> None:
    """SIGTERM ends a scan like Ctrl-C: the reports are written, marked incomplete."""
    raise KeyboardInterrupt


def interrupt_on_sigterm() -> None:
    """Handle SIGTERM as Ctrl-C, when called from the main thread (only it may set handlers)."""
    with contextlib.suppress(ValueError):
        signal.signal(signal.SIGTERM, _terminate_as_interrupt)


_SCAN_OPTIONS = (
    click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("piiscan-out"),
                 show_default=True, help="Folder for the reports."),
    click.option("--workers", type=click.IntRange(min=1), default=None,
                 help="Worker processes (default: every core)."),
    click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True),
    click.option("--scheduler", default=None, help="Dask scheduler address, tcp://HOST:PORT."),
    click.option("--no-nlp", is_flag=True, help="Skip spaCy NER (no PERSON from free text); faster."),
    click.option("--no-progress", is_flag=True,
                 help="No live progress (it is off anyway when stderr is not a terminal or $CI is set)."),
    click.option("--occurrences", is_flag=True,
                 help="Also write occurrences.jsonl: every occurrence at its log line or message, no values."),
)


def scan_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Declare the options ``scan`` and ``check`` share; the command gets them as one ``options: ScanOptions``.

    Live progress is on only when stderr is a terminal and $CI is unset.
    """
    @functools.wraps(command)
    def with_options(*args: Any, out: Path, workers: int | None, executor: str, scheduler: str | None,
                     no_nlp: bool, no_progress: bool, occurrences: bool, **kwargs: Any) -> Any:
        from scanner.service import ScanOptions
        progress = not no_progress and sys.stderr.isatty() and not os.environ.get("CI")
        options = ScanOptions(out_dir=out, workers=workers, executor=executor, scheduler=scheduler,
                              use_nlp=not no_nlp, progress=progress, occurrences=occurrences)
        return command(*args, options=options, **kwargs)

    for decorator in reversed(_SCAN_OPTIONS):
        with_options = decorator(with_options)
    return with_options
