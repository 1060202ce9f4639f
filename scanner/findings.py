"""Findings: per (source, finest location, entity), judged against the policy."""

from __future__ import annotations

import json
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from recognizers.prose import prose_column
from recognizers.schema import classify_column
from scanner.analysis import ChunkResult, Hit
from scanner.connectors.base import Chunk, ColumnSchema
from scanner.fingerprint import fingerprint
from scanner.policy import Policy, Verdict

COLUMN_MIN_RATIO = 0.3          # a structured column is flagged when this share of sampled rows match
FREE_TEXT_MIN_SCORE = 0.6       # a free-text column is flagged on one confident match
@dataclass
class Finding:
    """One row of findings.jsonl."""

    source: str
    kind: str
    store: str
    location: Mapping[str, Any]
    entity: str
    category: str | None
    status: str
    purposes: list[str]
    score: float
    count: int
    rows_scanned: int
    reason: str
    policy_reason: str
    evidence: str
    fingerprint: str
    fields: list[str] = field(default_factory=list)
    review: Mapping[str, Any] | None = None

    @property
    def location_key(self) -> str:
        """A stable, human-readable location: ``users.phone``, ``logs/app.log:17``, ``mail.mbox#<id>/body``."""
        return location_key(self.location)

    def to_dict(self) -> dict[str, Any]:
        """The findings.jsonl object (contract keys first)."""
        out: dict[str, Any] = {
            "source": self.source, "kind": self.kind, "location": dict(self.location), "entity": self.entity,
            "category": self.category, "status": self.status, "purposes": list(self.purposes),
            "score": self.score, "count": self.count, "rows_scanned": self.rows_scanned, "reason": self.reason,
            "evidence": self.evidence, "fingerprint": self.fingerprint, "store": self.store,
            "policy_reason": self.policy_reason,
        }
        if self.fields:
            out["fields"] = list(self.fields)
        if self.review:
            out["review"] = dict(self.review)
        return out


def location_key(location: Mapping[str, Any]) -> str:
    """The stable text form of a location used for identity, sorting and display."""
    if "column" in location:
        schema = f"{location['schema']}." if location.get("schema") else ""
        return f"{schema}{location.get('table')}.{location['column']}"
    if "message_id" in location:
        return f"{location.get('path')}#{location['message_id']}/{location.get('part', '')}"
    if "line" in location:
        return f"{location.get('path')}:{location['line']}"
    return json.dumps(dict(location), sort_keys=True, ensure_ascii=False)


@dataclass
class _Sample:
    """What one column (or one JSON key path of it) gave: rows and non-empty values per batch, hits."""

    rows_per_batch: dict[Any, int] = field(default_factory=dict)
    values_per_batch: dict[Any, int] = field(default_factory=dict)
    free_text: bool = False
    hits: dict[str, Hit] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.rows_per_batch.values())

    @property
    def values(self) -> int:
        return sum(self.values_per_batch.values())

    def flagged(self, hit: Hit) -> bool:
        """Enough of the non-empty values match, or one confident match in prose."""
        if hit.matched / max(self.values, 1) >= COLUMN_MIN_RATIO:
            return True
        return self.free_text and hit.max_score >= FREE_TEXT_MIN_SCORE


@dataclass
class _Pending:
    """A location's chunks as they come in: per JSON key path for columns, added up for text."""

    chunk_mode: str
    store: str
    table: str | None
    location: Mapping[str, Any]
    samples: dict[str, _Sample] = field(default_factory=dict)
    schema: ColumnSchema | None = None

    def judged(self) -> tuple[dict[str, Hit], int, int]:
        """The hits to report, with the rows and non-empty values they were judged on."""
        hits: dict[str, Hit] = {}
        for sample in self.samples.values():
            for hit in sample.hits.values():
                if self.chunk_mode != "column" or sample.flagged(hit):
                    _fold_hit(hits, hit)
        rows = max((s.rows for s in self.samples.values()), default=0)
        values = max((s.values for s in self.samples.values()), default=0)
        return hits, rows, values


def _fold_hit(hits: dict[str, Hit], hit: Hit) -> None:
    into = hits.get(hit.entity)
    if into is None:
        hits[hit.entity] = Hit(hit.entity, hit.matched, hit.score_sum, hit.max_score, dict(hit.reasons),
                               hit.evidence, hit.fingerprint, list(hit.fields))
        return
    into.matched += hit.matched
    into.score_sum += hit.score_sum
    into.max_score = max(into.max_score, hit.max_score)
    for reason, n in hit.reasons.items():
        into.reasons[reason] = into.reasons.get(reason, 0) + n
    into.fields.extend(f for f in hit.fields if f not in into.fields)


