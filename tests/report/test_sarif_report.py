"""findings.sarif validates against the official SARIF 2.1.0 schema (vendored) and maps verdicts to levels."""

import copy
import json
from pathlib import Path

import jsonschema
import pytest

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sarif(scanned):
    return json.loads((scanned.out / "findings.sarif").read_text(encoding="utf-8"))


def _validate(doc):
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(doc)


def test_validates_against_the_sarif_schema(sarif):
    assert SCHEMA["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    _validate(sarif)


def test_the_schema_check_can_fail(sarif):
    broken = copy.deepcopy(sarif)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        _validate(broken)


def test_one_rule_per_entity_and_levels_follow_the_verdict(scanned, sarif):
    run = sarif["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == sorted({f["entity"] for f in scanned.findings})
    results = run["results"]
    assert len(results) == len(scanned.findings)
    for r in results:
        assert rules[r["ruleIndex"]] == r["ruleId"]
        assert r["level"] == ("error" if r["properties"]["status"] == "undeclared" else "note")
    assert sum(r["level"] == "error" for r in results) == sum(f["status"] == "undeclared" for f in scanned.findings)


def test_locations_are_uris_for_files_and_logical_for_tables(sarif):
    results = sarif["runs"][0]["results"]
    table = next(r for r in results if r["properties"]["store"] == "users")
    assert "physicalLocation" not in table["locations"][0]
    assert table["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].startswith("shop-db/users.")
    log = next(r for r in results if r["properties"]["store"] == "logs/app.log.2.gz")
    physical = log["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "logs/app.log.2.gz", "uriBaseId": "SRCROOT"}
    assert physical["region"]["startLine"] >= 1
    # a rolled-up log result points at each of its sample lines (the first ten lines holding it)
    logs = [r for r in results if r["properties"]["store"].startswith("logs/")]
    starts = [[x["physicalLocation"]["region"]["startLine"] for x in r["locations"]] for r in logs]
    assert all(s == sorted(set(s)) and len(s) == min(r["properties"]["count"], 10) for s, r in zip(starts, logs, strict=True))
    assert any(len(s) > 1 for s in starts)
    mail = next(r for r in results if r["properties"]["store"] == "mail/support.mbox")
    assert mail["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "mail/support.mbox"
    assert mail["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].startswith("support-mail/<")
    assert sarif["runs"][0]["originalUriBaseIds"]["SRCROOT"]["uri"].startswith("file:///")


def test_reviewed_findings_carry_an_accepted_suppression(sarif):
    results = sarif["runs"][0]["results"]
    suppressed = [r for r in results if r.get("suppressions")]
    assert suppressed and all(r["ruleId"] == "EMAIL_ADDRESS" for r in suppressed)
    s = suppressed[0]["suppressions"][0]
    assert s["kind"] == "external" and s["status"] == "accepted" and "erin" in s["justification"]
