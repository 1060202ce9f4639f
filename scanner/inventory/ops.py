"""What the inventory commands do: history, diff, review decisions (one by one or imported), Fides export."""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scanner.config import ScanConfig
from scanner.errors import UsageError
from scanner.inventory.diff import ScanDiff, diff_scans
from scanner.inventory.keys import FindingKey
from scanner.inventory.review import Decision, for_key, latest_for, split_pattern
from scanner.inventory.review_io import read_rows
from scanner.inventory.store import Inventory

FINGERPRINT_PREFIX = "hmac-sha256:"


def reviewer(by: str | None) -> str:
    """Who decides: ``--by``, else ``$USER``, else the login name."""
    if by:
        return by
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def last_scan(inv: Inventory) -> int:
    """The newest scan of the config; a usage error before the first one."""
    ids = inv.scan_ids()
    if not ids:
        raise UsageError(f"{inv.config_path}: no scan recorded in the inventory yet (run piiscan scan first)")
    return ids[-1]


def diff(inv: Inventory, a: int | None = None, b: int | None = None) -> ScanDiff:
    """Diff scan ``a`` against ``b``; by default the last two full scans (or ``a`` against the newest)."""
    if a is None or b is None:
        full = inv.scan_ids(full_only=True)
        if a is not None:
            b = full[-1] if full else None
        elif len(full) >= 2:
            a, b = full[-2], full[-1]
        if a is None or b is None:
            raise UsageError(f"{inv.config_path}: diff needs two scans of every source (found {len(full)})")
    for scan_id in (a, b):
        inv.scan(scan_id)                    # a usage error when the config has no such scan
    return diff_scans(a, inv.findings(a), inv.sources(a), b, inv.findings(b), inv.sources(b))


def _fingerprint_targets(inv: Inventory, text: str, entity: str | None) -> tuple[int, list[FindingKey]]:
    wanted = text if text.startswith(FINGERPRINT_PREFIX) else FINGERPRINT_PREFIX + text
    scan_id = last_scan(inv)
    rows = [r for r in inv.findings(scan_id) if r.fingerprint.startswith(wanted) and entity in (None, r.entity)]
    prints = {r.fingerprint for r in rows}
    if not prints:
        raise UsageError(f"no finding of scan {scan_id} has a fingerprint starting with {wanted!r}")
    if len(prints) > 1:
        raise UsageError(f"{wanted!r} is ambiguous: {len(prints)} fingerprints of scan {scan_id} start with it")
    keys = {FindingKey(r.source, r.key_location, r.entity, r.fingerprint) for r in rows}
    return scan_id, sorted(keys)


def decide(inv: Inventory, config: ScanConfig, decision: str, finding: str, reason: str, *,
           by: str | None = None, entity: str | None = None) -> list[Decision]:
    """Record a decision on a fingerprint (or unique prefix) or a ``source:pattern``; return what was stored."""
    if not reason.strip():
        raise UsageError("--reason must say why")
    at, who = datetime.now(UTC), reviewer(by)
    pattern = split_pattern(finding, (s.name for s in config.sources))
    if pattern is not None:
        decisions = [Decision(decision, reason, who, at, pattern[0], pattern=pattern[1], entity=entity)]
        scan_id = next(reversed(inv.scan_ids()), None)
    elif all(c in "0123456789abcdef" for c in finding.removeprefix(FINGERPRINT_PREFIX).lower()):
        scan_id, keys = _fingerprint_targets(inv, finding.lower(), entity)
        decisions = [for_key(decision, reason, who, at, key) for key in keys]
    else:
        names = ", ".join(s.name for s in config.sources)
        raise UsageError(f"{finding!r} is neither a fingerprint (prefix) nor SOURCE:PATTERN with a source of "
                         f"the config ({names})")
    inv.add_decisions(decisions, scan_id)
    return decisions


@dataclass(frozen=True)
class ImportResult:
    """What ``review import`` did."""

    added: int
    unchanged: int


def import_decisions(inv: Inventory, path: Path, *, by: str | None = None) -> ImportResult:
    """Record the decisions of a filled-in review.xlsx or findings.csv (rows already in force are skipped)."""
    current = inv.decisions()
    at, default_by = datetime.now(UTC), reviewer(by)
    new: list[Decision] = []
    unchanged = 0
    for row in read_rows(path):
        c = row.cells
        key = FindingKey(c["source"], c["key_location"], c["entity"], c["fingerprint"])
        in_force = latest_for(key, False, current)
        if in_force and (in_force.decision, in_force.reason) == (c["decision"], c["reason"]):
            unchanged += 1
            continue
        new.append(for_key(c["decision"], c["reason"], c.get("by") or default_by, at, key))
    inv.add_decisions(new, next(reversed(inv.scan_ids()), None))
    return ImportResult(len(new), unchanged)


def scans_or_all(inv: Inventory, limit: int | None) -> Sequence:
    """History, the newest ``limit`` scans when given."""
    history = inv.history()
    return history[-limit:] if limit else history
