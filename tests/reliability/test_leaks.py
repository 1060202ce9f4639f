"""No leak: planted values and a DB password never appear in any output, log line or error, at -vv."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from sample_data.generate import build_estate
from scanner.commands import cli
from scanner.connectors import Chunk, Connector, register
from tests.db_fixtures import PG_URL

from .conftest import PLANTED_EMAIL, PLANTED_IMEI, PLANTED_PASSWORD, logs_source, mail_source, run_piiscan

PLANTED = (PLANTED_EMAIL, PLANTED_IMEI, PLANTED_PASSWORD)


class ExplodingConnector(Connector):
    """Yields one chunk, then fails with a message that holds a raw value."""

    kind = "exploding"

    def describe(self) -> str:
        return "a connector that raises"

    def iter_chunks(self) -> Iterator[Chunk]:
        yield Chunk(store="notes", location={"path": "notes", "line": 1}, values=[f"mail {PLANTED_EMAIL}"])
        raise ValueError(f"bad {PLANTED_EMAIL}")


@pytest.fixture
def planted(estate):
    """Planted values in a SQLite db, a log and an mbox, plus a PostgreSQL source with a wrong password."""
    with closing(sqlite3.connect(estate.root / "shop.db")) as conn:
        conn.executescript("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, imei TEXT);")
        conn.execute("INSERT INTO users VALUES (1, ?, ?)", (PLANTED_EMAIL, PLANTED_IMEI))
        conn.commit()
    estate.write("logs/app.log", f"login {PLANTED_EMAIL} imei={PLANTED_IMEI}\n")
    estate.write("mail/support.mbox", f"From a@example.com Mon Jan  1 00:00:00 2024\nFrom: {PLANTED_EMAIL}\n"
                                      f"Message-ID: <m1@example.com>\n\nmy imei is {PLANTED_IMEI}\n")
    wrong = sa.make_url(PG_URL).set(username="piiscan_nobody", password=PLANTED_PASSWORD)
    estate.config({"name": "shop-db", "type": "sql", "url": "sqlite:///shop.db", "purposes": ["registration"]},
                  {"name": "remote-db", "type": "sql", "url": wrong.render_as_string(hide_password=False),
                   "purposes": ["registration"]},
                  logs_source("logs/*.log"), mail_source("mail/*.mbox"))
    return estate


def assert_no_planted(text: str) -> None:
    for value in PLANTED:
        assert value not in text, "a planted value leaked"          # the value itself stays out of the message


def test_scan_and_check_at_highest_verbosity_leak_nothing(planted, tmp_path):
    scan = run_piiscan(["-vv", "scan", "piiscan.yaml", "--out", str(tmp_path / "scan"), "--no-nlp", "--workers", "2"],
                       cwd=planted.root, out=tmp_path / "scan")
    scan.assert_incomplete()                                   # remote-db cannot connect
    assert "piiscan: INFO" in scan.stderr and "piiscan: ERROR remote-db" in scan.stderr
    assert {f["source"] for f in scan.findings()} == {"shop-db", "app-logs", "support-mail"}
    assert_no_planted(scan.everything_written())
    check = run_piiscan(["-vv", "check", "piiscan.yaml", "--out", str(tmp_path / "check"), "--no-nlp",
                         "--workers", "1", "--source", "shop-db", "--source", "remote-db"],
                        cwd=planted.root, out=tmp_path / "check")
    assert check.exit_code == 3 and "remote-db" in check.stderr
    assert_no_planted(check.everything_written())


def test_unexpected_connector_exception_records_only_its_type(estate, caplog):
    register("exploding", ExplodingConnector)
    estate.config({"name": "boom", "type": "exploding", "purposes": ["security"]})
    caplog.set_level(logging.DEBUG)
    run = estate.scan()
    run.assert_incomplete()
    assert run.source("boom")["error"] == "unexpected ValueError while reading the source"
    assert [o["location"] for o in run.occurrences()] == [{"path": "notes", "line": 1}]   # read before the failure
    logged = "\n".join([caplog.text, *(r.getMessage() for r in caplog.records)])
    assert not any(r.exc_info for r in caplog.records)
    assert PLANTED_EMAIL not in logged
    assert PLANTED_EMAIL not in run.everything_written()


def test_demo_leaks_none_of_its_planted_values(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    result = CliRunner().invoke(cli, ["-vv", "demo", "--out", str(tmp_path / "demo"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    _, manifest = build_estate(tmp_path / "again")                 # the same seed plants the same values
    written = "\n".join([result.stdout, result.stderr, caplog.text,
                         *(p.read_bytes().decode("utf-8", "replace") for p in (tmp_path / "demo" / "report").iterdir())])
    leaked = [v for v in manifest.values if len(v) >= 6 and v in written]
    assert not leaked, f"{len(leaked)} planted values leaked"
