"""Deterministic fake personal data that passes real validators (Luhn, TAC, MCC, phonenumbers).

Every value is invented; nothing here is a real person's data.
"""

from __future__ import annotations

import random
import string

from recognizers._checksums import luhn_check_digit


class Faker:
    """A seeded source of MiauMall-flavoured fake values."""

    JP_SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
    JP_GIVEN = ["太郎", "花子", "翔太", "美咲", "大輔", "由美", "健一", "陽菜", "蓮", "結衣"]
    CN_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"]
    CN_GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军"]
    EN_FIRST = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "Emily", "Daniel"]
    EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor"]
    JP_CITIES = [("東京都", "千代田区", "丸の内"), ("大阪府", "大阪市北区", "梅田"), ("神奈川県", "横浜市西区", "みなとみらい"),
                 ("福岡県", "福岡市中央区", "天神"), ("北海道", "札幌市中央区", "大通西")]
    CN_CITIES = [("广东省", "深圳市", "南山区", "科技园路"), ("浙江省", "杭州市", "西湖区", "文三路"),
                 ("江苏省", "南京市", "鼓楼区", "中山路"), ("四川省", "成都市", "武侯区", "人民南路")]
    US_STREETS = ["Main St", "Oak Avenue", "Maple Dr", "Washington Blvd", "Park Lane"]
    US_CITIES = [("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Portland", "OR", "97205"),
                 ("Denver", "CO", "80202")]
    TACS = ["35209900", "35332510", "86459703", "49015420", "35875905", "01326300"]
    MODELS = ["iPhone 14 Pro", "Pixel 7", "SM-G991B", "Redmi Note 12", "HUAWEI P40", "Xperia 5 IV"]

    def __init__(self, seed: int = 0):
        self.rng = random.Random(seed)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def imei(self, grouped: bool = False) -> str:
        body = self.rng.choice(self.TACS) + self.digits(6)
        value = body + luhn_check_digit(body)
        return f"{value[:2]}-{value[2:8]}-{value[8:14]}-{value[14]}" if grouped else value

    def imsi(self) -> str:
        prefix = self.rng.choice(["44010", "44020", "46000", "46001", "310260"])
        return prefix + self.digits(15 - len(prefix))

    def mac(self) -> str:
        first = (self.rng.randrange(256) & 0xFC) | 0x02
        return ":".join([f"{first:02x}"] + [self.hexs(2) for _ in range(5)])

    def android_id(self) -> str:
        return self.hexs(16)

    def jp_mobile(self) -> str:
        return f"0{self.rng.choice('789')}0-{self.digits(4)}-{self.digits(4)}"

    def cn_mobile(self) -> str:
        return f"1{self.rng.choice('3589')}{self.digits(9)}"

    def us_phone(self) -> str:
        return f"({self.rng.choice(['212', '415', '312', '617'])}) {self.rng.choice(['555', '867', '420'])}-{self.digits(4)}"

    def card(self) -> str:
        body = self.rng.choice(["4", "51", "35", "62"]) + self.digits(14)
        body = body[:15]
        return body + luhn_check_digit(body)

    def ipv4(self) -> str:
        return f"{self.rng.choice(['203.0.113', '198.51.100', '192.0.2'])}.{self.rng.randrange(1, 255)}"

    def jp_name(self) -> str:
        return self.rng.choice(self.JP_SURNAMES) + self.rng.choice(self.JP_GIVEN)

    def cn_name(self) -> str:
        return self.rng.choice(self.CN_SURNAMES) + self.rng.choice(self.CN_GIVEN)

    def en_name(self) -> str:
        return f"{self.rng.choice(self.EN_FIRST)} {self.rng.choice(self.EN_LAST)}"

    def email(self, name: str = "") -> str:
        user = (name.lower().replace(" ", ".") if name.isascii() and name else f"user{self.digits(5)}")
        return f"{user}{self.rng.randrange(10, 99)}@{self.rng.choice(['example.com', 'mail.example.jp', 'example.cn'])}"

    def jp_address(self) -> str:
        pref, city, town = self.rng.choice(self.JP_CITIES)
        return f"〒{self.digits(3)}-{self.digits(4)} {pref}{city}{town}{self.rng.randrange(1, 9)}丁目{self.rng.randrange(1, 30)}番{self.rng.randrange(1, 20)}号"

    def cn_address(self) -> str:
        prov, city, dist, road = self.rng.choice(self.CN_CITIES)
        return f"{prov}{city}{dist}{road}{self.rng.randrange(1, 300)}号{self.rng.randrange(1, 30)}栋{self.rng.randrange(101, 2999)}室"

    def us_address(self) -> str:
        city, state, zipc = self.rng.choice(self.US_CITIES)
        return f"{self.rng.randrange(10, 9999)} {self.rng.choice(self.US_STREETS)}, {city}, {state} {zipc}"

    def birth_date(self) -> str:
        return f"{self.rng.randrange(1950, 2005)}-{self.rng.randrange(1, 13):02d}-{self.rng.randrange(1, 29):02d}"

    def latlng(self) -> str:
        return f"{self.rng.uniform(24, 45):.5f},{self.rng.uniform(122, 146):.5f}"

    def order_no(self) -> str:
        """A 15-digit order number that fails Luhn: an IMEI look-alike that must not be flagged."""
        body = "2026" + self.digits(10)
        bad = (int(luhn_check_digit(body)) + 1 + self.rng.randrange(8)) % 10
        return body + str(bad)
