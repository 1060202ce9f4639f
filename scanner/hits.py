"""What workers send back: per-entity hits of a chunk, and a file's lines rolled up per field.

Raw values never travel: a :class:`Hit` carries counts, scores, reasons, masked evidence and a keyed
fingerprint. When no occurrence is asked for, a worker folds the lines of a ``lines`` chunk itself
(:func:`roll_lines`), so only one :class:`LineRoll` per (field, entity) crosses the process boundary
instead of a hit list per line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

SAMPLES = 10                      # sample lines or Message-IDs kept per rolled-up finding


@dataclass
class Hit:
    """What one chunk (or one line of it) holds of one entity."""

    entity: str
    matched: int                 # column: rows with the entity; text: occurrences
    score_sum: float
    max_score: float
    reasons: dict[str, int]      # recognizer reason -> how often
    evidence: str
    fingerprint: str
    fields: list[str] = field(default_factory=list)


def fold_into(hits: dict[Any, Hit], key: Any, hit: Hit) -> None:
    """Add ``hit`` to ``hits[key]`` (a copy when new): counts, scores, reasons and fields add up."""
    into = hits.get(key)
    if into is None:
        hits[key] = Hit(hit.entity, hit.matched, hit.score_sum, hit.max_score, dict(hit.reasons), hit.evidence,
                        hit.fingerprint, list(hit.fields))
        return
    into.matched += hit.matched
    into.score_sum += hit.score_sum
    into.max_score = max(into.max_score, hit.max_score)
    for reason, n in hit.reasons.items():
        into.reasons[reason] = into.reasons.get(reason, 0) + n
    into.fields.extend(f for f in hit.fields if f not in into.fields)


def best_per_field(hits: Iterable[Hit]) -> dict[tuple[str, str | None], Hit]:
    """One line's hits, one per (entity, field): the best scored (a line counts once per field)."""
    best: dict[tuple[str, str | None], Hit] = {}
    for hit in hits:
        key = (hit.entity, hit.fields[0] if hit.fields else None)
        if key not in best or hit.max_score > best[key].max_score:
            best[key] = hit
    return best


@dataclass
class LineRoll:
    """What consecutive lines of one file hold of one entity behind one field."""

    entity: str
    field: str | None
    count: int = 0                           # lines holding it
    first: Any = None                        # first and last line (or Message-ID)
    last: Any = None
    samples: list[Any] = field(default_factory=list)
    max_score: float = 0.0
    reasons: dict[str, int] = field(default_factory=dict)
    evidence: str = ""
    fingerprint: str = ""

    def add(self, where: Any, hit: Hit) -> None:
        """Count one line (message) holding the entity; the same message twice adds nothing."""
        self.max_score = max(self.max_score, hit.max_score)
        if where == self.last and self.count:
            return
        if not self.evidence:
            self.evidence, self.fingerprint = hit.evidence, hit.fingerprint
        self.count += 1
        for reason, n in hit.reasons.items():
            self.reasons[reason] = self.reasons.get(reason, 0) + n
        if self.first is None:
            self.first = where
        self.last = where
        if len(self.samples) < SAMPLES:
            self.samples.append(where)

    def merge(self, later: LineRoll) -> None:
        """Add the roll-up of later lines of the same file."""
        if not later.count:
            return
        if not self.evidence:
            self.evidence, self.fingerprint = later.evidence, later.fingerprint
        if self.first is None:
            self.first = later.first
        self.count += later.count
        self.last = later.last
        self.max_score = max(self.max_score, later.max_score)
        for reason, n in later.reasons.items():
            self.reasons[reason] = self.reasons.get(reason, 0) + n
        self.samples.extend(later.samples[:SAMPLES - len(self.samples)])


def roll_lines(first_line: int, line_hits: Mapping[int, list[Hit]]) -> list[LineRoll]:
    """The lines of one chunk (offsets from ``first_line``) rolled up per (entity, field)."""
    rolls: dict[tuple[str, str | None], LineRoll] = {}
    for offset in sorted(line_hits):
        for key, hit in best_per_field(line_hits[offset]).items():
            roll = rolls.get(key)
            if roll is None:
                roll = rolls[key] = LineRoll(*key)
            roll.add(first_line + offset, hit)
    return list(rolls.values())


@dataclass
class ChunkResult:
    """The hits of one chunk, and the facts the aggregator needs about its values."""

    index: int
    rows: int
    free_text: bool
    hits: list[Hit]
    line_hits: dict[int, list[Hit]] = field(default_factory=dict)   # ``lines`` mode: line offset -> hits
    values: int = 1              # values analysed (non-empty cells of a column)
    rolled: list[LineRoll] | None = None     # ``lines`` mode without occurrences: the worker's roll-up
