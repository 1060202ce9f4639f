"""findings.csv: one row per finding, the review columns left for a reviewer (``piiscan review import``)."""

from __future__ import annotations

import csv
from pathlib import Path

from scanner.report.cells import safe_row
from scanner.report.rows import COLUMNS, finding_row, sort_key
from scanner.result import ScanResult
from scanner.spool import ordered


def write(run: ScanResult, out_dir: Path) -> Path:
    """Write findings.csv (UTF-8 with BOM so spreadsheet apps read CJK text right).

    Every text cell, key columns included, is neutralised against formula injection; ``review import``
    restores the key cells exactly (scanner.report.cells).
    """
    path = out_dir / "findings.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for finding in ordered(run.findings, sort_key):
            writer.writerow(safe_row(finding_row(finding, run.config.policy)))
    return path
