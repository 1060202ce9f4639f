"""The entity catalogue: every entity name piiscan knows, and what each one means to the rest of the code.

One row per entity. Policy validation accepts exactly these names, overlap resolution reads
``priority``, fingerprints read ``spelling``. The recognizers that emit an entity name it in
their ``ENTITY`` and are listed in ``recognizers.registry``, which checks at import that each
one is catalogued here. The module imports nothing heavy: the policy loads it without Presidio.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# How two spellings of one value compare in a fingerprint:
#   digits   - only the digits (and a leading +) count: ``090-1234`` == ``0901234``
#   hex      - only hex digits, case-folded: ``AA:BB`` == ``aabb``
#   caseless - case and white space do not count, every other character does (``first_last@`` != ``firstlast@``)
#   text     - white space collapsed, case-folded
Spelling = Literal["digits", "hex", "caseless", "text"]


@dataclass(frozen=True)
class EntityType:
    """An entity name and how piiscan treats its values."""

    name: str
    priority: int = 0               # validator strength: breaks a tie between overlapping detections of equal score
    spelling: Spelling = "text"
    pinned: bool = False            # named in the external contract; never renamed
    emitted: bool = True            # False: a name policies may list that no recognizer reports (yet)


CATALOGUE: dict[str, EntityType] = {e.name: e for e in (
    EntityType("IMEI", 10, "digits", pinned=True),
    EntityType("IMSI", 8, "digits", pinned=True),
    EntityType("MAC_ADDRESS", 8, "hex", pinned=True),
    EntityType("ANDROID_ID", 6, "hex", pinned=True),
    EntityType("PHONE_NUMBER", 6, "digits", pinned=True),
    EntityType("POSTAL_ADDRESS", 5, pinned=True),
    EntityType("EMAIL_ADDRESS", 9, "caseless", pinned=True),
    EntityType("IP_ADDRESS", 7, "caseless", pinned=True),
    EntityType("CREDIT_CARD", 9, "digits", pinned=True),
    EntityType("PERSON", 3, pinned=True),
    EntityType("DATE_OF_BIRTH", 6, pinned=True),
    EntityType("IBAN_CODE", 9),
    EntityType("SOCIAL_MEDIA_HANDLE", 7),
    EntityType("LOCATION", 5),
    EntityType("COOKIE_ID", 4, "caseless"),
    EntityType("APP_ID", 4),
    EntityType("OS_VERSION", 4),
    EntityType("DEVICE_MODEL", 3),
    EntityType("AGE", 2),
    EntityType("GENDER", 2),
    EntityType("NETWORK_TYPE", 2),
    EntityType("IMEISV", 0, "digits", emitted=False),     # found by the IMEI recognizer and reported as IMEI
    EntityType("DEVICE_NAME", emitted=False),
)}

KNOWN: frozenset[str] = frozenset(CATALOGUE)
PINNED: frozenset[str] = frozenset(name for name, e in CATALOGUE.items() if e.pinned)

# Pairs of entities that may overlap when both really apply: an address may contain a phone number.
NESTABLE: frozenset[frozenset[str]] = frozenset({frozenset({"POSTAL_ADDRESS", "PHONE_NUMBER"})})


def entity_type(name: str) -> EntityType:
    """The catalogue row of ``name``; an uncatalogued name gets the defaults (priority 0, plain text)."""
    return CATALOGUE.get(name) or EntityType(name)
