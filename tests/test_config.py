"""Scan config loading: validation with located errors, env expansion, per-table purposes."""

from pathlib import Path

import pytest

from sample_data import POLICY
from scanner.config import load_config
from scanner.errors import ConfigError


def _config(tmp_path: Path, body: str) -> Path:
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    path = tmp_path / "piiscan.yaml"
    path.write_text("version: 1\npolicy: policy.yaml\n" + body, encoding="utf-8")
    return path


def test_per_table_purposes_replace_the_source_default(tmp_path):
    cfg = load_config(_config(tmp_path, "sources:\n  - name: db\n    type: sql\n    url: sqlite:///x.db\n"
                                        "    purposes: [order_placement]\n    tables:\n      users: [registration]\n"))
    spec = cfg.sources[0]
    assert spec.purposes_for("users") == ("registration",)
    assert spec.purposes_for("orders") == ("order_placement",)


def test_env_vars_are_expanded_and_urls_are_left_to_their_connector(tmp_path, monkeypatch):
    monkeypatch.setenv("LOG_DIR", "/var/log/miau")
    cfg = load_config(_config(tmp_path, "sources:\n  - name: l\n    type: logs\n    paths: ['${LOG_DIR}/*.log']\n"
                                        "  - name: db\n    type: sql\n    url: ${SHOP_DB_URL}\n"))
    assert cfg.sources[0].options["paths"] == ["/var/log/miau/*.log"]
    assert cfg.sources[1].options["url"] == "${SHOP_DB_URL}"      # the sql connector URL-encodes credentials


@pytest.mark.parametrize("body, key, line", [
    ("sources:\n  - name: db\n    type: sql\n    url: sqlite:///x.db\n    purposes: [marketing]\n",
     "sources.db.purposes", 7),
    ("sourcez: []\n", "sourcez", 3),
    ("sources:\n  - name: l\n    type: logs\n    paths: ${PIISCAN_TEST_UNSET_VAR}\n", "sources.l.paths", 6),
    ("sources:\n  - name: db\n    type: sql\n    tables:\n      users: [nope]\n", "sources.db.tables.users", 7),
    ("sources:\n  - name: a\n    type: logs\n  - name: a\n    type: logs\n", "sources", 3),
])
def test_config_errors_name_file_key_and_line(tmp_path, body, key, line):
    with pytest.raises(ConfigError) as info:
        load_config(_config(tmp_path, body))
    message = str(info.value)
    assert "piiscan.yaml" in message and repr(key) in message and f"line {line}" in message


def test_policy_error_reached_through_config_names_the_policy_file(tmp_path):
    path = _config(tmp_path, "sources:\n  - name: a\n    type: logs\n")
    (tmp_path / "policy.yaml").write_text("version: 1\nname: x\ncategories: 3\npurposes: {}\n")
    with pytest.raises(ConfigError, match=r"policy\.yaml.*'categories'.*line 3"):
        load_config(path)
