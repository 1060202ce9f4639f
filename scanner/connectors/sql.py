"""The ``sql`` connector: sampled column values from any database SQLAlchemy can reach.

One read-only transaction and one sampling SELECT (all columns) per table; rows are streamed
and turned into one :class:`Chunk` per column, plus one per JSON key path for columns holding
JSON documents. With ``sample.rows`` above :data:`BATCH_ROWS` or null, a column yields one chunk
per batch of rows, all with the same location: ``Chunk.batch`` (0, 1, ...) tells them apart,
so rows scanned at a location = the sum over its batches (JSON-path chunks of one batch share
that batch's rows).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa

from scanner.connectors._sql_catalog import TableInfo, TableRef, list_tables, reflect_table, type_name
from scanner.connectors._sql_engine import create_readonly_engine, safe_error
from scanner.connectors._sql_options import SQL_OPTIONS, SqlOptions
from scanner.connectors._sql_sampling import SamplePlan, plan_sample, table_clause
from scanner.connectors._sql_values import ColumnValues
from scanner.connectors.base import Chunk, ColumnSchema, Connector
from scanner.errors import ConfigError, SourceError

BATCH_ROWS = 5000
T = TypeVar("T")


class SqlConnector(Connector):
    """Reads a sample of every selected table of one database, column by column."""

    kind = "sql"
    options = SQL_OPTIONS

    def __init__(self, spec: Mapping[str, Any], base_dir: Path):
        super().__init__(spec, base_dir)
        self.opts = SqlOptions.from_spec(spec, base_dir)
        try:
            self.opts.url.get_dialect()
        except sa.exc.NoSuchModuleError:
            raise ConfigError(f"unknown database dialect {self.opts.url.drivername!r} in 'url'",
                              key=f"sources.{self.name}.url") from None
        self.prior_marks: dict[str, Any] = {}          # --since-last: each table's watermark of the last scan
        self.watermarks: dict[str, Any] = {}

    def describe(self) -> str:
        """The URL with the password masked."""
        return self.opts.url.render_as_string(hide_password=True)

    def iter_chunks(self) -> Iterator[Chunk]:
        """Chunks of every selected table; a table that fails becomes an issue, the rest go on."""
        with self._session() as (conn, tables):
            yield from self._per_table(conn, tables, self._table_chunks)

    def list_columns(self) -> dict[str, list[tuple[str, str]]]:
        """``{store: [(column, type), ...]}`` of every selected table, without reading rows."""
        with self._session() as (conn, tables):
            def columns(c: sa.Connection, ref: TableRef) -> Iterator[tuple[str, list[tuple[str, str]]]]:
                info = reflect_table(c, ref)
                yield ref.store, [(col.name, type_name(col.type, c.dialect)) for col in info.columns]
            return dict(self._per_table(conn, tables, columns))

    @contextmanager
    def connection(self) -> Iterator[sa.Connection]:
        """A connection inside one read-only transaction (what every scan query runs in)."""
        engine = self._engine()
        try:
            with self._connect(engine) as conn, conn.begin():
                yield conn
        finally:
            engine.dispose()

    @contextmanager
    def _session(self) -> Iterator[tuple[sa.Connection, list[TableRef]]]:
        engine = self._engine()
        try:
            with self._connect(engine) as conn:
                try:
                    with conn.begin():
                        tables = list_tables(conn, self.opts.schemas, self.opts.include, self.opts.exclude,
                                             self.opts.views)
                except Exception as exc:
                    raise SourceError(f"cannot list the tables of {self.describe()}: {self._safe(exc)}") from None
                if not tables:
                    self.report_issue({}, f"no table matches include {list(self.opts.include)} / exclude "
                                          f"{list(self.opts.exclude)}", severity="warning")
                yield conn, tables
        finally:
            engine.dispose()

    def _engine(self) -> sa.Engine:
        try:
            return create_readonly_engine(self.opts.url, self.opts.statement_timeout)
        except ImportError as exc:
            raise SourceError(f"the database driver for {self.opts.url.drivername!r} is not installed "
                              f"({type(exc).__name__}: {exc.name or exc})") from None
        except sa.exc.ArgumentError as exc:
            raise ConfigError(f"'url' is not usable: {self._safe(exc)}", key=f"sources.{self.name}.url") from None

    def _connect(self, engine: sa.Engine) -> sa.Connection:
        try:
            return engine.connect()
        except Exception as exc:
            raise SourceError(f"cannot connect to {self.describe()}: {self._safe(exc)}") from None

    def _per_table(self, conn: sa.Connection, tables: Sequence[TableRef],
                   work: Callable[[sa.Connection, TableRef], Iterator[T]]) -> Iterator[T]:
        """Run ``work`` on each table; record a failing table as an issue and go on."""
        failed = 0
        for ref in tables:
            try:
                yield from work(conn, ref)
            except Exception as exc:
                failed += 1
                self._table_issue(ref, exc)
        if tables and failed == len(tables):
            raise SourceError(f"no table of {self.describe()} could be read ({failed} failed; see the issues)")

    def stores(self) -> list[str]:
        """Every table and view of the configured schemas, whatever include/exclude select."""
        with self.connection() as conn:
            try:
                refs = list_tables(conn, self.opts.schemas, ["*"], [], views=True)
            except Exception as exc:
                raise SourceError(f"cannot list the tables of {self.describe()}: {self._safe(exc)}") from None
        return [ref.store for ref in refs]

    def matching(self, patterns: Sequence[str]) -> dict[str, list[str]]:
        """The stores each ``include``-style glob selects (exclude applied), by the catalogue's own rule:
        ``users``, ``public.users`` and ``pub*.u*`` all name the default schema's ``users``."""
        with self.connection() as conn:
            try:
                return {p: [ref.store for ref in list_tables(conn, self.opts.schemas, [p], self.opts.exclude,
                                                             self.opts.views)] for p in patterns}
            except Exception as exc:
                raise SourceError(f"cannot list the tables of {self.describe()}: {self._safe(exc)}") from None

    def _table_chunks(self, conn: sa.Connection, ref: TableRef) -> Iterator[Chunk]:
        info, plan, batches = self._read(conn, ref)
        schemas = tuple(ColumnSchema(c.name, ref.name, type_name(c.type, conn.dialect), c.comment)
                        for c in info.columns)
        empty = True
        for batch, rows in enumerate(batches):
            empty = False
            yield from self._batch_chunks(info, plan, rows, batch, schemas)
        if empty:                    # an empty table (a fresh migration in CI): its columns are judged by name
            yield from self._batch_chunks(info, plan, [], 0, schemas)

    def _read(self, conn: sa.Connection, ref: TableRef) -> tuple[TableInfo, SamplePlan, Iterator[Sequence[Any]]]:
        with conn.begin():
            info = reflect_table(conn, ref)
            plan = self._new_rows(conn, info) or plan_sample(conn, info, self.opts.rows, self.opts.seed)
        return info, plan, _stream(conn, plan.statement)

    def resume(self, state: Mapping[str, Any]) -> None:
        """Read only the rows past each table's watermark of a previous scan (``watermark:``)."""
        self.prior_marks = dict(state.get("watermarks", {}))

    def state(self) -> dict[str, Any]:
        return {"watermarks": self.watermarks} if self.opts.watermark else {}

    def _new_rows(self, conn: sa.Connection, info: TableInfo) -> SamplePlan | None:
        """With ``watermark:``: note the table's highest mark; past a previous scan's, the rows after it
        (sampled as ``rows`` says: the first ones) are all that is read."""
        name = self.opts.watermark
        if name is None or name not in {c.name for c in info.columns}:
            return None
        table = table_clause(info)             # values read as every other read gives them
        mark = sa.type_coerce(table.c[name], next(c.type for c in info.columns if c.name == name))  # bound as its type
        top = conn.execute(sa.select(sa.func.max(mark))).scalar()
        store = info.ref.store
        prior = self.prior_marks.get(store)
        self.watermarks[store] = _mark_json(top) if top is not None else prior
        if prior is None:
            return None
        self.carried[store] = store
        statement = sa.select(*table.c).where(mark > _mark_value(prior))
        if top is not None:
            statement = statement.where(mark <= top)
        return SamplePlan(statement if self.opts.rows is None else statement.order_by(mark).limit(self.opts.rows),
                          "watermark")

    def _batch_chunks(self, info: TableInfo, plan: SamplePlan, rows: Sequence[Any], batch: int,
                      schemas: Sequence[ColumnSchema]) -> Iterator[Chunk]:
        """One chunk per column (and JSON key path) of a batch of rows; a column without any value
        still gets an empty chunk, so that its name can speak for it."""
        columns = [ColumnValues(self.opts.max_value_chars) for _ in info.columns]
        for values, cells in zip(columns, zip(*rows, strict=True), strict=False):
            values.extend(cells)
        ref = info.ref
        for column, values, schema in zip(info.columns, columns, schemas, strict=True):
            context = (column.name, ref.name, *([column.comment] if column.comment else []))
            common = {"store": ref.store, "location": ref.location(column.name), "mode": "column",
                      "rows_scanned": len(rows), "table": ref.name, "schema": schema}
            common |= {"sampling": plan.strategy, "batch": batch}
            if values.plain or not values.paths:
                yield Chunk(values=values.plain, context=context, **common)
            for path, found in sorted(values.paths.items()):
                yield Chunk(values=found, context=(*reversed(path), *context), field=".".join((column.name, *path)),
                            **common)

    def _table_issue(self, ref: TableRef, exc: Exception) -> None:
        if isinstance(exc, sa.exc.NoSuchTableError):
            message = f"table {ref.store!r} no longer exists (dropped during the scan?)"
        else:
            message = f"table {ref.store!r} could not be read: {self._safe(exc, ref.name, ref.schema, ref.store)}"
        self.report_issue(ref.where, message)

    def _safe(self, exc: BaseException, *identifiers: str | None) -> str:
        return safe_error(exc, self.opts.url, identifiers)


