"""What the inventory commands do: history, diff, review decisions (made, imported, listed, revoked), Fides export.

A decision is checked against the last scan: a SOURCE:PATTERN must match at least one of its findings and
a fingerprint prefix (8 hex characters at least) must name exactly one fingerprint, so a typo is an error,
never a decision that silently covers nothing or an arbitrary finding.
"""

from __future__ import annotations

import difflib
import fnmatch
import getpass
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scanner.config import ScanConfig
from scanner.errors import UsageError
from scanner.identity import FindingKey
from scanner.inventory.diff import ScanDiff, diff_scans
from scanner.inventory.review_io import read_rows
from scanner.inventory.store import Inventory
from scanner.review import (
    Decision,
    KeyCount,
    Standing,
    count_matches,
    for_key,
    latest_for,
    standings,
    suggestions,
)

FINGERPRINT_PREFIX = "hmac-sha256:"
MIN_PREFIX = 8                 # hex characters of a fingerprint prefix: shorter ones land on arbitrary findings
HEX = frozenset("0123456789abcdef")


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


def _findings(n: int) -> str:
    return f"{n} finding" + ("" if n == 1 else "s")


def _fingerprint_keys(inv: Inventory, scan_id: int, text: str, entity: str | None) -> list[KeyCount]:
    """The keys of the one fingerprint ``text`` (a prefix of at least MIN_PREFIX hex characters) names."""
    digits = text.lower().removeprefix(FINGERPRINT_PREFIX)
    wanted = FINGERPRINT_PREFIX + digits
    if len(digits) < MIN_PREFIX:
        raise UsageError(f"fingerprint prefix {wanted!r} is too short: give at least {MIN_PREFIX} hex characters "
                         f"(a shorter one could land on an arbitrary finding)")
    keys = [k for k in inv.finding_keys(scan_id, fingerprint_prefix=wanted) if entity in (None, k.key.entity)]
    prints = {k.key.fingerprint for k in keys}
    found = sum(k.count for k in keys)
    of_entity = f" of entity {entity}" if entity else ""
    if not prints:
        raise UsageError(f"no finding{of_entity} of scan {scan_id} has a fingerprint starting with {wanted!r}")
    if len(prints) > 1:
        raise UsageError(f"fingerprint prefix {wanted!r} is ambiguous: it matches {_findings(found)}{of_entity} of "
                         f"scan {scan_id} with {len(prints)} different fingerprints; give more characters")
    return keys


def _unknown_source(text: str, source: str, names: Sequence[str]) -> UsageError:
    near = difflib.get_close_matches(source, names, n=1)
    hint = f"; did you mean {near[0]}?" if near else ""
    return UsageError(f"{text!r}: unknown source {source!r} (sources of the config: {', '.join(names)}){hint}")


def _no_match(inv: Inventory, scan_id: int, source: str, pattern: str, entity: str | None,
              keys: Sequence[KeyCount]) -> UsageError:
    """Why ``source:pattern`` matches nothing in the scan, and the nearest stable locations that exist."""
    tried = f"{source}:{pattern}" + (f" (entity {entity})" if entity else "")
    head = f"{tried} matches no finding of scan {scan_id}"
    if not keys:
        state = {r.name: r.status for r in inv.sources(scan_id)}.get(source)
        why = "was not scanned in it" if state is None else "failed in it" if state != "ok" else "had no findings"
        return UsageError(f"{head}: source {source} {why}")
    if entity:
        other = [k for k in keys if fnmatch.fnmatchcase(k.key.location, pattern)]
        if other:
            entities = ", ".join(sorted({k.key.entity for k in other}))
            return UsageError(f"{head}: it matches {_findings(sum(k.count for k in other))} of other entities "
                              f"({entities})")
        keys = [k for k in keys if k.key.entity == entity] or keys
    near = suggestions(pattern, {k.key.location for k in keys})
    hint = f"; nearest that exist: {', '.join(f'{source}:{n}' for n in near)}" if near else ""
    return UsageError(f"{head} (patterns match whole stable locations, e.g. {keys[0].key.location!r}){hint}")


