"""Property-based tests: the parsers never crash on arbitrary bytes, and only raise their own errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sample_data import POLICY
from scanner.config import load_config
from scanner.connectors import _mime
from scanner.connectors._lines import LineDecoder, split_lines
from scanner.errors import ConfigError
from scanner.policy import load_policy

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ENCODINGS = st.sampled_from(["utf-8", "cp932", "gb18030", "utf-16", "cp1252"])


@FAST
@given(data=st.binary(max_size=2000), size=st.integers(4, 64), encoding=ENCODINGS, settled=st.booleans())
@example(data=b"\x00" * 5, size=4, encoding="utf-16", settled=False)      # an over-long UTF-16 line without a BOM
def test_line_splitter_and_decoder_never_crash_and_count_up(data, size, encoding, settled):
    decoder = LineDecoder(encoding, settled)
    numbers = []
    for piece in split_lines([data[i:i + 97] for i in range(0, len(data), 97)], size, 4):
        line = decoder.decode(piece)
        assert isinstance(line.text, str)
        numbers.append(line.number)
    assert numbers == sorted(numbers) and all(b - a in (0, 1) for a, b in zip(numbers, numbers[1:], strict=False))
    assert len(set(numbers)) == len(data.rstrip(b"\n").split(b"\n")) if data.rstrip(b"\n") else True


@FAST
@given(headers=st.binary(max_size=400), body=st.binary(max_size=1500))
def test_mime_walker_never_crashes(headers, body):
    raw = b"Content-Type: multipart/mixed; boundary=x\n" + headers + b"\n\n--x\n" + body + b"\n--x--\n"
    msg = _mime.parse(raw)
    _mime.message_id(msg, raw)
    for item in _mime.PartReader(1000).read(msg):
        assert isinstance(item, _mime.Part | _mime.Note)


YAML_ATOMS = st.sampled_from(["version: 1", "policy: policy.yaml", "sources:", "  - name: x", "    type: logs",
                              "    paths: [a]", "    purposes: [security]", "- 1", "{", "]", "&a b", "*a", "!!python/object:os.system",
                              "key: ${UNSET_VAR_X}", "\t", "version: 2", "sources: []", "  tables: [1]", ": :", "? x"])


@FAST
@given(lines=st.lists(st.one_of(YAML_ATOMS, st.text(max_size=30)), max_size=12))
def test_config_loader_raises_only_config_errors(tmp_path_factory, lines):
    root = tmp_path_factory.mktemp("cfg")
    (root / "policy.yaml").write_bytes(POLICY.read_bytes())
    path = root / "piiscan.yaml"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass") if _encodable(lines) else \
        path.write_bytes(b"\xff")
    try:
        load_config(path)
    except ConfigError as err:
        assert str(path) in str(err)


@FAST
@given(lines=st.lists(st.one_of(YAML_ATOMS, st.sampled_from(["name: p", "categories:", "  c: {entities: [IMEI]}",
                                                               "purposes:", "  p: {categories: [c]}", "  c: 3"]),
                               st.text(max_size=20)), max_size=12))
def test_policy_loader_raises_only_policy_errors(tmp_path_factory, lines):
    path: Path = tmp_path_factory.mktemp("pol") / "policy.yaml"
    path.write_bytes("\n".join(lines).encode("utf-8", "replace"))
    try:
        load_policy(path)
    except ConfigError as err:
        assert type(err).__name__ == "PolicyError" and str(path) in str(err)


def _encodable(lines: list[str]) -> bool:
    try:
        "\n".join(lines).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("raw", [b"", b"\n\n\n", b"From: \xff\xfe\n\n", b"Content-Type: multipart/mixed\n\n--\n"])
def test_mime_walker_edge_cases(raw):
    msg = _mime.parse(raw)
    assert list(_mime.PartReader(100).read(msg)) is not None
