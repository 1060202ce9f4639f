"""What one scan produced, fixed once made: how each source went, the findings, what reports count."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from scanner.config import ScanConfig
from scanner.connectors.base import ScanIssue
from scanner.spool import FindingSpool
from scanner.tally import Tally, count


@dataclass
class SourceResult:
    """How one source went: ok or failed, what was read, what went wrong where."""

    name: str
    kind: str
    description: str = ""
    status: str = "ok"
    error: str | None = None
    issues: list[ScanIssue] = field(default_factory=list)
    chunks: int = 0
    values: int = 0
    seconds: float = 0.0
    findings: int = 0
    state: dict[str, Any] = field(default_factory=dict)     # where the scan left it (file marks, roll-ups)
    resumed: bool = False                                     # read on from a previous scan (--since-last)

    @property
    def partial(self) -> bool:
        """True when some part of the source could not be scanned."""
        return self.status != "ok" or any(i.severity == "error" for i in self.issues)


@dataclass(frozen=True)
class ScanMeta:
    """Where a scan's results went (the report folder, the inventory's scan id) and, for ``check``, what it
    checked and skipped: report.json's ``scan``."""

    out_dir: str | None = None
    inventory_scan: int | None = None
    check: Mapping[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        """The keys report.json carries (those set)."""
        pairs = (("out_dir", self.out_dir), ("inventory_scan", self.inventory_scan), ("check", self.check))
        return {k: dict(v) if isinstance(v, Mapping) else v for k, v in pairs if v is not None}


@dataclass(frozen=True)
class ScanResult:
    """Everything one scan produced. Immutable: a step that changes it (keeping a check's columns,
    applying review decisions, recording it) makes a new one with ``dataclasses.replace``."""

    config: ScanConfig
    started: datetime
    finished: datetime | None
    findings: FindingSpool
    sources: tuple[SourceResult, ...] = ()
    interrupted: bool = False
    meta: ScanMeta = field(default_factory=ScanMeta)

    @cached_property
    def tally(self) -> Tally:
        """What the reports count, counted once."""
        return count(self.findings)

    @property
    def failed(self) -> bool:
        """A source, or a part of one, could not be scanned: the scan is not clean."""
        return self.interrupted or any(s.partial for s in self.sources)

    def gate_failed(self, fail_on: str) -> bool:
        """Whether ``--fail-on`` trips on these findings (reviewed findings count as decided)."""
        if fail_on == "any":
            return self.tally.open_findings > 0
        return fail_on == "undeclared" and self.tally.open_undeclared > 0

    def exit_code(self, fail_on: str) -> int:
        """0 clean, 1 gate failed, 3 a source could not be scanned (3 wins over 1)."""
        if self.failed:
            return 3
        return 1 if self.gate_failed(fail_on) else 0
