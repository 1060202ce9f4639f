"""IMSI: MCC + MNC, context, told apart from IMEI and phone numbers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("imsi=440101234567890", ["440101234567890"], ()),              # JP docomo
    ("IMSI:460001234567890", ["460001234567890"], ()),              # CN mobile
    ("SIMカード 440201234567891", ["440201234567891"], ()),           # JP label
    ("310260123456789", ["310260123456789"], ("imsi",)),            # US, column name
    ("subscriber 234151234567890 attached", ["234151234567890"], ()),
    ("440101234567890", ["440101234567890"], ()),                   # known MNC, no label: medium
    ("999991234567890", [], ("imsi",)),                             # MCC 999 unassigned
    ("order 440101234567890", [], ()),                              # business id
    ("imei 440101234567890", [], ()),                               # labelled as another entity
])
def test_imsi(expect, text, spans, context):
    expect(text, "IMSI", spans, context)


def test_imsi_is_not_a_phone_number(detector):
    assert [d.entity for d in detector.analyze("imsi 460001234567890")] == ["IMSI"]


def test_luhn_valid_tac_plausible_value_goes_to_imei(detector):
    # 440... could be an MCC, but Luhn + TAC 44 and no IMSI label make it an IMEI.
    assert [d.entity for d in detector.analyze("440154203237519")] == ["IMEI"]
