"""`policy draft --base`: identical -> exit 0; a missing category or an extra purpose -> listed with refs, exit 1."""

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from scanner.commands import cli
from scanner.policy import load_policy
from scanner.policy_draft import draft_file
from scanner.policy_draft.compare import differences, precision_recall

ROOT = Path(__file__).resolve().parents[2]
TEXT = ROOT / "sample_data/harbourpine/privacy-notice.md"
EXPECTED = ROOT / "sample_data/harbourpine/policy.yaml"


def _base(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "base.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_the_second_policy_is_drafted_as_codified_by_hand():
    assert precision_recall(draft_file(TEXT), load_policy(EXPECTED)) == (1.0, 1.0)


def test_base_that_agrees_exits_0():
    result = CliRunner().invoke(cli, ["policy", "draft", str(TEXT), "--base", str(EXPECTED)])
    assert result.exit_code == 0 and "agree" in result.output


def test_a_missing_category_and_an_extra_purpose_are_listed_with_refs(tmp_path):
    def change(data):
        del data["categories"]["geolocation"]
        data["purposes"]["store_finder"]["categories"] = []
        data["purposes"]["profiling"] = {"title": "Profiling", "ref": "9", "categories": ["email"]}
    result = CliRunner().invoke(cli, ["policy", "draft", str(TEXT), "--base", str(_base(tmp_path, change))])
    assert result.exit_code == 1
    assert "text names category 'location' (3.5) that the YAML lacks" in result.output
    assert "YAML declares purpose 'profiling' (9) that the text does not name" in result.output


def test_a_pair_the_passage_does_not_name_is_listed(tmp_path):
    base = _base(tmp_path, lambda data: data["purposes"]["newsletter"]["categories"].append("mobile"))
    result = CliRunner().invoke(cli, ["policy", "draft", str(TEXT), "--base", str(base)])
    assert result.exit_code == 1
    assert "YAML: purpose 'newsletter' (3.6) lists 'mobile'; its passage (3.6) does not name it" in result.output


def test_draft_writes_a_policy_that_validates(tmp_path):
    out = tmp_path / "draft.yaml"
    result = CliRunner().invoke(cli, ["policy", "draft", str(TEXT), "--out", str(out)])
    assert result.exit_code == 0 and "draft with 11 categories, 6 purposes" in result.output
    assert CliRunner().invoke(cli, ["policy", "validate", str(out)]).exit_code == 0


def test_bad_input_exits_2(tmp_path):
    binary = tmp_path / "policy.bin"
    binary.write_bytes(b"\xff\xfe\x00bad")
    bad_base = tmp_path / "bad.yaml"
    bad_base.write_text("version: 1\nname: x\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["policy", "draft", str(binary)]).exit_code == 2
    assert runner.invoke(cli, ["policy", "draft", str(TEXT), "--base", str(bad_base)]).exit_code == 2


MIAUMALL = Path("/work/shared/reference/miaumall-privacy-policy.txt")


@pytest.mark.skipif(not MIAUMALL.exists(), reason="the MiauMall reference text (/work/shared/reference) is absent")
def test_miaumall_text_and_its_codification_differ_only_where_the_codifier_inferred_more_than_the_text_says():
    found = differences(draft_file(MIAUMALL), load_policy(ROOT / "sample_data/miaumall/policy.yaml"))
    assert found == ["YAML: purpose 'order_placement' (1(a) ii) lists 'payment'; its passage (1(a) ii) does not name it"]
