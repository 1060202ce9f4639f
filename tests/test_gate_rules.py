"""The rules the ``--fail-on`` gate rests on: which purpose covers a category, and which findings settle it.

Verdicts come from a policy loaded from YAML (``load_policy``, as the scanner loads it), and findings
from real scans of a small log file through ``scanner.service`` and the CLI, with review decisions
recorded through ``piiscan review`` into the config's inventory. Every value is fake.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.commands import cli
from scanner.config import load_config
from scanner.policy import load_policy
from scanner.service import ScanOptions, run_scan

FAKE_IMEI = "490154203237518"              # the documentation IMEI
FAKE_EMAIL = "gate.tester@example.com"

POLICY = """\
version: 1
name: Gate rules test policy
categories:
  device:  {title: Device identifiers, entities: [IMEI], ref: "D-1"}
  contact: {title: Contact e-mail, entities: [EMAIL_ADDRESS], ref: "C-2"}
  login:   {title: Login e-mail, entities: [EMAIL_ADDRESS], ref: "L-3"}   # the same entity, a second category
purposes:
  analytics: {ref: "P-1", categories: []}
  marketing: {ref: "P-2", categories: [contact]}
  security:  {ref: "P-3", categories: [device]}
  fraud:     {ref: "P-4", categories: [device]}
  auth:      {ref: "P-5", categories: [login]}
