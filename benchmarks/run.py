"""Speed of piiscan next to stock Presidio on the same input, in the same run.

    python -m benchmarks.run --log-mb 50 --messages 2000 --sql-tables 100 --sql-columns 10 --sql-rows 1000

Generates a log file, a log of real system lines (``../shared/realdata/loghub``, cycled with a fresh
timestamp per line), a mailbox and (optionally, on PostgreSQL) a schema of tables, scans each with
piiscan (every core) and analyses a sample of the same input with a stock Presidio AnalyzerEngine
(its rate is measured on that sample: at ~100 lines/s the whole input would take hours). Prints
MB/s, messages/s, values/s, the ratios and peak memory, and writes benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import mailbox
import os
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from sample_data import POLICY
from sample_data.fake import Faker
from scanner.config import load_config
from scanner.executors import make_executor
from scanner.pipeline import Scanner

HERE = Path(__file__).resolve().parent


@dataclass
class Row:
    """One line of the results table."""

    workload: str
    size: str
    piiscan_rate: float
    presidio_rate: float
    unit: str
    seconds: float
    findings: int

    @property
    def ratio(self) -> float:
        return self.piiscan_rate / self.presidio_rate if self.presidio_rate else float("inf")


def log_lines(fake: Faker) -> Iterator[str]:
    """Realistic service-log lines: mostly noise and look-alikes, some personal data."""
    i = 0
    while True:
        i += 1
        ts = f"2026-11-20T10:{i // 60 % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z"
        kind = i % 20
        if kind == 0:
            yield f"{ts} INFO auth login ok uid={i} ip={fake.ipv4()} imei={fake.imei()} trace={fake.hexs(16)}"
        elif kind == 1:
            yield f"{ts} ERROR mailer bounce for {fake.email()} (550 mailbox unavailable)"
        elif kind == 2:
            yield f'{ts} INFO {{"event":"checkout","device":{{"android_id":"{fake.android_id()}"}},"tel":"{fake.jp_mobile()}"}}'
        elif kind < 12:
            yield (f"{ts} INFO http GET /api/v2/items/{fake.digits(6)} status=200 took={i % 97}ms "
                   f"client=MiauMall/2.14.{i % 9}.1 trace={fake.hexs(16)} span={fake.hexs(8)}")
        else:
            yield f"{ts} DEBUG cache hit key=sku:{fake.digits(6)} sha1={fake.hexs(40)} order={fake.order_no()}"


def dense_lines(fake: Faker) -> Iterator[str]:
    """A dense service-log mix: plain and JSON lines with personal data on nearly every line."""
    i = 0
    while True:
        i += 1
        ts = f"2026-11-20T10:{i // 60 % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z"
        if i % 2:
            yield (f"{ts} INFO login ok user={fake.email()} ip={fake.ipv4()} imei={fake.imei()} "
                   f"phone={fake.us_phone()} trace={fake.hexs(16)}")
        else:
            yield json.dumps({"ts": ts, "event": "checkout", "device": {"android_id": fake.android_id(), "mac": fake.mac()},
                              "ship_to": {"name": fake.jp_name(), "address": fake.jp_address(), "phone": fake.jp_mobile()},
                              "order": fake.order_no()}, ensure_ascii=False)


def write_log(path: Path, megabytes: float, lines: Callable[[Faker], Iterator[str]] = log_lines) -> int:
    """Write about ``megabytes`` of log lines; return the byte count."""
    target, size = int(megabytes * 1_000_000), 0
    with path.open("w", encoding="utf-8") as out:
        for line in lines(Faker(1)):
            out.write(line + "\n")
            size += len((line + "\n").encode("utf-8"))
            if size >= target:
                return size
    return size


def write_real_log(path: Path, megabytes: float, loghub: Path) -> int:
    """Real system log lines (loghub's files, interleaved and cycled), each with a fresh timestamp in
    front, so that no two lines are the same text; bytes written. Read where they lie, never copied
    into the repository."""
    sources = [f.read_text(encoding="utf-8", errors="replace").splitlines() for f in sorted(loghub.glob("*_2k.log"))]
    target, written, i = int(megabytes * 1e6), 0, 0
    start = datetime(2026, 11, 28, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            lines = sources[i % len(sources)]
            text = f"{(start + timedelta(milliseconds=i)).isoformat()} {lines[(i // len(sources)) % len(lines)]}\n"
            out.write(text)
            written += len(text.encode("utf-8"))
            i += 1
    return written


def write_mbox(path: Path, messages: int) -> None:
    """A support mailbox of short messages, some in Japanese."""
    fake, box = Faker(2), mailbox.mbox(path)
    for i in range(messages):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = fake.email(), "support@miau.example", f"Order {fake.order_no()}"
        msg["Message-ID"] = f"<bench-{i}@miau.example>"
        body = (f"こんにちは、{fake.jp_name()}です。電話：{fake.jp_mobile()}\n住所：{fake.jp_address()}\n" if i % 2 else
                f"Hello, my parcel did not arrive. Call me at {fake.us_phone()}.\nThanks, {fake.en_name()}\n")
        msg.set_content(body * 3)
        box.add(msg)
    box.flush()


def scan_rate(config_text: str, root: Path, workers: int | None) -> tuple[float, int, int]:
    """Scan with piiscan: seconds, findings, values read."""
    (root / "policy.yaml").write_bytes(POLICY.read_bytes())
    (root / "bench.yaml").write_text(config_text, encoding="utf-8")
    config = load_config(root / "bench.yaml")
    executor = make_executor("local", workers)
    try:
        started = time.perf_counter()
        run = Scanner(config, executor).run()
        seconds = time.perf_counter() - started
    finally:
        executor.close()
    return seconds, len(run.findings), sum(s.values for s in run.sources)


def presidio_rate(texts: list[str]) -> float:
    """Stock Presidio: texts analysed per second (model load excluded)."""
    from recognizers.stock import stock_presidio_analyzer
    analyzer, _ = stock_presidio_analyzer()
    analyzer.analyze(texts[0], language="en")
    started = time.perf_counter()
    for text in texts:
        analyzer.analyze(text, language="en")
    return len(texts) / (time.perf_counter() - started)


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished children, MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def bench_logs(root: Path, mb: float, workers: int | None, sample: int) -> Row:
    size = write_log(root / "app.log", mb)
    seconds, findings, _ = scan_rate("version: 1\npolicy: policy.yaml\nsources:\n  - name: logs\n    type: logs\n"
                                     "    paths: [app.log]\n    purposes: [security]\n", root, workers)
    lines = (root / "app.log").read_text(encoding="utf-8").splitlines()[:sample]
    stock_lps = presidio_rate(lines)
    avg = sum(len(x) + 1 for x in lines) / len(lines)
    return Row("logs", f"{size / 1e6:.0f} MB", size / seconds / 1e6, stock_lps * avg / 1e6, "MB/s", seconds, findings)


def bench_dense_logs(root: Path, mb: float, workers: int | None, sample: int) -> Row:
    size = write_log(root / "dense.log", mb, dense_lines)
    seconds, findings, _ = scan_rate("version: 1\npolicy: policy.yaml\nsources:\n  - name: logs\n    type: logs\n"
                                     "    paths: [dense.log]\n    purposes: [security]\n", root, workers)
    lines = (root / "dense.log").read_text(encoding="utf-8").splitlines()[:sample]
    stock_lps = presidio_rate(lines)
    avg = sum(len(x.encode("utf-8")) + 1 for x in lines) / len(lines)
    return Row("dense mix (plain + JSON lines, personal data on every line)", f"{size / 1e6:.0f} MB",
               size / seconds / 1e6, stock_lps * avg / 1e6, "MB/s", seconds, findings)


def bench_real_logs(root: Path, mb: float, workers: int | None, sample: int, loghub: Path) -> Row:
    size = write_real_log(root / "system.log", mb, loghub)
    seconds, findings, _ = scan_rate("version: 1\npolicy: policy.yaml\nsources:\n  - name: logs\n    type: logs\n"
                                     "    paths: [system.log]\n    purposes: [security]\n", root, workers)
    lines = (root / "system.log").read_text(encoding="utf-8").splitlines()[:sample]
    stock_lps = presidio_rate(lines)
    avg = sum(len(x) + 1 for x in lines) / len(lines)
    return Row("real system logs (loghub, cycled)", f"{size / 1e6:.0f} MB", size / seconds / 1e6,
               stock_lps * avg / 1e6, "MB/s", seconds, findings)


def bench_mail(root: Path, messages: int, workers: int | None, sample: int) -> Row:
    write_mbox(root / "support.mbox", messages)
    seconds, findings, _ = scan_rate("version: 1\npolicy: policy.yaml\nsources:\n  - name: mail\n    type: email\n"
                                     "    paths: [support.mbox]\n    purposes: [customer_service]\n", root, workers)
    bodies = [m.get_payload(decode=True).decode("utf-8", "replace") for m in mailbox.mbox(root / "support.mbox")][:sample]
    stock_mps = presidio_rate(bodies)
    return Row("mail", f"{messages} msgs", messages / seconds, stock_mps, "msgs/s", seconds, findings)


def bench_sql(url: str, tables: int, columns: int, rows: int, workers: int | None, root: Path, sample: int) -> Row:
    import sqlalchemy as sa
    fake, schema = Faker(3), f"bench_{os.getpid()}"
    engine = sa.create_engine(url)
    gens = [fake.email, fake.jp_mobile, fake.imei, fake.en_name, lambda: fake.digits(8), fake.ipv4,
            lambda: fake.hexs(16), fake.jp_address, fake.birth_date, lambda: "ok"]
    names = ["email", "phone", "imei", "full_name", "amount", "ip", "trace_id", "address", "created", "status"]
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        for t in range(tables):
            cols = ", ".join(f'"{names[c % 10]}_{c}" TEXT' for c in range(columns))
            conn.execute(sa.text(f'CREATE TABLE "{schema}".t{t} ({cols})'))
            data = [tuple(gens[c % 10]() for c in range(columns)) for _ in range(rows)]
            marks = ", ".join(["%s"] * columns)
            conn.exec_driver_sql(f'INSERT INTO "{schema}".t{t} VALUES ({marks})', data)
    try:
        seconds, findings, values = scan_rate(
            f"version: 1\npolicy: policy.yaml\nsources:\n  - name: db\n    type: sql\n    url: \"{url}\"\n"
            f"    schemas: [{schema}]\n    purposes: [registration]\n    sample: {{rows: {rows}, seed: 0}}\n",
            root, workers)
        with engine.connect() as conn:
            cells = [str(v) for row in conn.execute(sa.text(f'SELECT * FROM "{schema}".t0 LIMIT {sample}'))
                     for v in row][:sample]
        stock_vps = presidio_rate(cells)
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()
    return Row("sql", f"{tables * columns} cols x {rows} rows", values / seconds, stock_vps, "values/s", seconds,
               findings)


def render(rows: list[Row], peak: float) -> str:
    """The Markdown results table."""
    lines = ["| workload | input | piiscan | stock Presidio | ratio | piiscan time | findings |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.workload} | {r.size} | {r.piiscan_rate:,.2f} {r.unit} | {r.presidio_rate:,.3f} {r.unit} | "
                     f"{r.ratio:,.0f}x | {r.seconds:.1f} s | {r.findings} |")
    lines.append(f"\nPeak RSS (largest process): {peak:.0f} MB; cores: {os.cpu_count()}.")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log-mb", type=float, default=20)
    parser.add_argument("--dense-mb", type=float, default=20, help="the dense log mix (0 skips)")
    parser.add_argument("--real-log-mb", type=float, default=20,
                        help="real system log lines from the loghub folder, cycled (0 skips)")
    parser.add_argument("--loghub", type=Path, default=HERE.parent.parent / "shared" / "realdata" / "loghub")
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--sql-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--sql-tables", type=int, default=0, help="0 skips the SQL workload")
    parser.add_argument("--sql-columns", type=int, default=10)
    parser.add_argument("--sql-rows", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--presidio-sample", type=int, default=300)
    parser.add_argument("--write", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.log_mb:
            rows.append(bench_logs(root, args.log_mb, args.workers, args.presidio_sample))
        if args.dense_mb:
            rows.append(bench_dense_logs(root, args.dense_mb, args.workers, args.presidio_sample))
        if args.real_log_mb and args.loghub.is_dir():
            rows.append(bench_real_logs(root, args.real_log_mb, args.workers, args.presidio_sample, args.loghub))
        elif args.real_log_mb:
            print(f"no loghub folder at {args.loghub}: the real-log workload is skipped (--loghub)")
        if args.messages:
            rows.append(bench_mail(root, args.messages, args.workers, args.presidio_sample // 3))
        if args.sql_tables:
            rows.append(bench_sql(args.sql_url, args.sql_tables, args.sql_columns, args.sql_rows, args.workers, root,
                                  args.presidio_sample))
    publish(render(rows, peak_rss_mb()), args.write, "Benchmark results", "benchmarks.run")


def publish(table: str, path: Path | None, title: str, module: str) -> None:
    """Print a results table and, when ``path`` is given, write it as a Markdown page."""
    print(table)
    if path:
        path.write_text(f"# {title}\n\n`python -m {module}` on this machine.\n\n" + table, encoding="utf-8")


if __name__ == "__main__":
    main()
