"""Dates of birth: a calendar date in a common format, only next to a birth label."""

from __future__ import annotations

import datetime as dt
import re

from presidio_analyzer import Pattern

from recognizers.base import Detection, PiiRecognizer, TextContext, join_reason

_D = r"(?:0?[1-9]|[12][0-9]|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19|20)[0-9]{2}"
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_ERA = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_NUM = re.compile(r"[0-9]+|元")
_B = r"(?<![0-9A-Za-z])"
_E = r"(?![0-9A-Za-z])"
MAX_YEAR = 2030


class DateOfBirthRecognizer(PiiRecognizer):
    """ISO, D/M/Y, M/D/Y, month-name, 年月日 and Japanese-era dates labelled as a birth date."""

    ENTITY = "DATE_OF_BIRTH"
    FLAGS = re.IGNORECASE
    PATTERNS = (
        Pattern("date ymd", rf"{_B}{_Y}([-/.]){_M}\1{_D}{_E}", 0.3),
        Pattern("date dmy/mdy", rf"{_B}{_D}([-/.]){_D}\1{_Y}{_E}", 0.3),
        Pattern("date month-name mdy", rf"(?<![A-Za-z]){_MON} {_D}(?:st|nd|rd|th)?,? {_Y}{_E}", 0.3),
        Pattern("date month-name dmy", rf"{_B}{_D}(?:st|nd|rd|th)? (?:of )?{_MON},? {_Y}{_E}", 0.3),
        Pattern("date cjk", rf"(?<![0-9]){_Y} ?年 ?{_M} ?月 ?{_D} ?日", 0.35),
        Pattern("date japanese era", rf"(?:明治|大正|昭和|平成|令和)(?:[0-9]{{1,2}}|元)年{_M}月{_D}日", 0.35),
        Pattern("date compact", rf"{_B}{_Y}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]){_E}", 0.1),
    )
    CONTEXT = ("birth", "born", "dob", "birthday", "birthdate", "bday", "bdate",
               "生年月日", "誕生日", "生年", "生まれ", "出生", "出生日期", "生日", "出生年月")
    NEGATIVE_CONTEXT = ("created", "create", "updated", "update", "modified", "joined", "join", "registered",
                        "register", "signup", "login", "last", "expiry", "expires", "exp", "valid", "issued",
                        "delivery", "delivered", "shipped", "ship", "order", "purchase", "paid", "payment", "due",
                        "start", "end", "since", "until", "timestamp", "today", "expire", "visit", "appointment",
                        "登録", "注文", "更新", "作成", "配送", "発送", "購入", "下单", "注册", "创建", "发货", "购买", "日時", "时间")
    TRIGGERS = frozenset({"digit"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """A real calendar date from 1900 on, with a birth label before it or in the column name."""
        if _calendar_date(m.group()) is None:
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign <= 0:
            return None
        score = 0.9 if pattern.score >= 0.3 else 0.8
        return self.found(m.start(), m.end(), score, join_reason(f"valid {pattern.name}", pol.describe()))


def _calendar_date(value: str) -> dt.date | None:
    """Parse any of the recognised formats into a date (day/month order tried both ways)."""
    nums = [1 if n == "元" else int(n) for n in _NUM.findall(value)]
    era = next((e for e in _ERA if value.startswith(e)), None)
    month = next((i for name, i in _MONTHS.items() if name in value.lower()), None)
    if era:
        candidates = [(_ERA[era] + nums[0], nums[1], nums[2])]
    elif month is not None:
        candidates = [(max(nums), month, min(nums))]
    elif len(nums) == 1:
        s = str(nums[0])
        candidates = [(int(s[:4]), int(s[4:6]), int(s[6:8]))]
    elif nums[0] >= 1000:
        candidates = [(nums[0], nums[1], nums[2])]
    else:
        candidates = [(nums[2], nums[1], nums[0]), (nums[2], nums[0], nums[1])]
    for y, mo, d in candidates:
        if 1900 <= y <= MAX_YEAR:
            try:
                return dt.date(y, mo, d)
            except ValueError:
                continue
    return None
