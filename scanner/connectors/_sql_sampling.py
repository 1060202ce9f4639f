"""Cheap, repeatable row samples, one SELECT of all columns per table, chosen per dialect.

No strategy counts rows or sorts a whole table; each is deterministic for a given seed and
unchanged data:

- ``all``: every row (``rows: null``), or a table estimated to hold no more than ``rows``
  (still with ``LIMIT rows``, in case the estimate is stale);
- ``limit``: the first ``rows`` rows (views, unknown dialects, tables without statistics);
- ``tablesample``: PostgreSQL ``TABLESAMPLE BERNOULLI|SYSTEM (p) REPEATABLE (seed)``, sized from
  ``pg_class.reltuples`` (SYSTEM, which reads only p% of the pages, above a million rows);
- ``key-ranges``: MariaDB/MySQL integer primary key or SQLite rowid: seeded start points between
  MIN and MAX of the key (an index lookup), a short ordered run read from each;
- ``offset``: MariaDB/MySQL without an integer key: ``LIMIT rows OFFSET <seeded>``.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement

from scanner.connectors._sql_catalog import TableInfo

RUN_ROWS = 50                 # rows read per key range
MAX_RUNS = 40
SYSTEM_SAMPLE_ABOVE = 1_000_000


@dataclass(frozen=True)
class SamplePlan:
    """The statement that reads the sample, and the strategy's name (for the chunk's sampling)."""

    statement: sa.Executable
    strategy: str


def table_clause(info: TableInfo) -> sa.TableClause:
    """The table as reads select it: untyped columns, so every value comes back as the driver gives it."""
    return sa.table(info.ref.name, *(sa.column(c.name) for c in info.columns), schema=info.ref.schema)


def plan_sample(conn: sa.Connection, info: TableInfo, rows: int | None, seed: int) -> SamplePlan:
    """How to read ``rows`` rows of ``info`` (every row when ``rows`` is None)."""
    table = table_clause(info)
    if rows is None:
        return SamplePlan(sa.select(*table.c), "all")
    if info.ref.is_view:
        return _head(table, rows, "limit")
    planner = _PLANNERS.get(conn.dialect.name)
    if planner is None:
        return _head(table, rows, "limit")
    return planner(conn, info, table, rows, seed)


def _postgresql(conn: sa.Connection, info: TableInfo, table: sa.TableClause, rows: int, seed: int) -> SamplePlan:
    estimate = conn.execute(sa.text(
        "SELECT c.reltuples FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relname = :name AND n.nspname = COALESCE(:schema, current_schema())"),
        {"name": info.ref.name, "schema": info.ref.schema}).scalar()
    if estimate is None or estimate < 0:                       # never analysed
        return _head(table, rows, "limit")
    if estimate <= rows:
        return _head(table, rows, "all")
    method = "system" if estimate > SYSTEM_SAMPLE_ABOVE else "bernoulli"
    wanted = rows + 4 * math.sqrt(rows) + 10                   # a little over, so LIMIT rarely comes up short
    percent = min(100.0, 100.0 * wanted / estimate)
    sample = table.tablesample(getattr(sa.func, method)(sa.literal_column(f"{percent:.6f}")),
                               name="piiscan_sample", seed=sa.literal_column(str(int(seed))))
    return SamplePlan(sa.select(*sample.c).limit(rows), f"tablesample-{method}")


def _mysql(conn: sa.Connection, info: TableInfo, table: sa.TableClause, rows: int, seed: int) -> SamplePlan:
    estimate = conn.execute(sa.text(
        "SELECT TABLE_ROWS FROM information_schema.TABLES"
        " WHERE TABLE_SCHEMA = COALESCE(:schema, DATABASE()) AND TABLE_NAME = :name"),
        {"name": info.ref.name, "schema": info.ref.schema}).scalar()
    if estimate is None:
        return _head(table, rows, "limit")
    if estimate <= rows:
        return _head(table, rows, "all")
    if info.integer_key is not None:
        return _key_ranges(conn, info, table, table.c[info.integer_key], rows, seed)
    offset = _rng(info, seed).randrange(max(1, int(estimate) // 2 - rows))  # estimates run high: stay in the first half
    return SamplePlan(sa.select(*table.c).limit(rows).offset(offset), "offset")


def _sqlite(conn: sa.Connection, info: TableInfo, table: sa.TableClause, rows: int, seed: int) -> SamplePlan:
    key = table.c[info.integer_key] if info.integer_key else sa.literal_column("rowid")
    try:
        return _key_ranges(conn, info, table, key, rows, seed)
    except sa.exc.OperationalError:                            # WITHOUT ROWID table and no integer key
        return _head(table, rows, "limit")


def _key_ranges(conn: sa.Connection, info: TableInfo, table: sa.TableClause, key: ColumnElement,
                rows: int, seed: int) -> SamplePlan:
    low, high = conn.execute(sa.select(sa.func.min(key), sa.func.max(key)).select_from(table)).one()
    if low is None or high - low + 1 <= rows:
        return _head(table, rows, "all")
    runs = min(MAX_RUNS, math.ceil(rows / RUN_ROWS))
    per_run = math.ceil(rows / runs)
    starts = sorted(_rng(info, seed).sample(range(low, high + 1), runs))
    parts = []
    for start, end in zip(starts, [*starts[1:], None], strict=True):
        bounds = [key >= start] if end is None else [key >= start, key < end]
        parts.append(sa.select(*table.c).where(*bounds).order_by(key).limit(per_run).subquery())
    statement = sa.union_all(*(sa.select(p) for p in parts)) if len(parts) > 1 else sa.select(parts[0])
    return SamplePlan(statement.limit(rows), "key-ranges")


def _head(table: sa.TableClause, rows: int, strategy: str) -> SamplePlan:
    """The first ``rows`` rows; for a small table ("all") the LIMIT only guards against stale statistics."""
    return SamplePlan(sa.select(*table.c).limit(rows), strategy)


def _rng(info: TableInfo, seed: int) -> random.Random:
    """A generator seeded by the scan seed and the table, so tables sample independently."""
    return random.Random(f"{seed}:{info.ref.store}")


_PLANNERS = {"postgresql": _postgresql, "mysql": _mysql, "mariadb": _mysql, "sqlite": _sqlite}
