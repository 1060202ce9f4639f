"""IBAN: country length + mod 97.

Values are documentation examples or made-up BBANs with their computed check digits.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans", [
    ("IBAN DE89 3704 0044 0532 0130 00", ["DE89 3704 0044 0532 0130 00"]),
    ("GB82WEST12345698765432", ["GB82WEST12345698765432"]),
    ("DE89 3704 0044 0532 0130 01", []),                  # check fails
    ("DE89370400440532013", []),                           # wrong length
    # countries across the SWIFT registry, compact and grouped
    ("AL5421211009000000000123456A", ["AL5421211009000000000123456A"]),
    ("BY14 NBRB 3012 0000 0000 0000 0000", ["BY14 NBRB 3012 0000 0000 0000 0000"]),
    ("LC77HEMM000100000000000012345678", ["LC77HEMM000100000000000012345678"]),
    ("RU02 0445 2560 0407 0281 0412 3456 7890 1", ["RU02 0445 2560 0407 0281 0412 3456 7890 1"]),
    ("YE15CBYE0001018861234567891234", ["YE15CBYE0001018861234567891234"]),
    ("VA05 0590 0100 0012 3456 78", ["VA05 0590 0100 0012 3456 78"]),
    ("SC18SSCB11010000000000001497USD", ["SC18SSCB11010000000000001497USD"]),
    ("NO93 8601 1117 947", ["NO93 8601 1117 947"]),
    # inside sentences, lower case, dashes; a short word after the last group is not part of it
    ("Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00 bis Freitag.", ["DE89 3704 0044 0532 0130 00"]),
    ("iban: de89 3704 0044 0532 0130 00", ["de89 3704 0044 0532 0130 00"]),
    ("pay to de89370400440532013000, thanks", ["de89370400440532013000"]),
    ("IBAN DE89-3704-0044-0532-0130-00", ["DE89-3704-0044-0532-0130-00"]),
    ("NO93 8601 1117 947 kr", ["NO93 8601 1117 947"]),
    ("VA05 0590 0100 0012 3456 78 Roma", ["VA05 0590 0100 0012 3456 78"]),
    ("list: AL5421211009000000000123456A, YE15CBYE0001018861234567891234",
     ["AL5421211009000000000123456A", "YE15CBYE0001018861234567891234"]),
    # not IBANs
    ("De89 3704 0044 0532 0130 00", []),                   # mixed case
    ("GB82 wEST 1234 5698 7654 32", []),                    # a lower-case letter inside upper case
    ("DE89/3704/0044/0532/0130/00", []),                   # slashes
    ("DE89 3704-0044 0532 0130 00", []),                   # mixed separators
    ("DE89 3704 0044  0532 0130 00", []),                  # a double space breaks the groups
    ("DE98370400440000000042", ["DE98370400440000000042"]),
    ("DE01370400440000000042", []),                        # passes mod 97, but 01 is never a check digit
    ("ZZ89370400440532013000", []),                        # not a registry country
])
def test_iban(expect, text, spans):
    expect(text, "IBAN_CODE", spans)
