"""MailConnector on mbox files, Maildir folders and .eml files generated in tmp_path."""

from __future__ import annotations

import base64
import gzip
import re
from email.message import EmailMessage

import pytest

from scanner.connectors.base import load_connector
from scanner.connectors.email import MailConnector
from scanner.errors import ConfigError

from .conftest import FAKE_EMAIL, FAKE_IMEI, FAKE_PHONE, drain

SYNTHETIC_ID = re.compile(r"<[0-9a-f]{16}@piiscan\.invalid>")


def mail(tmp_path, paths, **options) -> MailConnector:
    return MailConnector({"name": "support-mail", "type": "email", "paths": paths,
                          "purposes": ["customer_service"], **options}, tmp_path)


def parts(connector: MailConnector) -> list[tuple[str, str, str, str]]:
    """(path, message_id, part, text) of every chunk."""
    return [(c.location["path"], c.location["message_id"], c.location["part"], c.values[0])
            for c in drain(connector)]


def message(msg_id: str | None = "<m1@example.com>", body: str = "hello", **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = headers.pop("sender", f"Support <{FAKE_EMAIL}>")
    msg["To"] = "help@example.org"
    msg["Subject"] = headers.pop("subject", "question")
    if msg_id:
        msg["Message-ID"] = msg_id
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def mbox(*messages: bytes) -> bytes:
    return b"".join(b"From sender@example.com Mon Jan  1 00:00:00 2024\n" + m.rstrip(b"\n") + b"\n\n"
                    for m in messages)


def test_is_the_registered_email_connector():
    assert load_connector("email") is MailConnector


def test_headers_and_body_of_an_eml_file(tmp_path, write):
    write("mail/one.eml", message(body=f"call me on {FAKE_PHONE}", Cc="Ops <ops@example.net>").as_bytes())
    chunks = drain(mail(tmp_path, "mail/*.eml"))
    assert [(c.location["part"], tuple(c.context), c.values[0].strip()) for c in chunks] == [
        ("From", ("from",), f"Support <{FAKE_EMAIL}>"),
        ("To", ("to",), "help@example.org"),
        ("Cc", ("cc",), "Ops <ops@example.net>"),
        ("Subject", ("subject",), "question"),
        ("body", (), f"call me on {FAKE_PHONE}"),
    ]
    assert all(dict(c.location).keys() == {"path", "message_id", "part"} for c in chunks)
    assert {(c.store, c.location["path"], c.location["message_id"], c.mode) for c in chunks} == {
        ("mail/one.eml", "mail/one.eml", "<m1@example.com>", "text")}


def test_rfc2047_encoded_from_name(tmp_path, write):
    raw = (b"From: =?UTF-8?B?" + base64.b64encode("山田 太郎".encode()) + b"?= <" + FAKE_EMAIL.encode() + b">\n"
           b"To: help@example.org\nSubject: =?utf-8?q?caf=C3=A9?=\nMessage-ID: <e@x>\n\nbody\n")
    write("a.eml", raw)
    got = parts(mail(tmp_path, "a.eml"))
    assert ("a.eml", "<e@x>", "From", f"山田 太郎 <{FAKE_EMAIL}>") in got
    assert ("a.eml", "<e@x>", "Subject", "café") in got


def test_japanese_iso_2022_jp_message(tmp_path, write):
    subject = base64.b64encode("お問い合わせ".encode("iso-2022-jp")).decode()
    name = base64.b64encode("山田太郎".encode("iso-2022-jp")).decode()
    body = f"山田太郎です。電話番号は{FAKE_PHONE}です。\n"
    raw = (f"From: =?ISO-2022-JP?B?{name}?= <{FAKE_EMAIL}>\nTo: help@example.jp\n"
           f"Subject: =?ISO-2022-JP?B?{subject}?=\nMessage-ID: <jp@example.jp>\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n").encode()
    write("jp.eml", raw + body.encode("iso-2022-jp"))
    got = {part: text for _, _, part, text in parts(mail(tmp_path, "jp.eml"))}
    assert got["From"] == f"山田太郎 <{FAKE_EMAIL}>"
    assert got["Subject"] == "お問い合わせ"
    assert got["body"] == body


def test_chinese_gb18030_body_labelled_gb2312(tmp_path, write):
    body = f"客户朱镕基的手机号码是 {FAKE_PHONE}，地址：北京市海淀区\n"      # 镕 is GBK/GB18030, not GB2312
    raw = (b"From: kefu@example.cn\nTo: user@example.cn\nMessage-ID: <cn@example.cn>\nMIME-Version: 1.0\n"
           b"Content-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: base64\n\n"
           + base64.encodebytes(body.encode("gb18030")))
    write("cn.eml", raw)
    got = {part: text for _, _, part, text in parts(mail(tmp_path, "cn.eml"))}
    assert got["body"] == body


def test_html_only_mail_is_converted_to_text(tmp_path, write):
    msg = message(body="x")
    msg.set_content(f"<html><head><style>p {{}}</style></head><body><p>Phone:&nbsp;{FAKE_PHONE}</p>"
                    f"<script>var imei='{FAKE_IMEI}'</script><p>Bye</p></body></html>", subtype="html")
    write("h.eml", msg.as_bytes())
    bodies = [text for _, _, part, text in parts(mail(tmp_path, "h.eml")) if part == "body"]
    assert bodies == [f"Phone: {FAKE_PHONE}\n\nBye"]


def test_alternative_scans_only_the_plain_copy(tmp_path, write):
    msg = message(body=f"plain {FAKE_PHONE}\n")
    msg.add_alternative(f"<p>html {FAKE_PHONE}</p>", subtype="html")
    write("alt.eml", msg.as_bytes())
    bodies = [text for _, _, part, text in parts(mail(tmp_path, "alt.eml")) if part == "body"]
    assert bodies == [f"plain {FAKE_PHONE}\n"]


def test_csv_attachment_is_scanned_and_pdf_reported_as_skipped(tmp_path, write):
    msg = message(body="see attached")
    msg.add_attachment(f"name,imei\nTaro,{FAKE_IMEI}\n".encode(), maintype="text", subtype="csv",
                       filename="customers.csv")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="report.pdf")
    write("att.eml", msg.as_bytes())
    connector = mail(tmp_path, "att.eml")
    got = parts(connector)
    assert ("att.eml", "<m1@example.com>", "customers.csv", f"name,imei\nTaro,{FAKE_IMEI}\n") in got
    assert [part for _, _, part, _ in got].count("body") == 1
    assert [(i.location, i.message, i.severity) for i in connector.issues] == [
        ({"path": "att.eml", "message_id": "<m1@example.com>", "part": "report.pdf"},
         "attachment not scanned (application/pdf)", "skipped")]