"""


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    path = tmp_path_factory.mktemp("policy") / "policy.yaml"
    path.write_text(POLICY, encoding="utf-8")
    return load_policy(path)


# --- which purpose covers a category ----------------------------------------------------------------

@pytest.mark.parametrize("purposes, covering, reason", [
    (["security"], ("security",), "category 'device' (D-1) is declared by purpose 'security' (P-3)"),
    (["analytics", "security"], ("security",), "category 'device' (D-1) is declared by purpose 'security' (P-3)"),
    (["analytics", "marketing", "security"], ("security",),
     "category 'device' (D-1) is declared by purpose 'security' (P-3)"),
    (["analytics", "security", "fraud"], ("security", "fraud"),
     "category 'device' (D-1) is declared by purpose 'security' (P-3), 'fraud' (P-4)"),
    (["fraud", "analytics", "security"], ("fraud", "security"),
     "category 'device' (D-1) is declared by purpose 'fraud' (P-4), 'security' (P-3)"),
])
def test_the_covering_purpose_declares_wherever_it_is_listed(policy, purposes, covering, reason):
    verdict = policy.classify("IMEI", purposes)
    assert (verdict.status, verdict.category, verdict.purposes, verdict.reason) == ("declared", "device", covering, reason)


@pytest.mark.parametrize("purposes, reason", [
    (["analytics", "marketing"], "category 'device' (D-1) is not covered by the store's purposes "
                                 "('analytics', 'marketing'); the policy declares it only for 'security', 'fraud'"),
    ([], "category 'device' (D-1) is not covered by the store's purposes (none); "
         "the policy declares it only for 'security', 'fraud'"),
])
def test_no_covering_purpose_is_undeclared(policy, purposes, reason):
    verdict = policy.classify("IMEI", purposes)
    assert (verdict.status, verdict.category, verdict.purposes, verdict.reason) == ("undeclared", "device", (), reason)


def test_an_entity_no_category_names_is_undeclared(policy):
    verdict = policy.classify("PHONE_NUMBER", ["analytics", "marketing", "security", "fraud", "auth"])
    assert (verdict.status, verdict.category, verdict.reason) == (
        "undeclared", None, "PHONE_NUMBER belongs to no category of the policy")


def test_an_entity_in_two_categories_is_declared_by_its_first(policy):
    verdict = policy.classify("EMAIL_ADDRESS", ["analytics", "marketing"])
    assert (verdict.status, verdict.category, verdict.purposes, verdict.reason) == (
        "declared", "contact", ("marketing",), "category 'contact' (C-2) is declared by purpose 'marketing' (P-2)")
    assert policy.category_of("EMAIL_ADDRESS").id == "contact"


def test_an_entity_in_two_categories_neither_declared_is_undeclared(policy):
    verdict = policy.classify("EMAIL_ADDRESS", ["analytics"])
    assert (verdict.status, verdict.purposes) == ("undeclared", ())
    assert verdict.reason == ("none of the categories 'contact' (C-2), 'login' (L-3) is covered by the store's "
                              "purposes ('analytics'); the policy declares it only for 'marketing', 'auth'")


def test_an_entity_in_two_categories_is_declared_by_its_second(policy):
    verdict = policy.classify("EMAIL_ADDRESS", ["analytics", "auth"])
    assert (verdict.status, verdict.category, verdict.purposes, verdict.reason) == (
        "declared", "login", ("auth",), "category 'login' (L-3) is declared by purpose 'auth' (P-5)")


# --- the same verdicts on findings of a real scan ---------------------------------------------------

def _estate(root: Path, sources: str, inventory: bool = False) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "policy.yaml").write_text(POLICY, encoding="utf-8")
    (root / "app.log").write_text(f"2024-01-01T00:00:00 login user={FAKE_EMAIL}\n"
                                  f"2024-01-01T00:00:01 handset imei={FAKE_IMEI}\n", encoding="utf-8")
    config = root / "piiscan.yaml"
    config.write_text("version: 1\npolicy: policy.yaml\n" + ("inventory: sqlite:///inventory.db\n" if inventory else "")
                      + "sources:\n" + sources, encoding="utf-8")
    return config


def _logs(name: str, purposes: str) -> str:
    return f"  - name: {name}\n    type: logs\n    paths: [app.log]\n    purposes: [{purposes}]\n"


def _scan(config: Path, out: Path):
    return run_scan(load_config(config), ScanOptions(out_dir=out, workers=1, use_nlp=False))


def test_findings_carry_the_verdict_of_a_purpose_listed_later(tmp_path):
    config = _estate(tmp_path, _logs("late", "analytics, marketing, security") + _logs("none", "analytics"))
    run = _scan(config, tmp_path / "out")
    got = {(f.source, f.entity): (f.status, f.category, tuple(f.purposes), f.policy_reason) for f in run.findings}
    assert got == {
        ("late", "EMAIL_ADDRESS"): ("declared", "contact", ("marketing",),
                                    "category 'contact' (C-2) is declared by purpose 'marketing' (P-2)"),
        ("late", "IMEI"): ("declared", "device", ("security",),
                           "category 'device' (D-1) is declared by purpose 'security' (P-3)"),
        ("none", "EMAIL_ADDRESS"): ("undeclared", "contact", (),
                                    "none of the categories 'contact' (C-2), 'login' (L-3) is covered by the store's "
                                    "purposes ('analytics'); the policy declares it only for 'marketing', 'auth'"),
        ("none", "IMEI"): ("undeclared", "device", (),
                           "category 'device' (D-1) is not covered by the store's purposes ('analytics'); "
                           "the policy declares it only for 'security', 'fraud'"),
    }
    assert not run.failed and run.gate_failed("undeclared") and run.exit_code("undeclared") == 1
    written = (tmp_path / "out" / "findings.jsonl").read_text(encoding="utf-8")
    assert FAKE_EMAIL not in written and FAKE_IMEI not in written


def test_declared_findings_pass_the_undeclared_gate_but_not_any(tmp_path):
    run = _scan(_estate(tmp_path, _logs("late", "analytics, marketing, security")), tmp_path / "out")
    assert {f.status for f in run.findings} == {"declared"}
    assert (run.gate_failed("undeclared"), run.exit_code("undeclared")) == (False, 0)
    assert (run.gate_failed("any"), run.exit_code("any")) == (True, 1)
    assert (run.gate_failed("never"), run.exit_code("never")) == (False, 0)


# --- review decisions settle the gate ---------------------------------------------------------------

def _piiscan(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _review(config: Path, decision: str, entity: str):
    result = _piiscan("review", decision, str(config), "ops:*", "--entity", entity, "--reason", "test decision",
                      "--by", "tester")
    assert result.exit_code == 0, result.output


def _cli_gate(config: Path, out: Path, fail_on: str) -> int:
    return _piiscan("scan", str(config), "--out", str(out), "--workers", "1", "--no-nlp", "--fail-on", fail_on).exit_code


@pytest.mark.parametrize("decision", ["accept", "suppress", "false-positive"])
def test_a_review_decision_settles_the_gate_and_an_unreviewed_finding_still_fails_it(tmp_path, decision):
    config = _estate(tmp_path, _logs("ops", "analytics"), inventory=True)
    run = _scan(config, tmp_path / "o1")
    assert sorted((f.entity, f.status, f.review) for f in run.findings) == [
        ("EMAIL_ADDRESS", "undeclared", None), ("IMEI", "undeclared", None)]
    assert run.gate_failed("undeclared") and run.exit_code("undeclared") == 1

    _review(config, decision, "EMAIL_ADDRESS")            # the IMEI finding stays un-reviewed
    run = _scan(config, tmp_path / "o2")
    reviews = {f.entity: (f.review or {}).get("decision") for f in run.findings}
    assert reviews == {"EMAIL_ADDRESS": decision, "IMEI": None}
    assert run.gate_failed("undeclared") and run.exit_code("undeclared") == 1
    assert _cli_gate(config, tmp_path / "o3", "undeclared") == 1

    _review(config, decision, "IMEI")
    run = _scan(config, tmp_path / "o4")
    assert {f.entity: f.review["decision"] for f in run.findings} == {"EMAIL_ADDRESS": decision, "IMEI": decision}
    assert {f.status for f in run.findings} == {"undeclared"}            # a decision settles, it does not declare
    assert (run.gate_failed("undeclared"), run.exit_code("undeclared")) == (False, 0)
    assert (run.gate_failed("any"), run.exit_code("any")) == (False, 0)
    assert _cli_gate(config, tmp_path / "o5", "undeclared") == 0
    assert _cli_gate(config, tmp_path / "o6", "any") == 0
    findings = [json.loads(line) for line in (tmp_path / "o5" / "findings.jsonl").read_text().splitlines()]
    assert {f["review"]["decision"] for f in findings} == {decision}
