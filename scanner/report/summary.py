"""report.json: per source status and counts, per (source, store, entity) verdicts, totals."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from scanner import __version__
from scanner.pipeline import ScanRun


def _stores(run: ScanRun) -> list[dict[str, Any]]:
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for f in run.findings:
        key = (f.source, f.store, f.entity)
        row = rows.setdefault(key, {"source": f.source, "store": f.store, "entity": f.entity,
                                    "category": f.category, "status": f.status, "purposes": [],
                                    "count": 0, "locations": 0, "policy_reason": f.policy_reason})
        row["count"] += f.count
        row["locations"] += 1
        row["purposes"] = sorted(set(row["purposes"]) | set(f.purposes))
        if f.status == "undeclared":
            row["status"], row["policy_reason"] = "undeclared", f.policy_reason
    return list(rows.values())


def build(run: ScanRun) -> dict[str, Any]:
    """The report.json document."""
    per_source_status = Counter((f.source, f.status) for f in run.findings)
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
    statuses = Counter(f.status for f in run.findings)
    return {
        "piiscan_version": __version__,
        "scan": {
            "config": run.config.path.name, "config_digest": run.config.digest,
            "policy": {"name": run.config.policy.name, "digest": run.config.policy.digest},
            "started": run.started.isoformat(), "finished": run.finished.isoformat() if run.finished else None,
            "complete": not run.failed, "interrupted": run.interrupted, **run.meta,
        },
        "sources": sources,
        "stores": _stores(run),
        "totals": {
            "findings": len(run.findings), "declared": statuses["declared"], "undeclared": statuses["undeclared"],
            "sources": len(run.sources), "sources_failed": sum(1 for s in run.sources if s.status == "failed"),
            "sources_partial": sum(1 for s in run.sources if s.partial),
            "by_entity": dict(sorted(Counter(f.entity for f in run.findings).items())),
            "by_category": dict(sorted(Counter(f.category or "-" for f in run.findings).items())),
        },
    }


def write(run: ScanRun, out_dir: Path) -> Path:
    """Write report.json."""
    path = out_dir / "report.json"
    path.write_text(json.dumps(build(run), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
