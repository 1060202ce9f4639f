"""Phone numbers: regex candidates validated by ``phonenumbers`` (JP, CN, US, E.164 and more).

A cell that is one bare digit run without a leading 0, under a column (or JSON key) whose name
says phone, is read as a number stored in a numeric column: it may be E.164 without its '+'
(819012345678) or a national number that lost its trunk 0 (9012345678 for 090-1234-5678).

In running text a phone number shows itself by its formatting or a label. A bare digit run needs
a phone label (``tel``, ``phone``, ``call``, 手机): in logs such runs are ids, counters and
timestamps. Spaces alone are weak formatting, since log fields are space-separated numbers too
(``081109 203615 148``, pid and tid columns): without a label, a number written with spaces only
must start with the group its national format starts with (the area code, ``212 555 0123``,
``03 1234 5678``) and must not be cut out of a longer run of space-separated numbers. A number
attached to an identifier (``blk_-…``, ``id_…``) or after an id label (``pid=``, ``id:``) is none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import phonenumbers
from presidio_analyzer import Pattern

from recognizers._checksums import digits_only, is_repetitive
from recognizers._context import Lexicon, Polarity
from recognizers._words import BUSINESS_IDS, MACHINE_IDS
from recognizers.base import (
    Detection,
    PiiRecognizer,
    TextContext,
    boost,
    char_after,
    char_before,
    embedded,
    join_reason,
    label_adjacent,
)

_GROUP = re.compile(r"\(?\+?[0-9]+\)?")
_DATE = re.compile(r"(?:19|20)[0-9]{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12][0-9]|3[01])$"
                   r"|(?:0?[1-9]|[12][0-9]|3[01])([-/.])(?:0?[1-9]|1[0-2])\2(?:19|20)[0-9]{2}$"
                   r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/(?:19|20)[0-9]{2}$")
_COMPACT_DATE = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[0-9]{6})?$")
_CURRENCY = frozenset("$¥￥€£₩#№〒")
# digit groups with the separators people write phone numbers with: '030-0074321', '(91) 555 22 82'
_PHONE_SHAPE = re.compile(r"(?:\+ ?[0-9]{1,3}[ .-]?)?(?:\([0-9]{1,5}\)[ .-]?)?(?:[0-9]{1,8}(?:(?:[ .-]|- )[0-9]{1,8}){0,5}"
                          r"|[0-9]{7,15})$")          # or the bare digits a phone column or 'Tel:' holds
_TIME = re.compile(r"^[0-9]{1,2}[.:][0-9]{2}(?:[.:][0-9]{2})?$")
_UNITS = frozenset("円元块%号")
_MOBILE = {"CN": re.compile(r"1[3-9][0-9]{9}$"), "JP": re.compile(r"0[789]0[0-9]{8}$")}
_JP_MOBILE_STORED = re.compile(r"[789]0[0-9]{8}$")        # 070/080/090 mobile without its trunk 0
# Words that, heading a column or key name, say a numeric cell is a phone number. Weaker label
# words (number, contact, call, 号码) do not: ``call_count`` or ``contact_id`` hold counters and ids.
STORED_PHONE_LABELS = Lexicon(("phone", "telephone", "tel", "mobile", "cell", "cellphone", "fax", "msisdn",
                               "whatsapp", "phonenumber", "電話", "携帯", "連絡先", "ファックス",
                               "手机", "电话", "座机", "联系方式"))
_NUMBER_WORDS = frozenset({"number", "numbers", "no", "num", "nr", "nbr", "e164"})
_CJK_NUMBER_WORDS = ("番号", "号码", "號碼", "号")
_ID_HEADS = Lexicon(("id$", "ids$", "pk$", "key$", "seq$", "counter$", "idx$", "index$"))   # counters and ids
E164_NO_PLUS = "stored as a number: E.164 without '+'"
TRUNK_0_LOST = "stored as a number: leading 0 restored"


def name_head(tc: TextContext, labels: Lexicon) -> str | None:
    """The label word heading the caller's first context part (the column or leaf key name).

    Trailing number words and digits are skipped: ``mobile``, ``phone_no``, ``phoneNumber``,
    ``tel2``, ``電話番号`` and ``手机号`` are headed by a phone word; ``phone_id`` and
    ``phone_order_no`` are not.
    """
    if not tc.external:
        return None
    words = tc.external[0].split()
    while words and (words[-1].isdigit() or words[-1] in _NUMBER_WORDS):
        words.pop()
    if not words:
        return None
    head = words[-1]
    if head.isascii():
        return labels.match_token(head)
    heads = [head, *(head[: -len(s)] for s in _CJK_NUMBER_WORDS if head.endswith(s) and len(head) > len(s))]
    return next((w for w in labels.words if not w.isascii() and any(h.endswith(w) for h in heads)), None)


class PhoneNumberRecognizer(PiiRecognizer):
    """Phone numbers in national or international format, checked with ``phonenumbers``."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (
        Pattern("phone candidate (validated)",
                r"(?<![0-9A-Za-z+])(?:\+ ?[0-9]{1,3}[ .-]?(?:\(0\) ?)?)?(?:[0-9]{2,5}(?=\())?(?:\([0-9]{1,5}\)[ .-]?)?"
                r"[0-9]{1,15}(?:(?:[ .-]|- )[0-9]{1,8}){0,5}(?![0-9A-Za-z])", 0.7),
    )
    # what _judge_span can accept, for the fast prefilter: 7+ digits after '+' or '00', else 9+
    # (_plausible_length), each at most a few separator characters from the next
    CANDIDATE = (r"\+ ?[0-9](?:[ .()\-]{0,4}[0-9]){6}|00(?:[ .()\-]{0,4}[0-9]){5}|[0-9](?:[ .()+\-]{0,4}[0-9]){8}"
                 r"|\([0-9]{1,5}\) ?[0-9](?:[ .\-]{0,2}[0-9]){5}")       # a bracketed area code: 7+ digits
    CONTEXT = ("phone", "tel", "telephone", "mobile", "cell", "cellphone", "fax", "contact", "call", "msisdn", "sms",
               "whatsapp", "dial", "number", "phonenumber", "telefon", "telefono", "Tél", "tél", "eléfono", "éléphone",
               "電話", "携帯", "連絡", "電話番号", "ファックス", "FAX", "TEL",
               "手机", "电话", "联系", "手机号", "座机", "号码", "致电", "来电")
    NEGATIVE_CONTEXT = ("imei", "imsi", "iccid", "meid", "card", "credit", "account", "acct", "zip", "postal",
                        "postcode", "qq", "userid", "user", *BUSINESS_IDS, *MACHINE_IDS,
                        "郵便番号", "邮编", "卡号", "口座", "账号")

    def judge_all(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Iterator[Detection]:
        """Try the whole candidate, then runs of its groups, so '12 090-1234-5678' still yields the phone."""
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in _GROUP.finditer(m.group())]
        text = tc.text
        i = 0
        while i < len(groups):
            for j in range(len(groups), i, -1):
                # a space-separated neighbour number: the span is one field of a row of numbers
                column = (i > 0 and text[groups[i - 1][1]:groups[i][0]].isspace()) or \
                    (j < len(groups) and text[groups[j - 1][1]:groups[j][0]].isspace())
                found = self._judge_span(tc, groups[i][0], groups[j - 1][1], column)
                if found:
                    yield found
                    i = j
                    break
            else:
                i += 1

    def _judge_span(self, tc: TextContext, start: int, end: int, column: bool = False) -> Detection | None:
        text = tc.text
        value = text[start:end]
        digits = digits_only(value)
        if value == digits and end - start == len(text) and digits[:1] != "0":     # a whole numeric cell
            stored = self._judge_stored(tc, digits)
            if stored is not None:
                return stored
            if name_head(tc, _ID_HEADS) and tc.polarity(self, start).sign <= 0:
                return None                   # an unlabelled id / counter column: no prefix makes it a phone
        if not 7 <= len(digits) <= 15 or is_repetitive(digits) or value.count("(") != value.count(")"):
            return None
        if in_identifier(text, start, end):
            return None
        pol = tc.polarity(self, start)
        if pol.sign < 0:
            return None
        if not _plausible_length(value, digits) or _looks_like_other(text, start, end, value, digits):
            return self._judge_labelled_shape(tc, start, end, pol)
        spaced = _spaced_only(value)
        if pol.sign == 0 and (value.isdigit() or spaced and column):
            return None       # a bare run, or one field of a row of numbers: nothing says phone
        parsed = _parse(value, _regions(tc, digits))
        if parsed is None:
            return self._judge_labelled_shape(tc, start, end, pol)
        region, formatted = parsed
        if pol.sign == 0 and spaced and not _grouped_like(value, region):
            return None       # '203615 1484' is no way to write a phone number
        mobile = _MOBILE.get(region)
        if formatted or (mobile and mobile.match(digits)):
            score = 0.75
        elif len(digits) >= 12 and pol.sign <= 0:
            return None
        else:
            score = 0.45
        score = boost(score, pol, floor=0.9)
        return self.found(start, end, score, join_reason(f"phonenumbers valid ({region})", pol.describe()))

    def _judge_labelled_shape(self, tc: TextContext, start: int, end: int, pol: Polarity) -> Detection | None:
        """Any region's national format, when the value is written like a phone number and its own label
        says phone (a ``phone`` / ``fax`` column, ``Tel:``): ``030-0074321``, ``(91) 555 22 82``, ``88.60.15.32``."""
        value = tc.text[start:end]
        if pol.sign <= 0 or not _PHONE_SHAPE.match(value) or _DATE.match(value) or _spaced_only(value) \
                or value.isdigit() and _COMPACT_DATE.match(value):
            return None                       # spaces alone may join a row of numbers: national formats decide
        if embedded(tc.text, start, end, "-_./:") or _TIME.search(value):
            return None
        named = pol.where == "name" and name_head(tc, STORED_PHONE_LABELS) is not None
        if not named and label_adjacent(tc, start, STORED_PHONE_LABELS) is None:
            return None
        return self.found(start, end, boost(0.6, pol, floor=0.8, gain=0.2),
                          join_reason("written like a phone number (region not known)", pol.describe()))

    def _judge_stored(self, tc: TextContext, digits: str) -> Detection | None:
        """A whole cell of digits under a phone-named column, read as a number stored without '+' or trunk 0."""
        if not 9 <= len(digits) <= 15 or _COMPACT_DATE.match(digits) or name_head(tc, STORED_PHONE_LABELS) is None:
            return None
        pol = tc.polarity(self, 0)
        if pol.sign <= 0 or pol.where != "name":
            return None
        parsed = parse_stored(digits)
        if parsed is None:
            return None
        region, how = parsed
        score = boost(0.45, pol, floor=0.9)
        return self.found(0, len(digits), score, join_reason(f"phonenumbers valid ({region})", how, pol.describe()))


