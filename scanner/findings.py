"""Findings: per (source, column or file field, entity), judged against the policy."""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from recognizers.prose import prose_column
from recognizers.schema import classify_column
from scanner.connectors.base import Chunk, ColumnSchema
from scanner.fingerprint import fingerprint
from scanner.hits import ChunkResult, Hit, fold_into
from scanner.identity import location_key
from scanner.policy import Policy, Verdict
from scanner.rollup import FileRollUps, Occurrence, PriorRollUps, RollUp, rollup_state, unit_occurrences

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
    lines: Mapping[str, Any] | None = None        # rolled-up log file: {"first", "last", "sample"}
    messages: Mapping[str, Any] | None = None     # rolled-up mailbox: {"sample"}

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
        if self.lines is not None:
            out["lines"] = dict(self.lines)
        if self.messages is not None:
            out["messages"] = dict(self.messages)
        if self.fields:
            out["fields"] = list(self.fields)
        if self.review:
            out["review"] = dict(self.review)
        return out


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
    """A column's chunks as they come in, per JSON key path."""

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
                if sample.flagged(hit):
                    fold_into(hits, hit.entity, hit)
        rows = max((s.rows for s in self.samples.values()), default=0)
        values = max((s.values for s in self.samples.values()), default=0)
        return hits, rows, values


def _top_reasons(reasons: Mapping[str, int]) -> str:
    """The two detection reasons seen most often."""
    return "; ".join(r for r, _ in sorted(reasons.items(), key=lambda kv: -kv[1])[:2])


def _sample_state(sample: _Sample) -> dict[str, Any]:
    """A column's judged sample as JSON, for the inventory (counts, masked evidence, fingerprints)."""
    return {"rows": sample.rows, "values": sample.values, "free_text": sample.free_text,
            "hits": [asdict(h) for h in sample.hits.values()]}


class PriorColumns:
    """The column samples a previous scan left, for tables this scan reads on from (``watermark:``): the
    new rows are judged together with the ones read before."""

    def __init__(self, columns: Mapping[str, Mapping[str, Any]], carried: Mapping[str, str]):
        self._columns, self._carried = columns, carried

    def samples(self, store: str, location: Mapping[str, Any]) -> dict[str, _Sample]:
        """The earlier samples of a column (per JSON key path) when its table is read on, else none."""
        doc = self._columns.get(location_key(location)) if store in self._carried else None
        if doc is None:
            return {}
        return {key: _Sample({"prior": s["rows"]}, {"prior": s["values"]}, bool(s["free_text"]),
                             {h["entity"]: Hit(**h) for h in s["hits"]})
                for key, s in doc["samples"].items()}


