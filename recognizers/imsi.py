"""IMSI: MCC (3) + MNC (2-3) + MSIN, 14-15 digits in all."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._checksums import digits_only, is_repetitive, luhn_ok
from recognizers._mcc import MCC_COUNTRY, MNCS, THREE_DIGIT_MNC
from recognizers._words import BUSINESS_IDS
from recognizers.base import Detection, PiiRecognizer, TextContext, embedded, join_reason
from recognizers.imei import tac_plausible


def network_of(digits: str) -> tuple[str, bool] | None:
    """(country, MNC known) for a plausible IMSI, or None when the MCC is unassigned."""
    mcc = digits[:3]
    country = MCC_COUNTRY.get(mcc)
    if country is None:
        return None
    if mcc in THREE_DIGIT_MNC:
        return country, True
    known = MNCS.get(mcc)
    return country, bool(known) and (digits[3:5] in known or digits[3:6] in known)


class ImsiRecognizer(PiiRecognizer):
    """IMSI: a valid MCC and, for large markets, a known MNC; weak unless labelled."""

    ENTITY = "IMSI"
    PATTERNS = (Pattern("imsi digits (weak)", r"(?<![0-9A-Za-z])[0-9]{14,15}(?![0-9A-Za-z])", 0.5),)
    CONTEXT = ("imsi", "subscriber", "sim", "simcard", "mcc", "mnc", "msin", "加入者識別", "国際移動体加入者",
               "用户识别", "国际移动用户", "国际移动用户识别码", "SIMカード", "sim卡")
    NEGATIVE_CONTEXT = ("imei", "imeisv", "meid", "iccid", "msisdn", "phone", "tel", "mobile", "card", "credit",
                        "account", *BUSINESS_IDS, "電話", "电话", "手机号")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """MCC/MNC plausibility, context first; a Luhn-valid TAC-plausible value is left to IMEI."""
        digits = digits_only(m.group())
        if is_repetitive(digits) or embedded(tc.text, m.start(), m.end(), "-_./"):
            return None
        net = network_of(digits)
        if net is None:
            return None
        country, mnc_known = net
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        looks_imei = len(digits) == 15 and luhn_ok(digits) and tac_plausible(digits)
        if pol.sign > 0:
            score = 0.95 if mnc_known else 0.8
        elif len(digits) == 15 and mnc_known and not looks_imei:
            score = pattern.score
        else:
            return None
        facts = f"MCC {digits[:3]} ({country})" + (", MNC known" if mnc_known else "")
        return self.found(m.start(), m.end(), score, join_reason(facts, pol.describe()))
