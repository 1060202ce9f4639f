"""IBAN: country code, check digits and BBAN of the country's length, ISO 7064 mod 97."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._checksums import mod97_ok
from recognizers.base import Detection, PiiRecognizer, TextContext, boost, join_reason

IBAN_LENGTHS: dict[str, int] = {
    k: int(v) for k, v in (x.split(":") for x in ["AD:24", "AE:23", "AT:20", "AZ:28", "BA:20", "BE:16", "BG:22", "BH:22", "BR:29", "CH:21", "CR:22", "CY:28", "CZ:24", "DE:22", "DK:18", "DO:28", "EE:20", "EG:29", "ES:24", "FI:18", "FO:18", "FR:27", "GB:22", "GE:22", "GI:23", "GL:18", "GR:27", "GT:28", "HR:21", "HU:28", "IE:22", "IL:23", "IQ:23", "IS:26", "IT:27", "JO:30", "KW:30", "KZ:20", "LB:28", "LI:21", "LT:20", "LU:20", "LV:21", "MC:27", "MD:24", "ME:22", "MK:19", "MR:27", "MT:31", "MU:30", "NL:18", "NO:15", "PK:24", "PL:28", "PS:29", "PT:25", "QA:29", "RO:24", "RS:22", "SA:24", "SE:24", "SI:19", "SK:24", "SM:27", "TN:24", "TR:26", "UA:29", "VG:24", "XK:20"])
}


class IbanCodeRecognizer(PiiRecognizer):
    """IBANs, compact or in groups of four, with the country's length and a valid mod-97 check."""

    ENTITY = "IBAN_CODE"
    PATTERNS = (Pattern("iban (validated)",
                        r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", 0.5),)
    CONTEXT = ("iban", "bank", "account", "konto", "transfer", "sepa", "口座", "银行", "账户")
    TRIGGERS = frozenset({"digit"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Country length and mod 97 must both hold."""
        value = m.group().replace(" ", "")
        if IBAN_LENGTHS.get(value[:2]) != len(value) or not mod97_ok(value):
            return None
        pol = tc.polarity(self, m.start())
        return self.found(m.start(), m.end(), boost(0.9, pol, floor=1.0), join_reason("IBAN length and mod 97 valid", pol.describe()))
