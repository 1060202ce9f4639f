"""Throughput of the file connectors: MB/s reading logs, messages/s parsing a mailbox.

    python benchmarks/files.py [--log-mb 200] [--messages 5000] [--dir DIR]

Generates a log (plain and gzip) and an mbox of fake records in a temporary folder (or
``--dir``), then drains the connectors (no detection yet: that part is added on top of
``bench_logs`` / ``bench_mail``, which return the chunks' texts' count for checking).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scanner.connectors.email import MailConnector  # noqa: E402
from scanner.connectors.logs import LogConnector  # noqa: E402


def fake_log_line(rng: random.Random, n: int) -> bytes:
    """One line of a fake app log: text, logfmt or JSON, with generated identifiers."""
    imei = "".join(rng.choice("0123456789") for _ in range(15))
    kind = n % 3
    if kind == 0:
        return f"2024-01-01T00:00:{n % 60:02d}Z INFO login ok user=u{n} ip=10.0.{n % 250}.{n % 200}\n".encode()
    if kind == 1:
        return f"2024-01-01T00:00:{n % 60:02d}Z WARN device imei={imei} model=Pixel os=14\n".encode()
    record = {"ts": "2024-01-01T00:00:00Z", "level": "info", "device": {"imei": imei, "mac": "02:00:00:00:00:01"},
              "user": {"email": f"user{n}@example.com"}}
    return json.dumps(record).encode() + b"\n"


def write_log(path: Path, megabytes: int) -> int:
    """Write about ``megabytes`` MB of fake log lines to ``path``; return the byte count."""
    rng, size, n = random.Random(0), 0, 0
    target = megabytes * 1_000_000
    with open(path, "wb") as fh:
        while size < target:
            batch = b"".join(fake_log_line(rng, n + i) for i in range(10_000))
            fh.write(batch)
            size, n = size + len(batch), n + 10_000
    return size


def write_mbox(path: Path, count: int) -> None:
    """Write ``count`` fake messages (plain, HTML alternative, CSV attachment) as an mbox."""
    with open(path, "wb") as fh:
        for i in range(count):
            msg = EmailMessage()
            msg["From"] = f"Customer {i} <customer{i}@example.com>"
            msg["To"] = "support@example.org"
            msg["Subject"] = f"Order {i}: question"
            msg["Message-ID"] = f"<{i}@bench.example>"
            msg.set_content(f"Hello,\nmy phone is 090-0000-{i % 10000:04d}.\nRegards\n" * 5)
            if i % 3 == 0:
                msg.add_alternative(f"<p>Hello</p><p>phone 090-0000-{i % 10000:04d}</p>", subtype="html")
            if i % 5 == 0:
                msg.add_attachment(b"name,phone\nA,090-0000-0000\n" * 20, maintype="text", subtype="csv",
                                   filename="list.csv")
            fh.write(b"From customer@example.com Mon Jan  1 00:00:00 2024\n" + msg.as_bytes() + b"\n")


def timed(make: Callable[[], object]) -> tuple[int, float]:
    """(chunks, seconds) to drain the connector built by ``make``."""
    connector = make()
    start = time.perf_counter()
    chunks = sum(1 for _ in connector.iter_chunks())   # type: ignore[attr-defined]
    return chunks, time.perf_counter() - start


def bench_logs(folder: Path, megabytes: int) -> None:
    """Print MB/s of reading a plain and a gzipped log through LogConnector."""
    size = write_log(folder / "app.log", megabytes)
    (folder / "app.log.1.gz").write_bytes(gzip.compress((folder / "app.log").read_bytes(), compresslevel=1))
    for name in ("app.log", "app.log.1.gz"):
        chunks, secs = timed(lambda n=name: LogConnector({"name": "bench", "type": "logs", "paths": [n]}, folder))
        print(f"logs  {name:<14} {size / 1e6:7.1f} MB  {chunks:9d} chunks  {secs:6.2f} s  "
              f"{size / 1e6 / secs:7.1f} MB/s")


def bench_mail(folder: Path, count: int) -> None:
    """Print messages/s of parsing an mbox through MailConnector."""
    write_mbox(folder / "bench.mbox", count)
    chunks, secs = timed(lambda: MailConnector({"name": "bench", "type": "email", "paths": ["bench.mbox"]}, folder))
    print(f"email bench.mbox      {count:7d} msgs {chunks:9d} chunks  {secs:6.2f} s  {count / secs:7.0f} msg/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log-mb", type=int, default=200)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        bench_logs(folder, args.log_mb)
        bench_mail(folder, args.messages)


if __name__ == "__main__":
    main()
