"""Compare a draft with a codified policy: what the text says that the YAML lacks, and what the YAML
declares that the text does not say.

Identity: a category is known by its entities (a draft category matches the YAML category sharing the
most entities with it); a purpose by its refs (a draft purpose matches the YAML purpose whose ref names
a section the draft's does, else the one with the same id, else — refs of unnumbered items are written
differently by each codifier: "3 item 2", "table row 2", "Section 3 para 2" — the one whose title shares
most words with the draft's, at least half of the shorter title). A pair is (category, purpose) so matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scanner.policy import Policy
from scanner.policy_draft.draft import Draft


def _refs(ref: str) -> set[str]:
    return {r.strip() for r in ref.split(";") if r.strip()}


@dataclass
class Alignment:
    """How the draft's categories and purposes map to the YAML's, and the pairs of each side."""

    categories: dict[str, str]       # draft category id -> YAML category id
    purposes: dict[str, str]         # draft purpose id -> YAML purpose id
    text_pairs: set[tuple[str, str]]     # draft pairs, in YAML ids where they map
    yaml_pairs: set[tuple[str, str]]


_STOP = frozenset(["a", "an", "and", "the", "of", "to", "your", "you", "our", "for", "with", "by", "in", "on", "from", "data", "information"])


def _words(title: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", title.lower()) if w not in _STOP}


def _by_title(title: str, candidates: list) -> str | None:
    """The id of the candidate purpose whose title shares the most words with ``title`` (at least half of
    the shorter one's), or None."""
    mine = _words(title)
    best = max(((len(mine & _words(c.title)), c.id, min(len(mine), len(_words(c.title)))) for c in candidates),
               default=(0, None, 0))
    return best[1] if best[0] and best[0] * 2 >= best[2] else None


def align(draft: Draft, base: Policy) -> Alignment:
    """Map the draft onto ``base`` (see the module docstring for identity)."""
    categories: dict[str, str] = {}
    for cat in draft.categories.values():
        overlap = [(len(set(cat.entities) & set(b.entities)), b.id) for b in base.categories.values()]
        best = max(overlap, default=(0, ""))
        if best[0]:
            categories[cat.id] = best[1]
    purposes: dict[str, str] = {}
    for pur in draft.purposes.values():
        same = [b.id for b in base.purposes.values() if _refs(b.ref) & set(pur.refs[:1])]
        same = same or [b.id for b in base.purposes.values() if _refs(b.ref) & set(pur.refs)]
        if same or pur.id in base.purposes:
            purposes[pur.id] = same[0] if same else pur.id
    taken = set(purposes.values())
    for pur in draft.purposes.values():
        if pur.id not in purposes and (match := _by_title(pur.title, [b for b in base.purposes.values()
                                                                      if b.id not in taken])):
            purposes[pur.id] = match
            taken.add(match)
    text_pairs = {(categories.get(c, f"+{c}"), purposes.get(p.id, f"+{p.id}"))
                  for p in draft.purposes.values() for c in p.categories}
    yaml_pairs = {(c, p.id) for p in base.purposes.values() for c in p.categories}
    return Alignment(categories, purposes, text_pairs, yaml_pairs)


def differences(draft: Draft, base: Policy) -> list[str]:
    """One line per difference, each with the refs to look at; empty when the text and the YAML agree."""
    a = align(draft, base)
    out = [f"text names category '{c.id}' ({'; '.join(c.refs)}) that the YAML lacks: \"{c.quote}\""
           for c in draft.categories.values() if c.id not in a.categories]
    out += [f"YAML declares category '{cid}' ({c.ref}) that the text does not name"
            for cid, c in base.categories.items() if cid not in a.categories.values()]
    out += [f"text names purpose '{p.id}' ({'; '.join(p.refs)}) that the YAML lacks"
            for p in draft.purposes.values() if p.id not in a.purposes]
    out += [f"YAML declares purpose '{pid}' ({p.ref}) that the text does not name"
            for pid, p in base.purposes.items() if pid not in a.purposes.values()]
    drafted = {p: draft.purposes[d] for d, p in a.purposes.items()}
    for cid, pid in sorted(a.text_pairs - a.yaml_pairs, key=lambda pair: pair[::-1]):
        if not cid.startswith("+") and not pid.startswith("+"):
            out.append(f"text: purpose '{pid}' ({'; '.join(drafted[pid].refs)}) names '{cid}'; the YAML does not list it")
    for cid, pid in sorted(a.yaml_pairs - a.text_pairs, key=lambda pair: pair[::-1]):
        if pid in drafted and cid in a.categories.values():
            out.append(f"YAML: purpose '{pid}' ({base.purposes[pid].ref}) lists '{cid}'; "
                       f"its passage ({'; '.join(drafted[pid].refs)}) does not name it")
    return out


def precision_recall(draft: Draft, base: Policy) -> tuple[float, float]:
    """Of the draft's (category, purpose) pairs, the share the YAML has; of the YAML's, the share drafted."""
    a = align(draft, base)
    hit = len(a.text_pairs & a.yaml_pairs)
    return (hit / len(a.text_pairs) if a.text_pairs else 1.0, hit / len(a.yaml_pairs) if a.yaml_pairs else 1.0)
