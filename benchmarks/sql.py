"""Read speed of the sql connector: 1,000 columns across 100 tables, 1,000-row samples, on PostgreSQL.

Generates the tables in a scratch schema (server-side, with generate_series), reads them
through :class:`SqlConnector`, prints time and values/s, and drops the schema::

    python -m benchmarks.sql [--url URL] [--tables 100] [--columns 10] [--rows 5000] [--sample 1000]

Detection is not timed here; only what the connector hands to the pipeline.
"""

from __future__ import annotations

import argparse
import statistics
import time
import uuid
from collections import Counter
from pathlib import Path

import sqlalchemy as sa

from scanner.connectors.sql import SqlConnector

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# (column type, SQL expression of the row number g): names, emails, phones, IMEIs, dates, free text
GENERATORS = [
    ("text", "'user ' || g"),
    ("text", "'user' || g || '@example.com'"),
    ("text", "'+81 90-' || lpad(mod(g, 10000)::text, 4, '0') || '-' || lpad(mod(g * 7, 10000)::text, 4, '0')"),
    ("bigint", "490154200000000 + g"),
    ("date", "date '1950-01-01' + mod(g, 20000)"),
    ("text", "md5(g::text) || ' ' || md5((g + 1)::text)"),
]


def generate(conn: sa.Connection, schema: str, tables: int, columns: int, rows: int) -> None:
    """Create ``tables`` tables of ``columns`` columns and ``rows`` rows each in ``schema``."""
    quote = conn.dialect.identifier_preparer.quote
    conn.exec_driver_sql(f"CREATE SCHEMA {quote(schema)}")
    for t in range(tables):
        specs = [GENERATORS[(t + c) % len(GENERATORS)] for c in range(columns)]
        name = f"{quote(schema)}.{quote(f't{t:03d}')}"
        ddl = ", ".join(f"{quote(f'c{c:02d}')} {type_}" for c, (type_, _) in enumerate(specs))
        conn.exec_driver_sql(f"CREATE TABLE {name} (id integer PRIMARY KEY, {ddl})")
        exprs = ", ".join(expr for _, expr in specs)
        conn.exec_driver_sql(f"INSERT INTO {name} SELECT g, {exprs} FROM generate_series(1, {int(rows)}) AS g")
        conn.exec_driver_sql(f"ANALYZE {name}")


def read_all(url: str, schema: str, sample: int) -> tuple[float, int, int, Counter]:
    """Seconds, values and chunks of one full read, and the sampling strategies used."""
    connector = SqlConnector({"name": "bench", "type": "sql", "url": url, "schemas": [schema],
                              "sample": {"rows": sample, "seed": 0}}, Path.cwd())
    start = time.perf_counter()
    values = chunks = 0
    strategies: Counter = Counter()
    for chunk in connector.iter_chunks():
        values += len(chunk.values)
        chunks += 1
        strategies[chunk.sampling] += 1
    elapsed = time.perf_counter() - start
    assert not connector.issues, connector.issues
    return elapsed, values, chunks, strategies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=DEFAULT_URL, help="PostgreSQL URL (a scratch schema is created there)")
    parser.add_argument("--tables", type=int, default=100)
    parser.add_argument("--columns", type=int, default=10, help="columns per table, besides the id")
    parser.add_argument("--rows", type=int, default=5000, help="rows per table")
    parser.add_argument("--sample", type=int, default=1000, help="sample.rows")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    schema = f"piiscan_bench_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(args.url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            start = time.perf_counter()
            generate(conn, schema, args.tables, args.columns, args.rows)
            print(f"generated {args.tables} tables x {args.columns + 1} columns x {args.rows} rows "
                  f"in {time.perf_counter() - start:.1f} s")
        runs = [read_all(args.url, schema, args.sample) for _ in range(args.repeat)]
        times = [r[0] for r in runs]
        _, values, chunks, strategies = runs[0]
        print(f"read {chunks} column chunks, {values} values (sample {args.sample} rows/table; "
              f"strategies {dict(strategies)})")
        print(f"time: best {min(times):.2f} s, median {statistics.median(times):.2f} s over {args.repeat} runs")
        print(f"speed: {values / min(times):,.0f} values/s, {args.tables / min(times):.1f} tables/s")
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {conn.dialect.identifier_preparer.quote(schema)} CASCADE")
        engine.dispose()


if __name__ == "__main__":
    main()
