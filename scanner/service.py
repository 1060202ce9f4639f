"""One scan from config to report files: what ``scan``, ``check`` and ``demo`` share."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from scanner.config import ScanConfig, SourceSpec, load_config
from scanner.errors import UsageError
from scanner.executors import make_executor
from scanner.pipeline import Scanner
from scanner.report import write_all
from scanner.result import ScanMeta, ScanResult, SourceResult
from scanner.review import apply_reviews
from scanner.run_lock import RunLock
from scanner.spool import FindingSpool


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


class ColumnScope(Protocol):
    """The columns of a source whose findings count (``check``: the new and changed ones)."""

    def covers(self, store: str, column: str) -> bool: ...


@dataclass(frozen=True)
class SourcePlan:
    """What one run scans: its sources, those that failed before scanning, and which findings count."""

    sources: tuple[SourceSpec, ...]
    unreadable: tuple[SourceResult, ...] = ()             # reported as failed, never scanned
    scope: Mapping[str, ColumnScope] | None = None        # per source; None: every finding counts
    every_source: bool = False                            # all of the config's sources are in ``sources``
    check: Mapping[str, Any] | None = None                # check: the tables checked and skipped, and why

    @classmethod
    def of(cls, config: ScanConfig, names: Sequence[str] = ()) -> SourcePlan:
        """The config's sources, or those named."""
        chosen = tuple(config.select(names))
        return cls(chosen, every_source=list(chosen) == list(config.sources))

    @property
    def full(self) -> bool:
        """Every source and every finding: the inventory records a full scan, which later diffs compare."""
        return self.every_source and self.scope is None

    def kept(self, findings: FindingSpool) -> FindingSpool:
        """The findings that count under ``scope``."""
        scope = self.scope
        if scope is None:
            return findings
        return findings.rewrite(lambda f: f if f.source not in scope or
                                scope[f.source].covers(f.store, str(f.location.get("column"))) else None)


def run_scan(config: ScanConfig, options: ScanOptions, plan: SourcePlan | None = None) -> ScanResult:
    """Scan the planned sources (default: those ``options`` selects) and write every report into
    ``options.out_dir``; review decisions apply before the scan is recorded and reported."""
    plan = plan or SourcePlan.of(config, options.sources)
    if options.since_last and not config.inventory:
        raise UsageError(f"{config.path}: --since-last needs an inventory (inventory: in the config), where each "
                         "scan records how far it read")
    with RunLock(config.path):               # one run of a config at a time, reports included
        with _inventory(config) as inventory:    # opened first: a bad inventory URL fails before the scan
            prior = inventory.source_states([s.name for s in plan.sources]) if options.since_last else {}
            executor = make_executor(options.executor, options.workers, options.scheduler)
            try:
                with _progress(options.progress) as progress, _occurrences(options) as occurrences:
                    scanner = Scanner(config, executor, use_nlp=options.use_nlp,
                                      progress=progress.update if progress else None,
                                      occurrences=occurrences.write if occurrences else None, prior_states=prior)
                    scanned = scanner.run(plan.sources)
            finally:
                executor.close()
            findings = plan.kept(scanned.findings)
            if inventory is not None:
                findings = apply_reviews(findings, inventory.decisions())
            result = replace(scanned, findings=findings, sources=(*scanned.sources, *plan.unreadable),
                             meta=ScanMeta(out_dir=str(options.out_dir), check=plan.check))
            if inventory is not None:
                scan_id = inventory.record(result, full=plan.full)
                result = replace(result, meta=replace(result.meta, inventory_scan=scan_id))
        write_all(result, options.out_dir)
    return result


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


def scan_path(config_path: Path, options: ScanOptions) -> ScanResult:
    """Load a config file and scan it."""
    return run_scan(load_config(config_path), options)
