"""Plain-text views of the inventory for the terminal: history lines, a diff, review decisions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from scanner.inventory.diff import Entry, ScanDiff
from scanner.inventory.store import ScanSummary
from scanner.review import Decision, Standing


def history_lines(scans: Sequence[ScanSummary]) -> list[str]:
    """One line per scan, newest last."""
    if not scans:
        return ["no scans recorded yet"]
    lines = [f"{'scan':>5}  {'started (UTC)':<19}  {'state':<10} {'findings':>8} {'undecl.':>7} {'open':>5} "
             f"{'reviewed':>8}  sources"]
    for s in scans:
        state = ("complete" if s.complete else "PARTIAL") + ("" if s.full else "*")
        sources = ", ".join(f"{n}" + ("" if st == "ok" else f" ({st})") for n, st in s.sources.items())
        lines.append(f"{s.id:>5}  {s.started:%Y-%m-%d %H:%M:%S}  {state:<10} {s.findings:>8} {s.undeclared:>7} "
                     f"{s.open_undeclared:>5} {s.reviewed:>8}  {sources}")
    if any(not s.full for s in scans):
        lines.append("* a partial selection of sources or tables (piiscan check, --source)")
    return lines


def _entry(e: Entry) -> str:
    where = e.locations[0] + (f" (+{len(e.locations) - 1} more)" if len(e.locations) > 1 else "")
    decision = f"  [{e.decision}]" if e.decision else ""
    return (f"{e.source}  {where}  {e.entity}  {e.category or '-'}  {e.status}  count {e.count}  "
            f"{e.fingerprint[:24]}{decision}")


def _section(title: str, items: Iterable[str]) -> list[str]:
    items = list(items)
    return [f"{title} ({len(items)}):", *(f"  {i}" for i in items)] if items else [f"{title}: none"]


def diff_lines(d: ScanDiff) -> list[str]:
    """The diff, headline first: undeclared findings that appeared and are not reviewed."""
    headline = d.new_undeclared
    lines = [f"scan {d.a} -> scan {d.b}: {len(headline)} new undeclared, {len(d.new)} new, "
             f"{len(d.resolved)} resolved, {len(d.changed)} changed"]
    lines += _section("NEW UNDECLARED", (_entry(e) for e in headline))
    lines += _section("New", (_entry(e) for e in d.new if e not in headline))
    lines += _section("Resolved", (_entry(e) for e in d.resolved))
    changes = []
    for c in d.changed:
        moved = "; ".join(f"{f} {getattr(c.before, f)} -> {getattr(c.after, f)}" for f in c.fields)
        changes.append(f"{c.after.source}  {c.after.location}  {c.after.entity}  {c.after.fingerprint[:24]}: {moved}")
    lines += _section("Changed", changes)
    if d.newly_reviewed:
        by_decision = Counter(e.decision for e in d.newly_reviewed)
        lines.append(f"Reviewed since scan {d.a}: {len(d.newly_reviewed)} "
                     f"({', '.join(f'{k} {n}' for k, n in sorted(by_decision.items()))})")
    for name, why in d.not_compared.items():
        lines.append(f"not compared: {name} ({why})")
    return lines


def _findings(n: int) -> str:
    return f"{n} finding" + ("" if n == 1 else "s")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def decided_line(d: Decision, matches: int, scan_id: int | None) -> str:
    """What ``review accept|suppress|false-positive`` recorded and how many findings of the last scan it matches."""
    covers = f"matches {_findings(matches)} of scan {scan_id}" if scan_id is not None else \
        "not checked against any finding: no scan recorded yet"
    return f"{d.decision}: {d.target} (by {d.by}) — {covers} (decision #{d.id})"


def revoked_line(d: Decision, scan_id: int | None, matched: int, still_decided: int) -> str:
    """What ``review revoke`` did and what it leaves un-reviewed in the last scan."""
    line = f"revoked decision #{d.id} ({d.decision}: {d.target}, by {d.by}) by {d.revoked_by}"
    if scan_id is None:
        return line
    return (f"{line} — it matched {_findings(matched)} of scan {scan_id}; {still_decided} of them still covered "
            f"by another decision, {matched - still_decided} un-reviewed from the next scan on")


def decision_lines(scan_id: int | None, decisions: Sequence[Standing], *, everything: bool = False) -> list[str]:
    """``review list``: one line per decision in force (all of them with ``everything``), oldest first."""
    shown = [s for s in decisions if everything or s.in_force]
    against = f"counted against scan {scan_id}" if scan_id is not None else "no scan recorded yet to count against"
    title = "review decisions" + ("" if everything else " in force")
    lines = [f"{title} ({len(shown)}), {against}:" if shown else f"no {title}"]
    for s in shown:
        d = s.decision
        count = f"matches {_findings(s.matches)}" if scan_id is not None else "matches -"
        if s.in_force and s.decides < s.matches:
            count += f" ({s.matches - s.decides} decided by later decisions)"
        state = ""
        if d.revoked and d.revoked_at is not None:
            state = f"  [REVOKED {d.revoked_at:%Y-%m-%d %H:%M} by {d.revoked_by}: {_one_line(d.revoke_reason or '')}]"
        elif s.superseded_by is not None:
            state = f"  [superseded by #{s.superseded_by}]"
        lines.append(f"#{d.id:<4} {d.at:%Y-%m-%d %H:%M}  {d.decision:<14} by {d.by}  {d.target}  {count}  "
                     f"reason: {_one_line(d.reason)}{state}")
    hidden = len(decisions) - len(shown)
    if hidden:
        lines.append(f"{hidden} revoked or superseded decision{'s' if hidden != 1 else ''} not shown (--all shows them)")
    return lines
