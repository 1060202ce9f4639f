"""The ``logs`` connector: text and JSON-lines log files, rotated and compressed.

Config keys (besides the common ones): ``paths`` (globs relative to the config folder),
``encoding`` (force one instead of detecting it per file), ``format`` (``auto`` | ``text`` |
``jsonl``), ``max_line_bytes`` (default 1 MiB) and ``sample: {lines, seed}`` (spread blocks of about
that many lines of each file, see :mod:`scanner.connectors._line_sampling`; default: every line).

Runs of plain lines go out as one ``lines`` chunk (up to ``LINES_PER_CHUNK`` consecutive lines,
``location["line"]`` the first), each line at its own ``{"path", "line"}`` (in occurrences and the
roll-up's sample lines), the line number counted 1-based in the decompressed text. A line holding a JSON object (formats ``auto`` and
``jsonl``) is parsed into its string and number leaves instead; the leaves of consecutive JSON
lines travel together in one ``lines`` chunk, each with its line number, its key path as context
(``("device", "imei")``) and as field (``device.imei``); list indices appear in the field
(``devices[0].imei``) but not in the context. logfmt lines (``imei=35...``) stay plain
text: the key already stands right before its value. A line longer than ``max_line_bytes``
is scanned in overlapping pieces (each a chunk with the same line number and its ``piece``),
up to ``MAX_PIECES`` pieces; a located warning says so and how much was left unscanned.
"""

from __future__ import annotations

import codecs
import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from scanner.connectors import _charset
from scanner.connectors._compression import DamagedDataError, is_compressed, iter_blocks
from scanner.connectors._json_paths import Leaf, leaves, parse_document
from scanner.connectors._line_sampling import BLOCK_LINES, LineSample, block_of, count_lines
from scanner.connectors._lines import Line, LineDecoder, split_lines
from scanner.connectors._paths import file_kind
from scanner.connectors._resume import FileMark, digest, find_mark, head_of, marks_from, plain_end
from scanner.connectors.base import Chunk, Connector, paths_option
from scanner.errors import ConfigError, SourceError

DEFAULT_MAX_LINE_BYTES = 1 << 20
MIN_MAX_LINE_BYTES = 4096
LINES_PER_CHUNK = 2000          # consecutive plain lines per chunk: keeps per-line cost off the hot path
MAX_LEAVES_PER_CHUNK = 20_000   # JSON leaves per chunk
MAX_PIECES = 64                 # pieces scanned of one over-long line; the rest is read, not scanned
_FORMATS = ("auto", "text", "jsonl")


