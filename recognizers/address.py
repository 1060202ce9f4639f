"""Postal addresses: Japanese (〒, 都道府県 + 市区町村 + 丁目/番地/号), Chinese (省/市/区/路/号), US street addresses."""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import Pattern

from recognizers._address_data import (
    CN_BUILDINGS,
    CN_CITIES,
    CN_DISTRICTS,
    CN_ESTATES,
    CN_NUMERAL_UNITS,
    CN_PROVINCES,
    CN_ROADS,
    CN_TOWNS,
    CN_UNITS,
    CN_ZONES,
    JP_PREFECTURES,
    ORDINAL_UNITS,
    QUANTITY_UNITS,
    US_STATES,
    US_STREET_SUFFIXES,
)
from recognizers._context import last_end
from recognizers.base import Detection, PiiRecognizer, TextContext, boost, join_reason


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))   # longest first, the same in every process


_HAN = r"\u4e00-\u9fff\u3005\u30f6"
_KATA = r"\u30a1-\u30fa\u30fc"
_HIRA = r"\u3041-\u3096"
ADDRESS_CONTEXT = ("address", "addr", "shipping", "shipto", "billing", "delivery", "street", "mailing", "residence",
                   "住所", "所在地", "送付先", "お届け先", "配送先", "届け先", "郵便", "現住所",
                   "地址", "收货地址", "住址", "详细地址", "联系地址", "寄送", "邮寄")
ADDRESS_NEGATIVE = ("ip", "mac", "email", "mail", "url", "host", "memory", "wallet", "bitcoin", "contract")
_LABELS_AFTER = "電話|携帯|TEL|Tel|メール|氏名|担当|お名前|电话|手机|邮箱|联系|收件人|姓名"
# More block numbers after a number (1-2-3、4-5 / 5-15(A棟),5-16): a list of lots, never a phone number
# (Japanese phone numbers start with 0).
_JP_LIST = r"[,、・](?=[1-9][0-9]{0,3}(?:-[0-9]{1,4}){0,2}(?:[ (,、・]|$))"
# Hiragana only where a place name runs into its block number (みなとみらい2-2-1, あざみ野1丁目, 丸の内1-1,
# 四つ木2丁目, 下る東塩小路町123番): a single kana needs a number within seven characters, and one right
# before the number must not be a particle (区で3人, 市の9割).
_JP_NOT_PARTICLE = rf"(?![のでにはをともへやがか])[{_HIRA}]"
_JP_BODY = (rf"(?:(?!{_LABELS_AFTER})[{_HAN}{_KATA}0-9A-Za-z#-]|が|さいたま|つくば|ひたちなか|いわき"
            rf"|[{_HIRA}]{{2,8}}(?=[0-9{_HAN}{_KATA}])|[{_HIRA}](?=[{_HAN}{_KATA}]{{1,6}}[0-9])|{_JP_NOT_PARTICLE}(?=[0-9])"
            rf"|\([^()\n]{{1,16}}\)|{_JP_LIST}"
            rf"| (?=[{_HAN}{_KATA}]|[0-9]{{1,3}}(?:階|F|号室)|[A-Za-z]{{1,2}}[0-9]{{0,3}}[{_HAN}{_KATA}])"
            rf"(?!{_LABELS_AFTER}))")
_CJK_END = re.compile(r"(?:[0-9A-Za-z)]|号室?|室|楼|栋|層|层|座|弄|巷|階|丁目|番地|ビル|マンション|ハイツ|荘|棟|館|タワー|レジデンス"
                      r"|コーポ|大厦|大楼|广场|中心|公寓|花园|小区|村|镇|乡)")
_NUMBERED = re.compile(r"[0-9]|丁目|番地|号")
_MUNICIPALITY = re.compile(r"[市区町村郡县]")
# A number that counts something (2023年, 5月6号, 3家, 20%, 第3条) is a date, an amount or a count: an address ends before it.
_QUANTITY = re.compile(rf"[0-9]{{1,2}}月[0-9]{{1,2}}[日号]|月[0-9]{{1,2}}[日号]|第[0-9]+(?:{_alt(ORDINAL_UNITS)})"
                       rf"|[0-9]+(?:[.,][0-9]+)*(?:{_alt(QUANTITY_UNITS)})")


def _before_quantity(value: str) -> str:
    """``value`` up to its first quantity (a date, an amount, a count)."""
    q = _QUANTITY.search(value)
    return value if q is None else value[:q.start()]


class _CjkAddressRecognizer(PiiRecognizer):
    """What the JP and CN recognizers share: labels, and running only on non-ASCII text."""

    CONTEXT = ADDRESS_CONTEXT
    NEGATIVE_CONTEXT = ADDRESS_NEGATIVE
    TRIGGERS = frozenset({"cjk"})


