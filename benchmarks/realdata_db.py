"""Column-level P/R/F1 on Chinook (SQLite) and Northwind (PostgreSQL) against the hand labels.

piiscan runs through the real CLI (an ``sql`` source per database, default sample of 1,000 rows);
stock Presidio reads up to ``--db-values`` non-null values per column with the column and table
names as context, and flags an entity when enough values hit (``benchmarks.scoring.column_entities``:
30% of values, each covered to 60%). Northwind's SQL dump is loaded into a scratch database on
127.0.0.1:5432 (user postgres) that is dropped afterwards; without that server it is skipped.

Truth: the label list restricted to entities (``address_part``/``sensitive_other`` are not entities).
A predicted entity the labels' ``_also_acceptable`` allows is not a false positive (lenient); the
strict micro F1 counts it.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from benchmarks import accuracy, scoring
from benchmarks.realdata_cli import scan
from benchmarks.realdata_common import Options, SetResult, load_json, stock, warm
from benchmarks.scoring import Tally

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/"
NOT_ENTITIES = ("address_part", "sensitive_other")


def _psql(db: str, *args: str, env: dict[str, str] | None = None) -> None:
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-q", "-v", "ON_ERROR_STOP=1", *args],
                   check=True, capture_output=True, text=True, env=env)


@contextmanager
def northwind(sql_file: Path) -> Iterator[str | None]:
    """A scratch database with Northwind in schema ``northwind``; yields its URL (None when unavailable)."""
    name = f"piiscan_realdata_{os.getpid()}"
    try:
        _psql("postgres", "-c", f"CREATE DATABASE {name}")
    except (OSError, subprocess.CalledProcessError):
        yield None
        return
    try:
        _psql(name, "-c", "CREATE SCHEMA northwind")
        _psql(name, "-f", str(sql_file), env={**os.environ, "PGOPTIONS": "-c search_path=northwind"})
        yield PG + name
    finally:
        _psql("postgres", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def column_values(url: str, schema: str | None, limit: int) -> dict[tuple[str, str], list[str]]:
    """Up to ``limit`` non-null text values of every column of every base table."""
    engine = sa.create_engine(url)
    out: dict[tuple[str, str], list[str]] = {}
    try:
        insp = sa.inspect(engine)
        with engine.connect() as conn:
            for table in insp.get_table_names(schema=schema):
                t = sa.Table(table, sa.MetaData(), schema=schema, autoload_with=conn)
                for col in t.columns:
                    rows = conn.execute(sa.select(col).where(col.isnot(None)).limit(limit))
                    out[(table, col.name)] = [str(v) for (v,) in rows if not isinstance(v, bytes | memoryview)]
    finally:
        engine.dispose()
    return out


def score(labels: dict, predicted: dict[str, set[str]], keys: list[str], lenient: bool,
          errors: list[str] | None = None) -> Tally:
    """Column tally; wrong columns go to ``errors`` as ``+ENTITY table.column`` / ``-ENTITY table.column``."""
    also = labels.get("_also_acceptable", {})
    t = Tally()
    for key in keys:
        gold = {e for e in labels[key] if e not in NOT_ENTITIES}
        ok = gold | (set(also.get(key, ())) if lenient else set())
        where = key.split(":", 1)[1]
        for ent in sorted(predicted.get(key, set())):
            if ent in gold:
                t.tp[ent] += 1
            elif ent not in ok:
                t.fp[ent] += 1
                if errors is not None:
                    errors.append(f"+{ent} {where}")
        for ent in sorted(gold - predicted.get(key, set())):
            t.fn[ent] += 1
            if errors is not None:
                errors.append(f"-{ent} {where}")
    return t


def _errors(title: str, errors: list[str], limit: int = 12) -> str:
    more = f" ... (+{len(errors) - limit})" if len(errors) > limit else ""
    return f"{title} ({len(errors)}): " + (", ".join(errors[:limit]) + more if errors else "none")


def sampledbs(opts: Options) -> SetResult:
    labels = load_json(opts.path("sampledbs", "labels.json"))
    tables = {k for k, v in labels["_meta"]["relations"].items() if v["type"] == "TABLE"}
    keys = [k for k in labels if not k.startswith("_") and k.rsplit(".", 1)[0] in tables]
    chinook = opts.path("sampledbs", "chinook", "Chinook_Sqlite.sqlite").resolve()
    ours: dict[str, set[str]] = {}
    theirs: dict[str, set[str]] = {}
    analyze = warm(stock())
    notes = []
    with tempfile.TemporaryDirectory() as tmp, northwind(opts.path("sampledbs", "northwind", "northwind.sql")) as pg:
        sources = [{"name": "chinook", "type": "sql", "url": f"sqlite:///{chinook}", "sample": {"rows": 1000, "seed": 0}}]
        dbs = [("sqlite:chinook", f"sqlite:///file:{chinook}?mode=ro&uri=true", None)]
        if pg:
            sources.append({"name": "northwind", "type": "sql", "url": pg, "schemas": ["northwind"],
                            "sample": {"rows": 1000, "seed": 0}})
            dbs.append(("postgresql:northwind", pg, "northwind"))
        else:
            notes.append("PostgreSQL on 127.0.0.1:5432 not reachable: Northwind skipped")
            keys = [k for k in keys if k.startswith("sqlite:")]
        run = scan(sources, Path(tmp), opts.workers)
        prefix = {"chinook": "sqlite:chinook", "northwind": "postgresql:northwind"}
        for f in run.findings:
            loc = f["location"]
            ours.setdefault(f"{prefix[f['source']]}.{loc['table']}.{loc['column']}", set()).add(f["entity"])
        for pre, url, schema in dbs:
            for (table, col), values in column_values(url, schema, opts.db_values).items():
                preds = analyze(values, (col, table)) if values else []
                theirs[f"{pre}.{table}.{col}"] = scoring.column_entities(values, preds)
    ours_err: list[str] = []
    theirs_err: list[str] = []
    results = {"lenient": (score(labels, ours, keys, True, ours_err), score(labels, theirs, keys, True, theirs_err)),
               "strict": (score(labels, ours, keys, False), score(labels, theirs, keys, False))}
    o, s = results["lenient"]
    parts = [f"{len(keys)} labelled base-table columns; piiscan CLI {run.seconds:.1f} s (exit {run.exit_code}); "
             f"stock Presidio on up to {opts.db_values} values per column", *notes, "",
             accuracy.table("lenient (also-acceptable extras are not false positives)", o, s), ""]
    so, ss = results["strict"]
    parts.append(f"strict micro F1: piiscan {so.prf()[2]:.3f}, stock {ss.prf()[2]:.3f}")
    parts.append(f"flags on address_part columns (city/state/postcode): piiscan "
                 f"{sum(1 for k in keys if 'address_part' in labels[k] and ours.get(k))}, stock "
                 f"{sum(1 for k in keys if 'address_part' in labels[k] and theirs.get(k))}")
    parts += ["", _errors("piiscan wrong columns (+ false positive, - missed; lenient)", ours_err),
              _errors("stock wrong columns", theirs_err)]
    numbers = {mode: {"piiscan": dict(zip("prf", a.prf(), strict=True)), "stock": dict(zip("prf", b.prf(), strict=True))}
               for mode, (a, b) in results.items()}
    numbers["columns"] = len(keys)
    numbers["piiscan_errors"], numbers["stock_errors"] = ours_err, theirs_err
    summary = [("sampledbs (Chinook+Northwind)", f"{o.prf()[2]:.3f} (strict {so.prf()[2]:.3f})",
                f"{s.prf()[2]:.3f} (strict {ss.prf()[2]:.3f}) (stock Presidio)", "column micro F1")]
    return SetResult("sampledbs", "\n".join(parts), summary, numbers)
