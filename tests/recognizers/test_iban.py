"""IBAN: country length + mod 97."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans", [
    ("IBAN DE89 3704 0044 0532 0130 00", ["DE89 3704 0044 0532 0130 00"]),
    ("GB82WEST12345698765432", ["GB82WEST12345698765432"]),
    ("DE89 3704 0044 0532 0130 01", []),                  # check fails
    ("DE89370400440532013", []),                           # wrong length
])
def test_iban(expect, text, spans):
    expect(text, "IBAN_CODE", spans)
