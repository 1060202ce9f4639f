"""Edges of the checksum rules IMEIs and cards rest on: TAC 86, Luhn boundaries, card lengths 12..20.

Every number is generated (a fake body plus its computed Luhn digit), never a real device or card.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from recognizers._checksums import is_repetitive, luhn_check_digit, luhn_ok
from recognizers.credit_card import card_brand
from recognizers.imei import REPORTING_BODIES, tac_plausible


def _luhn(body: str) -> str:
    return body + luhn_check_digit(body)


IMEI_86 = "861234560000013"              # fake body 86123456000001 + Luhn digit; TAC of reporting body 86
IMEI_87 = "871234560000011"              # the same body under 87, which is no reporting body
IMEISV_86 = IMEI_86 + "4"                # 16 digits: IMEISV, no check digit of its own
IMEISV_87 = IMEI_87 + "4"
CARDS = {                                # "4" + ones + the Luhn digit, at each length around the card range
    12: "411111111117", 13: "4111111111119", 16: "4111111111111111", 19: "4111111111111111110",
    20: "41111111111111111115",
}


def _imei(detector, text: str, context: tuple[str, ...] = ()) -> list[tuple[str, float, str]]:
    return [(text[d.start:d.end], d.score, d.reason) for d in detector.analyze(text, context) if d.entity == "IMEI"]


# --- TAC 86 -----------------------------------------------------------------------------------------

def test_the_fake_numbers_are_what_they_claim():
    assert (_luhn("86123456000001"), _luhn("87123456000001")) == (IMEI_86, IMEI_87)
    assert {n: _luhn("4" + "1" * (n - 2)) for n in CARDS} == CARDS


def test_86_is_a_reporting_body_and_87_is_not():
    assert "86" in REPORTING_BODIES and "87" not in REPORTING_BODIES
    assert tac_plausible(IMEI_86) and not tac_plausible(IMEI_87)
    assert luhn_ok(IMEI_86) and luhn_ok(IMEI_87)


def test_a_bare_imei_with_tac_86_is_found_on_luhn_and_tac_alone(detector):
    assert _imei(detector, IMEI_86) == [(IMEI_86, 0.6, "Luhn valid, TAC plausible")]
    assert _imei(detector, f"seen {IMEI_86} today") == [(IMEI_86, 0.6, "Luhn valid, TAC plausible")]


def test_a_bare_luhn_number_with_an_unknown_tac_is_not_an_imei(detector):
    assert _imei(detector, IMEI_87) == []
    assert _imei(detector, f"seen {IMEI_87} today") == []


def test_a_label_vouches_for_an_unknown_tac_but_scores_it_lower(detector):
    assert _imei(detector, f"imei {IMEI_86}") == [(IMEI_86, 1.0, "Luhn valid, TAC plausible; context 'imei'")]
    assert _imei(detector, f"imei {IMEI_87}") == [(IMEI_87, 0.85, "Luhn valid, TAC unusual; context 'imei'")]
    assert _imei(detector, IMEI_86, ("device_imei",))[0][1:] == (1.0, "Luhn valid, TAC plausible; context 'imei' (name)")
    assert _imei(detector, IMEI_87, ("device_imei",))[0][1:] == (0.85, "Luhn valid, TAC unusual; context 'imei' (name)")


def test_an_imeisv_needs_a_plausible_tac_even_with_a_label(detector):
    assert _imei(detector, f"imeisv {IMEISV_86}") == [
        (IMEISV_86, 0.9, "IMEISV: 16 digits, TAC plausible; context 'imei'")]
    assert _imei(detector, f"imeisv {IMEISV_87}") == []


@pytest.mark.parametrize("body", sorted(REPORTING_BODIES))
def test_every_reporting_body_is_a_plausible_tac(detector, body):
    """Labelled, so that a bare 30..., 35... or 54... number (also a card IIN) does not decide the entity."""
    number = _luhn(body + "123456000001")
    assert _imei(detector, f"imei {number}") == [(number, 1.0, "Luhn valid, TAC plausible; context 'imei'")]


# --- Luhn -------------------------------------------------------------------------------------------

bodies = st.text(alphabet="0123456789", min_size=1, max_size=24)


@given(bodies)
@example("0")                            # check digit 0 of an all-zero body
@example("000000000000000")              # 16 zeros: valid (filler is the recognizers' job, not Luhn's)
@example("411111111111111111")           # 19-digit Visa whose check digit is 0
@example("7992739871")                   # the textbook 79927398713
@example("5")                            # 5 doubled is 10 -> 1: "59"
def test_the_computed_check_digit_is_the_only_valid_one(body):
    check = luhn_check_digit(body)
    assert [d for d in "0123456789" if luhn_ok(body + d)] == [check]


def test_luhn_known_edges():
    assert luhn_check_digit("0") == "0" and luhn_check_digit("411111111111111111") == "0"
    assert luhn_ok("00") and luhn_ok("0000000000000000")               # all zeros pass the sum
    assert not luhn_ok("0") and not luhn_ok("")                        # fewer than two digits never do
    assert luhn_ok("18") and not luhn_ok("81")                         # two digits: the shortest input
    assert luhn_ok("59") and luhn_ok("79927398713")                    # 5 doubled is 10 -> 1, not 10 or 0
    assert not luhn_ok("79927398710") and not luhn_ok("79927398714")


@given(bodies, st.integers(min_value=0, max_value=30))
@example("7992739871", 9)                # 79927398713 -> 79927398731 (the check digit moves)
@example("7992739871", 0)                # 79927398713 -> 97927398713
@example("86123456000001", 12)           # the TAC-86 IMEI above, its last two digits of body swapped
def test_an_adjacent_transposition_is_caught_unless_it_swaps_0_and_9(body, pos):
    number = body + luhn_check_digit(body)
    i = pos % (len(number) - 1)
    a, b = number[i], number[i + 1]
    swapped = number[:i] + b + a + number[i + 2:]
    if a == b:
        assert swapped == number
    elif {a, b} == {"0", "9"}:
        assert luhn_ok(swapped)              # the one transposition Luhn cannot see
    else:
        assert not luhn_ok(swapped)


def test_the_0_9_blind_spot_is_real():
    assert luhn_ok("40911111111118") and luhn_ok("49011111111118")


# --- card lengths -----------------------------------------------------------------------------------



def _cards(detector, text: str) -> list[tuple[str, float, str]]:
    return [(text[d.start:d.end], d.score, d.reason) for d in detector.analyze(text) if d.entity == "CREDIT_CARD"]


def test_visa_lengths_are_13_16_and_19_only():
    assert {n: card_brand(number) for n, number in CARDS.items()} == {
        12: None, 13: "Visa", 16: "Visa", 19: "Visa", 20: None}
    assert all(luhn_ok(number) for number in CARDS.values())


@pytest.mark.parametrize("length, labelled, bare", [
    (12, [], []),                                                                   # below the shortest card
    (13, [(1.0, "Luhn valid, Visa IIN; context 'card'")], []),                      # EAN-13 look-alike: label needed
    (16, [(1.0, "Luhn valid, Visa IIN; context 'card'")], [(0.7, "Luhn valid, Visa IIN")]),
    (19, [(1.0, "Luhn valid, Visa IIN; context 'card'")], [(0.7, "Luhn valid, Visa IIN")]),   # the longest
    (20, [], []),                                                                   # above it
])
def test_card_length_boundaries(detector, length, labelled, bare):
    number = CARDS[length]
    assert [hit[1:] for hit in _cards(detector, f"card number {number}")] == labelled
    assert [hit[1:] for hit in _cards(detector, number)] == bare
    assert all(hit[0] == number for hit in _cards(detector, f"card number {number}"))


def test_an_all_zero_number_passes_luhn_but_is_never_a_card_or_an_imei(detector):
    zeros = "0" * 16
    assert luhn_ok(zeros) and is_repetitive(zeros)
    assert _cards(detector, f"card number {zeros}") == [] and _imei(detector, f"imei {'0' * 15}") == []
