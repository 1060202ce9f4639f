"""review.xlsx and findings.csv round trip: a reviewer fills in decisions, ``review import`` reads them back."""

import csv

from openpyxl import load_workbook

from scanner.identity import stable_location


def _fill_xlsx(path, decide):
    book = load_workbook(path)
    sheet = book["Review"]
    header = [c.value for c in sheet[1]]
    col = {name: header.index(name) + 1 for name in header}
    filled = []
    for row in range(2, sheet.max_row + 1):
        cells = {name: sheet.cell(row=row, column=i).value for name, i in col.items()}
        verdict = decide(cells)
        if verdict:
            sheet.cell(row=row, column=col["decision"], value=verdict[0])
            sheet.cell(row=row, column=col["reason"], value=verdict[1])
            sheet.cell(row=row, column=col["by"], value="carol")
            filled.append((cells["source"], cells["key_location"], cells["entity"]))
    book.save(path)
    return filled


def test_xlsx_round_trip(estate):
    _, findings = estate.scan()
    sheet = estate.scans[-1] / "review.xlsx"
    filled = _fill_xlsx(sheet, lambda c: ("false-positive", "test fixture data") if c["status"] == "undeclared"
                        and c["source"] == "shop-db" else None)
    assert filled
    result = estate.piiscan("review", "import", "CONFIG", str(sheet))
    assert result.exit_code == 0, result.output
    assert f"imported {len(filled)} decisions" in result.output
    again = estate.piiscan("review", "import", "CONFIG", str(sheet))
    assert f"imported 0 decisions ({len(filled)} already in force)" in again.output
    _, rescanned = estate.scan()
    reviewed = [f for f in rescanned if f.get("review")]
    assert {(f["source"], f["location"]["table"] + "." + f["location"]["column"], f["entity"])
            for f in reviewed} == set(filled)
    assert all(f["review"]["by"] == "carol" and f["review"]["decision"] == "false-positive" for f in reviewed)
    prefilled = load_workbook(estate.scans[-1] / "review.xlsx")["Review"]
    header = [c.value for c in prefilled[1]]
    decisions = [row[header.index("decision")] for row in prefilled.iter_rows(min_row=2, values_only=True)]
    assert decisions.count("false-positive") == len(filled)


def test_csv_import(estate):
    _, findings = estate.scan()
    path = estate.scans[-1] / "findings.csv"
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    target = next(r for r in rows if r["source"] == "app-logs" and r["status"] == "undeclared")
    target.update(decision="suppress", reason="log retention 7 days")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = estate.piiscan("review", "import", "CONFIG", str(path), "--by", "dave")
    assert result.exit_code == 0 and "imported 1 decisions" in result.output
    _, again = estate.scan()
    hit = [f for f in again if f.get("review")]
    same = [f for f in again if (f["source"], stable_location(f["location"]), f["entity"]) ==
            (target["source"], target["key_location"], target["entity"])]
    assert target["fingerprint"] in {f["fingerprint"] for f in hit}
    assert hit == same and len(same) > 1                  # app.log, .1, .2.gz: the decision holds for the set
    assert hit[0]["review"]["by"] == "dave"


def test_a_bad_decision_names_the_row(estate):
    estate.scan()
    sheet = estate.scans[-1] / "review.xlsx"
    _fill_xlsx(sheet, lambda c: ("maybe", "unsure") if c["status"] == "undeclared" else None)
    result = estate.piiscan("review", "import", "CONFIG", str(sheet))
    assert result.exit_code == 2
    assert "review.xlsx, sheet 'Review', row 2" in result.output and "accept, suppress, false-positive" in result.output
