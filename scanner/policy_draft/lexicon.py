"""Data terms of privacy policies -> the policy category they name, its entities (from the one catalogue,
``recognizers.entities``) and its Fides key.

Each phrase matches in its plural and possessive forms ("IP addresses", "recipient's"), any case, with
hyphens or spaces between words. Group terms ("contact information") stand for several categories.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from recognizers.entities import KNOWN


@dataclass(frozen=True)
class DataCategory:
    """A category the drafter can propose."""

    id: str
    title: str
    fides: str


@dataclass(frozen=True)
class Term:
    """A data phrase and what it names."""

    phrase: str
    categories: tuple[str, ...]      # one for a data term, several for a group, none for a vague one
    entities: tuple[str, ...]        # empty for group terms, vague terms and phrases that are no data

    @property
    def names_data(self) -> bool:
        """False for phrases that look like data terms but are not ("real name certification")."""
        return bool(self.categories) or self.phrase not in NOT_DATA


@dataclass(frozen=True)
class Match:
    """A data term found in a sentence."""

    term: Term
    start: int
    end: int
    text: str


CATEGORIES: dict[str, DataCategory] = {c.id: c for c in (
    DataCategory("name", "Name", "user.name"),
    DataCategory("age", "Age", "user.demographic.age_range"),
    DataCategory("sex", "Sex", "user.demographic.gender"),
    DataCategory("date_of_birth", "Date of birth", "user.demographic.date_of_birth"),
    DataCategory("phone", "Telephone number", "user.contact.phone_number"),
    DataCategory("social_media", "Social media accounts", "user.social"),
    DataCategory("email", "E-mail address", "user.contact.email"),
    DataCategory("payment", "Payment information", "user.financial"),
    DataCategory("address", "Postal address", "user.contact.address"),
    DataCategory("device_info", "Device name, type and model", "user.device"),
    DataCategory("os_version", "System version", "user.device"),
    DataCategory("ip_address", "IP address", "user.device.ip_address"),
    DataCategory("device_id", "Device identifiers", "user.device.device_id"),
    DataCategory("app_id", "Application ID", "user.device"),
    DataCategory("network_type", "Network type", "user.device"),
    DataCategory("cookie", "Cookies and similar identifiers", "user.device.cookie_id"),
    DataCategory("location", "Location information", "user.location"),
)}

_DEVICE_IDS = ("IMEI", "IMEISV", "IMSI", "MAC_ADDRESS", "ANDROID_ID")

# (category, entities, phrases). Longer phrases win over the shorter ones inside them.
_TERMS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("name", ("PERSON",), ("name", "full name", "first name", "last name", "surname", "recipient",
                           "recipient name", "name of the recipient", "account holder name")),
    ("age", ("AGE",), ("age",)),
    ("sex", ("GENDER",), ("sex", "gender")),
    ("date_of_birth", ("DATE_OF_BIRTH",), ("date of birth", "birth date", "birthday", "birthdate")),
    ("phone", ("PHONE_NUMBER",), ("telephone number", "phone number", "mobile number", "mobile phone",
                                  "mobile phone number", "contact phone number", "cell phone number",
                                  "telephone", "contact number", "cell phone", "cell number")),
    ("social_media", ("SOCIAL_MEDIA_HANDLE",), ("social media account", "social media handle",
                                                "social media profile", "social network account",
                                                "social media", "social network", "social media username",
                                                "Instagram handle", "Instagram account", "Facebook account",
                                                "Facebook profile", "Twitter handle")),
    ("email", ("EMAIL_ADDRESS",), ("e-mail", "email", "e-mail address", "email address", "email record",
                                   "e-mail record")),
    ("payment", ("CREDIT_CARD", "IBAN_CODE"), ("payment information", "payment details", "payment data",
                                               "billing information")),
    ("payment", ("CREDIT_CARD",), ("payment card details", "payment card", "credit card", "debit card",
                                   "card number", "card details", "your card")),
    ("payment", ("IBAN_CODE",), ("IBAN", "bank account number", "bank details")),
    ("address", ("POSTAL_ADDRESS",), ("delivery address", "postal address", "home address", "shipping address",
                                      "billing address", "street address", "mailing address",
                                      "postcode", "post code", "zip code")),
    ("device_info", ("DEVICE_NAME",), ("device name",)),
    ("device_info", ("DEVICE_MODEL",), ("device type", "device model", "handset model", "phone model",
                                                   "make and model", "model of your phone", "model of the phone")),
    ("os_version", ("OS_VERSION",), ("system version", "operating system version", "OS version",
                                     "operating system")),
    ("ip_address", ("IP_ADDRESS",), ("IP address", "internet protocol address")),
    ("device_id", _DEVICE_IDS, ("device ID", "device identifier", "handset identifier", "device identification",
                                 "advertising ID", "advertising identifier", "identifier for vendor")),
    ("device_id", ("IMEI", "IMEISV"), ("IMEI",)),
    ("device_id", ("IMSI",), ("IMSI",)),
    ("device_id", ("MAC_ADDRESS",), ("MAC address",)),
    ("device_id", ("ANDROID_ID",), ("Android ID",)),
    ("app_id", ("APP_ID",), ("application ID", "app ID", "application identifier", "installation ID",
                             "installation identifier")),
    ("network_type", ("NETWORK_TYPE",), ("network type", "connection type", "type of connection", "Wi-Fi or mobile data",
                                     "mobile network type")),
    ("cookie", ("COOKIE_ID",), ("cookie", "cookie ID", "cookie identifier")),
    ("location", ("LOCATION",), ("location", "location information", "location data", "geolocation",
                                 "precise geolocation", "GPS location", "GPS")),
)

# Group terms: the categories each one stands for.
GROUPS: dict[str, tuple[str, ...]] = {
    "contact information": ("name", "phone", "email", "address"),
    "contact details": ("name", "phone", "email", "address"),
    "device information": ("device_info",),
    "equipment information": ("device_info",),
}

# Group terms that name no category on their own: a reviewer decides what they cover.
VAGUE: tuple[str, ...] = ("account information", "order information", "ordering information",
                          "delivery information", "transaction information", "profile information",
                          "usage information", "personal sensitive information")

# Phrases that contain a data term but name no personal data: matched so that the term inside is not.
NOT_DATA: tuple[str, ...] = ("real name certification", "file name", "company name", "product name",
                             "brand name", "domain name", "minimum age", "age limit", "age rating")

# "age of 18" is a threshold, not the user's age; "named" is a verb.
_EXCLUDED_AFTER = {"age": r"(?!\s+of\s+\d)"}


def _pattern(phrase: str) -> str:
    words = [re.escape(w).replace(r"\-", r"[\s-]?") for w in phrase.split()]
    last = words.pop()
    plural = r"(?:s|es)?" if phrase[-1].isalpha() else ""
    possessive = r"(?:['’]s|s?['’])?"
    body = r"\s+".join([*(w + possessive for w in words), last])
    return rf"\b{body}{plural}{possessive}\b" + _EXCLUDED_AFTER.get(phrase, "")


@cache
def terms() -> tuple[Term, ...]:
    """Every data term, longest first: category terms, then group terms (several categories, or none)."""
    found = [Term(p, (cat,), ents) for cat, ents, phrases in _TERMS for p in phrases]
    unknown = {e for t in found for e in t.entities} - KNOWN
    if unknown:
        raise ValueError(f"lexicon names entities the catalogue lacks: {sorted(unknown)}")
    found += [Term(p, cats, ()) for p, cats in GROUPS.items()]
    found += [Term(p, (), ()) for p in (*VAGUE, *NOT_DATA)]
    return tuple(sorted(found, key=lambda t: -len(t.phrase)))


@cache
def _compiled() -> tuple[tuple[Term, re.Pattern[str]], ...]:
    return tuple((t, re.compile(_pattern(t.phrase), re.IGNORECASE)) for t in terms())


def find_terms(sentence: str) -> list[Match]:
    """The data terms of a sentence, longest first where they overlap, in reading order."""
    taken: list[tuple[int, int]] = []
    found: list[Match] = []
    for term, regex in _compiled():
        for m in regex.finditer(sentence):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(Match(term, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda m: m.start)


def entities_of(category: str) -> tuple[str, ...]:
    """Every entity some term of ``category`` names, in lexicon order."""
    seen: dict[str, None] = {}
    for cat, ents, _ in _TERMS:
        if cat == category:
            seen.update(dict.fromkeys(ents))
    return tuple(seen)
