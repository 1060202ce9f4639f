"""Real databases for tests: an empty, private database per test module on SQLite, PostgreSQL, MariaDB.

``sql_url`` is parametrized over the three engines (marked ``postgres`` / ``mariadb``) and
yields a URL of a database created for the module and dropped after it. Names carry the
process id and a random suffix, so parallel runs (pytest-xdist, two checkouts) never meet.
Server URLs can be changed with PIISCAN_TEST_PG_URL and PIISCAN_TEST_MARIADB_URL. A
server that is not running skips its tests on a developer machine; under CI (``$CI`` set, as
every CI service does) the databases are expected, so an unreachable server fails the test.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import NoReturn

import pytest
import sqlalchemy as sa

PG_URL = os.environ.get("PIISCAN_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
MARIADB_URL = os.environ.get("PIISCAN_TEST_MARIADB_URL", "mysql+pymysql://root@127.0.0.1:3306/test")

SQL_ENGINES = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    pytest.param("mariadb", id="mariadb", marks=pytest.mark.mariadb),
]


def unique_name(prefix: str = "piiscan") -> str:
    """A database/schema/table name no other test run uses."""
    return f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"


def in_ci() -> bool:
    """True when ``$CI`` says this is a CI run (``CI=true``; empty, ``0``, ``false`` and ``no`` do not)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def server_unavailable(url: str, exc: BaseException) -> NoReturn:
    """Skip the test because the server of ``url`` is not running, or fail it under CI, where it must run."""
    orig = getattr(exc, "orig", None) or exc
    reason = f"{sa.make_url(url).get_backend_name()} server not available: {type(orig).__name__}"
    if in_ci():
        pytest.fail(f"{reason} (CI is set, so the database is expected to be running)", pytrace=False)
    pytest.skip(reason)


@contextmanager
def _server(url: str) -> Iterator[sa.Connection]:
    """An autocommit admin connection; a skip (a failure under CI) when the server is not running."""
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    try:
        conn = engine.connect()
    except sa.exc.OperationalError as exc:
        down: sa.exc.OperationalError | None = exc
    else:
        down = None
    if down is not None:                    # outside the except: the report shows the reason, not a chain
        engine.dispose()
        server_unavailable(url, down)
    try:
        yield conn
    finally:
        conn.close()
        engine.dispose()


@contextmanager
def scratch_database(engine: str, tmp_dir: Path) -> Iterator[str]:
    """Create an empty database on ``engine`` ("sqlite", "postgresql", "mariadb"); yield its URL; drop it."""
    name = unique_name()
    if engine == "sqlite":
        path = tmp_dir / f"{name}.db"
        with closing(sqlite3.connect(path)) as conn:        # a read-only open needs the file to exist
            conn.execute("PRAGMA user_version = 1")
        yield f"sqlite:///{path}"
        return
    admin_url = PG_URL if engine == "postgresql" else MARIADB_URL
    with _server(admin_url) as conn:
        quoted = conn.dialect.identifier_preparer.quote(name)
        if engine == "postgresql":
            conn.exec_driver_sql(f"CREATE DATABASE {quoted} ENCODING 'UTF8' TEMPLATE template0")
        else:
            conn.exec_driver_sql(f"CREATE DATABASE {quoted} CHARACTER SET utf8mb4")
        url = sa.make_url(admin_url).set(database=name)
        if engine == "mariadb":
            url = url.update_query_dict({"charset": "utf8mb4"})
        try:
            yield url.render_as_string(hide_password=False)
        finally:
            force = " WITH (FORCE)" if engine == "postgresql" else ""
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {quoted}{force}")


@contextmanager
def scratch_schema(url: str) -> Iterator[str]:
    """A second, empty schema next to ``url``'s default one (PostgreSQL schema, MariaDB database)."""
    name = unique_name("piiscan_extra")
    with _server(url) as conn:
        quoted = conn.dialect.identifier_preparer.quote(name)
        conn.exec_driver_sql(f"CREATE SCHEMA {quoted}")
        try:
            yield name
        finally:
            cascade = " CASCADE" if conn.dialect.name == "postgresql" else ""
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {quoted}{cascade}")


@pytest.fixture(scope="module", params=SQL_ENGINES)
def sql_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of an empty database private to this test module, on each of SQLite, PostgreSQL, MariaDB."""
    with scratch_database(request.param, tmp_path_factory.mktemp("sqlite")) as url:
        yield url


@pytest.fixture(scope="module")
def sql_admin(sql_url: str) -> Iterator[sa.Engine]:
    """A writable engine on ``sql_url``, for loading test data."""
    engine = sa.create_engine(sql_url, poolclass=sa.pool.NullPool)
    yield engine
    engine.dispose()
