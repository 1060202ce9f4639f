"""Held-out labelled corpus, written independently of ``tests.corpus_templates`` / ``tests.corpus_values``.

    python -m benchmarks.heldout --seed 7 --lines 8 --columns 4     # print a sample

The recognizers were tuned against ``tests.corpus``; this generator exists to measure
how far that tuning generalises. Everything here (value formats, templates, label words,
languages, look-alikes) is written from scratch and shaped after real stores: nginx/apache
access logs, syslog, Java and Python stack traces, Kubernetes JSON logs, Android logcat,
payment-gateway logs, and customer-support mail in English, Japanese and Chinese (polite
formulas, quoted replies, signatures, full-width digits).

Labels come only from what was planted: a piece ``P(entity, value)`` is recorded with its
offsets; everything else (order ids, hashes, versions, trace ids, timestamps, EANs, prices,
ports, OIDs, postal codes alone, ...) is unlabelled. Decisions on borderline values:

* a postal code alone (``160-0023``, ``94043``) is not a POSTAL_ADDRESS; a city or
  prefecture name alone is not one either;
* masked card numbers (``453914******6467``), BINs and last-4 digits are not CREDIT_CARD;
* a user-agent's OS and device model are labelled (they are the device's facts);
* a bare given name under a ``first_name`` column is PERSON.

Lines and columns have the attributes ``benchmarks.scoring`` reads (``spans``, ``entity``,
``values``), so the same scorer serves both corpora.
"""

from __future__ import annotations

import random
import string
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from recognizers._checksums import luhn_check_digit
from tests.corpus import Column, Line, Span, fill_columns, print_sample

R = random.Random


@dataclass(frozen=True)
class P:
    """A labelled piece of a template."""

    entity: str
    value: str


Piece = str | P


def render(pieces: Sequence[Piece], family: str) -> Line:
    """Join pieces into text, recording labelled pieces as spans."""
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    for piece in pieces:
        if isinstance(piece, P):
            spans.append(Span(piece.entity, pos, pos + len(piece.value)))
            text = piece.value
        else:
            text = piece
        out.append(text)
        pos += len(text)
    return Line("".join(out), family, spans)


# --------------------------------------------------------------------------- helpers

_FW = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in string.digits + "-()+"} | {"-": "－"})


def fullwidth(s: str) -> str:
    """Digits, '-', '(', ')' and '+' as full-width forms (as typed with a Japanese IME)."""
    return s.translate(_FW)


def digits(r: R, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def hexs(r: R, n: int, upper: bool = False) -> str:
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ean_digit(body: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - s % 10) % 10)


def pick(r: R, *options):
    return r.choice(options)


# --------------------------------------------------------------------------- PII values

_TACS = ("35209900", "35332510", "35875909", "86071203", "86891404", "35391110", "49015420", "01332700",
         "35290611", "86769503", "35674108", "99001234", "35925406")


def imei(r: R) -> str:
    body = r.choice(_TACS) + digits(r, 6)
    v = body + luhn_check_digit(body)
    return pick(r, v, v, v, f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", f"{v[:8]} {v[8:14]} {v[14]}")


def imei_bare(r: R) -> str:
    body = r.choice(_TACS) + digits(r, 6)
    return body + luhn_check_digit(body)


_IMSI_NET = ("44010", "44020", "44051", "46000", "46001", "46011", "310260", "310410", "23415", "45005", "26201")


def imsi(r: R) -> str:
    net = r.choice(_IMSI_NET)
    return net + digits(r, 15 - len(net))


def mac(r: R) -> str:
    octets = [r.randrange(256) for _ in range(6)]
    octets[0] &= 0xFE
    style = r.randrange(5)
    if style == 0:
        return ":".join(f"{o:02x}" for o in octets)
    if style == 1:
        return ":".join(f"{o:02X}" for o in octets)
    if style == 2:
        return "-".join(f"{o:02X}" for o in octets)
    if style == 3:
        h = "".join(f"{o:02x}" for o in octets)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return ":".join(f"{o:02x}" for o in octets)


def mac_bare(r: R) -> str:
    return hexs(r, 12, upper=r.random() < 0.5)


def android_id(r: R) -> str:
    while True:
        v = hexs(r, 16)
        if any(c.isalpha() for c in v) and any(c.isdigit() for c in v):
            return v


def _sub(r: R, first: str = "23456789") -> str:
    return r.choice(first) + digits(r, 3)


def phone_jp(r: R) -> str:
    kind = r.random()
    if kind < 0.6:
        a, b, c = pick(r, "090", "080", "070"), _sub(r), digits(r, 4)
        fmt = r.randrange(10)
        return (f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}", f"+81 {a[1:]}-{b}-{c}", f"+81-{a[1:]}-{b}-{c}",
                f"+81 (0){a[1:]} {b} {c}", f"+81{a[1:]}{b}{c}", fullwidth(f"{a}-{b}-{c}"), f"{a}({b}){c}",
                fullwidth(f"{a}{b}{c}"))[fmt]
    if kind < 0.9:
        area, rest = r.choice((("03", 8), ("06", 8), ("045", 7), ("052", 7), ("092", 7), ("075", 7), ("022", 7)))
        sub = _sub(r, "345678")[: rest - 4] if rest == 8 else r.choice("2345678") + digits(r, 2)
        tail = digits(r, 4)
        return pick(r, f"{area}-{sub}-{tail}", f"{area}({sub}){tail}", f"+81 {area[1:]} {sub} {tail}",
                    fullwidth(f"{area}-{sub}-{tail}"), f"({area}) {sub}-{tail}")
    return pick(r, f"0120-{r.choice('2345789')}{digits(r, 2)}-{digits(r, 3)}", f"0800-{_sub(r)}-{digits(r, 3)}")


_CN_MOB = ("138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "182", "183", "186", "187", "188",
           "189", "177", "199", "131", "132", "155", "156", "185", "176", "133", "153", "180", "181")


def phone_cn(r: R) -> str:
    if r.random() < 0.72:
        a, b, c = r.choice(_CN_MOB), digits(r, 4), digits(r, 4)
        return pick(r, f"{a}{b}{c}", f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"+86 {a} {b} {c}",
                    f"+86-{a}{b}{c}", f"(+86){a}{b}{c}", f"0086 {a} {b} {c}", fullwidth(f"{a}{b}{c}"), f"+86 {a}{b}{c}")
    area = r.choice(("010", "021", "020", "0755", "0571", "028", "027", "025", "0512"))
    sub = r.choice("2345678") + digits(r, 7)
    return pick(r, f"{area}-{sub}", f"({area}) {sub[:4]} {sub[4:]}", f"{area}-{sub[:4]}-{sub[4:]}",
                f"+86 {area[1:]} {sub[:4]} {sub[4:]}", f"{area} {sub}")


_US_AREA = ("212", "213", "310", "312", "415", "503", "617", "646", "702", "713", "206", "303", "404", "512", "650",
            "718", "917", "305", "408", "972")


def phone_us(r: R) -> str:
    if r.random() < 0.15:
        toll = r.choice(("800", "888", "877", "866"))
        x = f"{r.choice('23456789')}{digits(r, 2)}"
        y = digits(r, 4)
        return pick(r, f"1-{toll}-{x}-{y}", f"({toll}) {x}-{y}", f"+1 {toll} {x} {y}")
    a = r.choice(_US_AREA)
    while True:
        x = f"{r.choice('23456789')}{digits(r, 2)}"
        if x[1:] != "11" and x != "555":
            break
    y = digits(r, 4)
    return pick(r, f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"+1-{a}-{x}-{y}",
                f"1 ({a}) {x}-{y}", f"+1 ({a}) {x}-{y}", f"{a}-{x}-{y}")


