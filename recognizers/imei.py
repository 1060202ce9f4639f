"""IMEI and IMEISV: 14-digit body + Luhn check digit, with a plausible TAC.

An IMEI kept in a numeric column loses the leading 0 of a TAC issued by reporting body 01: a
whole cell of 14 digits starting with 1, under a column (or JSON key) named like an IMEI, is
judged with the 0 restored.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._checksums import digits_only, is_repetitive, luhn_ok
from recognizers._context import Lexicon
from recognizers._words import BUSINESS_IDS, DEVICE
from recognizers.base import Detection, PiiRecognizer, TextContext, embedded, join_reason
from recognizers.phone import name_head

# First two digits of a TAC name the GSMA reporting body that issued it.
REPORTING_BODIES = frozenset(
    ["01", "10", "30", "33", "35", "44", "45", "49", "50", "51", "52", "53", "54", "86", "91", "98", "99"]
)


# Words that, heading a column or key name, say a numeric cell is an IMEI (``device_imei``, ``imei2``, ``串号``).
STORED_IMEI_LABELS = Lexicon(("imei", "串号", "机身码", "串码"))
_STORED = "imei stored as a number, leading 0 lost (label)"


def tac_plausible(digits: str) -> bool:
    """True when the TAC starts with a known reporting-body id."""
    return digits[:2] in REPORTING_BODIES


class ImeiRecognizer(PiiRecognizer):
    """IMEI (15 digits, Luhn, TAC) bare or grouped 2-6-6-1 / 8-6-1; IMEISV (16 digits) with context."""

    ENTITY = "IMEI"
    PATTERNS = (
        Pattern("imei grouped (medium)", r"(?<![0-9A-Za-z])[0-9]{2}([- ])[0-9]{6}\1[0-9]{6}\1[0-9]{1,2}(?![0-9A-Za-z])", 0.75),
        Pattern("imei tac-snr-cd (medium)", r"(?<![0-9A-Za-z])[0-9]{8}([- ])[0-9]{6}\1[0-9]{1,2}(?![0-9A-Za-z])", 0.75),
        Pattern("imei bare (weak)", r"(?<![0-9A-Za-z])[0-9]{15,16}(?![0-9A-Za-z])", 0.6),
        Pattern(_STORED, r"(?<![0-9A-Za-z])1[0-9]{13}(?![0-9A-Za-z])", 0.45),
    )
    CONTEXT = ("imei", "imeisv", "imei1", "imei2", "meid", "handset", "串号", "机身码", "手机串码", "识别码",
               "製造番号", "端末識別", *DEVICE)
    NEGATIVE_CONTEXT = ("imsi", "iccid", "msisdn", "card", "credit", "visa", "cc", "pan", "phone", "tel", "mobile",
                        "account", "acct", *BUSINESS_IDS, "カード", "卡号", "信用卡", "银行卡", "電話", "电话")
    _SEP = re.compile(r"[- ]")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Luhn and TAC decide for 15 digits; 16 digits (IMEISV) need an IMEI label."""
        if pattern.name == _STORED:
            return self._judge_stored(m, tc)
        digits = digits_only(m.group())
        if is_repetitive(digits) or embedded(tc.text, m.start(), m.end(), "-_./"):
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        tac = tac_plausible(digits)
        if len(digits) == 16:
            if pol.sign <= 0 or not tac:
                return None
            return self.found(m.start(), m.end(), 0.9, join_reason("IMEISV: 16 digits, TAC plausible", pol.describe()))
        if not luhn_ok(digits):
            return None
        if not tac and (pol.sign <= 0 or pol.where == "parent"):
            return None                       # a table called 'devices' does not vouch for an odd TAC
        score = pattern.score if tac else 0.55
        if pol.sign > 0:
            score = 1.0 if tac else 0.85
        facts = "Luhn valid, TAC plausible" if tac else "Luhn valid, TAC unusual"
        return self.found(m.start(), m.end(), score, join_reason(facts, pol.describe()))

    def _judge_stored(self, m: re.Match[str], tc: TextContext) -> Detection | None:
        """A whole cell of 14 digits under an IMEI-named column: Luhn and TAC with the lost 0 restored."""
        if m.start() != 0 or m.end() != len(tc.text) or name_head(tc, STORED_IMEI_LABELS) is None:
            return None
        digits = "0" + m.group()
        if is_repetitive(digits) or not luhn_ok(digits) or not tac_plausible(digits):
            return None
        pol = tc.polarity(self, 0)
        if pol.sign <= 0 or pol.where != "name":
            return None
        return self.found(0, m.end(), 0.9, join_reason("Luhn valid, TAC plausible; stored as a number: leading 0 restored",
                                                       pol.describe()))
