"""IP addresses (v4 and v6), excluding version strings, OIDs and other dotted numbers.

Four dotted numbers are a version, not an address, when the text says so: a version word before
(``version``, ``v``, ``release``, ``tag``…, as a context word), a joiner (``foo-1.2.3.4``,
``lib_1.2.3.4``), or, for a quad in a public range, a release word after (``4.1.0.5 release``), a
product name directly before (``UHD 4.1.0.5``, ``GNU Radio 3.7.14.0``: a capitalised word that is
no network word) or a version phrase (``running``, ``upgraded to``, ``compatible with``). LAN and
device addresses after a device name stay addresses (``USRP 192.168.10.2``). A quad the text calls
a version elsewhere, or a public one with the major.minor of a version the text names (``UHD 4.1``
… ``4.1.0.5``), is a version too unless an address word introduces it (``ip=``, ``client``).
Java's ``host/address:port`` is an address although a path-like ``libfoo/2.14.3.1`` is not.
"""

from __future__ import annotations

import functools
import ipaddress
import re

from presidio_analyzer import Pattern

from recognizers._context import Lexicon, split_words, window_before
from recognizers.base import Detection, PiiRecognizer, TextContext, boost, embedded, join_reason

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_LABEL_TAIL = re.compile(r"[\s:=\"'(\[]+$")
# The word directly before a quad: one space, a closing bracket and a space ('[UHD] 4.1.0.5'), or a
# mail line wrap ('UHD\n> 4.1.0.5').
_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9_.-])([A-Za-z][A-Za-z0-9+]*)\]?(?:[ \t]|[ \t]?\r?\n[> \t]*)$")
# A dotted version of two or more numbers ('4.1', '3.7.13.4'), for the major.minor of a product.
_DOTTED = re.compile(r"(?<![0-9A-Za-z.])([0-9]{1,4})\.([0-9]{1,4})(?:\.[0-9]{1,6}){0,3}(?![0-9A-Za-z]|\.[0-9])")
# A release word directly after: '4.1.0.5 release', '3.7.13.4 build', '4.1.0.5-rc1' is a joiner.
_RELEASE_AFTER = re.compile(r"[ \t]?(?:[Rr]elease[sd]?|RELEASE|[Bb]uild|[Vv]ersion|[Bb]eta|[Aa]lpha|[Pp]atch|LTS)(?![A-Za-z])")
# Phrases that put a version after them: 'running 4.1.0.5', 'upgraded to …', 'compatible with …'.
# 'Update my host computer to …' may put a few words before 'to', none that takes an address ('update the
# DNS server to 8.8.8.8').
_VERSION_PHRASE = re.compile(r"(?<![A-Za-z])(?:[Rr]unn?ing|[Rr]uns|(?:[Uu]pgrad|[Uu]pdat|[Dd]owngrad)(?:e|ed|es|ing)"
                             r"(?: (?!(?:dns|DNS|ip|IP|address|gateway|server|proxy|route|record|entry|nameserver|resolver)\b)"
                             r"[A-Za-z]{1,12}){0,3} to"
                             r"|[Rr]oll(?:ed|ing|s)? back to|[Rr]evert(?:ed|ing|s)? to|[Cc]ompatible with|[Ss]ince"
                             r"|(?:[Ff]ixed|[Ii]ntroduced|[Rr]eleased|[Aa]dded|[Rr]emoved|[Dd]eprecated) in)[ \t]{1,2}$")
# Words that put an address after them, capitalised at a line start or in a header ('From 10.0.0.1',
# 'Gateway 192.168.1.1', 'Ban 61.177.1.2'); a capitalised word before a quad is a product otherwise.
_NETWORK_WORDS = Lexicon((
    "ip", "ipaddr", "ipv4", "addr", "address", "inet", "host", "hostname", "client", "server", "peer", "remote", "local",
    "src", "dst", "source", "destination", "from", "to", "via", "at", "by", "for", "on", "gateway", "gw", "router",
    "route", "dns", "nameserver", "resolver", "proxy", "mask", "netmask", "subnet", "broadcast", "bcast", "network",
    "net", "node", "target", "origin", "login", "user", "listen", "listening", "bind", "ping", "connect", "connection",
    "ban", "unban", "block", "blocked", "deny", "denied", "allow", "allowed", "drop", "dropped", "reject", "rejected",
    "accept", "accepted", "found", "trust", "trusted", "whitelist", "blacklist", "blocklist", "allowlist", "nat", "vpn",
    "lan", "wan", "wlan", "dhcp", "lease", "arp", "icmp", "tcp", "udp", "http", "https", "ssh", "ftp", "smtp", "helo",
    "ehlo", "received", "forwarded", "xff", "relay", "mx", "spf", "rbl", "with", "and", "or", "is", "was", "the",
    "a", "an", "in", "of", "if", "when", "new", "old", "same", "other", "unknown", "invalid",
))


