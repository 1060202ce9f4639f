"""Payment card numbers: Luhn plus an issuer (IIN) range of a real scheme.

One in ten digit runs passes Luhn, so a long id in a log passes it too; a run attached to an
identifier (``blk_-4…``, ``id_5…``), written with a minus sign or after an id label (``pid=``,
``block``) is not a card; nor, without a card label, is a run alone in square brackets (a pid or
task id) or four groups cut out of a longer row of space-separated numbers.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._checksums import digits_only, is_repetitive, luhn_ok
from recognizers._words import BUSINESS_IDS, MACHINE_IDS
from recognizers.base import (
    Detection,
    PiiRecognizer,
    TextContext,
    boost,
    char_after,
    char_before,
    embedded,
    join_reason,
)
from recognizers.phone import in_identifier


def card_brand(digits: str) -> str | None:
    """The card scheme whose IIN range and length fit ``digits``, or None."""
    n = len(digits)
    two, four, six = int(digits[:2]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and n in (13, 16, 19):
        return "Visa"
    if (51 <= two <= 55 or 2221 <= four <= 2720) and n == 16:
        return "Mastercard"
    if two in (34, 37) and n == 15:
        return "Amex"
    if 3528 <= four <= 3589 and 16 <= n <= 19:
        return "JCB"
    if (four == 6011 or 644 <= int(digits[:3]) <= 649 or two == 65 or 622126 <= six <= 622925) and 16 <= n <= 19:
        return "Discover"
    if two == 62 and 16 <= n <= 19:
        return "UnionPay"
    if (300 <= int(digits[:3]) <= 305 or two in (36, 38, 39)) and 14 <= n <= 16:
        return "Diners"
    return None


def _bracketed(text: str, start: int, end: int) -> bool:
    """A bare run alone in square brackets, as logs write pids, thread and task ids: '[4539…]'."""
    return char_before(text, start) == "[" and char_after(text, end) == "]"


def _in_number_row(text: str, m: re.Match[str]) -> bool:
    """Grouped digits continued by another group with the same separator: one stretch of a row of numbers."""
    sep = m.group(1) if m.re.groups else None
    if not sep:
        return False
    start, end = m.span()
    before = text[max(0, start - 8):start]
    return bool(re.search(rf"[0-9]{re.escape(sep)}$", before)) or bool(re.match(rf"{re.escape(sep)}[0-9]", text[end:end + 2]))


class PaymentCardRecognizer(PiiRecognizer):
    """Card numbers (Visa, Mastercard, Amex, JCB, UnionPay, Discover, Diners), grouped or bare, Luhn-valid."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        Pattern("card 4-4-4-4 (strong)",
                r"(?<![0-9A-Za-z])[0-9]{4}([ -])[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?:\1[0-9]{3})?(?![0-9A-Za-z])", 0.9),
        Pattern("card 4-6-5 / 4-6-4 (strong)", r"(?<![0-9A-Za-z])3[0-9]{3}([ -])[0-9]{6}\1[0-9]{4,5}(?![0-9A-Za-z])", 0.9),
        Pattern("card bare (medium)", r"(?<![0-9A-Za-z])[0-9]{13,19}(?![0-9A-Za-z])", 0.7),
    )
    CONTEXT = ("card", "credit", "cc", "ccnum", "pan", "visa", "mastercard", "amex", "jcb", "unionpay", "discover",
               "payment", "pay", "billing", "debit", "cardnumber",
               "クレジット", "カード", "カード番号", "信用卡", "银行卡", "卡号", "银联", "支付")
    NEGATIVE_CONTEXT = ("imei", "imeisv", "imsi", "iccid", "meid", "phone", "tel", "mobile", "device", *BUSINESS_IDS,
                        *MACHINE_IDS, "注文", "订单", "電話", "电话")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Luhn and a scheme are required; 13-digit Visa (EAN-13 look-alike) needs a card label."""
        digits = digits_only(m.group())
        if is_repetitive(digits) or embedded(tc.text, m.start(), m.end(), "-_./:"):
            return None
        if in_identifier(tc.text, m.start(), m.end()) or char_before(tc.text, m.start()) == "-":
            return None                       # part of a name ('blk_-4…'), or a negative number
        brand = card_brand(digits)
        if brand is None or not luhn_ok(digits):
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign < 0 or (len(digits) == 13 and pol.sign <= 0):
            return None
        if pol.sign == 0 and (_bracketed(tc.text, m.start(), m.end()) or _in_number_row(tc.text, m)):
            return None                       # '[4539…]' is a pid or counter, '3552 3534 3375 4354 3515' a row of readings
        score = boost(pattern.score, pol, floor=0.95, gain=0.3)
        return self.found(m.start(), m.end(), score, join_reason(f"Luhn valid, {brand} IIN", pol.describe()))
