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
    pattern: re.Pattern[str]         # wording that names the purpose anywhere ("for security")
    typical: frozenset[str]          # categories such a purpose needs, for data a lead list names for all purposes
    title_words: re.Pattern[str]     # looser wording that names it in a listed purpose's own title ("Your account")


def _kind(pid: str, title: str, pattern: str, typical: tuple[str, ...] = (), title_words: str = r"(?!)") -> PurposeKind:
    return PurposeKind(pid, title, re.compile(pattern, re.IGNORECASE), frozenset(typical),
                       re.compile(title_words, re.IGNORECASE))


_CONTACT = ("name", "phone", "email", "address")
_DEVICE = ("device_info", "os_version", "ip_address", "device_id", "app_id", "network_type", "cookie")


# In this order: the first kind whose wording a purpose's title has is its kind ("stopping fraud such as fake
# accounts" is security, not registration).
KINDS: tuple[PurposeKind, ...] = (
    _kind("security", "Security", r"\bsecurity\b|\bfraud\b|\bsafe(?:ty)?\b", _DEVICE,
          r"\bsecur\w*\b|\bfraud\w*\b|\bscams?\b|\babuse\b"),
    _kind("registration", "Registration", r"\bregist(?:er|ration)\b|\bsign(?:ing)?[- ]?up\b|"
          r"\b(?:creat|open)\w*\s+(?:an?\s+|your\s+)?(?:customer\s+|user\s+)?account\b|\baccount creation\b",
          ("name", "phone", "email", "age", "sex", "date_of_birth", "social_media"), r"\baccounts?\b|\bsign(?:ing)?[- ]?in\b"),
    _kind("payment", "Payment", r"\btak\w+\s+payments?\b|\bprocess\w*\s+(?:your\s+)?payments?\b|\bbilling\b|"
          r"\bcharg(?:e|es|ed|ing)\b|\brefunds?\b|\bpayouts?\b", ("payment",)),
    _kind("order_placement", "Order placement", r"\border placement\b|\bplac\w+\s+(?:an?\s+|your\s+)?orders?\b|"
          r"\btransaction processing\b|\bdeliver\w*\s+(?:your\s+|the\s+)?(?:orders?|goods|parcels?)\b|"
          r"\bfulfil\w*\s+(?:your\s+)?orders?\b", (*_CONTACT, "payment"),
          r"\bdeliver\w*\b|\bship(?:s|ped|ping)?\b|\byour orders?\b|\bwhat you order\b|\bbuying\b|\bselling\b"),
    _kind("customer_service", "Customer service", r"\bcustomer (?:service|support|care)\b|\bdisputes?\b|\bsupport\b|"
          r"\banswer\w*\s+(?:your\s+)?(?:questions|enquiries|inquiries|messages)\b|\bhelp\w*\s+you\b", _CONTACT),
    _kind("commenting", "Commenting", r"\bcomment\w*\b|\bproduct reviews?\b|\binformation publishing\b|\bpublic profile\b",
          ("name", "social_media")),
    _kind("marketing", "Marketing", r"\bmarketing\b|\bnewsletters?\b|\bpromotions?\b|\badvertis\w+\b|\bvouchers?\b|"
          r"\boffers\b", ("name", "email")),
    _kind("age_verification", "Age verification", r"\bage (?:check|verification)\b|\bold enough\b|"
          r"\bconfirm\w*\s+(?:that\s+)?you are (?:\d+|an adult|over)", ("date_of_birth", "age")),
    _kind("store_finder", "Store finder", r"\bstore (?:finder|locator)\b|\bnearest (?:store|shop|branch)\b", ("location",)),
)

# A section whose title or first sentence says its items are purposes.
_PURPOSE_LEAD = re.compile(r"\bfollowing purposes\b|\bpurposes? (?:of|for) (?:using|processing|which)\b|"
                           r"\bwhy we (?:use|collect|process|need|hold)\b|\b(?:how|why)(?: and (?:how|why))? we use\b(?! cookies\b)|"
                           r"\buses? of (?:your )?(?:personal )?(?:data|information)\b|"
                           r"\bwhat we use (?:it|them|your \w+) for\b", re.IGNORECASE)

