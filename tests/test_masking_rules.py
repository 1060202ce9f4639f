"""Exact masked evidence and fingerprint normalisation: the rules reports and cross-scan identity rest on.

``mask`` shows at most a quarter of the letters and digits; an e-mail keeps the first letter of the
user part and the top-level domain only when the quarter allows it (top + 1 <= a quarter). Fingerprints
are keyed and ignore the case of an e-mail. Every value is fake (reserved ``example`` domains,
documentation numbers).
"""

from __future__ import annotations

import json

import pytest

from sample_data import POLICY
from scanner.config import load_config
from scanner.fingerprint import fingerprint, mask, normalize
from scanner.service import ScanOptions, run_scan

KEY = b"test-key-not-secret"


@pytest.mark.parametrize("value, masked", [
    ("alice@example.com", "a****@*******.***"),                # 15 letters: a quarter is 3, 'com' + 1 is 4: hidden
    ("abcd@example.jp", "a***@*******.jp"),                    # 13: a quarter is 3 = 'jp' + 1: shown (<=, not <)
    ("abc@example.jp", "a**@*******.jp"),                      # 12: still 3
    ("ab@example.jp", "a*@*******.**"),                        # 11: a quarter is 2 < 'jp' + 1: hidden
    ("taro.yamada@example.co.jp", "t***.******@*******.**.jp"),
    ("first.last@mail.example.com", "f****.****@****.*******.com"),   # the top domain follows the last dot
    ("Test.User@Example.COM", "T***.****@*******.COM"),        # case is kept in evidence
    ("x@example", "x@*******"),                                # no dot after the @: no top domain
    ("dot.only@localhost", "d**.****@*********"),              # a dot before the @ is no top domain
    (" alice@example.com\t", "a****@*******.***"),             # surrounding whitespace goes
])
def test_email_evidence_is_exact(value, masked):
    assert mask(value, "EMAIL_ADDRESS") == masked


def test_an_email_is_masked_by_the_email_rule_only_when_it_is_one():
    assert mask("alice@example.com", "EMAIL_ADDRESS") == "a****@*******.***"
    assert mask("alice@example.com", "") == "a****@*******.*om"           # the generic rule: 1 head, 2 tail


@pytest.mark.parametrize("value, entity, masked", [
    ("+81 90-1234-5678", "PHONE_NUMBER", "+8* **-****-**78"),  # 12 digits: 3 shown, 1 head + 2 tail
    ("090-1234-5678", "PHONE_NUMBER", "0**-****-***8"),        # 11: 2 shown
    ("  090 1234   5678 ", "PHONE_NUMBER", "0** **** ***8"),   # runs of whitespace become one space
    ("12345678", "PHONE_NUMBER", "1******8"),                  # 8: a head from 8 characters on
    ("1234567", "PHONE_NUMBER", "******7"),                    # 7: no head, 1 tail
    ("4111 1111 1111 1111", "CREDIT_CARD", "41** **** **** **11"),
    ("4111111111111111", "CREDIT_CARD", "41************11"),
    ("490154203237518", "IMEI", "4************18"),
    ("02:1a:2b:3c:4d:5e", "MAC_ADDRESS", "0*:**:**:**:**:5e"),
    ("0123456789abcdef0123456789abcdef", "COOKIE_ID", "012***************************ef"),   # head capped at 3
])
def test_other_evidence_is_exact(value, entity, masked):
    assert mask(value, entity) == masked


def test_email_fingerprints_ignore_case_and_spelling_only():
    base = fingerprint(KEY, "EMAIL_ADDRESS", "alice@example.com")
    for same in ("Alice@Example.COM", "ALICE@EXAMPLE.COM", " alice@example.com ", "ａｌｉｃｅ@example.com"):
        assert fingerprint(KEY, "EMAIL_ADDRESS", same) == base, same
    for other in ("bob@example.com", "alice@example.org", "alice2@example.com", "alice@example.co"):
        assert fingerprint(KEY, "EMAIL_ADDRESS", other) != base, other
    assert normalize("EMAIL_ADDRESS", "Alice@Example.COM") == "alice@example.com"