def _regions(tc: TextContext, digits: str) -> tuple[str, ...]:
    """Regions to try for numbers without a country code: by the number's shape, then by script."""
    if _MOBILE["JP"].match(digits):
        return ("JP", "CN", "US")
    if _MOBILE["CN"].match(digits):
        return ("CN", "JP", "US")
    if "kana" in tc.scripts:
        return ("JP", "CN", "US")
    if "han" in tc.scripts:
        return ("CN", "JP", "US")
    return ("US", "JP", "CN", "GB")


def _stored_readings(digits: str) -> list[tuple[str, str | None, str]]:
    """(text to parse, region, how) for digits a numeric column kept: JP, CN and US first, then any E.164.

    E.164 without '+' is tried for +81 and +86 by length; a CN mobile as it is; +1 for 11 digits;
    a JP mobile that lost its trunk 0 before a 10-digit US number (the shapes overlap: 90x is also
    a US area code); other JP / CN national numbers with the 0 restored; any other country last.
    """
    n = len(digits)
    out: list[tuple[str, str | None, str]] = []
    if digits.startswith("81") and 11 <= n <= 12:
        out.append(("+" + digits, None, E164_NO_PLUS))
    if digits.startswith("86") and 12 <= n <= 13:
        out.append(("+" + digits, None, E164_NO_PLUS))
    if _MOBILE["CN"].match(digits):
        out.append((digits, "CN", ""))
    if digits.startswith("1") and n == 11:
        out.append(("+" + digits, None, E164_NO_PLUS))
    if _JP_MOBILE_STORED.match(digits):
        out.append(("0" + digits, "JP", TRUNK_0_LOST))
    if n == 10:
        out.append((digits, "US", ""))
    out += [("0" + digits, "JP", TRUNK_0_LOST), ("0" + digits, "CN", TRUNK_0_LOST), ("+" + digits, None, E164_NO_PLUS)]
    return out


