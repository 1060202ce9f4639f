"""LogConnector on real files generated in tmp_path."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import tracemalloc

import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.connectors._lines import split_lines
from scanner.connectors.base import Chunk, load_connector
from scanner.connectors.logs import LogConnector
from scanner.errors import ConfigError, SourceError

from .conftest import FAKE_EMAIL, FAKE_IMEI, FAKE_PHONE, drain, texts

COMPRESSORS = {
    "gz": gzip.compress,
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zst": zstandard.ZstdCompressor().compress,
}


def logs(tmp_path, paths, **options) -> LogConnector:
    return LogConnector({"name": "app-logs", "type": "logs", "paths": paths, "purposes": ["security"],
                         **options}, tmp_path)


def where(chunks: list[Chunk]) -> list[tuple[str, int]]:
    return [(c.location["path"], c.location["line"]) for c in chunks]


def test_is_the_registered_logs_connector():
    assert load_connector("logs") is LogConnector


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
@pytest.mark.parametrize("named", [True, False], ids=["suffix", "magic-only"])
def test_reads_each_compression_by_magic_bytes(tmp_path, write, suffix, named):
    name = f"logs/app.log.1.{suffix}" if named else "logs/app.log.1"
    write(name, COMPRESSORS[suffix](f"start\n\nimei={FAKE_IMEI}\r\nend".encode()))
    chunks = drain(logs(tmp_path, "logs/*"))
    assert where(chunks) == [(name, 1), (name, 3), (name, 4)]
    assert texts(chunks) == ["start", f"imei={FAKE_IMEI}", "end"]
    assert all(c.store == name and c.mode == "text" and c.context == () for c in chunks)


def test_rotated_set_in_natural_order_with_line_numbers_of_decompressed_text(tmp_path, write):
    write("logs/app.log", b"current 1\ncurrent 2\n")
    write("logs/app.log.1", b"one\n")
    write("logs/app.log.2.gz", gzip.compress(b"two a\ntwo b\ntwo c\n"))
    write("logs/app.log.10.xz", lzma.compress(b"ten\n"))
    write("logs/other.txt", b"not matched\n")
    chunks = drain(logs(tmp_path, ["logs/app.log*"]))
    assert where(chunks) == [("logs/app.log", 1), ("logs/app.log", 2), ("logs/app.log.1", 1),
                             ("logs/app.log.2.gz", 1), ("logs/app.log.2.gz", 2), ("logs/app.log.2.gz", 3),
                             ("logs/app.log.10.xz", 1)]
    assert texts(chunks)[5] == "two c"


def test_jsonl_leaves_carry_key_path_as_context_and_field(tmp_path, write):
    record = {"ts": "2024-01-01T00:00:00Z", "device": {"imei": FAKE_IMEI, "battery": 87},
              "contacts": [{"email": FAKE_EMAIL}], "ok": True, "none": None}
    write("app.jsonl", b"plain line\n" + json.dumps(record).encode() + b"\n[1, 2]\n")
    chunks = drain(logs(tmp_path, "app.jsonl"))
    assert [(dict(c.location), tuple(c.context), c.field, list(c.values)) for c in chunks] == [
        ({"path": "app.jsonl", "line": 1}, (), None, ["plain line"]),
        ({"path": "app.jsonl", "line": 2}, ("ts",), "ts", ["2024-01-01T00:00:00Z"]),
        ({"path": "app.jsonl", "line": 2}, ("device", "imei"), "device.imei", [FAKE_IMEI]),
        ({"path": "app.jsonl", "line": 2}, ("device", "battery"), "device.battery", ["87"]),
        ({"path": "app.jsonl", "line": 2}, ("contacts", "email"), "contacts[0].email", [FAKE_EMAIL]),
        ({"path": "app.jsonl", "line": 3}, (), None, ["[1, 2]"]),
    ]


def test_format_text_keeps_json_lines_whole(tmp_path, write):
    line = json.dumps({"imei": FAKE_IMEI})
    write("app.log", line.encode() + b"\n")
    chunks = drain(logs(tmp_path, "app.log", format="text"))
    assert texts(chunks) == [line] and chunks[0].context == ()


@pytest.mark.parametrize("encoding, text", [
    ("shift_jis", f"2024-01-01 登録 氏名=山田太郎 電話={FAKE_PHONE} 住所=東京都千代田区"),
    ("euc_jp", f"2024-01-01 登録 氏名=山田太郎 電話={FAKE_PHONE} 住所=東京都千代田区"),
    ("gb18030", f"2024-01-01 用户注册 姓名=张三 手机={FAKE_PHONE} 地址=北京市海淀区"),
])
def test_detects_legacy_east_asian_encodings(tmp_path, write, encoding, text):
    write("app.log", f"{text}\n{text}\n".encode(encoding))
    chunks = drain(logs(tmp_path, "app.log"))
    assert texts(chunks) == [text, text]


def test_non_ascii_after_an_ascii_sample_is_still_detected(tmp_path, write):
    head = b"ascii only line with nothing special\n" * 3000            # > the 64 KiB sample
    write("app.log", head + "氏名=山田太郎 ログイン失敗\n".encode("shift_jis"))
    chunks = drain(logs(tmp_path, "app.log"))
    assert chunks[-1].location == {"path": "app.log", "line": 3001}
    assert texts(chunks)[-1] == "氏名=山田太郎 ログイン失敗"


def test_forced_encoding_and_undecodable_bytes_do_not_crash(tmp_path, write):
    write("app.log", b"caf\xe9 ok\n\xff\xfe\xfa broken\n")
    chunks = drain(logs(tmp_path, "app.log", encoding="latin-1"))
    assert texts(chunks) == ["café ok", "ÿþú broken"]
    chunks = drain(logs(tmp_path, "app.log", encoding="utf-8"))
    assert texts(chunks)[0] == "caf\ufffd ok"


def test_utf16_with_bom_is_read(tmp_path, write):
    write("app.log", "first\r\nimei=" .encode("utf-16") + f"{FAKE_IMEI}\r\n".encode("utf-16-le"))
    assert texts(drain(logs(tmp_path, "app.log"))) == ["first", f"imei={FAKE_IMEI}"]


def test_truncated_gzip_keeps_lines_before_the_damage(tmp_path, write):
    body = b"".join(b"line %d imei=%s\n" % (i, FAKE_IMEI.encode()) for i in range(1, 100_001))
    blob = gzip.compress(body)
    write("logs/app.log.1.gz", blob[: len(blob) // 2])
    write("logs/app.log.3", b"after\n")
    connector = logs(tmp_path, "logs/app.log*")
    chunks = drain(connector)
    damaged = [c for c in chunks if c.store == "logs/app.log.1.gz"]
    numbers = [c.location["line"] for c in damaged]
    assert len(numbers) > 1000 and numbers == list(range(1, len(numbers) + 1))
    assert texts(damaged)[-1] == f"line {numbers[-1]} imei={FAKE_IMEI}"        # complete lines only
    assert where(chunks)[-1] == ("logs/app.log.3", 1)                          # the scan went on
    [issue] = connector.issues
    assert issue.location == {"path": "logs/app.log.1.gz", "line": numbers[-1]}
    assert "gzip data is truncated or corrupt" in issue.message and issue.severity == "error"
    assert FAKE_IMEI not in issue.message


def test_truncated_zstd_is_reported_too(tmp_path, write):
    blob = zstandard.ZstdCompressor().compress(b"".join(b"row %d\n" % i for i in range(100_000)))
    write("app.log.zst", blob[:-20])
    connector = logs(tmp_path, "app.log.zst")
    chunks = drain(connector)
    assert len(chunks) > 90_000
    assert [i.location for i in connector.issues] == [{"path": "app.log.zst", "line": len(chunks)}]


def test_binary_file_in_the_glob_is_skipped_with_an_issue(tmp_path, write):
    write("logs/app.log", b"text\n")
    write("logs/app.log.core", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 10)
    connector = logs(tmp_path, "logs/app.log*")
    assert where(drain(connector)) == [("logs/app.log", 1)]
    assert [(i.location, i.message, i.severity) for i in connector.issues] == [
        ({"path": "logs/app.log.core"}, "binary file skipped", "skipped")]


def test_missing_glob_is_an_issue_and_no_match_at_all_a_source_error(tmp_path, write):
    write("app.log", b"x\n")
    connector = logs(tmp_path, ["app.log", "missing/*.log"])
    assert len(drain(connector)) == 1
    assert [(i.location, i.message) for i in connector.issues] == [({"path": "missing/*.log"}, "no files match")]
    with pytest.raises(SourceError):
        drain(logs(tmp_path, ["missing/*.log"]))


def test_unreadable_file_is_an_error_issue(tmp_path, write, monkeypatch):
    write("a.log", b"a\n")
    write("b.log", b"b\n")
    real_open = open

    def fake_open(file, mode="r", *args, **kwargs):
        if str(file).endswith("a.log"):
            raise PermissionError(13, "Permission denied")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    connector = logs(tmp_path, "*.log")
    assert where(drain(connector)) == [("b.log", 1)]
    assert [(i.location, i.message, i.severity) for i in connector.issues] == [
        ({"path": "a.log"}, "permission denied", "error")]


def test_long_line_is_scanned_in_overlapping_pieces(tmp_path, write):
    value = f"imei={FAKE_IMEI}"
    line = "x" * 4090 + value + "y" * 5000          # the value straddles the 4096-byte cut
    write("app.log", f"short\n{line}\nnext\n".encode())
    connector = logs(tmp_path, "app.log", max_line_bytes=4096)
    chunks = drain(connector)
    pieces = [c for c in chunks if c.location["line"] == 2]
    assert len(pieces) == 3 and [c.piece for c in pieces] == [1, 2, 3]
    assert any(value in c.values[0] for c in pieces)
    assert all(len(c.values[0]) <= 4096 + 256 for c in pieces)
    assert where(chunks)[-1] == ("app.log", 3)
    [issue] = connector.issues
    assert issue.location == {"path": "app.log", "line": 2} and issue.severity == "warning"


def test_200_mb_single_line_keeps_memory_bounded(tmp_path):
    path = tmp_path / "huge.log"
    block = (b"a" * 1023 + b" ") * 1024                                   # 1 MiB, no newline
    with open(path, "wb") as fh:
        fh.write(b"before\n")
        for _ in range(200):
            fh.write(block)
        fh.write(f" imei={FAKE_IMEI}\nafter\n".encode())
    connector = logs(tmp_path, "huge.log")
    tracemalloc.start()
    try:
        lines = set()
        for chunk in connector.iter_chunks():
            lines.add(chunk.location["line"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100 * 2**20
    assert lines == {1, 2, 3}
    [issue] = connector.issues
    assert issue.location == {"path": "huge.log", "line": 2} and "not scanned" in issue.message


@pytest.mark.parametrize("options, key", [
    ({"color": "red"}, "color"),
    ({"format": "xml"}, "format"),
    ({"encoding": "no-such-charset"}, "encoding"),
    ({"max_line_bytes": 10}, "max_line_bytes"),
    ({"max_line_bytes": "1MB"}, "max_line_bytes"),
])
def test_bad_options_raise_config_error(tmp_path, options, key):
    with pytest.raises(ConfigError) as err:
        logs(tmp_path, "*.log", **options)
    assert key in str(err.value)


def test_describe_names_the_globs(tmp_path):
    assert logs(tmp_path, ["logs/*.log"]).describe() == "logs: logs/*.log"


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300).map(lambda b: b.replace(b"\x00", b"\n")),
       cuts=st.lists(st.integers(0, 300), max_size=8), size=st.integers(1, 20), max_pieces=st.integers(1, 5))
def test_split_lines_rebuilds_every_line_whatever_the_block_cuts(data, cuts, size, max_pieces):
    edges = sorted({min(c, len(data)) for c in cuts} | {0, len(data)})
    blocks = [data[a:b] for a, b in zip(edges, edges[1:], strict=False)]
    lines: dict[int, list] = {}
    for piece in split_lines(blocks, size, max_pieces):
        lines.setdefault(piece.line, []).append(piece)
    expected = data.split(b"\n")
    if expected[-1] == b"":
        expected.pop()
    assert len(lines) == len(expected)
    for number, line in enumerate(expected, 1):
        pieces = lines[number]
        assert [p.index for p in pieces] == list(range(len(pieces))) and len(pieces) <= max_pieces + 1
        assert [p.last for p in pieces] == [False] * (len(pieces) - 1) + [True]
        scanned = b"".join(p.data for p in pieces)
        assert all(len(p.data) <= size for p in pieces)
        assert line.startswith(scanned) and len(scanned) + pieces[-1].skipped == len(line)


def test_json_lines_travel_together_with_their_line_numbers_and_key_paths(tmp_path, write):
    records = [json.dumps({"device": {"imei": FAKE_IMEI}, "n": i}) for i in range(3)]
    write("app.jsonl", "\n".join([*records[:2], "plain line", records[2]]).encode() + b"\n")
    chunks = list(logs(tmp_path, "app.jsonl").iter_chunks())
    assert [(c.mode, c.location["line"], c.lines, c.fields) for c in chunks] == [
        ("lines", 1, [1, 1, 2, 2], ["device.imei", "n", "device.imei", "n"]),        # two lines, one chunk
        ("lines", 3, None, None),                                                     # the plain line between
        ("lines", 4, [4, 4], ["device.imei", "n"]),
    ]
    assert [tuple(c) for c in chunks[0].contexts] == [("device", "imei"), ("n",)] * 2


def test_json_lines_roll_up_per_key_path_through_the_pipeline(tmp_path, write):
    from sample_data import POLICY
    from scanner.config import load_config
    from scanner.service import ScanOptions, run_scan
    lines = [json.dumps({"device": {"imei": FAKE_IMEI}, "to": FAKE_EMAIL if i % 2 else "nobody"}) for i in range(6)]
    write("app.jsonl", ("\n".join(lines) + "\n").encode())
    write("policy.yaml", POLICY.read_bytes())
    write("piiscan.yaml", b"version: 1\npolicy: policy.yaml\nsources:\n  - name: app-logs\n    type: logs\n"
                          b"    paths: [app.jsonl]\n    purposes: [security]\n")
    run = run_scan(load_config(tmp_path / "piiscan.yaml"), ScanOptions(out_dir=tmp_path / "out", workers=1,
                                                                       use_nlp=False, occurrences=True))
    got = {(f.location["field"], f.entity): (f.count, f.rows_scanned, f.lines["sample"]) for f in run.findings}
    assert got == {("device.imei", "IMEI"): (6, 6, [1, 2, 3, 4, 5, 6]), ("to", "EMAIL_ADDRESS"): (3, 6, [2, 4, 6])}
    occurrences = [json.loads(x) for x in (tmp_path / "out" / "occurrences.jsonl").open()]
    assert [(o["location"]["line"], o["entity"]) for o in occurrences][:3] == [(1, "IMEI"), (2, "EMAIL_ADDRESS"),
                                                                               (2, "IMEI")]
