"""End-to-end accuracy through the contract: a labelled estate, the real CLI, findings.jsonl scored.

A blind generator, written independently of the other benchmark generators (it shares no
templates, word lists or value formats with them), builds in a temporary folder:

* ``shop.db``: a SQLite database of an e-commerce / telecom company, ~28 tables with realistic
  column names (English, Japanese, Chinese, camelCase, abbreviations), many non-personal columns
  (ids, SKUs, amounts, statuses, timestamps, hashes, versions, JSON documents), free-text notes,
  sparse columns and numeric IMEI / MSISDN columns;
* ``logs/``: a rotated application log (one generation gzip-compressed), an nginx access log, a
  JSON-lines event log and an Android logcat dump;
* ``mail/``: an mbox and ``.eml`` files in English, Japanese and Chinese with encoded headers,
  HTML alternatives and a CSV attachment;

plus ``policy.yaml`` and ``piiscan.yaml``. It then runs ``piiscan scan --occurrences`` and scores
at the contract's granularity: sql columns from ``findings.jsonl`` (source, table, column, entity),
log lines (source, path, line, entity) and mail parts (source, path, message_id, part, entity) from
``occurrences.jsonl``.

Labels: a column holds E when most of its non-empty values (or, for a JSON column, most values
of one key path) are E, or when it is free text that contains E at least once; a log line or mail
part holds E when E appears in it.

    python -m benchmarks.estate_eval [--seed 7] [--errors 60] [--keep DIR]

Values are shown only on the terminal (false positives / negatives), never written to a file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import mailbox
import random
import re
import shutil
import sqlite3
import string
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

import phonenumbers

from recognizers._checksums import luhn_check_digit

ROOT = Path(__file__).resolve().parent.parent
POLICY = ROOT / "sample_data" / "miaumall" / "policy.yaml"

# ---------------------------------------------------------------------------------------------
# value generators: each returns (text, entity or None)
# ---------------------------------------------------------------------------------------------

FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas", "Mia",
         "Henry", "Charlotte", "Jack", "Amelia", "Owen", "Harper", "Daniel", "Evelyn", "Grace", "Samuel", "Chloe",
         "Nathan", "Hannah", "Ryan", "Zoe", "Aaron", "Leah", "Marcus", "Priya", "Carlos", "Fatima", "Dmitri", "Aisha",
         "Mateo", "Ingrid", "Kevin", "Rachel", "Brandon", "Megan", "Tyler", "Lauren", "Victor", "Elena", "Oscar"]
LAST = ["Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Anderson", "Thomas", "Moore", "Martin",
        "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Patel", "Okafor", "Kowalski",
        "Novak", "Fernandez", "O'Connor", "McAllister", "Rossi", "Schmidt", "Dubois", "Larsen", "Reyes", "Bennett"]
JA_SUR = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
          ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
          ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"),
          ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("清水", "シミズ"), ("斎藤", "サイトウ"),
          ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("石井", "イシイ"), ("岡田", "オカダ")]
JA_GIVEN = [("太郎", "タロウ"), ("翔太", "ショウタ"), ("大輔", "ダイスケ"), ("健一", "ケンイチ"), ("陽菜", "ヒナ"),
            ("結衣", "ユイ"), ("美咲", "ミサキ"), ("さくら", "サクラ"), ("拓海", "タクミ"), ("悠真", "ユウマ"),
            ("愛子", "アイコ"), ("直樹", "ナオキ"), ("恵", "メグミ"), ("由美", "ユミ"), ("蓮", "レン"), ("葵", "アオイ"),
            ("浩二", "コウジ"), ("真由美", "マユミ"), ("誠", "マコト"), ("彩", "アヤ")]
ZH_SUR = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
          "罗", "高", "梁", "宋", "郑", "谢", "韩"]
ZH_GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
            "超", "秀兰", "霞", "平", "刚", "桂英", "浩然", "梓涵", "子轩", "欣怡", "建国", "晓东", "雨桐"]
US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Denver", "CO", "802"),
             ("Seattle", "WA", "981"), ("Brooklyn", "NY", "112"), ("San Jose", "CA", "951"), ("Columbus", "OH", "432"),
             ("Madison", "WI", "537"), ("Raleigh", "NC", "276"), ("Tampa", "FL", "336"), ("Boston", "MA", "021")]
STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Sunset", "Park", "Main", "Highland",
           "Jefferson", "Franklin", "Lincoln", "Walnut", "Chestnut", "Willow", "Ridge", "Meadow", "Church", "Mill"]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Drive", "Dr", "Lane", "Ct", "Way", "Pl", "Terrace"]
JP_PLACES = [("東京都", "渋谷区", "神南"), ("東京都", "新宿区", "西新宿"), ("大阪府", "大阪市北区", "梅田"),
             ("神奈川県", "横浜市西区", "みなとみらい"), ("愛知県", "名古屋市中区", "栄"), ("福岡県", "福岡市博多区", "博多駅前"),
             ("北海道", "札幌市中央区", "北一条西"), ("京都府", "京都市下京区", "烏丸通"), ("埼玉県", "さいたま市大宮区", "桜木町"),
             ("千葉県", "千葉市美浜区", "中瀬"), ("兵庫県", "神戸市中央区", "三宮町"), ("東京都", "世田谷区", "三軒茶屋")]
JP_ROMAN = [("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023"), ("Jingumae", "Shibuya-ku", "Tokyo", "150-0001"),
            ("Umeda", "Kita-ku", "Osaka", "530-0001"), ("Sakae", "Naka-ku", "Nagoya", "460-0008")]
CN_PLACES = [("广东省", "深圳市", "南山区", "科技园南路"), ("浙江省", "杭州市", "西湖区", "文三路"), ("", "上海市", "浦东新区", "世纪大道"),
             ("", "北京市", "朝阳区", "建国路"), ("江苏省", "南京市", "鼓楼区", "中山北路"), ("四川省", "成都市", "武侯区", "人民南路"),
             ("湖北省", "武汉市", "洪山区", "珞喻路"), ("福建省", "厦门市", "思明区", "湖滨南路")]
BUILDINGS_JP = ["", "", " パークハイツ305", " グランドタワー12F", "ビル3階", " メゾン桜201号室"]
BUILDINGS_CN = ["", "", "3栋1202室", "A座808室", "5号楼2单元601"]
DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "qq.com", "163.com", "outlook.com", "icloud.com", "hotmail.co.uk",
           "ezweb.ne.jp", "126.com", "proton.me", "fastmail.com"]
TACS = ["35391110", "35875208", "86034505", "35332811", "01332700", "35209812", "86769404", "35467112", "35290611",
        "86889203", "35925706", "35438509"]
IMSI_PREFIX = ["44010", "44020", "44051", "46000", "46001", "46011", "310260", "23415", "45005", "44011"]
OUIS = ["3c:22:fb", "f0:18:98", "a4:83:e7", "dc:a6:32", "00:1a:11", "b8:27:eb", "ac:bc:32", "9c:b6:d0", "e4:5f:01"]
MODELS = ["iPhone 15 Pro", "iPhone 13", "iPhone SE", "SM-S918B", "SM-A546E", "Galaxy S23 Ultra", "Pixel 8", "Pixel 7a",
          "Redmi Note 12 Pro", "Xiaomi 13T", "HUAWEI P60 Pro", "OPPO Reno10", "CPH2451", "vivo X90", "Xperia 1 V",
          "XQ-DQ72", "AQUOS sense7", "SH-53C", "moto g53", "OnePlus 11", "SO-51D", "Galaxy Z Fold5", "Zenfone 10",
          "Nothing Phone (2)", "Motorola Edge 40", "Pixel 8 Pro", "Honor Magic5 Pro", "Nokia G42", "iPhone14,5",
          "M2101K6G", "ZTE Axon 40 Ultra", "Fairphone 4"]
UA_MODELS = ["SM-S918B", "SM-A546E", "Pixel 8", "Pixel 7a", "M2101K6G", "CPH2451", "SO-51D", "XQ-DQ72", "SH-53C",
             "moto g53 5G", "2201117TG", "V2250", "NE2213"]
OS_NAMED = ["Android 14", "Android 13", "Android 12", "iOS 17.4.1", "iOS 16.7.5", "iPadOS 17.3", "HarmonyOS 4.0",
            "Android 11", "iOS 17.2", "Windows 11", "macOS 14.3"]
OS_BARE = ["14", "13", "12", "11", "17.4.1", "16.7.5", "17.2", "15.8", "10"]
NETS = ["wifi", "WIFI", "4G", "5G", "LTE", "3G", "cellular", "WiFi", "5G NSA", "NR", "wlan"]
APPS = ["com.miaumall.shop", "com.miaumall.shop.debug", "jp.co.miaumall.app", "com.tencent.mm", "com.instagram.android",
        "com.google.android.gms", "jp.naver.line.android", "com.whatsapp", "com.ss.android.ugc.aweme", "com.sina.weibo",
        "com.miaumall.wallet", "jp.co.rakuten.pay", "com.eg.android.AlipayGphone"]
HANDLE_WORDS = ["neko", "miau", "sakura", "tokyo", "panda", "kitty", "ramen", "matcha", "pixel", "luna", "sora",
                "momo", "coffee", "otaku", "maple", "dragon", "lucky", "happy", "chill", "retro"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _valid(num: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(num, region))
    except phonenumbers.NumberParseException:
        return False


def en_name(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}", "PERSON"


def en_first(rng):
    return rng.choice(FIRST), "PERSON"


def en_last(rng):
    return rng.choice(LAST), "PERSON"


def ja_name(rng):
    s, g = rng.choice(JA_SUR), rng.choice(JA_GIVEN)
    return s[0] + rng.choice(["", " ", "\u3000"]) + g[0], "PERSON"


def ja_kana(rng):
    return f"{rng.choice(JA_SUR)[1]} {rng.choice(JA_GIVEN)[1]}", "PERSON"


def zh_name(rng):
    return rng.choice(ZH_SUR) + rng.choice(ZH_GIVEN), "PERSON"


def any_name(rng):
    return rng.choice([en_name, en_name, ja_name, zh_name])(rng)


def email(rng):
    f, la = rng.choice(FIRST).lower(), rng.choice(LAST).lower().replace("'", "")
    local = rng.choice([f"{f}.{la}", f"{f}{rng.randint(1, 99)}", f"{f[0]}{la}", f"{la}_{f}{rng.randint(70, 99)}",
                        f"{rng.choice(HANDLE_WORDS)}{rng.randint(100, 9999)}", _digits(rng, 9)])
    return f"{local}@{rng.choice(DOMAINS)}", "EMAIL_ADDRESS"


def staff_email(rng):
    return f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower().replace(chr(39), '')}@miaumall.co.jp", "EMAIL_ADDRESS"


def us_phone(rng):
    while True:
        area = rng.choice([212, 415, 646, 312, 617, 206, 303, 512, 713, 404, 305, 718, 503])
        exch, line = rng.randint(201, 989), _digits(rng, 4)
        if exch == 555 or str(exch)[1:] == "11" or not _valid(f"+1{area}{exch}{line}", None):
            continue
        return rng.choice([f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"+1 {area} {exch} {line}",
                           f"+1-{area}-{exch}-{line}", f"{area}.{exch}.{line}", f"1-{area}-{exch}-{line}"]), "PHONE_NUMBER"


def jp_phone(rng):
    while True:
        if rng.random() < 0.7:
            a, b, c = rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)
            fmt = rng.choice([f"{a}-{b}-{c}", f"{a}{b}{c}", f"+81 {a[1:]}-{b}-{c}", f"+81-{a[1:]}-{b}-{c}",
                              f"({a}){b}-{c}"])
        else:
            a = rng.choice(["03", "06", "052", "011", "092", "045"])
            b = _digits(rng, 8 - len(a) + 2 - 4)
            c = _digits(rng, 4)
            fmt = rng.choice([f"{a}-{b}-{c}", f"+81-{a[1:]}-{b}-{c}", f"{a}({b}){c}"])
        if _valid(re.sub(r"[^0-9+]", "", fmt), "JP"):
            if rng.random() < 0.1:
                fmt = fmt.translate({ord(ch): ord(ch) + 0xFEE0 for ch in "0123456789"}).replace("-", "－")
            return fmt, "PHONE_NUMBER"


def cn_phone(rng):
    while True:
        if rng.random() < 0.8:
            p = rng.choice(["138", "139", "136", "150", "151", "158", "186", "187", "135", "177", "199", "182"])
            rest = _digits(rng, 8)
            fmt = rng.choice([f"{p}{rest}", f"{p}{rest}", f"+86 {p} {rest[:4]} {rest[4:]}", f"+86-{p}{rest}",
                              f"{p}-{rest[:4]}-{rest[4:]}", f"{p} {rest[:4]} {rest[4:]}"])
        else:
            a = rng.choice(["010", "021", "020", "0755", "0571"])
            rest = _digits(rng, 8 if len(a) == 3 else 8)
            fmt = rng.choice([f"{a}-{rest}", f"{a}-{rest[:4]} {rest[4:]}", f"({a}){rest}"])
        if _valid(re.sub(r"[^0-9+]", "", fmt), "CN"):
            return fmt, "PHONE_NUMBER"


def uk_phone(rng):
    while True:
        fmt = f"+44 7{rng.randint(400, 999)} {_digits(rng, 6)}"
        if _valid(fmt.replace(" ", ""), None):
            return rng.choice([fmt, "0" + fmt[4:]]), "PHONE_NUMBER"


def any_phone(rng):
    return rng.choice([us_phone, jp_phone, jp_phone, cn_phone, cn_phone, uk_phone])(rng)


def msisdn_int(rng):
    while True:
        n = rng.choice([f"8190{_digits(rng, 8)}", f"8180{_digits(rng, 8)}", f"86{rng.choice(['138', '159', '186'])}{_digits(rng, 8)}",
                        f"1{rng.choice(['415', '646', '312'])}{rng.randint(201, 989)}{_digits(rng, 4)}"])
        if _valid("+" + n, None):
            return int(n), "PHONE_NUMBER"


def imei(rng):
    body = rng.choice(TACS) + _digits(rng, 6)
    return body + luhn_check_digit(body), "IMEI"


def imei_fmt(rng):
    v, _ = imei(rng)
    return rng.choice([v, v, f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", f"{v[:8]} {v[8:14]} {v[14]}"]), "IMEI"


def imei_int(rng):
    return int(imei(rng)[0]), "IMEI"


def imsi(rng):
    p = rng.choice(IMSI_PREFIX)
    return p + _digits(rng, 15 - len(p)), "IMSI"


def mac(rng):
    raw = rng.choice(OUIS).split(":") + [_hex(rng, 2) for _ in range(3)]
    style = rng.random()
    if style < 0.5:
        return ":".join(raw), "MAC_ADDRESS"
    if style < 0.8:
        return "-".join(raw).upper(), "MAC_ADDRESS"
    flat = "".join(raw)
    return f"{flat[:4]}.{flat[4:8]}.{flat[8:]}", "MAC_ADDRESS"


def android_id(rng):
    return _hex(rng, 16), "ANDROID_ID"


def ipv4(rng):
    first = rng.choice([23, 45, 58, 61, 101, 110, 121, 133, 153, 180, 182, 203, 210, 219, 126, 114, 36, 81, 94, 172])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "IP_ADDRESS"


def ipv4_internal(rng):
    return rng.choice([f"10.{rng.randint(0, 30)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"]), "IP_ADDRESS"


def ipv6(rng):
    groups = [rng.choice(["2400", "2409", "240b", "2001", "2600", "2a02"]), _hex(rng, 4).lstrip("0") or "0"] + \
             [_hex(rng, 4).lstrip("0") or "0" for _ in range(6)]
    if rng.random() < 0.5:
        return ":".join(groups[:3]) + "::" + ":".join(groups[6:]), "IP_ADDRESS"
    return ":".join(groups), "IP_ADDRESS"


def any_ip(rng):
    return (ipv6 if rng.random() < 0.2 else ipv4)(rng)


def card(rng):
    kind = rng.random()
    if kind < 0.45:
        body = "4" + _digits(rng, 14)
    elif kind < 0.75:
        body = str(rng.randint(51, 55)) + _digits(rng, 13)
    elif kind < 0.88:
        body = str(rng.randint(3528, 3589)) + _digits(rng, 11)
    else:
        body = rng.choice(["34", "37"]) + _digits(rng, 12)
    num = body + luhn_check_digit(body)
    if len(num) == 15:
        return rng.choice([num, f"{num[:4]} {num[4:10]} {num[10:]}"]), "CREDIT_CARD"
    return rng.choice([num, f"{num[:4]} {num[4:8]} {num[8:12]} {num[12:]}", f"{num[:4]}-{num[4:8]}-{num[8:12]}-{num[12:]}"]), \
        "CREDIT_CARD"


def _iban(cc: str, bban: str) -> str:
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bban}"


def iban(rng):
    cc = rng.choice(["DE", "GB", "FR", "NL", "ES", "IT"])
    bban = {"DE": lambda: _digits(rng, 18),
            "GB": lambda: rng.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + _digits(rng, 14),
            "FR": lambda: _digits(rng, 23),
            "NL": lambda: rng.choice(["ABNA", "INGB", "RABO"]) + _digits(rng, 10),
            "ES": lambda: _digits(rng, 20),
            "IT": lambda: rng.choice("ABCX") + _digits(rng, 22)}[cc]()
    value = _iban(cc, bban)
    if rng.random() < 0.5:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value, "IBAN_CODE"


def dob(rng):
    y, m, d = rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{y}年{m}月{d}日",
                       f"{y}-{m:02d}-{d:02d}"]), "DATE_OF_BIRTH"


def dob_iso(rng):
    y, m, d = rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28)
    return f"{y}-{m:02d}-{d:02d}", "DATE_OF_BIRTH"


def us_addr(rng):
    city, state, zp = rng.choice(US_CITIES)
    street = f"{rng.randint(2, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
    unit = rng.choice(["", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" Suite {rng.randint(100, 900)}"])
    return f"{street}{unit}, {city}, {state} {zp}{_digits(rng, 2)}", "POSTAL_ADDRESS"


def us_street(rng):
    return f"{rng.randint(2, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}", "POSTAL_ADDRESS"


def jp_addr(rng):
    pref, city, town = rng.choice(JP_PLACES)
    a, b, c = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
    block = rng.choice([f"{a}-{b}-{c}", f"{a}丁目{b}番{c}号", f"{a}丁目{b}-{c}"])
    zipcode = rng.choice(["", "", f"〒{_digits(rng, 3)}-{_digits(rng, 4)} "])
    return f"{zipcode}{pref}{city}{town}{block}{rng.choice(BUILDINGS_JP)}", "POSTAL_ADDRESS"


def jp_roman_addr(rng):
    town, ward, city, zp = rng.choice(JP_ROMAN)
    return f"{rng.randint(1, 4)}-{rng.randint(1, 20)}-{rng.randint(1, 15)} {town}, {ward}, {city} {zp}", "POSTAL_ADDRESS"


def cn_addr(rng):
    prov, city, dist, road = rng.choice(CN_PLACES)
    return f"{prov}{city}{dist}{road}{rng.randint(1, 999)}号{rng.choice(BUILDINGS_CN)}", "POSTAL_ADDRESS"


def any_addr(rng):
    return rng.choice([us_addr, jp_addr, jp_addr, cn_addr, cn_addr, jp_roman_addr])(rng)


def age(rng):
    return str(rng.randint(16, 82)), "AGE"


def gender_en(rng):
    return rng.choice(["M", "F", "male", "female", "Male", "Female", "F", "M", "other"]), "GENDER"


def model(rng):
    return rng.choice(MODELS), "DEVICE_MODEL"


def os_named(rng):
    return rng.choice(OS_NAMED), "OS_VERSION"


def os_bare(rng):
    return rng.choice(OS_BARE), "OS_VERSION"


def net(rng):
    return rng.choice(NETS), "NETWORK_TYPE"


def app_id(rng):
    return rng.choice(APPS), "APP_ID"


def cookie_val(rng):
    return rng.choice([f"GA1.2.{rng.randint(10**8, 10**10)}.{rng.randint(1690000000, 1712000000)}",
                       "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32)),
                       _hex(rng, 32), f"s%3A{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(24))}"
                       f".{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(20))}"]), "COOKIE_ID"


def latlng(rng):
    lat, lng = rng.choice([(35.68, 139.76), (34.69, 135.50), (31.23, 121.47), (39.90, 116.40), (22.54, 114.06),
                           (47.61, -122.33), (40.71, -74.00), (43.06, 141.35)])
    return f"{lat + rng.uniform(-0.2, 0.2):.{rng.choice([5, 6])}f}, {lng + rng.uniform(-0.2, 0.2):.{rng.choice([5, 6])}f}", "LOCATION"


def handle(rng):
    w = rng.choice(HANDLE_WORDS) + rng.choice(["_", "", "."]) + rng.choice(HANDLE_WORDS + [str(rng.randint(1, 999))])
    return "@" + w.strip("."), "SOCIAL_MEDIA_HANDLE"


def profile_url(rng):
    w = rng.choice(HANDLE_WORDS) + "_" + rng.choice(HANDLE_WORDS) + str(rng.randint(1, 99))
    return rng.choice([f"https://twitter.com/{w}", f"https://www.instagram.com/{w}/", f"https://x.com/{w}",
                       f"https://www.tiktok.com/@{w}", f"https://weibo.com/u/{rng.randint(10**9, 10**10)}"]), \
        "SOCIAL_MEDIA_HANDLE"


def wxid(rng):
    return "wxid_" + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(14)), "SOCIAL_MEDIA_HANDLE"


# --- non-personal values -----------------------------------------------------------------------

def order_no(rng):
    return rng.choice([f"MM{rng.randint(2022, 2024)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_digits(rng, 6)}",
                       f"ORD-{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}"]), None


def sku(rng):
    return f"SKU-{rng.randint(10000, 99999)}-{rng.choice(['BLK', 'WHT', 'RED', 'NVY'])}-{rng.choice('SMLX')}", None


def ts(rng):
    return (f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"), None


def amount(rng):
    return f"{rng.randint(1, 2000)}.{rng.randint(0, 99):02d}", None


def sha256(rng):
    return _hex(rng, 64), None


def hex32(rng):
    return _hex(rng, 32), None


def hex16(rng):
    return _hex(rng, 16), None


def uuid4(rng):
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}", None


def version(rng):
    return f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}", None


def ms(rng):
    return str(rng.randint(1, 4000)), None


def small(rng):
    return str(rng.randint(1, 500)), None


def bigid(rng):
    return str(rng.randint(10**17, 9 * 10**17)), None


def epoch_ms(rng):
    return str(rng.randint(1700000000000, 1712000000000)), None


def tracking(rng):
    return rng.choice([f"1Z{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))}",
                       _digits(rng, 12), f"SF{_digits(rng, 13)}", f"JP{_digits(rng, 9)}JP"]), None


def ean13(rng):
    body = rng.choice(["49", "45", "69", "40"]) + _digits(rng, 10)
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10), None


def ip_like_version(rng):
    return f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}", None


SLOTS: dict[str, Callable] = {
    name: fn for name, fn in globals().items()
    if callable(fn) and not name.startswith("_") and fn.__module__ == __name__ and name not in ("main",)
}


def fill(rng: random.Random, template: str) -> tuple[str, set[str]]:
    """Replace ``{slot}`` markers by generated values; the entities of the slots used."""
    ents: set[str] = set()

    def sub(m: re.Match[str]) -> str:
        value, ent = SLOTS[m.group(1)](rng)
        if ent:
            ents.add(ent)
        return str(value)

    return re.sub(r"\{([a-z_0-9]+)\}", sub, template), ents


# ---------------------------------------------------------------------------------------------
# SQL estate
# ---------------------------------------------------------------------------------------------

Gen = Callable[[random.Random], tuple[object, dict[str, set[str]]]]


def plain(fn: Callable, null: float = 0.0) -> Gen:
    """A column of one generator's values (None with probability ``null``)."""
    def gen(rng):
        if null and rng.random() < null:
            return None, {}
        value, ent = fn(rng)
        return value, {"": {ent} if ent else set()}
    return gen