class LogConnector(Connector):
    """Reads log files line by line; see the module docstring for the config keys."""

    kind: ClassVar[str] = "logs"
    options: ClassVar[frozenset[str]] = frozenset({"paths", "encoding", "format", "max_line_bytes", "sample"})

    def __init__(self, spec: Mapping[str, Any], base_dir: Path):
        super().__init__(spec, base_dir)
        where = f"sources.{self.name}"
        self.patterns = paths_option(spec, where)
        self.encoding = self._encoding_option(spec.get("encoding"), f"{where}.encoding")
        self.format = spec.get("format", "auto")
        if self.format not in _FORMATS:
            raise ConfigError(f"'format' must be one of {', '.join(_FORMATS)}", key=f"{where}.format")
        self.max_line_bytes = spec.get("max_line_bytes", DEFAULT_MAX_LINE_BYTES)
        if isinstance(self.max_line_bytes, bool) or not isinstance(self.max_line_bytes, int) \
                or self.max_line_bytes < MIN_MAX_LINE_BYTES:
            raise ConfigError(f"'max_line_bytes' must be an integer >= {MIN_MAX_LINE_BYTES}",
                              key=f"{where}.max_line_bytes")
        self.sample = LineSample.from_option(spec.get("sample"),
                                             lambda key, message: ConfigError(message, key=f"{where}.{key}"))
        self.resume_marks: list[FileMark] = []
        self.new_marks: list[FileMark] = []

    @staticmethod
    def _encoding_option(value: Any, key: str) -> str | None:
        if value is None:
            return None
        encoding = _charset.normalize(value) if isinstance(value, str) else None
        if encoding is None:
            raise ConfigError("'encoding' is not a known character set", key=key)
        return encoding

    def describe(self) -> str:
        return f"logs: {', '.join(self.patterns)}"

    def iter_chunks(self) -> Iterator[Chunk]:
        read = 0
        for path in self.matched_paths(self.patterns):
            kind = file_kind(path)
            if kind == "dir":
                continue
            rel = self.relpath(path)
            if kind == "special":                 # a FIFO or a device would block or never end
                self.report_issue({"path": rel}, "not a regular file (FIFO, socket or device): skipped",
                                  severity="skipped")
                continue
            try:
                yield from self._file_chunks(path, rel)
                read += 1
            except PermissionError:
                self.report_issue({"path": rel}, "permission denied")
            except OSError as exc:
                self.report_issue({"path": rel}, f"cannot read file ({exc.strerror or type(exc).__name__})")
        if not read:
            raise SourceError(f"no log file could be read for source {self.name!r}",
                              location={"paths": list(self.patterns)})

    def _sampled_blocks(self, path: Path, rel: str) -> tuple[frozenset[int] | None, int]:
        """The blocks to scan under ``sample:`` (None: every line) and the file's line count."""
        if self.sample is None:
            return None, 0
        try:
            total = count_lines(iter_blocks(path))
        except DamagedDataError:
            return None, 0                        # the scan itself reports the damage, with its line
        return self.sample.blocks(rel, total), total

    def resume(self, state: Mapping[str, Any]) -> None:
        """Go on where a previous scan left each file (``scan --since-last``): its file marks."""
        self.resume_marks = marks_from(state.get("marks", ()))

    def state(self) -> dict[str, Any]:
        """Where this scan left each file, for the next ``--since-last``."""
        return {"marks": [m.to_json() for m in self.new_marks]}

    def _plan(self, path: Path, rel: str) -> _Plan:
        """Where to start reading a file, and which lines a previous scan already analysed."""
        head = head_of(path)
        compressed = is_compressed(path)
        size = None if compressed else path.stat().st_size
        mark = find_mark(self.resume_marks, head) if self.resume_marks else None
        if mark is not None and size is not None and mark.offset is not None and mark.offset <= size:
            plan = _Plan(head, size, mark.offset, mark.lines + 1, 0, mark.encoding)
        elif mark is not None and (size is None or mark.offset is None):
            plan = _Plan(head, size, 0, 1, mark.lines, None)      # decompress again, analyse what is past it
        else:
            return _Plan(head, size, 0, 1, 0, None)               # new, truncated or replaced: read whole
        self.carried[rel] = mark.path
        return plan

    def _mark(self, path: Path, rel: str, plan: _Plan, read: int, last_line: int, encoding: str,
              reencoded: bool) -> None:
        """Record where this scan left the file (``read``: the byte a plain file was read up to)."""
        if plan.size is None or reencoded:
            offset, lines = None, last_line
        else:
            offset, lines = plain_end(path, read, last_line)
        self.new_marks.append(FileMark(rel, len(plan.head), digest(plan.head), lines, offset, encoding))

    def _file_chunks(self, path: Path, rel: str) -> Iterator[Chunk]:
        plan = self._plan(path, rel)
        kept, total = self._sampled_blocks(path, rel)
        read = _ByteCount(plan.start)
        blocks = read.through(iter_blocks(path, start=plan.start))
        last_good = last_line = plan.first_line - 1
        run, records = _LineRun(rel), _JsonRun(rel)
        try:
            first = next(blocks, b"")
            if plan.start == 0 and _charset.looks_binary(first):
                self.report_issue({"path": rel}, "binary file skipped", severity="skipped")
                return
            stream = itertools.chain([first], blocks)
            encoding, settled = (plan.encoding, True) if plan.encoding else self._file_encoding(first)
            reencoded = encoding.startswith("utf-16") or encoding.startswith("utf-32")
            if reencoded:
                stream = _to_utf8(stream, encoding)
            decoder = LineDecoder("utf-8" if reencoded else encoding, settled)
            for piece in split_lines(stream, self.max_line_bytes, MAX_PIECES, plan.first_line):
                line = decoder.decode(piece)
                last_line = line.number
                if line.number <= plan.analysed:
                    continue                      # a previous scan analysed it
                if kept is not None and block_of(line.number) not in kept:
                    continue                      # decoded (the charset state runs on), not scanned
                whole = line.index == 0 and line.last
                leaves = _json_leaves(line.text) if whole and self._json_line(line.text) else None
                if leaves is not None:
                    yield from run.flush()
                    yield from records.add(line.number, leaves)
                elif whole:
                    yield from records.flush()
                    yield from run.add(line.number, line.text)
                else:
                    yield from run.flush()
                    yield from records.flush()
                    yield from self._line_chunks(rel, line)
                if line.last:
                    last_good = line.number
                    if line.index:
                        self._warn_long_line(rel, line)
            yield from run.flush()
            yield from records.flush()
            self._mark(path, rel, plan, read.total, last_line, decoder.encoding if not reencoded else encoding,
                       reencoded)
            if kept is not None:
                scanned = min(len(kept) * BLOCK_LINES, total)
                self.report_issue({"path": rel}, f"sampled: {scanned:,} of {total:,} lines scanned ({len(kept)} "
                                  f"spread blocks of {BLOCK_LINES} lines, seed {self.sample.seed})", severity="skipped")
        except DamagedDataError as exc:
            yield from run.flush()
            yield from records.flush()
            self.report_issue({"path": rel, "line": last_good},
                              f"{exc} after line {last_good}; the rest of the file was not scanned")

    def _file_encoding(self, first: bytes) -> tuple[str, bool]:
        """The encoding to decode a file with, and whether it is settled (not a mere ASCII guess)."""
        if self.encoding:
            return self.encoding, True
        sample = first[:_charset.SAMPLE_SIZE]
        return _charset.detect(sample), not sample.isascii()

    def _json_line(self, text: str) -> bool:
        """Whether a whole line may hold a JSON object (it is then parsed into leaves)."""
        return self.format != "text" and text.lstrip()[:1] == "{"

    def _line_chunks(self, rel: str, line: Line) -> Iterator[Chunk]:
        """A piece of an over-long line."""
        if line.text.strip():
            yield Chunk(store=rel, location={"path": rel, "line": line.number}, values=[line.text],
                        piece=line.index + 1)

    def _warn_long_line(self, rel: str, line: Line) -> None:
        message = (f"line longer than max_line_bytes ({self.max_line_bytes}): "
                   f"scanned in {line.index + 1} overlapping pieces")
        if line.skipped:
            message += f"; the last {line.skipped} bytes were not scanned (cap: {MAX_PIECES} pieces)"
        self.report_issue({"path": rel, "line": line.number}, message, severity="warning")


