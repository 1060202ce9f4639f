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
])
def test_column_context_is_read_most_specific_first(expect, nlp_detector, value, context, spans):
    expect(value, "PERSON", spans, context, det=nlp_detector)
