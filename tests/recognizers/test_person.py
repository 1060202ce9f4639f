"""Person names: English (patterns + spaCy), Japanese and Chinese dictionaries."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("Mr. John Smith called", ["John Smith"], ()),
    ("Dear Emily, thanks", ["Emily"], ()),
    ("Regards, Sarah Johnson", ["Sarah Johnson"], ()),
    ("Customer Henry Castellanos asked", ["Henry Castellanos"], ()),
    ("Jane Q. Doe", ["Jane Q. Doe"], ("full_name",)),
    ("田中太郎様", ["田中太郎"], ()),
    ("山田さんへ", ["山田"], ()),
    ("氏名:佐藤 花子 電話", ["佐藤 花子"], ()),
    ("担当の小林陽菜が連絡します", ["小林陽菜"], ()),
    ("イトウ ダイスケさん", ["イトウ ダイスケ"], ()),
    ("收件人：张伟，电话", ["张伟"], ()),
    ("客户欧阳磊反馈", ["欧阳磊"], ()),
    ("王先生您好", ["王"], ()),
    ("张小明", ["张小明"], ("姓名",)),
    ("Cat Tower Deluxe", [], ("product_name",)),
    ("ERROR Connection Refused", [], ()),
    ("金额100元", [], ()),
    ("状态 409", [], ()),
    ("123 Main St, Springfield, IL 62704", [], ()),
    # sign-offs, display names, self-introductions, labelled upper-case and first names
    ("Thanks,\nNaomi O'Brien\n+1 503 992 6000", ["Naomi O'Brien"], ()),
    ("Kind regards,\nNoah\nMiauMall Customer Care | Ticket #672710", ["Noah"], ()),
    ("Cheers,\nKeisha\n\nSent from my iPhone", ["Keisha"], ()),
    ("Regards,\nThe MiauMall Team\n", [], ()),
    ("On Tue, Mar 7, 2024 at 6:39 PM Trevor Donovan <t.d@example.com> wrote:", ["Trevor Donovan"], ()),
    ("My name is Marcus Park and I can't log in", ["Marcus Park"], ()),
    ('cardholder="DAISUKE WATANABE" 3ds=frictionless', ["DAISUKE WATANABE"], ()),
    ("ERROR TIMEOUT CONNECTING UPSTREAM", [], ()),
    ("Noah", ["Noah"], ("first_name", "users")),
    ("Haruka", ["Haruka"], ("givenName", "members")),
    ("Electronics", [], ("name", "categories")),                   # a bare word needs a first/last-name key
    ("Care", [], ("first_name", "users")),
    # Japanese: self-introduction, staff name, addressee line, signature block, display name
    ("ミャウモール サポート御中\n\n鬼塚颯太と申します。", ["鬼塚颯太"], ()),
    ("カスタマーサポートの中村でございます。", ["中村"], ()),
    ("カスタマーサポートの漆原でございます。", ["漆原"], ()),
    ("サポートの担当です", [], ()),
    ("五味颯太様\n\nいつもご利用いただき", ["五味颯太"], ()),
    ("鬼塚さん\n\nお問い合わせの件", ["鬼塚"], ()),
    ("担当者様\n\n修理の件", [], ()),
    ("皆様、こんにちは", [], ()),
    ("――――\nミャウモール カスタマーサポート\n坂本真由美\nTEL: 0120-938-061", ["坂本真由美"], ()),
    ("お問い合わせください。\n\n斎藤真由美\n", ["斎藤真由美"], ()),
    ("11:13 遠藤翔太 <pchen@example.jp>:", ["遠藤翔太"], ()),
    ("氏名：木村拓也", ["木村拓也"], ()),                                # 村 ends surnames, not only villages
    ("東京都", [], ("province", "customers")),                         # a table of customers is no name label
    # Chinese: cue words and signatures
    ("客服你好：\n用户马建华的手机号已更换", ["马建华"], ()),
    ("您好，\n\n我是林梓萱，订单号5260068", ["林梓萱"], ()),
    ("谢谢！\n\n——\n郑建华\n喵喵商城客服部\n", ["郑建华"], ()),
    ("谢谢\n\n祝好\n马建华\n", ["马建华"], ()),
    ("——\n喵喵商城客服部\n", [], ()),
    ("用户数量增长", [], ()),
    ("label created for Leah White, 1140 Park St", ["Leah White"], ()),     # census given name + surname
    ("ticket assigned to agent Marcus Baldwin", ["Marcus Baldwin"], ()),
    ("Dear Grant Little,", ["Grant Little"], ()),                           # greeting carries words kept out of the lists
])
def test_person_patterns(expect, text, spans, context):
    expect(text, "PERSON", spans, context)


@pytest.mark.parametrize("text, spans", [
    ("Please forward this to Margaret Thompson before Friday.", ["Margaret Thompson"]),
    ("INFO Started Order Service in 3.2 seconds", []),
])
def test_person_ner(expect, nlp_detector, text, spans):
    expect(text, "PERSON", spans, det=nlp_detector)


@pytest.mark.parametrize("text, spans", [
    ("六本木に住んでいる田中由美です。", ["田中由美"]),
    ("大阪に住んでいる山本さくらです。", ["山本さくら"]),
    ("石川県の天気", []),
    ("中村区役所", []),
])
def test_japanese_name_in_running_text(expect, text, spans):
    expect(text, "PERSON", spans)


@pytest.mark.parametrize("value, context, spans", [
    ("加藤健一", ("full_name", "users"), ["加藤健一"]),
    ("Linda Johnson", ("recipient_name", "orders"), ["Linda Johnson"]),
    ("Cat Tower", ("product_name", "catalog"), []),
    ("Canvas Tote Bag", ("name", "products"), []),              # a bare 'name' column names what its table holds
    ("Grace Miller", ("name", "products"), []),
    ("Grace Miller", ("name", "customers"), ["Grace Miller"]),
    ("Grace Miller", ("name", "users"), ["Grace Miller"]),
    ("山田 太郎", ("名前", "店舗"), []),
])
def test_column_context_is_read_most_specific_first(expect, nlp_detector, value, context, spans):
    expect(value, "PERSON", spans, context, det=nlp_detector)


@pytest.mark.parametrize("text, gated", [
    ("João da Silva called", True), ("Kovács Anna wrote", True), ("I spoke with Nguyen today", True),
    ("Dear Zsófia,", True), ("John A Smith", True), ("plain lower case text", False),
])
def test_the_ner_gate_opens_for_names_of_any_latin_script(text, gated):
    from recognizers import nlp
    assert bool(nlp.NER_GATE.search(text)) is gated


@pytest.mark.parametrize("text, context, person", [
    ("Ada Quill", ("name", "ship_to"), True),                 # a party key makes 'name' a person's name
    ("Ada Quill", ("name", "shipping_address"), True),
    ("Ada Quill", ("name", "products"), False),
    ("Grace Lane 12", ("address",), False),                   # a street named like a person
])
def test_key_paths_as_context(found, text, context, person):
    assert bool(found(text, "PERSON", context)) is person


@pytest.mark.parametrize("text, spans", [
    ("Please ask Mrs. August about it", ["August"]),           # a title makes a month a surname
    ("Mr. June Carter called", ["June Carter"]),
    ("Mark May paid the invoice.", ["Mark May"]),              # after a known given name
    ("Thanks Mark, see you Friday May 5", ["Mark"]),           # a day number: the month is a date
    ("Shipped in May by courier", []),
])
def test_months_that_are_surnames(expect, text, spans):
    expect(text, "PERSON", spans)
