"""IMEI: Luhn + TAC, separators, IMEISV with context, never a credit card."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("imei=352099001761481", ["352099001761481"], ()),                  # valid, labelled
    ("device 35-209900-176148-1 registered", ["35-209900-176148-1"], ()),  # 2-6-6-1 grouping
    ("IMEI: 35 209900 176148 1", ["35 209900 176148 1"], ()),           # spaces
    ("端末識別番号352099001761481です", ["352099001761481"], ()),            # CJK adjacency
    ("串号:868915041234568", ["868915041234568"], ()),                  # Chinese label, TAC 86
    ("352099001761481", ["352099001761481"], ("device_imei",)),        # column context
    ("490154203237518", ["490154203237518"], ()),                      # bare: Luhn + TAC is enough
    ("imeisv 3520990017614823", ["3520990017614823"], ()),             # IMEISV needs a label
    ("3520990017614823", [], ()),                                      # 16 digits, no label
    ("imei=352099001761482", [], ()),                                  # Luhn fails
    ("order 352099001761481 shipped", [], ()),                         # business id context
    ("000000000000000", [], ("imei",)),                                # filler
    ("hash a352099001761481b", [], ()),                                # inside a token
    ("ts 1700000000123", [], ()),                                      # 13-digit timestamp
    ("379392665588970", [], ("extra", "devices")),                     # odd TAC: a table name does not vouch
])
def test_imei(expect, text, spans, context):
    expect(text, "IMEI", spans, context)


def test_imei_is_not_a_credit_card(detector):
    found = detector.analyze("imei 352099001761481 and card? no")
    assert [d.entity for d in found] == ["IMEI"]


def test_context_raises_the_score(detector):
    bare = [d.score for d in detector.analyze("490154203237518") if d.entity == "IMEI"]
    labelled = [d.score for d in detector.analyze("IMEI 490154203237518") if d.entity == "IMEI"]
    assert bare and labelled and labelled[0] > bare[0]
