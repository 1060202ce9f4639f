"""The inventory store: URL resolution, migrations at open, what a recorded scan holds (and never holds)."""

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from scanner.config import load_config
from scanner.errors import ConfigError
from scanner.inventory import migrate
from scanner.inventory.store import Inventory, resolve_url
from scanner.rotation import rotation_base


def test_relative_sqlite_url_resolves_against_the_config_folder(tmp_path):
    assert resolve_url("sqlite:///inventory.db", tmp_path).database == str(tmp_path / "inventory.db")
    assert resolve_url("sqlite:////abs/inv.db", tmp_path).database == "/abs/inv.db"
    assert resolve_url("sqlite://", tmp_path).database in (None, "")


def test_open_applies_the_migrations(estate):
    with Inventory.open(load_config(estate.config)) as inv:
        assert migrate.current(inv.engine) == "0003"
        tables = set(sa.inspect(inv.engine).get_table_names())
    assert {"piiscan_scans", "piiscan_scan_sources", "piiscan_findings", "piiscan_review_decisions",
            migrate.VERSION_TABLE} <= tables
    assert (estate.root / "inventory.db").exists()


def test_a_bad_inventory_url_is_a_config_error_before_scanning(estate):
    estate.config.write_text(estate.config.read_text().replace("sqlite:///inventory.db", "nosuchdb://x"))
    result = estate.piiscan("scan", "CONFIG", "--out", str(estate.root / "o"), "--no-nlp", "--workers", "1")
    assert result.exit_code == 2
    assert "inventory" in result.output and not (estate.root / "o").exists()
    with pytest.raises(ConfigError):
        Inventory.open(load_config(estate.config))


def test_a_scan_is_recorded_with_sources_and_findings(estate):
    result, findings = estate.scan()
    assert result.exit_code == 0, result.output
    with Inventory.open(load_config(estate.config)) as inv:
        (scan,) = inv.history()
        rows = inv.findings(scan.id)
    assert scan.complete and scan.full and scan.findings == len(findings) > 0
    assert scan.undeclared == sum(f["status"] == "undeclared" for f in findings) > 0
    assert scan.sources == {"shop-db": "ok", "app-logs": "ok", "support-mail": "ok"}
    assert {r.fingerprint for r in rows} == {f["fingerprint"] for f in findings}
    log_rows = [r for r in rows if r.kind == "logs"]
    assert log_rows and all(r.key_location.startswith(rotation_base(r.location_key.split("#")[0])) for r in log_rows)
    assert {r.key_location.split("#")[0] for r in log_rows} == {"logs/app.log", "logs/events.jsonl"}   # one set
    assert all(r.column for r in log_rows)                       # a rolled-up finding: its location is its identity


def test_the_inventory_never_holds_a_planted_value(estate):
    estate.scan()
    estate.piiscan("review", "suppress", "CONFIG", "app-logs:logs/*", "--reason", "rotated weekly", "--by", "qa")
    estate.scan()
    with sqlite3.connect(estate.root / "inventory.db") as con:
        text = "\n".join(repr(row) for table in ("piiscan_scans", "piiscan_scan_sources", "piiscan_findings",
                                                 "piiscan_review_decisions")
                         for row in con.execute(f"SELECT * FROM {table}"))  # noqa: S608 - fixed names
    assert "hmac-sha256:" in text
    leaks = [v for v in estate.manifest.values if len(v) >= 4 and v in text]
    assert not leaks, f"{len(leaks)} planted values are in the inventory"


def test_history_command_lists_scans_with_counts(estate):
    estate.scan()
    estate.scan("--source", "app-logs")
    result = estate.piiscan("history", "CONFIG")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[1].split()[0] == "1" and lines[2].split()[0] == "2"
    assert "complete*" in lines[2] and "partial selection" in lines[-1]


def test_history_without_inventory_is_a_usage_error(tmp_path, estate):
    estate.config.write_text(estate.config.read_text().replace("inventory: sqlite:///inventory.db\n", ""))
    result = estate.piiscan("history", "CONFIG")
    assert result.exit_code == 2 and "inventory" in result.output
    assert not Path(estate.root / "inventory.db").exists()


def test_the_migrations_build_exactly_the_models(estate):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from scanner.inventory.models import Base
    with Inventory.open(load_config(estate.config)) as inv, inv.engine.connect() as con:
        context = MigrationContext.configure(con, opts={"version_table": migrate.VERSION_TABLE})
        assert compare_metadata(context, Base.metadata) == []
