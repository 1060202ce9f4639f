"""``piiscan demo``: build the MiauMall sample estate, scan it, print a summary table."""

from __future__ import annotations

import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sample_data.generate import build_estate
from scanner.config import load_config
from scanner.report.summary import build
from scanner.result import ScanResult
from scanner.service import ScanOptions, run_scan


def summary_table(run: ScanResult) -> Table:
    """Findings per (source, store, entity), undeclared first."""
    table = Table(title=f"piiscan: {run.config.policy.name}")
    for col in ("status", "source", "store", "entity", "category", "purposes", "locations", "count"):
        table.add_column(col, overflow="fold")
    rows = sorted(build(run)["stores"], key=lambda r: (r["status"] != "undeclared", r["source"], r["store"], r["entity"]))
    for r in rows:
        style = "bold red" if r["status"] == "undeclared" else "green"
        table.add_row(f"[{style}]{r['status']}[/]", r["source"], r["store"], r["entity"], r["category"] or "-",
                      ", ".join(r["purposes"]) or "-", str(r["locations"]), str(r["count"]))
    return table


def run_demo(out: Path, workers: int | None = None, console: Console | None = None) -> ScanResult:
    """Build the estate in ``out``, scan it into ``out/report``, print where the report is."""
    console = console or Console(width=140)
    started = time.monotonic()
    config_path, _ = build_estate(out)
    run = run_scan(load_config(config_path), ScanOptions(out_dir=out / "report", workers=workers))
    console.print(summary_table(run))
    undeclared = run.tally.statuses["undeclared"]      # counted once for all reports
    console.print(f"{len(run.findings)} findings, {undeclared} undeclared, "
                  f"{time.monotonic() - started:.1f} s. Config: {config_path}")
    report = (out / "report").resolve()
    console.print(f"Reports: {report}/report.html (also report.md, report.json, findings.jsonl, findings.csv, "
                  "findings.sarif, review.xlsx)")
    return run
