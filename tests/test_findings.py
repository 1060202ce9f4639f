"""How chunk results become findings: column thresholds, JSON key paths, batches, lines."""

import pytest

from sample_data import POLICY
from scanner.connectors import Chunk
from scanner.findings import FindingBuilder
from scanner.hits import ChunkResult, Hit
from scanner.policy import load_policy


@pytest.fixture(scope="module")
def policy():
    return load_policy(POLICY)


def _hit(entity: str, matched: int, score: float = 0.9) -> Hit:
    return Hit(entity, matched, score * matched, score, {"validator": matched}, "*", "hmac-sha256:x")


def _column(builder, column, hits, rows, values, field=None, batch=0, free_text=False):
    chunk = Chunk(store="t", location={"table": "t", "column": column}, values=["v"] * values, mode="column",
                  rows_scanned=rows, table="t", field=field, batch=batch)
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


def _logs(policy, occurrences=False):
    return FindingBuilder("logs", "logs", policy, lambda table: ("security",), occurrences=occurrences)


def _field_hit(entity: str, field: str | None, score: float = 0.9) -> Hit:
    return Hit(entity, 1, score, score, {"validator": 1}, "*", f"hmac-sha256:{entity}", [field] if field else [])


def test_a_log_file_is_rolled_up_per_field_and_entity(policy):
    b = _logs(policy)
    chunk = Chunk(store="a.log", location={"path": "a.log", "line": 10}, values=["x"] * 5, mode="lines")
    b.add(chunk, ChunkResult(0, 1, False, [], {1: [_field_hit("IMEI", None)], 2: [_field_hit("IMEI", None)],
                                              4: [_field_hit("EMAIL_ADDRESS", "to"), _field_hit("IMEI", None)]}))
    got = [(f.location, f.entity, f.status, f.count, f.lines) for f in b.findings()]
    assert got == [
        ({"path": "a.log", "field": None}, "IMEI", "declared", 3, {"first": 11, "last": 14, "sample": [11, 12, 14]}),
        ({"path": "a.log", "field": "to"}, "EMAIL_ADDRESS", "undeclared", 1, {"first": 14, "last": 14, "sample": [14]}),
    ]


def test_a_line_counts_once_however_many_json_leaves_hold_the_entity(policy):
    b = _logs(policy, occurrences=True)
    for line, fields in ((3, ("user.email", "user.email")), (4, ("user.email", "cc"))):
        for field in fields:
            chunk = Chunk(store="e.jsonl", location={"path": "e.jsonl", "line": line}, values=["v"],
                          field=field)
            b.add(chunk, ChunkResult(0, 1, False, [_field_hit("EMAIL_ADDRESS", field)]))
    rolled = {f.location["field"]: (f.count, f.lines["sample"]) for f in b.findings()}
    assert rolled == {"user.email": (2, [3, 4]), "cc": (1, [4])}
    assert [(o.location, o.entity) for o in b.occurrences()] == [
        ({"path": "e.jsonl", "line": 3}, "EMAIL_ADDRESS"), ({"path": "e.jsonl", "line": 4}, "EMAIL_ADDRESS")]


def test_samples_stop_at_ten_and_the_last_line_is_kept(policy):
    b = _logs(policy)
    chunk = Chunk(store="a.log", location={"path": "a.log", "line": 1}, values=["x"] * 30, mode="lines")
    b.add(chunk, ChunkResult(0, 1, False, [], {i: [_field_hit("IMEI", None)] for i in range(0, 30, 2)}))
    (f,) = b.findings()
    assert f.count == 15 and f.lines == {"first": 1, "last": 29, "sample": [1, 3, 5, 7, 9, 11, 13, 15, 17, 19]}


def test_a_file_is_final_when_the_next_file_begins(policy):
    b = _logs(policy)
    for store in ("a.log", "b.log"):
        chunk = Chunk(store=store, location={"path": store, "line": 1}, values=["x"], mode="lines")
        b.add(chunk, ChunkResult(0, 1, False, [], {0: [_field_hit("IMEI", None)]}))
    assert [f.store for f in b.ready()] == ["a.log"]
    assert [f.store for f in b.findings()] == ["b.log"]


