"""Report writers, one module per format, each ``write(run, out_dir) -> Path``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from scanner.report import csv_report, html_report, jsonl, markdown, review_xlsx, sarif, summary
from scanner.result import ScanResult

Writer = Callable[[ScanResult, Path], Path]
WRITERS: dict[str, Writer] = {
    "findings.jsonl": jsonl.write,
    "report.json": summary.write,
    "report.md": markdown.write,
    "report.html": html_report.write,
    "findings.csv": csv_report.write,
    "findings.sarif": sarif.write,
    "review.xlsx": review_xlsx.write,
}


def register_writer(name: str, writer: Writer) -> None:
    """Add an output format (e.g. from a plugin)."""
    WRITERS[name] = writer


def write_all(run: ScanResult, out_dir: Path) -> list[Path]:
    """Write every registered format into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return [writer(run, out_dir) for writer in WRITERS.values()]
