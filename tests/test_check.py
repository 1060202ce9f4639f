"""``piiscan check`` as a pre-release gate: passes, then fails after a migration adds undeclared data."""

import json
import sqlite3
import uuid

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from sample_data import POLICY
from scanner.commands import cli
from tests.db_fixtures import PG_URL, server_unavailable


def _sqlite(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    sqlite3.connect(tmp_path / "app.db").close()
    return url, None


def _postgres(tmp_path):
    schema = f"chk_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(PG_URL)
    down = None
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError as exc:
        down = exc
    if down is not None:                        # server down: skip here, fail under CI
        engine.dispose()
        server_unavailable(PG_URL, down)
    return f"{PG_URL}?options=-csearch_path%3D{schema}", (engine, schema)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request, tmp_path):
    url, cleanup = {"sqlite": _sqlite, "postgresql": _postgres}[request.param](tmp_path)
    yield url
    if cleanup:
        engine, schema = cleanup
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def _migrate(url: str, *statements: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for stmt in statements:
            conn.execute(sa.text(stmt))
    engine.dispose()


def _check(config, out, *flags):
    return CliRunner().invoke(cli, ["check", str(config), "--out", str(out), "--workers", "1", "--no-nlp", *flags])


def test_gate_passes_then_fails_when_a_migration_adds_an_undeclared_column(tmp_path, database):
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    config = tmp_path / "piiscan.yaml"
    config.write_text("version: 1\npolicy: policy.yaml\nsources:\n  - name: app\n    type: sql\n"
                      f"    url: \"{database}\"\n    purposes: [security]\n    tables:\n"
                      "      contacts: [customer_service]\n", encoding="utf-8")
    _migrate(database, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, email VARCHAR(80))",
             *[f"INSERT INTO contacts VALUES ({i}, 'user{i}@example.org')" for i in range(20)])
    first = _check(config, tmp_path / "o1", "--since-last", "--update-baseline")
    assert first.exit_code == 0, first.output
    baseline = json.loads((tmp_path / "piiscan-baseline.json").read_text())
    assert baseline["sources"]["app"]["contacts"] == {"columns": {"id": "INTEGER", "email": "VARCHAR(80)"},
                                                      "purposes": ["customer_service"]}

    unchanged = _check(config, tmp_path / "o2", "--since-last")
    assert unchanged.exit_code == 0 and (tmp_path / "o2" / "findings.jsonl").read_text() == ""

    _migrate(database, "CREATE TABLE sessions (id INTEGER PRIMARY KEY, note VARCHAR(20))",
             "ALTER TABLE sessions ADD COLUMN owner_email VARCHAR(80)",
             *[f"INSERT INTO sessions VALUES ({i}, 'n', 'owner{i}@example.org')" for i in range(20)])
    gate = _check(config, tmp_path / "o3", "--since-last", "--update-baseline")
    assert gate.exit_code == 1
    findings = [json.loads(line) for line in (tmp_path / "o3" / "findings.jsonl").read_text().splitlines()]
    assert [(f["location"]["table"], f["location"]["column"], f["status"]) for f in findings] == [
        ("sessions", "owner_email", "undeclared")]
    assert "sessions" not in json.loads((tmp_path / "piiscan-baseline.json").read_text())["sources"]["app"]
    assert "owner0@example.org" not in (tmp_path / "o3" / "findings.jsonl").read_text()


def test_named_tables_only(tmp_path):
    url, _ = _sqlite(tmp_path)
    _migrate(url, "CREATE TABLE a (x TEXT)", "CREATE TABLE b (y TEXT)",
             *[f"INSERT INTO a VALUES ('a{i}@example.org')" for i in range(5)],
             *[f"INSERT INTO b VALUES ('b{i}@example.org')" for i in range(5)])
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    config = tmp_path / "piiscan.yaml"
    config.write_text(f"version: 1\npolicy: policy.yaml\nsources:\n  - name: app\n    type: sql\n    url: {url}\n"
                      "    purposes: [security]\n", encoding="utf-8")
    result = _check(config, tmp_path / "o", "--table", "b")
    assert result.exit_code == 1
    tables = {json.loads(line)["location"]["table"] for line in (tmp_path / "o" / "findings.jsonl").open()}
    assert tables == {"b"}
