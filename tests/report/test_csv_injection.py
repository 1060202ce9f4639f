"""findings.csv and review.xlsx are spreadsheet-safe in every text cell, and ``review import`` reads them back exactly."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from sample_data import POLICY
from scanner.commands import cli
from scanner.inventory.review_io import read_rows
from scanner.report.cells import neutralise, restore, safe_row
from scanner.report.rows import COLUMNS
from scanner.review import KEY_COLUMNS

SOURCE = "+db"
TABLE = '=HYPERLINK("x")'
COLUMN = "@contact"
LOCATION = f"{TABLE}.{COLUMN}"
REASON = "-- fixture table, no customers"
# Independent of scanner.report.cells: what a spreadsheet may read as a formula (OWASP set plus LF, NUL,
# full-width forms), at the start or after leading whitespace.
FORMULA = tuple("=+-@\t\r\n\0＝＋－＠")
CONFIG = f"""\
version: 1
policy: policy.yaml
inventory: sqlite:///inventory.db
sources:
  - name: "{SOURCE}"
    type: sql
    url: sqlite:///odd.db
    purposes: [security]
"""


def _formula_like(text: str) -> bool:
    return text.startswith(FORMULA) or text.lstrip().startswith(FORMULA)


@dataclass
class Odd:
    """A one-table estate whose source and table names are formulas; ``values`` are the planted e-mails."""

    root: Path
    config: Path
    values: list[str]

    def piiscan(self, *args: str) -> Result:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    def scan(self, name: str) -> tuple[Path, list[dict]]:
        out = self.root / name
        result = self.piiscan("scan", str(self.config), "--out", str(out), "--no-nlp", "--workers", "1")
        assert result.exit_code == 0, result.output
        lines = (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()
        return out, [json.loads(line) for line in lines]


@pytest.fixture
def odd(tmp_path: Path) -> Odd:
    values = [f"buyer{i}.odd@example.org" for i in range(20)]
    con = sqlite3.connect(tmp_path / "odd.db")
    quoted = '"' + TABLE.replace('"', '""') + '"'
    con.execute(f'CREATE TABLE {quoted} (id INTEGER, "{COLUMN}" TEXT)')
    con.executemany(f"INSERT INTO {quoted} VALUES (?, ?)", list(enumerate(values)))
    con.commit()
    con.close()
    shutil.copyfile(POLICY, tmp_path / "policy.yaml")
    config = tmp_path / "piiscan.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    return Odd(tmp_path, config, values)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def _no_raw_value(odd: Odd, text: str) -> None:
    assert not [v for v in odd.values if v in text], "a raw detected value reached the output"


def test_findings_csv_has_no_formula_cell(odd: Odd) -> None:
    out, findings = odd.scan("out")
    assert [(f["source"], f["store"]) for f in findings] == [(SOURCE, TABLE)]
    path = out / "findings.csv"
    _no_raw_value(odd, path.read_text(encoding="utf-8-sig"))
    with path.open(newline="", encoding="utf-8-sig") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert [c for c in cells if _formula_like(c)] == []
    row = _csv_rows(path)[0]
    assert (row["source"], row["key_location"], row["store"]) == ("'" + SOURCE, "'" + LOCATION, "'" + TABLE)


def test_review_xlsx_has_no_formula_cell(odd: Odd) -> None:
    out, _ = odd.scan("out")
    path = out / "review.xlsx"
    with zipfile.ZipFile(path) as book:
        sheets = {n: book.read(n).decode("utf-8") for n in book.namelist() if n.startswith("xl/worksheets/")}
    assert sheets and not [n for n, xml in sheets.items() if re.search(r"<f[ >/]", xml)]
    _no_raw_value(odd, "".join(sheets.values()))
    sheet = load_workbook(path)["Review"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert [c.coordinate for c in cells if isinstance(c.value, str) and _formula_like(c.value)] == []
    header = [c.value for c in sheet[1]]
    values = [c.value for c in sheet[2]]
    assert values[header.index("source")] == "'" + SOURCE
    assert values[header.index("key_location")] == "'" + LOCATION


def _fill_csv(path: Path) -> None:
    rows = _csv_rows(path)
    for row in rows:
        row.update(decision="false-positive", reason=REASON)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _fill_xlsx(path: Path) -> None:
    book = load_workbook(path)
    sheet = book["Review"]
    header = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=header.index("decision") + 1, value="false-positive")
        sheet.cell(row=row, column=header.index("reason") + 1, value=REASON)
    book.save(path)


@pytest.mark.parametrize("name", ["findings.csv", "review.xlsx"])
def test_import_restores_the_neutralised_keys(odd: Odd, name: str) -> None:
    out, _ = odd.scan("out1")
    path = out / name
    (_fill_csv if name.endswith(".csv") else _fill_xlsx)(path)
    result = odd.piiscan("review", "import", str(odd.config), str(path), "--by", "erin")
    assert result.exit_code == 0, result.output
    assert "imported 1 decisions" in result.output
    again, findings = odd.scan("out2")
    assert [(f["source"], f["store"], f.get("review", {}).get("decision"), f.get("review", {}).get("reason"))
            for f in findings] == [(SOURCE, TABLE, "false-positive", REASON)]
    prefilled = _csv_rows(again / "findings.csv")[0]
    assert (prefilled["decision"], prefilled["reason"]) == ("false-positive", "'" + REASON)
    for file in ("findings.csv", "review.xlsx"):
        reimport = odd.piiscan("review", "import", str(odd.config), str(again / file))
        assert "imported 0 decisions (1 already in force)" in reimport.output, reimport.output
    _no_raw_value(odd, result.output + reimport.output)


def test_known_cells() -> None:
    assert [neutralise(v) for v in ("+db", "'+db", "''=x", " =x", "＝1", "users.email", "'quoted", "")] == [
        "'+db", "''+db", "'''=x", "' =x", "'＝1", "users.email", "'quoted", ""]
    assert [restore(v) for v in ("'+db", "''+db", "'quoted", "=typed", "'")] == ["+db", "'+db", "'quoted", "=typed", "'"]
    assert safe_row({"source": "+db", "count": 3, "rows_scanned": None}) == {
        "source": "'+db", "count": 3, "rows_scanned": None}


EDGY = st.text(alphabet=st.sampled_from(list("'=+-@ \t\r\n\0＝＋－＠\u3000\xa0ax.")), max_size=8)
PROPERTY = settings(max_examples=300, deadline=None)


@PROPERTY
@given(value=st.one_of(EDGY, st.text()))
@example(value="'=HYPERLINK(\"x\")")
@example(value="''")
def test_neutralise_is_safe_and_restore_inverts_it(value: str) -> None:
    cell = neutralise(value)
    assert not _formula_like(cell)
    assert restore(cell) == value
    assert cell == value or cell == "'" + value


@settings(max_examples=100, deadline=None)
@given(keys=st.tuples(*[st.one_of(EDGY, st.text()).filter(bool) for _ in KEY_COLUMNS]), reason=EDGY.filter(str.strip))
def test_key_cells_survive_a_csv_round_trip(keys: tuple[str, ...], reason: str) -> None:
    row = {c: "" for c in COLUMNS} | dict(zip(KEY_COLUMNS, keys, strict=True))
    row.update(decision="accept", reason=reason)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "findings.csv"
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerow(safe_row(row))
        [read] = list(read_rows(path))
    assert tuple(read.cells[c] for c in KEY_COLUMNS) == keys
    assert read.cells["reason"] == reason.strip()
