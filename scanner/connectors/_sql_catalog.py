"""Which tables a sql source covers, and what their columns are (via SQLAlchemy reflection)."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

import sqlalchemy as sa


@dataclass(frozen=True)
class TableRef:
    """One table or view; ``schema`` is None for the connection's default schema."""

    name: str
    schema: str | None = None
    is_view: bool = False

    @property
    def store(self) -> str:
        """The report's grouping: ``table``, or ``schema.table`` outside the default schema."""
        return f"{self.schema}.{self.name}" if self.schema else self.name

    @property
    def where(self) -> dict[str, str]:
        """The location of the whole table: ``{"table"}``, plus ``"schema"`` outside the default one."""
        return {"table": self.name, **({"schema": self.schema} if self.schema else {})}

    def location(self, column: str) -> dict[str, str]:
        """The contract location of one column."""
        return {"table": self.name, "column": column, **({"schema": self.schema} if self.schema else {})}


@dataclass(frozen=True)
class ColumnInfo:
    """A reflected column: name, SQLAlchemy type and comment."""

    name: str
    type: Any
    comment: str | None = None


@dataclass(frozen=True)
class TableInfo:
    """A reflected table: its columns and single integer primary key, if it has one."""

    ref: TableRef
    columns: tuple[ColumnInfo, ...]
    integer_key: str | None = None


def list_tables(conn: sa.Connection, schemas: Iterable[str | None], include: Iterable[str],
                exclude: Iterable[str], views: bool) -> list[TableRef]:
    """Tables (and views, when asked) of ``schemas`` whose name passes include/exclude, sorted."""
    insp = sa.inspect(conn)
    default = insp.default_schema_name
    refs: list[TableRef] = []
    for schema in dict.fromkeys(None if s == default else s for s in schemas):
        qualifier = schema or default or ""
        names = [(n, False) for n in insp.get_table_names(schema=schema)]
        if views:
            names += [(n, True) for n in _view_names(insp, schema)]
        for name, is_view in names:
            if _selected(name, f"{qualifier}.{name}", include, exclude):
                refs.append(TableRef(name, schema, is_view))
    return sorted(refs, key=lambda r: (r.schema or "", r.name))


def reflect_table(conn: sa.Connection, ref: TableRef) -> TableInfo:
    """Columns, comments and integer primary key of ``ref``; NoSuchTableError when it is gone."""
    insp = sa.inspect(conn)
    columns = tuple(ColumnInfo(c["name"], c["type"], c.get("comment"))
                    for c in insp.get_columns(ref.name, schema=ref.schema))
    if not columns:
        raise sa.exc.NoSuchTableError(ref.name)     # SQLite answers a missing table with no columns
    key = None
    if not ref.is_view:
        pk = insp.get_pk_constraint(ref.name, schema=ref.schema).get("constrained_columns") or []
        types = {c.name: c.type for c in columns}
        if len(pk) == 1 and isinstance(types.get(pk[0]), sa.Integer):
            key = pk[0]
    return TableInfo(ref, columns, key)


def type_name(type_: Any, dialect: sa.Dialect) -> str:
    """The column type as the database spells it (class name when it cannot be compiled)."""
    try:
        return str(type_.compile(dialect=dialect))
    except Exception:   # exotic reflected types (NullType, ...) only need a label
        return type(type_).__name__


def _view_names(insp: sa.Inspector, schema: str | None) -> list[str]:
    names = list(insp.get_view_names(schema=schema))
    with suppress(NotImplementedError):          # only some dialects have materialized views
        names += insp.get_materialized_view_names(schema=schema)
    return names


def _selected(name: str, qualified: str, include: Iterable[str], exclude: Iterable[str]) -> bool:
    def matches(patterns: Iterable[str]) -> bool:
        return any(fnmatchcase(name, p) or fnmatchcase(qualified, p) for p in patterns)
    return matches(include) and not matches(exclude)
