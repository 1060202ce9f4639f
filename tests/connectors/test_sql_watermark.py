"""``watermark:`` on a sql source: ``scan --since-last`` reads only the rows past the last scan's mark,
and judges each column on the old and new rows together (SQLite, PostgreSQL, MariaDB)."""

from __future__ import annotations

import datetime
import json

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from sample_data import POLICY
from scanner.commands import cli
from scanner.connectors.sql import SqlConnector
from scanner.errors import ConfigError
from tests.db_fixtures import unique_name

START = datetime.datetime(2026, 11, 1, 12, 0, 0)


def _insert(admin: sa.Engine, table: str, first: int, count: int) -> None:
    with admin.begin() as conn:
        conn.execute(sa.text(f"INSERT INTO {table} (id, email, note, updated_at) VALUES (:id, :email, :note, :at)"),
                     [{"id": i, "email": f"user{i}@example.com", "note": "thanks" if i % 10 else "n/a",
                       "at": START + datetime.timedelta(minutes=i)} for i in range(first, first + count)])


@pytest.fixture
def events(sql_admin: sa.Engine) -> str:
    table = unique_name("events")
    with sql_admin.begin() as conn:
        conn.execute(sa.text(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, email VARCHAR(200), note VARCHAR(200), "
                             "updated_at TIMESTAMP)"))
    _insert(sql_admin, table, 1, 100)
    return table


def _connector(sql_url: str, table: str, tmp_path) -> SqlConnector:
    return SqlConnector({"name": "shop", "type": "sql", "url": sql_url, "include": [table],
                         "watermark": "updated_at", "sample": {"rows": None}}, tmp_path)


def test_only_rows_past_the_watermark_are_read(sql_url, sql_admin, events, tmp_path):
    first = _connector(sql_url, events, tmp_path)
    assert {c.rows_scanned for c in first.iter_chunks()} == {100}
    _insert(sql_admin, events, 101, 5)
    second = _connector(sql_url, events, tmp_path)
    second.resume(first.state())
    chunks = list(second.iter_chunks())
    assert {c.rows_scanned for c in chunks} == {5} and {c.sampling for c in chunks} == {"watermark"}
    assert sorted(v for c in chunks if c.location["column"] == "email" for v in c.values)[0] == "user101@example.com"
    whole = list(_connector(sql_url, events, tmp_path).iter_chunks())               # a read without a watermark
    stamps = {v for c in whole if c.location["column"] == "updated_at" for v in c.values}
    new_stamps = {v for c in chunks if c.location["column"] == "updated_at" for v in c.values}
    assert len(new_stamps) == 5 and new_stamps <= stamps                         # values as every read gives them
    third = _connector(sql_url, events, tmp_path)
    third.resume(second.state())
    assert {c.rows_scanned for c in third.iter_chunks()} == {0}           # nothing new: empty chunks


def test_since_last_judges_a_column_on_old_and_new_rows(sql_url, sql_admin, events, tmp_path):
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    (tmp_path / "piiscan.yaml").write_text(
        f"version: 1\npolicy: policy.yaml\ninventory: sqlite:///inventory.db\nsources:\n  - name: shop\n"
        f"    type: sql\n    url: {json.dumps(sql_url)}\n    include: [{events}]\n    purposes: [registration]\n"
        f"    watermark: updated_at\n", encoding="utf-8")

    def scan(out: str, *args: str) -> dict:
        result = CliRunner().invoke(cli, ["scan", str(tmp_path / "piiscan.yaml"), "--out", str(tmp_path / out),
                                          "--no-nlp", "--workers", "1", *args])
        assert result.exit_code == 0, result.output
        rows = [json.loads(x) for x in (tmp_path / out / "findings.jsonl").open(encoding="utf-8")]
        return {(f["location"]["column"], f["entity"]): (f["count"], f["rows_scanned"]) for f in rows}

    assert scan("a")[("email", "EMAIL_ADDRESS")] == (100, 100)
    _insert(sql_admin, events, 101, 5)
    assert scan("b", "--since-last")[("email", "EMAIL_ADDRESS")] == (105, 105)
    assert scan("c", "--since-last")[("email", "EMAIL_ADDRESS")] == (105, 105)   # nothing new, nothing lost


@pytest.mark.parametrize("value", [5, "", ["updated_at"]])
def test_a_bad_watermark_names_its_key(tmp_path, value):
    with pytest.raises(ConfigError) as err:
        SqlConnector({"name": "shop", "type": "sql", "url": "sqlite:///x.db", "watermark": value}, tmp_path)
    assert err.value.key == "sources.shop.watermark"
