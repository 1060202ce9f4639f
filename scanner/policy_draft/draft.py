"""Draft a policy from its text: categories with ref + quote, purposes with ref + quote + the categories
their own passage names, and notes for a reviewer about what the rules could not place.

Rules, in order, for every sentence of every section:
- a sentence that quotes an address (``E-mail: ...@...``) is contact information of the shop: skipped;
- a data term under a negation ("we do not collect your location") is noted, never declared;
- a sharing sentence (data given to third parties, partners, couriers, other users) names categories but
  no purpose: a recipient is not a purpose of the shop;
- inside a purpose's passage (an item of a list introduced as purposes, with its sub-items), every other
  data term belongs to that purpose;
- elsewhere, a sentence in which *we* collect/use/send data and that names a purpose's wording ("for
  security") ties its data terms to that purpose;
- data a lead sentence lists "for the following purposes" without saying which goes to each following
  purpose that typically needs it (registration: name, contact, demographics; orders: contact, payment;
  commenting: name, social accounts; see ``purposes.KINDS``). Such a pair is inferred, not stated: the
  draft marks it beside the purpose and in the reviewer's notes, with the lead sentence's ref.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from scanner.policy_draft import lexicon, purposes
from scanner.policy_draft.sections import Section, parse_sections

_SHOP_CONTACT = re.compile(r"\S@\S|https?://")
# "in section 2", "described in section 2.3", "listed in 2.4" (a bare number needs its dot: not "in 2024").
_SECTION_REF = re.compile(r"\bsections?\s+(\d+(?:\.\d+)*)|\b(?:in|see|under)\s+(\d+\.\d+(?:\.\d+)*)\b(?!\s*%)",
                          re.IGNORECASE)
_GROUP_TITLE = re.compile(r"(?:[a-z-]+\s+){0,2}(?:data|information|details)")     # "technical data", "contact details"
_ABOVE = re.compile(r"\b(?:described|listed|set out|mentioned)\s+above\b", re.IGNORECASE)


@dataclass
class DraftCategory:
    """A category the text names."""

    id: str
    title: str
    fides: str
    entities: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    quote: str = ""


@dataclass
class DraftPurpose:
    """A purpose the text names, with the categories its passage names."""

    id: str
    title: str
    refs: list[str] = field(default_factory=list)
    quote: str = ""
    categories: list[str] = field(default_factory=list)
    kind: purposes.PurposeKind | None = None
    inferred: dict[str, str] = field(default_factory=dict)    # category -> ref of the lead sentence listing it


@dataclass
class Draft:
    """A Policy-shaped draft and the reviewer's notes."""

    name: str
    source: str
    categories: dict[str, DraftCategory] = field(default_factory=dict)
    purposes: dict[str, DraftPurpose] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _add(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)


def _slug(title: str) -> str:
    return "_".join(re.sub(r"[^a-z0-9 ]", " ", title.lower()).split()[:4]) or "purpose"


