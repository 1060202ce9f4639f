"""Rotation-proof identity: a rotated log set is one store for review, diff and the record of processing.

Day 1 scans ``app.log`` and ``app.log.1``; then the logs rotate (``app.log.1`` -> ``app.log.2.gz``,
``app.log`` -> ``app.log.1``, a new ``app.log``) and day 2 scans again. Findings keep their real files.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sample_data import POLICY
from scanner.commands import cli
from scanner.findings import Finding
from scanner.identity import finding_key, row_location, stable_location, store_set
from scanner.inventory.diff import diff_scans
from scanner.inventory.models import FindingRow, ScanSource
from scanner.review import for_key, reviewed

from .conftest import LOGS_CONFIG as CONFIG

# Obviously fake values on reserved domains and the TEST-NET-1 range; none may reach an output.
ALPHA = "user.alpha@example.com"       # written to app.log each day: rotates app.log -> app.log.1
BETA = "user.beta@example.org"         # only in day 1's app.log.1: rotates to app.log.2.gz
GAMMA = "user.gamma@example.net"       # only in day 2's new app.log
IP = "192.0.2.10"
PLANTED = (ALPHA, BETA, GAMMA, IP)


def _lines(*mails: str) -> bytes:
    return "".join(f"INFO login ok for {m} from {IP}\nINFO heartbeat\n" for m in mails).encode()


@dataclass
class RotatedLogs:
    """A config over a rotated log set with an SQLite inventory; each ``scan()`` writes to a new folder."""

    root: Path
    outs: list[Path] = field(default_factory=list)

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def piiscan(self, *args: str) -> Result:
        """Run a piiscan command; ``CONFIG`` in ``args`` is the config path."""
        argv = [str(self.root / "piiscan.yaml") if a == "CONFIG" else a for a in args]
        return CliRunner().invoke(cli, argv, catch_exceptions=False)

    def scan(self) -> list[dict[str, Any]]:
        """Scan (no NLP, one worker); the findings.jsonl objects."""
        out = self.root / f"out{len(self.outs) + 1}"
        self.outs.append(out)
        result = self.piiscan("scan", "CONFIG", "--out", str(out), "--no-nlp", "--workers", "1")
        assert result.exit_code == 0, result.output
        lines = (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]

    def rotate(self, new_live: bytes) -> None:
        """logrotate with ``compress``: app.log.1 -> app.log.2.gz, app.log -> app.log.1, a new app.log."""
        (self.logs / "app.log.2.gz").write_bytes(gzip.compress((self.logs / "app.log.1").read_bytes()))
        (self.logs / "app.log.1").unlink()
        (self.logs / "app.log").rename(self.logs / "app.log.1")
        (self.logs / "app.log").write_bytes(new_live)


@pytest.fixture
def rotated(tmp_path: Path) -> RotatedLogs:
    """Day 1: ALPHA in app.log, BETA in app.log.1."""
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    (tmp_path / "piiscan.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "app.log").write_bytes(_lines(ALPHA))
    (tmp_path / "logs" / "app.log.1").write_bytes(_lines(BETA))
    return RotatedLogs(tmp_path)


def _mails(findings: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """EMAIL_ADDRESS findings per real file."""
    out: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        if f["entity"] == "EMAIL_ADDRESS":
            out.setdefault(f["location"]["path"], []).append(f)
    return out


def _assert_no_planted_value(*texts: str) -> None:
    for text in texts:
        assert not any(value in text for value in PLANTED)


def _outputs(out: Path) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(out.iterdir()) if p.is_file()]


def test_a_decision_on_app_log_1_holds_in_app_log_2_gz_and_the_diff_is_empty(rotated):
    day1 = _mails(rotated.scan())
    assert set(day1) == {"logs/app.log", "logs/app.log.1"}
    (beta,) = day1["logs/app.log.1"]
    (alpha,) = day1["logs/app.log"]
    assert beta["status"] == alpha["status"] == "undeclared" and beta["fingerprint"] != alpha["fingerprint"]
    decided = rotated.piiscan("review", "accept", "CONFIG", beta["fingerprint"], "--reason", "test account",
                              "--by", "dpo")
    assert decided.exit_code == 0, decided.output
    assert "app-logs:logs/app.log EMAIL_ADDRESS" in decided.output     # the decision names the rotation set

    rotated.rotate(_lines(ALPHA))
    findings = rotated.scan()
    day2 = _mails(findings)
    assert set(day2) == {"logs/app.log", "logs/app.log.1", "logs/app.log.2.gz"}      # real files stay
    (moved,) = day2["logs/app.log.2.gz"]
    assert moved["fingerprint"] == beta["fingerprint"] and moved["location"] == {"path": "logs/app.log.2.gz",
                                                                                 "field": None}
    assert moved["lines"] == {"first": 1, "last": 1, "sample": [1]}
    # a rolled-up finding is reviewed as (file set, field, entity): the decision holds for every file of the set
    assert all(f["review"]["decision"] == "accept" and f["review"]["by"] == "dpo"
               for found in day2.values() for f in found)

    result = rotated.piiscan("diff", "CONFIG", "--fail-on", "new-undeclared")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("scan 1 -> scan 2: 0 new undeclared, 0 new, 0 resolved")
    assert "Resolved: none" in result.output and "New: none" in result.output
    _assert_no_planted_value(result.output, decided.output, *_outputs(rotated.outs[-1]))


def test_a_pattern_decision_on_the_set_holds_after_rotation_and_real_news_still_show(rotated):
    rotated.scan()
    decided = rotated.piiscan("review", "accept", "CONFIG", "app-logs:logs/app.log", "--entity",
                              "EMAIL_ADDRESS", "--reason", "support mailbox logins", "--by", "dpo")
    assert decided.exit_code == 0, decided.output
    rotated.rotate(_lines(ALPHA, GAMMA) + f"WARN card holder called from +1 415 555 0101 ip={IP}\n".encode())
    day2 = _mails(rotated.scan())
    assert set(day2) == {"logs/app.log", "logs/app.log.1", "logs/app.log.2.gz"}
    assert all(f["review"]["decision"] == "accept" for found in day2.values() for f in found)
    (live,) = day2["logs/app.log"]
    assert live["count"] == 2                          # GAMMA is one more line of a known (file, field, entity)

    result = rotated.piiscan("diff", "CONFIG", "--fail-on", "new-undeclared")
    assert result.exit_code == 1, result.output         # a phone number is new in the set, and undeclared
    assert result.output.startswith("scan 1 -> scan 2: 1 new undeclared, 2 new, 0 resolved"), result.output
    undeclared, new = result.output.split("NEW UNDECLARED (1):", 1)[1].split("New (1):", 1)
    assert "logs/app.log  PHONE_NUMBER" in undeclared and "logs/app.log#ip  IP_ADDRESS" in new.split("Resolved")[0]
    _assert_no_planted_value(result.output, *_outputs(rotated.outs[-1]))


def test_the_record_of_processing_holds_one_store_per_rotated_set(rotated):
    rotated.scan()
    rotated.rotate(_lines(ALPHA))
    rotated.scan()
    out = rotated.outs[-1]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    stores = {(r["store"], r["store_set"]) for r in report["stores"]}
    assert {s for s, _ in stores} == {"logs/app.log", "logs/app.log.1", "logs/app.log.2.gz"}
    assert {s for _, s in stores} == {"logs/app.log"}

    md = (out / "report.md").read_text(encoding="utf-8")
    head, record = md.split("## Record of processing", 1)
    record = record.split("## Problems", 1)[0]
    assert "app-logs: logs/app.log |" in record and "logs/app.log.1" not in record and ".gz" not in record
    assert "logs/app.log.2.gz" in head                       # the per-store tables keep the real files

    html = (out / "report.html").read_text(encoding="utf-8")
    processing = html.split('id="processing"', 1)[1].split("</section>", 1)[0]
    findings = html.split('id="findings"', 1)[1]
    assert "app-logs: logs/app.log<" in processing
    assert "app.log.1" not in processing and ".gz" not in processing
    assert "logs/app.log.2.gz" in findings and "logs/app.log.1" in findings


# -- the keys themselves -------------------------------------------------------------------------


def _finding(location: dict[str, Any], store: str, fingerprint: str = "hmac-sha256:ab") -> Finding:
    return Finding("app-logs", "logs", store, location, "EMAIL_ADDRESS", "email", "undeclared", [], 0.9, 1, 1,
                   "pattern", "not declared", "u***@example.com", fingerprint)


@pytest.mark.parametrize(("location", "key"), [
    ({"path": "logs/app.log.2.gz", "line": 7}, "logs/app.log"),
    ({"path": "logs/access.log-20261128.gz", "line": 1}, "logs/access.log"),
    ({"path": "logs/v1.2.log", "line": 3}, "logs/v1.2.log"),
    ({"table": "users", "column": "email"}, "users.email"),
    ({"path": "mail/box.mbox.1", "message_id": "<m1@example.com>", "part": "body"},
     "mail/box.mbox.1#<m1@example.com>/body"),
    ({"path": "logs/app.log.2.gz", "field": "client.ip"}, "logs/app.log#client.ip"),     # rolled up
    ({"path": "logs/app.log.1", "field": None}, "logs/app.log"),
    ({"path": "mail/box.mbox", "part": "body"}, "mail/box.mbox#body"),
])
def test_stable_location_folds_log_files_only(location, key):
    assert stable_location(location) == key


def test_a_decision_on_a_key_from_app_log_1_covers_the_same_finding_in_app_log_2_gz():
    seen = _finding({"path": "logs/app.log.1", "line": 4}, "logs/app.log.1")
    later = _finding({"path": "logs/app.log.2.gz", "line": 4}, "logs/app.log.2.gz")
    other = _finding({"path": "logs/other.log", "line": 4}, "logs/other.log")
    decision = for_key("accept", "test account", "dpo", datetime(2026, 11, 28, tzinfo=UTC), finding_key(seen))
    assert reviewed(later, [decision]).review["decision"] == "accept"
    assert reviewed(other, [decision]) is other and other.review is None
    assert reviewed(later, [decision]).location == {"path": "logs/app.log.2.gz", "line": 4}


def test_store_set_groups_log_files_and_leaves_other_stores():
    rotated = _finding({"path": "logs/app.log.3.bz2", "line": 1}, "logs/app.log.3.bz2")
    assert store_set(rotated) == "logs/app.log" and rotated.store == "logs/app.log.3.bz2"
    assert store_set(_finding({"table": "t", "column": "c"}, "shop.1")) == "shop.1"


def _row(key_location: str, location_key: str, fingerprint: str) -> FindingRow:
    return FindingRow(source="app-logs", kind="logs", store=location_key.rsplit(":", 1)[0],
                      location_key=location_key, key_location=key_location, column=False, field="text",
                      entity="EMAIL_ADDRESS", category="email", status="undeclared", purposes=[], score=0.9,
                      count=1, rows_scanned=1, fingerprint=fingerprint, decision=None)


def test_row_location_folds_rows_stored_before_rotation_sets():
    assert row_location("logs/app.log.1", "logs/app.log.1:17", False) == "logs/app.log"     # stored before
    assert row_location("logs/app.log", "logs/app.log.2.gz:17", False) == "logs/app.log"    # stored after
    assert row_location("users.email", "users.email", True) == "users.email"
    mail = "mail/a.mbox.1#<x@example.com:25>/body"
    assert row_location(mail, mail, False) == mail


def test_diff_against_a_scan_stored_before_folding_sees_no_rotation():
    ok = [ScanSource(name="app-logs", kind="logs", status="ok", partial=False)]
    before = [_row("logs/app.log", "logs/app.log:1", "hmac-sha256:aa"),
              _row("logs/app.log.1", "logs/app.log.1:1", "hmac-sha256:bb")]          # the old, per-file key
    after = [_row("logs/app.log", "logs/app.log.1:1", "hmac-sha256:aa"),
             _row("logs/app.log", "logs/app.log.2.gz:1", "hmac-sha256:bb")]
    d = diff_scans(1, before, ok, 2, after, ok)
    assert d.new == [] and d.resolved == [] and d.changed == [] and d.new_undeclared == []
    elsewhere = _row("logs/other.log", "logs/other.log:1", "hmac-sha256:bb")
    moved = diff_scans(1, before, ok, 2, [*after, elsewhere], ok)
    assert [e.location for e in moved.new] == ["logs/other.log"]


def test_a_decision_stored_per_file_before_folding_still_holds_after_rotation(rotated):
    import sqlite3
    day1 = _mails(rotated.scan())
    (beta,) = day1["logs/app.log.1"]
    assert rotated.piiscan("review", "accept", "CONFIG", beta["fingerprint"], "--reason", "test account").exit_code == 0
    with sqlite3.connect(rotated.root / "inventory.db") as db:      # as an older piiscan stored it
        assert db.execute("UPDATE piiscan_review_decisions SET location = 'logs/app.log.1'").rowcount == 1
    rotated.rotate(_lines(ALPHA))
    (moved,) = _mails(rotated.scan())["logs/app.log.2.gz"]
    assert moved["review"]["decision"] == "accept"
