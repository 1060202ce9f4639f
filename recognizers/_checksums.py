"""Checksums shared by the recognizers: Luhn, ISO 7064 mod 97, digit helpers."""

from __future__ import annotations

import re

_NON_DIGIT = re.compile(r"[^0-9]")


def digits_only(text: str) -> str:
    """Return the ASCII digits of ``text`` in order."""
    return _NON_DIGIT.sub("", text)


def luhn_ok(digits: str) -> bool:
    """True when ``digits`` (at least two) pass the Luhn mod-10 check."""
    if len(digits) < 2 or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that makes ``body + digit`` Luhn-valid."""
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise ValueError("body must be digits")


def ean13_ok(digits: str) -> bool:
    """True when ``digits`` is a 13-digit EAN/JAN barcode with a valid check digit."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum((3 if i % 2 else 1) * (ord(c) - 48) for i, c in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == ord(digits[12]) - 48


def mod97_ok(iban: str) -> bool:
    """ISO 7064 mod 97-10 check of an IBAN (spaces allowed, case-insensitive)."""
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    except ValueError:
        return False


def is_repetitive(digits: str) -> bool:
    """True for filler such as 000000000000000 or 123456789012345."""
    if len(set(digits)) == 1:
        return True
    return digits in "0123456789" * 3 or digits in "9876543210" * 3
