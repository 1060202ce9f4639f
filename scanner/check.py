"""``piiscan check``: the pre-release gate on new, changed or named tables.

``--since-last`` compares what the gate's verdicts rest on with a baseline file (default
``piiscan-baseline.json`` beside the config, meant to be committed next to the migrations):
every sql source's schema (tables, columns, types), the purposes the config declares for each
table, and the policy's categories and purposes. A new table, a new or retyped column, a table
whose declared purposes changed, or a changed policy is checked again; findings on columns that
did not change are left out. ``--update-baseline`` records the current state after a check
that passed the gate.

Nothing passes silently: a ``--table`` pattern that matches no table, or a ``--baseline`` file
that does not exist, is a usage error (exit 2), and the run lists the tables checked and skipped.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from scanner.config import ScanConfig, SourceSpec, load_config
from scanner.connectors.sql import SqlConnector
from scanner.errors import ConfigError, SourceError, UsageError
from scanner.pipeline import build_connector
from scanner.policy import Policy
from scanner.result import ScanResult, SourceResult
from scanner.service import ScanOptions, SourcePlan, run_scan

Schema = dict[str, dict[str, str]]          # store -> column -> type
BASELINE_NAME = "piiscan-baseline.json"
BASELINE_VERSION = 2
SHOWN = 20                                  # skipped tables named in the summary


@dataclass(frozen=True)
class TableState:
    """What the gate's verdict on one table rests on: its columns and its declared purposes."""

    columns: Mapping[str, str]
    purposes: tuple[str, ...] | None = None  # None: not recorded (a version 1 baseline)

    def to_json(self) -> dict[str, Any]:
        return {"columns": dict(sorted(self.columns.items())), "purposes": list(self.purposes or ())}


@dataclass(frozen=True)
class Baseline:
    """The recorded state of every sql source, and the policy it was judged under."""

    policy: str | None = None                # None: not recorded (version 1) or no baseline yet
    sources: Mapping[str, Mapping[str, TableState]] = field(default_factory=dict)
    found: bool = True


@dataclass(frozen=True)
class SchemaChange:
    """The tables and columns of one source to check, each table with the reason it is checked."""

    tables: dict[str, set[str]]             # store -> columns to check
    reasons: dict[str, str] = field(default_factory=dict)

    def covers(self, store: str, column: str) -> bool:
        """Whether a finding at (store, column) is on something that changed."""
        return column in self.tables.get(store, set())


@dataclass(frozen=True)
class CheckReport:
    """What a check looked at: the tables it checked and why, those it skipped, the baseline it read."""

    checked: Mapping[str, Mapping[str, Mapping[str, Any]]]     # source -> table -> {reason, columns}
    skipped: Mapping[str, Sequence[str]]                        # source -> tables unchanged since the baseline
    baseline_path: Path
    baseline_found: bool
    policy_changed: bool

    def as_json(self) -> dict[str, Any]:
        """report.json's ``scan.check``."""
        return {"checked": self.checked, "skipped": self.skipped,
                "baseline": {"path": str(self.baseline_path), "found": self.baseline_found,
                             "policy_changed": self.policy_changed}}


@dataclass(frozen=True)
class CheckRun:
    """A check: the scan of the tables it checked, and what it looked at."""

    result: ScanResult
    report: CheckReport


def policy_digest(policy: Policy) -> str:
    """A digest of what verdicts depend on: each category's entities and each purpose's categories
    (comments, titles and layout of the policy file do not change it)."""
    doc = {"categories": {c.id: sorted(c.entities) for c in policy.categories.values()},
           "purposes": {p.id: sorted(p.categories) for p in policy.purposes.values()}}
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:16]