def _last_end(value: str) -> int:
    """Offset just after the last address-like ending (a number, 号, ビル ...), or the full length."""
    return last_end(_CJK_END, value, len(value))


# A Japanese block number (1丁目, 2番, 3-4, or a number ending the address); 88号 alone is Chinese.
_JP_BLOCK = re.compile(r"丁目|番|[0-9]-[0-9]|[0-9]$")


class JapaneseAddressRecognizer(_CjkAddressRecognizer):
    """Japanese addresses: optional 〒 code, prefecture, municipality, 丁目/番地/号 and building."""

    ENTITY = "POSTAL_ADDRESS"
    LANGUAGES = ("ja",)
    PATTERNS = (
        Pattern("jp prefecture address",
                rf"(?:〒 ?[0-9]{{3}}[-ー]?[0-9]{{4}} ?)?(?:{_alt(JP_PREFECTURES)}){_JP_BODY}{{2,60}}", 0.85),
        Pattern("jp postal code address", rf"〒 ?[0-9]{{3}}[-ー]?[0-9]{{4}} ?{_JP_BODY}{{2,60}}", 0.9),
        # without the prefecture: 横浜市中区…, 世田谷区…, and counties (…郡…町字…123-4); never right after a
        # number, where the first character is a counter (5月6号到朝阳区…)
        Pattern("jp city address", rf"(?<![{_HAN}0-9])[{_HAN}]{{1,4}}[市区郡]{_JP_BODY}{{2,50}}", 0.7),
    )

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Numbered addresses stand alone; a bare region name needs an address label.

        The address ends before a quantity (a date, an amount, a count) and at its last address-like
        ending. Without a prefecture or postal code the number must be a Japanese block number:
        朝阳区建国路88号 is left to the Chinese recognizer.
        """
        value = _before_quantity(tc.text[m.start():m.end() + 4])[:len(m.group())]   # 上涨了3% ends with a count
        end = m.start() + _last_end(value)
        value = tc.text[m.start():end]
        if not _MUNICIPALITY.search(value[2:]) and "〒" not in value:
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        numbered = bool(_NUMBERED.search(value))
        if numbered and pattern.name == "jp city address" and not _JP_BLOCK.search(value):
            return None
        if "〒" in value and numbered:
            score, facts = 0.95, "postal code and numbered address"
        elif numbered:
            score, facts = 0.85, "region, municipality and block number"
        elif pol.sign > 0:
            score, facts = 0.6, "region and municipality"
        else:
            return None
        return self.found(m.start(), end, boost(score, pol, floor=0.95, gain=0.1), join_reason(facts, pol.describe()))


# ---------------------------------------------------------------- Chinese
# Characters of running text that never occur inside a place name: an address starts after them and stops
# before them (我住在…, …的仓库, 请寄到…). Verbs of sending and living and the label words do the same.
_CN_PROSE = "的了吗呢吧啊请把被是在我您你他她它们这那去到很就也还让给说已"
_CN_VERBS = "寄到|送到|发到|寄至|送至|住在|位于|地址|住址"
_CN_LABELS = "收货人|联系人|邮编|邮政编码|座机|传真"
_CN_STOP = rf"(?![{_CN_PROSE}])(?!{_LABELS_AFTER}|{_CN_LABELS}|{_CN_VERBS})"
_CN_START = (rf"(?:(?<![{_HAN}0-9A-Za-z])|(?<=[{_CN_PROSE}])|{'|'.join(f'(?<={v})' for v in _CN_VERBS.split('|'))})")
# A place name, numbers (甲28号, 1-2-3, B座, 99/100室), a bracketed note, spaces before more of the address.
_CN_UNIT_START = "号座层楼室栋幢单区弄期F"
_CN_BRACKETED = r"\([^()\n]{1,50}\)|【[^【】\n]{1,50}】|“[^“”\n]{1,50}”|「[^「」\n]{1,50}」"   # (地铁1号线…), 【…旁】
# One of those characters right before a suffix (…区汉是路9号, …村的大街) is a typo or part of the name.
_CN_IN_NAME = rf"[{_CN_PROSE}](?={_alt(CN_ROADS + CN_DISTRICTS)}|大厦)"
_CN_BODY = (rf"(?:{_CN_STOP}[{_HAN}0-9A-Za-z·-]|(?<=[0-9A-Za-z])#|{_CN_IN_NAME}|[./+~](?=[0-9A-Za-z{_HAN}])|{_CN_BRACKETED}"
            rf"|[,、](?=[0-9A-Za-z][0-9A-Za-z-]{{0,9}}(?:[,、{_CN_UNIT_START}]|$)|{_CN_STOP}[{_HAN}])"
            rf"| {{1,6}}{_CN_STOP}(?=[{_HAN}(【“「]|[0-9A-Za-z][0-9A-Za-z-]{{0,9}}(?: ?[{_CN_UNIT_START}]|[{_HAN}])"
            rf"|[0-9][0-9-]{{0,9}}(?:[,、]|$)))")
_CN_NUMERAL = "零〇一二三四五六七八九十百"
# House, building, floor and room numbers, in digits or Chinese numerals (甲28号, 3号楼, 九层, B座, 1202室, 18-1, A1203).
# Letters take a Chinese unit (B座, A区) and Chinese numerals one of an address's own (九层, 七栋), not a measure
# word (一座城市).
_CN_UNIT = _alt(CN_UNITS)
_CN_NUMBER = re.compile(rf"(?:(?:[甲乙丙丁]|[A-Za-z]{{1,2}}-?)?[0-9]{{1,6}}(?:-[0-9A-Za-z]{{1,6}}){{0,3}}"
                        rf"|[A-Za-z]{{1,2}}[0-9]{{0,4}}(?=(?:{_alt(tuple(u for u in CN_UNITS if not u.isascii()))}))"
                        rf"|[甲乙丙丁]?[{_CN_NUMERAL}]{{1,4}}(?=(?:{_alt(CN_NUMERAL_UNITS)})))(?P<unit>{_CN_UNIT})?")
_CN_MASK = "\x00"           # numbers blanked out before looking for parts
_CN_NUMBER_GAP = " -,、#东西南北"     # what may stand between a number and the part or number it follows
# A named building without a suffix, its block and its floor or room (星耀A座12层, 华府3号楼502室): a part too.
_CN_UNIT_CHAIN = re.compile(rf"(?P<building>[{_HAN}]{{2}})(?=[A-Za-z0-9{_CN_NUMERAL}]{{1,4}}(?:号楼|栋|幢|座|单元)"
                            rf"[A-Za-z0-9{_CN_NUMERAL}-]{{1,6}}(?:层|楼|室|F))")
# The parts of an address besides its numbers, in the order tried at one position: 城区 and 新区 before 城 and
# 新城, a zone before the district it ends with (高新区), 街道 before 街, 市场 (a market) before 市; a known city
# name before a road suffix names the road (中山路).
_CN_PART = re.compile(rf"(?P<district>{_alt(CN_DISTRICTS)})|(?P<zone>{_alt(CN_ZONES)})|(?P<town>{_alt(CN_TOWNS)})"
                      rf"|(?P<road>{_alt(CN_ROADS)})|(?P<estate>{_alt(CN_ESTATES)})|(?P<building>{_alt(CN_BUILDINGS)})"
                      rf"|(?P<province>{_alt(tuple(p for p in CN_PROVINCES if len(p) > 2))}|中华人民共和国|中国|自治区|特别行政区|省"
                      rf"|(?:{_alt(tuple(p for p in CN_PROVINCES if len(p) == 2))})(?!{_alt(CN_ROADS)}))"
                      rf"|(?P<city>(?:{_alt(CN_CITIES)})(?:市|(?!{_alt(CN_ROADS)}))|自治州|地区|市|州(?!市)|盟)")
# A region written out (广东省, 深圳市): what comes before it without any address part is not the address.
_CN_REGION_START = re.compile(rf"{_alt(tuple(p for p in CN_PROVINCES if len(p) > 2))}|(?:{_alt(CN_CITIES)})市")
# After the last part or number: where exactly (东侧, 旁, 对面, 交叉口, …路西).
_CN_TAIL = re.compile(r"(?:[东西南北](?:侧|面|门)|[东西南北]$|旁边?|内|对面|附近|一带|交叉口|交界处|路口)?")
_CN_CLAUSE_BREAK = re.compile(r"[,、/]|  ")
_CN_NOTE = re.compile(_CN_BRACKETED)
_CN_NOTE_AFTER = re.compile(rf" {{0,6}}(?:{_CN_BRACKETED})")
_CN_REGIONS = frozenset({"province", "city", "district"})
# A name after a province, city and district that ends like this is an organisation's, not a place's.
_CN_ORGANISATION = re.compile(r"(?:公司|集团|银行|有限|政府|法院|医院|学校|大学|学院|中学|小学|委员会|[局厅所部社会店行处站队])$")
_CN_BELOW_DISTRICT = frozenset({"zone", "town", "estate", "road", "building"})
_CN_LOCALITY = frozenset({"zone", "town", "estate"})      # places with a name of their own below the district
# Text going on before or after an address without a number (朝阳区建国路很堵): a sentence about a place.
_CN_CLAUSE_GOES_ON = re.compile(rf"[{_HAN}{_KATA}{_HIRA}0-9A-Za-z]")
_CN_VALUE_AFTER = re.compile(r"[ \"'」]*(?:$|[\t\n|;])")           # the end of a cell or field
_CN_KANA = re.compile(rf"[{_KATA}{_HIRA}\u30fb]")                    # Japanese text: the Japanese recognizer's


def _cn_whole(kinds: list[str]) -> bool:
    """Parts enough for an address without a number: two parts, one of them a zone, town or estate
    (镇 + 村, 新区 + 工业园区, 市 + 花园), or a street or building below another kind of part (区 + 路)."""
    distinct = set(kinds)
    return len(kinds) >= 2 and bool(distinct & _CN_LOCALITY or len(distinct) >= 2 and distinct & _CN_BELOW_DISTRICT)


# A name after the last number (…路99号新元科技), after three parts or after a zone, town or estate
# (…镇工业区东区, …街道…路…): taken along when the run ends with it.
_CN_TRAILING_NAME = 12
_CN_PLACE_NAME = 3          # after a province, city and district only: 北京市朝阳区望京, not …区今天下雨


_CN_SUFFIXES = "".join(sorted({w[-1] for w in CN_ZONES + CN_TOWNS + CN_ROADS + CN_ESTATES + CN_BUILDINGS + CN_DISTRICTS
                                 + ("省", "市", "州", "盟", "号楼", "栋", "幢", "座", "单元")}))
_CN_CANDIDATE = rf"[{_CN_SUFFIXES}]|{_alt(CN_PROVINCES + CN_CITIES)}"


_CN_NAME_END = re.compile(rf"[{_HAN}0-9A-Za-z{_CN_MASK}]")        # 中山路, A区, 3号楼: not ，街道 or 、社区


def _cn_parts(masked: str) -> list[re.Match[str]]:
    """Address parts in ``masked`` (numbers blanked); a short suffix needs a name right before it (区 alone or
    after a comma is none; 高新区 and 开发区 are names)."""
    return [p for p in _CN_PART.finditer(masked) if p.start() > 0 and _CN_NAME_END.match(masked, p.start() - 1)
            or len(p.group()) > 2 or p.lastgroup in ("province", "city") and len(p.group()) > 1]


def _cn_numbers(seg: str, parts: list[re.Match[str]]) -> list[int]:
    """End offsets of the numbers that belong to the address: with a unit (12号, 5栋, 九层, B座), or right after
    a part or another such number (…路99, …大厦1201); a year or a count in the text around is none."""
    anchors = {p.end() for p in parts if p.lastgroup not in _CN_REGIONS}       # 广州999 is no address
    ends: list[int] = []
    for n in _CN_NUMBER.finditer(seg):
        after = len(seg[:n.start()].rstrip(_CN_NUMBER_GAP))          # …路 99号, 9栋-1201, 3幢、5幢
        if n.group("unit") or after in anchors and n.start() - after <= 2:
            ends.append(n.end())
            anchors.add(n.end())
    return ends


def _cn_value_starts(text: str, offset: int) -> bool:
    """Whether a value starts at ``offset``: the text's start, or after a label's colon, a tab or a line break."""
    head = text[max(0, offset - 8):offset].rstrip(" \"'「")
    return head[-1:] in (":", "\t", "\n", "|", "=") if head else True


def _cn_close(seg: str, end: int) -> int:
    """``end`` moved past the bracket it is inside, or past a bracketed note right after it."""
    for note in _CN_NOTE.finditer(seg):
        if note.start() < end < note.end():
            return note.end()
    after = _CN_NOTE_AFTER.match(seg, end)
    return end if after is None else after.end()


class ChineseAddressRecognizer(_CjkAddressRecognizer):
    """Chinese addresses: province or city, district/county, town or zone, road and number, building, floor, room.

    Real addresses often start below the city (湖塘镇…, 新北区…, 长江南路180号…) and skip the number
    (…工业园区), so a candidate is every run of place-like text (it ends at prose characters, labels and
    quantities such as dates or counts), judged by its parts:

    * a house, building, floor or room number belonging to a part (a road, zone, town, estate, building or
      district) makes an address;
    * without a number, two parts down to a street, town, zone or estate (区 + 路, 镇 + 村) make one when
      they are a whole clause, not a place named inside a sentence;
    * a province-city-district chain or one named zone, town or estate only as the entire value (a cell, the
      field after its label), or next to an address label.
    """

    ENTITY = "POSTAL_ADDRESS"
    LANGUAGES = ("zh",)
    # every detection holds a part's suffix or a known region name (the patterns are too large for Hyperscan)
    CANDIDATE = _CN_CANDIDATE
    PATTERNS = (
        Pattern("cn province address", rf"(?:{_alt(CN_PROVINCES)}){_CN_BODY}{{2,80}}", 0.85),
        Pattern("cn city address", rf"(?:{_alt(CN_CITIES)}){_CN_BODY}{{2,80}}", 0.8),
        Pattern("cn locality address",
                rf"{_CN_START}(?:[0-9A-Za-z][0-9A-Za-z-]{{0,7}})?{_CN_STOP}[{_HAN}]{_CN_BODY}{{2,80}}", 0.8),
    )

    def judge_all(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Iterable[Detection]:
        """Each stretch between quantities (dates, amounts, counts) is judged on its own."""
        value, out, start = m.group(), [], 0
        notes = _CN_NOTE.sub(lambda n: "_" * len(n.group()), value)     # a bracketed note may say 地铁1号线
        for q in [*_QUANTITY.finditer(notes), None]:
            stop = q.start() if q is not None else len(value)
            if stop - start >= 3:
                found = self._judge_stretch(tc, m.start() + start, value[start:stop])
                if found is not None:
                    out.append(found)
            start = q.end() if q is not None else stop
        return out

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """The first detection of :meth:`judge_all`."""
        return next(iter(self.judge_all(m, pattern, tc)), None)

    def _judge_stretch(self, tc: TextContext, offset: int, seg: str) -> Detection | None:
        masked = _CN_NUMBER.sub(lambda n: _CN_MASK * len(n.group()), seg)
        region = _CN_REGION_START.search(seg, 2)
        if region is not None and not _cn_parts(masked[:region.start()]):
            seg, masked, offset = seg[region.start():], masked[region.start():], offset + region.start()
        parts = _cn_parts(masked) or list(_CN_UNIT_CHAIN.finditer(seg))[:1]
        pol = tc.polarity(self, offset)
        if not parts or pol.sign < 0 or _CN_KANA.match(tc.text[offset - 1:offset]):
            return None
        kinds = [p.lastgroup for p in parts]
        distinct = set(kinds)
        numbers = _cn_numbers(seg, parts)
        numbered = bool(numbers)
        end = max(parts[-1].end(), numbers[-1] if numbers else 0)
        end = _cn_close(seg, _CN_TAIL.match(seg, end).end())
        rest = seg[end:].rstrip()
        regions_only = distinct <= _CN_REGIONS and len(kinds) >= 2
        if len(rest) <= _CN_TRAILING_NAME and not _CN_CLAUSE_BREAK.search(rest) and (
                numbered or distinct & _CN_LOCALITY or len(kinds) >= 3 and not regions_only
                or regions_only and len(rest) <= _CN_PLACE_NAME and not _CN_ORGANISATION.search(rest)):
            end += len(rest)
        if _CN_KANA.match(tc.text, offset + end):            # 国道1号は…: Japanese text, the Japanese recognizer's
            return None
        # without a number, the parts must make up a whole clause: 海淀区中关村 as a value, not 我家在海淀区中关村附近
        whole = not _CN_CLAUSE_GOES_ON.match(tc.text, offset + end) and (
            offset == 0 or not _CN_CLAUSE_GOES_ON.match(tc.text[offset - 1]))
        # the weakest (a region chain, one named place) only as the entire value: a cell, a field after its label
        entire = whole and _cn_value_starts(tc.text, offset) and _CN_VALUE_AFTER.match(tc.text, offset + end)
        if numbered and (whole or distinct != {"building"}):     # 我在图书馆3楼看书: a floor, not an address
            score, facts = 0.85, "address parts and a number"
        elif whole and _cn_whole(kinds):
            score, facts = 0.7, "address parts down to a street, town, zone or estate"
        elif entire and len(parts) == 1 and kinds[0] in _CN_LOCALITY and parts[0].start() >= 2 and end == parts[0].end():
            score, facts = 0.55, "a whole value naming a zone, town or estate"
        elif entire and regions_only:
            score, facts = 0.6, "a whole value of province, city and district"
        elif pol.sign > 0 and distinct - {"building", "estate"}:
            score, facts = 0.6, "region and municipality"
        else:
            return None
        return self.found(offset, offset + end, boost(score, pol, floor=0.95, gain=0.1), join_reason(facts, pol.describe()))


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
