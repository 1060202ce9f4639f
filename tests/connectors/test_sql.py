"""The sql connector against real SQLite, PostgreSQL and MariaDB databases (no mocks).

The same shop is loaded into each engine; every engine must yield the same chunks.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote_plus

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from scanner.connectors import sql as sql_module
from scanner.connectors._sql_engine import safe_error
from scanner.connectors.base import Chunk
from scanner.connectors.sql import SqlConnector, list_columns
from scanner.errors import ConfigError, SourceError
from tests.db_fixtures import scratch_schema

HOSTILE_TABLE = 'order "items`; drop'
WEIRD, PHONE_JA, RESERVED = '"weird"name', "電話番号", "select"
SECRET = "s3cr3t p@ss/wörd!"
BIG_ROWS = 3000
BIG_TABLE = "big 'events\""                  # sampled with every strategy: quoting must hold there too

metadata = sa.MetaData()
users = sa.Table("users", metadata,
                 sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                 sa.Column("name", sa.String(100)), sa.Column("email", sa.String(200)),
                 sa.Column("phone", sa.String(40), comment="mobile phone"), sa.Column("birth_date", sa.Date))
devices = sa.Table("devices", metadata,
                   sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                   sa.Column("imei", sa.BigInteger), sa.Column("mac", sa.String(17)), sa.Column("user_id", sa.Integer))
orders = sa.Table("orders", metadata,
                  sa.Column("id", sa.Integer, primary_key=True, autoincrement=False), sa.Column("user_id", sa.Integer),
                  sa.Column("total", sa.Numeric(10, 2)), sa.Column("note", sa.Text), sa.Column("coupon", sa.String(20)))
app_events = sa.Table("app_events", metadata,
                      sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                      sa.Column("payload", sa.JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")))
hostile = sa.Table(HOSTILE_TABLE, metadata,
                   sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                   sa.Column(WEIRD, sa.String(50)), sa.Column(PHONE_JA, sa.String(30)), sa.Column(RESERVED, sa.String(30)))
big = sa.Table(BIG_TABLE, metadata, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
               sa.Column("code", sa.String(20)))

ROWS = {
    users: [(1, "Hanako Yamada", "hanako@example.jp", "+81 90-1234-5678", date(1990, 5, 17)),
            (2, "Taro Suzuki", "taro@example.jp", "080-2345-6789", date(1985, 1, 2)),
            (3, "Ana López", None, "+34 612 345 678", None)],
    devices: [(1, 490154203237518, "00:1A:2B:3C:4D:5E", 1), (2, 356938035643809, "00-1b-63-84-45-e6", 2)],
    orders: [(1, 1, Decimal("12.50"), "leave at the door", None), (2, 2, Decimal("3000.00"), None, None)],
    app_events: [(1, {"device": {"android_id": "9774d56d682e549c", "model": "Pixel 7"}, "ip": "203.0.113.7",
                      "screens": [{"name": "home"}, {"name": "cart"}]}),
                 (2, {"device": {"android_id": "af0f12e3c4d5b6a7"}, "ip": "198.51.100.23", "count": 3}),
                 (3, None)],
    hostile: [(1, "Hanako", "090-1234-5678", "drop table users")],
    big: [(i, f"C{i:05d}") for i in range(1, BIG_ROWS + 1)],
}

# (table, column, JSON field) -> sorted values, as every engine must return them
EXPECTED = {
    ("users", "id", None): ["1", "2", "3"],
    ("users", "name", None): ["Ana López", "Hanako Yamada", "Taro Suzuki"],
    ("users", "email", None): ["hanako@example.jp", "taro@example.jp"],
    ("users", "phone", None): ["+34 612 345 678", "+81 90-1234-5678", "080-2345-6789"],
    ("users", "birth_date", None): ["1985-01-02", "1990-05-17"],
    ("devices", "id", None): ["1", "2"],
    ("devices", "imei", None): ["356938035643809", "490154203237518"],
    ("devices", "mac", None): ["00-1b-63-84-45-e6", "00:1A:2B:3C:4D:5E"],
    ("devices", "user_id", None): ["1", "2"],
    ("orders", "id", None): ["1", "2"],
    ("orders", "user_id", None): ["1", "2"],
    ("orders", "total", None): ["12.5", "3000"],
    ("orders", "note", None): ["leave at the door"],
    ("app_events", "id", None): ["1", "2", "3"],
    ("app_events", "payload", "payload.device.android_id"): ["9774d56d682e549c", "af0f12e3c4d5b6a7"],
    ("app_events", "payload", "payload.device.model"): ["Pixel 7"],
    ("app_events", "payload", "payload.ip"): ["198.51.100.23", "203.0.113.7"],
    ("app_events", "payload", "payload.screens.name"): ["cart", "home"],
    ("app_events", "payload", "payload.count"): ["3"],
    (HOSTILE_TABLE, "id", None): ["1"],
    (HOSTILE_TABLE, WEIRD, None): ["Hanako"],
    (HOSTILE_TABLE, PHONE_JA, None): ["090-1234-5678"],
    (HOSTILE_TABLE, RESERVED, None): ["drop table users"],
    ("orders", "coupon", None): [],          # every row NULL: an empty chunk, so the column's name can speak
}


@pytest.fixture(scope="module")
def shop(sql_url: str, sql_admin: sa.Engine) -> str:
    """The shop tables and a view, loaded and analysed; returns the database URL."""
    metadata.create_all(sql_admin)
    with sql_admin.begin() as conn:
        for table, rows in ROWS.items():
            conn.execute(table.insert(), [dict(zip(table.c.keys(), row, strict=True)) for row in rows])
        conn.exec_driver_sql("CREATE VIEW user_emails AS SELECT id, email FROM users")
    with sql_admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"ANALYZE TABLE {conn.dialect.identifier_preparer.quote(BIG_TABLE)}"
                             if conn.dialect.name == "mysql" else "ANALYZE")
    return sql_url


def connector(url: str, **opts) -> SqlConnector:
    return SqlConnector({"name": "shop-db", "type": "sql", "url": url, **opts}, Path.cwd())


def read(url: str, **opts) -> list[Chunk]:
    return list(connector(url, **opts).iter_chunks())


def by_location(chunks: list[Chunk]) -> dict[tuple, list[str]]:
    found: dict[tuple, list[str]] = defaultdict(list)
    for chunk in chunks:
        found[(chunk.location["table"], chunk.location["column"], chunk.field)] += chunk.values
    return {key: sorted(values) for key, values in found.items()}


def test_every_engine_yields_the_same_chunks(shop):
    chunks = read(shop, exclude=["big*"], sample={"rows": None})
    assert by_location(chunks) == EXPECTED
    assert all(c.mode == "column" and c.store == c.table == c.location["table"] for c in chunks)
    assert all(set(c.location) == {"table", "column"} for c in chunks)
    assert all(c.rows_scanned == len(ROWS[metadata.tables[c.table]]) for c in chunks)


def test_context_names_column_table_comment_and_json_keys(shop):
    chunks = {(c.location["column"], c.field): c for c in read(shop, include=["users", "app_events"])}
    assert chunks[("phone", None)].context[:2] == ("phone", "users")
    assert set(chunks[("phone", None)].context[2:]) <= {"mobile phone"}          # SQLite keeps no comments
    android = chunks[("payload", "payload.device.android_id")]
    assert android.context == ("android_id", "device", "payload", "app_events")


def test_bigint_imei_comes_through_as_digits(shop):
    (imei,) = [c for c in read(shop, include=["devices"]) if c.location["column"] == "imei"]
    assert all(v.isdigit() and len(v) == 15 for v in imei.values)


def test_sampling_is_repeatable_and_bounded(shop):
    def sample(seed: int) -> tuple[list[str], Chunk]:
        (code,) = [c for c in read(shop, include=["big*"], sample={"rows": 200, "seed": seed})
                   if c.location["column"] == "code"]
        return list(code.values), code

    first, chunk = sample(0)
    assert first == sample(0)[0]
    assert 0 < len(first) <= 200 and chunk.rows_scanned == len(first)
    assert first != sample(1)[0]
    assert chunk.sampling in {"tablesample-bernoulli", "key-ranges"}


def test_rows_null_streams_every_row_in_batches(shop, monkeypatch):
    monkeypatch.setattr(sql_module, "BATCH_ROWS", 1000)
    codes = [c for c in read(shop, include=["big*"], sample={"rows": None}) if c.location["column"] == "code"]
    assert [(c.batch, c.rows_scanned) for c in codes] == [(0, 1000), (1, 1000), (2, 1000)]
    assert sorted(v for c in codes for v in c.values) == [code for _, code in ROWS[big]]


def test_include_exclude_and_views(shop):
    def tables(**opts) -> set[str]:
        return {c.table for c in read(shop, **opts)}
    assert tables(include=["user*", "dev*"], exclude=["devices"]) == {"users"}
    assert tables(include=["*.orders"]) == {"orders"}                   # schema-qualified pattern
    empty = connector(shop, include=["user_emails"])
    assert list(empty.iter_chunks()) == [] and [i.severity for i in empty.issues] == ["warning"]
    assert tables(include=["user_emails"], views=True) == {"user_emails"}


def test_list_columns(shop):
    columns = list_columns(shop, exclude=["big*"])
    assert set(columns) == {"users", "devices", "orders", "app_events", HOSTILE_TABLE}
    assert [name for name, _ in columns[HOSTILE_TABLE]] == ["id", WEIRD, PHONE_JA, RESERVED]
    assert all(isinstance(type_, str) and type_ for cols in columns.values() for _, type_ in cols)


@pytest.mark.parametrize("statement", [big.insert().values(id=999999, code="x"),
                                       sa.text("CREATE TABLE piiscan_write_probe (a INTEGER)")], ids=["insert", "ddl"])
def test_connection_cannot_write(shop, sql_admin, statement):
    with pytest.raises(sa.exc.DBAPIError), connector(shop).connection() as conn:
        conn.execute(statement)
    assert "piiscan_write_probe" not in sa.inspect(sql_admin).get_table_names()
    with sql_admin.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).where(big.c.id == 999999)).scalar() == 0


def test_statement_timeout(shop):
    sleep = {"postgresql": "SELECT pg_sleep(3)", "mysql": "SELECT SLEEP(3)"}.get(sa.make_url(shop).get_backend_name())
    if sleep is None:
        pytest.skip("SQLite has no server-side statement timeout")
    with pytest.raises(sa.exc.DBAPIError), connector(shop, statement_timeout=0.2).connection() as conn:
        conn.exec_driver_sql(sleep)


def test_table_dropped_mid_scan_is_an_issue(shop, sql_admin):
    md = sa.MetaData()
    gone = [sa.Table(f"gone_{x}", md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("email", sa.String(50)))
            for x in "abc"]
    md.create_all(sql_admin)
    with sql_admin.begin() as conn:
        for table in gone:
            conn.execute(table.insert(), [{"id": 1, "email": "a@example.com"}])
    scan = connector(shop, include=["gone_*"])
    chunks = scan.iter_chunks()
    first = next(chunks)                                # tables are listed; gone_a is being read
    gone[1].drop(sql_admin)
    rest = list(chunks)
    md.drop_all(sql_admin)
    assert first.table == "gone_a" and {c.table for c in rest} == {"gone_a", "gone_c"}
    assert [i.location for i in scan.issues] == [{"table": "gone_b"}]
    assert "gone_b" in scan.issues[0].message


BROKEN_VIEW = {   # a view that fails when read (or reflected), per engine
    "sqlite": ["CREATE VIEW broken_v AS SELECT id FROM no_such_table"],
    "postgresql": ["CREATE VIEW broken_v AS SELECT 1 / (id - id) AS x FROM users"],
    "mysql": ["CREATE TABLE broken_base (id INTEGER)", "CREATE VIEW broken_v AS SELECT id FROM broken_base",
              "DROP TABLE broken_base"],
}


def test_failing_table_is_an_issue_and_the_rest_is_read(shop, sql_admin):
    with sql_admin.begin() as conn:
        for statement in BROKEN_VIEW[conn.dialect.name]:
            conn.exec_driver_sql(statement)
    try:
        scan = connector(shop, include=["broken_v", "users"], views=True)
        assert {c.table for c in scan.iter_chunks()} == {"users"}
        assert [i.location for i in scan.issues] == [{"table": "broken_v"}]
        assert "broken_v" in scan.issues[0].message and "SELECT" not in scan.issues[0].message
        with pytest.raises(SourceError, match="no table"):
            list(connector(shop, include=["broken_v"], views=True).iter_chunks())
    finally:
        with sql_admin.begin() as conn:
            conn.exec_driver_sql("DROP VIEW broken_v")


def test_other_schema_is_qualified(shop, sql_admin):
    if sql_admin.dialect.name == "sqlite":
        pytest.skip("a SQLite URL names a single schema")
    default = sa.inspect(sql_admin).default_schema_name
    with scratch_schema(shop) as schema:
        contacts = sa.Table("contacts", sa.MetaData(schema=schema),
                            sa.Column("id", sa.Integer, primary_key=True), sa.Column("email", sa.String(50)))
        with sql_admin.begin() as conn:
            contacts.create(conn)
            conn.execute(contacts.insert(), [{"id": 1, "email": "b@example.com"}])
        chunks = read(shop, schemas=[default, schema], include=["contacts", "users"])
        contacts.drop(sql_admin)
    email = {c.store: c.location for c in chunks if c.location["column"] == "email"}
    assert email == {"users": {"table": "users", "column": "email"},
                     f"{schema}.contacts": {"table": "contacts", "column": "email", "schema": schema}}


def test_wrong_credentials_are_a_source_error_without_the_password(shop):
    url = sa.make_url(shop)
    if url.get_backend_name() == "sqlite":
        pytest.skip("SQLite has no credentials")
    scan = connector(url.set(username="piiscan_nobody", password=SECRET).render_as_string(hide_password=False))
    with pytest.raises(SourceError) as err:
        list(scan.iter_chunks())
    message = str(err.value)
    assert "cannot connect" in message and "piiscan_nobody" in message
    assert SECRET not in message and quote_plus(SECRET) not in message and err.value.__cause__ is None
    assert SECRET not in scan.describe() and "***" in scan.describe()


def test_unreachable_database_is_a_source_error(shop, tmp_path):
    url = sa.make_url(shop)
    dead = url.set(database=str(tmp_path / "missing.db")) if url.get_backend_name() == "sqlite" else url.set(port=1)
    with pytest.raises(SourceError, match="cannot connect"):
        list(connector(dead.render_as_string(hide_password=False)).iter_chunks())


def test_describe_hides_password_and_env_is_expanded(monkeypatch):
    monkeypatch.setenv("PIISCAN_TEST_DB_PASSWORD", SECRET)
    scan = connector("postgresql+psycopg://scanner:${PIISCAN_TEST_DB_PASSWORD}@db.internal:5432/shop")
    assert scan.describe() == "postgresql+psycopg://scanner:***@db.internal:5432/shop"
    assert scan.opts.url.password == SECRET


@pytest.mark.parametrize("opts, key", [
    ({"tabels": {}}, "tabels"),
    ({"sample": {"rows": 10, "sed": 1}}, "sample.sed"),
    ({"sample": {"rows": 0}}, "sample.rows"),
    ({"statement_timeout": "30s"}, "statement_timeout"),
    ({"url": "not a url"}, "url"),
    ({"url": "nosuchdb://x/y"}, "url"),
    ({"url": "sqlite:///${PIISCAN_TEST_UNSET_VARIABLE}"}, "url"),
])
def test_bad_options_are_config_errors(opts, key):
    with pytest.raises(ConfigError) as err:
        connector("sqlite:///shop.db", **opts) if "url" not in opts else SqlConnector(
            {"name": "shop-db", "type": "sql", **opts}, Path.cwd())
    assert err.value.key.endswith(key)


def test_safe_error_masks_the_password_in_every_spelling():
    url = sa.URL.create("mysql+pymysql", username="u", password=SECRET, host="h", database="db")
    exc = RuntimeError(f"cannot use {SECRET} or {quote_plus(SECRET)}\nDETAIL: Key (email)=(a@b.c)")
    text = safe_error(exc, url)
    assert SECRET not in text and quote_plus(SECRET) not in text and "a@b.c" not in text
