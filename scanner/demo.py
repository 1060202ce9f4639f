"""``piiscan demo``: build the MiauMall sample estate, scan it, print a summary table."""

from __future__ import annotations

import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sample_data.generate import build_estate
from scanner.config import load_config
from scanner.pipeline import ScanRun
from scanner.service import ScanOptions, run_scan


def summary_table(run: ScanRun) -> Table:
    """Findings per source and store, undeclared first."""
    table = Table(title=f"piiscan: {run.config.policy.name}")
    for col in ("status", "source", "location", "entity", "category", "purposes", "count"):
        table.add_column(col)
    for f in sorted(run.findings, key=lambda f: (f.status != "undeclared", f.source, f.location_key, f.entity)):
        style = "bold red" if f.status == "undeclared" else "green"
        table.add_row(f"[{style}]{f.status}[/]", f.source, f.location_key, f.entity, f.category or "-",
                      ", ".join(f.purposes) or "-", str(f.count))
    return table


def run_demo(out: Path, workers: int | None = None, console: Console | None = None) -> ScanRun:
    """Build the estate in ``out``, scan it into ``out/report``, print where the report is."""
    console = console or Console(stderr=False)
    started = time.monotonic()
    config_path, _ = build_estate(out)
    run = run_scan(load_config(config_path), ScanOptions(out_dir=out / "report", workers=workers))
    console.print(summary_table(run))
    undeclared = sum(1 for f in run.findings if f.status == "undeclared")
    console.print(f"{len(run.findings)} findings, {undeclared} undeclared, "
                  f"{time.monotonic() - started:.1f} s. Config: {config_path}")
    console.print(f"Reports: {(out / 'report').resolve()}/report.md (also report.json, findings.jsonl)")
    return run
