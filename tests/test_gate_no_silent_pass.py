"""The pre-release gate as a CI engineer meets it: empty scratch databases, typos, missing files.

Every test runs ``piiscan check`` (or ``scan``) through the CLI against a real, empty database
on SQLite, PostgreSQL and MariaDB, the way a pipeline runs it after ``alembic upgrade head``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from sample_data import POLICY
from scanner.commands import cli
from scanner.connectors.sql import list_columns
from tests.db_fixtures import SQL_ENGINES, scratch_database

CONFIG = """version: 1
policy: policy.yaml
sources:
  - name: app
    type: sql
    url: "{url}"
    purposes: [security]
    tables:
{tables}"""


@pytest.fixture(params=SQL_ENGINES)
def db(request, tmp_path) -> str:
    """An empty database on each engine, private to the test."""
    with scratch_database(request.param, tmp_path) as url:
        yield url


def _sql(url: str, *statements: str) -> None:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    engine.dispose()


def _config(tmp_path: Path, url: str, tables: str = "      customers: [registration]\n") -> Path:
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    path = tmp_path / "piiscan.yaml"
    path.write_text(CONFIG.format(url=url, tables=tables), encoding="utf-8")
    return path


def _run(*args: str):
    return CliRunner().invoke(cli, [*args, "--workers", "1", "--no-nlp", "--no-progress"])


def _check(config: Path, out: Path, *flags: str):
    return _run("check", str(config), "--out", str(out), *flags)


def _findings(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]


CUSTOMERS = "CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(80))"
LEADS = ("CREATE TABLE marketing_leads (id INTEGER PRIMARY KEY, full_name VARCHAR(80), email VARCHAR(80), "
         "mobile_phone VARCHAR(20), birthday DATE, imei BIGINT, campaign VARCHAR(40))")


def test_an_empty_new_table_fails_the_gate_before_any_data_arrives(tmp_path, db):
    _sql(db, CUSTOMERS)
    config = _config(tmp_path, db)
    first = _check(config, tmp_path / "o1", "--since-last", "--update-baseline")
    assert first.exit_code == 0, first.output

    _sql(db, LEADS)                                   # the migration under review: no rows in CI
    gate = _check(config, tmp_path / "o2", "--since-last")
    assert gate.exit_code == 1, gate.output
    found = {f["location"]["column"]: f for f in _findings(tmp_path / "o2")}
    assert {c: f["entity"] for c, f in found.items()} == {
        "full_name": "PERSON", "email": "EMAIL_ADDRESS", "mobile_phone": "PHONE_NUMBER",
        "birthday": "DATE_OF_BIRTH", "imei": "IMEI"}
    for column, finding in found.items():
        assert finding["reason"].startswith(f"name only: '{column}'"), finding["reason"]
        assert "the table is empty" in finding["reason"]
        assert finding["count"] == 0 and finding["rows_scanned"] == 0 and finding["evidence"] == ""
        assert finding["score"] < 0.6                 # below every value-based detection
    # security declares device identifiers: only the IMEI column is covered
    assert {c for c, f in found.items() if f["status"] == "undeclared"} == {"full_name", "email", "mobile_phone",
                                                                          "birthday"}
    assert found["birthday"]["score"] > found["email"]["score"]   # a DATE under a birth name is stronger
    assert "checked app: marketing_leads (new table; 7 columns)" in gate.output
    assert "skipped app: 1 tables unchanged since the baseline: customers" in gate.output


def test_a_new_empty_column_on_an_existing_table_fails_the_gate(tmp_path, db):
    _sql(db, CUSTOMERS, *[f"INSERT INTO customers VALUES ({i}, 'user{i}@example.org')" for i in range(5)])
    config = _config(tmp_path, db)
    assert _check(config, tmp_path / "o1", "--since-last", "--update-baseline").exit_code == 0
    _sql(db, "ALTER TABLE customers ADD COLUMN home_address VARCHAR(200)")
    gate = _check(config, tmp_path / "o2", "--since-last")
    assert gate.exit_code == 1, gate.output
    assert [(f["location"]["column"], f["entity"], f["status"]) for f in _findings(tmp_path / "o2")] == [
        ("home_address", "POSTAL_ADDRESS", "undeclared")]
    assert "5 rows, none with a value" in _findings(tmp_path / "o2")[0]["reason"]


def test_values_decide_when_a_column_has_any(tmp_path, db):
    _sql(db, "CREATE TABLE tickets (id INTEGER PRIMARY KEY, phone VARCHAR(20), email VARCHAR(80))",
         *[f"INSERT INTO tickets VALUES ({i}, 'pending', NULL)" for i in range(10)])
    config = _config(tmp_path, db, tables="      tickets: [security]\n")
    result = _check(config, tmp_path / "o")
    assert result.exit_code == 1, result.output
    found = [(f["location"]["column"], f["entity"]) for f in _findings(tmp_path / "o")]
    assert found == [("email", "EMAIL_ADDRESS")]      # 'phone' has values, none of them a phone


def test_a_table_pattern_that_matches_nothing_is_an_error(tmp_path, db):
    _sql(db, CUSTOMERS)
    config = _config(tmp_path, db)
    result = _check(config, tmp_path / "o", "--table", "customer")
    assert result.exit_code == 2, result.output
    assert "--table matches no table: 'customer' (did you mean 'customers'?)" in result.output
    assert not (tmp_path / "o").exists()
    both = _check(config, tmp_path / "o", "--table", "customers", "--table", "nosuch")
    assert both.exit_code == 2 and "'nosuch'" in both.output and "'customers'" not in both.output.split(":")[-1]


def test_a_missing_baseline_file_is_an_error_but_the_default_one_may_be_new(tmp_path, db):
    _sql(db, CUSTOMERS)
    config = _config(tmp_path, db, tables="      customers: [security]\n")
    named = _check(config, tmp_path / "o1", "--since-last", "--baseline", str(tmp_path / "missing.json"))
    assert named.exit_code == 2, named.output
    assert f"{tmp_path / 'missing.json'}: baseline file not found" in named.output
    default = _check(config, tmp_path / "o2", "--since-last")
    assert default.exit_code == 1, default.output                # every table is new: the email column is checked
    assert f"no baseline at {tmp_path / 'piiscan-baseline.json'}: every table counts as new" in default.output


@pytest.mark.parametrize("command", ["scan", "check"])
def test_a_typo_in_a_tables_key_names_the_key_its_line_and_the_nearest_table(tmp_path, db, command):
    _sql(db, CUSTOMERS, "CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    config = _config(tmp_path, db, tables="      orders: [order_placement]\n      cutomers: [registration]\n")
    result = _run(command, str(config), "--out", str(tmp_path / "o"))
    assert result.exit_code == 2, result.output
    assert (f"{config}, key 'sources.app.tables.cutomers', line 10: table 'cutomers' does not exist in source "
            "'app'; did you mean 'customers'?") in result.output
    assert not (tmp_path / "o").exists()


def test_a_change_of_declared_purposes_is_checked_again(tmp_path, db):
    _sql(db, CUSTOMERS, *[f"INSERT INTO customers VALUES ({i}, 'user{i}@example.org')" for i in range(5)])
    config = _config(tmp_path, db)
    assert _check(config, tmp_path / "o1", "--since-last", "--update-baseline").exit_code == 0
    assert _check(config, tmp_path / "o2", "--since-last").exit_code == 0
    config.write_text(config.read_text().replace("customers: [registration]", "customers: [security]"))
    gate = _check(config, tmp_path / "o3", "--since-last")
    assert gate.exit_code == 1, gate.output
    assert "checked app: customers (declared purposes changed; 2 columns)" in gate.output
    assert [(f["location"]["column"], f["status"]) for f in _findings(tmp_path / "o3")] == [("email", "undeclared")]


def test_a_change_of_the_policy_rechecks_every_table_but_its_comments_do_not(tmp_path, db):
    _sql(db, CUSTOMERS, *[f"INSERT INTO customers VALUES ({i}, 'user{i}@example.org')" for i in range(5)])
    config = _config(tmp_path, db)
    assert _check(config, tmp_path / "o1", "--since-last", "--update-baseline").exit_code == 0
    policy = tmp_path / "policy.yaml"
    policy.write_text("# reworded comment\n" + policy.read_text(encoding="utf-8"), encoding="utf-8")
    quiet = _check(config, tmp_path / "o2", "--since-last")
    assert quiet.exit_code == 0 and "checked app: no table" in quiet.output
    text = policy.read_text(encoding="utf-8")
    start = text.index("  registration:")
    policy.write_text(text[:start] + text[start:].replace("social_media, email]", "social_media]", 1),
                      encoding="utf-8")
    gate = _check(config, tmp_path / "o3", "--since-last")
    assert gate.exit_code == 1, gate.output
    assert "the policy's categories or purposes changed since the baseline" in gate.output
    assert "checked app: customers (the policy changed; 2 columns)" in gate.output


def test_update_with_named_tables_keeps_the_other_tables_in_the_baseline(tmp_path, db):
    _sql(db, CUSTOMERS, "CREATE TABLE audit (id INTEGER PRIMARY KEY, action VARCHAR(20))")
    config = _config(tmp_path, db)
    assert _check(config, tmp_path / "o1", "--update-baseline").exit_code == 0
    assert _check(config, tmp_path / "o2", "--table", "audit", "--update-baseline").exit_code == 0
    recorded = json.loads((tmp_path / "piiscan-baseline.json").read_text())
    assert recorded["version"] == 2 and len(recorded["policy_digest"]) == 16
    assert sorted(recorded["sources"]["app"]) == ["audit", "customers"]


def test_a_version_1_baseline_still_reads_and_compares_columns(tmp_path, db):
    _sql(db, CUSTOMERS)
    config = _config(tmp_path, db)
    columns = dict(list_columns(db)["customers"])
    (tmp_path / "piiscan-baseline.json").write_text(json.dumps({"version": 1, "sources": {"app": {
        "customers": columns}}}))
    same = _check(config, tmp_path / "o1", "--since-last")
    assert same.exit_code == 0 and "checked app: no table" in same.output, same.output
    _sql(db, "ALTER TABLE customers ADD COLUMN phone VARCHAR(20)")
    gate = _check(config, tmp_path / "o2", "--since-last")
    assert gate.exit_code == 0, gate.output            # registration declares phone: checked, and declared
    assert "checked app: customers (new or retyped columns; 1 columns)" in gate.output
    assert [f["location"]["column"] for f in _findings(tmp_path / "o2")] == ["phone"]


@pytest.mark.postgres
def test_postgres_types_and_comments_speak_for_empty_columns(tmp_path):
    with scratch_database("postgresql", tmp_path) as url:
        _sql(url, "CREATE TABLE sessions (id INTEGER PRIMARY KEY, origin INET, station MACADDR, c7 VARCHAR(40))",
             "COMMENT ON COLUMN sessions.c7 IS 'customer mobile phone number'")
        config = _config(tmp_path, url, tables="      sessions: [security]\n")
        gate = _check(config, tmp_path / "o")
        assert gate.exit_code == 1, gate.output
        found = {(f["location"]["column"], f["entity"], f["status"]) for f in _findings(tmp_path / "o")}
        assert found == {("origin", "IP_ADDRESS", "declared"), ("station", "MAC_ADDRESS", "declared"),
                         ("c7", "PHONE_NUMBER", "undeclared")}


@pytest.mark.postgres
def test_a_schema_qualified_table_pattern_names_the_default_schemas_table(tmp_path):
    with scratch_database("postgresql", tmp_path) as url:
        _sql(url, CUSTOMERS, *[f"INSERT INTO customers VALUES ({i}, 'user{i}@example.org')" for i in range(5)])
        config = _config(tmp_path, url, tables="      customers: [security]\n")
        for pattern in ("public.customers", "pub*.cust*"):      # what include globs accept selects the table
            result = _check(config, tmp_path / pattern.replace("*", "x"), "--table", pattern)
            assert result.exit_code == 1, result.output
            assert "checked app: customers (named by --table; 2 columns)" in result.output
