"""Build the MiauMall demo estate: a SQLite shop database, rotated service logs, a support mailbox.

Deterministic for a seed. :func:`build_estate` returns the config path and a manifest of every
value it planted, so tests can check both what must be found and that no output leaks it.
"""

from __future__ import annotations

import bz2
import gzip
import json
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

from sample_data import POLICY
from sample_data.fake import Faker

CONFIG_TEMPLATE = """\
version: 1
policy: policy.yaml
inventory: sqlite:///inventory.db
sources:
  - name: shop-db
    type: sql
    url: sqlite:///shop.db
    purposes: [order_placement]
    tables:
      users: [registration]
      devices: [security]
      reviews: [commenting]
      support_tickets: [customer_service]
    sample: {rows: 1000, seed: 0}
  - name: app-logs
    type: logs
    paths: ["logs/app.log*", "logs/events.jsonl"]
    purposes: [security]
  - name: support-mail
    type: email
    paths: ["mail/*.mbox", "mail/escalations/*.eml"]
    purposes: [customer_service]
"""


@dataclass
class Manifest:
    """What the generator planted: raw values (for leak checks) and the findings a scan must report."""

    values: set[str] = field(default_factory=set)
    expected: list[dict] = field(default_factory=list)      # {"source","where","entity","status"}

    def plant(self, value: str) -> str:
        self.values.add(value)
        return value

    def expect(self, source: str, where: str, entity: str, status: str) -> None:
        self.expected.append({"source": source, "where": where, "entity": entity, "status": status})


