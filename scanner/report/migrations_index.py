"""Where a table column is created or altered: the scan's SQL and Alembic migrations, parsed by regex.

The files are the ``migrations:`` key of the config, else the usual layouts beside it (``migrations/``,
``alembic/versions/``, ``db/migrate/``, ``sql/``, ``*.sql``). Each file is read once, on the first lookup,
and no database is touched. Later migrations win: Alembic revisions in ``down_revision`` order, other
files by name (the usual number or timestamp prefix). A column points at the line that names it
(``CREATE TABLE`` body, ``ALTER TABLE … ADD/ALTER/MODIFY/CHANGE/RENAME``, ``sa.Column`` in
``op.create_table``, ``add_column``, ``alter_column``), else at the line that creates its table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from scanner.config import ScanConfig

LAYOUTS = ("migrations", "alembic/versions", "db/migrate", "sql")
SUFFIXES = (".sql", ".py")
MAX_BYTES = 8 << 20                 # bigger files are data dumps, not migrations: not read

_IDENT = r'(?:"(?:[^"]|"")+"|`[^`]+`|\[[^\]\n]+\]|[A-Za-z_][\w$]*)'
_QNAME = rf"{_IDENT}(?:\s*\.\s*{_IDENT})*"
_SQL_SKIP = re.compile(r"'(?:[^']|'')*'|--[^\n]*|/\*.*?\*/|\$(\w*)\$.*?\$\1\$|\"(?:[^\"]|\"\")*\"|`[^`]*`", re.S)
_SQL_CREATE = re.compile(r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?"
                         rf"TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<name>{_QNAME})\s*\(", re.I)
_SQL_ALTER = re.compile(rf"\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?P<name>{_QNAME})", re.I)
_SQL_ELEMENT = re.compile(rf"\s*(?P<col>{_IDENT})")
_SQL_ACTION = re.compile(rf"\s*(?:ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?P<add>{_IDENT})"
                         rf"|(?:ALTER|MODIFY)\s+(?:COLUMN\s+)?(?P<alter>{_IDENT})"
                         rf"|CHANGE\s+(?:COLUMN\s+)?{_IDENT}\s+(?P<change>{_IDENT})"
                         rf"|RENAME\s+(?:COLUMN\s+)?{_IDENT}\s+TO\s+(?P<rename>{_IDENT}))", re.I)
_NOT_COLUMNS = {"CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX", "FULLTEXT", "SPATIAL",
                "EXCLUDE", "LIKE", "PERIOD"}
_PARENS = re.compile(r"[(),]")

_STR = r"""["']([^"'\n]+)["']"""
_PY_SKIP = re.compile(r"(\"\"\"|''')(?:\\.|(?!\1).)*\1|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|#[^\n]*", re.S)
_PY_CREATE = re.compile(rf"\bcreate_table\(\s*{_STR}")
_PY_COLUMN = re.compile(rf"\bColumn\(\s*{_STR}")
_PY_ADD = re.compile(rf"\badd_column\(\s*(?:{_STR}\s*,\s*)?[\w.]*\bColumn\(\s*{_STR}")
_PY_ALTER = re.compile(rf"\balter_column\(\s*{_STR}(?:\s*,\s*{_STR})?")
_PY_RENAME = re.compile(rf"\bnew_column_name\s*=\s*{_STR}")
_PY_BATCH = re.compile(rf"\bbatch_alter_table\(\s*{_STR}")
_PY_REVISION = re.compile(rf"^revision\b[^=\n]*=\s*{_STR}", re.M)
_PY_DOWN = re.compile(r"^down_revision\b[^=\n]*=(.*)$", re.M)


@dataclass(frozen=True)
class Site:
    """A line of a migration file (absolute path, 1-based line)."""

    path: Path
    line: int


# (schema or "", table, column or None, offset): a column named, or a table created (column None)
_Event = tuple[str, str, str | None, int]


class MigrationsIndex:
    """Sites of tables and columns in the migrations; the files are found and read on the first lookup."""

    def __init__(self, base_dir: Path, files: Sequence[Path] | None = None) -> None:
        self.base_dir, self._files = base_dir, files
        self._columns: dict[tuple[str, str, str], Site] | None = None
        self._tables: dict[tuple[str, str], Site] = {}

    @classmethod
    def of(cls, config: ScanConfig) -> MigrationsIndex:
        """The index of the config's ``migrations:`` files, else of the layouts found beside the config."""
        return cls(config.base_dir, config.migrations)

    def files(self) -> list[Path]:
        """The configured files, else those of the usual layouts beside the config."""
        if self._files is not None:
            return list(self._files)
        found = {p for layout in LAYOUTS if (self.base_dir / layout).is_dir()
                 for p in (self.base_dir / layout).rglob("*") if p.suffix in SUFFIXES and p.is_file()}
        found.update(p for p in self.base_dir.glob("*.sql") if p.is_file())
        return sorted(found)

    def locate(self, table: str, column: str, schema: str | None = None) -> Site | None:
        """The newest line naming the column, else the newest creating its table, else None."""
        if self._columns is None:
            self._columns, self._tables = _index(self.files())
        tables = ([(schema.lower(), table.lower())] if schema else []) + [("", table.lower())]
        for key in tables:
            if (site := self._columns.get((*key, column.lower()))) is not None:
                return site
        return next((self._tables[key] for key in tables if key in self._tables), None)

