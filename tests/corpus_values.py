"""Random but realistic values for every entity and for the look-alikes that must not be flagged.

Each generator takes a ``random.Random`` and returns the surface string. Nothing here
consults the recognizers: labels come only from which generator produced a value.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

Gen = Callable[[random.Random], str]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _hex(rng: random.Random, n: int, upper: bool = False) -> str:
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit (independent of the recognizers' implementation)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_break(number: str) -> str:
    """Change the last digit so the Luhn check fails."""
    return number[:-1] + str((int(number[-1]) + 1 + (int(number[0]) % 8)) % 10)


# ---------------------------------------------------------------- device identifiers
_TACS = ("35209900", "35332811", "35875505", "35391110", "35674108", "86891504", "86769004", "86446903", "01332700",
         "35161508", "35925406", "99001234", "35470210", "86012345", "35328715", "49015420", "01215800", "35846210")


def imei(rng: random.Random) -> str:
    body = rng.choice(_TACS) + _digits(rng, 6)
    full = luhn_complete(body)
    style = rng.random()
    if style < 0.72:
        return full
    if style < 0.86:
        return f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}"
    return f"{full[:2]} {full[2:8]} {full[8:14]} {full[14]}"


def imeisv(rng: random.Random) -> str:
    return rng.choice(_TACS) + _digits(rng, 6) + f"{rng.randint(1, 99):02d}"


_PLMNS = ("44010", "44020", "44050", "44051", "44011", "44000", "46000", "46001", "46011", "46002", "310260", "310410",
          "311480", "23415", "23410", "26201", "26202", "45005", "45006", "46692", "45400", "50501", "52501", "20801")


def imsi(rng: random.Random) -> str:
    plmn = rng.choice(_PLMNS)
    return plmn + _digits(rng, 15 - len(plmn))


def mac(rng: random.Random) -> str:
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] &= 0xFE
    h = "".join(f"{o:02x}" for o in octets)
    style = rng.random()
    if style < 0.5:
        return ":".join(h[i:i + 2] for i in range(0, 12, 2))
    if style < 0.7:
        return ":".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    if style < 0.88:
        return "-".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    return ".".join(h[i:i + 4] for i in range(0, 12, 4))


def mac_bare(rng: random.Random) -> str:
    return _hex(rng, 12, upper=rng.random() < 0.5)


def android_id(rng: random.Random) -> str:
    return _hex(rng, 16)


# ---------------------------------------------------------------- phones
_CN_MOBILE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"]
_US_AREA = ["201", "202", "206", "212", "213", "214", "303", "305", "312", "347", "404", "415", "425", "503", "512", "602", "617", "646", "702", "718", "720", "773", "805", "818", "917", "919"]


def phone_jp(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.55:
        p, a, b = rng.choice(("090", "080", "070")), str(rng.randint(1, 9)) + _digits(rng, 3), _digits(rng, 4)
        return rng.choice((f"{p}-{a}-{b}", f"{p}{a}{b}", f"+81-{p[1:]}-{a}-{b}", f"+81 {p[1:]} {a} {b}", f"({p}) {a}-{b}"))
    if kind < 0.85:
        area = rng.choice(("03", "06", "045", "052", "011", "092", "075", "078"))
        local = _digits(rng, 8 - len(area) + 2)
        local = str(rng.randint(2, 7)) + local[1:]
        mid = len(local) - 4
        return rng.choice((f"{area}-{local[:mid]}-{local[mid:]}", f"{area}({local[:mid]}){local[mid:]}",
                           f"+81-{area[1:]}-{local[:mid]}-{local[mid:]}"))
    return f"0120-{rng.randint(100, 999)}-{_digits(rng, 3)}"


def phone_cn(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.7:
        n = rng.choice(_CN_MOBILE) + _digits(rng, 8)
        return rng.choice((n, n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86 {n}", f"+86-{n[:3]}-{n[3:7]}-{n[7:]}"))
    area = rng.choice(("010", "021", "020", "0755", "0571", "028", "027"))
    local = str(rng.randint(2, 8)) + _digits(rng, 7 if len(area) == 3 else 7)
    return rng.choice((f"{area}-{local}", f"({area}){local}", f"{area}-{local[:4]}-{local[4:]}", f"+86-{area[1:]}-{local}"))


def phone_us(rng: random.Random) -> str:
    a, ex, line = rng.choice(_US_AREA), f"{rng.randint(2, 9)}{_digits(rng, 2)}", _digits(rng, 4)
    if ex[1:] == "11":
        ex = ex[0] + "23"
    return rng.choice((f"({a}) {ex}-{line}", f"{a}-{ex}-{line}", f"+1 {a} {ex} {line}", f"{a}.{ex}.{line}",
                       f"+1 ({a}) {ex}-{line}", f"1-{a}-{ex}-{line}"))


def phone_intl(rng: random.Random) -> str:
    return rng.choice(("+44 20 7946 {0}", "+49 30 901820{1}", "+33 1 42 68 {2}", "+82 10-{3}-{0}", "+65 6{5}{4}")).format(
        _digits(rng, 4), _digits(rng, 2), f"{rng.randint(10, 99)} {rng.randint(10, 99)}", _digits(rng, 4), _digits(rng, 6), rng.randint(1, 7))


def phone(rng: random.Random) -> str:
    return rng.choice((phone_jp, phone_cn, phone_us, phone_us, phone_intl))(rng)


# ---------------------------------------------------------------- people
EN_FIRST = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "Emily", "Daniel", "Sarah", "Olivia", "Liam", "Noah", "Ava", "Sophia", "Ethan", "Aarav", "Chidi", "Siobhan", "Mateo", "Leilani", "Dmitri", "Ingrid", "Rohan", "Ngozi", "Takumi", "Fernanda", "Bjorn", "Anika", "Kwame", "Yusuf", "Maren", "Priya", "Carlos", "Hannah", "Grace", "Oliver", "Lucas", "Amelia", "Isabella", "Henry", "Jack", "Chloe", "Benjamin", "Zoe", "Nathan"]
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Lee", "Clark", "Okafor", "Mehta", "Gallagher", "Lindqvist", "Castellanos", "Nakamura", "Kowalczyk", "Haddad", "Fitzgerald", "Oyelaran", "Brennan", "Vasquez", "Whitaker", "Delacroix", "Abernathy", "Kim", "Nguyen", "Patel", "Schneider", "Rossi", "Hughes", "Bennett", "Foster", "Sullivan"]
JA_LAST = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "松本", "井上", "木村", "清水", "大谷", "二階堂", "羽生", "西園寺", "藤田", "石川", "森"]
JA_FIRST = ["太郎", "花子", "翔太", "陽菜", "健一", "美咲", "大輔", "さくら", "結衣", "蓮", "湊", "一郎", "由美", "直樹", "愛", "悠真", "智子", "拓海"]
JA_KANA = ["ヤマダ タロウ", "スズキ ハナコ", "タナカ ケンイチ", "サトウ ミサキ", "イトウ ダイスケ"]
ZH_LAST = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "郑", "梁", "谢", "欧阳"]
ZH_FIRST = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "子涵", "浩然", "欣怡", "宇轩"]


def person_en(rng: random.Random) -> str:
    first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    return rng.choice((f"{first} {last}", f"{first} {last}", f"{first} {rng.choice(string.ascii_uppercase)}. {last}"))


def person_ja(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return rng.choice(JA_KANA)
    return rng.choice(JA_LAST) + rng.choice(("", " ", "")) + rng.choice(JA_FIRST)


def person_zh(rng: random.Random) -> str:
    return rng.choice(ZH_LAST) + rng.choice(ZH_FIRST)


# ---------------------------------------------------------------- addresses
_JP_PLACES = (("東京都", "渋谷区", "道玄坂"), ("東京都", "新宿区", "西新宿"), ("東京都", "港区", "六本木"), ("大阪府", "大阪市北区", "梅田"),
              ("神奈川県", "横浜市中区", "山下町"), ("愛知県", "名古屋市中村区", "名駅"), ("北海道", "札幌市中央区", "北一条西"),
              ("福岡県", "福岡市博多区", "博多駅前"), ("京都府", "京都市下京区", "烏丸通"), ("埼玉県", "さいたま市大宮区", "桜木町"),
              ("千葉県", "千葉市美浜区", "中瀬"), ("兵庫県", "神戸市中央区", "三宮町"))
_JP_BLDG = ("", "", " 渋谷ビル5F", "マンション102号室", " ハイツ青葉201", " 第2ビル 3階", "-405")


def address_jp(rng: random.Random) -> str:
    pref, city, town = rng.choice(_JP_PLACES)
    block = rng.choice((f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
                        f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
                        f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}"))
    zipc = rng.choice(("", f"〒{rng.randint(100, 999)}-{_digits(rng, 4)} ", f"〒{rng.randint(100, 999)}-{_digits(rng, 4)}"))
    if "市" in city and rng.random() < 0.2:
        pref = ""
    return f"{zipc}{pref}{city}{town}{block}{rng.choice(_JP_BLDG)}"


_CN_PLACES = (("广东省", "深圳市", "南山区", "科技园路"), ("北京市", "", "朝阳区", "建国路"), ("上海市", "", "浦东新区", "世纪大道"),
              ("浙江省", "杭州市", "西湖区", "文三路"), ("江苏省", "南京市", "鼓楼区", "中山北路"), ("四川省", "成都市", "武侯区", "人民南路"),
              ("湖北省", "武汉市", "洪山区", "珞喻路"), ("广东省", "广州市", "天河区", "天河路"), ("山东省", "青岛市", "市南区", "香港中路"))


def address_cn(rng: random.Random) -> str:
    prov, city, dist, road = rng.choice(_CN_PLACES)
    tail = rng.choice(("", f"{rng.randint(1, 30)}栋{rng.randint(1, 30)}0{rng.randint(1, 9)}室", f"{rng.randint(1, 9)}单元{rng.randint(101, 2505)}室", "华润大厦A座"))
    prov = prov if rng.random() < 0.8 or not city else ""
    return f"{prov}{city}{dist}{road}{rng.randint(1, 999)}号{tail}"


_US_STREETS = ("Main St", "Oak Avenue", "Maple Ave", "Elm Street", "Sunset Blvd", "Lakeview Dr", "Park Rd", "Cedar Ln",
               "Washington St", "Highland Ave", "5th Ave", "Market Street", "Pine Ct", "River Rd", "Broadway")
_US_CITIES = (("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Denver", "CO"), ("Seattle", "WA"),
              ("Brooklyn", "NY"), ("San Jose", "CA"), ("Miami", "FL"), ("Boston", "MA"), ("Phoenix", "AZ"))


def address_us(rng: random.Random) -> str:
    street = f"{rng.randint(1, 9999)} {rng.choice(('', '', 'N ', 'W '))}{rng.choice(_US_STREETS)}"
    unit = rng.choice(("", "", ", Apt 4B", " Suite 210", ", Unit 7"))
    city, state = rng.choice(_US_CITIES)
    return rng.choice((f"{street}{unit}, {city}, {state} {rng.randint(10000, 99999)}", f"{street}{unit}, {city}, {state}",
                       f"{street}{unit}, {city} {state} {rng.randint(10000, 99999)}"))


# ---------------------------------------------------------------- network, payment, misc
_DOMAINS = ("gmail.com", "yahoo.co.jp", "qq.com", "163.com", "outlook.com", "miau.co.jp", "icloud.com", "docomo.ne.jp",
            "hotmail.com", "example.org", "mail.ru", "proton.me", "company.co.uk", "126.com")


def email(rng: random.Random) -> str:
    first, last = rng.choice(EN_FIRST).lower(), rng.choice(EN_LAST).lower()
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{last}_{first}",
                        f"{first}+shop", _digits(rng, 9)))
    return f"{local}@{rng.choice(_DOMAINS)}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 203, 114, 8, 45, 98, 133, 153, 220, 61))
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    style = rng.random()
    if style < 0.4:
        return "2001:db8:" + ":".join(groups[2:])
    if style < 0.7:
        return f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}"
    return f"2400:{groups[1]}:{groups[2]}::{groups[7]}"


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.2 else ipv4(rng)


_IINS = (("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("3530", 16),
         ("3566", 16), ("6011", 16), ("62", 16), ("65", 16))


def credit_card(rng: random.Random) -> str:
    iin, n = rng.choice(_IINS)
    num = luhn_complete(iin + _digits(rng, n - len(iin) - 1))
    style = rng.random()
    if n == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}" if style < 0.5 else num
    if style < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.7:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def iban(rng: random.Random) -> str:
    country, bban_len = rng.choice((("DE", 18), ("GB", 18), ("FR", 23), ("NL", 14), ("ES", 20)))
    if country == "GB":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + _digits(rng, 14)
    elif country == "NL":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + _digits(rng, 10)
    else:
        bban = _digits(rng, bban_len)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    code = f"{country}{check:02d}{bban}"
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4)) if rng.random() < 0.5 else code


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def dob(rng: random.Random) -> str:
    y, m, d = rng.randint(1940, 2008), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}",
                       f"{_MONTHS[m - 1][:3]} {d}, {y}", f"{d} {_MONTHS[m - 1]} {y}", f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日"))


def age(rng: random.Random) -> str:
    return str(rng.randint(16, 88))


def gender(rng: random.Random) -> str:
    return rng.choice(("male", "female", "Male", "Female", "M", "F", "男", "女", "男性", "女性"))


def device_model(rng: random.Random) -> str:
    return rng.choice(("iPhone 14 Pro", "iPhone 13", "iPhone 15 Pro Max", "iPhone SE", "SM-G991B", "SM-S918B", "SM-A536E",
                       "Pixel 7", "Pixel 8 Pro", "Redmi Note 12", "Redmi Note 11 Pro", "HUAWEI P40", "HUAWEI Mate 40 Pro",
                       "ELS-AN00", "Galaxy S23 Ultra", "Xperia 10 IV", "SO-52C", "OPPO Reno 10", "vivo X90", "OnePlus 11",
                       "AQUOS sense7", "SH-53C", "Xiaomi 13", "Honor Magic5 Pro", "iPad Air", "CPH2451", "M2101K6G"))


def os_version(rng: random.Random) -> str:
    return rng.choice((f"Android {rng.randint(9, 14)}", f"iOS {rng.randint(14, 17)}.{rng.randint(0, 6)}",
                       f"iOS {rng.randint(15, 17)}.{rng.randint(0, 5)}.{rng.randint(1, 3)}", f"HarmonyOS {rng.randint(2, 4)}.0",
                       f"Android {rng.randint(10, 14)}.0", f"iPadOS {rng.randint(15, 17)}.{rng.randint(0, 4)}",
                       f"MIUI {rng.randint(12, 14)}", f"Windows {rng.choice((10, 11))}"))


def network_type(rng: random.Random) -> str:
    return rng.choice(("wifi", "WiFi", "Wi-Fi", "4G", "5G", "LTE", "3G", "WIFI", "5G NSA", "4g"))


def app_id(rng: random.Random) -> str:
    return rng.choice(("com.miaumall.app", "com.miaumall.android", "jp.co.miau.shop", "com.tencent.mm", "com.taobao.taobao",
                       "jp.naver.line.android", "com.example.wallet", "com.ss.android.ugc.aweme", "net.miau.ios.store",
                       "cn.miaumall.lite", "com.google.android.youtube"))


def cookie_id(rng: random.Random) -> str:
    return rng.choice((f"GA1.2.{rng.randint(10 ** 8, 10 ** 10)}.{rng.randint(1600000000, 1710000000)}",
                       "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.choice((26, 32, 40)))),
                       _hex(rng, 32), f"s%3A{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(24))}"))


def location(rng: random.Random) -> str:
    lat, lon = rng.uniform(22, 45), rng.uniform(100, 145)
    if rng.random() < 0.3:
        lat, lon = rng.uniform(25, 48), -rng.uniform(70, 122)
    dec = rng.choice((4, 5, 6))
    return rng.choice((f"{lat:.{dec}f}, {lon:.{dec}f}", f"{lat:.{dec}f},{lon:.{dec}f}", f"{lat:.{dec}f} {lon:.{dec}f}"))


def social(rng: random.Random) -> str:
    handle = rng.choice(("miau_fan", "tokyo_cat88", "sakura.life", "jdoe_dev", "shopaholic_li", "weibo_xiaoming", "kenji1990"))
    return rng.choice((f"@{handle}", f"@{handle}", f"twitter.com/{handle}", f"https://www.instagram.com/{handle}", f"wxid_{_hex(rng, 14)}"))


# ---------------------------------------------------------------- look-alikes (never labelled)
def order_number(rng: random.Random) -> str:
    n = "20" + _digits(rng, 13)
    from_luhn = luhn_complete(n[:-1])
    return luhn_break(from_luhn)


def luhn16_business(rng: random.Random) -> str:
    return luhn_complete(str(rng.randint(1, 9)) + _digits(rng, 14))


def sha1(rng: random.Random) -> str:
    return _hex(rng, 40)


def sha256(rng: random.Random) -> str:
    return _hex(rng, 64)


def md5(rng: random.Random) -> str:
    return _hex(rng, 32)


def hex16(rng: random.Random) -> str:
    return _hex(rng, 16)


def git_rev(rng: random.Random) -> str:
    return _hex(rng, rng.choice((7, 8, 12, 40)))


def version4(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(0, 300)}"


def ean13(rng: random.Random) -> str:
    body = rng.choice(("49", "45", "69", "00", "50")) + _digits(rng, 10)
    total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def uuid(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def unix_ts(rng: random.Random) -> str:
    s = rng.randint(1600000000, 1760000000)
    return str(s) if rng.random() < 0.5 else f"{s}{rng.randint(0, 999):03d}"


def iso_ts(rng: random.Random) -> str:
    return (f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z")


def plain_date(rng: random.Random) -> str:
    return rng.choice((f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"2023/{rng.randint(1, 12)}/{rng.randint(1, 28)}",
                       f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024"))


def price(rng: random.Random) -> str:
    return rng.choice((f"${rng.randint(1, 999)}.{rng.randint(0, 99):02d}", f"¥{rng.randint(100, 99999):,}",
                       f"{rng.randint(100, 99999):,}円", f"￥{rng.randint(1, 9999)}.00", f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d} USD"))


def status(rng: random.Random) -> str:
    return str(rng.choice((200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 429, 500, 502, 503)))


def port(rng: random.Random) -> str:
    return str(rng.choice((80, 443, 8080, 8443, 3306, 5432, 6379, 9200, 27017)))


def tracking(rng: random.Random) -> str:
    return rng.choice((f"{_digits(rng, 12)}", f"SF{_digits(rng, 13)}", f"1Z{_hex(rng, 16, upper=True)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"))


def java_class(rng: random.Random) -> str:
    return rng.choice(("com.miaumall.order.OrderService", "jp.co.miau.payment.GatewayClient", "org.springframework.web.servlet.DispatcherServlet"))


def hostname(rng: random.Random) -> str:
    return rng.choice(("api.miaumall.com", "cdn-03.miau.co.jp", "db-primary.internal", "shop.example.org"))


def product(rng: random.Random) -> str:
    return rng.choice(("Cat Tower Deluxe", "Salmon Treats 200g", "ねこじゃらし", "猫砂 7L", "Scratching Post XL", "宠物饮水机", "Kitten Starter Kit"))


def city(rng: random.Random) -> str:
    return rng.choice(("Tokyo", "Osaka", "Shenzhen", "Shanghai", "Seattle", "東京", "上海", "Boston"))


def small_int(rng: random.Random) -> str:
    return str(rng.randint(1, 120))


def duration(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1, 9999)}ms", f"{rng.randint(1, 59)}s", f"{rng.random() * 10:.3f}s"))


def oid(rng: random.Random) -> str:
    return f"1.3.6.1.4.1.{rng.randint(100, 60000)}.{rng.randint(1, 20)}.{rng.randint(1, 9)}"