def choice(values: list, null: float = 0.0) -> Gen:
    def gen(rng):
        if null and rng.random() < null:
            return None, {}
        return rng.choice(values), {"": set()}
    return gen


def intrange(lo: int, hi: int, null: float = 0.0) -> Gen:
    def gen(rng):
        if null and rng.random() < null:
            return None, {}
        return rng.randint(lo, hi), {"": set()}
    return gen


def real(lo: float, hi: float, digits: int = 2) -> Gen:
    return lambda rng: (round(rng.uniform(lo, hi), digits), {"": set()})


def text(templates: list[str], null: float = 0.0) -> Gen:
    """Free text: one template per row, filled."""
    def gen(rng):
        if null and rng.random() < null:
            return None, {}
        value, ents = fill(rng, rng.choice(templates))
        return value, {"": ents}
    return gen


def doc(builder: Callable[[random.Random], tuple[dict, dict[str, set[str]]]]) -> Gen:
    def gen(rng):
        d, ents = builder(rng)
        return json.dumps(d, ensure_ascii=False), ents
    return gen


def _put(d: dict, ents: dict[str, set[str]], path: str, fn: Callable, rng) -> None:
    value, ent = fn(rng)
    node = d
    keys = path.split(".")
    for k in keys[:-1]:
        node = node.setdefault(k, {})
    node[keys[-1]] = value
    ents.setdefault(path, set())
    if ent:
        ents[path].add(ent)


