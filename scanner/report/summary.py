"""report.json: per source status and counts, per (source, store, entity) verdicts, totals.

Each store row also names its ``store_set``: the rotation set of a log file (``logs/app.log`` for
``logs/app.log.2.gz``), the store itself otherwise; the record of processing groups by it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner import __version__
from scanner.findings import Finding
from scanner.inventory.keys import store_set
from scanner.pipeline import ScanRun
from scanner.report.views import is_reviewed


@dataclass
class Tally:
    """Everything the reports count, from one pass over the findings (millions on a big log scan)."""

    stores: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    per_source_status: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    reviewed: Counter = field(default_factory=Counter)          # (status, reviewed?) -> findings
    categories: Counter = field(default_factory=Counter)        # (category or '-', status) -> findings
    entities: Counter = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)

    def add(self, f: Finding) -> None:
        """Count one finding."""
        row = self.stores.get((f.source, f.store, f.entity))
        if row is None:
            row = self.stores[(f.source, f.store, f.entity)] = {
                "source": f.source, "store": f.store, "store_set": store_set(f), "entity": f.entity,
                "category": f.category, "status": f.status, "purposes": [], "count": 0, "locations": 0,
                "policy_reason": f.policy_reason}
        row["count"] += f.count
        row["locations"] += 1
        if not set(f.purposes) <= set(row["purposes"]):
            row["purposes"] = sorted(set(row["purposes"]) | set(f.purposes))
        if f.status == "undeclared":
            row["status"], row["policy_reason"] = "undeclared", f.policy_reason
        self.per_source_status[(f.source, f.status)] += 1
        self.statuses[f.status] += 1
        self.reviewed[(f.status, is_reviewed(f))] += 1
        self.categories[(f.category or "-", f.status)] += 1
        self.entities[f.entity] += 1
        self.sources.add(f.source)


def tally(run: ScanRun) -> Tally:
    """The run's tally, counted once and kept until its findings change."""
    key = (id(run.findings), len(run.findings))
    cached = run.cache.get("tally")
    if cached is None or cached[0] != key:
        counted = Tally()
        for f in run.findings:
            counted.add(f)
        cached = run.cache["tally"] = (key, counted)
    return cached[1]


def build(run: ScanRun) -> dict[str, Any]:
    """The report.json document."""
    counted = tally(run)
    per_source_status = counted.per_source_status
    sources = []
    for s in run.sources:
        sources.append({
            "name": s.name, "kind": s.kind, "description": s.description, "status": s.status,
            **({"error": s.error} if s.error else {}),
            "partial": s.partial,
            "issues": [{"location": dict(i.location), "severity": i.severity, "message": i.message}
                       for i in s.issues],
            "counts": {"chunks": s.chunks, "values": s.values,
                       "findings": per_source_status[(s.name, "declared")] + per_source_status[(s.name, "undeclared")],
                       "declared": per_source_status[(s.name, "declared")],
                       "undeclared": per_source_status[(s.name, "undeclared")]},
            "seconds": s.seconds,
        })
    statuses = counted.statuses
    by_category = Counter()
    for (category, _), n in counted.categories.items():
        by_category[category] += n
    return {
        "piiscan_version": __version__,
        "scan": {
            "config": run.config.path.name, "config_digest": run.config.digest,
            "policy": {"name": run.config.policy.name, "digest": run.config.policy.digest},
            "started": run.started.isoformat(), "finished": run.finished.isoformat() if run.finished else None,
            "complete": not run.failed, "interrupted": run.interrupted, **run.meta,
        },
        "sources": sources,
        "stores": [dict(row) for row in counted.stores.values()],
        "totals": {
            "findings": len(run.findings), "declared": statuses["declared"], "undeclared": statuses["undeclared"],
            "sources": len(run.sources), "sources_failed": sum(1 for s in run.sources if s.status == "failed"),
            "sources_partial": sum(1 for s in run.sources if s.partial),
            "by_entity": dict(sorted(counted.entities.items())),
            "by_category": dict(sorted(by_category.items())),
        },
    }


def write(run: ScanRun, out_dir: Path) -> Path:
    """Write report.json."""
    path = out_dir / "report.json"
    path.write_text(json.dumps(build(run), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
