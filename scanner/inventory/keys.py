"""Stable names for findings across scans: the review key and the diff identity.

Rows and lines shift, so a log finding is keyed by its file, not its line (STYLE.md, "line numbers
as identity"). A column finding's fingerprint is that of one sampled value, so the column itself
(source, location, entity) is its identity; a free-text finding is identified by its value's
keyed fingerprint as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from scanner.findings import Finding, location_key


class FindingKey(NamedTuple):
    """(source, stable location e.g. ``users.phone``, entity, fingerprint): what review decisions name."""

    source: str
    location: str
    entity: str
    fingerprint: str


def stable_location(location: Mapping[str, Any]) -> str:
    """The location without its line number: ``users.phone``, ``logs/app.log``, ``mail.mbox#<id>/body``."""
    if "line" in location and "column" not in location and "message_id" not in location:
        return str(location.get("path"))
    return location_key(location)


def is_column(location: Mapping[str, Any]) -> bool:
    """True for a structured column, where a finding describes the column rather than one value."""
    return "column" in location


def finding_key(finding: Finding) -> FindingKey:
    """The review key of a finding."""
    return FindingKey(finding.source, stable_location(finding.location), finding.entity, finding.fingerprint)


def identity(key: FindingKey, column: bool) -> tuple[str, str, str, str]:
    """What makes two findings of different scans the same finding (the diff compares on this)."""
    return (key.source, key.location, key.entity, "" if column else key.fingerprint)


def field_name(finding: Finding) -> str:
    """The field a finding sits in, for dataset exports: the column, JSON key, mail part, or ``text``."""
    loc = finding.location
    if "column" in loc:
        return str(loc["column"])
    if finding.fields:
        return finding.fields[0]
    return str(loc.get("part") or "text")


# Columns of findings.csv / review.xlsx that ``review import`` reads back.
KEY_COLUMNS = ("source", "key_location", "entity", "fingerprint")
REVIEW_COLUMNS = ("decision", "reason", "by", "at")
REVIEW_SHEET = "Review"
