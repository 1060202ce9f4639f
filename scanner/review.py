"""Review decisions, in one place: their kinds, what they name, how they match findings, applying them.

A decision names either one finding key (source, stable location, entity, fingerprint) or a
location pattern (``shop-db:users.*``, optionally one entity). The latest matching decision that
is not revoked applies. A column finding matches a key decision on (source, location, entity)
alone, because its fingerprint is that of one sampled value and changes when rows do.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from scanner.identity import FindingKey, finding_key, rolled_up

if TYPE_CHECKING:
    from scanner.findings import Finding
    from scanner.spool import FindingSpool

DECISIONS = ("accept", "suppress", "false-positive")      # each settles its finding: the gate leaves it alone

# Columns of findings.csv / review.xlsx that ``review import`` reads back.
KEY_COLUMNS = ("source", "key_location", "entity", "fingerprint")
REVIEW_COLUMNS = ("decision", "reason", "by", "at")
REVIEW_SHEET = "Review"


def settles(decision: str | None) -> bool:
    """Whether a recorded decision of this kind settles its finding."""
    return decision in DECISIONS


def is_reviewed(finding: Finding) -> bool:
    """A review decision settles this finding (the gate ignores it)."""
    return bool(finding.review) and settles(finding.review.get("decision"))


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
    id: int | None = None                    # set once stored
    revoked_at: datetime | None = None
    revoked_by: str | None = None
    revoke_reason: str | None = None

    @property
    def revoked(self) -> bool:
        """Whether the decision was revoked (it then applies to no later scan)."""
        return self.revoked_at is not None

    @property
    def names(self) -> tuple[str, str | None, str | None, str | None, str | None]:
        """What the decision covers; a later decision naming the same supersedes it."""
        return (self.source, self.location, self.pattern, self.entity, self.fingerprint)

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
    """The latest decision (``decisions`` are oldest first) covering a finding, if any; revoked ones never do."""
    for decision in reversed(decisions):
        if not decision.revoked and decision.matches(key, column):
            return decision
    return None


def apply_reviews(findings: FindingSpool, decisions: Sequence[Decision]) -> FindingSpool:
    """The findings with ``review`` set from the latest matching decision (the others unchanged)."""
    if not decisions:
        return findings
    return findings.rewrite(lambda finding: reviewed(finding, decisions))


def reviewed(finding: Finding, decisions: Sequence[Decision]) -> Finding:
    """``finding`` with ``review`` set from the latest matching decision, or ``finding`` itself when none matches."""
    decision = latest_for(finding_key(finding), rolled_up(finding.location), decisions)
    return finding if decision is None else replace(finding, review=decision.as_review())


class KeyCount(NamedTuple):
    """How many findings of one scan share a review key."""

    key: FindingKey
    column: bool
    count: int


def count_matches(decision: Decision, keys: Iterable[KeyCount]) -> int:
    """How many of the findings behind ``keys`` the decision matches (revoked or not)."""
    return sum(k.count for k in keys if decision.matches(k.key, k.column))


@dataclass(frozen=True)
class Standing:
    """A decision with what it covers in one scan: findings it matches, and those it decides (latest wins)."""

    decision: Decision
    matches: int
    decides: int
    superseded_by: int | None = None          # id of a later decision naming the same target

    @property
    def in_force(self) -> bool:
        """Neither revoked nor superseded."""
        return not self.decision.revoked and self.superseded_by is None


def standings(decisions: Sequence[Decision], keys: Iterable[KeyCount]) -> list[Standing]:
    """Every decision (oldest first, revoked ones included) with its counts over ``keys``."""
    by_source: dict[str, list[KeyCount]] = defaultdict(list)
    for k in keys:
        by_source[k.key.source].append(k)
    live = [d for d in decisions if not d.revoked]
    decides: Counter[int | None] = Counter()
    for source, source_keys in by_source.items():
        mine = [d for d in live if d.source == source]
        for k in source_keys:
            winner = latest_for(k.key, k.column, mine)
            if winner is not None:
                decides[winner.id] += k.count
    later: dict[tuple, int | None] = {}
    superseded: dict[int | None, int | None] = {}
    for d in reversed(live):
        if d.names in later:
            superseded[d.id] = later[d.names]
        else:
            later[d.names] = d.id
    return [Standing(d, count_matches(d, by_source.get(d.source, ())), 0 if d.revoked else decides[d.id],
                     superseded.get(d.id)) for d in decisions]


def suggestions(pattern: str, locations: Iterable[str], n: int = 4) -> list[str]:
    """Patterns or stable locations near ``pattern`` that exist: qualified forms of it first, then close ones.

    ``product_catalog.*`` gets ``catalog.product_catalog.*`` when that schema-qualified name exists.
    """
    found = sorted(set(locations))
    match = re.compile(fnmatch.translate(pattern)).match
    qualified: set[str] = set()
    groups: set[str] = set()
    for loc in found:
        head = loc.split("#", 1)[0]                      # never split inside a mail Message-ID
        for i, ch in enumerate(head[:-1]):
            if ch in "./":
                groups.add(loc[:i + 1] + "*")
                if match(loc[i + 1:]):
                    qualified.add(loc[:i + 1] + pattern)
    pool = [*found, *sorted(groups)] if any(c in pattern for c in "*?[") else found
    near = difflib.get_close_matches(pattern, pool, n=n, cutoff=0.6)
    return list(dict.fromkeys([*sorted(qualified, key=lambda q: (len(q), q))[:n], *near]))[:n]