# A sentence whose data serves the purposes listed after it, without saying which.
_LEAD_LIST = re.compile(r"\b(?:following|these|below)\s+purposes\b|\bpurposes\s+(?:below|listed below|that follow)\b|"
                        r"\b(?:use|process)\b[^.:]*?\b(?:for|to)\s*:\s*$", re.IGNORECASE)   # "We use this data only for:"

# We + a verb of collecting or using: a sentence that ties data to what it is for.
_WE_PROCESS = re.compile(r"\bwe\s+(?:\w+\s+){0,2}?(?:collect|use|process|send|store|keep|record|hold|ask|need|"
                         r"analy[sz]e|request|obtain|place|set)\w*\b", re.IGNORECASE)

_SHARING_VERB = re.compile(r"\b(?:shar(?:e|es|ed|ing)|transfer\w*|disclos\w+|sell\w*|pass(?:es|ed)? on|hand\w* over|"
                           r"provid\w+\s+(?:\w+\s+){0,6}?to\s+(?:our|a|any|other|third|relevant))\b", re.IGNORECASE)
_RECIPIENT = re.compile(r"\b(?:third[- ]part\w*|partners?|affiliat\w+|suppliers?|couriers?|carriers?|"
                        r"service providers?|providers?|institutions?|compan(?:y|ies)|other users|advertisers?|"
                        r"authorit\w+|government|organi[sz]ations?|processors?)\b", re.IGNORECASE)

_NEGATION = re.compile(r"\b(?:not(?!\s+(?:limited|only|just)\b)|never|no longer)\b|n['’]t\b", re.IGNORECASE)
# A negation governs its clause: up to "but", "except", ";", a dash or colon, or a comma that opens a new clause.
_NEGATION_ENDS = re.compile(r"\b(?:but|except|unless|however|although|only)\b|[;:–—]|\s-\s|,\s+(?:and\s+)?(?:we|our|they|you)\b",
                            re.IGNORECASE)


def kind_of(title: str) -> PurposeKind | None:
    """The first purpose kind whose wording, or title wording, a listed purpose's title has."""
    return next((k for k in KINDS if k.pattern.search(title) or k.title_words.search(title)), None)


def kinds_in(sentence: str) -> list[PurposeKind]:
    """Every purpose kind a sentence names."""
    return [k for k in KINDS if k.pattern.search(sentence)]


def leads_purposes(sentence: str) -> bool:
    """True when a sentence says the data it lists is for the purposes that follow ("... for the following purposes")."""
    return bool(_LEAD_LIST.search(sentence))


def lists_purposes(section: Section) -> bool:
    """True when a section introduces its items as purposes: its title ("How we use your data"), its first
    sentence, or the last sentence before its items ("We use this data for the following purposes:")."""
    own = section.sentences
    return bool(_PURPOSE_LEAD.search(section.title) or own and (_PURPOSE_LEAD.search(own[0]) or leads_purposes(own[-1])))


def is_sharing(sentence: str) -> bool:
    """A sentence about giving data to someone else (third parties, partners, couriers, other users)."""
    return bool(_SHARING_VERB.search(sentence) and _RECIPIENT.search(sentence))


def processing_at(sentence: str) -> int:
    """Where *we* collect, use, keep or send something in the sentence ("we will collect"), or -1."""
    m = _WE_PROCESS.search(sentence)
    return m.start() if m else -1


def negated_at(sentence: str, position: int) -> bool:
    """True when a negation ("we do not collect") governs the word at ``position``: a "not" earlier in the
    sentence with no end of its clause between them (see ``_NEGATION_ENDS``)."""
    before = sentence[:position]
    cues = list(_NEGATION.finditer(before))
    return bool(cues) and not _NEGATION_ENDS.search(before[cues[-1].end():])
