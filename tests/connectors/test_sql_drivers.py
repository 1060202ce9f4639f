"""Driver choice for URLs without ``+driver``, and driver errors that keep their reason (real servers)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import quote, quote_plus

import pymysql
import pytest
import sqlalchemy as sa

from scanner.connectors import _sql_options
from scanner.connectors._sql_engine import safe_error
from scanner.connectors.sql import SqlConnector, list_columns
from scanner.errors import ConfigError, SourceError
from tests.db_fixtures import MARIADB_URL, PG_URL, scratch_database, server_unavailable, unique_name

WRONG = "Wr0ng p@ss/wörd!"                  # the wrong password: must never show up in an error
VALUE = "O'Brien-7c1e"                       # a row value with a quote in it: must stay masked
EMAIL = "hanako@example.jp"


def spellings(secret: str) -> list[str]:
    """Every way a driver or URL could spell ``secret``."""
    return [secret, quote(secret, safe=""), quote_plus(secret), "p@ss"]


def connector(url: str | sa.URL, **opts) -> SqlConnector:
    """A sql connector over ``url`` (a URL object keeps its password)."""
    raw = url.render_as_string(hide_password=False) if isinstance(url, sa.URL) else url
    return SqlConnector({"name": "drivers", "type": "sql", "url": raw, **opts}, Path.cwd())


def admin(url: str) -> sa.Engine:
    """An autocommit engine on ``url``, or a skip (a failure under CI) when its server is down."""
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    try:
        engine.connect().close()
    except sa.exc.OperationalError as exc:
        server_unavailable(str(engine.url), exc)
    return engine


@contextmanager
def _people_db(engine_name: str, tmp_dir: Path) -> Iterator[sa.URL]:
    """A private database on ``engine_name`` holding ``people(id, email)`` with one row."""
    with scratch_database(engine_name, tmp_dir) as raw:
        url = sa.make_url(raw)
        engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(50))")
            conn.exec_driver_sql("INSERT INTO people VALUES (1, %s)", (EMAIL,))
        engine.dispose()
        yield url


@pytest.fixture(scope="module")
def mariadb_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.URL]:
    """A private MariaDB database holding ``people(id, email)`` with one row."""
    with _people_db("mariadb", tmp_path_factory.mktemp("unused")) as url:
        yield url


@pytest.fixture(scope="module")
def pg_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.URL]:
    """A private PostgreSQL database holding ``people(id, email)`` with one row."""
    with _people_db("postgresql", tmp_path_factory.mktemp("unused")) as url:
        yield url


@pytest.mark.mariadb
@pytest.mark.parametrize("scheme", ["mysql", "mariadb"])
def test_mysql_urls_without_a_driver_scan_with_an_installed_driver(mariadb_db, scheme):
    scan = connector(mariadb_db.set(drivername=scheme))
    driver = scan.opts.url.get_driver_name()
    assert driver == ("mysqldb" if find_spec("MySQLdb") else "pymysql")
    assert scan.opts.url.get_backend_name() == scheme
    chunks = list(scan.iter_chunks())
    assert {(c.table, c.location["column"]): c.values for c in chunks} == {("people", "id"): ["1"],
                                                                         ("people", "email"): [EMAIL]}
    assert scan.issues == []
    bare = mariadb_db.set(drivername=scheme).render_as_string(hide_password=False)
    assert [name for name, _ in list_columns(bare)["people"]] == ["id", "email"]


@pytest.mark.postgres
def test_postgresql_url_without_a_driver_scans(pg_db):
    scan = connector(pg_db.set(drivername="postgresql"))
    assert scan.opts.url.get_driver_name() in {"psycopg", "psycopg2", "pg8000"}
    assert find_spec({"psycopg": "psycopg", "psycopg2": "psycopg2", "pg8000": "pg8000"}
                     [scan.opts.url.get_driver_name()]) is not None
    emails = [c.values for c in scan.iter_chunks() if c.location["column"] == "email"]
    assert emails == [[EMAIL]]


@pytest.mark.parametrize("installed, expected", [
    ({"pymysql"}, {"mysql": "mysql+pymysql", "mariadb": "mariadb+pymysql"}),
    ({"MySQLdb", "pymysql"}, {"mysql": "mysql", "mariadb": "mariadb"}),         # SQLAlchemy's default wins
    (set(), {"mysql": "mysql", "mariadb": "mariadb"}),                           # nothing to fall back to
    ({"pg8000"}, {"postgresql": "postgresql+pg8000"}),
    ({"psycopg", "psycopg2", "pg8000"}, {"postgresql": "postgresql"}),
    ({"pymysql"}, {"mysql+mysqldb": "mysql+mysqldb", "sqlite": "sqlite", "postgresql": "postgresql"}),
], ids=["pymysql-only", "both", "none", "pg8000-only", "all-pg", "explicit-or-other"])
def test_driver_fallback_order(monkeypatch, installed, expected):
    monkeypatch.setattr(_sql_options, "_installed", lambda module: module in installed)
    for given, drivername in expected.items():
        url = _sql_options.with_installed_driver(sa.URL.create(given, "u", WRONG, "h", database="db"))
        kept_password = url.password == WRONG         # not compared in the assert: no password in its text
        assert url.drivername == drivername and kept_password


def test_url_without_any_installed_driver_names_the_missing_one(monkeypatch):
    if find_spec("MySQLdb"):
        pytest.skip("MySQLdb is installed")
    monkeypatch.setattr(_sql_options, "_installed", lambda module: False)
    with pytest.raises(SourceError, match="driver for 'mysql' is not installed.*MySQLdb"):
        list_columns("mysql://root@127.0.0.1/test")


@pytest.mark.parametrize("url", ["nosuchdb://x/y", "mysql+nosuchdriver://x/y", "postgres://x/y"])
def test_unknown_dialect_or_driver_is_a_config_error(url):
    with pytest.raises(ConfigError) as err:
        connector(url)
    assert err.value.key == "sources.drivers.url"


@pytest.mark.mariadb
def test_wrong_mariadb_password_keeps_the_reason_not_the_password(mariadb_db):
    user, right = unique_name("piiscan_u"), secrets.token_hex(12)
    root = admin(MARIADB_URL)
    with root.connect() as conn:
        conn.exec_driver_sql(f"CREATE USER '{user}'@'%%' IDENTIFIED BY '{right}'")
        try:
            conn.exec_driver_sql(f"GRANT SELECT ON `{mariadb_db.database}`.* TO '{user}'@'%%'")
            as_user = mariadb_db.set(drivername="mysql", username=user)
            assert list(list_columns(as_user.set(password=right).render_as_string(hide_password=False)))
            scan = connector(as_user.set(password=WRONG))
            with pytest.raises(SourceError) as err:
                list(scan.iter_chunks())
        finally:
            conn.exec_driver_sql(f"DROP USER IF EXISTS '{user}'@'%%'")
    root.dispose()
    message = str(err.value)
    assert f"""OperationalError: (1045, "Access denied for user '{user}'@'""" in message
    assert "(using password: YES)" in message and "'***'" not in message
    assert err.value.__cause__ is None
    for text in (message, scan.describe()):
        assert not any(s in text for s in [*spellings(WRONG), right])


@pytest.mark.postgres
def test_wrong_postgresql_database_keeps_the_reason():
    admin(PG_URL).dispose()
    missing = unique_name("piiscan_missing")
    url = sa.make_url(PG_URL).set(drivername="postgresql", database=missing, password=WRONG)
    with pytest.raises(SourceError) as err:
        list_columns(url.render_as_string(hide_password=False))
    message = str(err.value)
    assert f'database "{missing}" does not exist' in message and "cannot connect" in message
    assert not any(s in message for s in spellings(WRONG))


@pytest.mark.postgres
def test_postgresql_row_value_in_a_cast_error_stays_masked(pg_db):
    scan = connector(pg_db)
    with pytest.raises(sa.exc.DBAPIError) as err, scan.connection() as conn:
        conn.execute(sa.text("SELECT CAST(:v AS text)::integer"), {"v": VALUE})
    text = safe_error(err.value, scan.opts.url)
    assert 'invalid input syntax for type integer: "***"' in text
    assert "O" + "'" not in text and "Brien" not in text and "7c1e" not in text


@pytest.mark.mariadb
def test_mariadb_row_value_with_a_quote_stays_masked(mariadb_db):
    engine = sa.create_engine(mariadb_db, poolclass=sa.pool.NullPool)
    with pytest.raises(sa.exc.DBAPIError) as err, engine.begin() as conn:
        conn.exec_driver_sql("SET SESSION sql_mode = 'STRICT_ALL_TABLES'")
        conn.exec_driver_sql("INSERT INTO people (id) VALUES (%s)", (VALUE,))
    engine.dispose()
    text = safe_error(err.value, mariadb_db)
    assert text.startswith("""DataError: (1366, "Incorrect integer value: '***""")
    assert "Brien" not in text and "7c1e" not in text and "INSERT" not in text


def test_driver_message_masks_the_password_and_unclosed_quotes():
    url = sa.URL.create("mysql+pymysql", username="u", password=WRONG, host="h", database="db")
    exc = pymysql.err.OperationalError(1045, f"Access denied for user 'u'@'h' {WRONG} {quote_plus(WRONG)}")
    text = safe_error(exc, url)
    assert text == """OperationalError: (1045, "Access denied for user 'u'@'h' *** ***")"""
    unclosed = safe_error(pymysql.err.DataError(1366, f"Incorrect integer value: '{VALUE} and more"), url)
    assert unclosed == """DataError: (1366, "Incorrect integer value: '***")"""
    other = safe_error(pymysql.err.DataError(1062, "Duplicate entry 'x-row-value' for key 'u'"), url)
    assert "x-row-value" not in other and "'u'" in other           # only login errors keep unknown names


@pytest.mark.parametrize("host, client", [("db.internal", "10.1.2.3"), ("127.0.0.1", "localhost")])
def test_login_error_keeps_the_account_and_client_host(host, client):
    url = sa.URL.create("mysql+pymysql", username="scanner", password=WRONG, host=host, database="shop")
    reason = f"Access denied for user 'scanner'@'{client}' (using password: YES)"
    assert safe_error(pymysql.err.OperationalError(1045, reason), url) == f'OperationalError: (1045, "{reason}")'
    spaced = safe_error(pymysql.err.OperationalError(1045, "Access denied for user 'a b'@'h'"), url)
    assert spaced == """OperationalError: (1045, "Access denied for user '***'@'h'")"""
