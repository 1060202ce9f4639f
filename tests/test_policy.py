"""The MiauMall policy as data, and how the policy judges findings."""

from pathlib import Path

import pytest

from recognizers.entities import PINNED
from sample_data import POLICY
from scanner.errors import PolicyError
from scanner.policy import load_policy


@pytest.fixture(scope="module")
def miaumall():
    return load_policy(POLICY)


def test_miaumall_policy_names_every_pinned_entity_and_the_five_purposes(miaumall):
    assert set(miaumall.entities) >= PINNED
    assert set(miaumall.purposes) == {"registration", "order_placement", "customer_service", "commenting", "security"}
    assert all(c.ref and c.fides for c in miaumall.categories.values())


@pytest.mark.parametrize("entity, purposes, status, category, covering", [
    ("IMEI", ["security"], "declared", "device_id", ("security",)),
    ("IMEI", ["order_placement"], "undeclared", "device_id", ()),
    ("POSTAL_ADDRESS", ["order_placement", "security"], "declared", "address", ("order_placement",)),
    ("PHONE_NUMBER", ["commenting"], "undeclared", "phone", ()),
    ("LOCATION", ["registration", "order_placement", "customer_service", "commenting", "security"],
     "undeclared", "location", ()),
])
def test_classify(miaumall, entity, purposes, status, category, covering):
    verdict = miaumall.classify(entity, purposes)
    assert (verdict.status, verdict.category, verdict.purposes) == (status, category, covering)


def test_undeclared_reason_cites_the_policy_section_and_where_it_would_be_declared(miaumall):
    reason = miaumall.classify("IMEI", ["order_placement"]).reason
    assert "1(a) v" in reason and "'security'" in reason and "'order_placement'" in reason


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, key, line", [
    ("version: 1\nname: x\ncategories:\n  d:\n    entities: [IMEII]\n    ref: '1'\npurposes: {}\n",
     "categories.d.entities", 5),
    ("version: 1\nname: x\ncategories:\n  d:\n    entities: [IMEI]\n    ref: '1'\npurposes:\n"
     "  sec:\n    ref: '2'\n    categories: [devices]\n", "purposes.sec.categories", 10),
    ("version: 1\nname: x\ncategories:\n  d:\n    entities: [IMEI]\n    reff: '1'\npurposes: {}\n",
     "categories.d.reff", 6),
    ("version: 2\nname: x\ncategories: {}\npurposes: {}\n", "version", 1),
    ("version: 1\nname: x\ncategories:\n  d: [IMEI]\npurposes: {}\n", "categories.d", 4),
    ("version: 1\nname: x\ncategories: {}\npurposes:\n  sec: security\n", "purposes.sec", 5),
    ("version: 1\nname: x\ncategories: {}\npurposes:\n  sec:\n    ref: '1'\n    categories: []\n    why: x\n",
     "purposes.sec.why", 8),
])
def test_policy_errors_name_file_key_and_line(tmp_path, text, key, line):
    with pytest.raises(PolicyError) as info:
        load_policy(_write(tmp_path, text))
    message = str(info.value)
    assert "policy.yaml" in message and repr(key) in message and f"line {line}" in message


def test_yaml_syntax_error_names_the_line(tmp_path):
    with pytest.raises(PolicyError, match=r"policy\.yaml.*line 3"):
        load_policy(_write(tmp_path, "version: 1\nname: x\n  bad: indent\n"))
