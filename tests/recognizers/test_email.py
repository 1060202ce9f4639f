"""E-mail addresses: syntax plus a public suffix from the bundled list."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("contact: jane.doe+shop@example.co.jp", ["jane.doe+shop@example.co.jp"], ()),
    ("邮箱abc123@qq.com谢谢", ["abc123@qq.com"], ()),
    ("メール:taro_yamada@docomo.ne.jp です", ["taro_yamada@docomo.ne.jp"], ()),
    ("From: <ops@miau.co.jp>", ["ops@miau.co.jp"], ()),
    ("logo@2x.png", [], ()),                                  # not a public suffix
    ("git@github", [], ()),
    ("user@@example.com", [], ()),
    ("a..b@example.com", [], ()),
    ("GET /reset?email=alice%40example.org HTTP/1.1", ["alice%40example.org"], ()),     # URL-encoded @
    ("?to=ingrid%2Bshop%40icloud.com&x=1", ["ingrid%2Bshop%40icloud.com"], ()),
    ("logo%402x.png", [], ()),                                                           # encoded, no public suffix
    ("%40example.org", [], ()),                                                          # no local part
])
def test_email(expect, text, spans, context):
    expect(text, "EMAIL_ADDRESS", spans, context)


def test_tldextract_is_offline():
    import tldextract
    import tldextract.tldextract as impl

    import recognizers  # noqa: F401  (installs the offline extractor)
    from recognizers._offline import OFFLINE_EXTRACTOR

    assert impl.TLD_EXTRACTOR is OFFLINE_EXTRACTOR and tldextract.extract is OFFLINE_EXTRACTOR
    assert OFFLINE_EXTRACTOR.suffix_list_urls == () and OFFLINE_EXTRACTOR("a.example.co.jp").suffix == "co.jp"


def test_internationalised_domains_in_punycode(found):
    assert found("write to user@xn--80ak6aa92e.xn--p1ai today", "EMAIL_ADDRESS") == ["user@xn--80ak6aa92e.xn--p1ai"]
