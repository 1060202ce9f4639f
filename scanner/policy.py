"""The privacy policy as data: categories of personal data and the purposes that declare them.

``Policy.classify(entity, purposes)`` is the one place that decides whether a finding is
declared collection (its category is listed by one of the store's purposes) or undeclared.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from recognizers.entities import KNOWN
from scanner.errors import PolicyError
from scanner.yamlio import LineDict, line_of, load_yaml

_TOP_KEYS = {"version", "name", "source", "effective", "categories", "purposes"}
_CATEGORY_KEYS = {"title", "entities", "ref", "fides", "description", "sensitive"}
_PURPOSE_KEYS = {"title", "ref", "categories", "fides", "description", "legal_basis"}


@dataclass(frozen=True)
class Category:
    """A category of personal data the policy names, e.g. device identifiers."""

    id: str
    title: str
    entities: tuple[str, ...]
    ref: str
    fides: str | None = None
    description: str = ""


@dataclass(frozen=True)
class Purpose:
    """A declared purpose of processing and the categories it covers."""

    id: str
    title: str
    ref: str
    categories: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True)
class Verdict:
    """How the policy judges one entity in a store with given purposes."""

    status: str                      # "declared" | "undeclared"
    category: str | None
    purposes: tuple[str, ...]        # the store's purposes that declare the category
    reason: str


@dataclass
class Policy:
    """A loaded, validated policy."""

    name: str
    version: int
    categories: dict[str, Category]
    purposes: dict[str, Purpose]
    path: str = ""
    digest: str = ""
    _by_entity: dict[str, list[Category]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for cat in self.categories.values():
            for entity in cat.entities:
                self._by_entity.setdefault(entity, []).append(cat)

    @property
    def entities(self) -> list[str]:
        """Every entity some category names, in a stable order."""
        return sorted(self._by_entity)

    def category_of(self, entity: str) -> Category | None:
        """The first category (in policy order) an entity belongs to, if the policy names it."""
        cats = self._by_entity.get(entity)
        return cats[0] if cats else None

    def categories_of(self, entity: str) -> tuple[Category, ...]:
        """Every category naming the entity, in policy order (an e-mail may be contact and login data)."""
        return tuple(self._by_entity.get(entity, ()))

    def classify(self, entity: str, store_purposes: Sequence[str]) -> Verdict:
        """Declared when one of ``store_purposes`` lists one of the entity's categories (the first such
        category, in policy order, is the verdict's); the reason cites the policy."""
        cats = self.categories_of(entity)
        if not cats:
            return Verdict("undeclared", None, (), f"{entity} belongs to no category of the policy")
        for cat in cats:
            covering = tuple(p for p in store_purposes if p in self.purposes and cat.id in self.purposes[p].categories)
            if covering:
                cites = ", ".join(f"'{p}' ({self.purposes[p].ref})" for p in covering)
                return Verdict("declared", cat.id, covering,
                               f"category '{cat.id}' ({cat.ref}) is declared by purpose {cites}")
        ids = {c.id for c in cats}
        declared_by = [p.id for p in self.purposes.values() if ids & set(p.categories)]
        store = ", ".join(f"'{p}'" for p in store_purposes) or "none"
        named = ", ".join(f"'{c.id}' ({c.ref})" for c in cats)
        subject = f"category {named} is not" if len(cats) == 1 else f"none of the categories {named} is"
        elsewhere = (f"; the policy declares it only for {', '.join(repr(p) for p in declared_by)}"
                     if declared_by else "; no purpose of the policy declares it")
        return Verdict("undeclared", cats[0].id, (), f"{subject} covered by the store's purposes ({store}){elsewhere}")


def _require(mapping: LineDict, key: str, kind: type | tuple[type, ...], where: str, path: str):
    if key not in mapping:
        raise PolicyError(f"missing required key in {where}", file=path, key=key, line=line_of(mapping, key))
    value = mapping[key]
    if not isinstance(value, kind):
        raise PolicyError(f"wrong type in {where}", file=path, key=key, line=line_of(mapping, key))
    return value


def _check_keys(mapping: LineDict, allowed: set[str], where: str, path: str) -> None:
    for key in mapping:
        if key not in allowed:
            raise PolicyError(f"unknown key in {where} (allowed: {', '.join(sorted(allowed))})",
                              file=path, key=f"{where}.{key}" if where != "policy" else str(key),
                              line=line_of(mapping, key))


def _entity_list(cat: LineDict, cid: str, path: str) -> tuple[str, ...]:
    entities = _require(cat, "entities", list, f"categories.{cid}", path)
    for entity in entities:
        if entity not in KNOWN:
            raise PolicyError(f"unknown entity {entity!r} (known: {', '.join(sorted(KNOWN))})",
                              file=path, key=f"categories.{cid}.entities", line=line_of(cat, "entities"))
    return tuple(entities)


def _section(data: LineDict, name: str, entry_name: str, allowed: set[str], path: str) -> Iterator[tuple[str, LineDict]]:
    """The entries of ``categories`` or ``purposes``: each must be a mapping with only ``allowed`` keys."""
    raw = _require(data, name, dict, "policy", path)
    for key, entry in raw.items():
        if not isinstance(entry, LineDict):
            raise PolicyError(f"a {entry_name} must be a mapping", file=path, key=f"{name}.{key}", line=line_of(raw, key))
        _check_keys(entry, allowed, f"{name}.{key}", path)
        yield key, entry


def parse_policy(data: LineDict, path: str) -> Policy:
    """Validate a policy document; every error names file, key and line."""
    _check_keys(data, _TOP_KEYS, "policy", path)
    version = _require(data, "version", int, "policy", path)
    if version != 1:
        raise PolicyError(f"unsupported policy version {version} (this piiscan reads version 1)",
                          file=path, key="version", line=line_of(data, "version"))
    name = _require(data, "name", str, "policy", path)
    categories: dict[str, Category] = {}
    for cid, cat in _section(data, "categories", "category", _CATEGORY_KEYS, path):
        categories[cid] = Category(id=cid, title=str(cat.get("title", cid)), entities=_entity_list(cat, cid, path),
                                   ref=str(_require(cat, "ref", (str, int, float), f"categories.{cid}", path)),
                                   fides=cat.get("fides"), description=str(cat.get("description", "")))
    purposes: dict[str, Purpose] = {}
    for pid, pur in _section(data, "purposes", "purpose", _PURPOSE_KEYS, path):
        cats = _require(pur, "categories", list, f"purposes.{pid}", path)
        for cid in cats:
            if cid not in categories:
                raise PolicyError(f"purpose lists unknown category {cid!r}", file=path,
                                  key=f"purposes.{pid}.categories", line=line_of(pur, "categories"))
        purposes[pid] = Purpose(id=pid, title=str(pur.get("title", pid)),
                                ref=str(_require(pur, "ref", (str, int, float), f"purposes.{pid}", path)),
                                categories=tuple(cats), description=str(pur.get("description", "")))
    return Policy(name=name, version=version, categories=categories, purposes=purposes, path=path)


def load_policy(path: Path) -> Policy:
    """Load and validate a policy file."""
    data = load_yaml(path, PolicyError)
    policy = parse_policy(data, str(path))
    policy.digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return policy
