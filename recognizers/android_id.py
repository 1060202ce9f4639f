"""Android ID (SSAID): 16 hex digits, only where a label says so."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers.base import Detection, PiiRecognizer, TextContext, embedded, join_reason


class AndroidIdRecognizer(PiiRecognizer):
    """16 hex digits labelled android_id / ssaid / device id; never bare (trace and span ids look alike)."""

    ENTITY = "ANDROID_ID"
    PATTERNS = (Pattern("android id hex16 (needs label)", r"(?<![0-9A-Za-z])[0-9a-fA-F]{16}(?![0-9A-Za-z])", 0.1),)
    CONTEXT = ("android", "androidid", "ssaid", "aid", "deviceid", "device", "did", "udid", "dev$",
               "端末id", "端末ID", "安卓", "设备id", "设备ID", "设备标识", "端末識別子")
    NEGATIVE_CONTEXT = ("trace", "span$", "parent", "request", "req", "commit", "revision", "rev", "sha", "hash$",
                        "build$", "session", "cookie", "order", "token", "nonce", "key", "secret", "signature", "etag",
                        "checksum", "digest", "idfa", "idfv", "advertising", "gaid", "adid", "correlation", "transaction")
    TRIGGERS = frozenset({"digit", "alpha"})
    _BOTH = re.compile(r"[a-fA-F].*[0-9]|[0-9].*[a-fA-F]")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """A supporting label is required, and the value must mix letters and digits."""
        value = m.group()
        if len(set(value.lower())) < 4 or not self._BOTH.search(value):
            return None
        if embedded(tc.text, m.start(), m.end(), "-_./:"):
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign <= 0:
            return None
        strong = pol.word in ("android", "androidid", "ssaid", "安卓")
        score = 0.95 if strong else 0.75
        return self.found(m.start(), m.end(), score, join_reason("16 hex digits", pol.describe()))
