"""Review decisions: what they name, how they match findings, and applying them to a scan run.

A decision names either one finding key (source, stable location, entity, fingerprint) or a
location pattern (``shop-db:users.*``, optionally one entity). The latest matching decision
applies. A column finding matches a key decision on (source, location, entity) alone, because its
fingerprint is that of one sampled value and changes when rows do.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from scanner.findings import Finding
from scanner.inventory.keys import FindingKey, finding_key, is_column

DECISIONS = ("accept", "suppress", "false-positive")


@dataclass(frozen=True)
class Decision:
    """One recorded review decision."""

    decision: str
    reason: str
    by: str
    at: datetime
    source: str
    location: str | None = None
    pattern: str | None = None
    entity: str | None = None
    fingerprint: str | None = None

    def matches(self, key: FindingKey, column: bool) -> bool:
        """Whether this decision covers the finding with ``key``."""
        if key.source != self.source or (self.entity and key.entity != self.entity):
            return False
        if self.pattern is not None:
            return fnmatch.fnmatchcase(key.location, self.pattern)
        return key.location == self.location and (column or key.fingerprint == self.fingerprint)

    def as_review(self) -> dict[str, str]:
        """The ``Finding.review`` mapping reports show."""
        return {"decision": self.decision, "reason": self.reason, "by": self.by, "at": self.at.isoformat()}

    @property
    def target(self) -> str:
        """A short text naming what the decision covers."""
        if self.pattern is not None:
            return f"{self.source}:{self.pattern}" + (f" ({self.entity})" if self.entity else "")
        return f"{self.source}:{self.location} {self.entity} {self.fingerprint}"


def for_key(decision: str, reason: str, by: str, at: datetime, key: FindingKey) -> Decision:
    """A decision on one finding key."""
    return Decision(decision, reason, by, at, key.source, location=key.location, entity=key.entity,
                    fingerprint=key.fingerprint)


def latest_for(key: FindingKey, column: bool, decisions: Sequence[Decision]) -> Decision | None:
    """The latest decision (``decisions`` are oldest first) covering a finding, if any."""
    for decision in reversed(decisions):
        if decision.matches(key, column):
            return decision
    return None


def apply_decisions(findings: Iterable[Finding], decisions: Sequence[Decision]) -> int:
    """Set ``Finding.review`` from the latest matching decision; return how many findings got one."""
    return sum(review_one(finding, decisions) for finding in findings)


def review_one(finding: Finding, decisions: Sequence[Decision]) -> bool:
    """Set ``finding.review`` from the latest matching decision; True when there was one."""
    decision = latest_for(finding_key(finding), is_column(finding.location), decisions)
    if decision is not None:
        finding.review = decision.as_review()
    return decision is not None


def split_pattern(text: str, sources: Iterable[str]) -> tuple[str, str] | None:
    """``shop-db:users.*`` -> ("shop-db", "users.*") when the part before ``:`` names a source."""
    source, sep, pattern = text.partition(":")
    if sep and source in set(sources) and pattern:
        return source, pattern
    return None
