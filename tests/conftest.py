"""Shared test setup: a fixed fingerprint key so no test writes into the home folder."""

import os

import pytest

pytest_plugins = ["tests.db_fixtures"]     # sql_url, sql_admin: real SQLite/PostgreSQL/MariaDB databases


@pytest.fixture(autouse=True, scope="session")
def _cache_dir(tmp_path_factory):
    """Compiled Hyperscan databases go to a folder of the test session, not the home folder."""
    os.environ.setdefault("PIISCAN_CACHE_DIR", str(tmp_path_factory.mktemp("piiscan-cache")))


@pytest.fixture(autouse=True)
def _fingerprint_key(monkeypatch):
    monkeypatch.setenv("PIISCAN_FINGERPRINT_KEY", "test-key-not-secret")
