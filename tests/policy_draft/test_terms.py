"""Data terms: synonyms, plurals, possessives, groups, negation and phrases that are no data."""

import pytest

from scanner.policy_draft.lexicon import find_terms
from scanner.policy_draft.purposes import is_sharing, negated_at


def _named(sentence: str) -> list[tuple[str, ...]]:
    return [m.term.categories for m in find_terms(sentence)]


@pytest.mark.parametrize("sentence, categories", [
    ("We use your mobile number and home address.", [("phone",), ("address",)]),
    ("Telephone number (including mobile phone), e-mail and IP addresses.", [("phone",), ("phone",), ("email",),
                                                                            ("ip_address",)]),
    ("The recipient's name and the device model.", [("name",), ("device_info",)]),
    ("device ID (such as IMEI, IMSI, MAC address, Android ID)", [("device_id",)] * 5),
    ("your handset identifier, date of birth and payment card details", [("device_id",), ("date_of_birth",),
                                                                          ("payment",)]),
    ("contact information you leave", [("name", "phone", "email", "address")]),
    ("minors under the age of 18 and real name certification services", [()]),
    ("small data files named cookies", [("cookie",)]),
])
def test_terms_and_their_categories(sentence, categories):
    assert _named(sentence) == categories


def test_negation_governs_the_words_after_it_until_but():
    sentence = "We do not collect your location, but we use your email address."
    location, email = find_terms(sentence)
    assert negated_at(sentence, location.start) and not negated_at(sentence, email.start)
    assert not negated_at("Including but not limited to: your name.", 30)


@pytest.mark.parametrize("sentence, sharing", [
    ("We share your home address with our courier.", True),
    ("We may share your location information with third parties, such as partners.", True),
    ("We use your home address to deliver your parcel.", False),
])
def test_sharing_sentences(sentence, sharing):
    assert is_sharing(sentence) is sharing