def _shipping_doc(rng):
    d: dict = {}
    ents: dict[str, set[str]] = {}
    _put(d, ents, "recipient.name", any_name, rng)
    _put(d, ents, "recipient.tel", any_phone, rng)
    _put(d, ents, "address.full", any_addr, rng)
    _put(d, ents, "options.gift_wrap", lambda r: (r.random() < 0.2, None), rng)
    _put(d, ents, "options.slot", lambda r: (r.choice(["AM", "14-16", "18-20", "19-21"]), None), rng)
    _put(d, ents, "carrier", lambda r: (r.choice(["yamato", "sagawa", "jp-post", "sf-express", "ups"]), None), rng)
    return d, ents


def _telemetry_doc(rng):
    d: dict = {}
    ents: dict[str, set[str]] = {}
    _put(d, ents, "hw.model", model, rng)
    _put(d, ents, "hw.imei", imei, rng)
    _put(d, ents, "hw.battery_pct", lambda r: (r.randint(3, 100), None), rng)
    _put(d, ents, "os.name", lambda r: (r.choice(["Android", "iOS"]), None), rng)
    _put(d, ents, "os.version", os_bare, rng)
    _put(d, ents, "net.type", net, rng)
    _put(d, ents, "net.ip", any_ip, rng)
    _put(d, ents, "app.build", lambda r: (r.randint(40000, 52000), None), rng)
    _put(d, ents, "app.version", version, rng)
    return d, ents


def _event_props(rng):
    d: dict = {}
    ents: dict[str, set[str]] = {}
    _put(d, ents, "utm.source", lambda r: (r.choice(["google", "line", "newsletter", "instagram", "direct"]), None), rng)
    _put(d, ents, "utm.campaign", lambda r: (r.choice(["spring_sale", "bf2023", "app_push_0312", "retarget_v2"]), None), rng)
    _put(d, ents, "screen.w", lambda r: (r.choice([390, 412, 1440, 1920]), None), rng)
    _put(d, ents, "screen.h", lambda r: (r.choice([844, 915, 900, 1080]), None), rng)
    _put(d, ents, "cart.items", lambda r: (r.randint(0, 9), None), rng)
    _put(d, ents, "cart.value", amount, rng)
    _put(d, ents, "experiment", lambda r: (r.choice(["ctrl", "variant_b", "variant_c"]), None), rng)
    return d, ents


def _audit_diff(rng):
    d: dict = {}
    ents: dict[str, set[str]] = {}
    field, fn = rng.choice([("phone", any_phone), ("email", email), ("status", lambda r: (r.choice(["active", "locked"]), None)),
                            ("address", any_addr), ("tier", lambda r: (r.choice(["gold", "silver"]), None))])
    _put(d, ents, f"before.{field}", fn, rng)
    _put(d, ents, f"after.{field}", fn, rng)
    _put(d, ents, "reason", lambda r: (r.choice(["customer request", "fraud review", "data fix JIRA-4412"]), None), rng)
    return d, ents


def _flag_value(rng):
    d: dict = {}
    ents: dict[str, set[str]] = {}
    _put(d, ents, "enabled", lambda r: (r.random() < 0.5, None), rng)
    _put(d, ents, "rollout.percent", lambda r: (r.choice([0, 5, 25, 50, 100]), None), rng)
    _put(d, ents, "rollout.min_app_version", version, rng)
    _put(d, ents, "owner_team", lambda r: (r.choice(["checkout", "growth", "platform"]), None), rng)
    return d, ents


