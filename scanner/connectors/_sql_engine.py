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
# "..." or '...' (a value or a name), from a quote after a non-word character to the same quote
# before one: 'O'Brien' is one quoted text. An opening quote that never closes runs to the end.
_QUOTED = re.compile(r"(?<!\w)([\"'])(.*?)\1(?!\w)|(?<!\w)[\"'].*", re.DOTALL)
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
# MySQL/MariaDB errors whose quoted texts are only the login's account, client host or database
# (or the server host): 1044/1045/1698 access denied, 1049 unknown database, 1130 host not
# allowed, 2003/2005 cannot reach the server. They come before any row is read.
_MYSQL_LOGIN_ERRORS = frozenset({1044, 1045, 1049, 1130, 1698, 2003, 2005})
_LOGIN_NAME = re.compile(r"[\w.%:-]{1,255}")           # a user, host name, IP address or "%"


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
    """Short error text that keeps the driver's reason but not the password, SQL or row values.

    SQLAlchemy's own text embeds the statement and parameters; only the DBAPI's first line is
    kept (PostgreSQL's DETAIL lines can quote row values), and the password is masked in
    every spelling a driver might echo. Servers quote the value that broke a cast or a view
    (``invalid input syntax for type integer: "<value>"``), so every quoted text is masked
    unless it is a known name: the URL's host, user and database, or ``identifiers``, and in
    MySQL/MariaDB login errors the account, client host and database the server quotes.
    A MySQL driver's ``(code, message)`` is shown as such, masking inside the message only.
    """
    orig = getattr(exc, "orig", None) or exc
    args = getattr(orig, "args", ())
    code: int | None = None
    if len(args) == 2 and isinstance(args[0], int) and isinstance(args[1], str):
        code, raw = args                           # PyMySQL / MySQLdb: (1045, "Access denied ...")
    else:
        raw = str(orig)
    text = raw.strip().splitlines()[0] if raw.strip() else ""
    text = _mask_password(text, url.password)
    known = _known_names(url, identifiers)
    login_error = code in _MYSQL_LOGIN_ERRORS

    def mask_quoted(match: re.Match[str]) -> str:
        quote_char, inner = match.group(1), match.group(2)
        if quote_char is None:                     # an opening quote that never closes: mask the rest
            return f"{match.group(0)[0]}***"
        if inner in known or (login_error and _LOGIN_NAME.fullmatch(inner)):
            return match.group(0)
        return f"{quote_char}***{quote_char}"

    text = _QUOTED.sub(mask_quoted, text)
    if code is not None:
        text = f'({code}, "{text}")'
    text = f"{type(orig).__name__}: {text}" if text else type(orig).__name__
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= _MAX_ERROR_CHARS else text[:_MAX_ERROR_CHARS] + "..."


def _mask_password(text: str, password: object) -> str:
    """``text`` with the password replaced by ``***`` in every spelling, longest first."""
    if not password:
        return text
    secret = str(password)
    spellings = {secret, quote(secret, safe=""), quote(secret), quote_plus(secret), repr(secret)[1:-1]}
    for spelling in sorted(spellings, key=len, reverse=True):
        text = text.replace(spelling, "***")
    return text


def _known_names(url: URL, identifiers: Iterable[str | None]) -> set[str]:
    """Names the user already knows: the URL's host, user, database, and ``identifiers``."""
    known = {str(n) for n in (url.host, url.username, url.database, *identifiers) if n}
    if known & _LOOPBACK:                          # libpq and MariaDB name "localhost" as 127.0.0.1
        known |= _LOOPBACK
    return known
