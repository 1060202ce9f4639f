"""``piiscan check --since-last`` on real SQLite, PostgreSQL and MariaDB databases.

What changed since the baseline is checked again, and only that: a retyped column is re-checked and
its findings reported; on a table that gained a column, findings on the columns it already had are
left out. Each test works on its own table (``include:``) of the module's scratch database. Every
value is fake: ``example.com`` addresses and 555-0100..0199 numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from click.testing import CliRunner

from scanner.commands import cli
from tests.db_fixtures import unique_name

POLICY = """\
version: 1
name: Since-last test policy
categories:
  contact: {entities: [EMAIL_ADDRESS], ref: "C-1"}
  phone:   {entities: [PHONE_NUMBER], ref: "T-2"}
purposes:
  analytics: {ref: "P-1", categories: []}
"""
ROWS = 10


def _estate(root: Path, url: str, table: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "policy.yaml").write_text(POLICY, encoding="utf-8")
    config = root / "piiscan.yaml"
    config.write_text("version: 1\npolicy: policy.yaml\nsources:\n  - name: app\n    type: sql\n"
                      f"    url: {json.dumps(url)}\n    include: [{json.dumps(table)}]\n    purposes: [analytics]\n",
                      encoding="utf-8")
    return config


def _run(engine: sa.Engine, *statements: str) -> None:
    with engine.begin() as conn:
        for stmt in statements:
            conn.exec_driver_sql(stmt)


def _check(config: Path, out: Path, *flags: str) -> tuple[int, list[tuple[str, str, str, str, str]]]:
    """Exit code and (table, column, entity, status, evidence) of every finding."""
    result = CliRunner().invoke(cli, ["check", str(config), "--out", str(out), "--workers", "1", "--no-nlp",
                                      "--since-last", *flags], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    findings = [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    return result.exit_code, sorted((f["location"]["table"], f["location"]["column"], f["entity"], f["status"],
                                     f["evidence"]) for f in findings)


def _baseline(config: Path, out: Path) -> None:
    """Record the current schema (the gate is off: the first check sees every table as new)."""
    code, _ = _check(config, out, "--update-baseline", "--fail-on", "never")
    assert code == 0 and (config.parent / "piiscan-baseline.json").exists()
    again = out.with_name(out.name + "-again")
    assert _check(config, again) == (0, [])     # nothing changed: nothing checked, and the report says so
    check = _report_check(again)
    assert check["checked"] == {"app": {}} and check["skipped"] == {"app": [_table_of(config)]}
    assert check["baseline"]["found"] is True


def _report_check(out: Path) -> dict:
    """What report.json says the check looked at."""
    return json.loads((out / "report.json").read_text(encoding="utf-8"))["scan"]["check"]


def _table_of(config: Path) -> str:
    return json.loads(config.read_text(encoding="utf-8").split("include: [", 1)[1].split("]", 1)[0])


def _retype(engine: sa.Engine, table: str, column: str, new_type: str) -> None:
    quote = engine.dialect.identifier_preparer.quote
    t, c = quote(table), quote(column)
    if engine.dialect.name == "postgresql":
        _run(engine, f"ALTER TABLE {t} ALTER COLUMN {c} TYPE {new_type}")
    elif engine.dialect.name in ("mysql", "mariadb"):
        _run(engine, f"ALTER TABLE {t} MODIFY {c} {new_type}")
    else:                                   # SQLite cannot retype a column: rebuild the table
        old = quote(f"{table}_old")
        _run(engine, f"ALTER TABLE {t} RENAME TO {old}",
             f"CREATE TABLE {t} (id INTEGER PRIMARY KEY, {c} {new_type}, note VARCHAR(20))",
             f"INSERT INTO {t} SELECT id, {c}, note FROM {old}", f"DROP TABLE {old}")


def test_a_retyped_column_is_checked_again_and_its_findings_reported(tmp_path, sql_url, sql_admin):
    table = unique_name("retyped")
    quoted = sql_admin.dialect.identifier_preparer.quote(table)
    _run(sql_admin, f"CREATE TABLE {quoted} (id INTEGER PRIMARY KEY, email VARCHAR(20), note VARCHAR(20))",
         *[f"INSERT INTO {quoted} VALUES ({i}, 'u{i}@example.com', 'blue')" for i in range(ROWS)])
    config = _estate(tmp_path, sql_url, table)
    _baseline(config, tmp_path / "o1")
    before = json.loads((tmp_path / "piiscan-baseline.json").read_text(encoding="utf-8"))

    _retype(sql_admin, table, "email", "VARCHAR(200)")
    code, findings = _check(config, tmp_path / "o2")
    assert (code, findings) == (1, [(table, "email", "EMAIL_ADDRESS", "undeclared", "u*@*******.***")])
    check = _report_check(tmp_path / "o2")
    assert list(check["checked"]["app"]) == [table] and check["checked"]["app"][table]["columns"] == ["email"]
    assert check["checked"]["app"][table]["reason"] == "new or retyped columns" and check["skipped"] == {"app": []}
    assert json.loads((tmp_path / "piiscan-baseline.json").read_text(encoding="utf-8")) == before   # gate failed


def test_only_the_new_column_of_a_changed_table_is_reported(tmp_path, sql_url, sql_admin):
    table = unique_name("grown")
    quoted = sql_admin.dialect.identifier_preparer.quote(table)
    _run(sql_admin, f"CREATE TABLE {quoted} (id INTEGER PRIMARY KEY, email VARCHAR(80))",
         *[f"INSERT INTO {quoted} VALUES ({i}, 'u{i}@example.com')" for i in range(ROWS)])
    config = _estate(tmp_path, sql_url, table)
    _baseline(config, tmp_path / "o1")

    _run(sql_admin, f"ALTER TABLE {quoted} ADD COLUMN phone VARCHAR(40)",
         *[f"UPDATE {quoted} SET phone = '+1 202-555-01{i}5' WHERE id = {i}" for i in range(ROWS)])
    code, findings = _check(config, tmp_path / "o2")
    assert (code, findings) == (1, [(table, "phone", "PHONE_NUMBER", "undeclared", "+1 ***-***-***5")])
    assert "example.com" not in (tmp_path / "o2" / "findings.jsonl").read_text(encoding="utf-8")
