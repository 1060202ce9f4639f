"""Sender and recipient names in mail address headers (From, To, Cc, Reply-To, Sender).

In an address header the display name before ``<address>`` (or in parentheses after it) is a
person's name unless it names a role, a list or an organisation, however it is written:
``"Doe, Jane"``, ``Jane Q Doe``, ``José Müller``, ``山田 太郎``, ``JANE DOE``, ``jane doe``. A mailing
list rewrites the sender as ``Jane Doe via users-list``: the name is the part before ``via``.
Only texts the caller marks as one of those headers are read this way.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._names import EN_GIVEN, EN_SURNAMES
from recognizers.base import Detection, PiiRecognizer, TextContext

ADDRESS_HEADERS = frozenset(("from", "to", "cc", "bcc", "reply to", "sender"))
_ADDR = r"[^\s<>()@,\"]{1,64}@[^\s<>()@,\"]{1,255}"
_ANGLE = rf"(?:^|,)[ \t]*(?:\"((?:[^\"\\\n]|\\.){{1,120}})\"|([^\"<>@\n]{{1,120}}?))[ \t]*<{_ADDR}>"
_PAREN = rf"(?:^|,)[ \t]*<?{_ADDR}>?[ \t]+\(([^()\n@]{{1,100}})\)"
_VIA = re.compile(r"\s+(?:via|on behalf of)\s+.*$", re.IGNORECASE)
# What directories append to a name: ``(US)``, ``[EXT]``, and after a dash `` - 0551 - LAB``, `` - ACME CORP``.
_BRACKETED = re.compile(r"\\?[(\[][^()\[\]]{0,40}\\?[)\]]")
_DIRECTORY_DASH = re.compile(r"\s+-\s")
# Words that make a display name a role, a list, a system or an organisation rather than a person.
_NOT_PERSON = frozenset((
    "support", "team", "info", "admin", "administrator", "noreply", "no-reply", "donotreply", "newsletter", "news",
    "notification", "notifications", "notify", "service", "services", "sales", "billing", "marketing", "help",
    "helpdesk", "desk", "customer", "customers", "care", "list", "lists", "users", "user", "mailer", "daemon",
    "postmaster", "bot", "robot", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.", "co.", "company",
    "group", "office", "department", "dept", "security", "alerts", "alert", "updates", "digest", "reply", "shop",
    "store", "mall", "account", "accounts", "orders", "order", "delivery", "shipping", "community", "forum",
    "project", "developers", "dev", "announce", "announcements", "mailing", "system", "server", "root", "webmaster",
    "hostmaster", "abuse", "jobs", "careers", "hr", "press", "media", "events", "the", "and", "&", "github",
    "gitlab", "jira", "google", "amazon", "paypal", "apple", "microsoft", "facebook", "linkedin", "twitter", "ettus",
    "research", "university", "lab", "labs", "foundation", "committee", "staff", "sourceforge", "bugzilla",
    "mailman", "undisclosed", "recipients", "recipient", "unknown", "nobody", "card", "bank", "systems", "solutions",
    "online", "from", "email", "e-mail", "mail", "data", "phone", "technologies", "software", "consulting",
    "команда", "служба", "поддержка", "рассылка",
    "サポート", "事務局", "運営", "お客様", "センター", "客服", "团队", "官方", "系统",
))
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-])*")                # a name word or an initial, any script
_POST_NOMINALS = frozenset(("JR", "SR", "II", "III", "IV", "PHD", "MD", "MBA", "PE", "CIV", "CTR", "USA", "USN",
                            "USAF", "USMC", "RN", "ESQ", "MSC", "BSC", "DR", "PROF"))
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


class MailHeaderNameRecognizer(PiiRecognizer):
    """The display names of From/To/Cc/Reply-To/Sender headers, unless they name a role or an organisation."""

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern("display name before an address", _ANGLE, 0.85),
        Pattern("name in parentheses after an address", _PAREN, 0.85),
    )
    TRIGGERS = frozenset({"at"})
    CANDIDATE = r"@"
    DESCRIPTION = "display names in mail address headers"

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Only in an address header; the name part before a list's ``via``; never a role or organisation."""
        if not tc.external or tc.external[0] not in ADDRESS_HEADERS:
            return None
        group = next(g for g in range(1, (m.re.groups or 0) + 1) if m.group(g) is not None)
        start, end = m.span(group)
        text = tc.text[start:end]
        via = _VIA.search(text)
        if via:
            end = start + via.start()
        dash = _DIRECTORY_DASH.search(tc.text, start, end)
        if dash:                                    # 'Doe, Jane - 0551 - LAB': the name, then the directory's
            end = dash.start()
        start += len(text) - len(text.lstrip(" '"))
        end = start + len(tc.text[start:end].rstrip(" '"))
        if end <= start or not person_like(tc.text[start:end], via_list=via is not None):
            return None
        return self.found(start, end, pattern.score, f"{pattern.name} in a {tc.external[0]} header")


def person_like(name: str, *, via_list: bool = False) -> bool:
    """True when a display name reads as a person's: 1-5 name words (any script, any case, initials), no
    role or organisation word. Call signs and handles (``G4ELI``), post-nominals (``CIV``, ``PhD``) and
    directory codes (``ERDC-RDE``) are left out first. One Latin word counts when the name lists know it,
    or when a mailing list rewrote the sender (lists rewrite people, not systems)."""
    name = _BRACKETED.sub(" ", _DIRECTORY_DASH.split(name, maxsplit=1)[0])
    if "@" in name or "/" in name or ":" in name or re.search(r"[^\W\d_]\.[^\W\d_]{2}", name):   # Mail.Ru
        return False
    words = [w for w in re.split(r"[\s,]+", name.strip()) if w]
    if not words or len(words) > 6 or any(w.lower().strip(".") in _NOT_PERSON for w in words):
        return False
    if any(bad in name for bad in _NOT_PERSON if not bad.isascii()):
        return False
    kept = [w for w in words if _WORD.fullmatch(w) and w.strip(".").upper() not in _POST_NOMINALS
            and not (w.isupper() and "-" in w)]
    if not kept or len(kept) < len(words) - 2 or len(kept) > 5:
        return False
    if len(kept) == 1:
        word = kept[0]
        if _CJK.search(word):
            return 2 <= len(word) <= 6
        if word.capitalize() in EN_GIVEN or word.capitalize() in EN_SURNAMES:
            return True
        return via_list and len(word) >= 3 and word[0].isupper() and word[1:].islower()
    return any(len(w.strip(".")) > 1 for w in kept)
