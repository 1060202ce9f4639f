"""Deterministic labelled corpus: text lines with planted spans, and DB-style columns.

    python -m tests.corpus --seed 0 --lines 5 --columns 3     # print a sample

Labels come only from what was planted: a ``{SLOT}`` in a template is recorded with its
entity and offsets; ``{~name}`` look-alikes are planted unlabelled. Columns get the entity
of the generator that filled them (or none for look-alike columns).
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tests import corpus_values as v
from tests.corpus_templates import FAMILIES

# slot -> (entity, generator)
SLOTS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "IMEI": ("IMEI", v.imei), "IMEISV": ("IMEI", v.imeisv), "IMSI": ("IMSI", v.imsi), "MAC": ("MAC_ADDRESS", v.mac),
    "MACBARE": ("MAC_ADDRESS", v.mac_bare), "AID": ("ANDROID_ID", v.android_id), "PHONE": ("PHONE_NUMBER", v.phone),
    "PHONE_JP": ("PHONE_NUMBER", v.phone_jp), "PHONE_CN": ("PHONE_NUMBER", v.phone_cn),
    "PHONE_US": ("PHONE_NUMBER", v.phone_us), "ADDR_JP": ("POSTAL_ADDRESS", v.address_jp),
    "ADDR_CN": ("POSTAL_ADDRESS", v.address_cn), "ADDR_US": ("POSTAL_ADDRESS", v.address_us),
    "EMAIL": ("EMAIL_ADDRESS", v.email), "IP": ("IP_ADDRESS", v.ip), "CARD": ("CREDIT_CARD", v.credit_card),
    "IBAN": ("IBAN_CODE", v.iban), "DOB": ("DATE_OF_BIRTH", v.dob), "AGE": ("AGE", v.age), "GENDER": ("GENDER", v.gender),
    "MODEL": ("DEVICE_MODEL", v.device_model), "OS": ("OS_VERSION", v.os_version), "NET": ("NETWORK_TYPE", v.network_type),
    "APP": ("APP_ID", v.app_id), "COOKIE": ("COOKIE_ID", v.cookie_id), "LOC": ("LOCATION", v.location),
    "LAT": ("LOCATION", lambda r: f"{r.uniform(20, 50):.6f}"), "LNG": ("LOCATION", lambda r: f"{r.uniform(100, 145):.6f}"),
    "SOCIAL": ("SOCIAL_MEDIA_HANDLE", v.social), "NAME_EN": ("PERSON", v.person_en), "NAME_JA": ("PERSON", v.person_ja),
    "NAME_ZH": ("PERSON", v.person_zh),
}
LOOKALIKES: dict[str, Callable[[random.Random], str]] = {
    "order": v.order_number, "luhn16": v.luhn16_business, "sha1": v.sha1, "sha256": v.sha256, "md5": v.md5,
    "hex16": v.hex16, "rev": v.git_rev, "ver4": v.version4, "ean": v.ean13, "uuid": v.uuid, "ts": v.unix_ts,
    "iso": v.iso_ts, "date": v.plain_date, "price": v.price, "status": v.status, "port": v.port, "track": v.tracking,
    "jclass": v.java_class, "host": v.hostname, "product": v.product, "city": v.city, "int": v.small_int,
    "dur": v.duration, "oid": v.oid,
}
_TABLES = ("users", "orders", "devices", "events", "payments", "customers", "t_member", "order_items", "logs")
_SLOT = re.compile(r"\{(~?)([A-Za-z0-9_]+)\}")

# (column names to pick from, generator, entity or None)
COLUMNS: tuple[tuple[tuple[str, ...], Callable[[random.Random], str], str | None], ...] = (
    (("imei", "device_imei", "imei1", "handset_imei"), v.imei, "IMEI"),
    (("imsi", "sim_imsi", "subscriber_id"), v.imsi, "IMSI"),
    (("mac", "mac_address", "wifi_mac", "macAddr"), v.mac, "MAC_ADDRESS"),
    (("android_id", "ssaid", "androidId"), v.android_id, "ANDROID_ID"),
    (("phone", "tel", "mobile", "contact_phone", "電話番号", "手机号", "phone_number"), v.phone, "PHONE_NUMBER"),
    (("shipping_address", "address", "住所", "收货地址", "addr1"), lambda r: r.choice((v.address_jp, v.address_cn, v.address_us))(r), "POSTAL_ADDRESS"),
    (("email", "mail", "contact_email", "メールアドレス", "邮箱"), v.email, "EMAIL_ADDRESS"),
    (("client_ip", "ip", "last_login_ip", "remote_addr"), v.ip, "IP_ADDRESS"),
    (("card_number", "cc_num", "pan", "カード番号"), v.credit_card, "CREDIT_CARD"),
    (("iban", "bank_account_iban"), v.iban, "IBAN_CODE"),
    (("full_name", "customer_name", "name", "氏名", "姓名", "收件人", "recipient"), lambda r: r.choice((v.person_en, v.person_ja, v.person_zh))(r), "PERSON"),
    (("birthday", "dob", "date_of_birth", "生年月日", "出生日期", "birth_date"), v.dob, "DATE_OF_BIRTH"),
    (("age", "user_age", "年齢", "年龄"), v.age, "AGE"),
    (("gender", "sex", "性別", "性别"), v.gender, "GENDER"),
    (("device_model", "model", "機種", "机型"), v.device_model, "DEVICE_MODEL"),
    (("os_version", "os", "platform_version"), v.os_version, "OS_VERSION"),
    (("network_type", "net_type", "connection"), v.network_type, "NETWORK_TYPE"),
    (("app_id", "package_name", "bundle_id"), v.app_id, "APP_ID"),
    (("cookie_id", "session_id", "sid", "ga_cookie"), v.cookie_id, "COOKIE_ID"),
    (("geo", "location", "latlng", "coordinates"), v.location, "LOCATION"),
    (("twitter", "sns_handle", "instagram", "social_account"), v.social, "SOCIAL_MEDIA_HANDLE"),
    # value-only columns: a non-descriptive name, the values alone must carry the entity
    (("col_3", "value", "data", "field2"), v.email, "EMAIL_ADDRESS"),
    (("c1", "value", "attr", "misc"), v.imei, "IMEI"),
    (("contact", "info", "col_9"), v.phone, "PHONE_NUMBER"),
    (("extra", "col_5"), v.credit_card, "CREDIT_CARD"),
    # look-alike columns: must stay unflagged
    (("order_id", "order_no", "注文番号", "订单号"), v.order_number, None),
    (("invoice_no", "payment_ref"), v.luhn16_business, None),
    (("trace_id", "span_id", "parent_span"), v.hex16, None),
    (("sha1", "checksum", "etag", "file_hash"), v.sha1, None),
    (("commit", "revision"), v.git_rev, None),
    (("app_version", "sdk_version", "build_version"), v.version4, None),
    (("barcode", "jan_code", "ean"), v.ean13, None),
    (("request_id", "uuid", "idempotency_key"), v.uuid, None),
    (("created_at", "updated_at", "event_time"), v.iso_ts, None),
    (("created_ts", "epoch_ms"), v.unix_ts, None),
    (("ship_date", "order_date", "delivered_on"), v.plain_date, None),
    (("price", "amount", "total"), v.price, None),
    (("status_code", "http_status"), v.status, None),
    (("port", "listen_port"), v.port, None),
    (("tracking_no", "waybill"), v.tracking, None),
    (("product_name", "item_title", "商品名"), v.product, None),
    (("city", "store_city"), v.city, None),
    (("quantity", "retry_count", "stock"), v.small_int, None),
    (("hostname", "upstream_host"), v.hostname, None),
    (("logger", "handler_class"), v.java_class, None),
)


@dataclass(frozen=True)
class Span:
    """A planted value: entity and offsets in its line."""

    entity: str
    start: int
    end: int


@dataclass
class Line:
    """One text line and its planted spans."""

    text: str
    family: str
    spans: list[Span] = field(default_factory=list)


@dataclass
class Column:
    """A DB-style column: name, sampled values, and the planted entity (or None)."""

    name: str
    values: list[str]
    entity: str | None
    table: str = ""


def render(template: str, rng: random.Random) -> tuple[str, list[Span]]:
    """Fill a template; return the text and the labelled spans."""
    out: list[str] = []
    spans: list[Span] = []
    pos = last = 0
    for m in _SLOT.finditer(template):
        literal = template[last:m.start()].replace("{{", "{").replace("}}", "}")
        out.append(literal)
        pos += len(literal)
        negative, name = m.group(1), m.group(2)
        if negative:
            value = LOOKALIKES[name](rng)
        else:
            entity, gen = SLOTS[name]
            value = gen(rng)
            spans.append(Span(entity, pos, pos + len(value)))
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(template[last:].replace("{{", "{").replace("}}", "}"))
    return "".join(out), spans


def lines(seed: int = 0, n: int = 1500) -> list[Line]:
    """``n`` labelled lines, families weighted towards logs as in real stores."""
    rng = random.Random(seed)
    weights = {"log_en": 5, "json": 4, "mail_en": 3, "log_ja": 2, "mail_ja": 2, "log_zh": 2, "mail_zh": 2, "negative": 4}
    names = list(weights)
    out = []
    for _ in range(n):
        family = rng.choices(names, weights=[weights[f] for f in names])[0]
        text, spans = render(rng.choice(FAMILIES[family]), rng)
        out.append(Line(text, family, spans))
    return out


ColumnKinds = Sequence[tuple[Sequence[str], Callable[[random.Random], str], str | None]]


def fill_columns(kinds: ColumnKinds, tables: Sequence[str], rng: random.Random, per_kind: int, rows: int,
                 empty: float) -> list[Column]:
    """``per_kind`` columns of every kind (names to pick from, value generator, entity), ``rows`` values each,
    about the share ``empty`` of them left empty, each in a table picked from ``tables``."""
    out = []
    for names, gen, entity in kinds:
        for _ in range(per_kind):
            vals = ["" if rng.random() < empty else gen(rng) for _ in range(rows)]
            out.append(Column(rng.choice(names), vals, entity, rng.choice(tables)))
    return out


def columns(seed: int = 0, per_kind: int = 3, rows: int = 40) -> list[Column]:
    """``per_kind`` columns of every kind, ``rows`` values each, some values left empty."""
    return fill_columns(COLUMNS, _TABLES, random.Random(seed + 1), per_kind, rows, empty=0.08)


def print_sample(description: str, lines: Callable[[int, int], list[Line]],
                 columns: Callable[[int, int], list[Column]]) -> None:
    """Print a sample of a corpus (``lines(seed, n)``, ``columns(seed, per_kind)``); options ``--seed``,
    ``--lines``, ``--columns`` and ``--family`` (only lines of that family)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lines", type=int, default=10)
    ap.add_argument("--columns", type=int, default=3)
    ap.add_argument("--family", default="")
    a = ap.parse_args()
    for line in lines(a.seed, a.lines * (8 if a.family else 1)):
        if a.family and line.family != a.family:
            continue
        print(line.family, "|", line.text, "|", [(s.entity, line.text[s.start:s.end]) for s in line.spans])
    for col in columns(a.seed, 1)[: a.columns]:
        print(col.table, col.name, col.entity, col.values[:3])


if __name__ == "__main__":
    print_sample(__doc__.splitlines()[0], lines, columns)
