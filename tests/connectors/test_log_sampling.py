"""``sample: {lines, seed}`` on a logs source: spread blocks of lines, the same for a seed, compressed too."""

from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

from sample_data import POLICY
from scanner.commands import cli
from scanner.connectors._line_sampling import BLOCK_LINES, LineSample, count_lines
from scanner.connectors.logs import LogConnector
from scanner.errors import ConfigError

from .conftest import drain

LINES = 10_000


def _log(n: int = LINES) -> bytes:
    return "".join(f"2026-11-28T00:00:{i % 60:02d}Z INFO login ok user{i}@example.com\n" for i in range(n)).encode()


def _sampled(tmp_path, name: str, **sample) -> tuple[list[int], list]:
    connector = LogConnector({"name": "app-logs", "type": "logs", "paths": [name], "purposes": ["security"],
                              "sample": sample}, tmp_path)
    return [c.location["line"] for c in drain(connector)], connector.issues


@pytest.mark.parametrize("name, data", [("app.log", _log()), ("app.log.1.gz", gzip.compress(_log()))])
def test_a_sample_is_spread_blocks_with_their_real_line_numbers(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    lines, issues = _sampled(tmp_path, name, lines=1000, seed=7)
    assert len(lines) == 1000 and lines == sorted(lines)
    blocks = sorted({(n - 1) // BLOCK_LINES for n in lines})
    assert len(blocks) == 5 and all(lines.count(b * BLOCK_LINES + 1) for b in blocks)   # whole blocks
    assert blocks[-1] - blocks[0] >= 10                                                  # spread over the file
    [issue] = issues
    assert issue.location == {"path": name} and issue.severity == "skipped"
    assert issue.message.startswith("sampled: 1,000 of 10,000 lines scanned")


def test_a_seed_picks_the_same_lines_and_another_seed_others(tmp_path):
    (tmp_path / "app.log").write_bytes(_log())
    first, _ = _sampled(tmp_path, "app.log", lines=600, seed=1)
    again, _ = _sampled(tmp_path, "app.log", lines=600, seed=1)
    other, _ = _sampled(tmp_path, "app.log", lines=600, seed=2)
    assert first == again and first != other


def test_a_file_shorter_than_the_sample_is_read_whole_without_a_note(tmp_path):
    (tmp_path / "app.log").write_bytes(_log(300))
    lines, issues = _sampled(tmp_path, "app.log", lines=1000)
    assert lines == list(range(1, 301)) and issues == []


def test_through_the_cli_a_finding_says_how_many_lines_were_scanned(tmp_path):
    (tmp_path / "app.log").write_bytes(_log())
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    (tmp_path / "piiscan.yaml").write_text(
        "version: 1\npolicy: policy.yaml\nsources:\n  - name: app-logs\n    type: logs\n    paths: [app.log]\n"
        "    purposes: [security]\n    sample: {lines: 400, seed: 3}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", str(tmp_path / "piiscan.yaml"), "--out", str(tmp_path / "out"),
                                      "--no-nlp", "--workers", "1"])
    assert result.exit_code == 0, result.output          # a sample is a choice, not a failure
    [finding] = [json.loads(x) for x in (tmp_path / "out" / "findings.jsonl").open()]
    assert (finding["entity"], finding["count"], finding["rows_scanned"]) == ("EMAIL_ADDRESS", 400, 400)
    assert "on 400 of 400 lines scanned" in finding["reason"]
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    [issue] = report["sources"][0]["issues"]
    assert "400 of 10,000 lines" in issue["message"]


@pytest.mark.parametrize("sample, key", [
    ({"lines": 0}, "sample.lines"), ({"lines": "many"}, "sample.lines"), ({"lines": 10, "seed": "x"}, "sample.seed"),
    ({"rows": 10}, "sample.rows"), ("1000", "sample"),
])
def test_a_bad_sample_option_names_its_key(tmp_path, sample, key):
    with pytest.raises(ConfigError) as err:
        LogConnector({"name": "app-logs", "type": "logs", "paths": ["*.log"], "sample": sample}, tmp_path)
    assert err.value.key == f"sources.app-logs.{key}"


def test_no_sample_and_lines_null_read_everything(tmp_path):
    assert LineSample.from_option(None, ConfigError) is None
    assert LineSample.from_option({"lines": None, "seed": 3}, ConfigError) is None


@pytest.mark.parametrize("blocks, lines", [([b"a\nb\n"], 2), ([b"a\nb"], 2), ([b"a", b"\nb", b""], 2), ([], 0),
                                           ([b"\n"], 1)])
def test_count_lines(blocks, lines):
    assert count_lines(blocks) == lines
