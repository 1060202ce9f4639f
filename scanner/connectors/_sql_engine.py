"""Read-only SQLAlchemy engines with per-statement timeouts, and password-free error text.

Every new DBAPI connection is made read-only before SQLAlchemy hands it out:

- PostgreSQL: ``SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY`` and ``statement_timeout``;
- MariaDB/MySQL: ``SET SESSION TRANSACTION READ ONLY`` and ``max_statement_time`` (MariaDB) or
  ``max_execution_time`` (MySQL);
- SQLite: the file is opened with ``mode=ro`` and ``PRAGMA query_only=ON``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, quote_plus

import sqlalchemy as sa
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

CONNECT_TIMEOUT = 10                        # seconds to reach a server before giving up
_CONNECT_TIMEOUT_DRIVERS = {"psycopg", "psycopg2", "pymysql", "mysqldb"}
_MAX_ERROR_CHARS = 300
_QUOTED = re.compile(r"\"([^\"]*)\"|'([^']*)'")    # "..." or '...': a value or an identifier


def create_readonly_engine(url: URL, statement_timeout: float | None) -> sa.Engine:
    """An engine whose connections cannot write and whose statements time out."""
    connect_args: dict[str, Any] = {}
    if url.get_driver_name() in _CONNECT_TIMEOUT_DRIVERS and "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT
    engine = sa.create_engine(_readonly_sqlite_url(url), poolclass=NullPool, hide_parameters=True,
                              connect_args=connect_args)
    setup = _SESSION_SETUP.get(url.get_backend_name())
    if setup is not None:
        sa.event.listen(engine, "connect", lambda dbapi_conn, _record: _run_setup(setup, dbapi_conn,
                                                                                   statement_timeout))
    return engine


def _readonly_sqlite_url(url: URL) -> URL:
    """Open a SQLite file as ``file:...?mode=ro`` so the driver itself refuses writes."""
    db = url.database
    if (url.get_backend_name() != "sqlite" or url.get_driver_name() != "pysqlite" or not db
            or db == ":memory:" or db.startswith("file:") or "uri" in url.query):
        return url
    return url.set(database=f"file:{quote(db)}", query={**url.query, "mode": "ro", "uri": "true"})


def _run_setup(setup, dbapi_conn, statement_timeout: float | None) -> None:
    cursor = dbapi_conn.cursor()
    try:
        for statement in setup(cursor, statement_timeout):
            cursor.execute(statement)
    finally:
        cursor.close()
    dbapi_conn.commit()          # PostgreSQL SETs are transactional: keep them past the first rollback


def _postgresql_setup(_cursor, timeout: float | None) -> list[str]:
    statements = ["SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"]
    if timeout:
        statements.append(f"SET statement_timeout = {int(timeout * 1000)}")
    return statements


def _mysql_setup(cursor, timeout: float | None) -> list[str]:
    statements = ["SET SESSION TRANSACTION READ ONLY"]
    if timeout:
        cursor.execute("SELECT VERSION()")
        if "mariadb" in str(cursor.fetchone()[0]).lower():
            statements.append(f"SET SESSION max_statement_time = {float(timeout)}")
        else:
            statements.append(f"SET SESSION max_execution_time = {int(timeout * 1000)}")
    return statements


def _sqlite_setup(_cursor, _timeout: float | None) -> list[str]:
    return ["PRAGMA query_only = ON"]


_SESSION_SETUP = {"postgresql": _postgresql_setup, "mysql": _mysql_setup, "mariadb": _mysql_setup,
                  "sqlite": _sqlite_setup}


def safe_error(exc: BaseException, url: URL, identifiers: Iterable[str | None] = ()) -> str:
    """Short error text without the password, the SQL, bound parameters or quoted row values.

    SQLAlchemy's own text embeds the statement and parameters; only the DBAPI's first line is
    kept (PostgreSQL's DETAIL lines can quote row values), and the password is masked in
    every spelling a driver might echo. Servers quote the value that broke a cast or a view
    (``invalid input syntax for type integer: "<value>"``), so every quoted text is masked
    unless it is a known name: the URL's host, user and database, or ``identifiers``.
    """
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else ""
    password = url.password
    if password:
        for spelling in {str(password), quote(str(password), safe=""), quote_plus(str(password))}:
            text = text.replace(spelling, "***")
    known = {str(n) for n in (url.host, url.username, url.database, *identifiers) if n}

    def mask_quoted(match: re.Match[str]) -> str:
        quoted = match.group(0)
        return quoted if quoted[1:-1] in known else f"{quoted[0]}***{quoted[0]}"

    text = _QUOTED.sub(mask_quoted, text)
    text = f"{type(orig).__name__}: {text}" if text else type(orig).__name__
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= _MAX_ERROR_CHARS else text[:_MAX_ERROR_CHARS] + "..."
