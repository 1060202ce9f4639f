"""Flat memory on huge scans: findings spill to disk, log lines leave the builder as soon as they are final,
and every report comes out the same as when everything fits in memory."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from sample_data.generate import build_estate
from scanner import pipeline, spool
from scanner.commands import cli
from scanner.findings import Finding
from scanner.pipeline import Scanner, build_connector
from scanner.service import ScanOptions, run_scan
from scanner.spool import FindingSpool
from tests.plugin_connectors import chunks_config, lines

IMEI_LINE = "imei 490154203237518"


def _finding(n: int, status: str = "declared") -> Finding:
    return Finding(source="s", kind="logs", store="a.log", location={"path": "a.log", "line": n}, entity="IMEI",
                   category="device_id", status=status, purposes=[], score=0.9, count=1, rows_scanned=1, reason="r",
                   policy_reason="p", evidence="*", fingerprint=f"hmac-sha256:{n}")


def test_a_spilled_spool_keeps_order_length_and_can_be_read_twice():
    findings = [_finding(n) for n in range(23)]
    box = FindingSpool(findings, limit=5)
    assert box.spilled and len(box) == 23
    assert list(box) == findings and list(box) == findings


def test_ordered_merges_spilled_runs_into_one_stable_sort():
    findings = [_finding(n, "undeclared" if n % 3 == 0 else "declared") for n in range(40)]
    box = FindingSpool(findings, limit=6)
    key = lambda f: f.status != "undeclared"    # noqa: E731 - ties keep their order (stable)
    assert list(box.ordered(key)) == sorted(findings, key=key)


def test_rewrite_maps_and_drops_across_the_spill():
    box = FindingSpool((_finding(n) for n in range(12)), limit=4)
    kept = box.rewrite(lambda f: f if f.location["line"] % 2 else None)
    assert [f.location["line"] for f in kept] == [1, 3, 5, 7, 9, 11] and len(box) == 12


def _stream(tmp_path, monkeypatch, chunks: list[dict]) -> tuple[list[tuple[list[str], list[int]]], list[Finding]]:
    """Scan ``chunks`` one at a time; after each (and at the end): the stores of the findings that had
    left the builder, and the lines of the occurrences that just had; then every finding."""
    monkeypatch.setattr(pipeline, "BATCH_CHUNKS", 1)
    config = chunks_config(tmp_path, chunks, ["security"])
    sink = FindingSpool()
    steps: list[tuple[list[str], list[int]]] = []

    def took(occurrences) -> None:
        steps.append(([f.store for f in sink], [o.location["line"] for o in occurrences]))

    spec = config.sources[0]
    Scanner(config, use_nlp=False, occurrences=took).scan_source(spec, build_connector(spec, config), sink)
    return steps, list(sink)


def test_occurrences_leave_the_builder_as_soon_as_no_later_chunk_can_add_to_their_line(tmp_path, monkeypatch):
    def piece(n: int, text: str) -> dict:
        return {"store": "a.log", "location": {"path": "a.log", "line": 4}, "values": [text], "piece": n}
    steps, [rolled] = _stream(tmp_path, monkeypatch, [lines("a.log", 1, [IMEI_LINE, "idle", IMEI_LINE]),
                                                      piece(1, IMEI_LINE), piece(2, IMEI_LINE),
                                                      lines("a.log", 5, [IMEI_LINE])])
    assert [taken for _, taken in steps] == [[1, 3],
                                             [],          # the next piece of line 4 may still come
                                             [],
                                             [4, 5],
                                             []]
    assert [stores for stores, _ in steps[:-1]] == [[]] * 4      # the file's roll-up waits for its end
    assert rolled.count == 4 and rolled.lines == {"first": 1, "last": 5, "sample": [1, 3, 4, 5]}


def test_a_file_is_final_when_the_next_file_begins(tmp_path, monkeypatch):
    steps, found = _stream(tmp_path, monkeypatch, [lines("a.log", 1, [IMEI_LINE]), lines("b.log", 1, [IMEI_LINE])])
    assert [stores for stores, _ in steps] == [[], ["a.log"], ["a.log", "b.log"]]
    assert [f.store for f in found] == ["a.log", "b.log"]


def _outputs(out) -> dict[str, str]:
    """The report files, with the run's timestamps and durations blanked."""
    stamp = re.compile(r'\d{4}-\d\d-\d\dT[0-9:.+Z]+|"seconds": [0-9.]+|"inventory_scan": \d+')
    return {name: stamp.sub("#", (out / name).read_text(encoding="utf-8").replace(str(out), "OUT"))
            for name in ("findings.jsonl", "findings.csv", "findings.sarif", "report.json", "report.md")}


