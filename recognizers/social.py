"""Social media handles: profile URLs, @handles and platform ids (WeChat, LINE, QQ) next to a platform label."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers.base import (
    Detection,
    PiiRecognizer,
    TextContext,
    join_reason,
    key_names,
    label_adjacent,
    labelled_value,
)

_RESERVED = frozenset(["home", "share", "intent", "login", "signup", "search", "hashtag", "i", "explore", "settings", "about", "help", "privacy", "terms", "watch", "channel", "results", "feed", "groups", "pages", "events", "notifications", "messages"])


class SocialHandleRecognizer(PiiRecognizer):
    """Profile URLs (twitter/x, instagram, tiktok, weibo, facebook ...), wxid_ ids, and labelled @handles / ids."""

    ENTITY = "SOCIAL_MEDIA_HANDLE"
    PATTERNS = (
        Pattern("profile url (strong)",
                r"(?<![A-Za-z0-9.])(?:https?://)?(?:www\.|m\.)?(?:twitter\.com|x\.com|instagram\.com|facebook\.com|"
                r"tiktok\.com|weibo\.com|threads\.net|youtube\.com|t\.me|line\.me/ti/p)/(?:u/|@|~)?([A-Za-z0-9_.-]{2,40})",
                0.85),
        Pattern("wechat wxid (strong)", r"(?<![A-Za-z0-9_])wxid_[a-z0-9]{8,24}(?![A-Za-z0-9_])", 0.9),
        Pattern("@handle (needs label)", r"(?<![A-Za-z0-9_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![A-Za-z0-9_@]|\.[A-Za-z])", 0.3),
        Pattern("platform id (needs label)", r"(?<![A-Za-z0-9_.@-])[A-Za-z0-9][A-Za-z0-9_.-]{3,29}(?![A-Za-z0-9_@-]|\.[A-Za-z])", 0.1),
    )
    CONTEXT = ("twitter", "tweet", "instagram", "insta$", "ig", "tiktok", "weibo", "lineid", "wechat", "weixin",
               "wx", "telegram", "tg", "mastodon", "facebook", "fb", "qq", "sns", "social", "handle$",
               "follow", "dm", "kakao", "douyin",
               "微博", "微信", "微信号", "推特", "抖音", "小红书", "ツイッター", "インスタ", "フォロー", "ライン", "LINE", "SNS", "アカウント")
    NEGATIVE_CONTEXT = ("email", "mail", "password", "order", "phone", "tel", "url", "path", "file")
    TRIGGERS = frozenset({"alpha", "digit"})
    _QQ = re.compile(r"[1-9][0-9]{4,10}$")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """URLs and wxid_ ids stand alone; @handles need a platform label; bare ids need a key-value label."""
        if pattern.name.startswith("profile"):
            if m.group(1).lower() in _RESERVED:
                return None
            return self.found(m.start(), m.end(), pattern.score, "social profile URL")
        if pattern.name.startswith("wechat"):
            return self.found(m.start(), m.end(), pattern.score, "WeChat wxid")
        pol = tc.polarity(self, m.start())
        if pol.sign <= 0:
            return None
        value = m.group()
        if pattern.name.startswith("@"):
            return self.found(m.start(), m.end(), 0.85, join_reason("@handle", pol.describe()))
        if self.lexicon.match_token(value.lower()) or not labelled_value(tc, m.start(), pol) or (value.isdigit() and not (pol.word == "qq" and self._QQ.match(value))):
            return None
        if pol.where != "name" and tc.window(m.start()).isascii() and not key_names(tc, m.start(), self.lexicon) \
                and not label_adjacent(tc, m.start(), self.lexicon):
            return None                       # a label earlier on the line names another value
        return self.found(m.start(), m.end(), 0.75, join_reason("platform id", pol.describe()))
