"""MAC addresses: notations, bare hex only with a label, broadcast / zero excluded."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans, context", [
    ("mac=3c:22:fb:12:ab:cd", ["3c:22:fb:12:ab:cd"], ()),
    ("HWaddr 3C-22-FB-12-AB-CD up", ["3C-22-FB-12-AB-CD"], ()),
    ("port gi0/1 3c22.fb12.abcd learned", ["3c22.fb12.abcd"], ()),
    ("MACアドレス:3c:22:fb:12:ab:cd", ["3c:22:fb:12:ab:cd"], ()),
    ("3C22FB12ABCD", ["3C22FB12ABCD"], ("wifi_mac",)),
    ("mac 3C22FB12ABCD", ["3C22FB12ABCD"], ()),
    ("3C22FB12ABCD", [], ()),                            # bare hex, no label
    ("ff:ff:ff:ff:ff:ff", [], ()),                       # broadcast
    ("00:00:00:00:00:00", [], ("mac",)),                 # all zero
    ("3c:22:fb:12:ab:cd:ef", [], ()),                    # seven groups
    ("sha a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", [], ()),
    ("uuid 123e4567-e89b-12d3-a456-426614174000", [], ("mac",)),
])
def test_mac(expect, text, spans, context):
    expect(text, "MAC_ADDRESS", spans, context)
