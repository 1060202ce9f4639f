"""How scanned values become findings: column thresholds, JSON key paths, batches, line and mailbox roll-ups.

Every case feeds chunks of fake values, as a connector yields them, to a real scan (recognizers, finding
builder, reports) through the ``notes`` test connector, and reads the findings and occurrences it wrote.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scanner.service import ScanOptions, run_scan
from tests.plugin_connectors import chunks_config, column, lines

CODES = [f"ORD-{i:06d}" for i in range(1000)]            # order numbers: no recognizer reads them as PII
EMAILS = [f"user{i:03d}@example.com" for i in range(100)]
PHONE = "090-1234-5678"
IMEI = "490154203237518"


def _scan(tmp_path: Path, chunks: list[dict[str, Any]], purposes: list[str], *,
          occurrences: bool = False) -> tuple[list[dict[str, Any]], list[dict[str, Any]] | None]:
    """Scan ``chunks``; the rows of findings.jsonl, and of occurrences.jsonl (None when it was not written)."""
    out = tmp_path / ("occurrences" if occurrences else "findings")
    run = run_scan(chunks_config(tmp_path, chunks, purposes),
                   ScanOptions(out_dir=out, workers=1, use_nlp=False, occurrences=occurrences))
    assert not run.failed, run.sources
    found = [json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    occurrences_file = out / "occurrences.jsonl"
    if not occurrences_file.exists():
        return found, None
    return found, [json.loads(x) for x in occurrences_file.read_text(encoding="utf-8").splitlines()]


def test_sparse_column_is_judged_on_its_non_empty_values(tmp_path):
    blanks = ["", "  ", "\t"] * 300
    [f], _ = _scan(tmp_path, [column("email", EMAILS[:90] + CODES[:10] + blanks)], ["registration"])
    assert (f["entity"], f["count"], f["rows_scanned"]) == ("EMAIL_ADDRESS", 90, 1000)
    assert "90/100 non-empty values of 1000 rows" in f["reason"]


def test_blank_cells_do_not_dilute_a_column(tmp_path):
    [f], _ = _scan(tmp_path, [column("email", ["a@example.jp", "", "  ", "", ""])], ["registration"])
    assert (f["count"], f["rows_scanned"]) == (1, 5) and "1/1 non-empty values of 5 rows" in f["reason"]


def test_a_few_matches_in_a_structured_column_are_noise(tmp_path):
    found, _ = _scan(tmp_path, [column("order_no", CODES[:970] + EMAILS[:30])], ["registration"])
    assert found == []


def test_one_confident_match_in_prose_is_a_finding(tmp_path):
    prose = [f"Parcel {i} arrived late and the customer asked for a refund" for i in range(498)]
    calls = ["Please call me back on 090-1234-5678 today", "or at the desk on 03-5555-1234, thanks"]
    found, _ = _scan(tmp_path, [column("col_3", prose + calls),
                                column("col_4", CODES[:498] + [PHONE, "03-5555-1234"])], ["registration"])
    assert [(f["location"]["column"], f["entity"], f["count"]) for f in found] == [("col_3", "PHONE_NUMBER", 2)]


@pytest.mark.parametrize("name, flagged", [("备注", True), ("reason_text", True), ("reviewBody", True),
                                           ("reason_code", False), ("message_id", False)])
def test_a_column_named_for_prose_is_free_text_whatever_its_shape(tmp_path, name, flagged):
    found, _ = _scan(tmp_path, [column(name, CODES[:499] + [f"call {PHONE}"])], ["registration"])
    assert [f["entity"] for f in found] == (["PHONE_NUMBER"] if flagged else [])


def test_json_key_paths_are_judged_one_by_one_and_reported_on_their_column(tmp_path):
    """payload.c alone holds 20% addresses: not flagged, and not added to payload.b's finding."""
    words = ["pending", "shipped", "returned", "open"] * 25
    keys = {"payload.a": words, "payload.b": EMAILS, "payload.c": EMAILS[:20] + words[:80], "payload.d": words}
    chunks = [column("payload", values, field=key, context=[key.split(".")[1], "payload"]) for key, values in keys.items()]
    [f], _ = _scan(tmp_path, chunks, ["registration"])
    assert f["location"] == {"table": "t", "column": "payload"} and f["fields"] == ["payload.b"]
    assert (f["entity"], f["count"], f["rows_scanned"]) == ("EMAIL_ADDRESS", 100, 100)


def test_batches_of_one_column_add_up(tmp_path):
    batches = [column("phone", [PHONE] * 40 + CODES[:10], batch=0), column("phone", [PHONE] * 20 + CODES[:5], batch=1)]
    [f], _ = _scan(tmp_path, batches, ["registration"])
    assert (f["count"], f["rows_scanned"], f["status"]) == (60, 75, "declared")


def test_a_log_file_is_rolled_up_per_field_and_entity_and_occurrences_are_kept_only_when_asked_for(tmp_path):
    log = lines("a.log", 10, ["start", f"imei {IMEI}", f"device imei {IMEI} ok", "idle",
                              f"mail to=ken@example.jp imei {IMEI}"])
    found, occurrences = _scan(tmp_path, [log], ["security"])
    assert [(f["location"], f["entity"], f["status"], f["count"], f["lines"]) for f in found] == [
        ({"path": "a.log", "field": None}, "IMEI", "declared", 3, {"first": 11, "last": 14, "sample": [11, 12, 14]}),
        ({"path": "a.log", "field": "to"}, "EMAIL_ADDRESS", "undeclared", 1, {"first": 14, "last": 14, "sample": [14]}),
    ]
    assert occurrences is None


