"""One scan from config to report files: what ``scan``, ``check`` and ``demo`` share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scanner.config import ScanConfig, SourceSpec, load_config
from scanner.errors import UsageError
from scanner.executors import make_executor
from scanner.findings import Finding
from scanner.pipeline import Scanner, ScanRun, SourceResult
from scanner.report import write_all
from scanner.run_lock import RunLock


@dataclass(frozen=True)
class ScanOptions:
    """How to run a scan (from CLI flags)."""

    out_dir: Path
    workers: int | None = None
    executor: str = "local"
    scheduler: str | None = None
    sources: Sequence[str] = ()
    use_nlp: bool = True
    progress: bool = False
    occurrences: bool = False           # also write occurrences.jsonl, streamed during the scan
    since_last: bool = False            # log files read on from where the last scan left them


def run_scan(config: ScanConfig, options: ScanOptions, sources: Sequence[SourceSpec] | None = None, *,
             extra_results: Sequence[SourceResult] = (), keep: Callable[[Finding], bool] | None = None) -> ScanRun:
    """Scan (all, or the selected) sources and write every report into ``options.out_dir``.

    ``extra_results`` are sources that failed before scanning (``check``); ``keep`` filters findings.
    """
    chosen = list(sources) if sources is not None else config.select(options.sources)
    if options.since_last and not config.inventory:
        raise UsageError(f"{config.path}: --since-last needs an inventory (inventory: in the config), where each "
                         "scan records how far it read")
    with RunLock(config.path):               # one run of a config at a time, reports included
        with _inventory(config) as inventory:    # opened first: a bad inventory URL fails before the scan
            prior = inventory.source_states([s.name for s in chosen]) if options.since_last else {}
            executor = make_executor(options.executor, options.workers, options.scheduler)
            try:
                with _progress(options.progress) as progress, _occurrences(options) as occurrences:
                    scanner = Scanner(config, executor, use_nlp=options.use_nlp,
                                      progress=progress.update if progress else None,
                                      occurrences=occurrences.write if occurrences else None, prior_states=prior)
                    run = scanner.run(chosen)
            finally:
                executor.close()
            run.sources.extend(extra_results)
            if keep is not None:
                run.findings = run.findings.rewrite(lambda f: f if keep(f) else None)
            run.meta["out_dir"] = str(options.out_dir)
            if inventory is not None:            # review decisions apply before any report is written
                inventory.record_run(run, full=chosen == list(config.sources) and keep is None)
        write_all(run, options.out_dir)
    return run


def _progress(wanted: bool) -> AbstractContextManager[Any]:
    """Live progress on stderr when asked for, else nothing."""
    if not wanted:
        return nullcontext(None)
    from scanner.progress import ScanProgress
    return ScanProgress()


def _occurrences(options: ScanOptions) -> AbstractContextManager[Any]:
    """occurrences.jsonl in the output folder when asked for, else nothing."""
    if not options.occurrences:
        return nullcontext(None)
    from scanner.report.occurrences import OccurrenceFile
    return OccurrenceFile(options.out_dir)


def _inventory(config: ScanConfig) -> AbstractContextManager[Any]:
    """The config's inventory store (closed on exit), or None when it has no ``inventory:``."""
    if not config.inventory:
        return nullcontext(None)
    from scanner.inventory.store import Inventory
    return Inventory.open(config)


def scan_path(config_path: Path, options: ScanOptions) -> ScanRun:
    """Load a config file and scan it."""
    return run_scan(load_config(config_path), options)
