"""report.json: per source status and counts, per (source, store, entity) verdicts, totals.

Each store row also names its ``store_set``: the rotation set of a log file (``logs/app.log`` for
``logs/app.log.2.gz``), the store itself otherwise; the record of processing groups by it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from scanner import __version__
from scanner.result import ScanResult


def build(run: ScanResult) -> dict[str, Any]:
    """The report.json document."""
    counted = run.tally
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
            "complete": not run.failed, "interrupted": run.interrupted, **run.meta.as_json(),
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


def write(run: ScanResult, out_dir: Path) -> Path:
    """Write report.json."""
    path = out_dir / "report.json"
    path.write_text(json.dumps(build(run), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