def phone_intl(r: R) -> str:
    return pick(r, f"+44 20 7946 {digits(r, 4)}", f"+44 7{r.choice('45789')}{digits(r, 2)} {digits(r, 6)}",
                f"+49 30 {r.choice('2345789')}{digits(r, 7)}", f"+33 1 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
                f"+82 10-{_sub(r)}-{digits(r, 4)}", f"+65 {r.choice('89')}{r.choice('1234')}{digits(r, 2)} {digits(r, 4)}",
                f"+61 2 {r.choice('89')}{digits(r, 3)} {digits(r, 4)}", f"+852 {r.choice('69')}{r.choice('123')}{digits(r, 2)} {digits(r, 4)}",
                f"+886 9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"+44 (0)20 7946 {digits(r, 4)}")


def phone(r: R) -> str:
    return r.choice((phone_jp, phone_jp, phone_cn, phone_cn, phone_us, phone_intl))(r)


def msisdn(r: R) -> str:
    return pick(r, f"8190{_sub(r)}{digits(r, 4)}", f"86{r.choice(_CN_MOB)}{digits(r, 8)}", f"1{r.choice(_US_AREA)}{_sub(r)}{digits(r, 3)}")


# JP addresses: (prefecture, city/ward, town) kanji, plus romanised (town, ward, city, prefecture, zip)
_JP_PLACES = (
    ("東京都", "新宿区", "西新宿", "160-0023", "Nishi-Shinjuku", "Shinjuku-ku", "Tokyo"),
    ("東京都", "渋谷区", "神宮前", "150-0001", "Jingumae", "Shibuya-ku", "Tokyo"),
    ("東京都", "港区", "六本木", "106-0032", "Roppongi", "Minato-ku", "Tokyo"),
    ("東京都", "世田谷区", "三軒茶屋", "154-0024", "Sangenjaya", "Setagaya-ku", "Tokyo"),
    ("東京都", "品川区", "大崎", "141-0032", "Osaki", "Shinagawa-ku", "Tokyo"),
    ("大阪府", "大阪市北区", "梅田", "530-0001", "Umeda", "Kita-ku", "Osaka"),
    ("大阪府", "大阪市中央区", "心斎橋筋", "542-0085", "Shinsaibashisuji", "Chuo-ku", "Osaka"),
    ("神奈川県", "横浜市西区", "みなとみらい", "220-0012", "Minatomirai", "Nishi-ku", "Yokohama"),
    ("神奈川県", "川崎市中原区", "小杉町", "211-0063", "Kosugimachi", "Nakahara-ku", "Kawasaki"),
    ("愛知県", "名古屋市中村区", "名駅", "450-0002", "Meieki", "Nakamura-ku", "Nagoya"),
    ("福岡県", "福岡市博多区", "博多駅前", "812-0011", "Hakataekimae", "Hakata-ku", "Fukuoka"),
    ("北海道", "札幌市中央区", "北五条西", "060-0005", "Kita-Gojo-Nishi", "Chuo-ku", "Sapporo"),
    ("埼玉県", "さいたま市大宮区", "桜木町", "330-0854", "Sakuragicho", "Omiya-ku", "Saitama"),
    ("京都府", "京都市下京区", "東塩小路町", "600-8216", "Higashishiokojicho", "Shimogyo-ku", "Kyoto"),
    ("宮城県", "仙台市青葉区", "中央", "980-0021", "Chuo", "Aoba-ku", "Sendai"),
    ("兵庫県", "神戸市中央区", "三宮町", "650-0021", "Sannomiyacho", "Chuo-ku", "Kobe"),
)
_JP_BUILDINGS = ("ハイツ青葉", "グランドメゾン", "サンライズマンション", "パークタワー", "コーポ緑", "レジデンス桜", "第二田中ビル")


def address_jp(r: R) -> str:
    pref, city, town, zipc, *_ = r.choice(_JP_PLACES)
    block = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
    if r.random() < 0.25:
        a, b, c = block.split("-")
        block = pick(r, f"{a}丁目{b}-{c}", f"{a}丁目{b}番{c}号", f"{a}丁目{b}番地{c}")
    if r.random() < 0.2:
        block = fullwidth(block)
    tail = ""
    if r.random() < 0.4:
        tail = pick(r, " ", "", "　") + r.choice(_JP_BUILDINGS) + pick(r, f"{r.randint(1, 12)}{r.randint(1, 9):02d}号室",
                                                                         f"{r.randint(1, 12)}{r.randint(1, 9):02d}",
                                                                         f"{r.randint(2, 30)}F")
    head = pick(r, f"〒{zipc} {pref}", f"〒{zipc}　{pref}", pref, pref, "", f"{pref}")
    return f"{head}{city}{town}{block}{tail}"


def address_jp_roman(r: R) -> str:
    *_, zipc, town, ward, city = r.choice(_JP_PLACES)
    block = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
    unit = pick(r, "", "", f"Room {r.randint(1, 12)}{r.randint(1, 9):02d}, ", f"Apt {r.randint(101, 1204)}, ")
    country = pick(r, "", "", ", Japan")
    if city == "Tokyo":
        return f"{unit}{block} {town}, {ward}, Tokyo {zipc}{country}"
    return pick(r, f"{unit}{block} {town}, {ward}, {city} {zipc}{country}",
                f"{unit}{block} {town}, {ward}, {city}-shi {zipc}{country}",
                f"{unit}{block} {town} {ward} {city} {zipc}{country}")


_CN_PLACES = (
    ("北京市", "", "朝阳区", ("建国路", "朝阳北路", "望京街", "东三环中路")),
    ("北京市", "", "海淀区", ("中关村大街", "知春路", "学院路")),
    ("上海市", "", "浦东新区", ("世纪大道", "张江路", "陆家嘴环路")),
    ("上海市", "", "徐汇区", ("漕溪北路", "肇嘉浜路", "天钥桥路")),
    ("广东省", "深圳市", "南山区", ("科技南十二路", "深南大道", "粤海街道科苑路")),
    ("广东省", "广州市", "天河区", ("天河路", "珠江新城华夏路", "体育西路")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "教工路", "天目山路")),
    ("浙江省", "杭州市", "余杭区", ("文一西路", "五常大道")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "汉中路")),
    ("江苏省", "苏州市", "工业园区", ("星湖街", "苏州大道东")),
    ("四川省", "成都市", "武侯区", ("天府大道北段", "人民南路四段")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "光谷大道")),
    ("山东省", "青岛市", "市南区", ("香港中路", "东海西路")),
    ("福建省", "厦门市", "思明区", ("鹭江道", "湖滨南路")),
    ("浙江省", "绍兴市", "越城区", ("解放北路", "中兴中路")),
)
_CN_BUILDINGS = ("华星时代广场A座", "国贸大厦", "阳光花园3栋", "万科城二期5号楼", "软件园二期", "金融中心")


def address_cn(r: R) -> str:
    prov, city, dist, roads = r.choice(_CN_PLACES)
    road = r.choice(roads)
    num = f"{r.randint(1, 999)}号"
    tail = ""
    if r.random() < 0.5:
        tail = r.choice(_CN_BUILDINGS) + pick(r, f"{r.randint(1, 30)}{r.randint(1, 20):02d}室", f"{r.randint(1, 30)}楼",
                                              f"{r.randint(1, 9)}单元{r.randint(1, 30)}{r.randint(1, 8):02d}")
    style = r.randrange(4)
    if style == 0:
        head = prov + city + dist
    elif style == 1:
        head = (city or prov) + dist                       # no province
    elif style == 2:
        head = dist                                        # district only, as people write to locals
    else:
        head = prov + " " + city + " " + dist if city else prov + " " + dist
    return f"{head}{road}{num}{tail}"


_US_STREETS = ("Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Sunset", "Park", "Pine",
               "Market", "Mission", "Valencia", "Lincoln", "Jefferson", "Highland", "Franklin", "Madison", "Broad")
_US_SUFFIX = ("St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Way", "Ct", "Pl", "Pkwy")
_US_CITIES = (("San Francisco", "CA", "941"), ("Oakland", "CA", "946"), ("Seattle", "WA", "981"), ("Austin", "TX", "787"),
              ("Chicago", "IL", "606"), ("Brooklyn", "NY", "112"), ("Boston", "MA", "021"), ("Denver", "CO", "802"),
              ("Portland", "OR", "972"), ("Atlanta", "GA", "303"), ("Miami", "FL", "331"), ("Phoenix", "AZ", "850"),
              ("San Jose", "CA", "951"), ("Cambridge", "MA", "021"))


def address_us(r: R) -> str:
    city, st, zp = r.choice(_US_CITIES)
    zipc = zp + digits(r, 2)
    num = str(r.randint(1, 9999))
    street = pick(r, f"{r.choice(_US_STREETS)} {r.choice(_US_SUFFIX)}", f"{r.choice('NSEW')} {r.choice(_US_STREETS)} {r.choice(_US_SUFFIX)}",
                  f"{r.randint(2, 99)}th {r.choice(('St', 'Ave', 'Street', 'Avenue'))}")
    unit = pick(r, "", "", "", f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" Suite {r.randint(100, 2400)}", f", Unit {r.randint(1, 99)}")
    return pick(r, f"{num} {street}{unit}, {city}, {st} {zipc}", f"{num} {street}{unit}, {city} {st} {zipc}",
                f"{num} {street}{unit}, {city}, {st} {zipc}, USA", f"PO Box {r.randint(10, 9999)}, {city}, {st} {zipc}")


_FIRST = ("olivia", "liam", "emma", "noah", "ava", "ethan", "mia", "lucas", "sophia", "mason", "chloe", "logan",
          "priya", "arjun", "fatima", "omar", "siobhan", "connor", "ingrid", "mateo", "valentina", "yusuf")
_LAST = ("smith", "nguyen", "garcia", "kowalski", "obrien", "schneider", "rossi", "dubois", "patel", "kim",
         "hernandez", "johansson", "murphy", "tanaka", "chen", "wong", "okafor", "silva")
_DOMAINS = ("gmail.com", "yahoo.co.jp", "outlook.com", "icloud.com", "qq.com", "163.com", "126.com", "example.co.jp",
            "docomo.ne.jp", "ezweb.ne.jp", "foxmail.com", "hotmail.co.uk", "proton.me", "miaumall.jp", "sina.com.cn",
            "company.com.cn", "fastmail.fm", "mail.ru", "web.de")


def email(r: R) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    local = pick(r, f"{f}.{last}", f"{f}_{last}{r.randint(1, 99)}", f"{f[0]}{last}", f"{f}{r.randint(1980, 2005)}",
                 f"{f}+shop@", f"{digits(r, 9)}", f"{f}.{last}".upper(), f"{last}-{f}")
    if local.endswith("@"):
        return local + r.choice(_DOMAINS)
    if local.isdigit():
        return f"{local}@qq.com"
    return f"{local}@{r.choice(_DOMAINS)}"


