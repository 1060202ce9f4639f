"""Cookie / session ids."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("Cookie: _ga=GA1.2.1234567890.1699999999; theme=dark", ["GA1.2.1234567890.1699999999"], ()),
    ("Set-Cookie: JSESSIONID=8F2A1C0D9E7B6A5F4E3D2C1B0A998877; Path=/", ["8F2A1C0D9E7B6A5F4E3D2C1B0A998877"], ()),
    ('{"session_id": "k3J9dLq2Zx81PqRt5uVw"}', ["k3J9dLq2Zx81PqRt5uVw"], ()),
    ("k3J9dLq2Zx81PqRt5uVw", ["k3J9dLq2Zx81PqRt5uVw"], ("cookie_id",)),
    ("trace_id=k3J9dLq2Zx81PqRt5uVw", [], ()),
    ("theme=dark; lang=ja", [], ()),
    ("session expired, please log in", [], ()),
    ("610563483.1701924069", ["610563483.1701924069"], ("gaClientId", "web_events")),   # GA client id, no prefix
    ("610563483.1701924069", [], ("amount",)),
])
def test_cookie(expect, text, spans, context):
    expect(text, "COOKIE_ID", spans, context)
