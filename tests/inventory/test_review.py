"""Review decisions: by fingerprint prefix or location pattern; they stick across scans and settle the gate."""

import sqlite3

from scanner.config import load_config
from scanner.inventory.store import Inventory


def _undeclared(findings):
    return [f for f in findings if f["status"] == "undeclared"]


def _stable(f):
    loc = f["location"]
    if "column" in loc:
        return f"{loc['table']}.{loc['column']}"
    if "message_id" in loc:
        return f"{loc['path']}#{loc['message_id']}/{loc['part']}"
    return loc["path"]


def test_suppressed_findings_stay_suppressed_and_pass_the_gate(estate):
    first, findings = estate.scan("--fail-on", "undeclared")
    undeclared = _undeclared(findings)
    assert first.exit_code == 1 and undeclared
    column = next(f for f in undeclared if "column" in f["location"])
    by_print = estate.piiscan("review", "suppress", "CONFIG", column["fingerprint"][len("hmac-sha256:"):][:12],
                              "--reason", "legacy table, deletion ticket 42", "--by", "alice")
    assert by_print.exit_code == 0, by_print.output
    with Inventory.open(load_config(estate.config)) as inv:       # the stable locations decisions match
        rows = inv.findings(inv.scan_ids()[-1])
    for where in sorted({(r.source, r.key_location) for r in rows
                         if r.status == "undeclared" and r.fingerprint != column["fingerprint"]}):
        r = estate.piiscan("review", "suppress", "CONFIG", f"{where[0]}:{where[1]}", "--reason", "known")
        assert r.exit_code == 0, r.output
    second, again = estate.scan("--fail-on", "undeclared")
    assert second.exit_code == 0, second.output
    reviewed = {(f["source"], _stable(f), f["entity"]): f.get("review") for f in _undeclared(again)}
    assert all(r and r["decision"] == "suppress" for r in reviewed.values())
    mine = reviewed[(column["source"], _stable(column), column["entity"])]
    assert mine["by"] == "alice" and mine["reason"] == "legacy table, deletion ticket 42" and mine["at"]


def test_a_column_decision_survives_changed_rows(estate):
    _, findings = estate.scan()
    target = next(f for f in findings if _stable(f) == "marketing_leads.birth_date")
    estate.piiscan("review", "accept", "CONFIG", target["fingerprint"], "--reason", "campaign consent")
    with sqlite3.connect(estate.root / "shop.db") as con:
        con.execute("DELETE FROM marketing_leads WHERE id < 10")      # the sampled first value changes
    _, again = estate.scan()
    after = next(f for f in again if _stable(f) == "marketing_leads.birth_date")
    assert after["fingerprint"] != target["fingerprint"]
    assert after["review"]["decision"] == "accept"


def test_without_a_decision_the_gate_still_fails(estate):
    estate.scan()
    result, findings = estate.scan("--fail-on", "undeclared")
    assert result.exit_code == 1 and not any(f.get("review") for f in findings)


def test_pattern_decisions_can_name_an_entity(estate):
    _, findings = estate.scan()
    estate.piiscan("review", "false-positive", "CONFIG", "app-logs:logs/*", "--entity", "EMAIL_ADDRESS",
                   "--reason", "bounce addresses are ours")
    _, again = estate.scan()
    logs = [f for f in again if f["source"] == "app-logs"]
    assert {f["entity"] for f in logs if f.get("review")} == {"EMAIL_ADDRESS"}
    assert any(not f.get("review") for f in logs)


def test_latest_decision_wins_and_by_defaults_to_user(estate, monkeypatch):
    monkeypatch.setenv("USER", "bob")
    estate.scan()
    estate.piiscan("review", "suppress", "CONFIG", "shop-db:marketing_leads.*", "--reason", "first")
    estate.piiscan("review", "accept", "CONFIG", "shop-db:marketing_leads.*", "--reason", "second")
    _, findings = estate.scan()
    reviews = [f["review"] for f in findings if f["location"].get("table") == "marketing_leads"]
    assert reviews and all(r["decision"] == "accept" and r["reason"] == "second" and r["by"] == "bob"
                           for r in reviews)
    with Inventory.open(load_config(estate.config)) as inv:
        assert [d.decision for d in inv.decisions()] == ["suppress", "accept"]


def test_bad_finding_arguments_are_usage_errors(estate):
    estate.scan()
    unknown = estate.piiscan("review", "accept", "CONFIG", "no-such-source:x.*", "--reason", "r")
    assert unknown.exit_code == 2 and "unknown source 'no-such-source'" in unknown.output
    neither = estate.piiscan("review", "accept", "CONFIG", "users.*", "--reason", "r")
    assert neither.exit_code == 2 and "neither a fingerprint" in neither.output
    missing = estate.piiscan("review", "accept", "CONFIG", "ffffffffffffffff", "--reason", "r")
    assert missing.exit_code == 2 and "no finding" in missing.output
    empty = estate.piiscan("review", "accept", "CONFIG", "hmac-sha256:", "--reason", "r")
    assert empty.exit_code == 2 and "too short" in empty.output
    no_reason = estate.piiscan("review", "accept", "CONFIG", "shop-db:users.*")
    assert no_reason.exit_code == 2