class FindingBuilder:
    """Collects chunk results of one source and turns them into judged findings.

    Columns are judged here (:class:`_Sample`); lines and mail parts are rolled up per file by
    :class:`scanner.rollup.FileRollUps`, which also yields each occurrence when ``occurrences`` is set.
    """

    def __init__(self, source: str, kind: str, policy: Policy, purposes_for, *, key: bytes = b"",
                 entities: Iterable[str] | None = None, occurrences: bool = False, prior: PriorRollUps | None = None,
                 prior_columns: PriorColumns | None = None):
        self.source, self.kind, self.policy, self.purposes_for = source, kind, policy, purposes_for
        self.key = key
        self.entities = frozenset(policy.entities if entities is None else entities)
        self._pending: OrderedDict[str, _Pending] = OrderedDict()
        self._files = FileRollUps(prior)
        self.rollups: list[dict[str, Any]] = []           # the roll-ups judged, as the inventory keeps them
        self.columns: dict[str, dict[str, Any]] = {}      # the column samples judged, likewise
        self._prior_columns = prior_columns
        self._keep_occurrences = occurrences
        self._done: deque[Finding] = deque()             # judged, in order, not yet taken by ready()
        self._occurrences: deque[Occurrence] = deque()
        self._verdicts: dict[tuple[str, str | None], Verdict] = {}

    def add(self, chunk: Chunk, result: ChunkResult) -> None:
        """Fold one chunk's hits into its column, or into its file's roll-ups."""
        if chunk.mode == "column":
            self._add(chunk, result)
        else:
            self._take(*self._files.add(chunk, result))

    def _take(self, units: list, rolls: list[RollUp]) -> None:
        """Completed lines (message parts) become occurrences, completed files findings."""
        if self._keep_occurrences:
            for unit in units:
                for entity, location, score, identity in unit_occurrences(unit):
                    verdict = self._verdict(entity, unit.table)
                    self._occurrences.append(Occurrence(self.source, self.kind, location, entity, verdict.status,
                                                        round(min(score, 1.0), 2), identity))
        self._done.extend(self._rolled(roll) for roll in rolls)
        self.rollups.extend(rollup_state(roll) for roll in rolls)

    def _add(self, chunk: Chunk, result: ChunkResult) -> None:
        key = location_key(chunk.location)
        pending = self._pending.get(key)
        if pending is None:
            pending = self._pending[key] = _Pending(chunk.store, chunk.table, dict(chunk.location),
                                                    schema=chunk.schema)
            if self._prior_columns is not None:
                pending.samples.update(self._prior_columns.samples(chunk.store, chunk.location))
        sample_key = chunk.field or ""
        sample = pending.samples.setdefault(sample_key, _Sample())
        batch = chunk.batch
        sample.rows_per_batch[batch] = max(sample.rows_per_batch.get(batch, 0), result.rows)
        sample.values_per_batch[batch] = sample.values_per_batch.get(batch, 0) + result.values
        sample.free_text = sample.free_text or result.free_text or (
            not sample_key and prose_column(str(chunk.location.get("column", ""))))
        for hit in result.hits:
            fold_into(sample.hits, hit.entity, hit)

    def ready(self) -> Iterator[Finding]:
        """Findings no later chunk can change (files read to their end), taken out of the builder."""
        while self._done:
            yield self._done.popleft()

    def occurrences(self) -> Iterator[Occurrence]:
        """Occurrences of completed lines and message parts, taken out of the builder (``occurrences`` only)."""
        while self._occurrences:
            yield self._occurrences.popleft()

    def findings(self) -> Iterable[Finding]:
        """The (remaining) findings: files in the order they were read, then columns in location order."""
        self._take(*self._files.close())
        yield from self.ready()
        while self._pending:
            yield from self._judge(self._pending.popitem(last=False)[1])

    def _judge(self, pending: _Pending) -> Iterator[Finding]:
        self.columns[location_key(pending.location)] = {
            "store": pending.store, "samples": {k: _sample_state(s) for k, s in pending.samples.items()}}
        hits, rows, values = pending.judged()
        if values == 0 and pending.schema is not None:
            hits = self._schema_hits(pending.schema, pending.location)
            for entity in sorted(hits):
                yield self._finding(pending, hits[entity], rows, values, name_only=True)
            return
        for entity in sorted(hits):
            yield self._finding(pending, hits[entity], rows, values)

    def _rolled(self, roll: RollUp) -> Finding:
        """The finding of a file's (mailbox's) roll-up."""
        found = roll.lines
        verdict = self._verdict(found.entity, roll.table)
        reasons = _top_reasons(found.reasons)
        unit = "messages" if roll.mail else "lines"
        scanned = max(roll.scanned, found.count)
        field_name = roll.location.get("field")
        reason = f"value: {reasons} on {found.count} of {scanned} {unit} scanned" + (
            f"; field: {field_name}" if field_name else "")
        lines = None if roll.mail else {"first": found.first, "last": found.last, "sample": list(found.samples)}
        messages = {"sample": list(found.samples)} if roll.mail else None
        return Finding(
            source=self.source, kind=self.kind, store=roll.store, location=roll.location, entity=found.entity,
            category=verdict.category, status=verdict.status, purposes=list(verdict.purposes),
            score=round(min(found.max_score, 1.0), 2), count=found.count, rows_scanned=scanned, reason=reason,
            policy_reason=verdict.reason, evidence=found.evidence, fingerprint=found.fingerprint,
            fields=[field_name] if field_name else [], lines=lines, messages=messages)

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
        reasons = _top_reasons(hit.reasons)
        if name_only:
            score = hit.max_score
            reason = f"{reasons}; {rows} rows, none with a value" if rows else f"{reasons}; the table is empty"
        else:
            score = hit.score_sum / max(hit.matched, 1)
            column = pending.location.get("column", "")
            share = f"{hit.matched}/{rows} rows" if values == rows else \
                f"{hit.matched}/{values} non-empty values of {rows} rows"
            reason = f"value: {reasons} in {share}; name: '{column}'"
        return Finding(
            source=self.source, kind=self.kind, store=pending.store, location=pending.location, entity=hit.entity,
            category=verdict.category, status=verdict.status, purposes=list(verdict.purposes),
            score=round(min(score, 1.0), 2), count=hit.matched, rows_scanned=rows if name_only else max(rows, 1),
            reason=reason,
            policy_reason=verdict.reason, evidence=hit.evidence, fingerprint=hit.fingerprint, fields=hit.fields)
