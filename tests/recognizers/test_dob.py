"""Dates of birth: only next to a birth label, in many formats."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("dob: 1990-01-31", ["1990-01-31"], ()),
    ("Date of birth 31.01.1990", ["31.01.1990"], ()),
    ("born on Jan 31, 1990", ["Jan 31, 1990"], ()),
    ("birthday 12 March 1985", ["12 March 1985"], ()),
    ("生年月日：1990年1月31日", ["1990年1月31日"], ()),
    ("生年月日 平成2年1月31日", ["平成2年1月31日"], ()),
    ("出生日期:1990/1/31", ["1990/1/31"], ()),
    ("誕生日は1990/01/31です", ["1990/01/31"], ()),
    ("1990-01-31", ["1990-01-31"], ("birth_date",)),
    ("19900131", ["19900131"], ("dob",)),
    ("01/31/1990", ["01/31/1990"], ("生年月日",)),
    ("created 2024-01-15", [], ()),                               # no birth label
    ("1990-01-31", [], ("created_at",)),
    ("dob: 1990-02-30", [], ()),                                  # not a calendar date
    ("birthday 1850-01-01", [], ()),                              # implausible year
    ("dob: 1990-01-01, joined: 2020-05-06", ["1990-01-01"], ()),  # the nearest label decides
])
def test_dob(expect, text, spans, context):
    expect(text, "DATE_OF_BIRTH", spans, context)
