"""Compare two scans: new, resolved and changed findings; the headline is undeclared data that appeared.

Findings are compared by identity (``keys.identity``) and only for sources scanned cleanly in both
scans, so a source that failed (or was left out) never shows its findings as resolved. A log file is
compared as its rotation set (``logs/app.log`` for ``logs/app.log.2.gz``), also in scans stored before
locations were folded, so rotation alone adds and resolves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from scanner.identity import FindingKey, identity, row_location
from scanner.inventory.models import FindingRow, ScanSource
from scanner.review import settles

COMPARED = ("status", "category", "count", "purposes")


@dataclass
class Entry:
    """The findings of one identity in one scan, folded together (a value may sit on several lines)."""

    source: str
    location: str
    entity: str
    fingerprint: str
    category: str | None
    status: str
    purposes: list[str]
    count: int
    decision: str | None
    locations: list[str] = field(default_factory=list)

    @property
    def open_undeclared(self) -> bool:
        """Undeclared and not settled by a review decision."""
        return self.status == "undeclared" and not settles(self.decision)


@dataclass
class Change:
    """One identity present in both scans whose verdict or counts moved."""

    before: Entry
    after: Entry
    fields: list[str]

    @property
    def became_undeclared(self) -> bool:
        """Declared before, open undeclared now."""
        return self.before.status != "undeclared" and self.after.open_undeclared


@dataclass
class ScanDiff:
    """What changed between scan ``a`` and scan ``b``."""

    a: int
    b: int
    new: list[Entry]
    resolved: list[Entry]
    changed: list[Change]
    not_compared: dict[str, str]           # source -> why
    newly_reviewed: list[Entry] = field(default_factory=list)   # in both scans, reviewed only in ``b``

    @property
    def new_undeclared(self) -> list[Entry]:
        """The headline: undeclared findings that appeared and nobody has reviewed."""
        return [e for e in self.new if e.open_undeclared] + [c.after for c in self.changed if c.became_undeclared]


def _fold(rows: Iterable[FindingRow], sources: set[str]) -> dict[tuple[str, str, str, str], Entry]:
    out: dict[tuple[str, str, str, str], Entry] = {}
    for r in rows:
        if r.source not in sources:
            continue
        where = row_location(r.key_location, r.location_key, r.column)
        key = identity(FindingKey(r.source, where, r.entity, r.fingerprint), r.column)
        entry = out.get(key)
        if entry is None:
            out[key] = Entry(r.source, where, r.entity, r.fingerprint, r.category, r.status,
                             sorted(r.purposes or []), r.count, r.decision, [r.location_key])
            continue
        entry.count += r.count
        entry.locations.append(r.location_key)
        entry.purposes = sorted(set(entry.purposes) | set(r.purposes or []))
        if r.status == "undeclared":
            entry.status = "undeclared"
        if not settles(entry.decision):
            entry.decision = r.decision
    return out


def _clean(sources: Sequence[ScanSource]) -> dict[str, str]:
    return {s.name: ("ok" if s.status == "ok" and not s.partial else s.status if s.status != "ok" else "partial")
            for s in sources}


def diff_scans(a: int, rows_a: Sequence[FindingRow], sources_a: Sequence[ScanSource],
               b: int, rows_b: Sequence[FindingRow], sources_b: Sequence[ScanSource]) -> ScanDiff:
    """Diff two scans' stored findings."""
    state_a, state_b = _clean(sources_a), _clean(sources_b)
    comparable = {n for n in state_a if state_a[n] == "ok" and state_b.get(n) == "ok"}
    not_compared = {}
    for name in sorted(set(state_a) | set(state_b)):
        if name not in comparable:
            not_compared[name] = (f"scan {a}: {state_a.get(name, 'not scanned')}, "
                                  f"scan {b}: {state_b.get(name, 'not scanned')}")
    before, after = _fold(rows_a, comparable), _fold(rows_b, comparable)
    new = [after[k] for k in sorted(after.keys() - before.keys())]
    resolved = [before[k] for k in sorted(before.keys() - after.keys())]
    changed, reviewed = [], []
    for k in sorted(before.keys() & after.keys()):
        moved = [f for f in COMPARED if getattr(before[k], f) != getattr(after[k], f)]
        if moved:
            changed.append(Change(before[k], after[k], moved))
        if settles(after[k].decision) and before[k].decision != after[k].decision:
            reviewed.append(after[k])
    return ScanDiff(a, b, new, resolved, changed, not_compared, reviewed)
