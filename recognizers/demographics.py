"""Age and gender: values that only mean something next to an age or gender label."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers.base import Detection, PiiRecognizer, TextContext, join_reason

_AGE_NUM = r"(?:1[01][0-9]|120|[1-9]?[0-9])"


class AgeRecognizer(PiiRecognizer):
    """Ages: '34 years old', '34歳', '34岁', or a 0-120 number labelled age / 年齢 / 年龄."""

    ENTITY = "AGE"
    FLAGS = re.IGNORECASE
    PATTERNS = (
        Pattern("age with unit (strong)", rf"(?<![0-9.]){_AGE_NUM} ?(?:歳|才|岁|周岁|週歳)", 0.85),
        Pattern("age years old (strong)", rf"(?<![0-9.]){_AGE_NUM}(?= ?-? ?years?[- ]old(?![A-Za-z])| ?y/?o(?![A-Za-z]))", 0.85),
        Pattern("age aged (strong)", rf"(?<=aged ){_AGE_NUM}(?![0-9.])", 0.85),
        Pattern("age number (needs label)", rf"(?<![0-9A-Za-z.,-])(?<![0-9]:){_AGE_NUM}(?![0-9A-Za-z.,:%]|-[0-9])", 0.1),
    )
    CONTEXT = ("age", "aged", "年齢", "年令", "年龄", "岁数", "歳", "岁")
    NEGATIVE_CONTEXT = ("page", "usage", "storage", "percent", "count$", "qty", "quantity", "price", "amount", "id",
                        "status", "code", "port$", "size", "height", "weight", "day", "days", "month", "year", "hour",
                        "minute", "second", "retry", "attempt", "max", "min", "limit", "timeout", "level", "score",
                        "floor", "room", "rank", "version", "no", "number", "num", "階", "号", "番", "件", "个", "点")
    TRIGGERS = frozenset({"digit"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Units decide on their own; a bare number needs an age label as its nearest label."""
        pol = tc.polarity(self, m.start())
        if pattern.score >= 0.5:
            return None if pol.sign < 0 else self.found(m.start(), m.end(), pattern.score, pattern.name)
        if pol.sign <= 0:
            return None
        return self.found(m.start(), m.end(), 0.85, join_reason("number 0-120", pol.describe()))


class GenderRecognizer(PiiRecognizer):
    """Gender values (male/female/M/F/男/女/男性/女性 ...) labelled gender / sex / 性別 / 性别."""

    ENTITY = "GENDER"
    FLAGS = re.IGNORECASE
    PATTERNS = (
        Pattern("gender word (needs label)",
                r"(?<![A-Za-z0-9])(?:male|female|man|woman|m|f|other|non-binary|nonbinary|diverse|unspecified)(?![A-Za-z0-9])",
                0.1),
        Pattern("gender cjk (needs label)", r"男性|女性|男|女|其他|その他", 0.1),
    )
    CONTEXT = ("gender", "sex", "sexe", "geschlecht", "性別", "性别")
    NEGATIVE_CONTEXT = ("size", "unit", "status", "level", "mode", "type", "flag", "class")
    TRIGGERS = frozenset({"alpha", "cjk"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Only with a gender label as the nearest label or the column name."""
        pol = tc.polarity(self, m.start())
        if pol.sign <= 0:
            return None
        return self.found(m.start(), m.end(), 0.9, join_reason("gender value", pol.describe()))