def _neither(inv: Inventory, scan_id: int, text: str, names: Sequence[str]) -> UsageError:
    """``text`` is no fingerprint and names no source: say so, with the sources it would match as a pattern."""
    found = {(k.key.source, k.key.location) for k in inv.finding_keys(scan_id)}
    hits = [f"{name}:{text}" for name in names
            if any(src == name and fnmatch.fnmatchcase(loc, text) for src, loc in found)]
    hint = f"; did you mean {' or '.join(hits)}?" if hits else ""
    return UsageError(f"{text!r} is neither a fingerprint (prefix) nor SOURCE:PATTERN with a source of the config "
                      f"({', '.join(names)}){hint}")


@dataclass(frozen=True)
class Decided:
    """What a ``review accept|suppress|false-positive`` stored: each decision with its findings in ``scan_id``.

    ``scan_id`` is None only for a pattern recorded before the first scan (nothing to check it against).
    """

    scan_id: int | None
    made: list[tuple[Decision, int]]


def decide(inv: Inventory, config: ScanConfig, decision: str, finding: str, reason: str, *,
           by: str | None = None, entity: str | None = None) -> Decided:
    """Record a decision on a fingerprint (or unique prefix) or a ``source:pattern`` that matches the last scan."""
    if not reason.strip():
        raise UsageError("--reason must say why")
    scan_id = next(reversed(inv.scan_ids()), None)
    at, who = datetime.now(UTC), reviewer(by)
    names = [s.name for s in config.sources]
    keys: dict[str, list[KeyCount]] = {}                 # per source, of the last scan
    source, sep, pattern = finding.partition(":")
    if sep and f"{source.lower()}:" != FINGERPRINT_PREFIX:
        if source not in names:
            raise _unknown_source(finding, source, names)
        if not pattern:
            raise UsageError(f"{finding!r}: the pattern after {source}: is empty (e.g. {source}:*)")
        made = Decision(decision, reason, who, at, source, pattern=pattern, entity=entity)
        if scan_id is not None:
            keys[source] = inv.finding_keys(scan_id, source=source)
            if not count_matches(made, keys[source]):
                raise _no_match(inv, scan_id, source, pattern, entity, keys[source])
        decisions = [made]
    elif all(c in HEX for c in finding.lower().removeprefix(FINGERPRINT_PREFIX)):
        scan_id = last_scan(inv)
        targets = _fingerprint_keys(inv, scan_id, finding, entity)
        decisions = [for_key(decision, reason, who, at, key) for key in sorted({k.key for k in targets})]
    elif scan_id is None:
        raise UsageError(f"{finding!r} is neither a fingerprint (prefix) nor SOURCE:PATTERN with a source of the "
                         f"config ({', '.join(names)})")
    else:
        raise _neither(inv, scan_id, finding, names)
    stored = inv.add_decisions(decisions, scan_id)
    if scan_id is None:
        return Decided(None, [(d, 0) for d in stored])
    for d in stored:
        if d.source not in keys:
            keys[d.source] = inv.finding_keys(scan_id, source=d.source)
    return Decided(scan_id, [(d, count_matches(d, keys[d.source])) for d in stored])


@dataclass(frozen=True)
class Listing:
    """Every decision of the config with its counts over the findings of the last scan (None before any)."""

    scan_id: int | None
    standings: list[Standing]


def list_decisions(inv: Inventory) -> Listing:
    """The decisions, oldest first, revoked and superseded ones included, counted against the last scan."""
    scan_id = next(reversed(inv.scan_ids()), None)
    keys = inv.finding_keys(scan_id) if scan_id is not None else []
    return Listing(scan_id, standings(inv.decisions(revoked=True), keys))


@dataclass(frozen=True)
class Revoked:
    """A revoked decision, with what it matched in the last scan and how much of that stays decided."""

    decision: Decision
    scan_id: int | None
    matched: int = 0
    still_decided: int = 0           # covered by another decision in force


def revoke(inv: Inventory, decision_id: int, reason: str, *, by: str | None = None) -> Revoked:
    """Revoke a decision (kept for the audit trail); later scans no longer apply it."""
    if not reason.strip():
        raise UsageError("--reason must say why")
    revoked = inv.revoke(decision_id, reviewer(by), reason, datetime.now(UTC))
    scan_id = next(reversed(inv.scan_ids()), None)
    if scan_id is None:
        return Revoked(revoked, None)
    matched = [k for k in inv.finding_keys(scan_id, source=revoked.source) if revoked.matches(k.key, k.column)]
    live = inv.decisions()
    still = sum(k.count for k in matched if latest_for(k.key, k.column, live) is not None)
    return Revoked(revoked, scan_id, sum(k.count for k in matched), still)


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