class FindingBuilder:
    """Collects chunk results of one source and turns them into judged findings."""

    def __init__(self, source: str, kind: str, policy: Policy, purposes_for, *, key: bytes = b"",
                 entities: Iterable[str] | None = None):
        self.source, self.kind, self.policy, self.purposes_for = source, kind, policy, purposes_for
        self.key = key
        self.entities = frozenset(policy.entities if entities is None else entities)
        self._pending: OrderedDict[str, _Pending] = OrderedDict()
        self._reading: tuple[Any, int] | None = None    # (path, line) of the newest line-located chunk
        self._done: deque[Finding] = deque()             # judged, in order, not yet taken by ready()
        self._verdicts: dict[tuple[str, str | None], Verdict] = {}

    def add(self, chunk: Chunk, result: ChunkResult) -> None:
        """Fold one chunk's hits into its location (each line's, for a ``lines`` chunk)."""
        if "line" in chunk.location and chunk.mode in ("lines", "text"):
            self._reading = (chunk.location.get("path"), int(chunk.location["line"]))
        if chunk.mode == "lines":
            self._lines(chunk, result)
        else:
            self._add(chunk, result)

    def _lines(self, chunk: Chunk, result: ChunkResult) -> None:
        """A ``lines`` chunk holds whole lines that no other chunk adds to: their findings are final now."""
        self._flush()
        first = int(chunk.location["line"])
        for offset, hits in sorted(result.line_hits.items()):
            line = _Pending("text", chunk.store, chunk.table, {**chunk.location, "line": first + offset})
            for hit in sorted(hits, key=lambda h: h.entity):
                self._done.append(self._finding(line, hit, 1, 1))

    def _add(self, chunk: Chunk, result: ChunkResult) -> None:
        key = location_key(chunk.location)
        pending = self._pending.get(key)
        if pending is None:
            pending = self._pending[key] = _Pending(chunk.mode, chunk.store, chunk.table, dict(chunk.location),
                                                    schema=chunk.schema)
        detail = chunk.detail or {}
        sample_key = str(detail.get("field", "")) if chunk.mode == "column" else ""
        sample = pending.samples.setdefault(sample_key, _Sample())
        batch = detail.get("batch", 0) if chunk.mode == "column" else 0
        sample.rows_per_batch[batch] = max(sample.rows_per_batch.get(batch, 0), result.rows)
        sample.values_per_batch[batch] = sample.values_per_batch.get(batch, 0) + result.values
        sample.free_text = sample.free_text or result.free_text or (
            chunk.mode == "column" and not sample_key and prose_column(str(chunk.location.get("column", ""))))
        for hit in result.hits:
            _fold_hit(sample.hits, hit)

    def ready(self) -> Iterator[Finding]:
        """Findings no later chunk can change, taken out of the builder (memory stays flat on long logs).

        Chunks of one file come in line order, so a log line behind the line being read is final.
        Findings keep the order :meth:`findings` would give them.
        """
        self._flush()
        while self._done:
            yield self._done.popleft()

    def _flush(self) -> None:
        """Judge the pending locations that are final, oldest first."""
        while self._pending:
            key = next(iter(self._pending))
            if not self._final(self._pending[key].location):
                return
            self._done.extend(self._judge(self._pending.pop(key)))

    def _final(self, location: Mapping[str, Any]) -> bool:
        if self._reading is None or "line" not in location:
            return False
        path, line = self._reading
        return location.get("path") != path or int(location["line"]) < line

    def findings(self) -> Iterable[Finding]:
        """The (remaining) findings, in location order then entity order."""
        yield from self.ready()
        while self._pending:
            yield from self._judge(self._pending.popitem(last=False)[1])

    def _judge(self, pending: _Pending) -> Iterator[Finding]:
        hits, rows, values = pending.judged()
        if pending.chunk_mode == "column" and values == 0 and pending.schema is not None:
            hits = self._schema_hits(pending.schema, pending.location)
            for entity in sorted(hits):
                yield self._finding(pending, hits[entity], rows, values, name_only=True)
            return
        for entity in sorted(hits):
            yield self._finding(pending, hits[entity], rows, values)

    def _schema_hits(self, schema: ColumnSchema, location: Mapping[str, Any]) -> dict[str, Hit]:
        """A column with no values to judge: what its name, type or comment says it is for."""
        hits: dict[str, Hit] = {}
        for clue in classify_column(schema.name, schema.type, schema.comment, schema.table):
            if clue.entity in self.entities:
                identity = fingerprint(self.key, clue.entity, f"column:{location_key(location)}")
                hits[clue.entity] = Hit(clue.entity, 0, clue.score, clue.score, {clue.reason: 1}, "", identity)
        return hits

    def _verdict(self, entity: str, table: str | None) -> Verdict:
        """The policy's verdict on ``entity`` in ``table``'s store (asked once per pair: millions of log lines)."""
        got = self._verdicts.get((entity, table))
        if got is None:
            got = self._verdicts[(entity, table)] = self.policy.classify(entity, self.purposes_for(table))
        return got

    def _finding(self, pending: _Pending, hit: Hit, rows: int, values: int, *, name_only: bool = False) -> Finding:
        verdict = self._verdict(hit.entity, pending.table)
        reasons = "; ".join(r for r, _ in sorted(hit.reasons.items(), key=lambda kv: -kv[1])[:2])
        if name_only:
            score = hit.max_score
            reason = f"{reasons}; {rows} rows, none with a value" if rows else f"{reasons}; the table is empty"
        elif pending.chunk_mode == "column":
            score = hit.score_sum / max(hit.matched, 1)
            column = pending.location.get("column", "")
            share = f"{hit.matched}/{rows} rows" if values == rows else \
                f"{hit.matched}/{values} non-empty values of {rows} rows"
            reason = f"value: {reasons} in {share}; name: '{column}'"
        else:
            score = hit.max_score
            reason = f"value: {reasons}" + (f"; field: {', '.join(hit.fields)}" if hit.fields else "")
        return Finding(
            source=self.source, kind=self.kind, store=pending.store, location=pending.location, entity=hit.entity,
            category=verdict.category, status=verdict.status, purposes=list(verdict.purposes),
            score=round(min(score, 1.0), 2), count=hit.matched, rows_scanned=rows if name_only else max(rows, 1),
            reason=reason,
            policy_reason=verdict.reason, evidence=hit.evidence, fingerprint=hit.fingerprint, fields=hit.fields)
