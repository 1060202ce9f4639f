"""Social handles."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("follow us on twitter @miau_mall", ["@miau_mall"], ()),
    ("https://www.instagram.com/tokyo_cat88", ["https://www.instagram.com/tokyo_cat88"], ()),
    ("weibo.com/u/1234567890", ["weibo.com/u/1234567890"], ()),
    ("微信号：wxid_ab12cd34ef56", ["wxid_ab12cd34ef56"], ()),
    ("lineid: sakura_88", ["sakura_88"], ()),
    ("QQ:123456789", ["123456789"], ()),
    ("@miau_mall", ["@miau_mall"], ("twitter_handle",)),
    ("@Override public void run()", [], ()),
    ("mail jane@example.com", [], ()),
    ("twitter.com/home", [], ()),
    ("line 42: error", [], ()),
    ("我的微信号是lin_xiaowei88，方便的话加一下", ["lin_xiaowei88"], ()),          # CJK copula as key-value
    ("Donovan <698279093@qq.com> wrote:", [], ()),                            # 'qq' inside the e-mail is no label
    ("2024-05-17T00:41:50.808Z", [], ("linked_at", "social_accounts")),      # the table's label is not the key before ':'
])
def test_social(expect, text, spans, context):
    expect(text, "SOCIAL_MEDIA_HANDLE", spans, context)
