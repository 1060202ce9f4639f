"""Numbers as stored: phones and IMEIs kept in numeric columns lose their '+' and leading 0.

Every value is an obviously fake test number (JP 090-1234-5678 style, CN 138 0013 8000,
US 415-555-01xx, IMEIs built from a made-up TAC with a computed Luhn digit).
"""

from __future__ import annotations

import pytest

from recognizers import Detector
from recognizers._checksums import luhn_check_digit
from recognizers.phone import E164_NO_PLUS, TRUNK_0_LOST, parse_stored


def _one(detector: Detector, value: str, context: tuple[str, ...], entity: str):
    """The single ``entity`` detection covering the whole value (fails otherwise)."""
    found = [d for d in detector.analyze(value, context) if d.entity == entity]
    assert len(found) == 1, found
    (d,) = found
    assert (d.start, d.end) == (0, len(value))
    assert value not in d.reason and value[-4:] not in d.reason      # the reason never quotes the number
    return d


@pytest.mark.parametrize("value, context, region, how", [
    ("819012345678", ("mobile", "users"), "JP", E164_NO_PLUS),        # +81 90-1234-5678
    ("819087654321", ("phone_number",), "JP", E164_NO_PLUS),
    ("8613800138000", ("contact_phone", "customers"), "CN", E164_NO_PLUS),   # +86 138 0013 8000
    ("14155550123", ("tel",), "US", E164_NO_PLUS),                     # +1 415-555-0123
    ("9012345678", ("mobile", "users"), "JP", TRUNK_0_LOST),           # 090-1234-5678 without its 0
    ("8012345678", ("mobile",), "JP", TRUNK_0_LOST),                   # 080-…, not US area code 801
    ("312345678", ("tel2",), "JP", TRUNK_0_LOST),                      # 03-1234-5678
    ("1012345678", ("联系电话",), "CN", TRUNK_0_LOST),                   # 010-1234-5678
    ("75512345678", ("電話番号",), "CN", TRUNK_0_LOST),                  # 0755-1234-5678
    ("9012345678", ("phoneNumber", "payload", "events"), "JP", TRUNK_0_LOST),   # JSON leaf key
])
def test_stored_number_gets_its_prefix_back(detector, value, context, region, how):
    d = _one(detector, value, context, "PHONE_NUMBER")
    assert f"phonenumbers valid ({region})" in d.reason and how in d.reason
    assert d.score >= 0.9


def test_lost_zero_jp_mobile_is_not_labelled_gb_or_us(detector):
    d = _one(detector, "9012345678", ("mobile",), "PHONE_NUMBER")
    assert "(JP)" in d.reason and "(US)" not in d.reason and "(GB)" not in d.reason


@pytest.mark.parametrize("value", ["819012345678", "8613800138000", "9012345678", "312345678"])
@pytest.mark.parametrize("context", [
    ("order_no", "orders"),               # business id
    ("id",),                              # id / counter columns
    ("counter",),
    ("phone_id",),                        # headed by 'id', not by the phone word
    ("phone_verified_at",),
    ("call_count",),                      # a weak label word does not restore prefixes
    ("value", "phones"),                  # a table name alone does not vouch
    (),
])
def test_no_prefix_makes_an_unlabelled_number_a_phone(detector, value, context):
    assert not [d for d in detector.analyze(value, context) if d.entity == "PHONE_NUMBER"]


@pytest.mark.parametrize("context", [("id",), ("counter", "stats")])
def test_cn_mobile_shaped_ids_stay_unflagged(detector, context):
    assert not [d for d in detector.analyze("13800138000", context) if d.entity == "PHONE_NUMBER"]


def test_cn_mobile_as_stored_keeps_its_region(detector):
    d = _one(detector, "13800138000", ("手机号",), "PHONE_NUMBER")
    assert "(CN)" in d.reason and TRUNK_0_LOST not in d.reason and E164_NO_PLUS not in d.reason


def test_text_with_its_leading_zero_is_read_as_written(detector):
    d = _one(detector, "09012345678", ("mobile",), "PHONE_NUMBER")
    assert "(JP)" in d.reason and "stored as a number" not in d.reason


@pytest.mark.parametrize("value", ["20240115123045", "1234567890", "9999999999"])
def test_dates_and_filler_in_a_phone_column_stay_unflagged(detector, value):
    assert not [d for d in detector.analyze(value, ("mobile",)) if d.entity == "PHONE_NUMBER"]


def test_parse_stored_order():
    assert parse_stored("9012345678") == ("JP", TRUNK_0_LOST)
    assert parse_stored("819012345678") == ("JP", E164_NO_PLUS)
    assert parse_stored("8613800138000") == ("CN", E164_NO_PLUS)
    assert parse_stored("13800138000") == ("CN", "")
    assert parse_stored("4155550123") == ("US", "")


def fake_imei(serial: int) -> str:
    """A 15-digit IMEI with the made-up TAC 01987654 (reporting body 01) and a valid Luhn digit."""
    body = f"01987654{serial:06d}"
    return body + luhn_check_digit(body)


STORED_IMEI = fake_imei(21)[1:]        # as a BIGINT keeps it: 14 digits, the leading 0 gone
BAD_LUHN = STORED_IMEI[:-1] + str((int(STORED_IMEI[-1]) + 1) % 10)


@pytest.mark.parametrize("context", [("imei", "devices"), ("device_imei",), ("imei2",), ("串号",)])
def test_stored_imei_gets_its_zero_back(detector, context):
    d = _one(detector, STORED_IMEI, context, "IMEI")
    assert "leading 0 restored" in d.reason and "Luhn valid, TAC plausible" in d.reason and d.score >= 0.9


@pytest.mark.parametrize("value, context", [
    (BAD_LUHN, ("imei",)),                       # Luhn fails with the 0 restored
    (STORED_IMEI, ("device_id", "devices")),     # not named like an IMEI
    (STORED_IMEI, ("order_no", "orders")),
    (STORED_IMEI, ("meid",)),                    # a MEID is 14 hex digits: no 0 to restore
    (STORED_IMEI, ("value", "imeis")),           # a table name alone does not vouch
    (STORED_IMEI, ()),
    (f"imei={STORED_IMEI}", ()),                 # in text, not a numeric cell
    ("11111111111111", ("imei",)),               # filler
])
def test_fourteen_digits_stay_unflagged_without_the_rule(detector, value, context):
    assert not [d for d in detector.analyze(value, context) if d.entity == "IMEI"]
