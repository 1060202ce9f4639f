"""Postal addresses: Japanese (〒, 都道府県 + 市区町村 + 丁目/番地/号), Chinese (省/市/区/路/号), US street addresses."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers._address_data import CN_CITIES, CN_PROVINCES, JP_PREFECTURES, US_STATES, US_STREET_SUFFIXES
from recognizers._context import last_end
from recognizers.base import Detection, PiiRecognizer, TextContext, boost, join_reason


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))   # longest first, the same in every process


_HAN = r"\u4e00-\u9fff\u3005\u30f6"
_KATA = r"\u30a1-\u30fa\u30fc"
ADDRESS_CONTEXT = ("address", "addr", "shipping", "shipto", "billing", "delivery", "street", "mailing", "residence",
                   "住所", "所在地", "送付先", "お届け先", "配送先", "届け先", "郵便", "現住所",
                   "地址", "收货地址", "住址", "详细地址", "联系地址", "寄送", "邮寄")
ADDRESS_NEGATIVE = ("ip", "mac", "email", "mail", "url", "host", "memory", "wallet", "bitcoin", "contract")
_LABELS_AFTER = "電話|携帯|TEL|Tel|メール|氏名|担当|お名前|电话|手机|邮箱|联系|收件人|姓名"
# Hiragana only where a place name runs into its block number (みなとみらい2-2-1, あざみ野1丁目), never particles.
_JP_BODY = (rf"(?:(?!{_LABELS_AFTER})[{_HAN}{_KATA}0-9A-Za-z#-]|が|さいたま|つくば|ひたちなか|いわき|[\u3041-\u3096]{{2,8}}(?=[0-9{_HAN}])"
            rf"| (?=[{_HAN}{_KATA}]|[0-9]{{1,3}}(?:階|F|号室))(?!{_LABELS_AFTER}))")
_CJK_END = re.compile(r"(?:[0-9A-Za-z]|号室?|室|楼|栋|層|层|座|弄|巷|階|丁目|番地|ビル|マンション|ハイツ|荘|棟|館|タワー|レジデンス"
                      r"|コーポ|大厦|大楼|广场|中心|公寓|花园|小区|村|镇|乡)")
_NUMBERED = re.compile(r"[0-9]|丁目|番地|号")
_MUNICIPALITY = re.compile(r"[市区町村郡县]")


class _CjkAddressRecognizer(PiiRecognizer):
    """Shared judgement of the JP and CN recognizers: trim to the last address-like ending, then score."""

    CONTEXT = ADDRESS_CONTEXT
    NEGATIVE_CONTEXT = ADDRESS_NEGATIVE
    TRIGGERS = frozenset({"cjk"})
    _POSTCODE = re.compile(r"〒")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Numbered addresses stand alone; a bare region name needs an address label."""
        value = m.group()
        end = m.start() + _last_end(value)
        value = tc.text[m.start():end]
        if not _MUNICIPALITY.search(value[2:]) and "〒" not in value:
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        numbered = bool(_NUMBERED.search(value))
        if "〒" in value and numbered:
            score, facts = 0.95, "postal code and numbered address"
        elif numbered:
            score, facts = 0.85, "region, municipality and block number"
        elif pol.sign > 0:
            score, facts = 0.6, "region and municipality"
        else:
            return None
        return self.found(m.start(), end, boost(score, pol, floor=0.95, gain=0.1), join_reason(facts, pol.describe()))


def _last_end(value: str) -> int:
    """Offset just after the last address-like ending (a number, 号, ビル ...), or the full length."""
    return last_end(_CJK_END, value, len(value))


class JapaneseAddressRecognizer(_CjkAddressRecognizer):
    """Japanese addresses: optional 〒 code, prefecture, municipality, 丁目/番地/号 and building."""

    ENTITY = "POSTAL_ADDRESS"
    LANGUAGES = ("ja",)
    PATTERNS = (
        Pattern("jp prefecture address",
                rf"(?:〒 ?[0-9]{{3}}[-ー]?[0-9]{{4}} ?)?(?:{_alt(JP_PREFECTURES)}){_JP_BODY}{{2,60}}", 0.85),
        Pattern("jp postal code address", rf"〒 ?[0-9]{{3}}[-ー]?[0-9]{{4}} ?{_JP_BODY}{{2,60}}", 0.9),
        Pattern("jp city address", rf"(?<![{_HAN}])[{_HAN}]{{1,4}}[市区]{_JP_BODY}{{2,50}}", 0.7),
    )


# Where a Chinese address may start inside running text: after a non-Han character or a verb of sending/living.
_CN_VERBS = "寄到|送到|发到|寄至|送至|住在|位于|地址|住址"
_CN_START = rf"(?:(?<![\u4e00-\u9fff])|{'|'.join(f'(?<={v})' for v in _CN_VERBS.split('|'))})(?!{_CN_VERBS})"


