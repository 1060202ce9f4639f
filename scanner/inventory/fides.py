"""``piiscan export fides``: the last scan as a Fides dataset (fideslang data categories from the policy).

One dataset per source, one collection per store (table, rotated log file set, mailbox), one field per
column, JSON key or mail part, labelled with the ``fides`` key of each category found there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import yaml

from scanner.inventory.models import FindingRow
from scanner.policy import Policy
from scanner.rotation import rotation_base

_NOT_KEY = re.compile(r"[^A-Za-z0-9_.<>-]+")


def fides_key(name: str) -> str:
    """A valid FidesKey (letters, digits, ``_ . < > -``) for a source or store name."""
    return _NOT_KEY.sub("_", name).strip("_") or "unnamed"


def dataset(rows: Sequence[FindingRow], policy: Policy, scan_id: int, kinds: dict[str, str]) -> dict[str, Any]:
    """The Fides dataset document; categories without a ``fides`` key are listed in the description."""
    tree: dict[str, dict[str, dict[str, set[str]]]] = {}
    unmapped: dict[str, set[str]] = {}
    for row in rows:
        category = policy.categories.get(row.category or "")
        store = rotation_base(row.store) if row.kind == "logs" else row.store      # app.log, app.log.1: one collection
        fields = tree.setdefault(row.source, {}).setdefault(store, {})
        labels = fields.setdefault(row.field, set())
        if category and category.fides:
            labels.add(category.fides)
        else:
            unmapped.setdefault(row.source, set()).add(row.category or row.entity)
    datasets = []
    for source, stores in sorted(tree.items()):
        note = f" Categories without a fides key: {', '.join(sorted(unmapped[source]))}." if source in unmapped else ""
        datasets.append({
            "fides_key": fides_key(source), "name": source,
            "description": f"piiscan scan {scan_id} of {kinds.get(source, 'source')} source {source!r} "
                          f"under {policy.name}.{note}",
            "collections": [{
                "name": fides_key(store), "description": store,
                "fields": [{"name": fides_key(field), "description": field,
                            "data_categories": sorted(labels)} for field, labels in sorted(fields.items())],
            } for store, fields in sorted(stores.items())],
        })
    return {"dataset": datasets}


def render(doc: dict[str, Any]) -> str:
    """The YAML text of a Fides document."""
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110)
