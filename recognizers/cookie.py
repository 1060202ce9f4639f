"""Cookie and session identifiers: values of well-known cookies, or id-like values under a cookie label."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers.base import Detection, PiiRecognizer, TextContext, join_reason, labelled_value

_NAMES = (r"_ga|_gid|_fbp|_fbc|_gcl_au|_ttp|_uetsid|_uetvid|_clck|_hjSessionUser_[0-9]{1,10}|__utma|__utmz|"
          r"JSESSIONID|PHPSESSID|ASP\.NET_SessionId|SESS[0-9a-f]{0,32}|sessionid|session_id|sessid|sid|connect\.sid|"
          r"laravel_session|ci_session|_session_id|rack\.session|cna|_uid|ajs_anonymous_id|ajs_user_id|_shopify_y|"
          r"_shopify_s|cookie_id|visitor_id|_pk_id\.[0-9]{1,4}\.[0-9a-f]{1,8}|MUID|ANID|NID|IDE|__cf_bm")
_ID = r"[A-Za-z0-9][A-Za-z0-9._%:|-]{7,199}"


class CookieIdRecognizer(PiiRecognizer):
    """Values of well-known tracking and session cookies, and id-like values labelled cookie / session."""

    ENTITY = "COOKIE_ID"
    PATTERNS = (
        Pattern("known cookie name=value (strong)", rf"(?<![A-Za-z0-9_.])(?:{_NAMES})=\"?({_ID})", 0.85),
        Pattern("id under cookie label (needs label)", rf"(?<![A-Za-z0-9._%:|-]){_ID}(?![A-Za-z0-9._%:|-])", 0.1),
    )
    CONTEXT = ("cookie", "cookies", "session", "sessionid", "sid", "jsessionid", "phpsessid", "visitor", "visitorid",
               "clientid", "cid", "ga", "クッキー", "セッション", "会话", "会话id", "Cookie")
    NEGATIVE_CONTEXT = ("trace", "span$", "request", "commit", "order", "hash$", "sha", "user", "email", "ip", "url", "track",
                        "path", "agent", "referer", "referrer", "host", "expires", "domain", "max", "samesite")
    TRIGGERS = frozenset({"alpha", "digit"})
    CONTEXT_PARTS = 1
    _DIGIT = re.compile(r"[0-9]")
    _ALPHA = re.compile(r"[A-Za-z]")
    # an analytics client id: random number '.' first-visit unix time (Google Analytics '_ga' without 'GA1.2.')
    _CLIENT_ID = re.compile(r"[0-9]{6,10}\.1[0-9]{9}$")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Cookie values from known names; other ids need a cookie label and a random-looking mix."""
        if pattern.score >= 0.5:
            start, end = m.span(1)
            return self.found(start, end, pattern.score, "value of a known cookie")
        value = m.group()
        if value[:2].lower() == "0x":
            return None                       # a hex literal: a machine's session or handle number, not a cookie
        analytics = bool(self._CLIENT_ID.match(value))
        if not analytics and (len(value) < 16 or not (self._DIGIT.search(value) and self._ALPHA.search(value))):
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign <= 0 or not labelled_value(tc, m.start(), pol):
            return None
        return self.found(m.start(), m.end(), 0.8, join_reason("id-like value", pol.describe()))