@pytest.fixture(scope="module")
def estate(tmp_path_factory):
    root = tmp_path_factory.mktemp("estate")
    config, _ = build_estate(root)
    runner = CliRunner()
    done = runner.invoke(cli, ["review", "suppress", str(config), "app-logs:logs/app.log", "--entity", "EMAIL_ADDRESS",
                               "--reason", "bounce log", "--by", "erin"])
    assert done.exit_code == 0, done.output
    return config


def _scan(config, out):
    result = CliRunner().invoke(cli, ["scan", str(config), "--no-nlp", "--workers", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output


def test_reports_are_the_same_when_findings_spill_to_disk(estate, tmp_path, monkeypatch):
    _scan(estate, tmp_path / "memory")
    monkeypatch.setattr(spool, "MEMORY_LIMIT", 7)
    monkeypatch.setattr(spool, "MERGE_BLOCK", 3)
    _scan(estate, tmp_path / "disk")
    in_memory, on_disk = _outputs(tmp_path / "memory"), _outputs(tmp_path / "disk")
    assert len(in_memory["findings.jsonl"].splitlines()) > 50
    assert on_disk == in_memory
    suppressed = [json.loads(x) for x in in_memory["findings.jsonl"].splitlines()]
    assert any((f.get("review") or {}).get("decision") == "suppress" for f in suppressed)


def test_big_scans_cap_the_html_table_and_the_review_sheet_and_say_so(estate, tmp_path, monkeypatch):
    from scanner.report import html_report, review_xlsx
    monkeypatch.setattr(html_report, "MAX_ROWS", 10)
    monkeypatch.setattr(review_xlsx, "MAX_ROWS", 12)
    _scan(estate, tmp_path)
    total = sum(1 for _ in (tmp_path / "findings.jsonl").open(encoding="utf-8"))
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count('<tr data-status="') == 10 and f"first 10 of {total} findings" in html
    book = load_workbook(tmp_path / "review.xlsx")
    sheet = book["Review"]
    assert sheet.max_row == 13                   # header + 12
    assert any(f"first 12 of {total}" in str(row[0].value) for row in book["About"].iter_rows())
    undeclared = min(12, sum('"status": "undeclared"' in x for x in (tmp_path / "findings.jsonl").open(encoding="utf-8")))
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == \
        ["undeclared"] * undeclared + ["declared"] * (12 - undeclared)            # undeclared first
    assert sheet["A2"].fill.fgColor.rgb.endswith("FDE7EA")
    assert sheet.data_validations.dataValidation, "the decision column keeps its drop-down"


def test_review_sheet_keeps_formula_like_text_as_text(tmp_path):
    hostile = '=HYPERLINK("http://x.example","open")'
    config = chunks_config(tmp_path, [lines(hostile, 1, [IMEI_LINE])], ["security"])
    run_scan(config, ScanOptions(out_dir=tmp_path / "out", workers=1, use_nlp=False))
    sheet = load_workbook(tmp_path / "out" / "review.xlsx")["Review"]
    cells = {c.value: c.data_type for c in sheet[2] if c.value}
    assert cells[f"'{hostile}"] == "s"                      # text, neutralised for copy-paste


def test_sorting_a_spilled_spool_holds_one_block_at_a_time():
    import gc
    box = FindingSpool((_finding(n) for n in range(2_000)), limit=50)
    calls: list[int] = []
    alive: list[int] = []

    def key(f: Finding) -> int:
        calls.append(1)
        if len(calls) <= 2_000 and len(calls) % 97 == 0:       # the first 2,000 calls sort the blocks
            alive.append(sum(isinstance(o, Finding) for o in gc.get_objects()))
        return -f.location["line"]

    assert [f.location["line"] for f in box.ordered(key)][:3] == [1999, 1998, 1997]
    assert alive and max(alive) <= 3 * 50