class ChineseAddressRecognizer(_CjkAddressRecognizer):
    """Chinese addresses: province or city, district/county, road/street and number (号/室/栋)."""

    ENTITY = "POSTAL_ADDRESS"
    LANGUAGES = ("zh",)
    PATTERNS = (
        Pattern("cn province address", rf"(?:{_alt(CN_PROVINCES)}){_JP_BODY}{{2,60}}", 0.85),
        Pattern("cn city address", rf"(?:{_CN_START}[{_HAN}]{{2,4}}|{_alt(CN_CITIES)})市{_JP_BODY}{{2,50}}", 0.8),
        # Written to locals without city: 天河区体育西路709号, 鼓楼区中山北路224号
        Pattern("cn district + road + number",
                rf"{_CN_START}[{_HAN}]{{1,4}}[区县](?:[{_HAN}0-9]{{1,12}}?)(?:路|街|大道|道|巷|弄|胡同|里)[0-9]{{1,5}}号{_JP_BODY}{{0,40}}",
                0.8),
    )


_CAP = r"[A-Z][A-Za-z'-]{0,20}"
_DIRECTION = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.? "
_STREET = (rf"[0-9]{{1,6}}[A-Za-z]? (?:{_DIRECTION})?(?:(?:{_CAP}|[0-9]{{1,3}}(?:st|nd|rd|th))(?: {_CAP}){{0,2}} "
           rf"(?:{_alt(US_STREET_SUFFIXES)})\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\.?)?|Broadway)(?![A-Za-z])")
_UNIT = r"(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|#)\.? ?#?[0-9A-Za-z-]{1,6})?"
_CITY_STATE_ZIP = rf"(?:,? {_CAP}(?: {_CAP}){{0,2}},? (?:{_alt(US_STATES)})(?: [0-9]{{5}}(?:-[0-9]{{4}})?)?(?![A-Za-z0-9]))?"


class UsAddressRecognizer(PiiRecognizer):
    """US street addresses: number, street name and suffix, optional unit, city, state and ZIP."""

    ENTITY = "POSTAL_ADDRESS"
    LANGUAGES = ("en",)
    PATTERNS = (
        Pattern("us street address", rf"(?<![A-Za-z0-9.,-]){_STREET}{_UNIT}{_CITY_STATE_ZIP}", 0.6),
        Pattern("us po box", rf"(?<![A-Za-z0-9])P\.? ?O\.? Box [0-9]{{1,6}}{_CITY_STATE_ZIP}", 0.6),
    )
    CONTEXT = ADDRESS_CONTEXT
    NEGATIVE_CONTEXT = ADDRESS_NEGATIVE
    TRIGGERS = frozenset({"digit"})
    _STATE_ZIP = re.compile(rf"(?:{_alt(US_STATES)})(?: [0-9]{{5}}(?:-[0-9]{{4}})?)?$")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """City/state/ZIP make it certain; a street line alone is medium."""
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        full = bool(self._STATE_ZIP.search(m.group()))
        score = 0.9 if full else pattern.score
        facts = "street, city, state" if full else "street line"
        return self.found(m.start(), m.end(), boost(score, pol, floor=0.9, gain=0.3), join_reason(facts, pol.describe()))


_ROMAJI = r"[A-Z][a-z]{1,20}(?:-[A-Z]?[a-z]{1,20}){0,3}"
_ROMAN_UNIT = r"(?:(?:Room|Rm\.?|Apt\.?|Apartment|Unit|Suite|#) ?[0-9A-Z-]{1,8},? )?"
_ROMAN_WARD = r"-(?:ku|shi|cho|machi|gun|mura|son)"


class JapaneseRomanAddressRecognizer(PiiRecognizer):
    """Romanised Japanese addresses: '1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023' (block, town, -ku/-shi, city, ZIP)."""

    ENTITY = "POSTAL_ADDRESS"
    LANGUAGES = ("en",)
    PATTERNS = (
        Pattern("jp romanised address (block + ward)",
                rf"(?<![A-Za-z0-9-]){_ROMAN_UNIT}[0-9]{{1,2}}(?:-[0-9]{{1,4}}){{1,2}},? {_ROMAJI}"
                rf"(?:,? {_ROMAJI}{_ROMAN_WARD}){{1,3}}(?:,? {_ROMAJI}(?:-(?:shi|ken|to|fu))?)?"
                rf"(?:,? [0-9]{{3}}-[0-9]{{4}})?(?:,? Japan)?(?![A-Za-z0-9-])", 0.85),
    )
    CONTEXT = ADDRESS_CONTEXT
    NEGATIVE_CONTEXT = ADDRESS_NEGATIVE
    TRIGGERS = frozenset({"digit"})

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """A block number followed by a ward or city (-ku, -shi) is an address; a ZIP makes it certain."""
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        zipped = bool(re.search(r"[0-9]{3}-[0-9]{4}", m.group()[6:]))
        facts = "block, town, ward" + (", postal code" if zipped else "")
        score = boost(0.9 if zipped else pattern.score, pol, floor=0.95, gain=0.1)
        return self.found(m.start(), m.end(), score, join_reason(facts, pol.describe()))
