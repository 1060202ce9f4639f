"""Read reviewer decisions back from a filled-in review.xlsx or findings.csv.

Text cells were neutralised against formula injection when written (scanner.report.cells); each cell is
restored here, key cells exactly (not even stripped), so an imported decision names the very finding.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scanner.errors import UsageError
from scanner.report.cells import restore
from scanner.review import DECISIONS, KEY_COLUMNS, REVIEW_SHEET


@dataclass(frozen=True)
class Row:
    """One filled-in row: where it was (for messages) and its cells by column name."""

    where: str
    cells: Mapping[str, str]


def _cell(column: str, value: object) -> str:
    """One cell as text, restored; outside the key columns, surrounding whitespace is then dropped."""
    text = restore("" if value is None else str(value))
    return text if column in KEY_COLUMNS else text.strip()


def _cells(header: list[Any], values: tuple[Any, ...] | list[Any]) -> dict[str, str]:
    named = ((str(h).strip(), v) for h, v in zip(header, values, strict=False) if h)
    return {column: _cell(column, value) for column, value in named}


def _xlsx_rows(path: Path) -> Iterator[Row]:
    from openpyxl import load_workbook
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise UsageError(f"{path}: not a readable .xlsx file ({type(exc).__name__})") from None
    sheet = book[REVIEW_SHEET] if REVIEW_SHEET in book.sheetnames else book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = list(next(rows, ()))
    for number, values in enumerate(rows, start=2):
        yield Row(f"{path.name}, sheet {sheet.title!r}, row {number}", _cells(header, values))
    book.close()


def _csv_rows(path: Path) -> Iterator[Row]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        for number, values in enumerate(reader, start=2):
            yield Row(f"{path.name}, row {number}", _cells(header, values))


def read_rows(path: Path) -> Iterator[Row]:
    """Rows of a review file (.xlsx or .csv) that carry a decision, checked for the needed columns."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UsageError(f"{path}: review import reads .xlsx or .csv files")
    for row in _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path):
        decision = row.cells.get("decision", "").lower()
        if not decision:
            continue
        if decision not in DECISIONS:
            raise UsageError(f"{row.where}: decision must be one of {', '.join(DECISIONS)}")
        missing = [c for c in (*KEY_COLUMNS, "reason") if not row.cells.get(c)]
        if missing:
            raise UsageError(f"{row.where}: a decision needs {', '.join(missing)}")
        yield Row(row.where, {**row.cells, "decision": decision})
