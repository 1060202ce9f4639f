"""Views over a scan shared by the human reports: policy notes, store x category matrix, record of processing.

Aggregates come from ``summary.build`` (its per (source, store, entity) rows), so every report counts alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from scanner.findings import Finding
from scanner.policy import Policy

UNDECLARED_PURPOSE = "(none: undeclared)"


def policy_note(policy: Policy, finding: Finding) -> str:
    """The policy section that declares a finding, or the note that none does for this store."""
    if finding.status == "declared" and finding.purposes:
        cites = "; ".join(f"§{policy.purposes[p].ref} {policy.purposes[p].title} ('{p}')"
                          for p in finding.purposes if p in policy.purposes)
        return f"Declared by {cites}"
    return f"Not declared: {finding.policy_reason}"


def review_note(review: Mapping[str, Any] | None) -> str:
    """``suppress by alice at 2026-11-25T10:00: reason`` or an empty string."""
    if not review:
        return ""
    return f"{review.get('decision')} by {review.get('by')} at {review.get('at')}: {review.get('reason')}"


@dataclass
class Matrix:
    """Findings per store (rows) and category (columns)."""

    categories: list[str]
    rows: list[tuple[str, str, dict[str, tuple[int, int]]]]   # (source, store, {category: (findings, undeclared)})


def matrix(stores: Sequence[Mapping[str, Any]]) -> Matrix:
    """The store x category matrix from ``summary.build(run)["stores"]``."""
    categories = sorted({r["category"] or "-" for r in stores})
    cells: dict[tuple[str, str], dict[str, tuple[int, int]]] = {}
    for r in stores:
        row = cells.setdefault((r["source"], r["store"]), {})
        found, undeclared = row.get(r["category"] or "-", (0, 0))
        row[r["category"] or "-"] = (found + r["locations"],
                                     undeclared + (r["locations"] if r["status"] == "undeclared" else 0))
    return Matrix(categories, [(src, store, row) for (src, store), row in sorted(cells.items())])


@dataclass
class ProcessingRow:
    """One line of the record of processing: a category, a purpose, the stores holding it."""

    category: str
    category_title: str
    category_ref: str
    purpose: str
    purpose_title: str
    purpose_ref: str
    stores: list[str] = field(default_factory=list)
    findings: int = 0

    @property
    def undeclared(self) -> bool:
        """No declared purpose covers this category in these stores."""
        return self.purpose == UNDECLARED_PURPOSE


def processing_record(policy: Policy, stores: Sequence[Mapping[str, Any]]) -> list[ProcessingRow]:
    """Category x purpose x store, from ``summary.build(run)["stores"]``; undeclared holdings get no purpose.

    A rotated log set is one store here (``logs/app.log``, not each of ``app.log.1``, ``app.log.2.gz``).
    """
    out: dict[tuple[str, str], ProcessingRow] = {}
    for r in stores:
        cid = r["category"] or "-"
        cat = policy.categories.get(cid)
        purposes = r["purposes"] if r["status"] == "declared" and r["purposes"] else [UNDECLARED_PURPOSE]
        for pid in purposes:
            pur = policy.purposes.get(pid)
            row = out.setdefault((cid, pid), ProcessingRow(
                cid, cat.title if cat else r["entity"], cat.ref if cat else "", pid,
                pur.title if pur else "no declared purpose", pur.ref if pur else ""))
            where = f"{r['source']}: {r.get('store_set') or r['store']}"
            if where not in row.stores:
                row.stores.append(where)
            row.findings += r["locations"]
    return sorted(out.values(), key=lambda p: (p.category, p.undeclared, p.purpose))