NOTES_EN = [
    "Customer asked to leave the parcel at the door, no signature needed.",
    "Gift order - please remove the price tag before shipping.",
    "Called back on {us_phone} regarding the delayed refund, left voicemail.",
    "Duplicate order cancelled by support; refund issued to original payment method.",
    "Customer {en_name} says the box arrived damaged, photos attached to ticket.",
    "Please deliver after 6pm on weekdays, the concierge accepts packages.",
    "Address corrected to {us_addr} per customer email.",
    "Fraud check passed after manual review of order history (3 prior orders).",
    "Customer requested invoice to be sent to {email} instead of account email.",
    "Item out of stock, substituted with the same model in navy after confirmation.",
    "Escalated to tier 2, see ticket for details.",
    "Repeat customer, VIP tier since 2021, apply free shipping coupon.",
]
NOTES_JA = [
    "置き配希望。インターホンは鳴らさないでください。",
    "不在のため再配達を依頼済み。",
    "お客様より電話あり（{jp_phone}）、配達日時の変更希望。",
    "ギフト包装、のし不要とのこと。",
    "配送先を{jp_addr}へ変更済み。",
    "{ja_name}様より返品の問い合わせ。",
    "商品到着時に外箱破損あり、交換で対応。",
    "領収書の宛名は会社名で発行してください。",
]
NOTES_ZH = [
    "客户要求周末送货，工作日不在家。",
    "请放快递柜，谢谢。",
    "客户来电{cn_phone}，要求修改收货地址。",
    "已联系顾客，同意换货。",
    "收货人{zh_name}反馈包装破损。",
    "发票抬头请写公司名称。",
    "新地址：{cn_addr}",
]
TICKET_BODIES = [
    "Hi, I ordered a jacket two weeks ago and it still hasn't shipped. Can you check? Thanks, {en_name}",
    "The app keeps crashing when I open my cart. I'm on {model} with {os_named}.",
    "Please update my phone number to {any_phone}, the old one is no longer in service.",
    "I was charged twice for the same order. The card is {card}, please refund one charge.",
    "My account email changed, please use {email} from now on.",
    "Where is my refund? It has been 10 business days since you confirmed it.",
    "Can I change the delivery address to {us_addr}? The order has not shipped yet.",
    "注文した商品がまだ届きません。確認をお願いします。{ja_name}",
    "配送先住所を{jp_addr}に変更したいです。",
    "订单一直没有发货，请尽快处理。联系电话{cn_phone}",
    "I love the new loyalty program, thanks for the coupon!",
    "The size chart on the product page is wrong, the M fits like an S.",
    "Please delete my account and all associated data under GDPR.",
    "Promo code SPRING24 does not work at checkout, shows error E-1042.",
]
REVIEWS = [
    "Great quality, fits perfectly. Would buy again.",
    "Shipping took longer than expected but the product is fine.",
    "The color is a bit darker than in the photos.",
    "Perfect case for my {model}, the buttons click nicely.",
    "Customer service was super helpful, thanks to {en_name} from the support team!",
    "品質が良くて大満足です。リピートします。",
    "サイズが少し小さめでした。",
    "物流很快，质量不错，五星好评！",
    "颜色和图片有差异，但整体还可以。",
    "Follow me on insta {handle} for more unboxing videos!",
    "Battery lasts all day, charging is fast with the 30W adapter.",
    "Returned it, the stitching came apart after a week.",
]
REFUND_REASONS = [
    "Item arrived damaged", "Wrong size", "Changed my mind", "Late delivery, customer cancelled",
    "Refund to IBAN {iban} requested by customer", "Duplicate charge", "商品不良のため返金", "不想要了",
    "Please transfer the refund to account holder {en_name}, IBAN {iban}",
]


