"""connectors -> recognizers -> policy -> findings, one source after another.

Each source is read by its connector in this process; its chunks go in bounded batches to
an executor (inline, process pool or Dask) and come back in order as masked hits. A source
that fails is recorded with its error and the scan goes on with the next.
"""

from __future__ import annotations

import difflib
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from scanner.analysis import AnalysisSettings, analyze_batch
from scanner.config import ScanConfig, SourceSpec, table_keys
from scanner.connectors.base import Chunk, Connector, load_connector
from scanner.errors import ConfigError, SourceError
from scanner.executors import Executor, InlineExecutor
from scanner.findings import FindingBuilder, PriorColumns
from scanner.fingerprint import load_key
from scanner.hits import ChunkResult
from scanner.result import ScanResult, SourceResult
from scanner.rollup import Occurrence, PriorRollUps
from scanner.spool import FindingSpool

log = logging.getLogger("piiscan")
BATCH_CHUNKS = 256
BATCH_CHARS = 256_000


def _batches(chunks: Iterable[Chunk]) -> Iterator[list[tuple[int, Chunk]]]:
    """Group chunks into bounded batches; when the source fails, the batch read so far still goes out."""
    batch: list[tuple[int, Chunk]] = []
    size = 0
    try:
        for index, chunk in enumerate(chunks):
            batch.append((index, chunk))
            size += sum(len(v) for v in chunk.values)
            if len(batch) >= BATCH_CHUNKS or size >= BATCH_CHARS:
                yield batch
                batch, size = [], 0
    except Exception:
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def build_connector(spec: SourceSpec, config: ScanConfig) -> Connector:
    """Instantiate the connector for a source; unknown types and options are config errors."""
    try:
        return load_connector(spec.type)(spec.options, config.base_dir)
    except ConfigError as exc:
        raise ConfigError(exc.message, file=str(config.path), key=exc.key, line=spec.line_of(exc.key)) from None


def check_table_keys(spec: SourceSpec, connector: Connector, config: ScanConfig) -> None:
    """Every ``tables:`` key of ``spec`` must name a store of the source (a typo would silently
    fall back to the default purposes). A source that cannot be reached is left to the scan,
    which reports it."""
    if not spec.table_purposes:
        return
    try:
        stores = connector.stores()
    except SourceError:
        return
    if stores is None:
        return
    names = {key for store in stores for key in table_keys(store)}
    for key in spec.table_purposes:
        if key not in names:
            near = difflib.get_close_matches(key, sorted(names), n=1, cutoff=0.6)
            hint = f"; did you mean {near[0]!r}?" if near else f" (it has {len(stores)} tables)"
            raise ConfigError(f"table {key!r} does not exist in source {spec.name!r}{hint}", file=str(config.path),
                              key=f"sources.{spec.name}.tables.{key}", line=spec.line_of(f"sources.{spec.name}.tables.{key}"))


class Scanner:
    """Runs sources through an executor and collects findings."""

    def __init__(self, config: ScanConfig, executor: Executor | None = None, *, use_nlp: bool = True,
                 entities: Sequence[str] | None = None, progress: Callable[[str, int], None] | None = None,
                 occurrences: Callable[[Iterable[Occurrence]], None] | None = None,
                 prior_states: Mapping[str, Mapping[str, Any]] | None = None):
        self.config = config
        self.prior_states = dict(prior_states or {})   # --since-last: where the last scan left each source
        self.occurrences = occurrences       # receives every occurrence as its line or message completes
        self.executor = executor or InlineExecutor()
        self.key = load_key(config.fingerprint_key_file)
        self.use_nlp = use_nlp
        self.entities = tuple(entities) if entities else tuple(config.policy.entities)
        self.progress = progress

    def scan_source(self, spec: SourceSpec, connector: Connector, sink: FindingSpool) -> SourceResult:
        """Read one source fully into ``sink``; never raises for a source problem.

        Findings go to the sink as soon as they are final (a file read to its end); occurrences go to
        ``self.occurrences`` as each line or message completes.
        """
        result = SourceResult(spec.name, spec.type, connector.describe())
        prior_state = self.prior_states.get(spec.name)
        prior, prior_columns = None, None
        if prior_state is not None:
            connector.resume(prior_state)
            prior = PriorRollUps(prior_state.get("rolls", ()), connector.carried_on())
            prior_columns = PriorColumns(prior_state.get("columns", {}), connector.carried_on())
            result.resumed = True
        builder = FindingBuilder(spec.name, spec.type, self.config.policy, spec.purposes_for, key=self.key,
                                 entities=self.entities, occurrences=self.occurrences is not None, prior=prior,
                                 prior_columns=prior_columns)
        log.info("%s: scanning %s", spec.name, result.description)
        started = time.monotonic()
        if self.progress:
            self.progress(spec.name, 0)
        pending: dict[int, Chunk] = {}
        settings = AnalysisSettings(self.key, self.entities, self.use_nlp, per_line=self.occurrences is not None)

        def tasks() -> Iterator[tuple[Callable[..., list[ChunkResult]], tuple[Any, ...]]]:
            for batch in _batches(connector.iter_chunks()):
                for index, chunk in batch:
                    pending[index] = chunk
                yield analyze_batch, (batch, settings)

        try:
            for results in self.executor.map_ordered(tasks()):
                for res in results:
                    chunk = pending.pop(res.index)
                    result.chunks += 1
                    result.values += len(chunk.values)
                    builder.add(chunk, res)
                sink.extend(builder.ready())
                if self.occurrences is not None:
                    self.occurrences(builder.occurrences())
                if self.progress:
                    self.progress(spec.name, result.values)
        except SourceError as exc:
            result.status, result.error = "failed", str(exc)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - one source must not stop the scan
            log.debug("source %s failed", spec.name, exc_info=False)
            result.status, result.error = "failed", f"unexpected {type(exc).__name__} while reading the source"
        result.issues = list(connector.issues)
        result.seconds = round(time.monotonic() - started, 3)
        before = len(sink)
        sink.extend(builder.findings())
        if self.occurrences is not None:
            self.occurrences(builder.occurrences())
        result.findings = len(sink) - before
        marks = connector.state()
        if marks:
            result.state = {**marks, "rolls": builder.rollups, "columns": builder.columns}
        for issue in result.issues:
            log.warning("%s: %s at %s: %s", spec.name, issue.severity, dict(issue.location), issue.message)
        if result.error:
            log.error("%s: source failed: %s", spec.name, result.error)
        log.info("%s: %d chunks, %d values, %d findings in %.2f s", spec.name, result.chunks, result.values,
                 result.findings, result.seconds)
        return result

    def run(self, sources: Sequence[SourceSpec] | None = None) -> ScanResult:
        """Scan the given sources (default: all) and return what they gave."""
        started = datetime.now(UTC)
        findings, results, interrupted = FindingSpool(), [], False
        connectors = [(spec, build_connector(spec, self.config)) for spec in (self.config.sources if sources is None else sources)]
        for spec, connector in connectors:          # a typo in ``tables:`` fails before anything is scanned
            check_table_keys(spec, connector, self.config)
        try:
            for spec, connector in connectors:
                results.append(self.scan_source(spec, connector, findings))
        except KeyboardInterrupt:
            interrupted = True
        return ScanResult(self.config, started, datetime.now(UTC), findings, tuple(results), interrupted)