def _shop_db(path: Path, fake: Faker, m: Manifest, rows: int = 60) -> None:
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE users (id INTEGER PRIMARY KEY, full_name TEXT, email TEXT, phone TEXT, birth_date TEXT,
                            gender TEXT, created_at TEXT);
        CREATE TABLE orders (order_no TEXT PRIMARY KEY, user_id INTEGER, recipient_name TEXT, ship_address TEXT,
                             contact_phone TEXT, total_jpy INTEGER, status TEXT);
        CREATE TABLE payments (id INTEGER PRIMARY KEY, order_no TEXT, card_number TEXT, amount INTEGER);
        CREATE TABLE devices (id INTEGER PRIMARY KEY, user_id INTEGER, imei INTEGER, imsi TEXT, mac_address TEXT,
                              android_id TEXT, model TEXT, last_ip TEXT);
        CREATE TABLE reviews (id INTEGER PRIMARY KEY, user_id INTEGER, rating INTEGER, body TEXT);
        CREATE TABLE support_tickets (id INTEGER PRIMARY KEY, contact_email TEXT, subject TEXT, body TEXT);
        CREATE TABLE marketing_leads (id INTEGER PRIMARY KEY, email TEXT, birth_date TEXT, last_location TEXT,
                                      ad_device_imei TEXT, campaign TEXT);
        CREATE TABLE catalog (sku TEXT PRIMARY KEY, ean TEXT, app_version TEXT, image_sha1 TEXT, trace_id TEXT,
                              price_jpy INTEGER);
    """)
    for i in range(rows):
        name = [fake.jp_name, fake.cn_name, fake.en_name][i % 3]()
        phone = [fake.jp_mobile, fake.cn_mobile, fake.us_phone][i % 3]()
        address = [fake.jp_address, fake.cn_address, fake.us_address][i % 3]()
        con.execute("INSERT INTO users VALUES (?,?,?,?,?,?,?)",
                    (i, m.plant(name), m.plant(fake.email(fake.en_name())), m.plant(phone),
                     m.plant(fake.birth_date()), ["F", "M"][i % 2], "2025-01-01"))
        order_no = fake.order_no()
        con.execute("INSERT INTO orders VALUES (?,?,?,?,?,?,?)",
                    (order_no, i, m.plant(fake.jp_name()), m.plant(address), m.plant(fake.jp_mobile()),
                     1000 + i * 37, "shipped"))
        con.execute("INSERT INTO payments VALUES (?,?,?,?)", (i, order_no, m.plant(fake.card()), 1000 + i))
        con.execute("INSERT INTO devices VALUES (?,?,?,?,?,?,?,?)",
                    (i, i, int(m.plant(fake.imei())), m.plant(fake.imsi()), m.plant(fake.mac()),
                     m.plant(fake.android_id()), fake.rng.choice(fake.MODELS), m.plant(fake.ipv4())))
        body = "Fast delivery, the cat loves the toy. 5 stars!"
        if i % 10 == 0:
            body = f"Great seller, call me on {m.plant(fake.jp_mobile())} if you restock."
        con.execute("INSERT INTO reviews VALUES (?,?,?,?)", (i, i, 5, body))
        con.execute("INSERT INTO support_tickets VALUES (?,?,?,?)",
                    (i, m.plant(fake.email()), "Parcel not delivered",
                     f"Please resend to {m.plant(fake.jp_address())}, phone {m.plant(fake.jp_mobile())}."))
        con.execute("INSERT INTO marketing_leads VALUES (?,?,?,?,?,?)",
                    (i, m.plant(fake.email()), m.plant(fake.birth_date()), m.plant(fake.latlng()),
                     m.plant(fake.imei()), "winter-sale"))
        con.execute("INSERT INTO catalog VALUES (?,?,?,?,?,?)",
                    (f"SKU-{i:05d}", "4901234567894", f"2.14.{i % 7}.1", fake.hexs(40), fake.hexs(16), 1980))
    con.commit()
    con.close()
    for where, entity, status in [
        ("users.full_name", "PERSON", "declared"), ("users.email", "EMAIL_ADDRESS", "declared"),
        ("users.phone", "PHONE_NUMBER", "declared"), ("users.birth_date", "DATE_OF_BIRTH", "declared"),
        ("orders.recipient_name", "PERSON", "declared"), ("orders.ship_address", "POSTAL_ADDRESS", "declared"),
        ("orders.contact_phone", "PHONE_NUMBER", "declared"), ("payments.card_number", "CREDIT_CARD", "declared"),
        ("devices.imei", "IMEI", "declared"), ("devices.imsi", "IMSI", "declared"),
        ("devices.mac_address", "MAC_ADDRESS", "declared"), ("devices.android_id", "ANDROID_ID", "declared"),
        ("devices.last_ip", "IP_ADDRESS", "declared"),
        ("reviews.body", "PHONE_NUMBER", "undeclared"),
        ("support_tickets.contact_email", "EMAIL_ADDRESS", "declared"),
        ("support_tickets.body", "POSTAL_ADDRESS", "declared"), ("support_tickets.body", "PHONE_NUMBER", "declared"),
        ("marketing_leads.email", "EMAIL_ADDRESS", "declared"),
        ("marketing_leads.birth_date", "DATE_OF_BIRTH", "undeclared"),
        ("marketing_leads.last_location", "LOCATION", "undeclared"),
        ("marketing_leads.ad_device_imei", "IMEI", "undeclared"),
    ]:
        m.expect("shop-db", where, entity, status)


def _log_lines(fake: Faker, m: Manifest, start: datetime, n: int) -> list[str]:
    lines = []
    for i in range(n):
        ts = (start + timedelta(seconds=17 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        kind = i % 5
        if kind == 0:
            lines.append(f"{ts} INFO auth login ok uid={1000 + i} ip={m.plant(fake.ipv4())} "
                         f"imei={m.plant(fake.imei(grouped=True))} trace={fake.hexs(16)}")
        elif kind == 1:
            lines.append(f"{ts} INFO http GET /api/v2/items status=200 client=MiauMall/2.14.{i % 9}.1 "
                         f"order={fake.order_no()} took=12ms")
        elif kind == 2:
            lines.append(f"{ts} WARN device check failed mac={m.plant(fake.mac())} android_id={m.plant(fake.android_id())}")
        elif kind == 3:
            lines.append(f"{ts} ERROR mailer bounce for {m.plant(fake.email())} (550 mailbox unavailable)")
        else:
            lines.append(f"{ts} DEBUG cache hit key=sku:{fake.digits(6)} sha1={fake.hexs(40)}")
    return lines


def _logs(root: Path, fake: Faker, m: Manifest) -> None:
    root.mkdir(parents=True, exist_ok=True)
    start = datetime(2026, 11, 20, tzinfo=UTC)
    sets = {"app.log": None, "app.log.1": None, "app.log.2.gz": gzip.open, "app.log.3.bz2": bz2.open}
    for day, (name, opener) in enumerate(sets.items()):
        lines = _log_lines(fake, m, start - timedelta(days=day), 25)
        data = ("\n".join(lines) + "\n").encode()
        if opener is None:
            (root / name).write_bytes(data)
        else:
            with opener(root / name, "wb") as out:
                out.write(data)
        # line 1 (kind 0) carries ip+imei, line 3 a device check, line 4 an e-mail address
        m.expect("app-logs", f"logs/{name}:1", "IMEI", "declared")
        m.expect("app-logs", f"logs/{name}:1", "IP_ADDRESS", "declared")
        m.expect("app-logs", f"logs/{name}:3", "MAC_ADDRESS", "declared")
        m.expect("app-logs", f"logs/{name}:4", "EMAIL_ADDRESS", "undeclared")
    events = []
    for i in range(20):
        events.append(json.dumps({
            "ts": f"2026-11-20T12:{i:02d}:00Z", "event": "checkout",
            "device": {"android_id": m.plant(fake.android_id()), "model": fake.rng.choice(fake.MODELS)},
            "shipping": {"address": m.plant(fake.jp_address())},
            "build": {"version": "2.14.3.1", "commit": fake.hexs(40)},
        }, ensure_ascii=False))
    (root / "events.jsonl").write_text("\n".join(events) + "\n", encoding="utf-8")
    m.expect("app-logs", "logs/events.jsonl:1", "ANDROID_ID", "declared")
    m.expect("app-logs", "logs/events.jsonl:1", "POSTAL_ADDRESS", "undeclared")


def _message(frm: str, to: str, subject: str, body: str, charset: str, when: datetime, msgid: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"] = frm, to
    msg["Subject"] = Header(subject, charset).encode()
    msg["Date"], msg["Message-ID"] = format_datetime(when), msgid
    msg.set_content(body, charset=charset)
    return msg


def _mail(root: Path, fake: Faker, m: Manifest) -> None:
    (root / "escalations").mkdir(parents=True, exist_ok=True)
    when = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
    ja_name, ja_phone, ja_addr = m.plant(fake.jp_name()), m.plant(fake.jp_mobile()), m.plant(fake.jp_address())
    cn_name, cn_phone, cn_addr = m.plant(fake.cn_name()), m.plant(fake.cn_mobile()), m.plant(fake.cn_address())
    card = m.plant(fake.card())
    ja_mail, cn_mail, en_mail = m.plant(fake.email()), m.plant(fake.email()), m.plant(fake.email())
    messages = [
        _message(ja_mail, "support@miau.example", "注文の配送について",
                 f"お世話になっております。{ja_name}です。\n荷物が届いていません。住所は{ja_addr}です。\n"
                 f"電話番号：{ja_phone}\nよろしくお願いいたします。\n", "iso-2022-jp", when, "<ja-1@miau.example>"),
        _message(cn_mail, "support@miau.example", "退款申请",
                 f"您好，我是{cn_name}。\n收件地址：{cn_addr}\n联系电话：{cn_phone}\n谢谢！\n", "gb18030",
                 when + timedelta(hours=1), "<cn-1@miau.example>"),
        _message(en_mail, "support@miau.example", "Refund for order",
                 f"Hi, please refund to my card {card}, thanks.\n", "utf-8", when + timedelta(hours=2),
                 "<en-1@miau.example>"),
    ]
    with (root / "support.mbox").open("wb") as out:
        for msg in messages:
            out.write(f"From support@miau.example {when.strftime('%a %b %d %H:%M:%S %Y')}\n".encode())
            raw = msg.as_bytes().replace(b"\nFrom ", b"\n>From ")
            out.write(raw + b"\n")
    for msgid, part, entity, status in [
        ("<ja-1@miau.example>", "body", "PHONE_NUMBER", "declared"),
        ("<ja-1@miau.example>", "body", "POSTAL_ADDRESS", "declared"),
        ("<cn-1@miau.example>", "body", "PHONE_NUMBER", "declared"),
        ("<cn-1@miau.example>", "body", "POSTAL_ADDRESS", "declared"),
        ("<en-1@miau.example>", "body", "CREDIT_CARD", "undeclared"),
        ("<en-1@miau.example>", "From", "EMAIL_ADDRESS", "declared"),
    ]:
        m.expect("support-mail", f"mail/support.mbox#{msgid}/{part}", entity, status)

    esc = MIMEMultipart()
    esc["From"], esc["To"] = "escalations@miau.example", "security@miau.example"
    esc["Subject"], esc["Date"] = "Suspicious devices", format_datetime(when + timedelta(days=1))
    esc["Message-ID"] = "<esc-1@miau.example>"
    contact = m.plant(fake.en_name())
    esc.attach(MIMEText(f"<html><body><p>Customer <b>{contact}</b> reported fraud.</p>"
                        f"<p>Reach them at {m.plant(fake.us_phone())}.</p></body></html>", "html", "utf-8"))
    rows = "imei,first_seen\n" + "".join(f"{m.plant(fake.imei())},2026-11-1{d}\n" for d in range(5))
    att = MIMEApplication(rows.encode(), "csv")
    att.add_header("Content-Disposition", "attachment", filename="devices.csv")
    esc.attach(att)
    (root / "escalations" / "fraud-1.eml").write_bytes(esc.as_bytes())
    m.expect("support-mail", "mail/escalations/fraud-1.eml#<esc-1@miau.example>/devices.csv", "IMEI", "undeclared")
    m.expect("support-mail", "mail/escalations/fraud-1.eml#<esc-1@miau.example>/body", "PHONE_NUMBER", "declared")


def build_estate(out: Path, seed: int = 0, rows: int = 60) -> tuple[Path, Manifest]:
    """Write the estate and its scan config into ``out``; return the config path and the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    fake = Faker(seed)
    manifest = Manifest()
    db = out / "shop.db"
    db.unlink(missing_ok=True)
    _shop_db(db, fake, manifest, rows)
    _logs(out / "logs", fake, manifest)
    _mail(out / "mail", fake, manifest)
    shutil.copyfile(POLICY, out / "policy.yaml")
    config = out / "piiscan.yaml"
    config.write_text(CONFIG_TEMPLATE, encoding="utf-8")
    return config, manifest
