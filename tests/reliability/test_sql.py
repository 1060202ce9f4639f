"""Bad databases through ``piiscan scan``: down, wrong credentials, dropped tables, hostile names, timeouts."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from scanner.connectors import sql as sql_module
from tests.db_fixtures import PG_URL, scratch_database

from .conftest import PLANTED_EMAIL, PLANTED_PASSWORD, logs_source

HOSTILE = 'x"; DROP TABLE users; --'
HOSTILE_COLUMN = "e'mail`]"


def sql_source(url: str, name: str = "shop-db", **options) -> dict:
    """A ``type: sql`` source entry."""
    return {"name": name, "type": "sql", "url": url, "purposes": ["registration"], **options}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shop(request, tmp_path):
    """A database with ``users`` and a table with a hostile name; yields (url, admin engine)."""
    with scratch_database(request.param, tmp_path) as url:
        admin = sa.create_engine(url, poolclass=sa.pool.NullPool)
        md = sa.MetaData()
        users = sa.Table("users", md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("email", sa.Text))
        hostile = sa.Table(HOSTILE, md, sa.Column("id", sa.Integer, primary_key=True),
                           sa.Column(HOSTILE_COLUMN, sa.Text))
        md.create_all(admin)
        with admin.begin() as conn:
            conn.execute(users.insert(), [{"id": 1, "email": PLANTED_EMAIL}])
            conn.execute(hostile.insert(), [{"id": 1, HOSTILE_COLUMN: PLANTED_EMAIL}])
        yield url, admin
        admin.dispose()


def test_database_down_fails_the_source_and_the_rest_goes_on(estate):
    estate.write("logs/app.log", f"mail {PLANTED_EMAIL}\n")
    dead = sa.make_url(PG_URL).set(port=1, password=PLANTED_PASSWORD).render_as_string(hide_password=False)
    estate.config(sql_source(dead), logs_source("logs/app.log"))
    run = estate.scan()
    run.assert_incomplete()
    source = run.source("shop-db")
    assert source["status"] == "failed"
    assert source["error"].startswith("cannot connect to postgresql+psycopg://postgres:***@127.0.0.1:1/test: "
                                      "OperationalError: connection failed")
    assert run.source("app-logs")["status"] == "ok" and run.lines_with("EMAIL_ADDRESS", "logs/app.log") == [1]
    assert PLANTED_PASSWORD not in run.everything_written()


@pytest.mark.postgres
def test_wrong_credentials_never_print_the_password(estate, shop):
    url, _ = shop
    if not url.startswith("postgresql"):
        pytest.skip("SQLite has no credentials")
    wrong = sa.make_url(url).set(username="piiscan_nobody", password=PLANTED_PASSWORD)
    estate.config(sql_source(wrong.render_as_string(hide_password=False)))
    run = estate.scan("--fail-on", "any")
    run.assert_incomplete()
    assert 'role "piiscan_nobody" does not exist' in run.source("shop-db")["error"]
    assert PLANTED_PASSWORD not in run.everything_written()


def test_table_dropped_mid_scan_is_located_and_the_rest_is_read(estate, shop, monkeypatch):
    url, admin = shop
    real_reflect = sql_module.reflect_table

    def drop_then_reflect(conn, ref):
        if ref.name == "users":                            # listed already; gone before it is read
            with admin.begin() as c:
                c.exec_driver_sql("DROP TABLE users")
        return real_reflect(conn, ref)

    monkeypatch.setattr(sql_module, "reflect_table", drop_then_reflect)
    estate.config(sql_source(url))
    run = estate.scan()
    run.assert_incomplete()
    assert run.issues("shop-db") == [({"table": "users"}, "error",
                                      "table 'users' no longer exists (dropped during the scan?)")]
    assert {(f["location"]["table"], f["location"]["column"]) for f in run.findings()} == {(HOSTILE, HOSTILE_COLUMN)}


def test_hostile_identifiers_are_read_as_names_never_run(estate, shop):
    url, admin = shop
    estate.config(sql_source(url))
    run = estate.scan()
    run.assert_clean()
    assert {(f["location"]["table"], f["location"]["column"]) for f in run.findings()} == {
        ("users", "email"), (HOSTILE, HOSTILE_COLUMN)}
    assert {"users", HOSTILE} <= set(sa.inspect(admin).get_table_names())


@pytest.mark.postgres
def test_statement_past_the_timeout_fails_that_table_only(estate, shop):
    url, admin = shop
    if not url.startswith("postgresql"):
        pytest.skip("SQLite has no server-side statement timeout")
    with admin.begin() as conn:
        conn.exec_driver_sql("CREATE VIEW slow_v AS SELECT id, pg_sleep(5)::text AS nap FROM users")
    estate.config(sql_source(url, views=True, statement_timeout=1))
    run = estate.scan()
    run.assert_incomplete()
    assert run.issues("shop-db") == [({"table": "slow_v"}, "error", "table 'slow_v' could not be read: "
                                      "QueryCanceled: canceling statement due to statement timeout")]
    assert ("users", "email") in {(f["location"]["table"], f["location"]["column"]) for f in run.findings()}


@pytest.mark.postgres
def test_server_error_quoting_a_row_value_is_masked(estate, shop):
    url, admin = shop
    if not url.startswith("postgresql"):
        pytest.skip("the PostgreSQL error quotes the value that failed the cast")
    with admin.begin() as conn:
        conn.exec_driver_sql("CREATE VIEW cast_v AS SELECT email::int AS n FROM users")
    estate.config(sql_source(url, views=True, include=["cast_v"], exclude=[]), logs_source("*.yaml"))
    run = estate.scan()
    run.assert_incomplete()
    assert run.source("shop-db")["error"] == "no table of " + sa.make_url(url).render_as_string() + \
        " could be read (1 failed; see the issues)"
    assert run.issues("shop-db") == [({"table": "cast_v"}, "error", "table 'cast_v' could not be read: "
                                      'InvalidTextRepresentation: invalid input syntax for type integer: "***"')]
    assert PLANTED_EMAIL not in run.everything_written()