def _tables() -> dict[str, tuple[int, dict[str, tuple[str, Gen, bool]]]]:
    """table -> (rows, {column: (sql type, generator, free text?)})."""
    def c(sqltype, gen, free=False):
        return (sqltype, gen, free)

    status = ["pending", "paid", "shipped", "delivered", "cancelled", "refunded"]
    return {
        "customers": (300, {
            "id": c("INTEGER", intrange(1, 10**6)), "cust_no": c("TEXT", lambda r: (f"C{r.randint(10**7, 10**8 - 1)}", {"": set()})),
            "first_name": c("TEXT", plain(en_first)), "last_name": c("TEXT", plain(en_last)),
            "email": c("TEXT", plain(email)), "phone": c("TEXT", plain(any_phone, 0.15)),
            "gender": c("TEXT", plain(gender_en, 0.3)), "dob": c("TEXT", plain(dob_iso, 0.4)),
            "created_at": c("TEXT", plain(ts)), "status": c("TEXT", choice(["active", "locked", "deleted", "pending_verification"])),
            "loyalty_tier": c("TEXT", choice(["bronze", "silver", "gold", "platinum"])),
            "marketing_opt_in": c("INTEGER", intrange(0, 1)), "password_hash": c("TEXT", lambda r: ("$2b$12$" + _hex(r, 53), {"": set()})),
        }),
        "会員プロフィール": (200, {
            "会員ID": c("INTEGER", intrange(1, 10**6)), "氏名": c("TEXT", plain(ja_name)), "フリガナ": c("TEXT", plain(ja_kana)),
            "電話番号": c("TEXT", plain(jp_phone)), "住所": c("TEXT", plain(jp_addr)), "生年月日": c("TEXT", plain(dob, 0.2)),
            "会員ランク": c("TEXT", choice(["一般", "シルバー", "ゴールド"])), "登録日時": c("TEXT", plain(ts)),
            "ポイント残高": c("INTEGER", intrange(0, 50000)),
        }),
        "cn_members": (200, {
            "会员id": c("INTEGER", intrange(1, 10**6)), "姓名": c("TEXT", plain(zh_name)), "手机号": c("TEXT", plain(cn_phone)),
            "收货地址": c("TEXT", plain(cn_addr)), "性别": c("TEXT", lambda r: (r.choice(["男", "女"]), {"": {"GENDER"}})),
            "年龄": c("INTEGER", lambda r: (r.randint(18, 70), {"": {"AGE"}})),
            "备注": c("TEXT", text(NOTES_ZH, 0.6), True), "注册时间": c("TEXT", plain(ts)),
            "wechatId": c("TEXT", plain(wxid, 0.5)),
        }),
        "addresses": (250, {
            "id": c("INTEGER", intrange(1, 10**6)), "customer_id": c("INTEGER", intrange(1, 10**6)),
            "addr_line1": c("TEXT", plain(us_street)),
            "city": c("TEXT", lambda r: (r.choice(US_CITIES)[0], {"": set()})),
            "state": c("TEXT", lambda r: (r.choice(US_CITIES)[1], {"": set()})),
            "country": c("TEXT", choice(["US", "JP", "CN", "GB"])), "is_default": c("INTEGER", intrange(0, 1)),
            "full_address": c("TEXT", plain(any_addr)),
            "geo": c("TEXT", plain(latlng, 0.3)),
        }),
        "orders": (400, {
            "order_id": c("BIGINT", lambda r: (int(bigid(r)[0]), {"": set()})), "order_no": c("TEXT", plain(order_no)),
            "customer_id": c("INTEGER", intrange(1, 10**6)), "total_amount": c("REAL", real(1, 3000)),
            "currency": c("TEXT", choice(["JPY", "USD", "CNY", "EUR"])), "status": c("TEXT", choice(status)),
            "placed_at": c("TEXT", plain(ts)), "ship_name": c("TEXT", plain(any_name)), "ship_phone": c("TEXT", plain(any_phone)),
            "shipTo": c("TEXT", plain(any_addr)), "coupon_code": c("TEXT", choice(["SPRING24", "WELCOME10", "VIP2024", None, None])),
            "notes": c("TEXT", text(NOTES_EN + NOTES_JA, 0.7), True), "shipping_json": c("TEXT", doc(_shipping_doc)),
            "placed_epoch_ms": c("BIGINT", lambda r: (int(epoch_ms(r)[0]), {"": set()})),
        }),
        "order_items": (500, {
            "id": c("INTEGER", intrange(1, 10**7)), "order_id": c("BIGINT", lambda r: (int(bigid(r)[0]), {"": set()})),
            "sku": c("TEXT", plain(sku)), "product_name": c("TEXT", choice(
                ["Hello Kitty Plush 30cm", "Nike Air Max 270", "Anker PowerCore 10000", "Uniqlo Heattech Crew Neck",
                 "Muji Gel Pen 0.5mm", "Sony WH-1000XM5", "Kindle Paperwhite", "Ralph Lauren Polo Shirt", "Calvin Klein Boxer 3-pack",
                 "Tommy Hilfiger Cap", "Marc Jacobs Tote", "Le Creuset Dutch Oven"])),
            "qty": c("INTEGER", intrange(1, 5)), "unit_price": c("REAL", real(1, 500)), "ean13": c("TEXT", plain(ean13)),
            "weight_g": c("INTEGER", intrange(20, 5000)),
        }),
        "payments": (300, {
            "id": c("INTEGER", intrange(1, 10**6)), "order_no": c("TEXT", plain(order_no)),
            "card_number": c("TEXT", plain(card, 0.2)), "card_last4": c("TEXT", lambda r: (_digits(r, 4), {"": set()})),
            "card_brand": c("TEXT", choice(["VISA", "MASTERCARD", "JCB", "AMEX"])),
            "exp_month": c("INTEGER", intrange(1, 12)), "exp_year": c("INTEGER", intrange(2024, 2031)),
            "cardholder": c("TEXT", lambda r: (en_name(r)[0].upper(), {"": {"PERSON"}})),
            "sepa_iban": c("TEXT", plain(iban, 0.7)), "amount": c("REAL", real(1, 3000)),
            "psp_reference": c("TEXT", plain(hex32)), "auth_code": c("TEXT", lambda r: (_digits(r, 6), {"": set()})),
        }),
        "shipments": (300, {
            "id": c("INTEGER", intrange(1, 10**6)), "order_no": c("TEXT", plain(order_no)),
            "carrier": c("TEXT", choice(["yamato", "sagawa", "jp-post", "sf-express", "ups", "fedex"])),
            "tracking_no": c("TEXT", plain(tracking)), "recipient": c("TEXT", plain(any_name)),
            "recipient_tel": c("TEXT", plain(any_phone)), "dest_address": c("TEXT", plain(any_addr)),
            "shipped_at": c("TEXT", plain(ts)), "delivered_at": c("TEXT", plain(ts, 0.3)), "weight_kg": c("REAL", real(0.1, 30)),
        }),
        "devices": (300, {
            "id": c("INTEGER", intrange(1, 10**6)), "customer_id": c("INTEGER", intrange(1, 10**6)),
            "imei": c("BIGINT", plain(imei_int)), "imei2": c("TEXT", plain(imei_fmt, 0.6)), "mac_addr": c("TEXT", plain(mac)),
            "android_id": c("TEXT", plain(android_id, 0.4)), "model": c("TEXT", plain(model)),
            "os_ver": c("TEXT", plain(os_bare)), "first_seen": c("TEXT", plain(ts)), "last_seen": c("TEXT", plain(ts)),
            "fw_build": c("TEXT", plain(ip_like_version)),
        }),
        "sim_cards": (250, {
            "id": c("INTEGER", intrange(1, 10**6)),
            "iccid": c("TEXT", lambda r: ((lambda b: b + luhn_check_digit(b))("8981" + _digits(r, 15)), {"": set()})),
            "imsi": c("TEXT", plain(imsi)), "msisdn": c("BIGINT", plain(msisdn_int)), "activated_at": c("TEXT", plain(ts)),
            "plan_code": c("TEXT", choice(["P-5G-UNL", "P-4G-20GB", "DATA-ONLY-3GB", "VOICE-BASIC"])),
            "data_cap_mb": c("INTEGER", choice([3072, 20480, 102400, None])),
        }),
        "sessions": (400, {
            "session_id": c("TEXT", plain(cookie_val)), "user_id": c("INTEGER", intrange(1, 10**6)),
            "ip_address": c("TEXT", plain(any_ip)), "user_agent": c("TEXT", lambda r: _ua_cell(r), True),
            "created_at": c("TEXT", plain(ts)), "expires_at": c("TEXT", plain(ts)), "csrf_token": c("TEXT", plain(sha256)),
        }),
        "web_events": (500, {
            "id": c("INTEGER", intrange(1, 10**7)), "event_name": c("TEXT", choice(["page_view", "add_to_cart", "checkout", "search", "login"])),
            "page_path": c("TEXT", choice(["/", "/cart", "/checkout/payment", "/p/SKU-10022", "/search?q=tote+bag", "/account/orders"])),
            "gaClientId": c("TEXT", lambda r: (f"{r.randint(10**8, 10**10)}.{r.randint(1690000000, 1712000000)}", {"": {"COOKIE_ID"}})),
            "referrer": c("TEXT", choice(["https://www.google.com/", "https://line.me/", "", None, "https://t.co/abc123"])),
            "ts": c("TEXT", plain(ts)), "props": c("TEXT", doc(_event_props)),
            "geo_lat": c("REAL", lambda r: (round(r.uniform(30, 45), 6), {"": {"LOCATION"}})),
            "geo_lng": c("REAL", lambda r: (round(r.uniform(120, 145), 6), {"": {"LOCATION"}})),
            "duration_ms": c("INTEGER", intrange(5, 90000)),
        }),
        "app_installs": (300, {
            "id": c("INTEGER", intrange(1, 10**6)), "bundleId": c("TEXT", plain(app_id)), "appVersion": c("TEXT", plain(version)),
            "sdkInt": c("INTEGER", intrange(26, 34)), "networkType": c("TEXT", plain(net)), "deviceModel": c("TEXT", plain(model)),
            "osVersion": c("TEXT", plain(os_bare)), "pushToken": c("TEXT", lambda r: (_hex(r, 22) + ":APA91b" + "".join(
                r.choice(string.ascii_letters + string.digits + "_-") for _ in range(120)), {"": set()})),
            "installedAt": c("TEXT", plain(ts)), "locale": c("TEXT", choice(["ja_JP", "zh_CN", "en_US", "en_GB"])),
        }),
        "support_tickets": (250, {
            "id": c("INTEGER", intrange(1, 10**6)), "ticket_no": c("TEXT", lambda r: (f"TCK-{r.randint(100000, 999999)}", {"": set()})),
            "customer_email": c("TEXT", plain(email)), "subject": c("TEXT", choice(
                ["Where is my order?", "Refund request", "App crash", "Change address", "注文について", "退款申请", "Account deletion"])),
            "body": c("TEXT", text(TICKET_BODIES), True), "priority": c("TEXT", choice(["low", "normal", "high", "urgent"])),
            "status": c("TEXT", choice(["open", "pending", "solved", "closed"])),
            "agent": c("TEXT", plain(en_name)), "created_at": c("TEXT", plain(ts)),
        }),
        "product_reviews": (300, {
            "id": c("INTEGER", intrange(1, 10**6)), "product_sku": c("TEXT", plain(sku)), "rating": c("INTEGER", intrange(1, 5)),
            "review_text": c("TEXT", text(REVIEWS), True), "helpful_votes": c("INTEGER", intrange(0, 300)),
            "created_at": c("TEXT", plain(ts)), "lang": c("TEXT", choice(["en", "ja", "zh"])),
        }),
        "social_accounts": (200, {
            "id": c("INTEGER", intrange(1, 10**6)), "customer_id": c("INTEGER", intrange(1, 10**6)),
            "provider": c("TEXT", choice(["twitter", "instagram", "line", "wechat", "tiktok"])),
            "handle": c("TEXT", plain(handle)), "profile_url": c("TEXT", plain(profile_url, 0.3)),
            "linked_at": c("TEXT", plain(ts)), "oauth_uid": c("TEXT", lambda r: (_digits(r, r.choice([10, 19])), {"": set()})),
        }),
        "employees": (120, {
            "emp_no": c("TEXT", lambda r: (f"E{r.randint(10000, 99999)}", {"": set()})), "full_name": c("TEXT", plain(any_name)),
            "work_email": c("TEXT", plain(staff_email)), "extension": c("TEXT", lambda r: (str(r.randint(2000, 7999)), {"": set()})),
            "hire_date": c("TEXT", lambda r: (f"{r.randint(2005, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", {"": set()})),
            "birth_date": c("TEXT", plain(dob_iso)), "department": c("TEXT", choice(["Logistics", "CS", "Engineering", "Finance", "Marketing"])),
            "salary_iban": c("TEXT", plain(iban)), "mobile": c("TEXT", plain(jp_phone, 0.3)),
            "age": c("INTEGER", lambda r: (r.randint(21, 64), {"": {"AGE"}})),
        }),
        "audit_log": (400, {
            "id": c("INTEGER", intrange(1, 10**7)), "actor": c("TEXT", plain(staff_email)),
            "action": c("TEXT", choice(["UPDATE", "DELETE", "EXPORT", "LOGIN"])),
            "target_table": c("TEXT", choice(["customers", "orders", "payments", "devices"])),
            "diff": c("TEXT", doc(_audit_diff)), "ip": c("TEXT", plain(ipv4_internal)), "ts": c("TEXT", plain(ts)),
        }),
        "products": (200, {
            "sku": c("TEXT", plain(sku)), "name": c("TEXT", choice(["Canvas Tote Bag", "Wool Scarf", "Ceramic Mug 350ml",
                                                                     "USB-C Cable 2m", "Linen Shirt", "Bamboo Cutting Board"])),
            "category": c("TEXT", choice(["bags", "apparel", "kitchen", "electronics"])), "price": c("REAL", real(1, 500)),
            "barcode": c("TEXT", plain(ean13)), "schema_version": c("TEXT", plain(version)),
            "dims_cm": c("TEXT", lambda r: (f"{r.randint(5, 60)}x{r.randint(5, 60)}x{r.randint(1, 30)}", {"": set()})),
        }),
        "inventory_snapshots": (300, {
            "warehouse_code": c("TEXT", choice(["TYO-1", "OSA-2", "SHA-1", "SZX-3"])), "sku": c("TEXT", plain(sku)),
            "on_hand": c("INTEGER", intrange(0, 5000)), "reserved": c("INTEGER", intrange(0, 300)),
            "snapshot_at": c("TEXT", plain(ts)), "checksum": c("TEXT", plain(hex32)),
        }),
        "feature_flags": (60, {
            "flag_key": c("TEXT", choice(["checkout.v2", "search.semantic", "cart.saveForLater", "promo.banner"])),
            "value": c("TEXT", doc(_flag_value)), "updated_by": c("TEXT", plain(staff_email)), "updated_at": c("TEXT", plain(ts)),
        }),
        "promotions": (80, {
            "code": c("TEXT", choice(["SPRING24", "WELCOME10", "VIP2024", "FREESHIP", "BF2023"])), "discount_pct": c("INTEGER", intrange(5, 50)),
            "starts_at": c("TEXT", plain(ts)), "ends_at": c("TEXT", plain(ts)), "max_uses": c("INTEGER", intrange(100, 100000)),
            "description": c("TEXT", choice(["10% off your first order", "Free shipping over 5000 JPY", "春のセール 20%オフ", "满300减50"])),
        }),
        "call_records": (400, {
            "id": c("INTEGER", intrange(1, 10**8)), "caller": c("TEXT", plain(any_phone)), "callee": c("TEXT", plain(any_phone)),
            "cell_id": c("INTEGER", intrange(10000, 268435455)), "lac": c("INTEGER", intrange(1, 65533)),
            "duration_s": c("INTEGER", intrange(0, 7200)), "started_at": c("TEXT", plain(ts)), "imsi": c("BIGINT", lambda r: (int(imsi(r)[0]), {"": {"IMSI"}})),
            "cell_lat": c("REAL", lambda r: (round(r.uniform(30, 45), 5), {"": {"LOCATION"}})),
            "cell_lon": c("REAL", lambda r: (round(r.uniform(120, 145), 5), {"": {"LOCATION"}})),
        }),
        "loyalty_ledger": (400, {
            "id": c("INTEGER", intrange(1, 10**7)), "member_no": c("TEXT", lambda r: (f"M{_digits(r, 10)}", {"": set()})),
            "delta": c("INTEGER", intrange(-5000, 5000)), "balance": c("INTEGER", intrange(0, 90000)),
            "reason": c("TEXT", choice(["purchase", "review_bonus", "expiry", "manual_adjust", "birthday_bonus"])),
            "txn_at": c("TEXT", plain(ts)),
        }),
        "newsletter_subscribers": (250, {
            "id": c("INTEGER", intrange(1, 10**6)), "email": c("TEXT", plain(email)), "locale": c("TEXT", choice(["ja", "en", "zh"])),
            "subscribed_at": c("TEXT", plain(ts)), "confirm_token": c("TEXT", plain(sha256)),
            "unsubscribed_at": c("TEXT", plain(ts, 0.85)),
        }),
        "kyc_documents": (150, {
            "id": c("INTEGER", intrange(1, 10**6)), "customer_id": c("INTEGER", intrange(1, 10**6)),
            "doc_type": c("TEXT", choice(["passport", "drivers_license", "my_number_card"])),
            "doc_number": c("TEXT", lambda r: (r.choice(["TK", "TR", "MZ"]) + _digits(r, 7), {"": set()})),
            "issued_on": c("TEXT", lambda r: (f"{r.randint(2014, 2023)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", {"": set()})),
            "expires_on": c("TEXT", lambda r: (f"{r.randint(2025, 2034)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", {"": set()})),
            "date_of_birth": c("TEXT", plain(dob)), "nationality": c("TEXT", choice(["JPN", "CHN", "USA", "GBR"])),
            "holder_name": c("TEXT", plain(any_name)),
        }),
        "device_telemetry": (300, {
            "id": c("INTEGER", intrange(1, 10**7)), "payload": c("TEXT", doc(_telemetry_doc)),
            "battery_temp_c": c("REAL", real(20, 45, 1)), "ts": c("TEXT", plain(ts)),
        }),
        "refunds": (200, {
            "id": c("INTEGER", intrange(1, 10**6)), "order_no": c("TEXT", plain(order_no)), "amount": c("REAL", real(1, 3000)),
            "reason_text": c("TEXT", text(REFUND_REASONS, 0.1), True), "processed_by": c("TEXT", plain(staff_email)),
            "processed_at": c("TEXT", plain(ts, 0.2)),
        }),
    }