def diff_schema(previous: Mapping[str, TableState], current: Mapping[str, TableState], *,
                policy_changed: bool = False) -> SchemaChange:
    """New tables, tables whose purposes changed and every table after a policy change (all their
    columns), and new or retyped columns of the other known tables."""
    changed: dict[str, set[str]] = {}
    reasons: dict[str, str] = {}
    for store, now in current.items():
        before = previous.get(store)
        if before is None:
            changed[store], reasons[store] = set(now.columns), "new table"
        elif policy_changed:
            changed[store], reasons[store] = set(now.columns), "the policy changed"
        elif before.purposes is not None and tuple(before.purposes) != tuple(now.purposes or ()):
            changed[store], reasons[store] = set(now.columns), "declared purposes changed"
        else:
            cols = {c for c, t in now.columns.items() if before.columns.get(c) != t}
            if cols:
                changed[store], reasons[store] = cols, "new or retyped columns"
    return SchemaChange(changed, reasons)


def _table_state(raw: Any) -> TableState:
    """A table's entry: ``{"columns": {...}, "purposes": [...]}`` (v2) or ``{column: type}`` (v1)."""
    if isinstance(raw, dict) and isinstance(raw.get("columns"), dict):
        return TableState(dict(raw["columns"]), tuple(raw.get("purposes") or ()))
    return TableState(dict(raw or {}))