def _product_before(text: str, start: int) -> bool:
    """A capitalised product word directly before (``UHD``, ``Radio`` in 'GNU Radio', ``GNURadio``)."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    if not word[0].isupper() or len(word) < 2 or _NETWORK_WORDS.match_token(word.lower()):
        return False
    return not word.lower().endswith(("ing", "ed"))        # 'Pinging', 'Blocked': an action on an address


# Java's InetSocketAddress text: 'host/address:port' ('msra-sa-41/10.190.173.170:8030'); a path or
# package version has no ':port' after it ('libfoo/2.14.3.1').
_HOST_BEFORE = re.compile(r"(?:^|[\s\[(=:,\"'])[A-Za-z0-9][A-Za-z0-9.-]{0,252}/$")
_PORT_AFTER = re.compile(r":[0-9]{1,5}(?![0-9.])")


def _host_slash_address(text: str, start: int, end: int) -> bool:
    """A quad written as 'host/address:port'."""
    return _PORT_AFTER.match(text, end) is not None and _HOST_BEFORE.search(text, max(0, start - 254), start) is not None


@functools.lru_cache(maxsize=1 << 14)     # log lines repeat their addresses
def _public(value: str) -> bool:
    """Not a LAN, loopback or special address: versions fall in public ranges ('4.1.0.5'), device
    and LAN addresses do not. Dotted numbers that are no address at all ('3.010.3.0') count too."""
    try:
        addr = ipaddress.IPv4Address(value)
    except ValueError:
        return True
    return not (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast or addr.is_reserved)


def _version_context(text: str, start: int, end: int) -> bool:
    """A release word right after, or a product name or a version phrase ('running', 'upgraded to',
    'compatible with') right before."""
    return _RELEASE_AFTER.match(text, end) is not None or _product_before(text, start) \
        or _VERSION_PHRASE.search(text, max(0, start - 30), start) is not None


def _cued_here(text: str, start: int, end: int) -> bool:
    """A public-range quad in a version context (LAN and device addresses never read as versions)."""
    return _public(text[start:end]) and _version_context(text, start, end)


def _version_label_before(text: str, start: int, negative: Lexicon) -> bool:
    """A version word labels the quad: it is the last word before it (``version: ``, ``mpm_version=``)."""
    window = window_before(text, start)
    words = split_words(_LABEL_TAIL.sub("", window)[-24:])
    return bool(words) and words[-1].isascii() and negative.match_token(words[-1]) is not None


@functools.lru_cache(maxsize=8)        # asked once per quad of the text being analysed
def _versions_in(text: str, negative: Lexicon) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """What the text itself calls versions: a version word labels them, a product name comes right
    before or a release word right after. The dotted values, and the families of each: its major.minor
    and, for a four-part version, its major alone ('since 3.10.1.0' … 'like 3.14.1.1')."""
    values, families = set(), set()
    for m in _DOTTED.finditer(text):
        start, end = m.span()
        shorter = m.group().count(".") < 3                 # '4.1', '3.7.13': no address at all
        if _version_label_before(text, start, negative) or (shorter or _public(m.group())) and _version_context(
                text, start, end):
            values.add(m.group())
            families.add(m.group(1, 2))
            if not shorter:
                families.add((m.group(1),))
    return frozenset(values), frozenset(families)


def _single_dotted(text: str) -> bool:
    """True when the text holds at most one dotted number (most log lines): no other can name a version."""
    found = _DOTTED.finditer(text)
    return next(found, None) is None or next(found, None) is None


def version_elsewhere(text: str, start: int, end: int, negative: Lexicon) -> bool:
    """The quad is called a version elsewhere in the text, or is a public-range quad of the same
    major.minor as a version the text names ('UHD 4.1' … 'rolling back to 4.1.0.5'), or of the same
    major as a four-part version with small numbers after it, as versions have ('3.14.1.1')."""
    values, families = _versions_in(text, negative)
    value = text[start:end]
    if value in values:
        return True
    if not _public(value):
        return False
    parts = value.split(".")
    return tuple(parts[:2]) in families or (parts[0],) in families and all(int(p) < 32 for p in parts[1:])


class IpAddressRecognizer(PiiRecognizer):
    """IPv4 dotted quads and IPv6 (validated with ``ipaddress``); version strings are not addresses."""

    ENTITY = "IP_ADDRESS"
    PATTERNS = (
        Pattern("ipv4 (medium)", rf"(?:(?<![0-9A-Za-z.])|(?<=IP))(?:{_OCTET}\.){{3}}{_OCTET}(?![0-9A-Za-z]|\.[0-9])", 0.8),
        Pattern("ipv6 (validated)",
                r"(?<![0-9A-Za-z.])(?<![0-9A-Fa-f]:)(?=[0-9A-Fa-f]|::)(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{1,4})?"
                r"(?:%[0-9A-Za-z]{1,15})?(?::[0-9]{2,5})?(?![0-9A-Za-z:]|\.[0-9])", 0.8),
    )
    # a valid address has a dotted quad, a '::' or eight colon-separated groups (fast prefilter)
    CANDIDATE = r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}|::|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]"
    CONTEXT = ("ip", "ipaddr", "ipv4", "ipv6", "addr", "address", "client", "remote", "host", "src", "dst", "source",
               "peer", "forwarded", "xff", "login", "IPアドレス", "IP地址", "地址", "接続元", "来源")
    NEGATIVE_CONTEXT = ("version", "ver", "v", "release", "build$", "tag", "tagged", "firmware", "fw", "sdk", "lib",
                        "package", "pkg",
                        "oid", "snmp$", "mib", "section", "chapter", "rule", "clause", "step", "app", "agent", "os",
                        "phone", "fax", "tel$", "telephone", "mobile", "バージョン", "版本", "版", "電話", "电话")
    TRIGGERS = frozenset({"digit"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Validate the address; drop it after a version label or inside a path-like token."""
        value = m.group()
        if ":" in value:
            return self._judge_v6(m, pattern, tc)
        text, start = tc.text, m.start()
        end, prefixed = with_prefix(text, m.end(), 32)
        # a path, package or version before ('libfoo/', 'pkg@', 'foo-'); after, an interface ('@eth0')
        # or a prefix length is part of the address
        if embedded(text, start, m.end(), "/_-@", "_-" if prefixed else "/_-") \
                and not _host_slash_address(text, start, m.end()):
            return None
        pol = tc.polarity(self, start)
        # '0.x' is a version unless labelled; the unspecified 0.0.0.0 ('listening on 0.0.0.0') names no
        # host: an address only where a label or a prefix length says so, as '::'
        if pol.sign < 0 or (value.startswith("0.") and pol.sign == 0 and not (value == "0.0.0.0" and prefixed)):
            return None
        if self._version(tc, start, m.end(), pol.sign):
            return None
        score = boost(pattern.score, pol, floor=0.95, gain=0.15)
        what = "IPv4 network (CIDR)" if end > m.end() else "IPv4 dotted quad"
        return self.found(start, end, score, join_reason(what, pol.describe()))

    def _version(self, tc: TextContext, start: int, end: int, sign: int) -> bool:
        """A version string: cued here (release word after, product name before), or cued elsewhere in
        the text and not introduced as an address here."""
        text = tc.text
        if _cued_here(text, start, end):
            return True
        if sign > 0 or _single_dotted(text):
            return False                      # nothing else in the text can call this quad a version
        return version_elsewhere(text, start, end, self.negative)

    def _judge_v6(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Validate with ``ipaddress``; a trailing ':port' written without brackets is left out of the span,
        a prefix length ('2001:db8::/32') is kept in it."""
        value = m.group()
        end = m.end()
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        full_end, prefixed = with_prefix(tc.text, end, 128)
        labelled = pol.sign > 0 or prefixed
        if not _v6_ok(value, labelled):
            value, _, port = value.rpartition(":")
            end -= len(port) + 1
            if not port.isdigit() or not _v6_ok(value, labelled):
                return None
        else:
            end = full_end
        score = boost(pattern.score, pol, floor=0.95, gain=0.15)
        what = "IPv6 network (CIDR)" if end > m.end() else "IPv6 address (ipaddress valid)"
        return self.found(m.start(), end, score, join_reason(what, pol.describe()))


# A prefix length after an address ('/24', '/128'); a longer number or a path is no prefix.
_PREFIX = re.compile(r"/([0-9]{1,4})(?![0-9A-Za-z/]|\.[0-9A-Za-z])")
# First groups of the scoped IPv6 ranges: link-local, multicast, unique local, global unicast. With
# one of these, two groups make an address ('fe80::1', 'ff02::1', '2001:db8::').
_SCOPED_V6 = re.compile(r"(?:fe[89ab][0-9a-f]|ff[0-9a-f]{2}|f[cd][0-9a-f]{2}|[23][0-9a-f]{3}):", re.IGNORECASE)


def with_prefix(text: str, end: int, limit: int) -> tuple[int, bool]:
    """The span's end with a valid CIDR prefix length after it included, and whether a '/number' follows
    at all ('10.0.0.0/123' keeps the address alone)."""
    m = _PREFIX.match(text, end)
    if m is None:
        return end, False
    return (m.end() if int(m.group(1)) <= limit else end), True


def _v6_ok(value: str, labelled: bool = False) -> bool:
    """A valid IPv6 address of three or more groups (an embedded IPv4 counts two), of two in a scoped
    range ('fe80::1') or after '::' ('::1', '::10.0.0.1'); fewer ('::', 'fe80::') only where a label or
    a prefix length says address."""
    addr = value.split("%", 1)[0]
    groups = [g for g in addr.split(":") if g]
    size = len(groups) + (1 if groups and "." in groups[-1] else 0)
    mapped = "." in addr and addr.startswith("::")
    if size < 3 and addr != "::1" and not (size == 2 and (mapped or _SCOPED_V6.match(addr))) \
            and not (labelled and (size == 0 or _SCOPED_V6.match(addr))):
        return False
    try:
        ipaddress.IPv6Address(addr)
    except ValueError:
        return False
    return True
