"""Bad mail through ``piiscan scan``: malformed mbox, MIME bombs, oversized parts and messages."""

from __future__ import annotations

import base64
import time
import tracemalloc

from .conftest import PLANTED_EMAIL, mail_source

GOOD = (b"From alice@example.com Mon Jan  1 00:00:00 2024\n"
        b"From: Alice <alice@example.com>\nMessage-ID: <m%d@example.com>\nSubject: hi\n\n"
        b"write to " + PLANTED_EMAIL.encode() + b"\n\n")


def nested(depth: int) -> bytes:
    """A message whose multipart/mixed parts nest ``depth`` levels deep, text at the bottom."""
    out = [b"From: bomb@example.com\nMessage-ID: <bomb@example.com>\nContent-Type: multipart/mixed; boundary=b0\n\n"]
    out += [b"--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n" % (i, i + 1) for i in range(depth)]
    out.append(b"--b%d\nContent-Type: text/plain\n\ndeep %s\n" % (depth, PLANTED_EMAIL.encode()))
    out += [b"--b%d--\n" % i for i in range(depth, -1, -1)]
    return b"".join(out)


def test_malformed_mbox_message_is_located_and_the_rest_is_read(estate):
    garbage = b"From nobody Tue Jan  2 00:00:00 2024\n\x00\x01 not a header\n\xff\xfe\n\n"
    estate.write("mail/support.mbox", GOOD % 1 + garbage + GOOD % 3)
    estate.config(mail_source("mail/*.mbox"))
    run = estate.scan()
    run.assert_incomplete()
    offset = len(GOOD % 1)
    assert run.issues("support-mail") == [
        ({"path": "mail/support.mbox", "message_index": 2, "offset": offset}, "error",
         "malformed message (no header fields): not scanned")]
    found = {o["location"]["message_id"] for o in run.occurrences() if o["entity"] == "EMAIL_ADDRESS"}
    assert found == {"<m1@example.com>", "<m3@example.com>"}


def test_mbox_that_is_not_mail_at_all_is_skipped(estate):
    estate.write("mail/support.mbox", GOOD % 1)
    estate.write("mail/notes.mbox", b"just some text\nno postmark\n")
    estate.config(mail_source("mail/*.mbox"))
    run = estate.scan()
    run.assert_clean()
    assert run.issues("support-mail") == [
        ({"path": "mail/notes.mbox"}, "skipped", "not an mbox, Maildir folder or mail message: skipped")]


def test_mime_nesting_past_the_limit_is_bounded_with_a_warning(estate):
    estate.write("mail/bomb.eml", nested(40))
    estate.config(mail_source("mail/*.eml"))
    started = time.monotonic()
    run = estate.scan()
    assert time.monotonic() - started < 20
    run.assert_clean()
    assert run.issues("support-mail") == [
        ({"path": "mail/bomb.eml", "message_id": "<bomb@example.com>", "part": "body"}, "warning",
         "MIME nesting deeper than 10 levels: not scanned")]


def test_mime_bomb_that_breaks_the_parser_is_a_located_error(estate):
    estate.write("mail/support.mbox", GOOD % 1)
    estate.write("mail/bomb.eml", nested(5000))
    estate.config(mail_source(["mail/*.eml", "mail/*.mbox"]))
    started = time.monotonic()
    run = estate.scan()
    assert time.monotonic() - started < 30
    run.assert_incomplete()
    assert run.issues("support-mail") == [
        ({"path": "mail/bomb.eml", "message_index": 1}, "error",
         "malformed message (RecursionError): the rest of it was not scanned")]
    assert {f["store"] for f in run.findings()} == {"mail/support.mbox"}


def test_huge_base64_part_is_cut_with_bounded_memory(estate):
    payload = base64.encodebytes(b"A" * (8 << 20) + f" {PLANTED_EMAIL}".encode())
    estate.write("mail/big.eml", b"From: big@example.com\nMessage-ID: <big@example.com>\n"
                 b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + payload)
    estate.config(mail_source("mail/*.eml", max_attachment_bytes=1 << 20))
    tracemalloc.start()
    started = time.monotonic()
    try:
        run = estate.scan()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 30 and peak < 300 << 20
    run.assert_clean()
    assert run.issues("support-mail") == [
        ({"path": "mail/big.eml", "message_id": "<big@example.com>", "part": "body"}, "warning",
         "part larger than 1048576 bytes decoded: only the first 1048576 bytes scanned")]

