"""What names a finding: its location as text, its review key, and what makes it the same finding in two scans.

Rows and lines shift, so a log finding is keyed by its file and field, never a line (STYLE.md, "line
numbers as identity"), and files rotate, so by its rotation set: ``logs/app.log.1`` and
``logs/app.log.2.gz`` are both ``logs/app.log`` (``scanner.rotation``); the finding itself keeps the
real file. A rolled-up finding (a column, a log file's field, a mailbox's part kind) carries the
fingerprint of one value, so its location (source, location, entity) is its identity.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol

from scanner.rotation import rotation_base


class Located(Protocol):
    """What identity reads of a finding (``scanner.findings.Finding`` has it)."""

    source: str
    store: str
    location: Mapping[str, Any]
    entity: str
    fingerprint: str


def location_key(location: Mapping[str, Any]) -> str:
    """The stable text form of a location used for identity, sorting and display: ``users.phone``,
    ``logs/app.log`` and ``logs/app.log#ship_to.phone`` (a log file, a field of it), ``mail.mbox#body``
    (a mailbox's part kind); occurrences: ``logs/app.log:17``, ``mail.mbox#<id>/body``."""
    if "column" in location:
        schema = f"{location['schema']}." if location.get("schema") else ""
        return f"{schema}{location.get('table')}.{location['column']}"
    if "message_id" in location:
        return f"{location.get('path')}#{location['message_id']}/{location.get('part', '')}"
    if "line" in location:
        return f"{location.get('path')}:{location['line']}"
    if "part" in location:
        return f"{location.get('path')}#{location['part']}"
    if "field" in location:
        return f"{location.get('path')}#{location['field']}" if location["field"] else str(location.get("path"))
    return json.dumps(dict(location), sort_keys=True, ensure_ascii=False)


def rolled_up(location: Mapping[str, Any]) -> bool:
    """A finding that stands for many values: a column, a log file's field, a mailbox's part kind.
    Its identity across scans is its location, not the fingerprint of the one value it shows."""
    return "column" in location or "line" not in location and "message_id" not in location


class FindingKey(NamedTuple):
    """(source, stable location e.g. ``users.phone``, entity, fingerprint): what review decisions name."""

    source: str
    location: str
    entity: str
    fingerprint: str


def _line_located(location: Mapping[str, Any]) -> bool:
    """A (log) file or a line of one, whose file may be rotated."""
    return "path" in location and not ({"column", "message_id", "part"} & location.keys())


def stable_location(location: Mapping[str, Any]) -> str:
    """The location without a line number, a log file as its rotation set.

    ``users.phone``; ``logs/app.log`` and ``logs/app.log#client.ip`` for ``logs/app.log.2.gz`` (and for
    its lines, as findings were stored before roll-ups); ``mail.mbox#body``.
    """
    if _line_located(location):
        base = rotation_base(str(location.get("path")))
        return f"{base}#{location['field']}" if location.get("field") else base
    return location_key(location)


def store_set(finding: Located) -> str:
    """The store a finding counts under across rotation: ``logs/app.log`` for ``logs/app.log.1``."""
    return rotation_base(finding.store) if _line_located(finding.location) else finding.store


def row_location(key_location: str, location_key: str, column: bool) -> str:
    """A stored finding's stable location, folded to its rotation set also for rows stored before folding.

    Such a row has ``key_location`` ``logs/app.log.1`` beside ``location_key`` ``logs/app.log.1:17``.
    """
    path, sep, line = location_key.rpartition(":")
    if not column and sep and line.isdigit() and path == key_location:
        return rotation_base(key_location)
    return key_location


def finding_key(finding: Located) -> FindingKey:
    """The review key of a finding."""
    return FindingKey(finding.source, stable_location(finding.location), finding.entity, finding.fingerprint)


def identity(key: FindingKey, column: bool) -> tuple[str, str, str, str]:
    """What makes two findings of different scans the same finding (the diff compares on this)."""
    return (key.source, key.location, key.entity, "" if column else key.fingerprint)