def ipv4(r: R) -> str:
    kind = r.random()
    if kind < 0.3:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind < 0.45:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind < 0.55:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice((27, 36, 49, 58, 60, 101, 106, 114, 118, 126, 153, 183, 203, 210, 218, 221))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: R) -> str:
    groups = [f"{r.randrange(65536):x}" for _ in range(8)]
    return pick(r, f"2001:db8:{groups[2]}:{groups[3]}::{groups[7]}", "2400:" + ":".join(groups[1:]),
                f"240e:{groups[1]}:{groups[2]}:{groups[3]}:{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}",
                f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}")


def ip(r: R) -> str:
    return ipv6(r) if r.random() < 0.2 else ipv4(r)


def card_digits(r: R) -> tuple[str, str]:
    brand = r.choice(("visa", "visa", "mc", "mc", "amex", "jcb", "unionpay", "discover"))
    if brand == "visa":
        body = "4" + r.choice(("539", "916", "024", "111", "485")) + digits(r, 11)
    elif brand == "mc":
        body = r.choice(("51", "53", "55", "2221", "2720"))
        body += digits(r, 15 - len(body))
    elif brand == "amex":
        body = r.choice(("34", "37")) + digits(r, 12)
    elif brand == "jcb":
        body = "35" + str(r.randint(28, 89)) + digits(r, 11)
    elif brand == "unionpay":
        body = "62" + r.choice(("2202", "1700", "2848", "5910")) + digits(r, 9 if r.random() < 0.5 else 12)
    else:
        body = "6011" + digits(r, 11)
    return brand, body + luhn_check_digit(body)


def credit_card(r: R) -> str:
    brand, n = card_digits(r)
    if brand == "amex":
        return pick(r, n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}")
    if len(n) == 16:
        return pick(r, n, n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}", f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}")
    return n


def _iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban(r: R) -> str:
    c = r.random()
    if c < 0.35:
        v = _iban("DE", digits(r, 18))
    elif c < 0.6:
        v = _iban("GB", r.choice(("NWBK", "BARC", "HBUK", "LOYD")) + digits(r, 14))
    elif c < 0.8:
        v = _iban("FR", digits(r, 10) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(11)) + digits(r, 2))
    else:
        v = _iban("NL", r.choice(("ABNA", "INGB", "RABO")) + digits(r, 10))
    if r.random() < 0.4:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


EN_GIVEN = ("Olivia", "Liam", "Emma", "Noah", "Charlotte", "Ethan", "Harper", "Lucas", "Amelia", "Mason", "Chloe",
            "Siobhan", "Connor", "Priya", "Arjun", "Fatima", "Omar", "Ingrid", "Mateo", "Valentina", "Megan",
            "Derek", "Tanya", "Marcus", "Keisha", "Wesley", "Brianna", "Trevor", "Naomi", "Rohan")
EN_SUR = ("Thompson", "Nguyen", "Garcia", "Kowalski", "O'Brien", "Schneider", "Rossi", "Dubois", "Patel", "Okafor",
          "Hernandez", "Johansson", "Murphy", "Fitzgerald", "Castellano", "Whitaker", "Lindqvist", "Abernathy",
          "Reyes", "Brennan", "Holloway", "Mbeki", "Park", "Donovan")
JA_SUR = ("佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "中村", "小林", "山口", "松本", "井上", "木村", "清水",
          "斎藤", "池田", "橋本", "前田", "岡田", "長谷川", "近藤", "坂本", "遠藤", "藤井", "西村", "三浦", "鬼塚",
          "東海林", "蓮見", "漆原", "五味")
JA_GIVEN = ("健太", "翔太", "大輔", "拓也", "陽菜", "結衣", "さくら", "美咲", "直樹", "由美子", "恵", "誠", "裕子",
            "隆", "彩花", "颯太", "蓮", "葵", "真由美", "智也")
JA_ROMAN = (("Sato", "Kenta"), ("Suzuki", "Yui"), ("Takahashi", "Shota"), ("Tanaka", "Misaki"), ("Watanabe", "Daisuke"),
            ("Ito", "Haruka"), ("Nakamura", "Takuya"), ("Kobayashi", "Aoi"), ("Yamaguchi", "Naoki"), ("Matsumoto", "Yumiko"))
ZH_SUR = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
          "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭", "曾", "欧阳", "诸葛")
ZH_GIVEN = ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
            "超", "秀兰", "霞", "平", "刚", "志强", "建华", "晓东", "雨桐", "子涵", "浩然", "梓萱", "思远")


def name_en(r: R) -> str:
    return f"{r.choice(EN_GIVEN)} {r.choice(EN_SUR)}"


def name_ja(r: R) -> str:
    return pick(r, f"{r.choice(JA_SUR)}{r.choice(JA_GIVEN)}", f"{r.choice(JA_SUR)} {r.choice(JA_GIVEN)}",
                f"{r.choice(JA_SUR)}　{r.choice(JA_GIVEN)}")


def name_ja_roman(r: R) -> str:
    sur, given = r.choice(JA_ROMAN)
    return pick(r, f"{given} {sur}", f"{sur.upper()} {given}", f"{given} {sur}")


def name_zh(r: R) -> str:
    return r.choice(ZH_SUR) + r.choice(ZH_GIVEN)


def dob(r: R) -> str:
    y, m, d = r.randint(1950, 2006), r.randint(1, 12), r.randint(1, 28)
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
    return pick(r, f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
                f"{y}{m:02d}{d:02d}", f"{y}年{m}月{d}日", f"{months[m - 1]} {d}, {y}", f"{d} {months[m - 1][:3]} {y}",
                f"{y}/{m}/{d}")


def dob_ja(r: R) -> str:
    y, m, d = r.randint(1950, 2006), r.randint(1, 12), r.randint(1, 28)
    era = f"昭和{y - 1925}年" if y < 1989 else f"平成{y - 1988}年".replace("平成1年", "平成元年")
    return pick(r, f"{y}年{m}月{d}日", f"{era}{m}月{d}日", fullwidth(f"{y}") + f"年{m}月{d}日", f"{y}/{m:02d}/{d:02d}")


def age(r: R) -> str:
    return str(r.randint(16, 84))


_MODELS = ("Pixel 7", "Pixel 8 Pro", "Pixel 6a", "SM-S918B", "SM-A546E", "SM-G991U", "Galaxy S23 Ultra", "Galaxy A54",
           "iPhone 15 Pro", "iPhone 13", "iPhone SE", "iPhone14,5", "Redmi Note 12 Pro", "Xiaomi 13", "M2101K6G",
           "OPPO Reno8", "CPH2437", "vivo X90", "HUAWEI P60 Pro", "ALN-AL00", "Honor 90", "OnePlus 11", "Xperia 1 V",
           "SO-51C", "AQUOS sense7", "SH-53C", "moto g84")


def device_model(r: R) -> str:
    return r.choice(_MODELS)


def os_version(r: R) -> str:
    return pick(r, f"Android {r.randint(9, 14)}", f"Android {r.randint(9, 14)}.0", f"iOS {r.randint(15, 17)}.{r.randint(0, 6)}",
                f"iOS {r.randint(15, 17)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"HarmonyOS {r.randint(2, 4)}.0",
                f"iPadOS {r.randint(16, 17)}.{r.randint(0, 4)}", f"MIUI {r.randint(12, 14)}")


def network_type(r: R) -> str:
    return pick(r, "WIFI", "wifi", "Wi-Fi", "4G", "5G", "LTE", "3G", "5G NSA", "cellular", "WLAN", "ETHERNET")


_APPS = ("com.miaumall.android", "com.miaumall.shop", "jp.co.rakuten.ichiba", "com.taobao.taobao", "com.tencent.mm",
         "com.eg.android.AlipayGphone", "jp.naver.line.android", "com.ss.android.ugc.aweme", "com.instagram.android",
         "com.paypay.android", "jp.mercari.app", "com.sankuai.meituan", "com.xunmeng.pinduoduo")


def app_id(r: R) -> str:
    return r.choice(_APPS)


def cookie_value(r: R) -> str:
    return pick(r, f"GA1.2.{r.randint(100000000, 2147483647)}.{r.randint(1600000000, 1720000000)}",
                hexs(r, 32), "".join(r.choice(string.ascii_letters + string.digits) for _ in range(26)),
                f"s%3A{''.join(r.choice(string.ascii_letters + string.digits) for _ in range(24))}.{hexs(r, 12)}",
                f"fb.1.{r.randint(1600000000000, 1720000000000)}.{r.randint(100000000, 999999999)}")


def coords(r: R) -> str:
    lat, lng = r.choice(((35.6, 139.7), (34.7, 135.5), (31.2, 121.5), (39.9, 116.4), (22.5, 114.0), (37.7, -122.4), (40.7, -74.0)))
    la, lo = lat + r.uniform(-0.2, 0.2), lng + r.uniform(-0.2, 0.2)
    return pick(r, f"{la:.6f},{lo:.6f}", f"{la:.5f}, {lo:.5f}", f"{la:.4f} {lo:.4f}")


def handle(r: R) -> str:
    base = r.choice(("miau_chan", "neko.lover88", "kenta_t", "shopaholic_jp", "xiaoyu_2020", "travel.with.mia",
                     "tokyo_foodie", "cat_dad_99", "lin_xiaowei", "sakura_m"))
    return "@" + base


