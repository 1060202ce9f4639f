"""The connector interface and the loader that finds connectors by their ``type:`` name.

A connector turns one configured source into :class:`Chunk` objects: a finest location
(table+column, file+line, message+part) with the text values found there. Connectors are
read-only and do all I/O; recognizers and the pipeline never touch a store.

Third-party connectors register under the ``piiscan.connectors`` entry-point group::

    [options.entry_points]
    piiscan.connectors =
        s3 = mypkg.s3:S3Connector
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, ClassVar, Literal

from scanner.connectors._paths import expand
from scanner.errors import ConfigError

ChunkMode = Literal["column", "text", "lines"]


@dataclass(frozen=True)
class ColumnSchema:
    """What a catalogue says about a column; judged by name when the column holds no values."""

    name: str
    table: str
    type: str = ""
    comment: str | None = None


@dataclass(frozen=True)
class Chunk:
    """Values read from one finest location of a store.

    ``mode`` tells the pipeline how to judge them: ``column`` aggregates detections over
    sampled cells (a column is flagged when enough of them match), ``text`` counts every
    detection in free text (a log line, a mail part), ``lines`` is many consecutive lines of one
    file in one chunk (``location["line"]`` is the first; each line counts at its own number),
    which keeps per-line overhead off the hot path of big logs; for JSON lines its values are the
    leaves of many lines, each with its line number, key path and context (``lines``, ``fields``,
    ``contexts``). Text and lines are rolled up per
    file (:mod:`scanner.rollup`).
    """

    store: str                               # the report's grouping: table name, file path, mailbox path
    location: Mapping[str, Any]              # contract location: {"table","column"} | {"path","line"} | ...
    values: Sequence[str]                    # sampled cells, or one text
    mode: ChunkMode = "text"
    context: Sequence[str] = ()              # words that describe the values: column name, JSON key, header
    rows_scanned: int = 1
    table: str | None = None                 # for per-table purposes of sql sources
    schema: ColumnSchema | None = None       # column mode: the column's catalogue entry (name, type, comment)
    field: str | None = None                 # the JSON key path the values sit at ('payload.email'), if any
    batch: int = 0                           # column mode: which batch of sampled rows (they add up)
    sampling: str | None = None              # column mode: how the rows were sampled ('key-ranges', ...)
    piece: int | None = None                 # text mode: the piece of an over-long line (1, 2, ...)
    # lines mode, JSON lines: each value is a leaf with its own line number, key path and context words
    lines: Sequence[int] | None = None       # default: consecutive lines from location["line"]
    fields: Sequence[str] | None = None      # the leaves' key paths ('device.imei')
    contexts: Sequence[Sequence[str]] | None = None   # the leaves' key path words (('device', 'imei'))


@dataclass(frozen=True)
class ScanIssue:
    """A part of a source that could not be scanned (or was skipped), with its location."""

    location: Mapping[str, Any]
    message: str
    severity: Literal["error", "warning", "skipped"] = "error"


class Connector(ABC):
    """Reads one configured source. Subclasses set ``kind`` and ``options``."""

    kind: ClassVar[str]
    options: ClassVar[frozenset[str]] = frozenset()
    common_options: ClassVar[frozenset[str]] = frozenset({"name", "type", "purposes", "tables"})

    def __init__(self, spec: Mapping[str, Any], base_dir: Path):
        unknown = set(spec) - self.options - self.common_options
        if unknown:
            raise ConfigError(f"unknown option(s) {sorted(unknown)} for source type {self.kind!r}",
                              key=f"sources.{spec.get('name', '?')}.{sorted(unknown)[0]}")
        self.spec = dict(spec)
        self.name: str = str(spec.get("name"))
        self.base_dir = base_dir
        self.issues: list[ScanIssue] = []
        self.carried: dict[str, str] = {}      # --since-last: store read on from a previous scan -> its name then

    @abstractmethod
    def describe(self) -> str:
        """A credential-free label for logs and reports."""

    @abstractmethod
    def iter_chunks(self) -> Iterator[Chunk]:
        """Yield chunks; record unreadable parts in ``self.issues`` and go on.

        Raise :class:`scanner.errors.SourceError` only when nothing of the source can be read.
        """

    def resume(self, state: Mapping[str, Any]) -> None:  # noqa: B027 - a hook: most sources are read whole
        """Go on from where a previous scan left the source (``scan --since-last``); by default the
        source is read whole again."""

    def state(self) -> dict[str, Any]:
        """Where this scan left the source, for the next ``--since-last`` (empty: nothing to resume)."""
        return {}

    def carried_on(self) -> Mapping[str, str]:
        """Stores this scan read on from a previous one -> their names then (a rotated file's old name);
        a connector that resumes fills ``self.carried`` as it reaches each store."""
        return self.carried

    def stores(self) -> list[str] | None:
        """Every store that per-table purposes (``tables:``) may name, or None when the kind has none.

        Used to reject a ``tables:`` key that names no store (a typo would silently fall back to
        the source's default purposes).
        """
        return None

    def report_issue(self, location: Mapping[str, Any], message: str, severity: str = "error") -> None:
        """Record a located problem; the pipeline puts it into report.json."""
        self.issues.append(ScanIssue(dict(location), message, severity))  # type: ignore[arg-type]

    def matched_paths(self, patterns: Sequence[str]) -> list[Path]:
        """The files ``patterns`` (globs relative to the config folder) name; a glob naming none is an issue."""
        paths, unmatched = expand(self.base_dir, patterns)
        for pattern in unmatched:
            self.report_issue({"path": pattern}, "no files match")
        return paths

    def relpath(self, path: Path) -> str:
        """``path`` relative to the config's folder, as the contract reports it."""
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):          # a symlink loop: name the link itself
            resolved = path.parent.resolve() / path.name
        try:
            return resolved.relative_to(self.base_dir.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


_registered: dict[str, Callable[[], type[Connector]]] = {}


def register(kind: str, target: str | type[Connector]) -> None:
    """Register a connector class (or ``"module:Class"``) under ``kind``, e.g. from a test."""
    if isinstance(target, str):
        module, _, attr = target.partition(":")
        _registered[kind] = lambda: getattr(importlib.import_module(module), attr)
    else:
        _registered[kind] = lambda: target


def available_kinds() -> list[str]:
    """Every connector kind that can be loaded."""
    return sorted(set(_registered) | {ep.name for ep in entry_points(group="piiscan.connectors")})


def load_connector(kind: str) -> type[Connector]:
    """Find the connector class for a ``type:`` name: registered first, then entry points."""
    if kind in _registered:
        return _registered[kind]()
    for ep in entry_points(group="piiscan.connectors"):
        if ep.name == kind:
            return ep.load()
    raise ConfigError(f"unknown source type {kind!r}; known: {', '.join(available_kinds()) or 'none'}"
                      " (connectors register in entry-point group piiscan.connectors)")


def sequence_option(spec: Mapping[str, Any], key: str, default: Sequence[str] = ()) -> list[str]:
    """A list-of-strings option, accepting a single string too."""
    value = spec.get(key, default)
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key!r} must be a list of strings", key=key)
    return list(value)


def paths_option(spec: Mapping[str, Any], where: str) -> list[str]:
    """A file source's ``paths`` globs (relative to the config folder): at least one."""
    patterns = sequence_option(spec, "paths")
    if not patterns:
        raise ConfigError("'paths' must name at least one glob", key=f"{where}.paths")
    return patterns


for _kind, _target in (("sql", "scanner.connectors.sql:SqlConnector"),
                       ("logs", "scanner.connectors.logs:LogConnector"),
                       ("email", "scanner.connectors.email:MailConnector")):
    register(_kind, _target)