def test_a_line_counts_once_however_many_json_leaves_hold_the_entity(tmp_path):
    leaves = [(3, "user.email", "a@example.jp"), (3, "user.email", "b@example.jp"),
              (4, "user.email", "c@example.jp"), (4, "cc", "d@example.jp")]
    chunk = {"store": "e.jsonl", "location": {"path": "e.jsonl", "line": 3}, "mode": "lines",
             "values": [value for _, _, value in leaves], "lines": [line for line, _, _ in leaves],
             "fields": [key for _, key, _ in leaves], "contexts": [key.split(".") for _, key, _ in leaves]}
    found, occurrences = _scan(tmp_path, [chunk], ["security"], occurrences=True)
    assert {f["location"]["field"]: (f["count"], f["lines"]["sample"]) for f in found} == {
        "user.email": (2, [3, 4]), "cc": (1, [4])}
    assert [(o["location"], o["entity"]) for o in occurrences] == [
        ({"path": "e.jsonl", "line": 3}, "EMAIL_ADDRESS"), ({"path": "e.jsonl", "line": 4}, "EMAIL_ADDRESS")]
    assert _scan(tmp_path, [chunk], ["security"])[0] == found    # rolled up by the worker: the same findings


def test_samples_stop_at_ten_and_the_last_line_is_kept(tmp_path):
    texts = [f"imei {IMEI}" if i % 2 == 0 else "idle" for i in range(30)]
    [f], _ = _scan(tmp_path, [lines("a.log", 1, texts)], ["security"])
    assert f["count"] == 15 and f["lines"] == {"first": 1, "last": 29, "sample": [1, 3, 5, 7, 9, 11, 13, 15, 17, 19]}


def test_a_mailbox_is_rolled_up_per_part_kind_and_counts_messages(tmp_path):
    parts = [("<1@x>", "From", "ken@example.jp"), ("<1@x>", "To", "support@example.jp"),
             ("<1@x>", "body", "please write to ken@example.jp"), ("<2@x>", "Cc", "aya@example.jp"),
             ("<2@x>", "invoice.pdf", f"tel {PHONE}")]
    chunks = [{"store": "s.mbox", "location": {"path": "s.mbox", "message_id": msg_id, "part": part}, "values": [text]}
              for msg_id, part, text in parts]
    found, occurrences = _scan(tmp_path, chunks, ["customer_service"], occurrences=True)
    assert [(f["location"], f["entity"], f["count"], f["messages"], f.get("lines")) for f in found] == [
        ({"path": "s.mbox", "part": "attachment"}, "PHONE_NUMBER", 1, {"sample": ["<2@x>"]}, None),
        ({"path": "s.mbox", "part": "body"}, "EMAIL_ADDRESS", 1, {"sample": ["<1@x>"]}, None),
        ({"path": "s.mbox", "part": "headers"}, "EMAIL_ADDRESS", 2, {"sample": ["<1@x>", "<2@x>"]}, None)]
    assert [(o["location"]["message_id"], o["location"]["part"]) for o in occurrences] == [   # the finest location
        ("<1@x>", "From"), ("<1@x>", "To"), ("<1@x>", "body"), ("<2@x>", "Cc"), ("<2@x>", "invoice.pdf")]


@pytest.mark.parametrize("line, field", [
    ("2024-05-07T12:59:44Z login ok ip=203.0.113.7 user=x", "ip"),
    ('{"event": "x"} client_ip: 203.0.113.7', "client_ip"),
    ("peer [203.0.113.7]:443 closed", None),
    ("login from 203.0.113.7", None),
    ("at 12:30 from 203.0.113.7", None),
])
def test_a_plain_log_line_names_the_field_a_value_sits_behind(tmp_path, line, field):
    [f], _ = _scan(tmp_path, [lines("a.log", 1, [line])], ["security"])
    assert (f["entity"], f["location"]) == ("IP_ADDRESS", {"path": "a.log", "field": field})


def test_findings_are_the_same_whether_workers_roll_lines_up_or_send_every_line(tmp_path):
    """Without --occurrences the workers fold lines themselves; the findings must not change."""
    from sample_data import POLICY as policy_file
    from scanner.config import load_config
    lines = []
    for i in range(5000):
        lines.append(f"2026-11-28T00:00:{i % 60:02d}Z INFO login ok ip=198.51.100.{i % 200} user=u{i}@example.com"
                     if i % 3 else f'{{"device": {{"imei": "490154203237518"}}, "seq": {i}}}')
    (tmp_path / "app.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "policy.yaml").write_bytes(policy_file.read_bytes())
    (tmp_path / "piiscan.yaml").write_text("version: 1\npolicy: policy.yaml\nsources:\n  - name: logs\n    type: logs\n"
                                           "    paths: [app.log]\n    purposes: [security]\n", encoding="utf-8")
    config = load_config(tmp_path / "piiscan.yaml")
    rolled = run_scan(config, ScanOptions(out_dir=tmp_path / "a", workers=2, use_nlp=False))
    per_line = run_scan(config, ScanOptions(out_dir=tmp_path / "b", workers=2, use_nlp=False, occurrences=True))
    assert [f.to_dict() for f in rolled.findings] == [f.to_dict() for f in per_line.findings]
    assert sorted((f.location["field"], f.entity, f.count) for f in rolled.findings) == [
        ("device.imei", "IMEI", 1667), ("ip", "IP_ADDRESS", 3333), ("user", "EMAIL_ADDRESS", 3333)]