# --------------------------------------------------------------------------- look-alikes (never labelled)

def order_id(r: R) -> str:
    return pick(r, f"MM-{r.randint(2023, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{digits(r, 5)}",
                f"{r.randint(2023, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 8)}", digits(r, 15),
                f"ORD{digits(r, 10)}", digits(r, 11), f"E{digits(r, 9)}")


def sha1(r: R) -> str:
    return hexs(r, 40)


def sha256(r: R) -> str:
    return hexs(r, 64)


def trace_id(r: R) -> str:
    return hexs(r, 32)


def span_id(r: R) -> str:
    return hexs(r, 16)


def uuid(r: R) -> str:
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def version(r: R) -> str:
    return pick(r, f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 20)}", f"v{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 30)}",
                f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 9999)}", f"10.0.{r.randint(17000, 22631)}.{r.randint(100, 3999)}",
                f"{r.randint(100, 125)}.0.{r.randint(1000, 6999)}.{r.randint(10, 250)}")


def build_no(r: R) -> str:
    return pick(r, f"{r.randint(2023, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 9)}", str(r.randint(1000, 99999)),
                f"b{r.randint(100, 9999)}")


def ean13(r: R) -> str:
    body = r.choice(("49", "45", "69", "00", "40", "50")) + digits(r, 10)
    return body + ean_digit(body)


def unix_ts(r: R) -> str:
    s = r.randint(1690000000, 1720000000)
    return pick(r, str(s), str(s * 1000 + r.randint(0, 999)))


def price(r: R) -> str:
    return pick(r, f"¥{r.randint(100, 99999):,}", f"${r.randint(1, 2999)}.{r.randint(0, 99):02d}", f"{r.randint(100, 999999)}",
                f"{r.randint(1, 9999)}.{r.randint(0, 99):02d}", f"{r.randint(100, 99999)}円", f"￥{r.randint(10, 9999)}.00")


def port(r: R) -> str:
    return str(r.choice((80, 443, 8080, 8443, 3306, 5432, 6379, 9092, 27017, r.randint(30000, 65535))))


def oid(r: R) -> str:
    return f"1.3.6.1.{r.randint(2, 4)}.1.{r.randint(100, 60000)}.{r.randint(1, 20)}.{r.randint(1, 9)}"


def pod(r: R) -> str:
    svc = r.choice(("user-api", "order-svc", "payment-gw", "push-worker", "search"))
    return f"{svc}-{hexs(r, 10)}-{''.join(r.choice(string.ascii_lowercase + string.digits) for _ in range(5))}"


def tracking(r: R) -> str:
    return pick(r, f"1Z{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))}", f"SF{digits(r, 13)}",
                f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}", f"YT{digits(r, 16)}", digits(r, 12))


def luhn_ok_number(r: R, n: int) -> str:
    body = r.choice("123456789") + digits(r, n - 2)
    return body + luhn_check_digit(body)


def masked_card(r: R) -> str:
    _, n = card_digits(r)
    return pick(r, f"{n[:6]}******{n[-4:]}", f"**** **** **** {n[-4:]}", f"{n[:4]} **** **** {n[-4:]}", f"XXXX-XXXX-XXXX-{n[-4:]}")


def zip_only(r: R) -> str:
    return pick(r, f"{r.randint(100, 999)}-{digits(r, 4)}", f"〒{r.randint(100, 999)}-{digits(r, 4)}", digits(r, 5), digits(r, 6))


def iso_ts(r: R) -> str:
    return (f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
            f"{r.randint(0, 59):02d}.{digits(r, 3)}{pick(r, 'Z', '+09:00', '+08:00')}")