UA_TEMPLATES: list[tuple[str, set[str]]] = [
    ("Mozilla/5.0 (Linux; Android {av}; {uam}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Mobile Safari/537.36",
     {"OS_VERSION", "DEVICE_MODEL"}),
    ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Mobile Safari/537.36",
     {"OS_VERSION"}),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS {iv} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
     {"OS_VERSION"}),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36",
     {"OS_VERSION"}),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
     {"OS_VERSION"}),
    ("MiauMall/{ver} (com.miaumall.shop; build:{build}; Android {av}) okhttp/4.12.0", {"APP_ID", "OS_VERSION"}),
    ("MiauMall/{ver} (jp.co.miaumall.app; build:{build}; iOS {iv2}) Alamofire/5.8.1", {"APP_ID", "OS_VERSION"}),
    ("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", set()),
    ("curl/8.4.0", set()),
    ("python-requests/2.31.0", set()),
]


def user_agent(rng: random.Random) -> tuple[str, set[str]]:
    tpl, ents = rng.choice(UA_TEMPLATES)
    iv = rng.choice(["17_4_1", "16_7_5", "17_2", "15_8"])
    ua = tpl.format(av=rng.choice(["11", "12", "13", "14"]), uam=rng.choice(UA_MODELS), cv=rng.randint(110, 123), iv=iv,
                    iv2=iv.replace("_", "."), ver=version(rng)[0], build=rng.randint(40000, 52000))
    return ua, set(ents)


def _ua_cell(rng):
    ua, ents = user_agent(rng)
    return ua, {"": ents}


def build_sql(path: Path, rng: random.Random):
    """The database, and per column: the labelled entities and a few sample values (for the error list)."""
    labels: dict[tuple[str, str], set[str]] = {}
    samples: dict[tuple[str, str], list[str]] = {}
    con = sqlite3.connect(path)
    for table, (rows, columns) in _tables().items():
        cols = list(columns)
        con.execute(f'CREATE TABLE "{table}" (' + ", ".join(f'"{c}" {columns[c][0]}' for c in cols) + ")")
        present: dict[str, Counter] = {c: Counter() for c in cols}
        hits: dict[str, Counter] = {c: Counter() for c in cols}
        data = []
        for _ in range(rows):
            row = []
            for col in cols:
                _, gen, _ = columns[col]
                value, ents = gen(rng)
                row.append(value)
                if value is None or value == "":
                    continue
                for path_, es in ents.items():
                    present[col][path_] += 1
                    for e in es:
                        hits[col][(path_, e)] += 1
                samples.setdefault((table, col), [])
                if len(samples[(table, col)]) < 4:
                    samples[(table, col)].append(str(value)[:160])
            data.append(row)
        con.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(cols))})', data)
        for col in cols:
            free = columns[col][2]
            got = set()
            for (path_, e), n in hits[col].items():
                if free and n >= 1 or n / max(present[col][path_], 1) > 0.5:
                    got.add(e)
            labels[(table, col)] = got
    con.commit()
    con.close()
    return labels, samples


# ---------------------------------------------------------------------------------------------
# logs
# ---------------------------------------------------------------------------------------------

APP_LINES = [
    "{ts} INFO  [http-nio-8080-exec-{small}] c.m.order.OrderService - order {order_no} placed customer_id={small} total={amount} JPY trace={hex32}",
    "{ts} INFO  [auth] login ok user={email} ip={ipv4} device={model}",
    "{ts} WARN  [sms-gateway] delivery to {any_phone} failed: carrier timeout after {ms}ms (attempt 2/3)",
    "{ts} DEBUG [payment] tokenizing card {card} for order {order_no}",
    "{ts} INFO  [shipping] label created for {en_name}, {us_addr}",
    "{ts} INFO  [shipping] 配送先: {jp_addr} 宛名: {ja_name} 様",
    "{ts} ERROR [crm] duplicate member: 姓名={zh_name} 手机={cn_phone}",
    "{ts} INFO  [device-registry] bind imei={imei} imsi={imsi} mac={mac}",
    "{ts} INFO  [kyc] verified customer_id={small} dob={dob_iso}",
    "{ts} DEBUG [geo] reverse geocode {latlng} took {ms}ms",
    "{ts} INFO  [payout] SEPA transfer to {iban} amount={amount} EUR ref={hex16}",
    "{ts} INFO  [session] new session sid={cookie_val} user_id={small}",
    "{ts} DEBUG [cache] product cache hit ratio=0.93 keys=18822 evicted={small}",
    "{ts} INFO  [jvm] GC pause (G1 Evacuation Pause) {ms}ms heap 512M->388M(2048M)",
    "{ts} INFO  [deploy] starting order-service version {version} commit {sha256}",
    "{ts} INFO  [social] linked twitter {handle} to customer_id={small}",
    "{ts} WARN  [push] token rejected for app {app_id} on {os_named}",
    "{ts} INFO  [upstream] {ipv4_internal}:8080 responded 200 in {ms}ms",
    "{ts} INFO  [metrics] p99={ms}ms p50={small}ms rps={ms} errors=0",
    "{ts} INFO  [export] wrote {ms} rows to s3://miau-exports/2024/03/orders-{hex16}.csv.gz",
    "{ts} INFO  [tracking] {tracking} handed to carrier for order {order_no}",
    "{ts} ERROR [db] deadlock detected txid={bigid} table=orders retry=2",
    "{ts} INFO  [search] query='usb-c cable 2m' results={small} took={ms}ms",
    "{ts} INFO  [scheduler] job nightly-reconcile finished in {ms}s, 0 mismatches",
    "{ts} WARN  [rate-limit] client {ipv4} exceeded 100 req/min on /api/v2/cart",
    "{ts} INFO  [profile] customer_id={small} updated phone to {any_phone}",
    "{ts} INFO  [mail] sent order confirmation to {email} (template=order_confirm_v3)",
    "{ts} INFO  [http] GET /api/v2/products/{sku} 200 {ms}ms request_id={uuid4}",
    "{ts} DEBUG [feature] flag checkout.v2 evaluated true for bucket {small}",
    "{ts} INFO  [kyc] age check passed, customer is {age} years old",
    "{ts} INFO  [crm] ticket TCK-{ms} assigned to agent {en_name}",
    "{ts} INFO  [telemetry] device={model} os={os_named} network={net}",
]
LOGCAT_LINES = [
    "{lc} I ActivityManager: Start proc {ms}:{app_id}/u0a{small} for activity {app_id}/.ui.MainActivity",
    "{lc} D MiauTelephony: getImei() -> {imei}",
    "{lc} I WifiClient: connected ssid=\"Home-5G\" bssid={mac} rssi=-61 freq=5180",
    "{lc} D MiauSDK: init android_id={android_id} sdk=34",
    "{lc} D MiauSDK: device model={model}",
    "{lc} W System.err: java.net.SocketTimeoutException: timeout",
    "{lc} W System.err: \tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:675)",
    "{lc} I Choreographer: Skipped {small} frames!  The application may be doing too much work on its main thread.",
    "{lc} D LocationHelper: fix lat={lat} lng={lng} acc=12.0",
    "{lc} I ConnectivityMonitor: active network changed to {net}",
    "{lc} D OkHttp: --> POST https://api.miaumall.com/v2/cart/items ({small}-byte body)",
    "{lc} D OkHttp: <-- 200 OK https://api.miaumall.com/v2/cart/items ({ms}ms)",
    "{lc} I Glide: Load failed for https://cdn.miaumall.com/img/{hex16}.webp with size [1080x1080]",
    "{lc} E AndroidRuntime: FATAL EXCEPTION: main Process: {app_id}, PID: {ms}",
    "{lc} I MiauAuth: token refreshed for user {email}",
    "{lc} V FA: Logging event (FE): screen_view(_vs), Bundle[firebase_screen_class=CartActivity]",
]