class _Drafter:
    """One pass over the sections; collects categories, purposes and notes."""

    def __init__(self, sections: list[Section]) -> None:
        self.sections = sections
        self.by_ref = {s.ref: s for s in sections}
        self.draft = Draft(name="", source="")
        self.purpose_of: dict[str, str] = {}          # section ref -> purpose id of the passage it is in
        self.negated: dict[str, list[str]] = {}       # category -> refs where the text says it does not
        self.vague: dict[str, list[str]] = {}         # vague term -> refs
        self.shared: list[tuple[str, list[str], str]] = []
        self.group_only: dict[str, tuple[str, str]] = {}
        self.quoted_sharing: set[str] = set()          # categories quoted so far from a sharing sentence
        self.leads: set[str] = set()                   # sections that introduce a list of purposes
        self.defined: dict[str, list[str]] = {}        # a group the text defines ("Technical data") -> categories
        self.data_cache: dict[str, list[str]] = {}     # section ref -> the data its own sentences name

    def run(self) -> Draft:
        self._find_purposes()
        self.defined = self._defined_terms()
        for section in self.sections:
            for sentence in section.sentences:
                self._read(section, sentence)
        self._infer_from_lead_lists()
        self._add_group_only_categories()
        self._write_notes()
        return self.draft

    def _find_purposes(self) -> None:
        leads = self.leads = {s.ref for s in self.sections if purposes.lists_purposes(s)}
        delegated = {s.parent for s in self.sections if s.ref in leads}    # a lead whose item restates the lead
        for section in self.sections:
            parent = section.parent
            if parent not in leads or parent in delegated or section.ref in leads:
                continue                                # not under a purpose list, or a list of its own
            title = section.title or " ".join(section.text.split()[:6])
            kind = purposes.kind_of(title)
            base = pid = kind.id if kind else _slug(title)
            for n in range(2, len(self.sections) + 2):
                if pid not in self.draft.purposes:
                    break
                pid = f"{base}_{n}"
            self.draft.purposes[pid] = DraftPurpose(pid, title, refs=[section.ref],
                                                    quote=section.sentences[0] if section.sentences else "", kind=kind)
            self.purpose_of[section.ref] = pid
        for section in self.sections:                   # sub-items belong to their item's passage
            if section.ref not in self.purpose_of:
                owner = next((a for a in self._ancestors(section.ref) if a.ref in self.purpose_of), None)
                if owner is not None:
                    self.purpose_of[section.ref] = self.purpose_of[owner.ref]

    def _ancestors(self, ref: str) -> Iterator[Section]:
        """The sections ``ref`` stands under, nearest first."""
        parent = self.by_ref[ref].parent
        while parent in self.by_ref:
            yield self.by_ref[parent]
            parent = self.by_ref[parent].parent

    def _read(self, section: Section, sentence: str) -> None:
        if _SHOP_CONTACT.search(sentence):
            return
        matches = lexicon.find_terms(sentence)
        sharing = purposes.is_sharing(sentence)
        if section.ref in self.purpose_of and not sharing:
            referenced = [c for ref in self._referenced(section.ref, [sentence], lead_in=False) for c in self._data_of(ref)]
            referenced += [c for term, cats in self.defined.items() if (at := _mention(sentence, term)) >= 0
                           and not purposes.negated_at(sentence, at) for c in cats]
            if referenced:                              # "described in section 2.3", "we use your billing data"
                self._tie(section, sentence, list(dict.fromkeys(referenced)))
        if not matches:
            return
        placed = self._place(section.ref, sentence, matches, sharing)
        if sharing:
            if placed:
                self.shared.append((section.ref, [m.text for m in matches], sentence))
            return
        if section.ref not in self.purpose_of:           # a sentence elsewhere ties only what *we* process
            after = purposes.processing_at(sentence)
            placed = [c for m in matches if m.start > after for c in m.term.categories if c in placed]
        if placed:
            self._tie(section, sentence, placed)

    def _place(self, ref: str, sentence: str, matches: list[lexicon.Match], sharing: bool) -> list[str]:
        """Record each term of a sentence (category, negative or vague); return the categories it names."""
        placed: list[str] = []
        for match in matches:
            cats = match.term.categories
            if not match.term.names_data:
                continue
            if purposes.negated_at(sentence, match.start):
                for cat in cats:
                    _add(self.negated.setdefault(cat, []), ref)
            elif not cats:
                _add(self.vague.setdefault(match.term.phrase, []), ref)
            else:
                if match.term.entities:
                    self._category(cats[0], match.term.entities, ref, sentence, sharing)
                else:
                    for cat in cats:
                        self.group_only.setdefault(cat, (ref, sentence))
                for cat in cats:
                    _add(placed, cat)
        return placed

    def _tie(self, section: Section, sentence: str, placed: list[str]) -> None:
        """Declare the placed categories for the purposes the sentence serves."""
        for pid in self._purposes_for(section, sentence):
            purpose = self.draft.purposes[pid]
            _add(purpose.refs, section.ref)
            if not purpose.categories:
                purpose.quote = sentence                  # the first sentence that ties data to it
            for cat in placed:
                _add(purpose.categories, cat)

    def _purposes_for(self, section: Section, sentence: str) -> list[str]:
        if section.ref in self.purpose_of:
            return [self.purpose_of[section.ref]]
        if purposes.processing_at(sentence) < 0 or section.ref in self.leads:
            return []                                   # a lead's data is for the purposes listed below it
        found = []
        for kind in purposes.kinds_in(sentence):
            if kind.id not in self.draft.purposes:
                self.draft.purposes[kind.id] = DraftPurpose(kind.id, kind.title, quote=sentence)
            found.append(kind.id)
        return found

    def _defined_terms(self) -> dict[str, list[str]]:
        """Data groups the text defines by a titled item or section ("**Technical data** — your IP address,
        device type ..."), so that a purpose using "technical data" states what they hold."""
        defined: dict[str, list[str]] = {}
        for section in self.sections:
            title = section.title.strip().rstrip(".:").lower()
            if section.ref not in self.purpose_of and _GROUP_TITLE.fullmatch(title) and (cats := self._data_of(section)):
                defined[title] = cats
        return defined

    def _infer_from_lead_lists(self) -> None:
        """Give each listed purpose whose passage names no data the data that a lead sentence above it lists
        for all of them, where the purpose's kind typically needs it."""
        for purpose in self.draft.purposes.values():
            if purpose.kind is None or purpose.categories or not purpose.refs or purpose.refs[0] not in self.by_ref:
                continue                                # a purpose that names its data is taken at its word
            for ref, cid in self._lead_list(purpose.refs[0]):
                if cid in purpose.kind.typical and cid not in purpose.categories and cid in self.draft.categories:
                    purpose.categories.append(cid)
                    purpose.inferred[cid] = ref

    def _lead_list(self, ref: str) -> list[tuple[str, str]]:
        """(section ref, category) of the data that the sections above ``ref`` list for the purposes below:
        a section whose own text says so ("We use this data for the following purposes:") lists the data
        its own sentences name, or that of the section it points to ("the information in section 2").
        Negated terms and sharing sentences list nothing."""
        found: list[tuple[str, str]] = []
        for ancestor in self._ancestors(ref):
            lead = [s for s in ancestor.sentences if purposes.leads_purposes(s)]
            if lead:
                for source in self._referenced(ancestor.ref, lead):
                    found += [(source.ref, cid) for cid in self._data_of(source)]
        return found

    def _referenced(self, ref: str, lead: list[str], *, lead_in: bool = True) -> list[Section]:
        """The sections whose data sentences of section ``ref`` point to: those they name by number ("in
        section 2"), with their subsections. For a lead-in, "described above" means every section before
        ``ref``, and no pointer means ``ref`` itself; elsewhere no pointer means none."""
        named = {m.group(1) or m.group(2) for s in lead for m in _SECTION_REF.finditer(s)}
        if named:
            return [s for s in self.sections if any(s.ref == n or s.ref.startswith((f"{n}.", f"{n}(", f"{n} "))
                                                    for n in named)]
        if not lead_in:
            return []
        if any(_ABOVE.search(s) for s in lead):
            return list(itertools.takewhile(lambda s: s.ref != ref, self.sections))
        return [self.by_ref[ref]]

    def _data_of(self, section: Section) -> list[str]:
        """The categories a section's own sentences name as data (not negated, not shared); read once."""
        if section.ref in self.data_cache:
            return self.data_cache[section.ref]
        found = self.data_cache[section.ref] = []
        for sentence in section.sentences:
            if purposes.is_sharing(sentence) or _SHOP_CONTACT.search(sentence):
                continue
            for m in lexicon.find_terms(sentence):
                if m.term.entities and not purposes.negated_at(sentence, m.start):
                    _add(found, m.term.categories[0])
        return found

    def _category(self, cid: str, entities: tuple[str, ...], ref: str, sentence: str, sharing: bool) -> None:
        known = lexicon.CATEGORIES[cid]
        cat = self.draft.categories.setdefault(cid, DraftCategory(cid, known.title, known.fides))
        for entity in entities:
            _add(cat.entities, entity)
        _add(cat.refs, ref)
        if not cat.quote or (not sharing and cid in self.quoted_sharing):
            cat.quote = sentence                          # a sentence of collection beats one of sharing
            self.quoted_sharing.discard(cid)
            if sharing:
                self.quoted_sharing.add(cid)

    def _add_group_only_categories(self) -> None:
        used = {c for p in self.draft.purposes.values() for c in p.categories}
        for cid, (ref, sentence) in self.group_only.items():
            if cid in used and cid not in self.draft.categories:
                known = lexicon.CATEGORIES[cid]
                self.draft.categories[cid] = DraftCategory(cid, known.title, known.fides,
                                                           list(lexicon.entities_of(cid)), [ref], sentence)
        for purpose in self.draft.purposes.values():
            purpose.categories = [c for c in purpose.categories if c in self.draft.categories]

    def _write_notes(self) -> None:
        notes = self.draft.notes
        used = {c for p in self.draft.purposes.values() for c in p.categories}
        for purpose in self.draft.purposes.values():
            if purpose.inferred and purpose.kind is not None:
                refs = "; ".join(sorted(set(purpose.inferred.values())))
                notes.append(f"purpose '{purpose.id}' ({purpose.refs[0]}): {', '.join(purpose.inferred)} inferred: section {refs} "
                             f"lists them for the following purposes, and {purpose.kind.title.lower()} typically needs "
                             "them; confirm against the text")
            if not purpose.categories:
                lead = self._lead_categories(purpose.refs[0])
                hint = f"; the section around it lists: {', '.join(lead)}" if lead else ""
                notes.append(f"purpose '{purpose.id}' ({purpose.refs[0]}): its passage names no personal data{hint}")
        for cat in self.draft.categories.values():
            if cat.id not in used:
                notes.append(f"category '{cat.id}' ({'; '.join(cat.refs)}): no purpose names it")
        for term, refs in self.vague.items():
            notes.append(f"'{term}' ({'; '.join(refs)}): a group of data the lexicon cannot place")
        for cat, refs in self.negated.items():
            notes.append(f"'{cat}' ({'; '.join(refs)}): the text says it does not collect or use it there")
        for ref, terms, sentence in self.shared:
            notes.append(f"shared, not a purpose ({ref}): {', '.join(terms)} - \"{sentence}\"")

    def _lead_categories(self, ref: str) -> list[str]:
        """Categories named in the own text of the sections above ``ref`` (a lead list such as
        "your name, age, sex ... for the following purposes")."""
        found: list[str] = []
        for ancestor in self._ancestors(ref):
            for sentence in ancestor.sentences:
                for match in lexicon.find_terms(sentence):
                    if match.term.entities:
                        _add(found, match.term.categories[0])
        return found


def _mention(sentence: str, term: str) -> int:
    """Where ``term`` stands in ``sentence`` as whole words (any case), or -1."""
    m = re.search(rf"\b{re.escape(term)}\b", sentence, re.IGNORECASE)
    return m.start() if m else -1


def draft_policy(text: str, *, name: str = "", source: str = "") -> Draft:
    """The draft of a policy text (plain, Markdown or HTML)."""
    sections = parse_sections(text)
    draft = _Drafter(sections).run()
    draft.name = name or sections[0].title or "Drafted privacy policy"
    draft.source = source
    return draft