def test_emails_differing_only_in_punctuation_are_different_values():
    plain = fingerprint(KEY, "EMAIL_ADDRESS", "firstlast@example.com")
    assert fingerprint(KEY, "EMAIL_ADDRESS", "first_last@example.com") != plain
    assert fingerprint(KEY, "EMAIL_ADDRESS", "first-last@example.com") != plain
    assert fingerprint(KEY, "EMAIL_ADDRESS", "first+tag@example.com") != fingerprint(KEY, "EMAIL_ADDRESS",
                                                                                   "firsttag@example.com")


def test_other_caseless_and_digit_entities():
    assert fingerprint(KEY, "MAC_ADDRESS", "02:1A:2B:3C:4D:5E") == fingerprint(KEY, "MAC_ADDRESS", "02:1a:2b:3c:4d:5e")
    assert fingerprint(KEY, "MAC_ADDRESS", "02-1A-2B-3C-4D-5E") == fingerprint(KEY, "MAC_ADDRESS", "021a.2b3c.4d5e")
    assert fingerprint(KEY, "MAC_ADDRESS", "02-1A-2B-3C-4D-5E") != fingerprint(KEY, "MAC_ADDRESS", "02-1A-2B-3C-4D-5F")
    assert fingerprint(KEY, "PHONE_NUMBER", "+81 90-1234-5678") == fingerprint(KEY, "PHONE_NUMBER", "+819012345678")
    assert fingerprint(KEY, "PHONE_NUMBER", "+81 90-1234-5678") != fingerprint(KEY, "PHONE_NUMBER", "81 90 1234 5678")


def test_fingerprints_are_keyed_and_per_entity():
    value = "alice@example.com"
    base = fingerprint(KEY, "EMAIL_ADDRESS", value)
    assert fingerprint(b"another-test-key", "EMAIL_ADDRESS", value) != base
    assert fingerprint(b"another-test-key", "EMAIL_ADDRESS", "Alice@Example.COM") == \
        fingerprint(b"another-test-key", "EMAIL_ADDRESS", value)
    assert fingerprint(KEY, "COOKIE_ID", value) != base
    assert base.startswith("hmac-sha256:") and len(base) == len("hmac-sha256:") + 64 and "alice" not in base


def test_a_scan_reports_exact_evidence_and_one_identity_for_two_spellings(tmp_path, monkeypatch):
    """Through the real pipeline: a log with one fake address in two casings."""
    monkeypatch.setenv("PIISCAN_FINGERPRINT_KEY", "test-key-not-secret")
    (tmp_path / "app.log").write_text("login Test.User@Example.COM ok\nlogin test.user@example.com ok\n"
                                      "login other.user@example.com ok\n", encoding="utf-8")
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    config = tmp_path / "piiscan.yaml"
    config.write_text("version: 1\npolicy: policy.yaml\nsources:\n  - name: logs\n    type: logs\n"
                      "    paths: [app.log]\n    purposes: [security]\n", encoding="utf-8")
    out = tmp_path / "out"
    run_scan(load_config(config), ScanOptions(out_dir=out, workers=1, use_nlp=False, occurrences=True))
    [finding] = [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (finding["entity"], finding["count"], finding["evidence"]) == ("EMAIL_ADDRESS", 3, "T***.****@*******.COM")
    occurrences = [json.loads(line) for line in (out / "occurrences.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [o["location"]["line"] for o in occurrences] == [1, 2, 3]
    first, second, third = (o["fingerprint"] for o in occurrences)
    assert first == second == fingerprint(KEY, "EMAIL_ADDRESS", "test.user@example.com") == finding["fingerprint"]
    assert third != first
    written = "".join(p.read_text(encoding="utf-8", errors="replace") for p in out.iterdir() if p.is_file())
    assert "test.user@example.com" not in written.lower()
