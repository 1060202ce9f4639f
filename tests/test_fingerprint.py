"""Masked evidence and keyed fingerprints: the only code that sees raw values on the way out."""

import stat

import pytest

from scanner.fingerprint import fingerprint, load_key, mask


@pytest.mark.parametrize("value, entity", [
    ("+81 90-1234-5678", "PHONE_NUMBER"), ("490154203237518", "IMEI"), ("taro.yamada@example.co.jp", "EMAIL_ADDRESS"),
    ("4111 1111 1111 1111", "CREDIT_CARD"), ("東京都千代田区丸の内1丁目2番3号", "POSTAL_ADDRESS"), ("02:1a:2b:3c:4d:5e", "MAC_ADDRESS"),
])
def test_mask_shows_at_most_a_quarter_and_keeps_the_shape(value, entity):
    masked = mask(value, entity)
    assert masked != value and len(masked) == len(value)
    shown = [c for c, m in zip(value, masked, strict=True) if c.isalnum() and c == m]
    assert len(shown) <= max(1, sum(c.isalnum() for c in value) // 4)
    assert [c for c in masked if not c.isalnum() and c != "*"] == [c for c in value if not c.isalnum()]


def test_fingerprint_is_keyed_and_spelling_independent():
    a = fingerprint(b"k1", "PHONE_NUMBER", "090-1234-5678")
    assert a == fingerprint(b"k1", "PHONE_NUMBER", "09012345678")
    assert a != fingerprint(b"k2", "PHONE_NUMBER", "090-1234-5678")
    assert a.startswith("hmac-sha256:") and "5678" not in a


def test_generated_key_file_is_private(tmp_path, monkeypatch):
    monkeypatch.delenv("PIISCAN_FINGERPRINT_KEY", raising=False)
    path = tmp_path / "keys" / "fp.key"
    key = load_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and load_key(path) == key and len(key) >= 32
