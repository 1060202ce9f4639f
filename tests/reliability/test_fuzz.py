"""Fuzz the log-line and MIME paths as the connectors drive them: any exception other than the parsers' own is a bug.

By default a short, deterministic run; for a long random one (hypothesis prints the failing input):

    PIISCAN_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest -m slow tests/reliability/test_fuzz.py
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.connectors import _mime
from scanner.connectors._lines import LineDecoder, split_lines

pytestmark = pytest.mark.slow

LONG_RUN = int(os.environ.get("PIISCAN_FUZZ_EXAMPLES", "0"))      # examples per fuzzer; 0: the short default
ROUND = settings(max_examples=LONG_RUN or 100, derandomize=not LONG_RUN, deadline=None, database=None,
                 suppress_health_check=list(HealthCheck))
ENCODINGS = ["utf-8", "cp932", "gb18030", "euc_jp", "big5hkscs", "utf-16", "cp1252"]
MIME_PIECES = st.one_of(st.binary(max_size=512), st.sampled_from([
    b"Content-Type: multipart/mixed; boundary=b\n", b"--b\n", b"--b--\n", b"Content-Transfer-Encoding: base64\n",
    b"Content-Type: message/rfc822\n", b"Subject: =?utf-8?b?5pel5pys?=\n", b"\n", b"From: =?x?q?=FF?=\n"]))


@ROUND
@given(data=st.binary(max_size=8192), size=st.integers(4, 512), encoding=st.sampled_from(ENCODINGS))
def test_random_log_bytes_split_and_decode_into_lines_numbered_upwards(data, size, encoding):
    decoder = LineDecoder(encoding, settled=False)
    last = 0
    for piece in split_lines([data[i:i + 113] for i in range(0, len(data), 113)], size, 8):
        line = decoder.decode(piece)
        assert line.number >= last
        last = line.number


@ROUND
@given(parts=st.lists(MIME_PIECES, max_size=40))
def test_messages_of_random_mime_pieces_parse_and_walk(parts):
    raw = b"".join(parts)
    msg = _mime.parse(raw)
    _mime.message_id(msg, raw)
    for item in _mime.PartReader(4096).read(msg):
        assert isinstance(item.text if isinstance(item, _mime.Part) else item.message, str)
