"""A scheduled scan twice over a changing estate: the diff shows what appeared, went and changed."""

import sqlite3

import pytest

from sample_data.fake import Faker
from scanner.config import load_config
from scanner.inventory.ops import diff
from scanner.inventory.store import Inventory


def _change_the_estate(db, config):
    """A release: a new table, deleted rows, and a dropped table taken out of the config with it
    (a ``tables:`` key naming no table is an error)."""
    config.write_text(config.read_text(encoding="utf-8").replace("      support_tickets: [customer_service]\n", ""),
                      encoding="utf-8")
    fake = Faker(99)
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE partner_devices (id INTEGER PRIMARY KEY, handset_imei TEXT, seen_ip TEXT)")
        con.executemany("INSERT INTO partner_devices VALUES (?,?,?)",
                        [(i, fake.imei(), fake.ipv4()) for i in range(40)])
        con.execute("DELETE FROM users WHERE id >= 30")
        con.execute("DROP TABLE support_tickets")


@pytest.fixture
def two_scans(estate):
    first, before = estate.scan()
    _change_the_estate(estate.root / "shop.db", estate.config)
    second, after = estate.scan()
    assert first.exit_code == second.exit_code == 0
    with Inventory.open(load_config(estate.config)) as inv:
        result = diff(inv)
    return result, before, after


def test_new_undeclared_data_in_a_new_table_is_the_headline(two_scans):
    d, _, after = two_scans
    expected = {(f["location"]["table"], f["entity"]) for f in after
                if f["location"].get("table") == "partner_devices" and f["status"] == "undeclared"}
    assert expected, "the new table holds undeclared device identifiers"
    assert {(e.location.split(".")[0], e.entity) for e in d.new_undeclared} == expected
    assert all(e.location.startswith("partner_devices.") for e in d.new)


def test_deleted_rows_change_counts_and_a_dropped_table_is_resolved(two_scans):
    d, before, _ = two_scans
    changed = {(c.after.location, c.after.entity): c for c in d.changed}
    email = changed[("users.email", "EMAIL_ADDRESS")]
    assert "count" in email.fields and email.after.count < email.before.count
    dropped = {(f["location"]["table"] + "." + f["location"]["column"], f["entity"]) for f in before
               if f["location"].get("table") == "support_tickets"}
    assert dropped and {(e.location, e.entity) for e in d.resolved} == dropped


def test_unchanged_findings_are_not_in_the_diff(two_scans):
    d, _, _ = two_scans
    touched = {e.location for e in d.new + d.resolved} | {c.after.location for c in d.changed}
    assert not any(t.startswith(("devices.", "marketing_leads.", "logs/", "mail/")) for t in touched)


def test_diff_command_headline_and_gate(estate):
    estate.scan()
    _change_the_estate(estate.root / "shop.db", estate.config)
    estate.scan()
    result = estate.piiscan("diff", "CONFIG", "--fail-on", "new-undeclared")
    assert result.exit_code == 1
    head = result.output.splitlines()
    assert head[0].startswith("scan 1 -> scan 2:") and head[1].startswith("NEW UNDECLARED (")
    assert "partner_devices." in head[2]
    estate.piiscan("review", "accept", "CONFIG", "shop-db:partner_devices.*", "--reason", "DPA signed", "--by", "dpo")
    estate.scan()
    again = estate.piiscan("diff", "CONFIG", "1", "3", "--fail-on", "new-undeclared")
    assert again.exit_code == 0, again.output
    assert "NEW UNDECLARED: none" in again.output


def test_a_failed_source_is_not_compared(estate):
    estate.scan()
    (estate.root / "shop.db").write_bytes(b"not a database")
    result, _ = estate.scan()
    assert result.exit_code == 3
    out = estate.piiscan("diff", "CONFIG")
    assert out.exit_code == 0
    assert "Resolved: none" in out.output and "not compared: shop-db" in out.output


def test_diff_needs_two_scans(estate):
    estate.scan()
    result = estate.piiscan("diff", "CONFIG")
    assert result.exit_code == 2 and "two scans" in result.output


def test_default_diff_skips_partial_scans(estate):
    estate.scan()
    checked = estate.piiscan("check", "CONFIG", "--out", str(estate.root / "chk"), "--no-nlp", "--workers", "1",
                             "--table", "users", "--fail-on", "never")
    assert checked.exit_code == 0, checked.output
    estate.scan()
    history = estate.piiscan("history", "CONFIG").output.splitlines()
    assert "complete*" in history[2]
    result = estate.piiscan("diff", "CONFIG")
    assert result.output.startswith("scan 1 -> scan 3: 0 new undeclared, 0 new, 0 resolved, 0 changed")
