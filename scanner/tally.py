"""What the reports and the gate count, from one pass over a scan's findings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from scanner.findings import Finding
from scanner.identity import store_set
from scanner.review import is_reviewed


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

    @property
    def open_findings(self) -> int:
        """Findings no review decision settles."""
        return sum(n for (_, reviewed), n in self.reviewed.items() if not reviewed)

    @property
    def open_undeclared(self) -> int:
        """Undeclared findings no review decision settles."""
        return self.reviewed[("undeclared", False)]


def count(findings: Iterable[Finding]) -> Tally:
    """Count every finding once."""
    counted = Tally()
    for f in findings:
        counted.add(f)
    return counted
