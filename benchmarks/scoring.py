"""Precision / recall / F1 for span-level (text) and column-level predictions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tests.corpus import Column, Line, Span

# A column is predicted as E when at least this share of its non-empty values has a
# detection of E covering at least COVERAGE of the value's non-blank characters.
COLUMN_SHARE = 0.3
COVERAGE = 0.6

Pred = tuple[str, int, int]   # entity, start, end


@dataclass
class Tally:
    """True positives, false positives and false negatives per entity."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def prf(self, entity: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 for one entity, or micro-averaged when None."""
        tp, fp, fn = ((self.tp[entity], self.fp[entity], self.fn[entity]) if entity else
                      (sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())))
        p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def entities(self) -> list[str]:
        """Every entity seen as gold or prediction."""
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))


def score_lines(lines: Sequence[Line], preds: Sequence[Iterable[Pred]], entities: set[str] | None = None) -> Tally:
    """Span-level: a prediction is right when a gold span of the same entity overlaps it (each gold once)."""
    t = Tally()
    for line, pred in zip(lines, preds, strict=True):
        gold = list(line.spans)
        used = [False] * len(gold)
        for ent, s, e in pred:
            if entities is not None and ent not in entities:
                continue
            hit = next((i for i, g in enumerate(gold) if not used[i] and g.entity == ent and s < g.end and g.start < e), None)
            if hit is None:
                if not any(g.entity == ent and s < g.end and g.start < e for g in gold):
                    t.fp[ent] += 1
            else:
                used[hit] = True
                t.tp[ent] += 1
        for g, u in zip(gold, used, strict=True):
            if not u:
                t.fn[g.entity] += 1
    return t


def column_entities(values: Sequence[str], preds: Sequence[Iterable[Pred]]) -> set[str]:
    """Entities a column classifier assigns, from per-value predictions (see COLUMN_SHARE, COVERAGE)."""
    hits: Counter = Counter()
    filled = 0
    for value, pred in zip(values, preds, strict=True):
        blank = sum(1 for c in value if not c.isspace())
        if not blank:
            continue
        filled += 1
        covered: dict[str, set[int]] = {}
        for ent, s, e in pred:
            covered.setdefault(ent, set()).update(i for i in range(s, e) if not value[i].isspace())
        for ent, idx in covered.items():
            if len(idx) >= COVERAGE * blank:
                hits[ent] += 1
    return {ent for ent, n in hits.items() if filled and n / filled >= COLUMN_SHARE}


def score_columns(cols: Sequence[Column], predicted: Sequence[set[str]], entities: set[str] | None = None) -> Tally:
    """Column-level: one gold entity (or none) per column against the predicted set."""
    t = Tally()
    for col, pred in zip(cols, predicted, strict=True):
        for ent in pred:
            if entities is not None and ent not in entities:
                continue
            if ent == col.entity:
                t.tp[ent] += 1
            else:
                t.fp[ent] += 1
        if col.entity and col.entity not in pred:
            t.fn[col.entity] += 1
    return t


__all__ = ["COLUMN_SHARE", "COVERAGE", "Span", "Tally", "column_entities", "score_columns", "score_lines"]
