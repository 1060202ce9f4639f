"""review.xlsx: the reviewer's workbook. Fill in decision (a drop-down), reason and by; read it back with
``piiscan review import CONFIG review.xlsx``. Decisions already in force come pre-filled."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from scanner.report.cells import safe_row
from scanner.report.rows import COLUMNS, finding_row, sort_key
from scanner.result import ScanResult
from scanner.review import DECISIONS, REVIEW_COLUMNS, REVIEW_SHEET
from scanner.spool import ordered

MAX_ROWS = 50_000          # findings in the sheet (undeclared first); huge scans are reviewed by pattern or CSV
WIDTHS = {"location": 40, "key_location": 36, "policy": 60, "detection": 40, "fingerprint": 30, "reason": 40}
UNDECLARED_FILL = "#FDE7EA"
REVIEW_FILL = "#FFF8DC"
# Cell text stays text: a value such as "=cmd|..." must never become a formula, nor a URL or a number.
# Text cells are also neutralised (scanner.report.cells), so a cell copied into another sheet stays inert.
OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
           "strings_to_numbers": False}


def _cell(sheet: Worksheet, row: int, column: int, value: object) -> None:
    """Write one cell: text always as a string cell (never a formula); numbers and blanks as they are."""
    if isinstance(value, str) and value:
        sheet.write_string(row, column, value)
    else:
        sheet.write(row, column, value)


def _about(book: xlsxwriter.Workbook, run: ScanResult, shown: int) -> None:
    sheet = book.add_worksheet("About")
    sheet.set_column(0, 0, 110)
    lines = [
        f"piiscan review workbook: {run.config.policy.name}, scan started {run.started.isoformat()}",
        f"Fill in the '{REVIEW_SHEET}' sheet: decision ({' | '.join(DECISIONS)}), reason (required) and by (optional).",
        "Then run: piiscan review import CONFIG review.xlsx. Do not edit source, key_location, entity or fingerprint.",
        "Evidence is masked; fingerprints are keyed HMACs. No raw detected value is in this workbook.",
    ]
    if shown < len(run.findings):
        lines.append(f"This sheet holds the first {shown} of {len(run.findings)} findings (undeclared first); decide the "
                     "rest by location pattern (piiscan review suppress CONFIG SOURCE:PATTERN) or in findings.csv, "
                     "which piiscan review import reads too.")
    for row, line in enumerate(lines):
        sheet.write_string(row, 0, line)


def write(run: ScanResult, out_dir: Path) -> Path:
    """Write review.xlsx, streamed row by row (memory stays flat on big scans)."""
    path = out_dir / "review.xlsx"
    book = xlsxwriter.Workbook(str(path), OPTIONS)
    sheet = book.add_worksheet(REVIEW_SHEET)
    bold = book.add_format({"bold": True, "valign": "top"})
    to_fill = book.add_format({"bold": True, "valign": "top", "bg_color": REVIEW_FILL})
    undeclared = book.add_format({"bg_color": UNDECLARED_FILL})
    for index, column in enumerate(COLUMNS):
        sheet.set_column(index, index, WIDTHS.get(column, 14))
    shown = min(len(run.findings), MAX_ROWS)
    last = max(shown, 1)
    decision = COLUMNS.index("decision")
    sheet.data_validation(1, decision, last + 500, decision, {
        "validate": "list", "source": list(DECISIONS), "ignore_blank": True,
        "error_title": "decision", "error_message": f"Use one of: {', '.join(DECISIONS)}"})
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, last, len(COLUMNS) - 1)
    for index, column in enumerate(COLUMNS):
        sheet.write_string(0, index, column, to_fill if column in REVIEW_COLUMNS else bold)
    status = COLUMNS.index("status")
    for row_number, finding in enumerate(islice(ordered(run.findings, sort_key), shown), start=1):
        row = safe_row(finding_row(finding, run.config.policy))
        for index, column in enumerate(COLUMNS):
            _cell(sheet, row_number, index, row[column])
        if finding.status == "undeclared":
            sheet.write_string(row_number, status, finding.status, undeclared)
    _about(book, run, shown)
    book.close()
    return path
