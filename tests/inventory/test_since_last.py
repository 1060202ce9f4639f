"""``scan --since-last``: a scheduled scan reads what is new in each log file, across rotation and
compression, and its findings still describe every file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sample_data import POLICY
from scanner.commands import cli
from scanner.connectors import logs as logs_module
from scanner.connectors.logs import LogConnector

from .conftest import LOGS_CONFIG as CONFIG


def _lines(first: int, count: int) -> str:
    """Log lines numbered from ``first``; every 50th holds a (fake) e-mail address."""
    return "".join(f"2026-11-28T00:00:00Z INFO req {n} ok" + (f" by user{n}@example.com" if n % 50 == 0 else "") + "\n"
                   for n in range(first, first + count))


class Estate:
    def __init__(self, root: Path):
        self.root, self.runs = root, 0
        (root / "logs").mkdir()
        (root / "policy.yaml").write_bytes(POLICY.read_bytes())
        (root / "piiscan.yaml").write_text(CONFIG, encoding="utf-8")

    def scan(self, *args: str) -> tuple[dict[str, dict], list[dict]]:
        """Findings per file (e-mail only) and occurrences of one scan."""
        self.runs += 1
        out = self.root / f"out{self.runs}"
        result = CliRunner().invoke(cli, ["scan", str(self.root / "piiscan.yaml"), "--out", str(out), "--no-nlp",
                                          "--workers", "1", "--occurrences", *args])
        assert result.exit_code == 0, result.output
        findings = [json.loads(x) for x in (out / "findings.jsonl").open(encoding="utf-8")]
        occurrences = [json.loads(x) for x in (out / "occurrences.jsonl").open(encoding="utf-8")]
        return {f["location"]["path"]: f for f in findings if f["entity"] == "EMAIL_ADDRESS"}, occurrences

    def diff(self) -> int:
        return CliRunner().invoke(cli, ["diff", str(self.root / "piiscan.yaml"), "--fail-on", "new-undeclared"]).exit_code


@pytest.fixture
def estate(tmp_path: Path) -> Estate:
    return Estate(tmp_path)


def test_one_percent_more_lines_are_all_a_second_scan_analyses(estate):
    log = estate.root / "logs" / "app.log"
    log.write_text(_lines(1, 10_000), encoding="utf-8")
    first, _ = estate.scan()
    assert first["logs/app.log"]["count"] == 200
    with log.open("a", encoding="utf-8") as fh:
        fh.write(_lines(10_001, 100))                     # 1% more
    again, occurrences = estate.scan("--since-last")
    assert [o["location"]["line"] for o in occurrences] == [10_050, 10_100]      # only the new lines analysed
    mail = again["logs/app.log"]
    assert (mail["count"], mail["rows_scanned"]) == (202, 10_100)                # yet the file is described whole
    assert mail["lines"]["first"] == 50 and mail["lines"]["last"] == 10_100
    assert estate.diff() == 0


def test_rotation_and_compression_are_not_read_again(estate):
    logs = estate.root / "logs"
    (logs / "app.log").write_text(_lines(1, 500), encoding="utf-8")
    estate.scan()
    (logs / "app.log").rename(logs / "app.log.1")                           # logrotate
    (logs / "app.log").write_text(_lines(501, 100), encoding="utf-8")
    day2, occurrences = estate.scan("--since-last")
    assert {o["location"]["path"] for o in occurrences} == {"logs/app.log"}  # app.log.1 was read yesterday
    assert (day2["logs/app.log.1"]["count"], day2["logs/app.log"]["count"]) == (10, 2)
    assert day2["logs/app.log.1"]["lines"]["first"] == 50
    assert estate.diff() == 0                                               # rotation is no news

    (logs / "app.log.2.gz").write_bytes(gzip.compress((logs / "app.log.1").read_bytes()))
    (logs / "app.log.1").unlink()
    (logs / "app.log").rename(logs / "app.log.1")
    (logs / "app.log").write_text(_lines(601, 50) + "WARN reset for mallory@example.org\n", encoding="utf-8")
    day3, occurrences = estate.scan("--since-last")
    assert sorted({o["location"]["path"] for o in occurrences}) == ["logs/app.log"]
    assert {p: f["count"] for p, f in day3.items()} == {"logs/app.log.2.gz": 10, "logs/app.log.1": 2,
                                                        "logs/app.log": 2}


def test_a_file_shorter_than_its_mark_is_read_from_the_start(estate):
    log = estate.root / "logs" / "app.log"
    log.write_text(_lines(1, 300), encoding="utf-8")
    estate.scan()
    log.write_text(_lines(1, 100), encoding="utf-8")                # truncated in place (copytruncate)
    again, occurrences = estate.scan("--since-last")
    assert again["logs/app.log"]["count"] == 2 and len(occurrences) == 2


def test_a_resumed_plain_file_is_read_from_its_offset(tmp_path, monkeypatch):
    """A seek, not a re-read: the bytes a resumed file costs are the new ones."""
    log = tmp_path / "app.log"
    log.write_text(_lines(1, 5000), encoding="utf-8")
    first = LogConnector({"name": "a", "type": "logs", "paths": ["app.log"]}, tmp_path)
    list(first.iter_chunks())
    old_size = log.stat().st_size
    with log.open("a", encoding="utf-8") as fh:
        fh.write(_lines(5001, 50))
    read: list[int] = []
    real_blocks = logs_module.iter_blocks

    def counting_blocks(path, block_size=1 << 20, start=0):
        for block in real_blocks(path, block_size, start=start):
            read.append(len(block))
            yield block

    monkeypatch.setattr(logs_module, "iter_blocks", counting_blocks)
    second = LogConnector({"name": "a", "type": "logs", "paths": ["app.log"]}, tmp_path)
    second.resume(first.state())
    chunks = list(second.iter_chunks())
    assert sum(read) == log.stat().st_size - old_size
    assert [(c.location["line"], len(c.values)) for c in chunks] == [(5001, 50)]
    assert second.state()["marks"][0]["lines"] == 5050


def test_since_last_needs_an_inventory(tmp_path):
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    (tmp_path / "piiscan.yaml").write_text(CONFIG.replace("inventory: sqlite:///inventory.db\n", ""), encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", str(tmp_path / "piiscan.yaml"), "--since-last", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "--since-last needs an inventory" in result.output


def _message(n: int) -> str:
    return (f"From sender{n}@example.com Sat Nov 28 00:00:00 2026\nFrom: sender{n}@example.com\nTo: support@example.com\n"
            f"Subject: order {n}\nMessage-ID: <m{n}@example.com>\n\nPlease call me back, reply to sender{n}@example.com\n\n")


def test_mail_already_read_is_skipped_by_message_id_and_the_mailbox_still_counts_it(estate):
    (estate.root / "piiscan.yaml").write_text(
        CONFIG.replace('type: logs\n    paths: ["logs/app.log*"]\n    purposes: [security]',
                       'type: email\n    paths: ["mail/*.mbox"]\n    purposes: [customer_service]'), encoding="utf-8")
    box = estate.root / "mail" / "support.mbox"
    box.parent.mkdir()
    box.write_text("".join(_message(n) for n in range(1, 4)), encoding="utf-8")
    estate.scan()
    with box.open("a", encoding="utf-8") as fh:
        fh.write(_message(4))
    again, occurrences = estate.scan("--since-last")
    assert {o["location"]["message_id"] for o in occurrences} == {"<m4@example.com>"}   # only the new message
    assert "mail/support.mbox" in again
    findings = [json.loads(x) for x in (estate.root / "out2" / "findings.jsonl").open(encoding="utf-8")]
    mails = {f["location"]["part"]: (f["count"], f["rows_scanned"], len(f["messages"]["sample"]))
             for f in findings if f["entity"] == "EMAIL_ADDRESS"}
    assert mails == {"headers": (4, 4, 4), "body": (4, 4, 4)}             # every message, the old ones carried
    assert estate.diff() == 0
