"""The entity catalogue is the one list of entity names: recognizers, policy, resolution and fingerprints agree on it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from recognizers import registry
from recognizers.base import Detection
from recognizers.entities import CATALOGUE, KNOWN, PINNED, entity_type
from recognizers.resolve import resolve
from scanner.errors import PolicyError
from scanner.fingerprint import normalize
from scanner.policy import load_policy


def test_every_recognizer_reports_a_catalogued_entity_and_every_reported_entity_has_a_recognizer():
    assert set(registry.ENTITIES) <= KNOWN
    for name, entity in CATALOGUE.items():
        assert bool(registry.emitters(name)) == entity.emitted, name


def test_the_contract_pins_eleven_names():
    assert {"IMEI", "IMSI", "MAC_ADDRESS", "ANDROID_ID", "PHONE_NUMBER", "POSTAL_ADDRESS", "EMAIL_ADDRESS",
                      "IP_ADDRESS", "CREDIT_CARD", "PERSON", "DATE_OF_BIRTH"} == PINNED


def _policy(tmp_path, entities: list[str]):
    path = tmp_path / "policy.yaml"
    path.write_text(f"version: 1\nname: p\ncategories:\n  c: {{title: C, ref: '1', entities: [{', '.join(entities)}]}}\n"
                    "purposes:\n  p: {title: P, ref: '1', categories: [c]}\n")
    return load_policy(path)


def test_the_policy_accepts_exactly_the_catalogue(tmp_path):
    assert set(_policy(tmp_path, sorted(KNOWN)).entities) == KNOWN
    with pytest.raises(PolicyError, match="unknown entity 'LOYALTY_ID'"):
        _policy(tmp_path, ["LOYALTY_ID"])


def test_resolution_prefers_the_stronger_validator_on_a_tie():
    assert entity_type("IMEI").priority > entity_type("CREDIT_CARD").priority
    tie = [Detection("CREDIT_CARD", 0, 15, 0.9, "a", ""), Detection("IMEI", 0, 15, 0.9, "b", "")]
    assert [d.entity for d in resolve(tie, 0.5)] == ["IMEI"]


@pytest.mark.parametrize(("entity", "a", "b"), [
    ("PHONE_NUMBER", "090-1234-5678", "09012345678"),
    ("MAC_ADDRESS", "AA:BB:CC:00:11:22", "aabb.cc00.1122"),
    ("EMAIL_ADDRESS", "Ann@Example.COM", "ann@example.com"),
])
def test_fingerprints_compare_values_as_the_catalogue_spells_them(entity, a, b):
    assert normalize(entity, a) == normalize(entity, b)


def test_caseless_entities_keep_their_punctuation_and_unknown_names_compare_as_text():
    assert normalize("EMAIL_ADDRESS", "first_last@x.jp") != normalize("EMAIL_ADDRESS", "firstlast@x.jp")
    assert entity_type("LOYALTY_ID").spelling == "text" and entity_type("LOYALTY_ID").priority == 0


def test_loading_a_policy_does_not_load_presidio():
    code = "import sys, scanner.policy; print(any(m.startswith('presidio') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
