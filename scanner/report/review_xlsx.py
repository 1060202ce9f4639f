"""review.xlsx: the reviewer's workbook. Fill in decision (a drop-down), reason and by; read it back with
``piiscan review import CONFIG review.xlsx``. Decisions already in force come pre-filled."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from scanner.inventory.keys import REVIEW_COLUMNS, REVIEW_SHEET
from scanner.inventory.review import DECISIONS
from scanner.pipeline import ScanRun
from scanner.report.rows import COLUMNS, finding_row, sort_key
from scanner.spool import ordered

MAX_ROWS = 1_048_575       # an Excel sheet's rows, less the header
WIDTHS = {"location": 40, "key_location": 36, "policy": 60, "detection": 40, "fingerprint": 30, "reason": 40}
UNDECLARED_FILL = PatternFill("solid", fgColor="FDE7EA")
REVIEW_FILL = PatternFill("solid", fgColor="FFF8DC")


def _about(book: Workbook, run: ScanRun, shown: int) -> None:
    sheet = book.create_sheet("About")
    sheet.column_dimensions["A"].width = 110
    lines = [
        f"piiscan review workbook: {run.config.policy.name}, scan started {run.started.isoformat()}",
        f"Fill in the '{REVIEW_SHEET}' sheet: decision ({' | '.join(DECISIONS)}), reason (required) and by (optional).",
        "Then run: piiscan review import CONFIG review.xlsx. Do not edit source, key_location, entity or fingerprint.",
        "Evidence is masked; fingerprints are keyed HMACs. No raw detected value is in this workbook.",
    ]
    if shown < len(run.findings):
        lines.append(f"This sheet holds the first {shown} of {len(run.findings)} findings (undeclared first, the most "
                     "a sheet can hold); decide the rest by location pattern (piiscan review add) or from findings.csv.")
    for line in lines:
        sheet.append([line])


def _cell(sheet: Any, value: object, fill: PatternFill | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"                             # text, never a formula
    if fill is not None:
        cell.fill = fill
    return cell


def write(run: ScanRun, out_dir: Path) -> Path:
    """Write review.xlsx, streamed (write-only workbook: memory stays flat on big scans)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(REVIEW_SHEET)
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(column, 14)
    sheet.freeze_panes = "B2"
    shown = min(len(run.findings), MAX_ROWS)
    last = max(shown + 1, 2)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    decision_col = get_column_letter(COLUMNS.index("decision") + 1)
    validation = DataValidation(type="list", formula1=f'"{",".join(DECISIONS)}"', allow_blank=True,
                                showErrorMessage=True, errorTitle="decision",
                                error=f"Use one of: {', '.join(DECISIONS)}")
    validation.add(f"{decision_col}2:{decision_col}{last + 500}")
    sheet.data_validations.append(validation)
    header = []
    for column in COLUMNS:
        cell = _cell(sheet, column)
        cell.font, cell.alignment = Font(bold=True), Alignment(vertical="top")
        header.append(cell)
    sheet.append(header)
    for finding in islice(ordered(run.findings, sort_key), shown):
        row = finding_row(finding, run.config.policy)
        undeclared = finding.status == "undeclared"
        sheet.append([_cell(sheet, row[column], REVIEW_FILL if column in REVIEW_COLUMNS else
                            UNDECLARED_FILL if column == "status" and undeclared else None) for column in COLUMNS])
    _about(book, run, shown)
    path = out_dir / "review.xlsx"
    book.save(path)
    return path
