"""IBAN: country code, check digits and BBAN of the country's length, ISO 7064 mod 97.

Every country of the SWIFT IBAN registry, written compact or in groups of four separated by single
spaces or dashes (one separator throughout), in upper or in lower case (not a mix: ``GI75 nWBK…`` is
a typo or another token). A grouped IBAN followed by a short word ('… 0130 00 und …') is cut back to
its country's length at a group boundary.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._checksums import mod97_ok
from recognizers.base import Detection, PiiRecognizer, TextContext, boost, join_reason

# SWIFT IBAN registry: country code -> IBAN length (including country code and check digits).
_REGISTRY = (
    "AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BI:27 BR:29 BY:28 CH:21 CR:22 CY:28 CZ:24 "
    "DE:22 DJ:27 DK:18 DO:28 EE:20 EG:29 ES:24 FI:18 FK:18 FO:18 FR:27 GB:22 GE:22 GI:23 GL:18 GR:27 "
    "GT:28 HN:28 HR:21 HU:28 IE:22 IL:23 IQ:23 IS:26 IT:27 JO:30 KW:30 KZ:20 LB:28 LC:32 LI:21 LT:20 "
    "LU:20 LV:21 LY:25 MC:27 MD:24 ME:22 MK:19 MN:20 MR:27 MT:31 MU:30 NI:28 NL:18 NO:15 OM:23 PK:24 "
    "PL:28 PS:29 PT:25 QA:29 RO:24 RS:22 RU:33 SA:24 SC:31 SD:18 SE:24 SI:19 SK:24 SM:27 SO:23 ST:25 "
    "SV:28 TL:23 TN:24 TR:26 UA:29 VA:22 VG:24 XK:20 YE:30"
)
IBAN_LENGTHS: dict[str, int] = {cc: int(n) for cc, n in re.findall(r"([A-Z]{2}):([0-9]{2})", _REGISTRY)}


def _cut(raw: str, length: int) -> int | None:
    """Offset in ``raw`` (an IBAN with separators) after its first ``length`` characters, when that
    falls at the end or at a separator; None otherwise."""
    seen = 0
    for i, ch in enumerate(raw):
        if ch not in " -":
            seen += 1
            if seen == length:
                return i + 1 if i + 1 == len(raw) or raw[i + 1] in " -" else None
    return None


class IbanCodeRecognizer(PiiRecognizer):
    """IBANs, compact or in groups of four, with the country's length and a valid mod-97 check."""

    ENTITY = "IBAN_CODE"
    PATTERNS = (Pattern("iban (validated)",
                        r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}([ -]?)[A-Za-z0-9]{4}(?:\1[A-Za-z0-9]{4}){1,7}"
                        r"(?:\1[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])", 0.5),)
    CONTEXT = ("iban", "bank", "account", "konto", "transfer", "sepa", "口座", "银行", "账户")
    TRIGGERS = frozenset({"digit"})
    # a registry country code (one case) and check digits 02..98: what the prefilter routes by, so that
    # log tokens such as 'ts17000000' never reach the pattern
    CANDIDATE = (rf"(?:{'|'.join(sorted(IBAN_LENGTHS))}|{'|'.join(sorted(c.lower() for c in IBAN_LENGTHS))})"
                 r"(?:0[2-9]|[1-8][0-9]|9[0-8])[ -]?[A-Za-z0-9]{4}")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Country length and mod 97 must both hold; check digits 02..98; one letter case."""
        raw = m.group()
        country = raw[:2].upper()
        length = IBAN_LENGTHS.get(country)
        if length is None or not (raw[:2].isupper() or raw[:2].islower()):
            return None
        end = _cut(raw, length)
        if end is None:
            return None
        raw = raw[:end]
        value = raw.replace(" ", "").replace("-", "")
        if not (value.isupper() or value.islower()) or not 2 <= int(value[2:4]) <= 98 or not mod97_ok(value):
            return None
        start = m.start()
        pol = tc.polarity(self, start)
        return self.found(start, start + end, boost(0.9, pol, floor=1.0),
                          join_reason("IBAN length and mod 97 valid", pol.describe()))
