"""Every report file (text, spreadsheet, SARIF, HTML) is free of the raw values the generator planted."""

from openpyxl import load_workbook

EXPECTED = {"findings.jsonl", "report.json", "report.md", "report.html", "findings.csv", "findings.sarif",
            "review.xlsx"}


def _text(path):
    if path.suffix == ".xlsx":
        book = load_workbook(path, read_only=True)
        return "\n".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                         for v in row if v is not None)
    return path.read_text(encoding="utf-8")


def test_every_writer_ran(scanned):
    assert {p.name for p in scanned.out.iterdir()} >= EXPECTED


def test_no_report_file_holds_a_planted_value(scanned):
    values = [v for v in scanned.manifest.values if len(v) >= 4]
    assert len(values) > 100
    for path in sorted(scanned.out.iterdir()):
        text = _text(path)
        assert "EMAIL_ADDRESS" in text, f"{path.name}: text not extracted"
        leaked = [v for v in values if v in text]
        assert not leaked, f"{path.name}: {len(leaked)} planted values"
