"""What ``piiscan policy`` prints about a policy: the validation line and the purposes with their categories."""

from __future__ import annotations

from pathlib import Path

from scanner.policy import Policy


def validated_line(path: Path, policy: Policy) -> str:
    """``PATH: ok (…)`` with the number of categories, purposes and entities."""
    return (f"{path}: ok ({len(policy.categories)} categories, {len(policy.purposes)} purposes, "
            f"{len(policy.entities)} entities)")


def render(policy: Policy) -> str:
    """The categories with their entities, the purposes with their categories, and categories no purpose declares."""
    lines = [f"{policy.name} (version {policy.version})", "", "Categories:"]
    lines += [f"  {cat.id:<16} [{cat.ref}] {cat.title}: {', '.join(cat.entities)}"
              for cat in policy.categories.values()]
    lines += ["", "Purposes:"]
    lines += [f"  {pur.id:<18} [{pur.ref}] {pur.title}: {', '.join(pur.categories)}"
              for pur in policy.purposes.values()]
    orphan = [c for c in policy.categories if not any(c in p.categories for p in policy.purposes.values())]
    if orphan:
        lines += ["", f"Categories no purpose declares (always undeclared): {', '.join(orphan)}"]
    return "\n".join(lines)
