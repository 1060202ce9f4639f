"""findings.csv: one row per finding, the review columns left for a reviewer (``piiscan review import``)."""

from __future__ import annotations

import csv
from pathlib import Path

from scanner.inventory.keys import KEY_COLUMNS
from scanner.pipeline import ScanRun
from scanner.report.rows import COLUMNS, finding_row, sort_key
from scanner.spool import ordered

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _safe(column: str, value: object) -> object:
    """Keep spreadsheet apps from running a cell as a formula (key columns stay exact for import)."""
    if column in KEY_COLUMNS or not isinstance(value, str) or not value.startswith(_FORMULA):
        return value
    return "'" + value


def write(run: ScanRun, out_dir: Path) -> Path:
    """Write findings.csv (UTF-8 with BOM so spreadsheet apps read CJK text right)."""
    path = out_dir / "findings.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for finding in ordered(run.findings, sort_key):
            row = finding_row(finding, run.config.policy)
            writer.writerow({c: _safe(c, v) for c, v in row.items()})
    return path