@functools.lru_cache(maxsize=1 << 14)
def parse_stored(digits: str) -> tuple[str, str] | None:
    """(region, how it was read) of the first valid reading of digits kept by a numeric column."""
    if len(set(digits)) == 1:
        return None
    for text, region, how in _stored_readings(digits):
        if is_repetitive(digits_only(text)):
            continue
        try:
            num = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return phonenumbers.region_code_for_number(num) or region or "intl", how
    return None


def in_identifier(text: str, start: int, end: int) -> bool:
    """True when the digits belong to an identifier: ``blk_-1234…``, ``id_1234…``, ``1234…_tmp``.

    A letter, digit or underscore joined to the span (through ``_`` or ``-``, one or two of them)
    makes it part of a name, not a number of its own.
    """
    i = start
    while i > 0 and start - i < 2 and text[i - 1] in "_-":
        i -= 1
    if 0 < i < start and (text[i - 1].isascii() and text[i - 1].isalnum() or text[i - 1] == "_"):
        return True
    return char_after(text, end) == "_"


def _spaced_only(value: str) -> bool:
    """Digit groups separated by spaces and nothing else (no '-', '.', parentheses or '+')."""
    return " " in value and value.replace(" ", "").isdigit()


@functools.lru_cache(maxsize=1 << 14)
def _grouped_like(value: str, region: str) -> bool:
    """Whether a space-separated number starts with the group its national format starts with.

    People write the area code (or mobile prefix) as a group of its own: '212 555 0123',
    '03 1234 5678', '138 0013 8000', '020 7946 0958'. A leading country code written without
    '+' ('1 212 555 0123', '86 138 …') may come first as a group of its own.
    """
    groups = [len(g) for g in value.split()]
    try:
        num = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    nat_digits = digits_only(national)
    first = re.match(r"\D*(\d+)", national)
    if first is None:
        return False
    lead = len(digits_only(value)) - len(nat_digits)
    if lead > 0:
        if groups[0] != lead:
            return False
        groups = groups[1:]
    elif lead < 0:                        # the trunk 0 the format adds was not written: '90 1234 5678'
        return False
    return bool(groups) and groups[0] == len(first.group(1))