def test_nested_message_reports_under_the_attachment_name(tmp_path, write):
    inner = message("<inner@example.com>", body=f"inner body {FAKE_PHONE}",
                    sender="Hanako <hanako@example.com>", subject="original")
    inner.add_attachment(b"a,b\n1,2\n", maintype="text", subtype="csv")          # no file name
    outer = message("<outer@example.com>", body="forwarding")
    outer.add_attachment(inner, filename="fwd.eml")
    write("n.eml", outer.as_bytes())
    got = [(part, text) for _, msg_id, part, text in parts(mail(tmp_path, "n.eml"))]
    assert ("fwd.eml", "Hanako <hanako@example.com>") in got
    assert ("fwd.eml", "original") in got
    assert ("fwd.eml", f"inner body {FAKE_PHONE}\n") in got
    assert ("attachment:2", "a,b\n1,2\n") in got
    assert ("body", "forwarding\n") in got


def test_mbox_with_a_malformed_message_in_the_middle(tmp_path, write):
    first = message("<first@example.com>", body="one").as_bytes()
    broken = b"\x89PNG\x00\x01 this is not a mail message \xff\xfe\n"
    last = message("<last@example.com>", body=f"three {FAKE_PHONE}").as_bytes()
    data = mbox(first, broken, last)
    write("mail/support.mbox", data)
    connector = mail(tmp_path, "mail/*.mbox")
    got = parts(connector)
    assert {msg_id for _, msg_id, _, _ in got} == {"<first@example.com>", "<last@example.com>"}
    assert ("mail/support.mbox", "<last@example.com>", "body", f"three {FAKE_PHONE}\n") in got
    [issue] = connector.issues
    offset = data.index(b"From ", len(b"From ") + data.index(b"\n\nFrom ") - 5)
    assert issue.location == {"path": "mail/support.mbox", "message_index": 2, "offset": offset}
    assert issue.message.startswith("malformed message") and issue.severity == "error"


