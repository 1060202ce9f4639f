"""Phone numbers: JP, CN, US, E.164; CJK adjacency; dates, ids and prices are not phones."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("電話:090-1234-5678です", ["090-1234-5678"], ()),
    ("携帯09012345678に連絡", ["09012345678"], ()),
    ("TEL 03-1234-5678", ["03-1234-5678"], ()),
    ("フリーダイヤル0120-123-456", ["0120-123-456"], ()),
    ("+81 90-1234-5678", ["+81 90-1234-5678"], ()),
    ("电话13812345678", ["13812345678"], ()),
    ("手机：138 1234 5678，谢谢", ["138 1234 5678"], ()),
    ("+86 138 1234 5678", ["+86 138 1234 5678"], ()),
    ("座机010-12345678", ["010-12345678"], ()),
    ("深圳0755-12345678", ["0755-12345678"], ()),
    ("Call (212) 555-0123 now", ["(212) 555-0123"], ()),
    ("call 415-555-2671 or 212.555.0123", ["415-555-2671", "212.555.0123"], ()),
    ("+44 20 7946 0958", ["+44 20 7946 0958"], ()),
    ("12 090-1234-5678", ["090-1234-5678"], ()),                 # leading group dropped
    ("13812345678", ["13812345678"], ("phone_number",)),
    ("created 2024-01-15 10:23:45", [], ()),                     # date and time
    ("ts=1700000000 ms=1700000000123", [], ()),                  # unix timestamps
    ("order 13812345678", [], ()),                               # order number
    ("version 2.14.3.1", [], ()),
    ("price ¥12800 or $1234567", [], ()),
    ("GET /api 200 12ms port 8080", [], ()),
    ("ip 192.168.100.200", [], ()),
    ("uuid 123e4567-e89b-12d3-a456-426614174000", [], ()),
    ("〒150-0043", [], ()),                                       # postal code
    ("20240115", [], ()),
])
def test_phone(expect, text, spans, context):
    expect(text, "PHONE_NUMBER", spans, context)


def test_reason_names_region_not_value(detector):
    (d,) = detector.analyze("電話:090-1234-5678")
    assert "JP" in d.reason and "1234" not in d.reason


@pytest.mark.parametrize("value, context", [
    ("030-0074321", ("fax",)), ("(91) 555 22 82", ("phone",)), ("(5) 555-4729", ("phone",)), ("0621-08460", ("phone",)),
    ("(1) 135-5555", ("contact_phone",)), ("Tel: 0451-56 21 90", ()),
])
def test_any_regions_national_format_under_a_phone_label(found, value, context):
    start = value.find(":") + 2 if ":" in value else 0
    assert found(value, "PHONE_NUMBER", context) == [value[start:]]


@pytest.mark.parametrize("value, context", [
    ("030-0074321", ()), ("030-0074321", ("order_no",)), ("(5) 555-4729", ()), ("12.04.2023", ("phone",)),
    ("030 0074 321 12", ("note",)),
])
def test_unknown_formats_need_the_phone_label(found, value, context):
    assert found(value, "PHONE_NUMBER", context) == []


def test_a_phone_column_is_not_read_as_ip_addresses(found):
    assert found("10.20.30.40", "IP_ADDRESS", ("fax",)) == []


@pytest.mark.parametrize("value", ["030123456", "1123456789", "0761234567"])
def test_bare_national_digits_under_a_phone_column(found, value):
    assert found(value, "PHONE_NUMBER", ("phone",)) == [value]
    assert found(value, "PHONE_NUMBER", ("order_no",)) == []
