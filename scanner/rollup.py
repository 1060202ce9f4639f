"""Files rolled up: a log file is one finding per (field, entity), a mailbox one per (part kind, entity).

A 5 GB log holds millions of lines with personal data; a reviewer needs to know which files hold
what, behind which field, how often, and where to look. So lines (and mail messages) are counted,
not listed: each roll-up keeps the count of lines (messages) holding the entity, the first and last
line and up to ``SAMPLES`` sample lines (Message-IDs). Every single occurrence is still available,
streamed, as :class:`Occurrence` records (``--occurrences``), one per (finest location, entity).

The field of a log finding is the JSON key path of the value, the ``key=``/``key:`` label it sits
behind on a plain line, or None. A mail finding's part kind is ``headers``, ``body`` or
``attachment``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from scanner.connectors._mime import SCANNED_HEADERS
from scanner.connectors.base import Chunk
from scanner.hits import ChunkResult, Hit, LineRoll, best_per_field, fold_into

_HEADERS = frozenset(SCANNED_HEADERS)


def part_kind(part: str) -> str:
    """``headers`` for a header name, ``body`` for a message body, ``attachment`` for anything attached."""
    if part in _HEADERS:
        return "headers"
    return "body" if part == "body" else "attachment"


@dataclass
class Occurrence:
    """One entity at one finest location (a line, or a message's part: From, body, an attachment): a row of
    occurrences.jsonl."""

    source: str
    kind: str
    location: Mapping[str, Any]
    entity: str
    status: str
    score: float
    fingerprint: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "kind": self.kind, "location": dict(self.location), "entity": self.entity,
                "status": self.status, "score": self.score, "fingerprint": self.fingerprint}


@dataclass
class RollUp:
    """What one file (mailbox) holds of one entity behind one field (part kind)."""

    store: str
    table: str | None
    location: dict[str, Any]
    lines: LineRoll                          # count, first/last, samples, scores, evidence
    scanned: int = 0                         # lines (messages) of the file (mailbox) scanned

    @property
    def entity(self) -> str:
        return self.lines.entity

    @property
    def mail(self) -> bool:
        return "part" in self.location


def rollup_state(roll: RollUp) -> dict[str, Any]:
    """A roll-up as JSON, for the inventory (masked evidence and a keyed fingerprint only)."""
    return {"store": roll.store, "table": roll.table, "location": dict(roll.location), "scanned": roll.scanned,
            "lines": asdict(roll.lines)}


class PriorRollUps:
    """The roll-ups a previous scan left, handed to the files this scan reads on from it.

    ``carried`` (the connector's, filled as it reaches each file) maps a file of this scan to its path
    in the previous one: ``app.log.1`` today is ``app.log`` of yesterday. Roll-ups of files that are gone,
    or that are read again from their start, are dropped.
    """

    def __init__(self, rolls: Iterable[Mapping[str, Any]], carried: Mapping[str, str]):
        self._by_store: dict[str, list[Mapping[str, Any]]] = {}
        for doc in rolls:
            self._by_store.setdefault(str(doc["store"]), []).append(doc)
        self._carried = carried
        self._taken: set[str] = set()

    def take(self, store: str) -> tuple[list[RollUp], int] | None:
        """The previous roll-ups of ``store`` (relocated to its name now) and the lines they were read on."""
        old = self._carried.get(store)
        if old is None or store in self._taken or old not in self._by_store:
            return None
        self._taken.add(store)
        docs = self._by_store[old]
        rolls = [RollUp(store, d.get("table"), {**d["location"], "path": store}, LineRoll(**d["lines"]))
                 for d in docs]
        return rolls, max((int(d.get("scanned", 0)) for d in docs), default=0)

    def stores(self) -> list[str]:
        """Files carried on that no chunk of this scan reached (nothing new in them)."""
        return sorted(s for s in self._carried if s not in self._taken and self._carried[s] in self._by_store)


@dataclass
class _Unit:
    """The hits of one finest location (a line, or a message's part) while its chunks come in."""

    key: tuple[Any, ...]
    where: Any                               # line number or Message-ID
    store: str
    table: str | None
    location: dict[str, Any]                 # the occurrence location
    roll_location: dict[str, Any]            # the rolled-up location, without the field
    hits: dict[tuple[str, str | None], Hit] = field(default_factory=dict)   # (entity, field) -> hit


class FileRollUps:
    """Rolls up the ``lines`` and ``text`` chunks of one source's files and mailboxes.

    Chunks of one line (JSON leaves, pieces of a long line) and of one message come one after the
    other, so a line or message is complete when a chunk of another one arrives; a file is complete
    when a chunk of another store arrives.
    """

    def __init__(self, prior: PriorRollUps | None = None) -> None:
        self._unit: _Unit | None = None
        self._rolls: dict[tuple[str, Any, str], RollUp] = {}    # (store, field or part kind, entity)
        self._store: str | None = None
        self._scanned = 0                     # lines (messages) of the current store read so far
        self._last_where: Any = None
        self._prior = prior

    def add(self, chunk: Chunk, result: ChunkResult) -> tuple[list[_Unit], list[RollUp]]:
        """Fold a chunk in; return the units (lines, messages) and roll-ups that are now complete."""
        done_units: list[_Unit] = []
        done_rolls: list[RollUp] = []
        if self._store is not None and chunk.store != self._store:
            done_units.extend(self._close_unit())
            done_rolls.extend(self._close_rolls())
        if chunk.store != self._store:
            self._start(chunk.store)
        self._store = chunk.store
        if chunk.mode == "lines":
            done_units.extend(self._close_unit())
            first = int(chunk.location["line"])
            numbers = chunk.lines if chunk.lines is not None else range(first, first + len(chunk.values))
            self._scanned += len(set(numbers))
            self._last_where = max(numbers, default=self._last_where)
            if result.rolled is not None:          # the worker rolled the lines up: no occurrences
                for later in result.rolled:
                    self._roll_for(chunk.store, chunk.table, {"path": chunk.store}, later.entity, later.field).merge(later)
                return done_units, done_rolls
            for offset, hits in sorted(result.line_hits.items()):
                unit = self._new_unit(chunk, {**chunk.location, "line": first + offset})
                for hit in hits:
                    _fold(unit, hit)
                self._roll(unit)
                done_units.append(unit)
            return done_units, done_rolls
        location = self._unit_location(chunk)
        where = location.get("message_id", location.get("line"))
        if where != self._last_where:
            self._scanned += 1
            self._last_where = where
        key = _unit_key(location)
        if self._unit is None or self._unit.key != key:
            done_units.extend(self._close_unit())
            self._unit = self._new_unit(chunk, location)
        for hit in result.hits:
            _fold(self._unit, hit)
        return done_units, done_rolls

    def close(self) -> tuple[list[_Unit], list[RollUp]]:
        """The source is read: everything left is complete, the roll-ups of files a previous scan read
        and this one found nothing new in included."""
        units, rolls = self._close_unit(), self._close_rolls()
        if self._prior is not None:
            for store in self._prior.stores():
                self._start(store)
                rolls.extend(self._close_rolls())
        return units, rolls

    def _start(self, store: str) -> None:
        """A store begins: a file read on from a previous scan starts from that scan's roll-ups."""
        carried = self._prior.take(store) if self._prior is not None else None
        if carried is None:
            return
        rolls, scanned = carried
        for roll in rolls:
            self._rolls[(store, roll.location.get("field", roll.location.get("part")), roll.entity)] = roll
        self._scanned = scanned

    @staticmethod
    def _unit_location(chunk: Chunk) -> dict[str, Any]:
        loc = chunk.location
        if "message_id" in loc:
            return {"path": loc.get("path"), "message_id": loc["message_id"], "part": loc.get("part")}
        return {"path": loc.get("path"), "line": loc.get("line")}

    @staticmethod
    def _new_unit(chunk: Chunk, location: dict[str, Any]) -> _Unit:
        if "message_id" in location:
            where, roll = location["message_id"], {"path": chunk.store, "part": part_kind(str(location["part"]))}
        else:
            where, roll = location["line"], {"path": chunk.store}
        return _Unit(_unit_key(location), where, chunk.store, chunk.table, location, roll)

    def _close_unit(self) -> list[_Unit]:
        unit, self._unit = self._unit, None
        if unit is None or not unit.hits:
            return []
        self._roll(unit)
        return [unit]

    def _roll(self, unit: _Unit) -> None:
        """Count a complete line (message part) in its file's roll-ups: once per (field or part kind, entity)."""
        mail = "part" in unit.roll_location
        hits = [Hit(h.entity, h.matched, h.score_sum, h.max_score, h.reasons, h.evidence, h.fingerprint,
                    [unit.roll_location["part"]] if mail else h.fields) for h in unit.hits.values()]
        for (entity, group), hit in best_per_field(hits).items():
            self._roll_for(unit.store, unit.table, unit.roll_location, entity, group).add(unit.where, hit)

    def _roll_for(self, store: str, table: str | None, roll_location: dict[str, Any], entity: str,
                  group: str | None) -> LineRoll:
        """The roll-up of (store, field or part kind, entity), made on first use."""
        key = (store, group, entity)
        roll = self._rolls.get(key)
        if roll is None:
            location = dict(roll_location) if "part" in roll_location else {**roll_location, "field": group}
            roll = self._rolls[key] = RollUp(store, table, location, LineRoll(entity, group))
        return roll.lines

    def _close_rolls(self) -> list[RollUp]:
        for roll in self._rolls.values():
            roll.scanned = self._scanned
        self._scanned, self._last_where = 0, None
        rolls = sorted(self._rolls.values(), key=lambda r: (str(r.location.get("field") or r.location.get("part") or ""),
                                                            r.entity))
        self._rolls = {}
        return rolls


def _unit_key(location: Mapping[str, Any]) -> tuple[Any, ...]:
    return (location.get("path"), location.get("line"), location.get("message_id"), location.get("part"))


def _fold(unit: _Unit, hit: Hit) -> None:
    """Add a chunk's hit to its line (message part), under its field."""
    fold_into(unit.hits, (hit.entity, hit.fields[0] if hit.fields else None), hit)


def unit_occurrences(unit: _Unit) -> Iterator[tuple[str, dict[str, Any], float, str]]:
    """(entity, location, score, fingerprint) per entity of a complete line or message part."""
    best: dict[str, Hit] = {}
    for (entity, _), hit in unit.hits.items():
        if entity not in best or hit.max_score > best[entity].max_score:
            best[entity] = hit
    for entity in sorted(best):
        yield entity, unit.location, best[entity].max_score, best[entity].fingerprint
