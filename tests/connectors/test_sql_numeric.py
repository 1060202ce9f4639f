"""Numbers as stored, end to end: BIGINT phone and IMEI columns of real SQLite, PostgreSQL and MariaDB.

A numeric column keeps neither the '+' of an E.164 number nor a leading 0; the scan must still
report the phones (with the right region) and the IMEIs, and leave order numbers and counters
of the same shape alone. Every value is an obviously fake test number.
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from recognizers._checksums import luhn_check_digit
from sample_data import POLICY
from scanner.config import load_config
from scanner.executors import InlineExecutor
from scanner.findings import Finding
from scanner.pipeline import Scanner


def fake_imei(serial: int) -> str:
    """A 15-digit IMEI with the made-up TAC 01987654 (reporting body 01) and a valid Luhn digit."""
    body = f"01987654{serial:06d}"
    return body + luhn_check_digit(body)


# +81 90-1234-5678 style and 090-…/080-…/070-… without the 0: every one a JP mobile
MOBILES = [819012345678, 819087654321, 818012345678, 9012345678, 8087654321, 7012345678]
# the same shapes, valid phone numbers all, but in an order-number column
ORDER_NOS = [819012340001, 9012340002, 8613800130003, 14155550104, 312340005, 8087650006]
COUNTERS = [13800138001 + i for i in range(6)]            # CN-mobile-shaped counter values
IMEIS = [int(fake_imei(serial)) for serial in (21, 22, 23, 24, 25, 26)]    # 14 digits: the 0 is gone

metadata = sa.MetaData()
customers = sa.Table("customers", metadata,
                     sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                     sa.Column("mobile", sa.BigInteger), sa.Column("order_no", sa.BigInteger),
                     sa.Column("counter", sa.BigInteger), sa.Column("imei", sa.BigInteger))


@pytest.fixture(scope="module")
def findings(sql_url: str, sql_admin: sa.Engine, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    """The table loaded into the engine and scanned with the demo policy: findings by column."""
    metadata.create_all(sql_admin)
    with sql_admin.begin() as conn:
        conn.execute(customers.insert(), [
            {"id": i, "mobile": m, "order_no": o, "counter": c, "imei": e}
            for i, (m, o, c, e) in enumerate(zip(MOBILES, ORDER_NOS, COUNTERS, IMEIS, strict=True), start=1)])
    root = tmp_path_factory.mktemp("numeric")
    (root / "policy.yaml").write_bytes(POLICY.read_bytes())
    source = {"name": "crm-db", "type": "sql", "url": sql_url, "purposes": ["registration"]}
    config = root / "piiscan.yaml"
    config.write_text(f"version: 1\npolicy: policy.yaml\nsources:\n  - {json.dumps(source)}\n", encoding="utf-8")
    run = Scanner(load_config(config), InlineExecutor(), use_nlp=False).run()
    assert [(s.status, s.issues) for s in run.sources] == [("ok", [])]
    by_column: dict[str, list[Finding]] = {}
    for finding in run.findings:
        by_column.setdefault(finding.location["column"], []).append(finding)
    return by_column


def test_bigint_mobile_is_a_jp_phone(findings):
    (phone,) = findings["mobile"]
    assert phone.entity == "PHONE_NUMBER" and phone.count == len(MOBILES)
    assert "phonenumbers valid (JP)" in phone.reason and "stored as a number" in phone.reason
    assert "(GB)" not in phone.reason and "(US)" not in phone.reason


def test_order_numbers_and_counters_of_the_same_shape_stay_unflagged(findings):
    assert "order_no" not in findings and "counter" not in findings


def test_bigint_imei_with_the_lost_leading_zero(findings):
    (imei,) = findings["imei"]
    assert imei.entity == "IMEI" and imei.count == len(IMEIS)
    assert "leading 0 restored" in imei.reason


def test_no_raw_value_in_any_finding(findings):
    written = json.dumps([f.to_dict() for column in findings.values() for f in column], ensure_ascii=False)
    for value in MOBILES + ORDER_NOS + COUNTERS + IMEIS:
        assert str(value) not in written
        assert str(value)[-8:] not in written