@dataclass(frozen=True)
class _Plan:
    """How to read one file: from which byte and line, and through which line a previous scan analysed it."""

    head: bytes
    size: int | None          # plain file: its size when the scan reached it; None: compressed
    start: int
    first_line: int
    analysed: int
    encoding: str | None      # the encoding a resumed file was read with


class _ByteCount:
    """Counts the bytes of a block stream as they pass."""

    def __init__(self, start: int):
        self.total = start

    def through(self, blocks: Iterator[bytes]) -> Iterator[bytes]:
        for block in blocks:
            self.total += len(block)
            yield block


class _LineRun:
    """Consecutive plain lines of one file, sent out as one ``lines`` chunk."""

    def __init__(self, rel: str):
        self.rel, self.first, self.texts = rel, 0, []

    def add(self, number: int, text: str) -> Iterator[Chunk]:
        if self.texts and number != self.first + len(self.texts):
            yield from self.flush()
        if not self.texts:
            self.first = number
        self.texts.append(text)
        if len(self.texts) >= LINES_PER_CHUNK:
            yield from self.flush()

    def flush(self) -> Iterator[Chunk]:
        if any(t.strip() for t in self.texts):
            yield Chunk(store=self.rel, location={"path": self.rel, "line": self.first}, values=self.texts,
                        mode="lines")
        self.texts = []


class _JsonRun:
    """JSON lines of one file, their leaves sent out together as one ``lines`` chunk."""

    def __init__(self, rel: str):
        self.rel = rel
        self._reset()

    def _reset(self) -> None:
        self.lines: list[int] = []
        self.fields: list[str] = []
        self.contexts: list[tuple[str, ...]] = []
        self.values: list[str] = []
        self._count = 0

    def add(self, number: int, leaves: list[Leaf]) -> Iterator[Chunk]:
        for context, field, value in leaves:
            self.lines.append(number)
            self.fields.append(field)
            self.contexts.append(context)
            self.values.append(value)
        self._count += 1
        if self._count >= LINES_PER_CHUNK or len(self.values) >= MAX_LEAVES_PER_CHUNK:
            yield from self.flush()

    def flush(self) -> Iterator[Chunk]:
        if self.values:
            yield Chunk(store=self.rel, location={"path": self.rel, "line": self.lines[0]}, values=self.values,
                        mode="lines", lines=self.lines, fields=self.fields, contexts=self.contexts)
        self._reset()


def _json_leaves(text: str) -> list[Leaf] | None:
    """(key path, field, value) of each string/number leaf (numbers in their digits), or None if not a JSON object."""
    record = parse_document(text, exact_numbers=True)
    if not isinstance(record, dict):
        return None
    return [leaf for leaf in leaves(record) if isinstance(leaf[2], str) and leaf[2].strip()]


def _to_utf8(blocks: Iterator[bytes], encoding: str) -> Iterator[bytes]:
    """Re-encode UTF-16/32 blocks as UTF-8, so lines can be split at ``\\n`` bytes."""
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    for block in blocks:
        yield decoder.decode(block).encode("utf-8")
    yield decoder.decode(b"", final=True).encode("utf-8")
