"""Age and gender: only with their labels (or self-describing units)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("age: 34", ["34"], ()),
    ("He is 34 years old", ["34"], ()),
    ("30歳の会社員", ["30歳"], ()),
    ("年龄：28", ["28"], ()),
    ("aged 71", ["71"], ()),
    ("34", ["34"], ("user_age",)),
    ("page 34", [], ()),
    ("retry 3 of 5", [], ()),
    ("age: 300", [], ()),
    ("usage 34%", [], ()),
])
def test_age(expect, text, spans, context):
    expect(text, "AGE", spans, context)


@pytest.mark.parametrize("text, spans, context", [
    ("gender: female", ["female"], ()),
    ("sex=M", ["M"], ()),
    ("性别：男", ["男"], ()),
    ("性別 女性", ["女性"], ()),
    ("F", ["F"], ("gender",)),
    ("a female customer called", [], ()),
    ("size M", [], ()),
    ("M", [], ("size",)),
    ('"gender":"female","trace_id":"6f44886d32f6b584"', ["female"], ()),   # not the 'f' inside the hex id
])
def test_gender(expect, text, spans, context):
    expect(text, "GENDER", spans, context)