def clf_ts(r: R) -> str:
    mon = r.choice(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
    return f"{r.randint(1, 28):02d}/{mon}/2024:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {pick(r, '+0900', '+0800', '+0000')}"


def syslog_ts(r: R) -> str:
    mon = r.choice(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
    return f"{mon} {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def logcat_ts(r: R) -> str:
    return f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{digits(r, 3)}"


def ms(r: R) -> str:
    return pick(r, f"{r.randint(1, 4000)}ms", f"{r.uniform(0.001, 9):.3f}s", f"{r.randint(1, 900)}")


def sku(r: R) -> str:
    return pick(r, f"SKU-{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}-{digits(r, 4)}",
                f"{r.choice(string.ascii_uppercase)}{digits(r, 7)}", f"MM{digits(r, 6)}-{r.choice(('BK', 'WH', 'RD'))}")


_UA_DESKTOP = (("Mozilla/5.0 (", "Windows NT 10.0", "; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36"),
               ("Mozilla/5.0 (Macintosh; Intel ", "Mac OS X 10_15_7", ") AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"))


def user_agent(r: R) -> list[Piece]:
    """A user-agent with its OS and device labelled; browser versions are look-alikes."""
    k = r.random()
    chrome = f"{r.randint(110, 124)}.0.{r.randint(5000, 6999)}.{r.randint(10, 230)}"
    if k < 0.4:
        return ["Mozilla/5.0 (Linux; ", P("OS_VERSION", f"Android {r.randint(10, 14)}"), "; ", P("DEVICE_MODEL", r.choice(_MODELS[:11] + _MODELS[12:])),
                f") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome} Mobile Safari/537.36"]
    if k < 0.7:
        v = f"{r.randint(15, 17)}_{r.randint(0, 6)}" + pick(r, "", f"_{r.randint(1, 3)}")
        return ["Mozilla/5.0 (iPhone; CPU ", P("OS_VERSION", f"iPhone OS {v}"),
                f" like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v.split('_')[0]}.{v.split('_')[1]} Mobile/15E148 Safari/604.1"]
    if k < 0.85:
        head, os_, tail = r.choice(_UA_DESKTOP)
        return [head, P("OS_VERSION", os_), tail.replace("{v}", chrome)]
    return [pick(r, "okhttp/4.12.0", "curl/8.4.0", "python-requests/2.31.0", "MiauMall/5.12.3 (build 20240311)", "Go-http-client/2.0")]


# --------------------------------------------------------------------------- text families

def nginx(r: R) -> list[Piece]:
    method, path = r.choice((("GET", "/api/v2/products/{sku}"), ("POST", "/api/v1/cart"), ("GET", "/static/js/app.{h}.js"),
                             ("GET", "/api/v1/orders/{order}"), ("GET", "/account/reset?email={email}"),
                             ("GET", "/api/v1/users/lookup?phone={phone}"), ("POST", "/oauth/token"), ("GET", "/healthz"),
                             ("GET", "/search?q=cat+tower&page={n}"), ("GET", "/track?imei={imei}&v={ver}")))
    req: list[Piece] = []
    if "{email}" in path:
        e = email(r)
        req = [path.split("{")[0], P("EMAIL_ADDRESS", urllib.parse.quote(e, safe="") if r.random() < 0.7 else e)]
    elif "{phone}" in path:
        ph = r.choice((phone_jp, phone_us))(r)
        while not ph.isascii():
            ph = phone_us(r)
        req = [path.split("{")[0], P("PHONE_NUMBER", urllib.parse.quote(ph, safe="") if " " in ph or "+" in ph else ph)]
    elif "{imei}" in path:
        req = [path.split("{")[0], P("IMEI", imei_bare(r)), f"&v={version(r)}"]
    else:
        req = [path.replace("{sku}", sku(r)).replace("{h}", hexs(r, 8)).replace("{order}", order_id(r)).replace("{n}", str(r.randint(1, 9)))]
    return [P("IP_ADDRESS", ip(r)), f" - - [{clf_ts(r)}] \"{method} ", *req,
            f" HTTP/{pick(r, '1.1', '2.0')}\" {pick(r, '200', '200', '301', '404', '499', '502')} {r.randint(0, 90000)} \"",
            pick(r, "-", "https://www.miaumall.jp/", "https://m.miaumall.jp/cart"), "\" \"", *user_agent(r), "\"",
            *pick(r, [""], [f" rt={r.uniform(0, 2):.3f} uct=0.000 urt={r.uniform(0, 2):.3f}"], [" upstream=", P("IP_ADDRESS", ipv4(r)), f":{port(r)}"])]


def apache(r: R) -> list[Piece]:
    ts = f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {r.choice(('Mar', 'Apr', 'May'))} {r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{digits(r, 6)} 2024"
    head = f"[{ts}] [{pick(r, 'php:error', 'proxy:error', 'ssl:warn', 'core:notice')}] [pid {r.randint(1000, 65000)}] [client "
    cli = [P("IP_ADDRESS", ipv4(r)), f":{r.randint(1024, 65535)}] "]
    msg = r.choice((
        [f"PHP Warning:  Undefined index: coupon in /var/www/shop/checkout.php on line {r.randint(10, 900)}"],
        ["PHP Fatal error:  Uncaught PDOException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '",
         P("EMAIL_ADDRESS", email(r)), "' for key 'users.email_unique'"],
        [f"AH01071: Got error 'Primary script unknown', referer: https://www.miaumall.jp/item/{sku(r)}"],
        ["AH00128: File does not exist: /var/www/html/wp-login.php"],
        ["PHP Notice:  signup failed for ", P("PHONE_NUMBER", phone_us(r)), " (", P("PERSON", name_en(r)), f"), retry {r.randint(1, 5)}"],
    ))
    return [head, *cli, *msg]


def syslog(r: R) -> list[Piece]:
    host = r.choice(("edge-gw01", "ap-3f-east", "mail01", "bastion", "k8s-node-7"))
    head = f"{syslog_ts(r)} {host} "
    return [head, *r.choice((
        [f"dhcpd[{r.randint(100, 9999)}]: DHCPACK on ", P("IP_ADDRESS", ipv4(r)), " to ", P("MAC_ADDRESS", mac(r)),
         f" ({pick(r, 'android-' + hexs(r, 16), 'iPhone', 'DESKTOP-' + hexs(r, 7, True))}) via eth1"],
        [f"sshd[{r.randint(100, 99999)}]: Failed password for invalid user {pick(r, 'admin', 'oracle', 'test', 'ubuntu')} from ",
         P("IP_ADDRESS", ipv4(r)), f" port {r.randint(1024, 65535)} ssh2"],
        [f"sshd[{r.randint(100, 99999)}]: Accepted publickey for deploy from ", P("IP_ADDRESS", ip(r)),
         f" port {r.randint(1024, 65535)} ssh2: ED25519 SHA256:{''.join(r.choice(string.ascii_letters + string.digits + '+/') for _ in range(43))}"],
        [f"kernel: [{r.randint(100, 999999)}.{digits(r, 6)}] wlan0: authenticate with ", P("MAC_ADDRESS", mac(r))],
        ["hostapd: wlan0: STA ", P("MAC_ADDRESS", mac(r)), " IEEE 802.11: associated (aid ", str(r.randint(1, 30)), ")"],
        [f"postfix/smtpd[{r.randint(100, 99999)}]: NOQUEUE: reject: RCPT from unknown[", P("IP_ADDRESS", ipv4(r)),
         "]: 550 5.1.1 <", P("EMAIL_ADDRESS", email(r)), ">: Recipient address rejected: User unknown"],
        [f"postfix/qmgr[{r.randint(100, 9999)}]: {hexs(r, 10, True)}: from=<", P("EMAIL_ADDRESS", email(r)),
         f">, size={r.randint(1000, 90000)}, nrcpt=1 (queue active)"],
        [f"systemd[1]: Started Session {r.randint(1, 9999)} of user deploy."],
        [f"CRON[{r.randint(100, 99999)}]: (root) CMD (/usr/local/bin/backup.sh --since {unix_ts(r)})"],
        [f"snmpd[{r.randint(100, 9999)}]: Connection from UDP: [", P("IP_ADDRESS", ipv4(r)), f"]:{r.randint(1024, 65535)}->[", P("IP_ADDRESS", ipv4(r)), f"]:161 oid {oid(r)}"],
        [f"kernel: [UFW BLOCK] IN=eth0 OUT= MAC={':'.join(hexs(r, 2) for _ in range(14))} SRC=", P("IP_ADDRESS", ipv4(r)),
         " DST=", P("IP_ADDRESS", ipv4(r)), f" LEN=60 TTL=52 ID={r.randint(1, 65535)} PROTO=TCP SPT={r.randint(1024, 65535)} DPT={port(r)}"],
    ))]


def java_trace(r: R) -> list[Piece]:
    return r.choice((
        [f"\tat com.miaumall.{pick(r, 'order', 'user', 'payment')}.{pick(r, 'OrderService', 'UserRepository', 'ChargeHandler')}.{pick(r, 'place', 'save', 'charge')}({pick(r, 'OrderService', 'UserRepository', 'ChargeHandler')}.java:{r.randint(20, 900)})"],
        ["java.lang.IllegalStateException: duplicate phone ", P("PHONE_NUMBER", phone(r)), f" for member {r.randint(10000, 999999)}"],
        ["Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"users_email_key\"  Detail: Key (email)=(",
         P("EMAIL_ADDRESS", email(r)), ") already exists."],
        [f"Caused by: java.net.SocketTimeoutException: Read timed out after {ms(r)} connecting to {ipv4(r) if False else 'payment-gw.internal'}:{port(r)}"],
        ["com.miaumall.device.InvalidImeiException: IMEI ", P("IMEI", imei_bare(r)), f" blacklisted (tac check, rule {version(r)})"],
        [f"{iso_ts(r)} ERROR [http-nio-8080-exec-{r.randint(1, 200)}] c.m.u.ProfileController : update failed for user ",
         P("EMAIL_ADDRESS", email(r)), f" traceId={trace_id(r)} spanId={span_id(r)}"],
        [f"{iso_ts(r)}  WARN 1 --- [nio-8080-exec-{r.randint(1, 9)}] o.s.web.servlet.PageNotFound : No mapping for GET /api/v1/items/{ean13(r)}"],
        [f"\t... {r.randint(3, 80)} common frames omitted"],
        ["java.lang.NumberFormatException: For input string: \"", P("PHONE_NUMBER", phone_jp(r) if r.random() < 0.5 else phone_cn(r)), "\""],
        [f"Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space (pid {r.randint(1000, 60000)}, build {build_no(r)})"],
    ))


def python_trace(r: R) -> list[Piece]:
    return r.choice((
        [f"  File \"/srv/app/{pick(r, 'handlers', 'services', 'tasks')}/{pick(r, 'payment', 'user', 'push')}.py\", line {r.randint(10, 800)}, in {pick(r, 'charge', 'notify', 'lookup')}"],
        ["ValueError: invalid card number ", P("CREDIT_CARD", credit_card(r)), f" (attempt {r.randint(1, 3)})"],
        ["KeyError: 'imei'"],
        ["django.db.utils.IntegrityError: duplicate key value violates unique constraint \"accounts_user_phone_key\"\nDETAIL:  Key (phone)=(",
         P("PHONE_NUMBER", phone(r)), ") already exists."],
        [f"requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.partner.example', port={port(r)}): Max retries exceeded"],
        [f"{iso_ts(r)} ERROR celery.worker: Task push.send[{uuid(r)}] raised: DeviceNotRegistered(android_id='", P("ANDROID_ID", android_id(r)), "')"],
        [f"{iso_ts(r)} INFO uvicorn.access: ", P("IP_ADDRESS", ipv4(r)), f":{r.randint(1024, 65535)} - \"GET /v1/orders/{order_id(r)} HTTP/1.1\" 200"],
        ["pydantic_core._pydantic_core.ValidationError: 1 validation error for Signup\nbirth_date\n  Input should be a valid date [type=date_type, input_value='",
         P("DATE_OF_BIRTH", dob(r)), "']"],
    ))


def k8s_json(r: R) -> list[Piece]:
    lvl = pick(r, "info", "warn", "error", "debug")
    head = f'{{"level":"{lvl}","ts":{unix_ts(r)[:10]}.{digits(r, 6)},"caller":"{pick(r, "api/user.go", "svc/device.go", "pay/charge.go")}:{r.randint(10, 400)}",'
    tail = f',"trace_id":"{trace_id(r)}","pod":"{pod(r)}"}}'
    body = r.choice((
        ['"msg":"profile updated","user_id":', str(r.randint(10000, 9999999)), ',"phone":"', P("PHONE_NUMBER", phone(r).replace("（", "(")), '"'],
        ['"msg":"device registered","deviceId":"', P("ANDROID_ID", android_id(r)), '","imei":"', P("IMEI", imei_bare(r)),
         '","model":"', P("DEVICE_MODEL", device_model(r)), '","osVersion":"', P("OS_VERSION", os_version(r)), f'","appVersion":"{version(r)}"'],
        ['"msg":"sim changed","imsi":"', P("IMSI", imsi(r)), f'","iccid_suffix":"{digits(r, 4)}","carrier":"{pick(r, "docomo", "SoftBank", "China Mobile")}"'],
        ['"msg":"login ok","clientIP":"', P("IP_ADDRESS", ip(r)), '","email":"', P("EMAIL_ADDRESS", email(r)), f'","latency_ms":{r.randint(1, 900)}'],
        ['"msg":"checkout","order_no":"', order_id(r), '","amount":', str(r.randint(100, 99999)), ',"currency":"JPY","sku":"', sku(r), '"'],
        ['"msg":"geo","loc":"', P("LOCATION", coords(r)), f'","accuracy_m":{r.randint(3, 80)}'],
        ['"msg":"net change","networkType":"', P("NETWORK_TYPE", network_type(r)), '","pkg":"', P("APP_ID", app_id(r)), '"'],
        ['"msg":"kyc","name":"', P("PERSON", name_en(r)), '","birthDate":"', P("DATE_OF_BIRTH", dob(r)), '","gender":"',
         P("GENDER", pick(r, "female", "male", "F", "M")), '"'],
        ['"msg":"payout","iban":"', P("IBAN_CODE", iban(r)), f'","amount":"{price(r)}","ref":"{order_id(r)}"'],
        [f'"msg":"healthcheck ok","version":"{version(r)}","build":"{build_no(r)}","uptime_s":{r.randint(1, 999999)}'],
        [f'"msg":"cache miss","key":"sess:{hexs(r, 32)}","sha":"{sha1(r)}"'],
        ['"msg":"wifi scan","bssid":"', P("MAC_ADDRESS", mac(r)), f'","rssi":-{r.randint(30, 90)},"channel":{r.randint(1, 165)}'],
        ['"msg":"cookie sync","_ga":"', P("COOKIE_ID", cookie_value(r)), f'","partner":"{pick(r, "criteo", "yahoo", "line")}"'],
    ))
    return [head, *body, tail]


def logcat(r: R) -> list[Piece]:
    head = f"{logcat_ts(r)}  {r.randint(1000, 30000)}  {r.randint(1000, 30000)} {pick(r, 'I', 'D', 'W', 'E')} "
    return [head, *r.choice((
        ["AndroidRuntime: Process: ", P("APP_ID", app_id(r)), f", PID: {r.randint(1000, 30000)}"],
        ["MiauPush: register ok android_id=", P("ANDROID_ID", android_id(r)), f" token={hexs(r, 40)}"],
        ["TelephonyManager: getDeviceId() = ", P("IMEI", imei_bare(r))],
        ["PhoneInterfaceManager: getSubscriberId: ", P("IMSI", imsi(r))],
        ["ConnectivityService: NetworkAgentInfo [", P("NETWORK_TYPE", pick(r, "WIFI", "MOBILE", "LTE")), f" () - {r.randint(100, 999)}] validation passed"],
        ["WifiStateMachine: Connected to BSSID ", P("MAC_ADDRESS", mac(r)), f" freq={r.choice((2412, 2437, 5180, 5745))}"],
        [f"ActivityManager: Start proc {r.randint(1000, 30000)}:", P("APP_ID", app_id(r)), f"/u0a{r.randint(10, 400)} for activity"],
        [f"chromium: [INFO:CONSOLE({r.randint(1, 900)})] \"render {ms(r)}\", source: https://m.miaumall.jp/app.{hexs(r, 8)}.js ({r.randint(1, 900)})"],
        ["MiauLocation: fix lat=", P("LOCATION", f"{r.uniform(30, 40):.6f}"), " lng=", P("LOCATION", f"{r.uniform(110, 140):.6f}"), f" acc={r.uniform(3, 50):.1f}"],
        [f"art: Background concurrent copying GC freed {r.randint(1000, 90000)}({r.randint(1, 90)}MB) AllocSpace objects, {r.randint(0, 9)}% free"],
        ["Build: fingerprint=", f"google/panther/panther:{r.randint(12, 14)}/TQ3A.{r.randint(230000, 239999)}.{digits(r, 3)}/{r.randint(9000000, 9999999)}:user/release-keys"],
    ))]


def payment(r: R) -> list[Piece]:
    head = f"{iso_ts(r)} {pick(r, 'INFO', 'WARN', 'ERROR')} [gw-{pick(r, 'charge', 'refund', 'auth')}] txn=ch_{''.join(r.choice(string.ascii_letters + string.digits) for _ in range(24))} "
    return [head, *r.choice((
        [f"amount={r.randint(100, 99999)} currency=JPY card=", P("CREDIT_CARD", credit_card(r).replace(" ", "")), f" exp={r.randint(1, 12):02d}/{r.randint(25, 30)} result=approved auth={hexs(r, 6, True)}"],
        [f"amount={r.randint(100, 99999)} currency=JPY pan={masked_card(r).replace(' ', '')} bin={card_digits(r)[1][:6]} last4={digits(r, 4)} result=declined code=05"],
        [f"order_ref={order_id(r)} mcc={r.choice(('5411', '5999', '5732'))} acquirer=SMBC terminal={digits(r, 8)} stan={digits(r, 6)} rrn={digits(r, 12)}"],
        ["cardholder=\"", P("PERSON", pick(r, name_en(r).upper(), name_ja_roman(r).upper(), name_en(r))), f"\" 3ds=frictionless eci=05 amount={price(r)}"],
        ["refund to iban=", P("IBAN_CODE", iban(r).replace(" ", "")), f" amount={price(r)} ref={order_id(r)}"],
        ["billing_email=", P("EMAIL_ADDRESS", email(r)), " billing_phone=", P("PHONE_NUMBER", phone(r).replace(" ", "")), f" risk_score={r.randint(0, 99)}"],
        [f"webhook delivered id=evt_{hexs(r, 24)} attempts={r.randint(1, 5)} latency={ms(r)} signature=v1,{sha256(r)}"],
        ["device_fingerprint ip=", P("IP_ADDRESS", ip(r)), f" ua_hash={sha1(r)[:16]} velocity_24h={r.randint(0, 9)}"],
        [f"settlement batch={r.randint(2024001, 2024365)} count={r.randint(1, 5000)} total={price(r)} jan={ean13(r)}"],
    ))]


def noise(r: R) -> list[Piece]:
    """Lines with only look-alikes."""
    return [r.choice((
        f"{iso_ts(r)} INFO  order {order_id(r)} shipped via {pick(r, 'Yamato', 'SF Express', 'UPS')} tracking {tracking(r)} total {price(r)}",
        f"{iso_ts(r)} INFO  traceparent=00-{trace_id(r)}-{span_id(r)}-01 route=/api/v1/items/{sku(r)}",
        f"{iso_ts(r)} DEBUG redis GET product:{ean13(r)} hit ttl={r.randint(1, 3600)}",
        f"{iso_ts(r)} INFO  deployed {pick(r, 'miaumall-api', 'web')} {version(r)} (commit {sha1(r)[:12]}, build {build_no(r)}) to {pod(r)}",
        f"{iso_ts(r)} WARN  slow query {ms(r)}: SELECT * FROM orders WHERE id = {digits(r, 12)} LIMIT {r.randint(1, 100)}",
        f"{iso_ts(r)} INFO  Listening on 0.0.0.0:{port(r)} (pid {r.randint(100, 60000)}, workers {r.randint(1, 16)})",
        f"{iso_ts(r)} INFO  inventory sync: jan={ean13(r)} stock={r.randint(0, 500)} price={price(r)}",
        f"{iso_ts(r)} INFO  uploaded s3://miau-backups/{unix_ts(r)}/{sha256(r)}.tar.gz ({r.randint(1, 900)} MB)",
        f"{iso_ts(r)} INFO  request_id={uuid(r)} status={pick(r, 200, 201, 204, 400, 404, 500)} dur={ms(r)}",
        f"{iso_ts(r)} INFO  snmp get {oid(r)} = Counter32: {r.randint(0, 4294967295)}",
        f"{iso_ts(r)} INFO  invoice {luhn_ok_number(r, 16)} paid {price(r)} (seq {r.randint(1, 99999)})",
        f"{iso_ts(r)} INFO  coupon {''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(10))} applied to order {order_id(r)}, discount {price(r)}",
        f"{iso_ts(r)} DEBUG warehouse zip={zip_only(r)} zone={r.randint(1, 9)} cutoff=15:00",
        f"{iso_ts(r)} INFO  batch {luhn_ok_number(r, 15)} processed {r.randint(1, 9999)} rows in {ms(r)}",
        f"{iso_ts(r)} INFO  client Chrome/{version(r)} build {version(r)} cache={r.randint(1, 99)}%",
        f"{iso_ts(r)} INFO  mysql ping ok, version 8.0.{r.randint(20, 36)}, threads {r.randint(1, 300)}, uptime {r.randint(1, 9999999)}",
        f"{iso_ts(r)} INFO  card token tok_{hexs(r, 24)} created for customer cus_{hexs(r, 14)}",
        f"[{r.randint(0, 99999)}.{digits(r, 6)}] usb 1-{r.randint(1, 4)}: new high-speed USB device number {r.randint(1, 30)} using xhci_hcd",
        f"{iso_ts(r)} INFO  月次レポート生成完了 件数={r.randint(1, 99999)} 合計金額={price(r)} 処理時間={ms(r)}",
        f"{iso_ts(r)} INFO  订单{order_id(r)}已发货，运单号{tracking(r)}，金额{price(r)}",
    ))]


# ---- mail

def _quote(lines: list[list[Piece]]) -> list[Piece]:
    out: list[Piece] = []
    for ln in lines:
        out.extend(["> ", *ln, "\n"])
    return out


def mail_en(r: R) -> list[Piece]:
    agent = r.choice(EN_GIVEN)
    cust = name_en(r)
    first = cust.split()[0]
    body: list[Piece] = r.choice((
        ["Hi ", P("PERSON", first), ",\n\nThanks for reaching out. I've updated the delivery address on order ", order_id(r),
         " to:\n\n", P("POSTAL_ADDRESS", address_us(r)), "\n\nIf anything looks off, just reply to this email or call us at ",
         *pick(r, [P("PHONE_NUMBER", "1-800-642-7676")], ["the number on our site"]), ".\n"],
        ["Hello,\n\nMy name is ", P("PERSON", cust), " and I can't log in since I changed phones. The new number is ",
         P("PHONE_NUMBER", r.choice((phone_us, phone_intl))(r)), " and my account email is ", P("EMAIL_ADDRESS", email(r)),
         ". The app shows error code ", str(r.randint(1000, 9999)), f" (version {version(r)}).\n"],
        ["Dear Support,\n\nI was charged twice for order ", order_id(r), " (", price(r), "). The card was my Visa ending ",
         digits(r, 4), ". Please refund one of them.\n"],
        ["Hi team,\n\nPlease ship the replacement to ", P("POSTAL_ADDRESS", address_jp_roman(r)),
         ". I'm staying there until the end of the month. My phone in Japan is ", P("PHONE_NUMBER", phone_jp(r).replace("（", "(")), ".\n"],
        ["Hello ", P("PERSON", first), ",\n\nWe noticed a sign-in from a new device (", P("DEVICE_MODEL", device_model(r)), ", ",
         P("OS_VERSION", os_version(r)), ") at IP ", P("IP_ADDRESS", ipv4(r)), ". If this wasn't you, reset your password.\n"],
        ["Hi,\n\nFor the warranty claim: IMEI ", P("IMEI", imei(r)), ", purchased ", f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
         ", invoice ", order_id(r), ". Photos attached.\n"],
        ["Hello,\n\nI'd like to update my payout account to IBAN ", P("IBAN_CODE", iban(r)), ". Account holder: ",
         P("PERSON", cust), ".\n"],
        ["Hey there,\n\nYou can find me on Instagram as ", P("SOCIAL_MEDIA_HANDLE", handle(r)),
         " - I posted the unboxing video there. Order ", order_id(r), ".\n"],
        ["Hi,\n\nI am ", P("AGE", str(r.randint(18, 70))), " years old and my date of birth is ", P("DATE_OF_BIRTH", dob(r)),
         ", the age verification keeps failing.\n"],
    ))
    sig = r.choice((
        ["\nBest regards,\n", P("PERSON", cust), "\n"],
        ["\nThanks,\n", P("PERSON", cust), "\n", P("PHONE_NUMBER", phone_us(r)), "\n"],
        ["\nCheers,\n", P("PERSON", first), "\n\nSent from my iPhone\n"],
        ["\nKind regards,\n", P("PERSON", agent), f"\nMiauMall Customer Care | Ticket #{r.randint(100000, 999999)}\n"],
    ))
    quoted: list[Piece] = []
    if r.random() < 0.4:
        quoted = [f"\nOn {r.choice(('Mon', 'Tue', 'Wed'))}, Mar {r.randint(1, 28)}, 2024 at {r.randint(1, 12)}:{r.randint(10, 59)} PM ",
                  P("PERSON", cust), " <", P("EMAIL_ADDRESS", email(r)), "> wrote:\n",
                  *_quote([["Hello, where is my order ", order_id(r), "?"], ["Thanks"]])]
    return [*body, *sig, *quoted]


def mail_ja(r: R) -> list[Piece]:
    sur = r.choice(JA_SUR)
    full = sur + r.choice(JA_GIVEN)
    body: list[Piece] = r.choice((
        [P("PERSON", full), "様\n\nいつもミャウモールをご利用いただき、誠にありがとうございます。\nカスタマーサポートの",
         P("PERSON", r.choice(JA_SUR)), "でございます。\n\nご注文番号 ", order_id(r), " の配送先を下記の通り変更いたしました。\n\n",
         P("POSTAL_ADDRESS", address_jp(r)), "\n\nご不明な点がございましたら、お気軽にお問い合わせください。\n"],
        ["お世話になっております。\n先日注文した商品がまだ届きません。\n注文番号：", order_id(r), "\n氏名：", P("PERSON", name_ja(r)),
         "\n電話：", P("PHONE_NUMBER", phone_jp(r)), "\n住所：", P("POSTAL_ADDRESS", address_jp(r)), "\nよろしくお願いします。\n"],
        ["ミャウモール サポート御中\n\n", P("PERSON", full), "と申します。機種変更したらログインできなくなりました。\n新しい端末は",
         P("DEVICE_MODEL", device_model(r)), "（", P("OS_VERSION", os_version(r)), "）です。\n連絡先は",
         P("PHONE_NUMBER", phone_jp(r)), "、メールは", P("EMAIL_ADDRESS", email(r)), "です。\n"],
        [P("PERSON", sur), "さん\n\nお問い合わせの件、返金処理が完了しました（", price(r), "）。\n反映まで数日かかる場合がございます。\n"],
        ["担当者様\n\n修理の件で連絡しました。IMEIは", P("IMEI", imei(r)), "です。\n購入日は2024年", str(r.randint(1, 12)),
         "月", str(r.randint(1, 28)), "日、保証書番号は", digits(r, 10), "です。\n"],
        ["会員情報の変更をお願いします。\n生年月日：", P("DATE_OF_BIRTH", dob_ja(r)), "\n年齢：", P("AGE", f"{r.randint(18, 80)}歳"),
         "\n性別：", P("GENDER", pick(r, "女性", "男性", "女", "男")), "\n"],
    ))
    sig = r.choice((
        ["\n――――――――――――――\nミャウモール カスタマーサポート\n", P("PERSON", name_ja(r)), "\nTEL: ", P("PHONE_NUMBER", f"0120-{r.randint(200, 999)}-{digits(r, 3)}"), "（平日10時～18時）\n"],
        ["\n", P("PERSON", full), "\n"],
        ["\n以上、よろしくお願いいたします。\n"],
    ))
    quoted: list[Piece] = []
    if r.random() < 0.35:
        quoted = [f"\n2024年{r.randint(1, 12)}月{r.randint(1, 28)}日(月) {r.randint(9, 22)}:{r.randint(10, 59)} ", P("PERSON", full), " <",
                  P("EMAIL_ADDRESS", email(r)), ">:\n", *_quote([["注文した商品の件で問い合わせです。"], ["よろしくお願いします。"]])]
    return [*body, *sig, *quoted]


def mail_zh(r: R) -> list[Piece]:
    nm = name_zh(r)
    body: list[Piece] = r.choice((
        ["您好，\n\n我是", P("PERSON", nm), "，订单号", order_id(r), "一直没有发货，麻烦帮忙查一下。我的手机号是",
         P("PHONE_NUMBER", phone_cn(r)), "。\n谢谢！\n"],
        ["客服你好：\n用户", P("PERSON", nm), "的手机号已更换为", P("PHONE_NUMBER", phone_cn(r)), "，请同步更新。\n"],
        ["您好，请把货寄到", P("POSTAL_ADDRESS", address_cn(r)), "，收件人", P("PERSON", name_zh(r)), "，电话",
         P("PHONE_NUMBER", phone_cn(r)), "。\n"],
        ["亲，您好！\n\n客户", P("PERSON", nm), "反映收到的商品有破损（订单", order_id(r), "），已安排补发，预计",
         str(r.randint(2, 5)), "天内送达。\n"],
        ["收件人：", P("PERSON", nm), "\n联系电话：", P("PHONE_NUMBER", phone_cn(r)), "\n收货地址：", P("POSTAL_ADDRESS", address_cn(r)), "\n"],
        ["您好，\n\n我的微信号是", P("SOCIAL_MEDIA_HANDLE", pick(r, "wxid_" + hexs(r, 12), "lin_xiaowei88", "miaomiao_2021")),
         "，方便的话加一下，发票抬头和邮箱", P("EMAIL_ADDRESS", email(r)), "我发给您。\n"],
        ["你好，设备信息如下：\nIMEI：", P("IMEI", imei_bare(r)), "\n型号：", P("DEVICE_MODEL", device_model(r)),
         "\n系统版本：", P("OS_VERSION", os_version(r)), "\n网络：", P("NETWORK_TYPE", pick(r, "4G", "5G", "WiFi")), "\n"],
        ["您好，联系人", P("PERSON", nm), "，出生日期", P("DATE_OF_BIRTH", dob(r)), "，性别", P("GENDER", pick(r, "男", "女")),
         "，年龄", P("AGE", f"{r.randint(18, 80)}岁"), "。\n"],
    ))
    sig = r.choice((
        ["\n祝好\n", P("PERSON", nm), "\n"],
        ["\n——\n", P("PERSON", name_zh(r)), "\n喵喵商城客服部\n"],
        [f"\n此邮件由系统自动发送，请勿直接回复。工单号：{r.randint(10000000, 99999999)}\n"],
    ))
    return [*body, *sig]


FAMILIES: dict[str, tuple[Callable[[R], list[Piece]], int]] = {
    "nginx": (nginx, 4), "apache": (apache, 2), "syslog": (syslog, 3), "java": (java_trace, 2), "python": (python_trace, 2),
    "k8s": (k8s_json, 4), "logcat": (logcat, 3), "payment": (payment, 3), "mail_en": (mail_en, 3), "mail_ja": (mail_ja, 3),
    "mail_zh": (mail_zh, 3), "noise": (noise, 4),
}


def lines(seed: int = 0, n: int = 1200) -> list[Line]:
    """``n`` labelled texts (log lines and whole mail parts)."""
    r = random.Random(f"heldout-lines-{seed}")
    names = list(FAMILIES)
    weights = [FAMILIES[f][1] for f in names]
    out = []
    for _ in range(n):
        fam = r.choices(names, weights=weights)[0]
        out.append(render(FAMILIES[fam][0](r), fam))
    return out


# --------------------------------------------------------------------------- columns

def _first_name(r: R) -> str:
    return pick(r, r.choice(EN_GIVEN), r.choice(JA_GIVEN), r.choice(("Kenta", "Yui", "Wei", "Fang", "Haruka")))


def _person_any(r: R) -> str:
    return r.choice((name_en, name_ja, name_zh, name_ja_roman))(r)


def _address_any(r: R) -> str:
    return r.choice((address_jp, address_cn, address_us, address_jp_roman))(r)


def _gender(r: R) -> str:
    return pick(r, "M", "F", "male", "female", "Male", "Female")


def _gender_cjk(r: R) -> str:
    return pick(r, "男", "女", "男性", "女性")


def _os_bare(r: R) -> str:
    return pick(r, str(r.randint(10, 14)), f"{r.randint(15, 17)}.{r.randint(0, 6)}", f"{r.randint(15, 17)}.{r.randint(0, 6)}.{r.randint(1, 3)}")


def _lat(r: R) -> str:
    return f"{r.uniform(22, 45):.6f}"


def _lng(r: R) -> str:
    return f"{r.uniform(100, 145):.6f}"


def _wechat(r: R) -> str:
    return pick(r, "wxid_" + hexs(r, 14), "".join(r.choice(string.ascii_lowercase) for _ in range(6)) + digits(r, 3))


def _bool(r: R) -> str:
    return pick(r, "0", "1", "true", "false", "Y", "N")


def _country(r: R) -> str:
    return pick(r, "JP", "CN", "US", "+81", "+86", "+1", "jp", "cn")


def _status(r: R) -> str:
    return pick(r, "PAID", "SHIPPED", "CANCELLED", "PENDING", "REFUNDED", "active", "inactive")


def _level(r: R) -> str:
    return pick(r, "INFO", "WARN", "ERROR", "DEBUG", "TRACE")


def _city(r: R) -> str:
    return pick(r, "Tokyo", "Osaka", "Shanghai", "Shenzhen", "Seattle", "東京都", "大阪市", "杭州市", "北京")


def _company(r: R) -> str:
    return pick(r, "株式会社ミャウモール", "Acme Corp", "深圳市喵喵科技有限公司", "Globex LLC", "合同会社ネコ商事")


def _product(r: R) -> str:
    return pick(r, "Cat Tower Deluxe", "Pixel 8 ケース", "猫砂 10L", "Scratching Post XL", "Kenta Premium Food", "Grace Bowl Set")


def _int_small(r: R) -> str:
    return str(r.randint(0, 120))


def _currency(r: R) -> str:
    return pick(r, "JPY", "CNY", "USD", "EUR")


def _mcc(r: R) -> str:
    return r.choice(("5411", "5999", "5732", "5812", "4121"))


def _isbn(r: R) -> str:
    body = "978" + r.choice("014") + digits(r, 8)
    return body + ean_digit(body)


# (names, generator, entity or None, tables)
COLUMNS: tuple[tuple[tuple[str, ...], Callable[[R], str], str | None], ...] = (
    (("imei", "imei_no", "dev_imei", "handsetImei", "IMEI番号", "串号", "imei_1"), imei_bare, "IMEI"),
    (("imsi", "sim_imsi", "subscriber_imsi", "imsi_no", "simImsi"), imsi, "IMSI"),
    (("mac", "mac_addr", "wlan_mac", "bt_mac", "macAddress", "MACアドレス"), mac, "MAC_ADDRESS"),
    (("wifi_mac_raw", "mac_hex", "hw_addr"), mac_bare, "MAC_ADDRESS"),
    (("android_id", "ssaid", "dev_id", "androidId", "device_id"), android_id, "ANDROID_ID"),
    (("tel", "mob", "mobile_no", "phone", "contact_tel", "電話番号", "携帯番号", "手机号码", "联系电话", "phoneNumber"), phone, "PHONE_NUMBER"),
    (("msisdn", "msisdn_e164"), msisdn, "PHONE_NUMBER"),
    (("addr", "address1", "ship_addr", "住所", "收货地址", "deliveryAddress", "billing_address", "home_addr"), _address_any, "POSTAL_ADDRESS"),
    (("email", "mail_addr", "login_email", "メール", "电子邮箱", "contact_email", "userEmail"), email, "EMAIL_ADDRESS"),
    (("ip_addr", "client_ip", "last_login_ip", "remote_ip", "src_ip", "登录IP"), ip, "IP_ADDRESS"),
    (("cc_num", "pan", "card_no", "card_number", "カード番号", "银行卡号"), credit_card, "CREDIT_CARD"),
    (("iban", "bank_iban", "payout_iban"), iban, "IBAN_CODE"),
    (("name", "full_name", "customer_name", "氏名", "お名前", "姓名", "联系人", "recipient", "contact_person"), _person_any, "PERSON"),
    (("first_name", "given_name", "firstName"), _first_name, "PERSON"),
    (("dob", "bday", "birth_date", "birthday", "生年月日", "出生日期", "date_of_birth"), dob, "DATE_OF_BIRTH"),
    (("age", "user_age", "年齢", "年龄", "ageYears"), age, "AGE"),
    (("gender", "sex", "genderCode"), _gender, "GENDER"),
    (("性別", "性别"), _gender_cjk, "GENDER"),
    (("device_model", "model", "handset_model", "機種名", "手机型号", "dev_model"), device_model, "DEVICE_MODEL"),
    (("os_version", "os_ver", "osVersion", "系统版本"), os_version, "OS_VERSION"),
    (("os_version", "osVersion", "os_ver"), _os_bare, "OS_VERSION"),
    (("network_type", "net_type", "conn_type", "networkType", "网络类型"), network_type, "NETWORK_TYPE"),
    (("app_id", "package_name", "bundle_id", "pkg", "アプリID", "包名"), app_id, "APP_ID"),
    (("cookie_id", "session_id", "ga_client_id", "visitor_cookie", "sid"), cookie_value, "COOKIE_ID"),
    (("latlng", "geo", "location", "coordinates", "位置情報", "经纬度"), coords, "LOCATION"),
    (("lat", "latitude", "gps_lat"), _lat, "LOCATION"),
    (("lng", "longitude", "gps_lon"), _lng, "LOCATION"),
    (("twitter", "twitter_handle", "ig_account", "instagram"), handle, "SOCIAL_MEDIA_HANDLE"),
    (("wechat_id", "微信号", "wx_id"), _wechat, "SOCIAL_MEDIA_HANDLE"),
    # non-descriptive names: the values alone must carry the entity
    (("col1", "value", "attr_3", "data", "c_07", "field_b", "memo"), email, "EMAIL_ADDRESS"),
    (("col2", "value", "attr_1", "v", "c_02"), phone, "PHONE_NUMBER"),
    (("col3", "attr_9", "raw"), imei_bare, "IMEI"),
    (("col4", "extra", "payload_x"), credit_card, "CREDIT_CARD"),
    (("col5", "remarks", "note"), _address_any, "POSTAL_ADDRESS"),
    (("col6", "val", "f2"), ip, "IP_ADDRESS"),
    (("col7", "hw", "x1"), mac, "MAC_ADDRESS"),
    (("col8", "acct_ref"), iban, "IBAN_CODE"),
    # look-alike columns
    (("order_id", "order_no", "注文番号", "订单号", "orderNo"), order_id, None),
    (("sku", "item_code", "skuCode"), sku, None),
    (("sha256", "file_hash", "content_digest"), sha256, None),
    (("sha1", "git_sha", "etag"), sha1, None),
    (("trace_id", "traceId", "x_trace"), trace_id, None),
    (("span_id", "parent_span_id", "spanId"), span_id, None),
    (("request_id", "uuid", "idempotency_key"), uuid, None),
    (("app_version", "sdk_ver", "client_version", "firmware"), version, None),
    (("build_no", "build_number", "build"), build_no, None),
    (("jan_code", "ean", "barcode", "JANコード", "条形码"), ean13, None),
    (("isbn",), _isbn, None),
    (("created_ts", "updated_at_epoch", "event_time_ms"), unix_ts, None),
    (("created_at", "updated_at", "logged_at"), iso_ts, None),
    (("amount", "price", "total_jpy", "金額", "金额"), price, None),
    (("currency",), _currency, None),
    (("country_code", "country", "calling_code"), _country, None),
    (("status", "order_status", "state"), _status, None),
    (("log_level", "level", "severity"), _level, None),
    (("zip_code", "postal_code", "zip", "郵便番号", "邮编"), zip_only, None),
    (("http_status", "port", "listen_port"), port, None),
    (("pod_name", "k8s_pod"), pod, None),
    (("tracking_no", "waybill_no", "運送番号"), tracking, None),
    (("invoice_no", "batch_id"), lambda r: luhn_ok_number(r, r.choice((15, 16))), None),
    (("card_masked", "masked_pan", "pan_masked"), masked_card, None),
    (("card_last4", "last4"), lambda r: digits(r, 4), None),
    (("phone_verified", "email_opt_in", "is_mobile"), _bool, None),
    (("device_count", "ip_count", "login_count", "retry"), _int_small, None),
    (("city", "prefecture", "province", "都道府県"), _city, None),
    (("company_name", "merchant_name", "会社名"), _company, None),
    (("product_name", "item_title", "商品名"), _product, None),
    (("mcc", "merchant_category"), _mcc, None),
    (("snmp_oid", "oid"), oid, None),
)
_TABLES = ("users", "t_user", "member_profile", "orders", "order_items", "devices", "device_registry", "payments",
           "payouts", "events", "audit_log", "customers", "shipments", "会員", "用户表")


def columns(seed: int = 0, per_kind: int = 3, rows: int = 40) -> list[Column]:
    """``per_kind`` columns per kind, ``rows`` values each, some left empty."""
    return fill_columns(COLUMNS, _TABLES, random.Random(f"heldout-columns-{seed}"), per_kind, rows, empty=0.1)


if __name__ == "__main__":
    print_sample(__doc__.splitlines()[0], lines, columns)