def test_a_mailbox_is_rolled_up_per_part_kind_and_counts_messages(policy):
    b = FindingBuilder("mail", "email", policy, lambda table: ("customer_service",), occurrences=True)
    parts = [("<1@x>", "From", "PERSON"), ("<1@x>", "To", "PERSON"), ("<1@x>", "body", "PERSON"),
             ("<2@x>", "Cc", "PERSON"), ("<2@x>", "invoice.pdf", "PHONE_NUMBER")]
    for msg_id, part, entity in parts:
        chunk = Chunk(store="s.mbox", location={"path": "s.mbox", "message_id": msg_id, "part": part}, values=["v"])
        b.add(chunk, ChunkResult(0, 1, False, [_field_hit(entity, None)]))
    got = [(f.location, f.entity, f.count, f.messages, f.lines) for f in b.findings()]
    assert got == [({"path": "s.mbox", "part": "attachment"}, "PHONE_NUMBER", 1, {"sample": ["<2@x>"]}, None),
                   ({"path": "s.mbox", "part": "body"}, "PERSON", 1, {"sample": ["<1@x>"]}, None),
                   ({"path": "s.mbox", "part": "headers"}, "PERSON", 2, {"sample": ["<1@x>", "<2@x>"]}, None)]
    assert [(o.location["message_id"], o.location["part"]) for o in b.occurrences()] == [   # the finest location
        ("<1@x>", "From"), ("<1@x>", "To"), ("<1@x>", "body"), ("<2@x>", "Cc"), ("<2@x>", "invoice.pdf")]


def test_occurrences_are_kept_only_when_asked_for(policy):
    b = _logs(policy)
    chunk = Chunk(store="a.log", location={"path": "a.log", "line": 1}, values=["x"], mode="lines")
    b.add(chunk, ChunkResult(0, 1, False, [], {0: [_field_hit("IMEI", None)]}))
    assert list(b.occurrences()) == [] and len(list(b.findings())) == 1


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


@pytest.mark.parametrize("line, field", [
    ("2024-05-07T12:59:44Z login ok ip=203.0.113.7 user=x", "ip"),
    ('{"event": "x"} client_ip: 203.0.113.7', "client_ip"),
    ("peer [203.0.113.7]:443 closed", None),
    ("login from 203.0.113.7", None),
    ("at 12:30 from 203.0.113.7", None),
])
def test_a_plain_log_line_names_the_field_a_value_sits_behind(line, field):
    from scanner.analysis import label_before
    assert label_before(line, line.index("203.0.113.7")) == field


def test_findings_are_the_same_whether_workers_roll_lines_up_or_send_every_line(tmp_path):
    """Without --occurrences the workers fold lines themselves; the findings must not change."""
    from sample_data import POLICY as policy_file
    from scanner.config import load_config
    from scanner.service import ScanOptions, run_scan
    lines = []
    for i in range(5000):
        lines.append(f"2026-11-28T00:00:{i % 60:02d}Z INFO login ok ip=198.51.100.{i % 200} user=u{i}@example.com"
                     if i % 3 else f'{{"device": {{"imei": "490154203237518"}}, "seq": {i}}}')
    (tmp_path / "app.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "policy.yaml").write_bytes(policy_file.read_bytes())
    (tmp_path / "piiscan.yaml").write_text("version: 1\npolicy: policy.yaml\nsources:\n  - name: logs\n    type: logs\n"
                                           "    paths: [app.log]\n    purposes: [security]\n", encoding="utf-8")
    config = load_config(tmp_path / "piiscan.yaml")
    rolled = run_scan(config, ScanOptions(out_dir=tmp_path / "a", workers=2, use_nlp=False))
    per_line = run_scan(config, ScanOptions(out_dir=tmp_path / "b", workers=2, use_nlp=False, occurrences=True))
    assert [f.to_dict() for f in rolled.findings] == [f.to_dict() for f in per_line.findings]
    assert sorted((f.location["field"], f.entity, f.count) for f in rolled.findings) == [
        ("device.imei", "IMEI", 1667), ("ip", "IP_ADDRESS", 3333), ("user", "EMAIL_ADDRESS", 3333)]
