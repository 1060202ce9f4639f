"""E-mail addresses: RFC 5322-ish syntax with a domain under a public suffix."""

from __future__ import annotations

import re

import tldextract
from presidio_analyzer import Pattern

from recognizers.base import Detection, PiiRecognizer, TextContext, boost, join_reason

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"


class EmailAddressRecognizer(PiiRecognizer):
    """E-mail syntax, also URL-encoded (``alice%40example.org`` in a query string); the domain must
    end in a public suffix (bundled list, never fetched)."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        Pattern("email syntax (strong)",
                rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-][A-Za-z0-9._%+-]{{0,63}}(?:@|%40){_LABEL}(?:\.{_LABEL}){{0,8}}\.(?:[A-Za-z]{{2,24}}|xn--[A-Za-z0-9-]{{2,59}})(?![A-Za-z0-9-])",
                0.85),
    )
    CONTEXT = ("email", "mail", "e-mail", "mailto", "from", "to", "cc", "reply", "sender", "recipient", "contact",
               "メール", "メールアドレス", "邮箱", "电子邮件", "邮件", "电邮")
    TRIGGERS = frozenset({"at"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Reject ``logo@2x.png``-style names whose 'domain' has no public suffix."""
        value = m.group()
        encoded = "@" not in value
        local, _, domain = value.rpartition("%40" if encoded else "@")
        if ".." in value or local.endswith(".") or not local:
            return None
        parts = tldextract.extract(domain)
        if not parts.suffix or not parts.domain:
            return None
        pol = tc.polarity(self, m.start())
        score = boost(pattern.score, pol, floor=0.95, gain=0.1)
        facts = "URL-encoded e-mail, public suffix" if encoded else "e-mail syntax, public suffix"
        return self.found(m.start(), m.end(), score, join_reason(facts, pol.describe()))
