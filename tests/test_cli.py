"""The CLI contract: exit codes, located errors, a plugin connector, failure isolation."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sample_data import POLICY
from scanner.commands import cli
from tests.plugin_connectors import register_notes

MAIL = "kenji.watanabe@example.jp"   # planted value: must never appear in an output


@pytest.fixture(autouse=True)
def _notes_connector():
    register_notes()


def _config(tmp_path: Path, sources: str) -> Path:
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    path = tmp_path / "piiscan.yaml"
    path.write_text(f"version: 1\npolicy: policy.yaml\nsources:\n{sources}", encoding="utf-8")
    return path


def _scan(*args: str):
    return CliRunner().invoke(cli, ["scan", *args, "--workers", "1", "--no-nlp"])


def _source(name: str, purposes: str, fail: bool = False) -> str:
    return (f"  - name: {name}\n    type: notes\n    purposes: [{purposes}]\n"
            f"    notes: ['nothing here', 'write to {MAIL} please']\n" + ("    fail: true\n" if fail else ""))


def test_clean_gate_exits_0_and_undeclared_fails_the_gate_with_1(tmp_path):
    cfg = _config(tmp_path, _source("tickets", "customer_service") + _source("ops", "security"))
    assert _scan(str(cfg), "--out", str(tmp_path / "a")).exit_code == 0
    result = _scan(str(cfg), "--out", str(tmp_path / "b"), "--fail-on", "undeclared")
    assert result.exit_code == 1
    findings = [json.loads(line) for line in (tmp_path / "b" / "findings.jsonl").read_text().splitlines()]
    assert {(f["source"], f["entity"], f["status"]) for f in findings} == {
        ("tickets", "EMAIL_ADDRESS", "declared"), ("ops", "EMAIL_ADDRESS", "undeclared")}
    assert findings[0]["location"] == {"path": "notes", "field": None}
    assert findings[0]["lines"] == {"first": 2, "last": 2, "sample": [2]}


def test_declared_only_passes_the_undeclared_gate_but_not_any(tmp_path):
    cfg = _config(tmp_path, _source("tickets", "customer_service"))
    assert _scan(str(cfg), "--out", str(tmp_path / "a"), "--fail-on", "undeclared").exit_code == 0
    assert _scan(str(cfg), "--out", str(tmp_path / "b"), "--fail-on", "any").exit_code == 1


def test_failed_source_exits_3_over_1_and_the_others_are_still_reported(tmp_path):
    cfg = _config(tmp_path, _source("broken", "security", fail=True) + _source("tickets", "customer_service"))
    result = _scan(str(cfg), "--out", str(tmp_path / "o"), "--fail-on", "any")
    assert result.exit_code == 3
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    status = {s["name"]: (s["status"], s.get("error", "")) for s in report["sources"]}
    assert status["broken"][0] == "failed" and "went away" in status["broken"][1]
    assert status["tickets"] == ("ok", "")
    assert report["scan"]["complete"] is False
    assert {f["source"] for f in map(json.loads, (tmp_path / "o" / "findings.jsonl").open())} == {"broken", "tickets"}
    for name in ("findings.jsonl", "report.json", "report.md"):
        assert MAIL not in (tmp_path / "o" / name).read_text()


@pytest.mark.parametrize("sources, needle", [
    ("  - name: x\n    type: nosuchkind\n", "nosuchkind"),
    ("  - name: x\n    type: notes\n    colour: red\n", "colour"),
    ("  - name: x\n    type: notes\n    purposes: [advertising]\n", "line 6"),
])
def test_config_errors_exit_2_and_name_the_file(tmp_path, sources, needle):
    result = _scan(str(_config(tmp_path, sources)))
    assert result.exit_code == 2
    assert "piiscan.yaml" in result.output and needle in result.output


def test_unknown_source_name_is_a_usage_error(tmp_path):
    result = _scan(str(_config(tmp_path, _source("a", "security"))), "--source", "b")
    assert result.exit_code == 2 and "'b'" in result.output


def test_policy_commands(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(cli, ["policy", "validate", str(POLICY)])
    assert ok.exit_code == 0 and "5 purposes" in ok.output
    shown = runner.invoke(cli, ["policy", "show", str(POLICY)])
    assert "device_id" in shown.output and "1(a) v" in shown.output and "location" in shown.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: x\ncategories:\n  d: {entities: [IMEII], ref: '1'}\npurposes: {}\n")
    result = runner.invoke(cli, ["policy", "validate", str(bad)])
    assert result.exit_code == 2 and "bad.yaml" in result.output and "line 4" in result.output


def test_policy_show_lists_categories_purposes_and_the_categories_no_purpose_declares(tmp_path):
    small = tmp_path / "small.yaml"
    small.write_text("version: 1\nname: Small\ncategories:\n"
                     "  contact: {title: Contact, entities: [EMAIL_ADDRESS, PHONE_NUMBER], ref: '1(a)'}\n"
                     "  device: {entities: [IMEI], ref: 2}\n"
                     "purposes:\n  support: {title: Support, categories: [contact], ref: 'b'}\n")
    shown = CliRunner().invoke(cli, ["policy", "show", str(small)])
    assert shown.exit_code == 0
    assert shown.output == ("Small (version 1)\n\nCategories:\n"
                            "  contact          [1(a)] Contact: EMAIL_ADDRESS, PHONE_NUMBER\n"
                            "  device           [2] device: IMEI\n\nPurposes:\n"
                            "  support            [b] Support: contact\n\n"
                            "Categories no purpose declares (always undeclared): device\n")

def test_a_lines_chunk_is_one_finding_and_each_line_one_occurrence(tmp_path):
    cfg = _config(tmp_path, "  - name: ops\n    type: notes\n    as_lines: true\n    purposes: [security]\n"
                            f"    notes: ['a', 'mail {MAIL}', 'b', 'b', 'to {MAIL} and {MAIL}']\n")
    assert _scan(str(cfg), "--out", str(tmp_path / "o"), "--occurrences").exit_code == 0
    findings = [json.loads(line) for line in (tmp_path / "o" / "findings.jsonl").open()]
    assert [(f["location"], f["count"], f["lines"]) for f in findings] == [
        ({"path": "notes", "field": None}, 2, {"first": 2, "last": 5, "sample": [2, 5]})]
    occurrences = [json.loads(line) for line in (tmp_path / "o" / "occurrences.jsonl").open()]
    assert [(o["location"], o["entity"], o["status"]) for o in occurrences] == [
        ({"path": "notes", "line": 2}, "EMAIL_ADDRESS", "undeclared"),
        ({"path": "notes", "line": 5}, "EMAIL_ADDRESS", "undeclared")]
    assert all(o["fingerprint"].startswith("hmac-sha256:") and MAIL not in json.dumps(o) for o in occurrences)


def test_no_occurrences_file_unless_asked_for(tmp_path):
    cfg = _config(tmp_path, _source("tickets", "customer_service"))
    assert _scan(str(cfg), "--out", str(tmp_path / "o")).exit_code == 0
    assert not (tmp_path / "o" / "occurrences.jsonl").exists()


def test_only_entities_the_policy_names_are_reported_and_an_imei_never_becomes_a_card(tmp_path):
    (tmp_path / "policy.yaml").write_text(
        "version: 1\nname: cards only\ncategories:\n  payment: {entities: [CREDIT_CARD], ref: '1'}\n"
        "purposes:\n  billing: {ref: '2', categories: [payment]}\n", encoding="utf-8")
    cfg = tmp_path / "piiscan.yaml"
    cfg.write_text("version: 1\npolicy: policy.yaml\nsources:\n  - name: ops\n    type: notes\n    purposes: [billing]\n"
                   f"    notes: ['device imei 490154203237518 card 4111 1111 1111 1111 mail {MAIL}']\n",
                   encoding="utf-8")
    assert _scan(str(cfg), "--out", str(tmp_path / "o")).exit_code == 0
    findings = [json.loads(line) for line in (tmp_path / "o" / "findings.jsonl").open()]
    assert [(f["entity"], f["count"], f["status"]) for f in findings] == [("CREDIT_CARD", 1, "declared")]


def test_a_second_run_of_the_same_config_is_refused_while_the_first_holds_the_lock(tmp_path):
    from scanner.run_lock import RunLock
    cfg = _config(tmp_path, _source("tickets", "customer_service"))
    with RunLock(cfg):                                    # a scheduled run of this config is in progress
        refused = _scan(str(cfg), "--out", str(tmp_path / "a"))
        (tmp_path / "other").mkdir()
        other = _config(tmp_path / "other", _source("tickets", "customer_service"))
        assert _scan(str(other), "--out", str(tmp_path / "b")).exit_code == 0      # another config runs
    assert refused.exit_code == 2 and "another piiscan run of this config is in progress" in refused.output
    assert not (tmp_path / "a").exists()                  # nothing was scanned or written
    assert _scan(str(cfg), "--out", str(tmp_path / "c")).exit_code == 0           # released