def _plausible_length(value: str, digits: str) -> bool:
    """Cheap shape check before ``phonenumbers``: national formats of the regions we try, or E.164."""
    if value.startswith(("+", "00")):
        return True
    n, first = len(digits), digits[0]
    if first == "0":
        return 9 <= n <= 12                                    # JP / CN / GB national, with trunk 0
    if first == "1":
        return n == 11 and digits[1] != "0"                    # CN mobile 1[3-9]..., US 1 + area code
    return n == 10                                             # US / CA without country code


def _looks_like_other(text: str, start: int, end: int, value: str, digits: str) -> bool:
    """Dates, IPs, versions, prices and ids that happen to fit the candidate regex."""
    if embedded(text, start, end, "-_./:") and not value.startswith("+"):
        return True
    before, after = char_before(text, start), char_after(text, end)
    if before in _CURRENCY or after in _UNITS or (after == "." and char_after(text, end + 1).isdigit()):
        return True
    if (before == "." and char_before(text, start - 1).isdigit()) or after == ":" or before == ":" and char_before(
            text, start - 1).isdigit():
        return True
    if _DATE.match(value) or _COMPACT_DATE.match(digits) and value.isdigit():
        return True
    if "." in value and not value.startswith("+"):
        parts = value.split(".")
        return [len(p) for p in parts] != [3, 3, 4]
    return False


@functools.lru_cache(maxsize=1 << 16)     # phonenumbers.parse costs ~0.4 ms; quoted mail and logs repeat numbers
def _parse(value: str, regions: tuple[str, ...]) -> tuple[str, bool] | None:
    """(region, written with formatting) of the first region where ``value`` is a valid number."""
    formatted = not value.isdigit()
    if value.startswith(("+", "00")):
        candidates: tuple[str | None, ...] = (None,) if value.startswith("+") else regions
    else:
        candidates = regions
    for region in candidates:
        try:
            num = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return phonenumbers.region_code_for_number(num) or (region or "intl"), formatted
    return None