def _lc(rng):
    return (f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}  {rng.randint(1000, 30000)}  {rng.randint(1000, 30000)}"), None


def _lat(rng):
    return f"{rng.uniform(30, 45):.6f}", "LOCATION"


def _lng(rng):
    return f"{rng.uniform(120, 145):.6f}", None      # the pair is one LOCATION, labelled by lat


SLOTS.update({"lc": _lc, "lat": _lat, "lng": _lng})


def nginx_line(rng: random.Random) -> tuple[str, set[str]]:
    ip, _ = any_ip(rng)
    ents = {"IP_ADDRESS"}
    path = rng.choice(["/", "/cart", "/api/v2/products?page=2", "/static/js/app.{h}.js", "/p/SKU-{s}", "/checkout/payment",
                       "/api/v2/users/lookup?email={e}", "/account/orders?tab=all", "/healthz", "/favicon.ico"])
    if "{e}" in path:
        ents.add("EMAIL_ADDRESS")
        path = path.replace("{e}", email(rng)[0].replace("@", "%40"))
    path = path.replace("{h}", _hex(rng, 8)).replace("{s}", str(rng.randint(10000, 99999)))
    ua, ua_ents = user_agent(rng)
    ents |= ua_ents
    when = f"{rng.randint(1, 28):02d}/Mar/2024:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0900"
    ref = rng.choice(["-", "https://www.miaumall.com/", "https://www.google.com/"])
    line = (f'{ip} - - [{when}] "{rng.choice(["GET", "GET", "POST"])} {path} HTTP/1.1" {rng.choice([200, 200, 304, 404, 502])} '
            f'{rng.randint(0, 90000)} "{ref}" "{ua}" rt={rng.uniform(0, 2):.3f} uct="0.000"')
    return line, ents


def json_event(rng: random.Random) -> tuple[str, set[str]]:
    ents: set[str] = set()
    d: dict = {"ts": ts(rng)[0], "level": rng.choice(["info", "info", "warn", "debug"]), "svc": rng.choice(["cart", "auth", "push", "geo"])}
    kind = rng.random()

    def put(node: dict, key: str, fn):
        value, ent = fn(rng)
        node[key] = value
        if ent:
            ents.add(ent)

    if kind < 0.25:
        d["event"] = "login"
        d["user"] = {}
        put(d["user"], "email", email)
        put(d, "client_ip", any_ip)
        d["device"] = {}
        put(d["device"], "model", model)
        put(d["device"], "os", os_named)
        put(d["device"], "network", net)
    elif kind < 0.4:
        d["event"] = "cookie_sync"
        put(d, "cookie_id", cookie_val)
        d["partner"] = rng.choice(["criteo", "google", "yahoo_jp"])
    elif kind < 0.5:
        d["event"] = "geo_update"
        d["loc"] = {}
        put(d["loc"], "lat", _lat)
        d["loc"]["lng"] = round(rng.uniform(120, 145), 6)
        d["accuracy_m"] = rng.randint(5, 100)
    elif kind < 0.6:
        d["event"] = "device_bind"
        put(d, "imei", imei)
        put(d, "android_id", android_id)
        put(d, "app", app_id)
    elif kind < 0.68:
        d["event"] = "address_change"
        d["customer"] = {}
        put(d["customer"], "name", any_name)
        put(d["customer"], "phone", any_phone)
        put(d["customer"], "address", any_addr)
    else:
        d["event"] = rng.choice(["cart_view", "price_refresh", "cache_warm", "heartbeat"])
        d["took_ms"] = rng.randint(1, 900)
        d["request_id"] = uuid4(rng)[0]
        d["build"] = version(rng)[0]
        d["items"] = [{"sku": sku(rng)[0], "qty": rng.randint(1, 3)} for _ in range(rng.randint(0, 3))]
    return json.dumps(d, ensure_ascii=False), ents


def build_logs(root: Path, rng: random.Random):
    """Log files; labels per (path, line)."""
    labels: dict[tuple[str, int], set[str]] = {}
    texts: dict[tuple[str, int], str] = {}
    files: dict[str, list[tuple[str, set[str]]]] = {
        "logs/app/app.log": [fill(rng, rng.choice(APP_LINES)) for _ in range(700)],
        "logs/app/app.log.1.gz": [fill(rng, rng.choice(APP_LINES)) for _ in range(700)],
        "logs/nginx/access.log": [nginx_line(rng) for _ in range(500)],
        "logs/events.jsonl": [json_event(rng) for _ in range(500)],
        "logs/logcat.txt": [fill(rng, rng.choice(LOGCAT_LINES)) for _ in range(500)],
    }
    for rel, lines in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        body = "".join(line + "\n" for line, _ in lines).encode("utf-8")
        path.write_bytes(gzip.compress(body) if rel.endswith(".gz") else body)
        for i, (line, ents) in enumerate(lines, 1):
            labels[(rel, i)] = ents
            texts[(rel, i)] = line
    return labels, texts


# ---------------------------------------------------------------------------------------------
# mail
# ---------------------------------------------------------------------------------------------

MAIL_EN = [
    ("Order {order_no} not delivered",
     "Hi MiauMall team,\n\nMy order {order_no} still hasn't arrived. Could you deliver it to {us_addr} instead?\n"
     "You can reach me at {us_phone} during the day.\n\nThanks,\n{en_name}\n", "in"),
    ("Re: Refund for order {order_no}",
     "Dear Ms. {en_last},\n\nThank you for contacting us. We have issued a refund of 42.10 USD to your original payment "
     "method; it should appear within 5-7 business days.\n\nBest regards,\n{en_name}\nMiauMall Customer Care\n", "out"),
    ("App crash on checkout",
     "Hello,\n\nThe app crashes every time I tap Pay. I'm using a {model} on {os_named}, app version 5.12.3.\n"
     "Device IMEI is {imei} if that helps.\n\nCheers\n", "in"),
    ("Your MiauMall weekly picks",
     "This week's picks: linen shirts from 2,990 JPY, ceramic mugs, and free shipping over 5,000 JPY.\n"
     "Use code SPRING24 at checkout. Unsubscribe: https://www.miaumall.com/u/{hex16}\n", "out"),
    ("Payment failed",
     "Hi,\n\nMy card {card} was declined although it has enough balance. Please check.\n\nRegards,\n{en_name}\n", "in"),
    ("Change of contact details",
     "Hello support,\n\nPlease update my account: new e-mail {email}, new phone {any_phone}.\n"
     "My Instagram is {profile_url} in case you need to DM me.\n\nBest,\n{en_name}\n", "in"),
]
MAIL_JA = [
    ("ご注文{order_no}の配送について",
     "MiauMallカスタマーサポート御中\n\nいつもお世話になっております。\n注文番号{order_no}の商品がまだ届いておりません。\n"
     "配送先：{jp_addr}\n電話：{jp_phone}\n\nお手数ですがご確認をお願いいたします。\n\n{ja_name}\n", "in"),
    ("【MiauMall】返品受付のお知らせ",
     "{ja_name}様\n\nいつもMiauMallをご利用いただきありがとうございます。\n返品のお申し込みを受け付けました。"
     "商品到着後、5営業日以内に返金いたします。\n\n何卒よろしくお願いいたします。\nMiauMallカスタマーサポート\n", "out"),
    ("アプリが起動しません",
     "お世話になっております。\nアプリを更新してから起動しなくなりました。端末は{model}、OSは{os_named}です。\nよろしくお願いします。\n", "in"),
]
MAIL_ZH = [
    ("订单{order_no}一直没有收到",
     "您好，\n我是{zh_name}，订单{order_no}一直没有收到。\n收货地址：{cn_addr}\n手机：{cn_phone}\n麻烦尽快帮我查一下，谢谢！\n", "in"),
    ("退款咨询",
     "客服您好：\n上周申请的退款还没有到账，请帮忙查询。订单号{order_no}。\n谢谢\n", "in"),
    ("修改收货信息",
     "你好，请把收货人改成{zh_name}，电话{cn_phone}，地址不变。微信号：{wxid}\n", "in"),
]
CSV_ROWS = ["{en_name},{email},{any_phone},{any_addr_csv}", "{ja_name},{email},{jp_phone},{jp_addr}",
            "{zh_name},{email},{cn_phone},{cn_addr}"]
SLOTS["any_addr_csv"] = lambda rng: (f'"{us_addr(rng)[0]}"', "POSTAL_ADDRESS")


def _html(body: str) -> str:
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    return f"<html><head><style>p{{margin:0 0 8px}}</style></head><body>{paras}<p style='color:#999'>Sent from MiauMall</p></body></html>"


