"""Shared test setup: a fixed fingerprint key so no test writes into the home folder."""

import pytest


@pytest.fixture(autouse=True)
def _fingerprint_key(monkeypatch):
    monkeypatch.setenv("PIISCAN_FINGERPRINT_KEY", "test-key-not-secret")
