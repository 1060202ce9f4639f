"""Invalid configs and policies: exit 2, and the message names the file, the key and the line."""

from __future__ import annotations

import pytest

from sample_data import POLICY

SOURCE = "  - name: app-logs\n    type: logs\n    paths: [logs/*.log]\n    purposes: [security]\n"
HEAD = "version: 1\npolicy: policy.yaml\nsources:\n"


@pytest.mark.parametrize("text, key, line", [
    (HEAD + SOURCE + "colour: red\n", "colour", 8),
    ("version: 2\npolicy: policy.yaml\nsources:\n" + SOURCE, "version", 1),
    ("version: 1\nsources:\n" + SOURCE, "policy", None),
    (HEAD.replace("sources:\n", "sources: []\n"), "sources", 3),
    (HEAD + "  - name: app-logs\n    purposes: [security]\n", "sources[0].type", 4),
    (HEAD + SOURCE.replace("[security]", "[advertising]"), "sources.app-logs.purposes", 7),
    (HEAD + SOURCE + "    max_line_bytes: 10\n", "sources.app-logs.max_line_bytes", 8),   # the key's own line
    (HEAD + SOURCE + "    colour: red\n", "sources.app-logs.colour", 8),
    (HEAD + SOURCE.replace("type: logs", "type: nosuchkind"), None, 4),
    (HEAD + SOURCE + "    tables: [a, b]\n", "sources.app-logs.tables", 8),
    (HEAD + SOURCE + "    encoding: ${PIISCAN_TEST_UNSET_VARIABLE}\n", "sources.app-logs.encoding", 8),
    (HEAD + SOURCE + SOURCE, "sources", 3),
    (HEAD + SOURCE + "policy: other.yaml\n", "policy", 8),
], ids=["unknown-top-key", "version", "no-policy", "no-sources", "no-type", "unknown-purpose", "bad-option",
        "unknown-option", "unknown-type", "bad-tables", "unset-env", "duplicate-source", "duplicate-key"])
def test_invalid_config_names_file_key_and_line(estate, text, key, line):
    estate.write("piiscan.yaml", text)
    run = estate.scan()
    assert run.exit_code == 2, run.stderr
    assert run.stderr.startswith(f"Error: {estate.root / 'piiscan.yaml'}")
    if key:
        assert f"key {key!r}" in run.stderr
    if line:
        assert f"line {line}:" in run.stderr
    assert not run.out.exists()


def test_yaml_syntax_error_names_the_line(estate):
    estate.write("piiscan.yaml", HEAD + SOURCE + "  - name: [unclosed\n")
    run = estate.scan()
    assert run.exit_code == 2
    assert f"{estate.root / 'piiscan.yaml'}, line 9: invalid YAML" in run.stderr


@pytest.mark.parametrize("edit, key, line", [
    (lambda t: t.replace("entities: [IMEI,", "entities: [IMEII,", 1), "device_id", None),
    (lambda t: t.replace("categories:\n", "categories:\n  colour: red\n", 1), "colour", None),
    (lambda t: t + "extra: 1\n", "extra", None),
    (lambda t: t.replace("version: 1", "version: 1\nversion: 1", 1), "version", 8),
], ids=["unknown-entity", "bad-category", "unknown-key", "duplicate-key"])
def test_invalid_policy_names_file_key_and_line(estate, edit, key, line):
    estate.write("policy.yaml", edit(POLICY.read_text(encoding="utf-8")))
    estate.write("piiscan.yaml", HEAD + SOURCE)
    run = estate.scan()
    assert run.exit_code == 2, run.stderr
    assert run.stderr.startswith(f"Error: {estate.root / 'policy.yaml'}")
    assert key in run.stderr and " line " in run.stderr
    if line:
        assert f"line {line}:" in run.stderr


def test_missing_policy_file_is_named(estate):
    (estate.root / "policy.yaml").unlink()
    estate.write("piiscan.yaml", HEAD + SOURCE)
    run = estate.scan()
    assert run.exit_code == 2
    assert f"Error: {estate.root / 'policy.yaml'}: cannot read file (No such file or directory)" in run.stderr