def read_baseline(path: Path, *, required: bool = False) -> Baseline:
    """The baseline in ``path``; a missing file is an empty baseline unless ``required``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if required:
            raise UsageError(f"{path}: baseline file not found (record one with "
                             "`piiscan check CONFIG --update-baseline`)") from None
        return Baseline(found=False)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"unreadable baseline ({type(exc).__name__})", file=str(path)) from None
    if not isinstance(data, dict) or data.get("version") not in (1, BASELINE_VERSION) \
            or not isinstance(data.get("sources"), dict):
        raise ConfigError(f"not a piiscan baseline (version 1 or {BASELINE_VERSION})", file=str(path), key="version")
    sources = {name: {store: _table_state(raw) for store, raw in (tables or {}).items()}
               for name, tables in data["sources"].items()}
    return Baseline(data.get("policy_digest"), sources)


def write_baseline(path: Path, baseline: Baseline) -> None:
    """Write the baseline sorted, so that diffs of the file stay readable."""
    doc = {"version": BASELINE_VERSION, "policy_digest": baseline.policy,
           "sources": {s: {t: state.to_json() for t, state in sorted(tables.items())}
                       for s, tables in sorted(baseline.sources.items())}}
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _glob_literal(name: str) -> str:
    """An fnmatch pattern matching exactly ``name`` (table names may hold ``[``, ``*`` or ``?``)."""
    return "".join(f"[{c}]" if c in "[]*?" else c for c in name)


def _only_tables(spec: SourceSpec, tables: Sequence[str]) -> SourceSpec:
    return replace(spec, options={**spec.options, "include": list(tables)})


def _sql_connector(spec: SourceSpec, config: ScanConfig) -> SqlConnector:
    connector = build_connector(spec, config)
    if not isinstance(connector, SqlConnector):
        raise UsageError(f"source {spec.name!r} is not an sql source")
    return connector


def _current_state(spec: SourceSpec, config: ScanConfig) -> dict[str, TableState]:
    """Columns and declared purposes of every table the source (as narrowed) selects."""
    columns = _sql_connector(spec, config).list_columns()
    return {store: TableState(dict(cols), tuple(spec.purposes_for(store))) for store, cols in columns.items()}


def _unmatched_error(patterns: Sequence[str], specs: Sequence[SourceSpec], config: ScanConfig) -> UsageError:
    """A usage error naming the ``--table`` patterns that matched nothing and the nearest tables."""
    known: list[str] = []
    for spec in specs:
        try:
            known += _sql_connector(spec, config).stores()
        except SourceError:
            continue
    hints = []
    for pattern in patterns:
        near = difflib.get_close_matches(pattern, known, n=3, cutoff=0.5)
        hints.append(f"{pattern!r}" + (f" (did you mean {', '.join(map(repr, near))}?)" if near else ""))
    return UsageError(f"--table matches no table: {', '.join(hints)}; nothing was checked")


def run_check(config_path: Path, options: ScanOptions, *, tables: Sequence[str] = (), since_last: bool = False,
              baseline: Path | None = None, update_baseline: bool = False, fail_on: str = "undeclared") -> CheckRun:
    """Scan the sql sources' named, or new and changed, tables; the CLI applies the gate."""
    config = load_config(config_path)
    sql = [s for s in config.select(options.sources) if s.type == "sql"]
    if not sql:
        raise UsageError(f"{config_path}: check needs at least one source of type sql")
    baseline_path = baseline or config.base_dir / BASELINE_NAME
    recorded = read_baseline(baseline_path, required=since_last and baseline is not None) \
        if since_last or update_baseline else Baseline(found=False)
    digest = policy_digest(config.policy)
    policy_changed = recorded.policy is not None and recorded.policy != digest
    chosen, changes, states, unreadable = [], {}, {}, []
    skipped: dict[str, list[str]] = {}
    matched: set[str] = set()
    for spec in sql:
        narrowed = _only_tables(spec, tables) if tables else spec
        try:
            states[spec.name] = state = _current_state(narrowed, config)
            if tables:
                matched |= {p for p, stores in _sql_connector(spec, config).matching(tables).items() if stores}
        except SourceError as exc:
            unreadable.append(SourceResult(spec.name, spec.type, status="failed", error=str(exc)))
            continue
        if since_last:
            change = diff_schema(recorded.sources.get(spec.name, {}), state, policy_changed=policy_changed)
            skipped[spec.name] = sorted(set(state) - set(change.tables))
        else:
            change = SchemaChange({store: set(s.columns) for store, s in state.items()},
                                  dict.fromkeys(state, "named by --table" if tables else "all tables"))
        changes[spec.name] = change
        if change.tables:
            chosen.append(_only_tables(spec, [_glob_literal(t) for t in change.tables]))
    missing = [p for p in tables if p not in matched]
    if missing and not unreadable:
        raise _unmatched_error(missing, sql, config)
    report = CheckReport({name: {t: {"reason": ch.reasons.get(t, ""), "columns": sorted(c)}
                                 for t, c in sorted(ch.tables.items())} for name, ch in changes.items()},
                         skipped, baseline_path, recorded.found, policy_changed)
    plan = SourcePlan(tuple(chosen), tuple(unreadable), scope=changes, check=report.as_json())
    run = CheckRun(run_scan(config, options, plan), report)
    if update_baseline and not run.result.failed and not run.result.gate_failed(fail_on):
        write_baseline(baseline_path, _updated(recorded, states, digest, narrowed=bool(tables)))
    return run


def _updated(recorded: Baseline, states: Mapping[str, Mapping[str, TableState]], digest: str, *,
             narrowed: bool) -> Baseline:
    """The baseline after a passing check: a source read in full replaces its entry (dropped
    tables leave it); tables read through ``--table`` are merged into it."""
    sources = {name: dict(tables) for name, tables in recorded.sources.items()}
    for name, state in states.items():
        sources[name] = {**sources.get(name, {}), **state} if narrowed else dict(state)
    return Baseline(digest, sources)


def summary_lines(run: CheckRun) -> list[str]:
    """What ``check`` looked at: each source's checked tables with the reason, and those skipped."""
    lines = []
    report = run.report
    if not report.baseline_found:
        lines.append(f"no baseline at {report.baseline_path}: every table counts as new")
    if report.policy_changed:
        lines.append("the policy's categories or purposes changed since the baseline: every table is checked")
    for source, tables in report.checked.items():
        for store, what in tables.items():
            lines.append(f"checked {source}: {store} ({what['reason']}; {len(what['columns'])} columns)")
        if not tables:
            lines.append(f"checked {source}: no table")
    for source, stores in report.skipped.items():
        if stores:
            names = ", ".join(stores[:SHOWN]) + (f", … ({len(stores) - SHOWN} more)" if len(stores) > SHOWN else "")
            lines.append(f"skipped {source}: {len(stores)} tables unchanged since the baseline: {names}")
    return lines