def _index(files: Sequence[Path]) -> tuple[dict[tuple[str, str, str], Site], dict[tuple[str, str], Site]]:
    """Read and parse every file once, oldest first, so that later sites replace earlier ones."""
    columns: dict[tuple[str, str, str], Site] = {}
    tables: dict[tuple[str, str], Site] = {}
    texts = {path: text for path in files if (text := _read(path)) is not None}
    for path in _ordered(texts):
        text = texts[path]
        newlines = [m.start() for m in re.finditer("\n", text)]
        events = _python_events(text) if path.suffix == ".py" else _sql_events(text)
        for schema, table, column, offset in sorted(events, key=lambda e: e[3]):
            site = Site(path, bisect_left(newlines, offset) + 1)
            for key in {(schema, table), ("", table)}:
                if column is None:
                    tables[key] = site
                else:
                    columns[(*key, column)] = site
    return columns, tables


def _read(path: Path) -> str | None:
    """The text of a migration file; None when unreadable or too big."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _ordered(texts: dict[Path, str]) -> list[Path]:
    """Oldest first: Alembic revisions by their depth in the ``down_revision`` chain, then by file name."""
    revisions = {m.group(1): p for p, t in texts.items() if p.suffix == ".py" and (m := _PY_REVISION.search(t))}
    revised = set(revisions.values())
    parents = {p: tuple(revisions[r] for r in re.findall(_STR, d.group(1)) if r in revisions)
               for p, t in texts.items() if p in revised and (d := _PY_DOWN.search(t))}
    depth: dict[Path, int] = {}
    for start in parents:
        stack, open_ = [start], set()
        while stack:
            node = stack[-1]
            if node in depth:
                stack.pop()
                continue
            todo = [p for p in parents.get(node, ()) if p not in depth and p not in open_]
            if todo and node not in open_:
                open_.add(node)
                stack.extend(todo)
                continue
            depth[node] = 1 + max((depth.get(p, -1) for p in parents.get(node, ())), default=-1)
            open_.discard(node)
            stack.pop()
    return sorted(texts, key=lambda p: (depth.get(p, 0), p.name, str(p)))


def _blank(match: re.Match[str]) -> str:
    """Spaces for a comment or string literal, keeping its newlines (and so the line numbers)."""
    return re.sub(r"[^\n]", " ", match.group(0))


def _name(ident: str) -> str:
    """An identifier unquoted and folded to lower case."""
    if ident[:1] in "\"`[":
        ident = ident[1:-1].replace('""', '"')
    return ident.lower()


def _qualified(name: str) -> tuple[str, str]:
    """``(schema or "", table)`` of a possibly qualified, quoted SQL name."""
    parts = [_name(p) for p in re.findall(_IDENT, name)]
    return (parts[-2] if len(parts) > 1 else ""), parts[-1]


def _split(masked: str, start: int, end: int) -> Iterator[int]:
    """Offsets where the top-level comma-separated elements of ``masked[start:end]`` begin."""
    yield start
    depth = 0
    for m in _PARENS.finditer(masked, start, end):
        depth += {"(": 1, ")": -1}.get(m.group(0), 0)
        if depth == 0 and m.group(0) == ",":
            yield m.end()


def _close(masked: str, open_at: int) -> int:
    """The offset of the parenthesis closing the one at ``open_at`` (end of text when unclosed)."""
    depth = 0
    for m in _PARENS.finditer(masked, open_at):
        depth += {"(": 1, ")": -1}.get(m.group(0), 0)
        if depth == 0:
            return m.start()
    return len(masked)


def _sql_events(text: str) -> Iterator[_Event]:
    """Tables created and columns named by ``CREATE TABLE`` / ``ALTER TABLE`` outside comments and strings."""
    masked = _SQL_SKIP.sub(lambda m: m.group(0) if m.group(0)[0] in "\"`" else _blank(m), text)
    for m in _SQL_CREATE.finditer(masked):
        schema, table = _qualified(m.group("name"))
        yield schema, table, None, m.start()
        body_end = _close(masked, m.end() - 1)
        for at in _split(masked, m.end(), body_end):
            col = _SQL_ELEMENT.match(masked, at, body_end)
            if col and col.group("col").upper() not in _NOT_COLUMNS:
                yield schema, table, _name(col.group("col")), col.start("col")
    for m in _SQL_ALTER.finditer(masked):
        schema, table = _qualified(m.group("name"))
        end = masked.find(";", m.end())
        end = len(masked) if end < 0 else end
        for at in _split(masked, m.end(), end):
            act = _SQL_ACTION.match(masked, at, end)
            if act is None:
                continue
            group = next(g for g in ("add", "alter", "change", "rename") if act.group(g))
            if act.group(group).upper() not in _NOT_COLUMNS:
                yield schema, table, _name(act.group(group)), act.start(group)


def _python_events(text: str) -> Iterator[_Event]:
    """Tables created and columns named by Alembic ``op`` / ``batch_op`` calls outside comments and strings."""
    masked = _PY_SKIP.sub(_blank, text)

    def live(pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        return (m for m in pattern.finditer(text, start, len(text) if end is None else end)
                if masked[m.start()] != " ")

    batches = [(m.start(), m.group(1).lower()) for m in live(_PY_BATCH)]

    def batch_table(offset: int) -> str | None:
        return next((t for at, t in reversed(batches) if at < offset), None)

    for m in live(_PY_CREATE):
        table = m.group(1).lower()
        yield "", table, None, m.start()
        for col in live(_PY_COLUMN, m.end(), _close(masked, text.index("(", m.start()))):
            yield "", table, col.group(1).lower(), col.start(1)
    for m in live(_PY_ADD):
        if (table := (m.group(1) or batch_table(m.start()) or "").lower()):
            yield "", table, m.group(2).lower(), m.start(2)
    for m in live(_PY_ALTER):
        table, column = (m.group(1), m.group(2)) if m.group(2) else (batch_table(m.start()), m.group(1))
        if table:
            yield "", table.lower(), column.lower(), m.start(2 if m.group(2) else 1)
            for new in live(_PY_RENAME, m.end(), _close(masked, text.index("(", m.start()))):
                yield "", table.lower(), new.group(1).lower(), new.start(1)