def _message(rng: random.Random, idx: int, lang: str) -> tuple[object, str, dict[str, set[str]], dict[str, str]]:
    """One message; its Message-ID, labels per part, and the part texts."""
    labels: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, str] = {}
    pool = {"en": MAIL_EN, "ja": MAIL_JA, "zh": MAIL_ZH}[lang]
    subject_t, body_t, direction = rng.choice(pool)
    # fill subject and body with a shared order number
    order = order_no(rng)[0]
    subject, s_ents = fill(rng, subject_t.replace("{order_no}", order))
    body, b_ents = fill(rng, body_t.replace("{order_no}", order))
    inbound = direction == "in"
    name_fn = {"en": en_name, "ja": ja_name, "zh": zh_name}[lang]
    cust_name, _ = name_fn(rng)
    cust_addr, _ = email(rng)
    support = ("MiauMall Support", "support@miaumall.co.jp")
    if inbound:
        sender, to = (cust_name if rng.random() < 0.8 else "", cust_addr), support
    else:
        sender, to = support, (cust_name if rng.random() < 0.7 else "", cust_addr)
    charset = {"en": "utf-8", "ja": rng.choice(["iso-2022-jp", "utf-8"]), "zh": rng.choice(["gb2312", "utf-8"])}[lang]
    plain_part = MIMEText(body, "plain", charset)
    attach = lang == "en" and inbound and rng.random() < 0.4 or idx % 9 == 0
    html = rng.random() < 0.5
    if html or attach:
        msg = MIMEMultipart("mixed" if attach else "alternative")
        if html:
            alt = MIMEMultipart("alternative") if attach else msg
            alt.attach(plain_part)
            alt.attach(MIMEText(_html(body), "html", charset))
            if attach:
                msg.attach(alt)
        else:
            msg.attach(plain_part)
    else:
        msg = plain_part
    for header, (display, addr) in (("From", sender), ("To", to)):
        msg[header] = formataddr((display, addr), charset="utf-8") if display else addr
        texts[header] = f"{display} <{addr}>"
        labels[header].add("EMAIL_ADDRESS")
        if display and display != support[0]:
            labels[header].add("PERSON")
    if rng.random() < 0.2:
        cc, _ = staff_email(rng)
        msg["Cc"] = cc
        texts["Cc"] = cc
        labels["Cc"].add("EMAIL_ADDRESS")
    msg["Subject"] = Header(subject, "utf-8" if lang != "ja" else charset).encode()
    texts["Subject"] = subject
    if s_ents:
        labels["Subject"] |= s_ents
    mid = f"<{_hex(rng, 12)}.{idx}@{rng.choice(['mail.gmail.com', 'mx.miaumall.co.jp', 'qq.com', 'outlook.com'])}>"
    msg["Message-ID"] = mid
    msg["Date"] = format_datetime(dt.datetime(2024, 3, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                              tzinfo=dt.UTC))
    texts["body"] = body
    if b_ents:
        labels["body"] |= b_ents
    if attach:
        rows, ents = [], set()
        for _ in range(rng.randint(3, 8)):
            row, e = fill(rng, rng.choice(CSV_ROWS))
            rows.append(row)
            ents |= e
        name = rng.choice(["orders_export.csv", "customers_0312.csv", "affected_users.csv"])
        csv_text = "name,email,phone,address\n" + "\n".join(rows) + "\n"
        part = MIMEApplication(csv_text.encode("utf-8"), "csv")
        part.add_header("Content-Disposition", "attachment", filename=name)
        msg.attach(part)
        labels[name] |= ents
        texts[name] = csv_text
    return msg, mid, dict(labels), texts


def build_mail(root: Path, rng: random.Random):
    labels: dict[tuple[str, str, str], set[str]] = {}
    texts: dict[tuple[str, str, str], str] = {}
    (root / "mail" / "escalations").mkdir(parents=True, exist_ok=True)
    box = mailbox.mbox(str(root / "mail" / "support.mbox"))
    langs = ["en"] * 14 + ["ja"] * 9 + ["zh"] * 9
    rng.shuffle(langs)
    for i, lang in enumerate(langs):
        msg, mid, lab, tx = _message(rng, i, lang)
        box.add(msg)
        for part, ents in lab.items():
            labels[("mail/support.mbox", mid, part)] = ents
            texts[("mail/support.mbox", mid, part)] = tx.get(part, "")
    box.flush()
    box.close()
    for j, lang in enumerate(["ja", "zh", "en", "en"]):
        msg, mid, lab, tx = _message(rng, 100 + j, lang)
        rel = f"mail/escalations/esc-{j + 1:03d}.eml"
        (root / rel).write_bytes(msg.as_bytes())
        for part, ents in lab.items():
            labels[(rel, mid, part)] = ents
            texts[(rel, mid, part)] = tx.get(part, "")
    return labels, texts


# ---------------------------------------------------------------------------------------------
# run and score
# ---------------------------------------------------------------------------------------------

CONFIG = """version: 1
policy: policy.yaml
sources:
  - name: shop-db
    type: sql
    url: sqlite:///shop.db
    purposes: [order_placement]
    sample: {rows: null, seed: 0}
  - name: app-logs
    type: logs
    paths: ["logs/app/app.log*", "logs/logcat.txt"]
    purposes: [security]
  - name: edge-logs
    type: logs
    paths: ["logs/nginx/access.log", "logs/events.jsonl"]
    purposes: [security]
  - name: support-mail
    type: email
    paths: ["mail/*.mbox", "mail/escalations/*.eml"]
    purposes: [customer_service]
"""


def build(root: Path, seed: int):
    """Write the estate under ``root``; gold keys and texts for the error list."""
    rng = random.Random(seed)
    shutil.copy(POLICY, root / "policy.yaml")
    (root / "piiscan.yaml").write_text(CONFIG)
    gold: set[tuple] = set()
    texts: dict[tuple, str] = {}
    sql_labels, sql_samples = build_sql(root / "shop.db", rng)
    for (table, col), ents in sql_labels.items():
        texts[("sql", "shop-db", table, col)] = " | ".join(sql_samples.get((table, col), []))
        gold |= {("sql", "shop-db", table, col, e) for e in ents}
    log_labels, log_texts = build_logs(root, rng)
    for (rel, line), ents in log_labels.items():
        source = "app-logs" if rel.startswith(("logs/app/", "logs/logcat")) else "edge-logs"
        texts[("logs", source, rel, line)] = log_texts[(rel, line)]
        gold |= {("logs", source, rel, line, e) for e in ents}
    mail_labels, mail_texts = build_mail(root, rng)
    for (rel, mid, part), ents in mail_labels.items():
        texts[("email", "support-mail", rel, mid, part)] = mail_texts[(rel, mid, part)]
        gold |= {("email", "support-mail", rel, mid, part, e) for e in ents}
    return gold, texts


def _key(finding: dict) -> tuple:
    loc = finding["location"]
    if finding["kind"] == "sql":
        return ("sql", finding["source"], loc["table"], loc["column"], finding["entity"])
    if finding["kind"] == "logs":
        return ("logs", finding["source"], loc["path"], int(loc["line"]), finding["entity"])
    return ("email", finding["source"], loc["path"], loc["message_id"], loc["part"], finding["entity"])


def run_scan(root: Path, out: Path, extra: list[str]) -> list[dict]:
    exe = Path(sys.executable).with_name("piiscan")
    cmd = [str(exe) if exe.exists() else "piiscan", "scan", str(root / "piiscan.yaml"), "--out", str(out),
           "--workers", "2", "--no-progress", "--occurrences", *extra]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"piiscan scan exited {proc.returncode}")
    with open(out / "findings.jsonl", encoding="utf-8") as fh:
        columns = [f for f in map(json.loads, filter(str.strip, fh)) if f["kind"] == "sql"]
    with open(out / "occurrences.jsonl", encoding="utf-8") as fh:       # log lines and mail parts
        return columns + [json.loads(line) for line in fh if line.strip()]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(gold: set[tuple], pred: set[tuple], texts: dict[tuple, str], errors: int) -> dict:
    """Print per-kind, per-entity tables and the error list; return the micro numbers per kind."""
    kinds = ("sql", "logs", "email")
    tally: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for key in gold | pred:
        kind, entity = key[0], key[-1]
        verdict = "tp" if key in gold and key in pred else ("fn" if key in gold else "fp")
        tally[(kind, entity)][verdict] += 1
        tally[(kind, "*")][verdict] += 1
        tally[("*", entity)][verdict] += 1
        tally[("*", "*")][verdict] += 1
    entities = sorted({e for _, e in tally if e != "*"})
    print(f"{'entity':<20}" + "".join(f"{k:>22}" for k in (*kinds, "all")))
    print(" " * 20 + "".join(f"{'P    R    F1  (n)':>22}" for _ in (*kinds, "all")))
    for entity in (*entities, "*"):
        cells = []
        for kind in (*kinds, "*"):
            c = tally.get((kind, entity))
            if not c:
                cells.append(f"{'-':>22}")
                continue
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            cells.append(f"{p:5.2f}{r:5.2f}{f:5.2f} ({c['tp'] + c['fn']:>3})".rjust(22))
        print(f"{'micro' if entity == '*' else entity:<20}" + "".join(cells))
    if errors:
        print("\nerrors by (kind, entity, store): FP / FN")
        groups: dict[tuple, Counter] = defaultdict(Counter)
        for key in pred ^ gold:
            groups[(key[0], key[-1], key[2] if key[0] == "sql" else key[2])]["fp" if key in pred else "fn"] += 1
        for g, c in sorted(groups.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"  {' '.join(g):<60} {c['fp']:>4} {c['fn']:>4}")
        for title, keys in (("FALSE POSITIVES", sorted(pred - gold, key=str)), ("FALSE NEGATIVES", sorted(gold - pred, key=str))):
            print(f"\n{title} ({len(keys)})")
            for key in keys[:errors]:
                loc = key[:-1]
                shown = texts.get(loc, "")
                print(f"  {key[-1]:<20} {' '.join(map(str, loc[1:]))[:90]}\n      {shown[:300]!r}")
    out = {}
    for kind in (*kinds, "*"):
        c = tally.get((kind, "*"), Counter())
        out[kind] = prf(c["tp"], c["fp"], c["fn"])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--errors", type=int, default=40, help="list this many false positives and negatives (0: none)")
    ap.add_argument("--keep", type=Path, help="build the estate in this folder and keep it")
    ap.add_argument("--no-nlp", action="store_true", help="pass --no-nlp to piiscan scan")
    args = ap.parse_args(argv)
    tmp = None
    if args.keep:
        root = args.keep.resolve()
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="piiscan-estate-")
        root = Path(tmp.name)
    try:
        gold, texts = build(root, args.seed)
        findings = run_scan(root, root / "out", ["--no-nlp"] if args.no_nlp else [])
        pred = {_key(f) for f in findings}
        report(gold, pred, texts, args.errors)
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
