"""Android ID: 16 hex only with an Android / device-id label."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("android_id=9774d56d682e549c", ["9774d56d682e549c"], ()),
    ('{"androidId": "9774d56d682e549c"}', ["9774d56d682e549c"], ()),
    ("ssaid: 9774d56d682e549c", ["9774d56d682e549c"], ()),
    ("9774d56d682e549c", ["9774d56d682e549c"], ("device_id",)),
    ("設備 安卓ID 9774d56d682e549c", ["9774d56d682e549c"], ()),
    ("9774d56d682e549c", [], ()),                                    # no label
    ("trace_id=9774d56d682e549c span_id=1a2b3c4d5e6f7a8b", [], ()),  # tracing ids
    ("commit 9774d56d682e549c", [], ()),
    ("9774d56d682e549c", [], ("span_id",)),
    ("android_id=9774d56d682e549cff", [], ()),                       # 18 hex
    ("9774d56d682e549c", ["9774d56d682e549c"], ("dev_id", "customers")),   # abbreviated column name
])
def test_android_id(expect, text, spans, context):
    expect(text, "ANDROID_ID", spans, context)
