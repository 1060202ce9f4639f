"""How chunk results become findings: column thresholds, JSON key paths, batches, lines."""

import pytest

from sample_data import POLICY
from scanner.analysis import ChunkResult, Hit
from scanner.connectors import Chunk
from scanner.findings import FindingBuilder
from scanner.policy import load_policy


@pytest.fixture(scope="module")
def policy():
    return load_policy(POLICY)


def _hit(entity: str, matched: int, score: float = 0.9) -> Hit:
    return Hit(entity, matched, score * matched, score, {"validator": matched}, "*", "hmac-sha256:x")


def _column(builder, column, hits, rows, values, field=None, batch=0, free_text=False):
    detail = {"batch": batch, **({"field": field} if field else {})}
    chunk = Chunk(store="t", location={"table": "t", "column": column}, values=["v"] * values, mode="column",
                  rows_scanned=rows, table="t", detail=detail)
    builder.add(chunk, ChunkResult(0, rows, free_text, hits, values=values))


def _builder(policy):
    return FindingBuilder("db", "sql", policy, lambda table: ("registration",))


def test_sparse_column_is_judged_on_its_non_empty_values(policy):
    b = _builder(policy)
    _column(b, "email", [_hit("EMAIL_ADDRESS", 90)], rows=1000, values=100)
    (f,) = b.findings()
    assert (f.count, f.rows_scanned) == (90, 1000) and "90/100 non-empty values of 1000 rows" in f.reason


def test_a_few_matches_in_a_structured_column_are_noise(policy):
    b = _builder(policy)
    _column(b, "order_no", [_hit("IMEI", 30)], rows=1000, values=1000)
    assert list(b.findings()) == []


def test_one_confident_match_in_prose_is_a_finding(policy):
    b = _builder(policy)
    _column(b, "body", [_hit("PHONE_NUMBER", 2, 0.95)], rows=500, values=500, free_text=True)
    assert [f.entity for f in b.findings()] == ["PHONE_NUMBER"]


def test_json_key_paths_are_judged_one_by_one_and_reported_on_their_column(policy):
    b = _builder(policy)
    for key in ("payload.a", "payload.b", "payload.c", "payload.d"):
        hits = [Hit("EMAIL_ADDRESS", 100, 90.0, 0.9, {"syntax": 100}, "*", "x", [key])] if key == "payload.b" else []
        _column(b, "payload", hits, rows=100, values=100, field=key)
    (f,) = b.findings()
    assert f.location == {"table": "t", "column": "payload"} and f.fields == ["payload.b"]
    assert f.rows_scanned == 100


def test_batches_of_one_column_add_up(policy):
    b = _builder(policy)
    _column(b, "phone", [_hit("PHONE_NUMBER", 4000)], rows=5000, values=5000, batch=0)
    _column(b, "phone", [_hit("PHONE_NUMBER", 2000)], rows=2500, values=2500, batch=1)
    (f,) = b.findings()
    assert (f.count, f.rows_scanned, f.status) == (6000, 7500, "declared")


def test_lines_chunk_reports_each_line(policy):
    b = FindingBuilder("logs", "logs", policy, lambda table: ("security",))
    chunk = Chunk(store="a.log", location={"path": "a.log", "line": 10}, values=["x"] * 5, mode="lines")
    b.add(chunk, ChunkResult(0, 1, False, [], {1: [_hit("IMEI", 1)], 4: [_hit("EMAIL_ADDRESS", 2)]}))
    got = [(f.location["line"], f.entity, f.status, f.count) for f in b.findings()]
    assert got == [(11, "IMEI", "declared", 1), (14, "EMAIL_ADDRESS", "undeclared", 2)]


def test_blank_cells_do_not_dilute_a_column(policy):
    from scanner.analysis import summarize
    chunk = Chunk(store="t", location={"table": "t", "column": "email"}, values=["a@x.jp", "", "  ", "", ""],
                  mode="column", rows_scanned=5, table="t")
    result = summarize(0, chunk, [[], [], [], [], []], b"k")
    assert result.values == 1


@pytest.mark.parametrize("column, flagged", [("备注", True), ("reason_text", True), ("reviewBody", True),
                                             ("reason_code", False), ("message_id", False)])
def test_a_column_named_for_prose_is_free_text_whatever_its_shape(policy, column, flagged):
    b = _builder(policy)
    _column(b, column, [_hit("PHONE_NUMBER", 1, 0.9)], rows=500, values=500, free_text=False)
    assert bool(list(b.findings())) is flagged
