"""Property-based tests of the shared checksum helpers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recognizers._checksums import digits_only, ean13_ok, is_repetitive, luhn_check_digit, luhn_ok, mod97_ok

bodies = st.text(alphabet="0123456789", min_size=1, max_size=30)


@given(bodies)
def test_luhn_check_digit_makes_body_valid(body):
    assert luhn_ok(body + luhn_check_digit(body))


@given(bodies, st.integers(min_value=0, max_value=29), st.integers(min_value=1, max_value=9))
def test_luhn_detects_any_single_digit_change(body, pos, delta):
    number = body + luhn_check_digit(body)
    i = pos % len(number)
    changed = number[:i] + str((int(number[i]) + delta) % 10) + number[i + 1:]
    assert not luhn_ok(changed)


@given(st.text(max_size=40))
def test_luhn_rejects_non_digits_and_short_input(text):
    if not text.isdigit() or len(text) < 2 or not text.isascii():
        assert not luhn_ok(text)


def test_luhn_known_values():
    assert luhn_ok("490154203237518") and not luhn_ok("490154203237519")
    assert luhn_ok("4111111111111111")


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_ean13_check_digit_is_unique(body):
    valid = [d for d in "0123456789" if ean13_ok(body + d)]
    assert len(valid) == 1


@given(st.sampled_from(["DE", "GB", "FR", "NL"]), st.text(alphabet="0123456789", min_size=14, max_size=22))
def test_mod97_accepts_computed_check_digits(country, bban):
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert mod97_ok(iban)
    assert not mod97_ok(iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:])


@given(st.text(max_size=30))
def test_digits_only_keeps_ascii_digits_in_order(text):
    out = digits_only(text)
    assert out == "".join(c for c in text if c in "0123456789")


def test_repetitive():
    assert is_repetitive("000000000000000") and is_repetitive("123456789012345")
    assert not is_repetitive("352099001761481")
