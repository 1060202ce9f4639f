"""E-mail addresses: RFC 5322-ish syntax with a domain under a public suffix."""

from __future__ import annotations

import re

import tldextract
from presidio_analyzer import Pattern

from recognizers.base import Detection, PiiRecognizer, TextContext, boost, join_reason

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"


class EmailAddressRecognizer(PiiRecognizer):
    """E-mail syntax; the domain must end in a public suffix (bundled list, never fetched)."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        Pattern("email syntax (strong)",
                rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-][A-Za-z0-9._%+-]{{0,63}}@{_LABEL}(?:\.{_LABEL}){{0,8}}\.[A-Za-z]{{2,24}}(?![A-Za-z0-9-])",
                0.85),
    )
    CONTEXT = ("email", "mail", "e-mail", "mailto", "from", "to", "cc", "reply", "sender", "recipient", "contact",
               "メール", "メールアドレス", "邮箱", "电子邮件", "邮件", "电邮")
    TRIGGERS = frozenset({"at"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Reject ``logo@2x.png``-style names whose 'domain' has no public suffix."""
        value = m.group()
        if ".." in value or value.split("@", 1)[0].endswith("."):
            return None
        parts = tldextract.extract(value.rsplit("@", 1)[1])
        if not parts.suffix or not parts.domain:
            return None
        pol = tc.polarity(self, m.start())
        score = boost(pattern.score, pol, floor=0.95, gain=0.1)
        return self.found(m.start(), m.end(), score, join_reason("e-mail syntax, public suffix", pol.describe()))
