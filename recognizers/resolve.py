"""Resolving overlapping detections: one entity per span, except pairs that may nest."""

from __future__ import annotations

from collections.abc import Iterable

from recognizers.base import Detection
from recognizers.entities import CATALOGUE, NESTABLE

# Validator strength breaks ties between overlapping detections (read once from the catalogue: the hot loop).
_PRIORITY = {name: e.priority for name, e in CATALOGUE.items()}


def _overlap(a: Detection, b: Detection) -> bool:
    return a.start < b.end and b.start < a.end


def _compatible(a: Detection, b: Detection) -> bool:
    """True when ``a`` and ``b`` may both stand although they overlap."""
    if a.entity == b.entity or frozenset({a.entity, b.entity}) not in NESTABLE:
        return False
    outer, inner = (a, b) if a.end - a.start >= b.end - b.start else (b, a)
    return outer.start <= inner.start and inner.end <= outer.end


def resolve(found: Iterable[Detection], min_score: float) -> list[Detection]:
    """Keep the best of every group of overlapping detections, in text order.

    Best is the highest score, then the stronger validator, then the longer span.
    """
    ranked = sorted((d for d in found if d.score >= min_score),
                    key=lambda d: (-d.score, -_PRIORITY.get(d.entity, 0), -(d.end - d.start), d.start, d.entity))
    kept: list[Detection] = []
    for d in ranked:
        if all(not _overlap(d, k) or _compatible(d, k) for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: (d.start, d.end, d.entity))
