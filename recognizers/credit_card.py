"""Payment card numbers: Luhn plus an issuer (IIN) range of a real scheme, or a card label.

A Luhn-valid run of 14-19 digits in a known scheme's range and length stands alone, bare or in
groups of four (4-6-5 Amex, 4-6-4 Diners). After a card label (card, credit, cc, pan, visa,
カード, 卡号 …) a Luhn-valid run of 12-19 digits is a card even when no scheme in the table claims
its range (Maestro, private-label, regional schemes); a claimed range at a length its scheme never
issues is not.

One in ten digit runs passes Luhn, so a long id in a log passes it too; a run attached to an
identifier (``blk_-4…``, ``id_5…``), written with a minus sign or after an id label (``pid=``,
``block``) is not a card; nor, without a card label, is a run alone in square brackets (a pid or
task id), four groups cut out of a longer row of space-separated numbers, or a 15-digit number
that starts like an IMEI or (UATP range) reads like a first-generation Chinese resident id.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
from recognizers.imei import tac_plausible
from recognizers.phone import in_identifier


def _between(digits: str, lo: str, hi: str) -> bool:
    """True when the leading ``len(lo)`` digits of ``digits`` lie in ``lo..hi``."""
    return lo <= digits[:len(lo)] <= hi


# Issuer (IIN) ranges of the schemes, each with the lengths that scheme issues. Order is the
# order of precedence for the name given in the reason.
_SCHEMES: tuple[tuple[str, Callable[[str], bool], frozenset[int]], ...] = (
    ("Visa", lambda d: d[0] == "4", frozenset({13, 16, 19})),
    ("Mastercard", lambda d: _between(d, "51", "55") or _between(d, "2221", "2720"), frozenset({16})),
    ("Amex", lambda d: d[:2] in ("34", "37"), frozenset({15})),
    ("JCB", lambda d: _between(d, "3528", "3589"), frozenset(range(16, 20))),
    ("JCB", lambda d: d[:4] in ("1800", "2131"), frozenset({15})),            # legacy JCB ranges
    ("Discover", lambda d: d[:4] == "6011" or _between(d, "644", "649") or d[:2] == "65"
     or _between(d, "622126", "622925"), frozenset(range(16, 20))),
    ("UnionPay", lambda d: d[:2] == "62", frozenset(range(16, 20))),
    ("Diners", lambda d: _between(d, "300", "305") or d[:4] == "3095" or d[:2] in ("36", "38", "39"),
     frozenset(range(14, 17))),
    ("Maestro", lambda d: d[:4] in ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"),
     frozenset(range(12, 20))),
    ("Dankort", lambda d: d[:4] == "5019", frozenset({16})),
    ("Mir", lambda d: _between(d, "2200", "2204"), frozenset(range(16, 20))),
    ("UATP", lambda d: d[0] == "1", frozenset({15})),                       # airline cards, MII 1
    ("Troy", lambda d: d[:4] == "9792", frozenset({16})),
    ("Verve", lambda d: _between(d, "506099", "506198") or _between(d, "650002", "650027"),
     frozenset({16, 18, 19})),
    ("RuPay", lambda d: _between(d, "508500", "508999") or _between(d, "606985", "607984")
     or _between(d, "608001", "608500") or _between(d, "652150", "653149"), frozenset({16})),
    ("InterPayment", lambda d: d[:3] == "636", frozenset(range(16, 20))),
    ("InstaPayment", lambda d: _between(d, "637", "639"), frozenset({16})),
)


def card_brand(digits: str) -> str | None:
    """The card scheme whose IIN range and length fit ``digits``, or None."""
    n = len(digits)
    for name, in_range, lengths in _SCHEMES:
        if n in lengths and in_range(digits):
            return name
    return None


def range_claimed(digits: str) -> bool:
    """True when a known scheme owns the IIN range of ``digits`` (whatever the length)."""
    return any(in_range(digits) for _, in_range, _ in _SCHEMES)


def _old_cn_id_shape(digits: str) -> bool:
    """15 digits whose 7th-12th read as a YYMMDD date: the shape of a first-generation Chinese resident
    id (region 11-15 shares UATP's leading 1), which an unlabelled UATP-range number may well be."""
    return len(digits) == 15 and "01" <= digits[8:10] <= "12" and "01" <= digits[10:12] <= "31"


def _bracketed(text: str, start: int, end: int) -> bool:
    """A bare run alone in square brackets, as logs write pids, thread and task ids: '[4539…]'."""
    return char_before(text, start) == "[" and char_after(text, end) == "]"


_JOINERS = "-./:_"


def _digit_token(text: str, i: int, step: int, sep: str) -> bool:
    """True when the digits running from ``i`` in direction ``step`` form a plain number: one ended by the
    same separator, a space, punctuation or the text's edge, not by a joiner of another kind ('…-4354 ')."""
    n = len(text)
    if not (0 <= i < n and text[i].isdigit()):
        return False
    while 0 <= i < n and text[i].isdigit():
        i += step
    if not 0 <= i < n:
        return True
    ch = text[i]
    return ch == sep or not (ch.isalnum() or ch in _JOINERS)


def _in_number_row(text: str, m: re.Match[str]) -> bool:
    """Grouped digits continued by another plain number with the same separator: one stretch of a row of numbers.

    A neighbour written otherwise ('…-9999-9999 4111 1111 …', a dash-grouped card before a spaced one)
    starts a new value, not the row.
    """
    sep = m.group(1) if m.re.groups else None
    if not sep:
        return False
    start, end = m.span()
    before = char_before(text, start) == sep and _digit_token(text, start - 2, -1, sep)
    return before or (char_after(text, end) == sep and _digit_token(text, end + 1, 1, sep))


# Words that name a payment card itself (not payment in general): with one of them a Luhn-valid number
# is a card even when its issuer range is missing from the IIN table (private-label, newer or regional
# schemes). English, brand names, European languages, Japanese, Chinese, Korean, Russian.
CARD_WORDS = ("card", "credit", "cc", "ccn", "ccnum", "pan", "cardnumber", "visa", "mastercard", "amex", "jcb",
              "unionpay", "maestro", "dankort", "diners", "uatp", "rupay", "tarjeta", "carte$", "cartes$", "cartao",
              "carta$", "karte", "kredit", "kaart", "kort$", "karta$", "kart$", "cartão", "kartu",
              "クレジット", "カード", "カード番号", "信用卡", "银行卡", "卡号", "卡號", "银联", "銀聯", "카드", "карта", "карты")
_CARD_LABELS = frozenset(w.rstrip("$") for w in CARD_WORDS)


class PaymentCardRecognizer(PiiRecognizer):
    """Payment cards, grouped or bare, Luhn-valid: in a known scheme's IIN range, or after a card label."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        Pattern("card groups of 4 (strong)",
                r"(?<![0-9A-Za-z])[0-9]{4}([ -])[0-9]{4}\1[0-9]{4}(?:\1[0-9]{4}(?:\1[0-9]{1,3})?|\1[0-9]{1,3})?"
                r"(?![0-9A-Za-z])", 0.9),
        Pattern("card 4-6-5 / 4-6-4 (strong)", r"(?<![0-9A-Za-z])3[0-9]{3}([ -])[0-9]{6}\1[0-9]{4,5}(?![0-9A-Za-z])", 0.9),
        Pattern("card bare (medium)", r"(?<![0-9A-Za-z])[0-9]{12,19}(?![0-9A-Za-z])", 0.7),
    )
    CONTEXT = (*CARD_WORDS, "discover", "payment", "pay", "billing", "debit", "支付")
    NEGATIVE_CONTEXT = ("imei", "imeisv", "imsi", "iccid", "meid", "phone", "tel", "mobile", "device", *BUSINESS_IDS,
                        *MACHINE_IDS, "注文", "订单", "電話", "电话")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Luhn, then a scheme's range and length, or a card label for a range no scheme claims.

        Without a label: 14 digits at least (13-digit Visa is an EAN-13 look-alike), and a 15-digit
        number whose first digits are an IMEI reporting body is left to the IMEI recognizer.
        """
        digits = digits_only(m.group())
        if is_repetitive(digits) or embedded(tc.text, m.start(), m.end(), "-_./:"):
            return None
        if in_identifier(tc.text, m.start(), m.end()) or char_before(tc.text, m.start()) == "-":
            return None                       # part of a name ('blk_-4…'), or a negative number
        if not luhn_ok(digits):
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        brand = card_brand(digits)
        if brand is None:
            # A card label vouches for a range the table does not know, never for a known scheme's
            # range at a length that scheme does not issue, nor for MII 0 (ISO) or 8 (telecom: SIM ICCIDs).
            card_label = pol.sign > 0 and pol.word in _CARD_LABELS and pol.where != "parent"
            if not card_label or range_claimed(digits) or digits[0] in "08":
                return None
            what = "card label, IIN range not in the table"
        else:
            what = f"{brand} IIN"
        if pol.sign == 0:
            if len(digits) < 14 or (len(digits) == 15 and tac_plausible(digits)):
                return None                   # EAN-13 look-alike / an IMEI
            if brand == "UATP" and _old_cn_id_shape(digits):
                return None                   # an old 15-digit Chinese id: region, birth date, sequence
            if _bracketed(tc.text, m.start(), m.end()) or _in_number_row(tc.text, m):
                return None                   # '[4539…]' is a pid or counter, '3552 3534 3375 4354 3515' a row of readings
        score = boost(pattern.score, pol, floor=0.95, gain=0.3)
        return self.found(m.start(), m.end(), score, join_reason(f"Luhn valid, {what}", pol.describe()))
