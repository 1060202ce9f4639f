"""review.xlsx: the reviewer's workbook. Fill in decision (a drop-down), reason and by; read it back with
``piiscan review import CONFIG review.xlsx``. Decisions already in force come pre-filled."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from scanner.inventory.keys import REVIEW_COLUMNS, REVIEW_SHEET
from scanner.inventory.review import DECISIONS
from scanner.pipeline import ScanRun
from scanner.report.rows import COLUMNS, finding_row, sort_key

WIDTHS = {"location": 40, "key_location": 36, "policy": 60, "detection": 40, "fingerprint": 30, "reason": 40}
UNDECLARED_FILL = PatternFill("solid", fgColor="FDE7EA")
REVIEW_FILL = PatternFill("solid", fgColor="FFF8DC")


def _about(book: Workbook, run: ScanRun) -> None:
    sheet = book.create_sheet("About")
    lines = [
        f"piiscan review workbook: {run.config.policy.name}, scan started {run.started.isoformat()}",
        f"Fill in the '{REVIEW_SHEET}' sheet: decision ({' | '.join(DECISIONS)}), reason (required) and by (optional).",
        "Then run: piiscan review import CONFIG review.xlsx. Do not edit source, key_location, entity or fingerprint.",
        "Evidence is masked; fingerprints are keyed HMACs. No raw detected value is in this workbook.",
    ]
    for i, line in enumerate(lines, start=1):
        sheet.cell(row=i, column=1, value=line)
    sheet.column_dimensions["A"].width = 110


def write(run: ScanRun, out_dir: Path) -> Path:
    """Write review.xlsx."""
    book = Workbook()
    sheet = book.active
    sheet.title = REVIEW_SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    status_col = COLUMNS.index("status") + 1
    row_number = 1
    for row_number, finding in enumerate(sorted(run.findings, key=sort_key), start=2):
        row = finding_row(finding, run.config.policy)
        for column_number, column in enumerate(COLUMNS, start=1):
            # cell() by index: sheet[max_row] after append() rescans every cell, quadratic on big scans
            cell = sheet.cell(row=row_number, column=column_number, value=row[column])
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"                     # text, never a formula
        if finding.status == "undeclared":
            sheet.cell(row=row_number, column=status_col).fill = UNDECLARED_FILL
    last = max(row_number, 2)
    decision_col = get_column_letter(COLUMNS.index("decision") + 1)
    validation = DataValidation(type="list", formula1=f'"{",".join(DECISIONS)}"', allow_blank=True,
                                showErrorMessage=True, errorTitle="decision",
                                error=f"Use one of: {', '.join(DECISIONS)}")
    validation.add(f"{decision_col}2:{decision_col}{last + 500}")
    sheet.add_data_validation(validation)
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = WIDTHS.get(column, 14)
        if column in REVIEW_COLUMNS:
            for cell in sheet[letter][1:]:
                cell.fill = REVIEW_FILL
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    _about(book, run)
    path = out_dir / "review.xlsx"
    book.save(path)
    return path