def _mark_json(value: Any) -> Any:
    """A watermark as JSON, its type kept: numbers and text as they are, dates and times in ISO form."""
    if isinstance(value, datetime.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"date": value.isoformat()}
    if isinstance(value, int | float | str):
        return value
    return str(value)


def _mark_value(doc: Any) -> Any:
    """The Python value of a stored watermark, bound as the column's own type."""
    if isinstance(doc, dict) and "datetime" in doc:
        return datetime.datetime.fromisoformat(doc["datetime"])
    if isinstance(doc, dict) and "date" in doc:
        return datetime.date.fromisoformat(doc["date"])
    return doc


def _stream(conn: sa.Connection, statement: sa.Executable) -> Iterator[Sequence[Any]]:
    """Batches of rows from a server-side cursor, in a read-only transaction of their own.

    The transaction ends before the last batch is handed out, so a consumer that pauses
    between tables holds no locks.
    """
    pending = None
    with conn.begin():
        result = conn.execute(statement, execution_options={"yield_per": BATCH_ROWS})
        for batch in result.partitions():
            if pending is not None:
                yield pending
            pending = batch
    if pending is not None:
        yield pending


def list_columns(url: str, *, base_dir: Path | None = None, **opts: Any) -> dict[str, list[tuple[str, str]]]:
    """``{table: [(column, type), ...]}`` for the ``check`` gate; ``opts`` are sql source options.

    Tables outside the default schema are keyed ``schema.table``. Raises SourceError when the
    database cannot be reached.
    """
    connector = SqlConnector({"name": "check", "type": "sql", "url": url, **opts}, base_dir or Path.cwd())
    return connector.list_columns()
