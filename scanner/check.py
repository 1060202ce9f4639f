"""``piiscan check``: the pre-release gate on new, changed or named tables.

``--since-last`` compares every sql source's schema (tables, columns, types) with a baseline
file (default ``piiscan-baseline.json`` beside the config, meant to be committed next to the
migrations) and scans only tables that are new or have new or changed columns; findings on
columns that did not change are left out. ``--update-baseline`` records the current schema
after a check that passed the gate.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from scanner.config import ScanConfig, SourceSpec, load_config
from scanner.connectors.sql import SqlConnector
from scanner.errors import ConfigError, SourceError, UsageError
from scanner.pipeline import ScanRun, SourceResult, build_connector
from scanner.service import ScanOptions, run_scan

Schema = dict[str, dict[str, str]]          # store -> column -> type
BASELINE_NAME = "piiscan-baseline.json"


@dataclass(frozen=True)
class SchemaChange:
    """The tables and columns of one source that are new or changed since the baseline."""

    tables: dict[str, set[str]]             # store -> changed columns

    def covers(self, store: str, column: str) -> bool:
        """Whether a finding at (store, column) is on something that changed."""
        return column in self.tables.get(store, set())


def diff_schema(previous: Mapping[str, Mapping[str, str]], current: Schema) -> SchemaChange:
    """New tables (all columns), and new or retyped columns of known tables."""
    changed: dict[str, set[str]] = {}
    for store, columns in current.items():
        before = previous.get(store, {})
        cols = {c for c, t in columns.items() if before.get(c) != t}
        if cols:
            changed[store] = cols
    return SchemaChange(changed)


def read_baseline(path: Path) -> dict[str, Schema]:
    """``{source: schema}`` from a baseline file; a missing file is an empty baseline."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ConfigError(f"unreadable baseline ({type(exc).__name__})", file=str(path)) from None
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("sources"), dict):
        raise ConfigError("not a piiscan baseline (version 1)", file=str(path), key="version")
    return data["sources"]


def write_baseline(path: Path, schemas: Mapping[str, Schema]) -> None:
    """Write the schema of every sql source, sorted, so diffs of the file stay readable."""
    doc = {"version": 1, "sources": {s: {t: dict(sorted(c.items())) for t, c in sorted(schema.items())}
                                     for s, schema in sorted(schemas.items())}}
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _glob_literal(name: str) -> str:
    """An fnmatch pattern matching exactly ``name`` (table names may hold ``[``, ``*`` or ``?``)."""
    return "".join(f"[{c}]" if c in "[]*?" else c for c in name)


def _only_tables(spec: SourceSpec, tables: Sequence[str]) -> SourceSpec:
    return replace(spec, options={**spec.options, "include": list(tables)})


def _current_schema(spec: SourceSpec, config: ScanConfig) -> Schema:
    connector = build_connector(spec, config)
    if not isinstance(connector, SqlConnector):
        raise UsageError(f"source {spec.name!r} is not an sql source")
    return {store: dict(cols) for store, cols in connector.list_columns().items()}


def run_check(config_path: Path, options: ScanOptions, *, tables: Sequence[str] = (), since_last: bool = False,
              baseline: Path | None = None, update_baseline: bool = False, fail_on: str = "undeclared") -> ScanRun:
    """Scan the sql sources' named, or new and changed, tables; the CLI applies the gate."""
    config = load_config(config_path)
    sql = [s for s in config.select(options.sources) if s.type == "sql"]
    if not sql:
        raise UsageError(f"{config_path}: check needs at least one source of type sql")
    baseline = baseline or config.base_dir / BASELINE_NAME
    chosen, changes, schemas, unreadable = [], {}, {}, []
    for spec in sql:
        if tables:
            spec = _only_tables(spec, tables)
        if since_last or update_baseline:
            try:
                schemas[spec.name] = _current_schema(spec, config)
            except SourceError as exc:
                unreadable.append(SourceResult(spec.name, spec.type, status="failed", error=str(exc)))
                continue
        if since_last:
            change = diff_schema(read_baseline(baseline).get(spec.name, {}), schemas[spec.name])
            if not change.tables:
                continue
            changes[spec.name] = change
            spec = _only_tables(spec, [_glob_literal(t) for t in change.tables])
        chosen.append(spec)
    run = run_scan(config, options, sources=chosen, extra_results=unreadable,
                   keep=lambda f: f.source not in changes or
                   changes[f.source].covers(f.store, str(f.location.get("column"))))
    run.meta["checked"] = {name: {t: sorted(c) for t, c in ch.tables.items()} for name, ch in changes.items()}
    if update_baseline and not run.failed and not run.gate_failed(fail_on):
        write_baseline(baseline, {**read_baseline(baseline), **schemas})
        run.meta["baseline_updated"] = str(baseline)
    return run
