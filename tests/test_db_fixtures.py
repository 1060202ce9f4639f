"""The database fixtures skip when a server is down on a developer machine, and fail under CI."""

from __future__ import annotations

import pytest

from tests.db_fixtures import in_ci, scratch_schema

DEAD = [pytest.param("postgresql+psycopg://postgres@127.0.0.1:1/test", id="postgresql"),
        pytest.param("mysql+pymysql://root@127.0.0.1:1/test", id="mariadb")]     # port 1: nothing listens


@pytest.mark.parametrize("value, ci", [("true", True), ("1", True), ("yes", True), ("", False), ("0", False),
                                       ("false", False), ("False", False), ("no", False)])
def test_what_counts_as_ci(monkeypatch, value, ci):
    monkeypatch.setenv("CI", value)
    assert in_ci() is ci


@pytest.mark.parametrize("url", DEAD)
def test_a_server_that_is_down_skips_locally(monkeypatch, url):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="server not available: OperationalError"), scratch_schema(url):
        pass


@pytest.mark.parametrize("url", DEAD)
def test_a_server_that_is_down_fails_under_ci(monkeypatch, url):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="server not available: OperationalError.*CI is set"), \
            scratch_schema(url):
        pass
