"""The review workflow without silent passes: checked targets, match counts, ``review list`` and ``review revoke``.

Every test drives the CLI; none prints or stores a detected value (fingerprints and locations only).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from scanner.config import load_config
from scanner.inventory import migrate
from scanner.inventory.store import Inventory
from tests.db_fixtures import scratch_database

PREFIX = "hmac-sha256:"


def _undeclared(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["status"] == "undeclared"]


def _decisions(estate, *, revoked: bool = True) -> list:
    with Inventory.open(load_config(estate.config)) as inv:
        return inv.decisions(revoked=revoked)


def _unique_prefix(findings: list[dict], size: int) -> tuple[dict, str]:
    """A finding of a single-finding column whose first ``size`` hex digits no other fingerprint shares."""
    digits = [f["fingerprint"].removeprefix(PREFIX) for f in findings]
    for f in findings:
        mine = f["fingerprint"].removeprefix(PREFIX)
        if "column" in f["location"] and sum(d.startswith(mine[:size]) for d in digits) == 1:
            return f, mine[:size]
    raise AssertionError("no finding with a unique prefix")


def test_a_pattern_that_matches_nothing_is_exit_2_with_the_nearest_locations(estate):
    estate.scan()
    typo = estate.piiscan("review", "accept", "CONFIG", "shop-db:user.*", "--reason", "r")
    assert typo.exit_code == 2
    assert "shop-db:user.* matches no finding of scan 1" in typo.output and "shop-db:users.*" in typo.output
    bare = estate.piiscan("review", "accept", "CONFIG", "shop-db:birth_date", "--reason", "r")
    assert bare.exit_code == 2 and "shop-db:users.birth_date" in bare.output
    wrong_entity = estate.piiscan("review", "accept", "CONFIG", "shop-db:users.*", "--entity", "IMEI", "--reason", "r")
    assert wrong_entity.exit_code == 2 and "other entities" in wrong_entity.output
    unknown = estate.piiscan("review", "accept", "CONFIG", "shopdb:users.*", "--reason", "r")
    assert unknown.exit_code == 2 and "unknown source 'shopdb'" in unknown.output and "shop-db" in unknown.output
    assert _decisions(estate) == []
    listed = estate.piiscan("review", "list", "CONFIG", "--all")
    assert listed.exit_code == 0 and listed.output.strip() == "no review decisions"


def test_a_fingerprint_prefix_needs_8_characters(estate):
    _, findings = estate.scan()
    target, eight = _unique_prefix(findings, 8)
    for short in (eight[:1], PREFIX + eight[:7]):
        rejected = estate.piiscan("review", "accept", "CONFIG", short, "--reason", "r")
        assert rejected.exit_code == 2 and "too short" in rejected.output, rejected.output
    assert _decisions(estate) == []
    accepted = estate.piiscan("review", "accept", "CONFIG", eight, "--reason", "test account", "--by", "alice")
    assert accepted.exit_code == 0, accepted.output
    assert "matches 1 finding of scan 1" in accepted.output
    _, again = estate.scan()
    reviewed = [f for f in again if f.get("review")]
    assert [(f["source"], f["location"], f["entity"]) for f in reviewed] == \
        [(target["source"], target["location"], target["entity"])]


def test_an_ambiguous_prefix_is_rejected(estate):
    _, findings = estate.scan()
    target, twelve = _unique_prefix(findings, 12)
    twin = PREFIX + twelve + "0" * (len(target["fingerprint"]) - len(PREFIX) - 12)
    assert twin != target["fingerprint"]
    with sa.create_engine(f"sqlite:///{estate.root / 'inventory.db'}").begin() as con:   # a second fingerprint
        con.execute(sa.text("UPDATE piiscan_findings SET fingerprint = :twin WHERE id = "
                            "(SELECT min(id) FROM piiscan_findings WHERE fingerprint != :mine)"),
                    {"twin": twin, "mine": target["fingerprint"]})
    ambiguous = estate.piiscan("review", "accept", "CONFIG", twelve, "--reason", "r")
    assert ambiguous.exit_code == 2
    assert "ambiguous" in ambiguous.output and "matches 2 findings of scan 1" in ambiguous.output
    missing = estate.piiscan("review", "accept", "CONFIG", "ffffffff" * 2, "--reason", "r")
    assert missing.exit_code == 2 and "no finding" in missing.output
    assert _decisions(estate) == []


def test_a_fingerprint_shared_by_several_findings_counts_them_all(estate):
    """One value at several places: one decision per key, each line with its own count."""
    _, findings = estate.scan()
    emails = [f for f in findings if f["entity"] == "EMAIL_ADDRESS"]
    shared, other = emails[0]["fingerprint"], next(f["fingerprint"] for f in emails if f["fingerprint"] !=
                                                   emails[0]["fingerprint"])
    with sa.create_engine(f"sqlite:///{estate.root / 'inventory.db'}").begin() as con:   # the same address twice
        con.execute(sa.text("UPDATE piiscan_findings SET fingerprint = :shared WHERE fingerprint = :other"),
                    {"shared": shared, "other": other})
    prints = [shared if f["fingerprint"] == other else f["fingerprint"] for f in findings]
    result = estate.piiscan("review", "suppress", "CONFIG", shared, "--reason", "same device model")
    assert result.exit_code == 0, result.output
    counts = [int(n) for n in re.findall(r"— matches (\d+) findings? of scan 1 \(decision #\d+\)$", result.output, re.M)]
    assert len(counts) == len(result.output.splitlines()) and sum(counts) == prints.count(shared) > 1


def test_every_decision_prints_how_many_findings_it_matches(estate):
    _, findings = estate.scan()
    leads = sum(f["source"] == "shop-db" and f["location"].get("table") == "marketing_leads" for f in findings)
    result = estate.piiscan("review", "accept", "CONFIG", "shop-db:marketing_leads.*", "--reason", "consent",
                            "--by", "alice")
    assert result.exit_code == 0
    assert result.output.strip() == \
        f"accept: shop-db:marketing_leads.* (by alice) — matches {leads} findings of scan 1 (decision #1)"


def _listed(output: str) -> dict[int, str]:
    return {int(m.group(1)): line for line in output.splitlines() if (m := re.match(r"#(\d+)\s", line))}


def test_list_shows_ids_counts_and_with_all_the_superseded_and_revoked(estate):
    _, findings = estate.scan()
    emails = sum(f["source"] == "app-logs" and f["entity"] == "EMAIL_ADDRESS" for f in findings)
    leads = sum(f["location"].get("table") == "marketing_leads" for f in findings)
    for args in (("suppress", "shop-db:marketing_leads.*", "--reason", "first look"),
                 ("false-positive", "app-logs:logs/*", "--entity", "EMAIL_ADDRESS", "--reason", "ours"),
                 ("accept", "shop-db:marketing_leads.*", "--reason", "consent ticket 7")):
        assert estate.piiscan("review", args[0], "CONFIG", *args[1:], "--by", "alice").exit_code == 0
    in_force = estate.piiscan("review", "list", "CONFIG")
    assert in_force.exit_code == 0
    rows = _listed(in_force.output)
    assert sorted(rows) == [2, 3]                                   # 1 is superseded by 3
    assert "false-positive" in rows[2] and f"matches {emails} findings" in rows[2] and "by alice" in rows[2]
    assert "app-logs:logs/* (EMAIL_ADDRESS)" in rows[2] and "reason: ours" in rows[2]
    assert f"matches {leads} findings" in rows[3] and "consent ticket 7" in rows[3]
    assert "counted against scan 1" in in_force.output and "1 revoked or superseded" in in_force.output
    revoked = estate.piiscan("review", "revoke", "CONFIG", "#2", "--reason", "not ours after all", "--by", "bob")
    assert revoked.exit_code == 0, revoked.output
    assert f"it matched {emails} findings of scan 1; 0 of them still covered" in revoked.output
    assert sorted(_listed(estate.piiscan("review", "list", "CONFIG").output)) == [3]
    everything = _listed(estate.piiscan("review", "list", "CONFIG", "--all").output)
    assert sorted(everything) == [1, 2, 3]
    assert "[superseded by #3]" in everything[1] and "by bob: not ours after all]" in everything[2]


def test_revoking_makes_findings_unreviewed_and_the_gate_fail_again(estate):
    first, findings = estate.scan("--fail-on", "undeclared")
    assert first.exit_code == 1
    ids = {}
    for source in sorted({f["source"] for f in _undeclared(findings)}):
        made = estate.piiscan("review", "suppress", "CONFIG", f"{source}:*", "--reason", "known", "--by", "alice")
        assert made.exit_code == 0, made.output
        ids[source] = int(re.search(r"decision #(\d+)", made.output).group(1))
    second, _ = estate.scan("--fail-on", "undeclared")
    assert second.exit_code == 0, second.output
    revoked = estate.piiscan("review", "revoke", "CONFIG", str(ids["shop-db"]), "--reason", "ticket 42 reopened",
                             "--by", "bob")
    assert revoked.exit_code == 0, revoked.output
    third, again = estate.scan("--fail-on", "undeclared")
    assert third.exit_code == 1
    open_now = [f for f in _undeclared(again) if not f.get("review")]
    assert open_now and {f["source"] for f in open_now} == {"shop-db"}
    assert all(f.get("review") for f in again if f["source"] != "shop-db")
    audit = {d.id: d for d in _decisions(estate)}                     # never deleted
    assert set(audit) == set(ids.values())
    gone = audit[ids["shop-db"]]
    assert (gone.revoked_by, gone.revoke_reason, gone.decision, gone.by) == ("bob", "ticket 42 reopened",
                                                                             "suppress", "alice")
    assert [d.id for d in _decisions(estate, revoked=False)] == sorted(i for s, i in ids.items() if s != "shop-db")


def test_revoking_an_unknown_or_revoked_decision_is_exit_2(estate):
    estate.scan()
    assert estate.piiscan("review", "accept", "CONFIG", "shop-db:users.*", "--reason", "r").exit_code == 0
    unknown = estate.piiscan("review", "revoke", "CONFIG", "99", "--reason", "typo")
    assert unknown.exit_code == 2 and "no review decision #99" in unknown.output
    not_an_id = estate.piiscan("review", "revoke", "CONFIG", "users", "--reason", "typo")
    assert not_an_id.exit_code == 2
    no_reason = estate.piiscan("review", "revoke", "CONFIG", "1", "--reason", " ")
    assert no_reason.exit_code == 2
    assert estate.piiscan("review", "revoke", "CONFIG", "1", "--reason", "done").exit_code == 0
    twice = estate.piiscan("review", "revoke", "CONFIG", "1", "--reason", "again")
    assert twice.exit_code == 2 and "already revoked" in twice.output


def _at_0001_with_a_decision(url: str, config_path: str) -> None:
    """An inventory at revision 0001 holding one decision (as the release before revocation left it)."""
    engine = sa.create_engine(url)
    try:
        migrate.upgrade(engine, "0001")
        table = sa.table("piiscan_review_decisions", *(sa.column(n, sa.String) for n in (
            "config", "source", "pattern", "decision", "reason", "by")), sa.column("at", sa.DateTime(timezone=True)))
        with engine.begin() as con:
            con.execute(table.insert().values(config=config_path, source="shop-db", pattern="marketing_leads.*",
                                              decision="suppress", reason="legacy", by="carol",
                                              at=datetime(2026, 1, 5, tzinfo=UTC)))
        assert migrate.current(engine) == "0001"
    finally:
        engine.dispose()


def _upgrade_then_revoke(estate, url: str) -> None:
    _at_0001_with_a_decision(url, str(load_config(estate.config).path))
    first, findings = estate.scan()
    assert first.exit_code == 0, first.output
    leads = [f for f in findings if f["location"].get("table") == "marketing_leads"]
    assert leads and all(f["review"]["by"] == "carol" for f in leads)       # the 0001 decision still applies
    engine = sa.create_engine(url)
    try:
        assert migrate.current(engine) == "0003"
    finally:
        engine.dispose()
    listed = _listed(estate.piiscan("review", "list", "CONFIG").output)
    assert list(listed) == [1] and f"matches {len(leads)} findings" in listed[1] and "by carol" in listed[1]
    assert estate.piiscan("review", "revoke", "CONFIG", "1", "--reason", "re-review").exit_code == 0
    _, again = estate.scan()
    assert not any(f.get("review") for f in again)


def test_an_inventory_at_0001_upgrades_and_its_decisions_can_be_revoked(estate):
    _upgrade_then_revoke(estate, f"sqlite:///{estate.root / 'inventory.db'}")


@pytest.fixture
def pg_inventory(estate, tmp_path, monkeypatch):
    """The estate recording into an empty PostgreSQL database."""
    with scratch_database("postgresql", tmp_path) as url:
        text = estate.config.read_text().replace("sqlite:///inventory.db", "${PIISCAN_TEST_INVENTORY}")
        estate.config.write_text(text)
        monkeypatch.setenv("PIISCAN_TEST_INVENTORY", url)
        yield estate, url


@pytest.mark.postgres
def test_postgres_inventory_at_0001_upgrades_and_its_decisions_can_be_revoked(pg_inventory):
    estate, url = pg_inventory
    _upgrade_then_revoke(estate, url)
    assert not (estate.root / "inventory.db").exists()


@pytest.mark.postgres
def test_postgres_schema_qualified_name_is_suggested(pg_inventory):
    estate, url = pg_inventory
    engine = sa.create_engine(url)
    try:
        with engine.begin() as con:
            con.exec_driver_sql("CREATE SCHEMA catalog")
            con.exec_driver_sql("CREATE TABLE catalog.product_catalog (id integer PRIMARY KEY, "
                                "supplier_email text)")
            con.execute(sa.text("INSERT INTO catalog.product_catalog VALUES (:id, :email)"),
                        [{"id": i, "email": f"supplier{i}@example.com"} for i in range(1, 31)])
    finally:
        engine.dispose()
    with estate.config.open("a", encoding="utf-8") as out:
        out.write("  - name: shop-pg\n    type: sql\n    url: ${PIISCAN_TEST_INVENTORY}\n"
                  "    schemas: [catalog]\n    purposes: [order_placement]\n")
    _, findings = estate.scan()
    assert any(f["source"] == "shop-pg" for f in findings)
    tried = estate.piiscan("review", "accept", "CONFIG", "shop-pg:product_catalog.*", "--reason", "supplier")
    assert tried.exit_code == 2
    assert "shop-pg:product_catalog.* matches no finding" in tried.output
    assert "shop-pg:catalog.product_catalog.*" in tried.output
    fixed = estate.piiscan("review", "accept", "CONFIG", "shop-pg:catalog.product_catalog.*", "--reason", "supplier")
    assert fixed.exit_code == 0 and "matches 1 finding of scan 1" in fixed.output
    listed = estate.piiscan("review", "list", "CONFIG")
    for output in (tried.output, fixed.output, listed.output):
        assert "@example.com" not in output