def test_mbox_from_line_quirks(tmp_path, write):
    body = "line one\n>From the desk of support\n\nFrom now on call " + FAKE_PHONE + "\n"
    data = mbox(message("<q@example.com>", body=body).as_bytes(), message("<r@example.com>").as_bytes())
    write("q.mbox", gzip.compress(data))                       # compressed mbox, no .gz suffix
    got = parts(mail(tmp_path, "q.mbox"))
    bodies = {msg_id: text for _, msg_id, part, text in got if part == "body"}
    assert bodies["<q@example.com>"] == body.replace(">From", "From")
    assert set(bodies) == {"<q@example.com>", "<r@example.com>"}


def test_maildir_cur_and_new(tmp_path, write):
    write("mail/inbox/cur/1700000000.1.host:2,S", message("<a@example.com>", body="a").as_bytes())
    write("mail/inbox/new/1700000001.2.host", message("<b@example.com>", body="b").as_bytes())
    (tmp_path / "mail/inbox/tmp").mkdir()
    chunks = drain(mail(tmp_path, "mail/inbox"))
    assert {(c.store, c.location["path"], c.location["message_id"]) for c in chunks} == {
        ("mail/inbox", "mail/inbox/cur/1700000000.1.host:2,S", "<a@example.com>"),
        ("mail/inbox", "mail/inbox/new/1700000001.2.host", "<b@example.com>")}


def test_message_without_message_id_gets_a_stable_synthetic_id(tmp_path, write):
    write("x.mbox", mbox(message(None, body="a").as_bytes(), message(None, body="b", subject="other").as_bytes()))
    first = {msg_id for _, msg_id, _, _ in parts(mail(tmp_path, "x.mbox"))}
    again = {msg_id for _, msg_id, _, _ in parts(mail(tmp_path, "x.mbox"))}
    assert first == again and len(first) == 2
    assert all(SYNTHETIC_ID.fullmatch(msg_id) for msg_id in first)


def test_mime_bomb_is_bounded(tmp_path, write):
    msg = message("<deep@example.com>", body=f"deepest {FAKE_PHONE}")
    for _ in range(12):
        outer = EmailMessage()
        outer.make_mixed()
        outer.attach(msg)
        msg = outer
    msg["Message-ID"] = "<bomb@example.com>"
    write("bomb.eml", msg.as_bytes())
    connector = mail(tmp_path, "bomb.eml")
    assert all(FAKE_PHONE not in text for _, _, _, text in parts(connector))
    assert any("nesting deeper than 10" in i.message and i.severity == "warning" for i in connector.issues)


def test_huge_part_is_cut_with_a_warning(tmp_path, write):
    msg = message(body="x")
    msg.add_attachment(("a" * 5000 + f" {FAKE_IMEI}\n").encode(), maintype="text", subtype="plain",
                       filename="big.log")
    write("big.eml", msg.as_bytes())
    connector = mail(tmp_path, "big.eml", max_attachment_bytes=1000)
    got = [text for _, _, part, text in parts(connector) if part == "big.log"]
    assert got == ["a" * 1000]
    [issue] = connector.issues
    assert issue.location["part"] == "big.log" and issue.severity == "warning"
    assert "1000 bytes" in issue.message and FAKE_IMEI not in issue.message


def test_unknown_files_and_globs_are_reported(tmp_path, write):
    write("mail/notes.bin", b"\x00\x01\x02 not mail")
    write("mail/a.eml", message().as_bytes())
    connector = mail(tmp_path, ["mail/*", "archive/*.mbox"])
    assert len(drain(connector)) == 4
    assert [(i.location, i.severity) for i in connector.issues] == [
        ({"path": "archive/*.mbox"}, "error"), ({"path": "mail/notes.bin"}, "skipped")]


@pytest.mark.parametrize("options", [{"folders": ["x"]}, {"max_attachment_bytes": "10MB"}, {"paths": []}])
def test_bad_options_raise_config_error(tmp_path, options):
    with pytest.raises(ConfigError):
        MailConnector({"name": "m", "type": "email", "paths": ["*.mbox"], **options}, tmp_path)
