"""Flat finding rows shared by findings.csv and review.xlsx; ``review import`` reads the same columns.

The key columns (source, key_location, entity, fingerprint) name a finding across scans; the
decision, reason and by columns are the reviewer's to fill.
"""

from __future__ import annotations

import re
from typing import Any

from scanner.findings import Finding
from scanner.identity import finding_key
from scanner.policy import Policy
from scanner.report.views import policy_note
from scanner.review import KEY_COLUMNS, REVIEW_COLUMNS

COLUMNS = ("status", "source", "kind", "store", "location", *KEY_COLUMNS[1:3], "category", "purposes", "count",
           "rows_scanned", "score", "evidence", "policy", "detection", "where", KEY_COLUMNS[3], *REVIEW_COLUMNS)


def where_to_look(finding: Finding) -> str:
    """A rolled-up finding's sample lines (with its first and last) or sample Message-IDs; '' for a column."""
    if finding.lines:
        sample = ", ".join(str(n) for n in finding.lines.get("sample") or [])
        return f"lines {sample} (first {finding.lines.get('first')}, last {finding.lines.get('last')})"
    if finding.messages:
        return "messages " + ", ".join(str(m) for m in finding.messages.get("sample") or [])
    return ""


def finding_row(finding: Finding, policy: Policy) -> dict[str, Any]:
    """One finding as a flat row (no raw value: evidence is masked, identity is the keyed fingerprint)."""
    key = finding_key(finding)
    review = finding.review or {}
    return {
        "status": finding.status, "source": finding.source, "kind": finding.kind, "store": finding.store,
        "location": finding.location_key, "key_location": key.location, "entity": finding.entity,
        "category": finding.category or "", "purposes": ", ".join(finding.purposes), "count": finding.count,
        "rows_scanned": finding.rows_scanned, "score": finding.score, "evidence": finding.evidence,
        "policy": policy_note(policy, finding), "detection": finding.reason, "where": where_to_look(finding),
        "fingerprint": finding.fingerprint,
        **{c: review.get(c, "") for c in REVIEW_COLUMNS},
    }


def sort_key(finding: Finding) -> tuple[Any, ...]:
    """Undeclared first, then source, location (line 9 before line 10) and entity."""
    natural = [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", finding.location_key)]
    return (finding.status != "undeclared", finding.source, natural, finding.entity)
