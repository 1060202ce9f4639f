"""Shared test setup: a fixed fingerprint key so no test writes into the home folder."""

import pytest

pytest_plugins = ["tests.db_fixtures"]     # sql_url, sql_admin: real SQLite/PostgreSQL/MariaDB databases


@pytest.fixture(autouse=True)
def _fingerprint_key(monkeypatch):
    monkeypatch.setenv("PIISCAN_FINGERPRINT_KEY", "test-key-not-secret")
