"""MAC addresses: colon, hyphen and Cisco-dot notation; bare 12 hex digits only with a label."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._words import DEVICE
from recognizers.base import Detection, PiiRecognizer, TextContext, boost, embedded, join_reason

_HEX = re.compile(r"[0-9A-Fa-f]")
_OCTET_BEFORE = re.compile(r"(?:^|[^A-Za-z0-9])[0-9A-Fa-f]{2}[:-]$")


class MacRecognizer(PiiRecognizer):
    """MAC-48 in aa:bb:cc:dd:ee:ff, aa-bb-..., aabb.ccdd.eeff, or bare 12 hex with a MAC label."""

    ENTITY = "MAC_ADDRESS"
    PATTERNS = (
        Pattern("mac colon/hyphen (strong)",
                r"(?<![0-9A-Za-z-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Za-z]|[:-][0-9A-Fa-f])", 0.85),
        Pattern("mac cisco dots (strong)",
                r"(?<![0-9A-Za-z.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Za-z]|\.[0-9A-Za-z])", 0.8),
        Pattern("mac bare hex (weak)", r"(?<![0-9A-Za-z])[0-9A-Fa-f]{12}(?![0-9A-Za-z])", 0.2),
    )
    CONTEXT = ("mac", "macaddr", "macaddress", "hwaddr", "ether", "bssid", "wifi", "wlan", "eth0", "wlan0", "lladdr",
               "物理アドレス", "物理地址", "MACアドレス", "mac地址", *DEVICE)
    NEGATIVE_CONTEXT = ("hash$", "sha", "md5", "commit", "trace", "span$", "request", "uuid", "token", "order")
    TRIGGERS = frozenset({"digit", "alpha"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Drop broadcast and all-zero; bare hex needs a label and a non-decimal look."""
        value = m.group()
        if _OCTET_BEFORE.search(tc.text, max(0, m.start() - 4), m.start()):
            return None                       # the tail of a longer colon/hyphen sequence
        hexdigits = "".join(_HEX.findall(value)).lower()
        if len(set(hexdigits)) == 1:
            return None
        pol = tc.polarity(self, m.start())
        if pattern.score < 0.5:
            if pol.sign <= 0 or hexdigits.isdigit() or embedded(tc.text, m.start(), m.end(), "-_./"):
                return None
            return self.found(m.start(), m.end(), 0.85, join_reason("12 hex digits", pol.describe()))
        score = pattern.score
        if hexdigits.isdigit() and pol.sign <= 0:
            score = 0.55
        multicast = int(hexdigits[1], 16) & 1
        facts = "MAC-48 notation" + (", multicast bit set" if multicast else "")
        return self.found(m.start(), m.end(), boost(score, pol, floor=0.9, penalty=0.3), join_reason(facts, pol.describe()))
