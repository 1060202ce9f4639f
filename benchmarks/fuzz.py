"""Fuzz the log-line and MIME paths with hypothesis for a fixed time: ``python -m benchmarks.fuzz --seconds 60``.

Any exception other than the parsers' own is a bug; the failing input is printed (as bytes repr).
"""

from __future__ import annotations

import argparse
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.connectors import _mime
from scanner.connectors._lines import LineDecoder, split_lines

ENCODINGS = ["utf-8", "cp932", "gb18030", "euc_jp", "big5hkscs", "utf-16", "cp1252"]


def log_lines(data: bytes, size: int, encoding: str) -> int:
    """Split and decode ``data`` like the logs connector; return the number of lines."""
    decoder = LineDecoder(encoding, settled=False)
    last = 0
    for piece in split_lines([data[i:i + 113] for i in range(0, len(data), 113)], size, 8):
        line = decoder.decode(piece)
        assert line.number >= last
        last = line.number
    return last


def mime(raw: bytes) -> int:
    """Parse and walk ``raw`` like the email connector; return the number of items."""
    msg = _mime.parse(raw)
    _mime.message_id(msg, raw)
    return sum(1 for _ in _mime.PartReader(4096).read(msg))


MIME_PIECES = st.one_of(st.binary(max_size=512), st.sampled_from([
    b"Content-Type: multipart/mixed; boundary=b\n", b"--b\n", b"--b--\n", b"Content-Transfer-Encoding: base64\n",
    b"Content-Type: message/rfc822\n", b"Subject: =?utf-8?b?5pel5pys?=\n", b"\n", b"From: =?x?q?=FF?=\n"]))
ROUND = settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@ROUND
@given(data=st.binary(max_size=8192), size=st.integers(4, 512), encoding=st.sampled_from(ENCODINGS))
def fuzz_log(data: bytes, size: int, encoding: str) -> None:
    """One round of random log bytes."""
    log_lines(data, size, encoding)


@ROUND
@given(parts=st.lists(MIME_PIECES, max_size=40))
def fuzz_mime(parts: list[bytes]) -> None:
    """One round of random messages built from MIME-ish pieces."""
    mime(b"".join(parts))


def main() -> None:
    """Alternate rounds of both fuzzers until the time is up; a crash stops with hypothesis' report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    deadline = time.monotonic() + args.seconds
    rounds = 0
    while time.monotonic() < deadline:
        fuzz_log()
        fuzz_mime()
        rounds += 1
    print(f"fuzzed {rounds * ROUND.max_examples} log inputs and as many mail inputs: no crash")


if __name__ == "__main__":
    main()
