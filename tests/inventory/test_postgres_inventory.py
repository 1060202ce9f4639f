"""The inventory on PostgreSQL: migrations, recording, decisions and diff work as on SQLite."""

import pytest
import sqlalchemy as sa

from scanner.config import load_config
from scanner.inventory import migrate
from scanner.inventory.store import Inventory
from tests.db_fixtures import scratch_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_estate(estate, tmp_path):
    with scratch_database("postgresql", tmp_path) as url:
        text = estate.config.read_text().replace("sqlite:///inventory.db", "${PIISCAN_TEST_INVENTORY}")
        estate.config.write_text(text)
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("PIISCAN_TEST_INVENTORY", url)
            yield estate, url


def test_postgres_inventory_round_trip(pg_estate):
    estate, url = pg_estate
    first, findings = estate.scan("--fail-on", "undeclared")
    assert first.exit_code == 1
    for source in {f["source"] for f in findings if f["status"] == "undeclared"}:
        estate.piiscan("review", "suppress", "CONFIG", f"{source}:*", "--reason", "accepted risk", "--by", "pg")
    second, again = estate.scan("--fail-on", "undeclared")
    assert second.exit_code == 0, second.output
    assert not (estate.root / "inventory.db").exists()
    engine = sa.create_engine(url)
    try:
        assert migrate.current(engine) == "0003"
        with engine.connect() as con:
            assert con.execute(sa.text("SELECT count(*) FROM piiscan_scans")).scalar() == 2
            assert con.execute(sa.text("SELECT count(*) FROM piiscan_findings")).scalar() == 2 * len(findings)
    finally:
        engine.dispose()
    with Inventory.open(load_config(estate.config)) as inv:
        history = inv.history()
    assert [h.open_undeclared for h in history] == [sum(f["status"] == "undeclared" for f in findings), 0]
    diff = estate.piiscan("diff", "CONFIG")
    assert diff.exit_code == 0 and "0 new undeclared" in diff.output
