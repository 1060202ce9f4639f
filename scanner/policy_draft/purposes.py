"""Purposes in a policy text: which sections are purposes, what each is called, and which sentences state
sharing (a recipient is not a purpose) or say that data is *not* collected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scanner.policy_draft.sections import Section


@dataclass(frozen=True)
class PurposeKind:
    """A purpose the drafter recognises by its wording."""

    id: str
    title: str
    pattern: re.Pattern[str]
    typical: frozenset[str]          # categories such a purpose needs, for data a lead list names for all purposes


def _kind(pid: str, title: str, pattern: str, typical: tuple[str, ...] = ()) -> PurposeKind:
    return PurposeKind(pid, title, re.compile(pattern, re.IGNORECASE), frozenset(typical))


_CONTACT = ("name", "phone", "email", "address")
_DEVICE = ("device_info", "os_version", "ip_address", "device_id", "app_id", "network_type", "cookie")


KINDS: tuple[PurposeKind, ...] = (
    _kind("registration", "Registration", r"\bregist(?:er|ration)\b|\bsign(?:ing)?[- ]?up\b|"
          r"\b(?:creat|open)\w*\s+(?:an?\s+|your\s+)?(?:customer\s+|user\s+)?account\b|\baccount creation\b",
          (*_CONTACT, "age", "sex", "date_of_birth", "social_media")),
    _kind("order_placement", "Order placement", r"\border placement\b|\bplac\w+\s+(?:an?\s+|your\s+)?orders?\b|"
          r"\btransaction processing\b|\bdeliver\w*\s+(?:your\s+|the\s+)?(?:orders?|goods|parcels?)\b|"
          r"\bfulfil\w*\s+(?:your\s+)?orders?\b", (*_CONTACT, "payment")),
    _kind("payment", "Payment", r"\btak\w+\s+payments?\b|\bprocess\w*\s+(?:your\s+)?payments?\b|\bbilling\b",
          ("name", "address", "payment")),
    _kind("customer_service", "Customer service", r"\bcustomer (?:service|support|care)\b|\bdisputes?\b|"
          r"\bsupport requests?\b|\banswer\w*\s+(?:your\s+)?(?:questions|enquiries|inquiries)\b", _CONTACT),
    _kind("commenting", "Commenting", r"\bcomment\w*\b|\bproduct reviews?\b|\binformation publishing\b",
          ("name", "social_media")),
    _kind("security", "Security", r"\bsecurity\b|\bfraud\b|\bsafe(?:ty)?\b", _DEVICE),
    _kind("marketing", "Marketing", r"\bmarketing\b|\bnewsletters?\b|\bpromotions?\b|\badvertis\w+\b", ("name", "email")),
    _kind("store_finder", "Store finder", r"\bstore (?:finder|locator)\b|\bnearest (?:store|shop|branch)\b", ("location",)),
)

# A section whose title or first sentence says its items are purposes.
_PURPOSE_LEAD = re.compile(r"\bfollowing purposes\b|\bpurposes? (?:of|for) (?:using|processing|which)\b|"
                           r"\bwhy we (?:use|collect|process|need)\b|\bhow we use (?:your|the)\b|"
                           r"\bwhat we use (?:it|them|your \w+) for\b", re.IGNORECASE)

# A sentence whose data serves the purposes listed after it, without saying which.
_LEAD_LIST = re.compile(r"\b(?:following|these|below)\s+purposes\b|\bpurposes\s+(?:below|listed below|that follow)\b",
                        re.IGNORECASE)

# We + a verb of collecting or using: a sentence that ties data to what it is for.
_WE_PROCESS = re.compile(r"\bwe\s+(?:\w+\s+){0,2}?(?:collect|use|process|send|store|keep|record|hold|ask|need|"
                         r"analy[sz]e|request|obtain|place|set)\w*\b", re.IGNORECASE)

_SHARING_VERB = re.compile(r"\b(?:shar(?:e|es|ed|ing)|transfer\w*|disclos\w+|sell\w*|pass(?:es|ed)? on|hand\w* over|"
                           r"provid\w+\s+(?:\w+\s+){0,6}?to\s+(?:our|a|any|other|third|relevant))\b", re.IGNORECASE)
_RECIPIENT = re.compile(r"\b(?:third[- ]part\w*|partners?|affiliat\w+|suppliers?|couriers?|carriers?|"
                        r"service providers?|providers?|institutions?|compan(?:y|ies)|other users|advertisers?|"
                        r"authorit\w+|government|organi[sz]ations?|processors?)\b", re.IGNORECASE)

_NEGATION = re.compile(r"\b(?:not(?!\s+(?:limited|only|just)\b)|never|no longer)\b|n['’]t\b", re.IGNORECASE)
_NEGATION_ENDS = re.compile(r"\b(?:but|except|unless|however|although|only)\b|;", re.IGNORECASE)


def kind_of(text: str) -> PurposeKind | None:
    """The first purpose kind whose wording appears in ``text``."""
    return next((k for k in KINDS if k.pattern.search(text)), None)


def kinds_in(sentence: str) -> list[PurposeKind]:
    """Every purpose kind a sentence names."""
    return [k for k in KINDS if k.pattern.search(sentence)]


def leads_purposes(sentence: str) -> bool:
    """True when a sentence says the data it lists is for the purposes that follow ("... for the following purposes")."""
    return bool(_LEAD_LIST.search(sentence))


def lists_purposes(section: Section) -> bool:
    """True when a section introduces its items as purposes ("for the following purposes:")."""
    first = section.sentences[:1]
    return bool(_PURPOSE_LEAD.search(" ".join([section.title, *first])))


def is_sharing(sentence: str) -> bool:
    """A sentence about giving data to someone else (third parties, partners, couriers, other users)."""
    return bool(_SHARING_VERB.search(sentence) and _RECIPIENT.search(sentence))


def processing_at(sentence: str) -> int:
    """Where *we* collect, use, keep or send something in the sentence ("we will collect"), or -1."""
    m = _WE_PROCESS.search(sentence)
    return m.start() if m else -1


def negated_at(sentence: str, position: int) -> bool:
    """True when a negation ("we do not collect") governs the word at ``position``: a "not" earlier in the
    sentence with no "but"/"except"/";" between them."""
    before = sentence[:position]
    cues = list(_NEGATION.finditer(before))
    return bool(cues) and not _NEGATION_ENDS.search(before[cues[-1].end():])
