"""Resolving overlapping detections: one entity per span, except pairs that may nest."""

from __future__ import annotations

from collections.abc import Iterable

from recognizers.base import Detection

# Validator strength: when two overlapping detections score the same, the stronger check wins.
PRIORITY = {
    "IMEI": 10, "CREDIT_CARD": 9, "IBAN_CODE": 9, "EMAIL_ADDRESS": 9, "IMSI": 8, "MAC_ADDRESS": 8, "IP_ADDRESS": 7,
    "SOCIAL_MEDIA_HANDLE": 7, "PHONE_NUMBER": 6, "DATE_OF_BIRTH": 6, "ANDROID_ID": 6, "LOCATION": 5,
    "POSTAL_ADDRESS": 5, "COOKIE_ID": 4, "APP_ID": 4, "OS_VERSION": 4, "DEVICE_MODEL": 3, "PERSON": 3, "AGE": 2,
    "GENDER": 2, "NETWORK_TYPE": 2,
}
# An address may contain a phone number when both really apply.
NESTABLE = frozenset({frozenset({"POSTAL_ADDRESS", "PHONE_NUMBER"})})


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
                    key=lambda d: (-d.score, -PRIORITY.get(d.entity, 0), -(d.end - d.start), d.start, d.entity))
    kept: list[Detection] = []
    for d in ranked:
        if all(not _overlap(d, k) or _compatible(d, k) for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: (d.start, d.end, d.entity))
