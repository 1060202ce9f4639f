"""IP addresses (v4 and v6), excluding version strings, OIDs and other dotted numbers."""

from __future__ import annotations

import ipaddress
import re

from presidio_analyzer import Pattern

from recognizers.base import Detection, PiiRecognizer, TextContext, boost, embedded, join_reason

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"


class IpAddressRecognizer(PiiRecognizer):
    """IPv4 dotted quads and IPv6 (validated with ``ipaddress``); version strings are not addresses."""

    ENTITY = "IP_ADDRESS"
    PATTERNS = (
        Pattern("ipv4 (medium)", rf"(?:(?<![0-9A-Za-z.])|(?<=IP))(?:{_OCTET}\.){{3}}{_OCTET}(?![0-9A-Za-z]|\.[0-9])", 0.8),
        Pattern("ipv6 (validated)",
                r"(?<![0-9A-Za-z.])(?<![0-9A-Fa-f]:)(?=[0-9A-Fa-f]|::)(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:[0-9]{1,3}\.){3}[0-9]{1,3})?"
                r"(?:%[0-9A-Za-z]{1,15})?(?::[0-9]{2,5})?(?![0-9A-Za-z:])", 0.8),
    )
    # a valid address has a dotted quad, a '::' or eight colon-separated groups (fast prefilter)
    CANDIDATE = r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}|::|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]"
    CONTEXT = ("ip", "ipaddr", "ipv4", "ipv6", "addr", "address", "client", "remote", "host", "src", "dst", "source",
               "peer", "forwarded", "xff", "login", "IPアドレス", "IP地址", "地址", "接続元", "来源")
    NEGATIVE_CONTEXT = ("version", "ver", "v", "release", "build$", "firmware", "fw", "sdk", "lib", "package", "pkg",
                        "oid", "snmp$", "mib", "section", "chapter", "rule", "clause", "step", "app", "agent", "os",
                        "バージョン", "版本", "版")
    TRIGGERS = frozenset({"digit"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Validate the address; drop it after a version label or inside a path-like token."""
        value = m.group()
        if ":" in value:
            return self._judge_v6(m, pattern, tc)
        if embedded(tc.text, m.start(), m.end(), "/_-@"):
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign < 0 or (value.startswith("0.") and pol.sign == 0):
            return None
        score = boost(pattern.score, pol, floor=0.95, gain=0.15)
        return self.found(m.start(), m.end(), score, join_reason("IPv4 dotted quad", pol.describe()))

    def _judge_v6(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Validate with ``ipaddress``; a trailing ':port' written without brackets is left out of the span."""
        value = m.group()
        end = m.end()
        if not _v6_ok(value):
            value, _, port = value.rpartition(":")
            end -= len(port) + 1
            if not port.isdigit() or not _v6_ok(value):
                return None
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        score = boost(pattern.score, pol, floor=0.95, gain=0.15)
        return self.found(m.start(), end, score, join_reason("IPv6 address (ipaddress valid)", pol.describe()))


def _v6_ok(value: str) -> bool:
    """A valid IPv6 address with at least three groups (so '::' or 'a::b' do not count)."""
    addr = value.split("%", 1)[0]
    if len([g for g in addr.split(":") if g]) < 3 and addr != "::1":
        return False
    try:
        ipaddress.IPv6Address(addr)
    except ValueError:
        return False
    return True
