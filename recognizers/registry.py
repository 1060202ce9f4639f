"""The recognizers piiscan runs, in one list: adding a recognizer is its module plus one line here.

Each recognizer's ``ENTITY`` must be a row of the entity catalogue (``recognizers.entities``),
which says how the policy, overlap resolution and fingerprints treat it; this module refuses
to load otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from recognizers.address import (
    ChineseAddressRecognizer,
    JapaneseAddressRecognizer,
    JapaneseRomanAddressRecognizer,
    UsAddressRecognizer,
)
from recognizers.address_intl import InternationalAddressRecognizer
from recognizers.android_id import AndroidIdRecognizer
from recognizers.base import PiiRecognizer
from recognizers.cookie import CookieIdRecognizer
from recognizers.credit_card import PaymentCardRecognizer
from recognizers.demographics import AgeRecognizer, GenderRecognizer
from recognizers.device import (
    AppIdRecognizer,
    DeviceModelRecognizer,
    NetworkTypeRecognizer,
    OsVersionRecognizer,
)
from recognizers.dob import DateOfBirthRecognizer
from recognizers.email import EmailAddressRecognizer
from recognizers.entities import CATALOGUE
from recognizers.iban import IbanCodeRecognizer
from recognizers.imei import ImeiRecognizer
from recognizers.imsi import ImsiRecognizer
from recognizers.ip import IpAddressRecognizer
from recognizers.location import LocationRecognizer
from recognizers.mac import MacRecognizer
from recognizers.person import EnglishNameRecognizer, SpacyPersonRecognizer
from recognizers.person_cjk import ChineseNameRecognizer, JapaneseNameRecognizer
from recognizers.person_header import MailHeaderNameRecognizer
from recognizers.phone import PhoneNumberRecognizer
from recognizers.social import SocialHandleRecognizer

PATTERN_RECOGNIZERS: tuple[type[PiiRecognizer], ...] = (
    ImeiRecognizer, ImsiRecognizer, MacRecognizer, AndroidIdRecognizer, PhoneNumberRecognizer,
    JapaneseAddressRecognizer, ChineseAddressRecognizer, UsAddressRecognizer, JapaneseRomanAddressRecognizer,
    InternationalAddressRecognizer,
    EmailAddressRecognizer, IpAddressRecognizer,
    PaymentCardRecognizer, IbanCodeRecognizer, DateOfBirthRecognizer, EnglishNameRecognizer, JapaneseNameRecognizer,
    ChineseNameRecognizer, MailHeaderNameRecognizer, AgeRecognizer, GenderRecognizer, DeviceModelRecognizer, OsVersionRecognizer,
    NetworkTypeRecognizer, AppIdRecognizer, CookieIdRecognizer, LocationRecognizer, SocialHandleRecognizer,
)
NER_RECOGNIZERS = (SpacyPersonRecognizer,)

ALL_RECOGNIZERS: tuple[type[PiiRecognizer], ...] = (*PATTERN_RECOGNIZERS, *NER_RECOGNIZERS)
ENTITIES: tuple[str, ...] = tuple(dict.fromkeys(r.ENTITY for r in ALL_RECOGNIZERS))

_uncatalogued = {r.__name__: r.ENTITY for r in ALL_RECOGNIZERS if r.ENTITY not in CATALOGUE}
if _uncatalogued:
    raise ImportError(f"recognizers emit entities missing from recognizers/entities.py: {_uncatalogued}")


def emitters(entity: str) -> list[str]:
    """The names of the recognizers that report ``entity``."""
    return [r.__name__ for r in ALL_RECOGNIZERS if entity == r.ENTITY]


def pattern_recognizers(entities: Sequence[str] | None = None) -> list[PiiRecognizer]:
    """Instances of the pattern recognizers producing any of ``entities`` (all when None)."""
    wanted = set(entities) if entities else None
    unknown = (wanted or set()) - set(ENTITIES)
    if unknown:
        raise ValueError(f"unknown entity names: {sorted(unknown)}")
    return [cls() for cls in PATTERN_RECOGNIZERS if wanted is None or cls.ENTITY in wanted]


def info() -> list[dict]:
    """One row per recognizer for ``piiscan recognizers list``."""
    return [cls.info() for cls in ALL_RECOGNIZERS]
