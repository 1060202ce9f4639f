"""Parse and check the options of a ``type: sql`` source (see CONTRACT.md, "Scan config")."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from scanner.connectors.base import sequence_option
from scanner.errors import ConfigError

SQL_OPTIONS = frozenset({"url", "purposes", "tables", "include", "exclude", "sample", "schemas", "views",
                         "statement_timeout", "max_value_chars", "watermark"})
DEFAULT_ROWS = 1000
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_VALUE_CHARS = 10_000
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
# backend -> (SQLAlchemy driver name, module it imports): the drivers a URL without "+driver" may use
_DRIVERS = {
    "postgresql": (("psycopg", "psycopg"), ("psycopg2", "psycopg2"), ("pg8000", "pg8000")),
    "mysql": (("mysqldb", "MySQLdb"), ("pymysql", "pymysql")),
    "mariadb": (("mysqldb", "MySQLdb"), ("pymysql", "pymysql")),
}


@dataclass(frozen=True)
class SqlOptions:
    """The validated settings of one sql source."""

    url: URL
    include: tuple[str, ...] = ("*",)
    exclude: tuple[str, ...] = ()
    schemas: tuple[str | None, ...] = (None,)        # None = the connection's default schema
    views: bool = False
    rows: int | None = DEFAULT_ROWS                  # None = every row
    seed: int = 0
    statement_timeout: float | None = DEFAULT_TIMEOUT
    max_value_chars: int = DEFAULT_MAX_VALUE_CHARS
    watermark: str | None = None                     # a column that grows with new rows (--since-last)

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any], base_dir: Path) -> SqlOptions:
        """Validate ``spec``; raise :class:`ConfigError` naming the bad key."""
        name = spec.get("name", "?")

        def fail(key: str, message: str) -> ConfigError:
            return ConfigError(message, key=f"sources.{name}.{key}")

        rows, seed = _sample(spec.get("sample", {}), fail)
        return cls(
            url=_url(spec.get("url"), base_dir, fail),
            include=tuple(sequence_option(spec, "include", ["*"])),
            exclude=tuple(sequence_option(spec, "exclude")),
            schemas=tuple(sequence_option(spec, "schemas")) or (None,),
            views=_bool(spec.get("views", False), "views", fail),
            rows=rows,
            seed=seed,
            statement_timeout=_timeout(spec.get("statement_timeout", DEFAULT_TIMEOUT), fail),
            max_value_chars=_positive_int(spec.get("max_value_chars", DEFAULT_MAX_VALUE_CHARS),
                                          "max_value_chars", fail),
            watermark=_watermark(spec.get("watermark"), fail),
        )


def expand_env(url: str) -> str:
    """Expand ``${VAR}`` references; raise KeyError naming a missing variable.

    Values expanded in the user:password part are percent-encoded, so a password with
    ``@``, ``/`` or ``:`` cannot spill into the host (and into describe()).
    """
    scheme, sep, rest = url.partition("://")
    authority_end = min((i for i in (rest.find("/"), rest.find("?")) if i >= 0), default=len(rest))
    userinfo, at, tail = rest[:authority_end].rpartition("@")
    if not sep or not at:
        return _ENV_REF.sub(lambda m: os.environ[m.group(1)], url)
    userinfo = _ENV_REF.sub(lambda m: quote(os.environ[m.group(1)], safe=""), userinfo)
    tail = _ENV_REF.sub(lambda m: os.environ[m.group(1)], tail + rest[authority_end:])
    return f"{scheme}://{userinfo}@{tail}"


def _url(raw: Any, base_dir: Path, fail) -> URL:
    if not isinstance(raw, str | URL) or not str(raw).strip():
        raise fail("url", "a sql source needs 'url', a SQLAlchemy database URL")
    try:
        url = make_url(expand_env(raw) if isinstance(raw, str) else raw)
    except KeyError as missing:
        raise fail("url", f"environment variable {missing.args[0]} is not set") from None
    except ArgumentError:
        raise fail("url", "'url' is not a valid SQLAlchemy URL (expected dialect+driver://...)") from None
    return _anchor_sqlite_path(with_installed_driver(url), base_dir)


def with_installed_driver(url: URL) -> URL:
    """Name an installed driver in a URL that names none (``mysql://`` -> ``mysql+pymysql://``).

    SQLAlchemy's default driver is kept when it is installed (``mysql://`` means MySQLdb,
    ``postgresql://`` psycopg2 or psycopg depending on the SQLAlchemy version); otherwise the
    first installed one of :data:`_DRIVERS` is used. With none installed, or for another
    dialect, the URL is returned as is (and fails later, naming the missing driver).
    """
    candidates = _DRIVERS.get(url.drivername)
    if candidates is None:                         # "+driver" given, or a dialect without fallbacks
        return url
    try:
        default = url.get_dialect().driver
    except NoSuchModuleError:
        return url
    modules = dict(candidates)
    if default not in modules or _installed(modules[default]):
        return url
    for driver, module in candidates:
        if _installed(module):
            return url.set(drivername=f"{url.drivername}+{driver}")
    return url


def _installed(module: str) -> bool:
    """Whether ``module`` can be imported (without importing it)."""
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _anchor_sqlite_path(url: URL, base_dir: Path) -> URL:
    """A relative SQLite file is relative to the config's folder, like every other path in it."""
    db = url.database
    if url.get_backend_name() != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return url
    path = Path(db)
    return url if path.is_absolute() else url.set(database=str(base_dir / path))


def _sample(raw: Any, fail) -> tuple[int | None, int]:
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise fail("sample", "'sample' must be a mapping like {rows: 1000, seed: 0}")
    unknown = set(raw) - {"rows", "seed"}
    if unknown:
        raise fail(f"sample.{sorted(unknown)[0]}", f"unknown sample option(s) {sorted(unknown)}; known: rows, seed")
    rows = raw.get("rows", DEFAULT_ROWS)
    seed = raw.get("seed", 0)
    if rows is not None:
        rows = _positive_int(rows, "sample.rows", fail)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise fail("sample.seed", "'sample.seed' must be an integer")
    return rows, seed


def _watermark(raw: Any, fail) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str) or not raw.strip():
        raise fail("watermark", "'watermark' must name a column that grows with new rows, like updated_at")
    return raw


def _timeout(raw: Any, fail) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw <= 0:
        raise fail("statement_timeout", "'statement_timeout' must be a positive number of seconds, or null")
    return float(raw)


def _positive_int(raw: Any, key: str, fail) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
        raise fail(key, f"{key!r} must be a positive integer")
    return raw


def _bool(raw: Any, key: str, fail) -> bool:
    if not isinstance(raw, bool):
        raise fail(key, f"{key!r} must be true or false")
    return raw
