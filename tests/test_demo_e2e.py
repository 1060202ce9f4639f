"""End to end: the CLI on the MiauMall demo estate finds what the generator planted, and leaks none of it."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sample_data.generate import build_estate
from scanner.commands import cli


def _store_of(where: str) -> str:
    if "#" in where:
        return where.split("#", 1)[0]
    if re.search(r":\d+$", where):
        return where.rsplit(":", 1)[0]
    return where.rsplit(".", 1)[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("estate")
    config, manifest = build_estate(root)
    out = root / "out"
    result = CliRunner().invoke(cli, ["scan", str(config), "--out", str(out), "--fail-on", "undeclared",
                                      "--occurrences"])
    findings = [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    return result, findings, manifest, out


def _occurrences(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "occurrences.jsonl").read_text(encoding="utf-8").splitlines()]


def _key(f: dict) -> str:
    loc = f["location"]
    if "column" in loc:
        return f"{loc['table']}.{loc['column']}"
    if "message_id" in loc:
        return f"{loc['path']}#{loc['message_id']}/{loc['part']}"
    return f"{loc['path']}:{loc['line']}"


def test_scan_fails_the_gate_because_the_demo_plants_undeclared_data(demo):
    result, *_ = demo
    assert result.exit_code == 1, result.output


def test_every_planted_finding_is_reported_with_its_status(demo):
    _, findings, manifest, out = demo
    located = [f for f in findings if "column" in f["location"]] + _occurrences(out)
    got = {(f["source"], _key(f), f["entity"]): f["status"] for f in located}
    missing = [e for e in manifest.expected
               if got.get((e["source"], e["where"], e["entity"])) != e["status"]]
    assert not missing


def test_files_and_mailboxes_are_rolled_up(demo):
    _, findings, _, out = demo
    logs = [f for f in findings if f["kind"] == "logs"]
    assert logs and all(set(f["location"]) == {"path", "field"} and f["count"] >= 1 and
                        f["lines"]["first"] <= f["lines"]["last"] and len(f["lines"]["sample"]) <= 10 for f in logs)
    keys = [(f["location"]["path"], f["location"]["field"], f["entity"]) for f in logs]
    assert len(keys) == len(set(keys))                       # one finding per (file, field, entity)
    mail = [f for f in findings if f["kind"] == "email"]
    assert mail and all(f["location"]["part"] in ("headers", "body", "attachment") and f["messages"]["sample"]
                        for f in mail)
    per_line = [o for o in _occurrences(out) if o["kind"] == "logs"]
    assert sum(f["count"] for f in logs) >= len({(o["location"]["path"], o["location"]["line"]) for o in per_line})


def test_undeclared_stores_are_exactly_the_planted_ones(demo):
    _, findings, manifest, _ = demo
    expected = {(e["source"], _store_of(e["where"]), e["entity"]) for e in manifest.expected
                if e["status"] == "undeclared"}
    got = {(f["source"], f["store"], f["entity"]) for f in findings if f["status"] == "undeclared"}
    assert got == expected


def test_look_alikes_are_not_flagged(demo):
    _, findings, _, _ = demo
    flagged = {_key(f) for f in findings if f["source"] == "shop-db"}
    assert not {k for k in flagged if k.startswith("catalog.") or k.endswith(".order_no")}


def test_findings_carry_reasons_and_policy_references(demo):
    _, findings, _, _ = demo
    imei = next(f for f in findings if _key(f) == "marketing_leads.ad_device_imei" and f["entity"] == "IMEI")
    assert imei["category"] == "device_id" and imei["purposes"] == []
    assert "1(a) v" in imei["policy_reason"] and "'security'" in imei["policy_reason"]
    assert imei["rows_scanned"] == 60 and imei["count"] >= 50 and "rows" in imei["reason"]
    phone = next(f for f in findings if _key(f) == "users.phone" and f["entity"] == "PHONE_NUMBER")
    assert phone["status"] == "declared" and phone["purposes"] == ["registration"]
    assert phone["fingerprint"].startswith("hmac-sha256:") and "*" in phone["evidence"]


def test_no_output_file_holds_a_planted_value(demo):
    _, _, manifest, out = demo
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in Path(out).iterdir() if p.is_file()}
    leaks = {(name, v) for name, text in texts.items() for v in manifest.values if len(v) >= 4 and v in text}
    assert not leaks, f"{len(leaks)} planted values leaked into {sorted({n for n, _ in leaks})}"


def test_the_review_sheets_say_where_to_look_in_a_rolled_up_file(demo):
    import csv
    _, _, _, out = demo
    with (Path(out) / "findings.csv").open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    logs = [r for r in rows if r["kind"] == "logs"]
    assert logs and all(re.fullmatch(r"lines \d+(, \d+)* \(first \d+, last \d+\)", r["where"]) for r in logs)
    assert all(r["where"].startswith("messages <") for r in rows if r["kind"] == "email")
    assert all(r["where"] == "" for r in rows if r["kind"] == "sql")
