"""``piiscan check``: the pre-release gate on new or named tables."""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from scanner.config import ScanConfig, SourceSpec, load_config
from scanner.errors import UsageError
from scanner.pipeline import ScanRun
from scanner.service import ScanOptions, run_scan


def _only_tables(spec: SourceSpec, tables: Sequence[str]) -> SourceSpec:
    include = [t for t in tables if "." not in t or fnmatch.fnmatch(t, f"{spec.name}.*")]
    return replace(spec, options={**spec.options, "include": include})


def run_check(config_path: Path, options: ScanOptions, *, tables: Sequence[str] = (),
              since_last: bool = False) -> ScanRun:
    """Scan the sql sources' named tables (or all) and return the run; the CLI applies the gate."""
    config: ScanConfig = load_config(config_path)
    sql = [s for s in config.sources if s.type == "sql"]
    if not sql:
        raise UsageError(f"{config_path}: check needs at least one source of type sql")
    chosen = [_only_tables(s, tables) for s in sql] if tables else sql
    return run_scan(config, options, sources=chosen)
