"""Peak memory of whole scans on a huge log and a huge table: does it stay flat?

    python -m benchmarks.memory --log-gb 5 --table-rows 1000000 [--workers N] [--dir DIR]

Writes a log of realistic service lines (the mix of ``benchmarks.run``: ~15% of lines hold
personal data, the rest look-alikes) and a PostgreSQL table read in full (``sample: {rows: null}``),
scans each with the ``piiscan`` CLI in a child process and samples the resident memory of its
process tree (the CLI and its workers) every 0.2 s. Prints size, time, findings and peak RSS
(largest process and the whole tree) as a Markdown table, and writes benchmarks/MEMORY.md.
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from benchmarks.run import log_lines, publish
from sample_data import POLICY
from sample_data.fake import Faker

HERE = Path(__file__).resolve().parent
POOL_LINES = 200_000            # distinct lines cycled through the log (each chunk is analysed afresh)


@dataclass
class Result:
    """One scan's size, time and memory."""

    workload: str
    size: str
    seconds: float
    findings: int
    largest_mb: float
    tree_mb: float


def write_log(path: Path, gigabytes: float) -> int:
    """About ``gigabytes`` of log lines (a pool of distinct lines, cycled); return the byte count."""
    pool = "".join(line + "\n" for line in itertools.islice(log_lines(Faker(1)), POOL_LINES)).encode()
    target, size = int(gigabytes * 1e9), 0
    with path.open("wb") as out:
        while size < target:
            block = pool[: target - size]
            out.write(block)
            size += len(block)
    return size


def watch(argv: list[str], cwd: Path) -> tuple[float, float, float]:
    """Run ``argv``; (seconds, peak RSS of its largest process, peak RSS of its whole tree) in MB."""
    started = time.perf_counter()
    child = psutil.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = [0.0, 0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                procs = [child, *child.children(recursive=True)]
                rss = [p.memory_info().rss for p in procs]
            except psutil.Error:
                continue
            peaks[0] = max(peaks[0], max(rss) / 2**20)
            peaks[1] = max(peaks[1], sum(rss) / 2**20)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = child.communicate()
    done.set()
    sampler.join()
    if child.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({child.returncode}): {err.decode(errors='replace')[-2000:]}")
    return time.perf_counter() - started, peaks[0], peaks[1]


def scan(root: Path, name: str, source: str, workers: int | None) -> tuple[float, int, float, float]:
    """Scan one source with the CLI; (seconds, findings, largest MB, tree MB)."""
    (root / "policy.yaml").write_bytes(POLICY.read_bytes())
    (root / f"{name}.yaml").write_text(f"version: 1\npolicy: policy.yaml\nsources:\n{source}", encoding="utf-8")
    argv = [sys.executable, "-c", "from scanner.commands import main; main()", "scan", f"{name}.yaml",
            "--out", f"out-{name}", "--no-progress"] + (["--workers", str(workers)] if workers else [])
    seconds, largest, tree = watch(argv, root)
    with (root / f"out-{name}" / "findings.jsonl").open("rb") as fh:
        findings = sum(1 for _ in fh)
    return seconds, findings, largest, tree


def bench_log(root: Path, gigabytes: float, workers: int | None) -> Result:
    size = write_log(root / "huge.log", gigabytes)
    source = "  - name: logs\n    type: logs\n    paths: [huge.log]\n    purposes: [security]\n"
    try:
        seconds, findings, largest, tree = scan(root, "log", source, workers)
    finally:
        (root / "huge.log").unlink()
    return Result("log", f"{size / 1e9:.2f} GB", seconds, findings, largest, tree)


def bench_table(root: Path, url: str, rows: int, workers: int | None) -> Result:
    import sqlalchemy as sa
    table = f"bench_mem_{os.getpid()}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            f"CREATE TABLE {table} AS SELECT i AS id, 'user' || i || '@example.com' AS email, "
            "'090-' || lpad((i % 10000)::text, 4, '0') || '-' || lpad(((i * 7) % 10000)::text, 4, '0') AS phone, "
            "'order ' || i || ' shipped on ' || (DATE '2024-01-01' + (i % 365)) AS note "
            f"FROM generate_series(1, {rows}) AS i"))
    source = (f"  - name: db\n    type: sql\n    url: \"{url}\"\n    include: [{table}]\n"
              "    purposes: [registration]\n    sample: {rows: null}\n")
    try:
        seconds, findings, largest, tree = scan(root, "table", source, workers)
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f"DROP TABLE {table}"))
        engine.dispose()
    return Result("table", f"{rows:,} rows x 4 columns", seconds, findings, largest, tree)


def render(results: list[Result]) -> str:
    lines = ["| workload | input | time | findings | peak RSS, largest process | peak RSS, all processes |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {r.workload} | {r.size} | {r.seconds:.0f} s | {r.findings:,} | {r.largest_mb:.0f} MB | "
              f"{r.tree_mb:.0f} MB |" for r in results]
    return "\n".join(lines) + f"\n\nCores: {os.cpu_count()}; RSS sampled every 0.2 s.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log-gb", type=float, default=5.0, help="0 skips the log")
    parser.add_argument("--table-rows", type=int, default=1_000_000, help="0 skips the table")
    parser.add_argument("--sql-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    parser.add_argument("--write", type=Path, default=HERE / "MEMORY.md")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        if args.table_rows:
            results.append(bench_table(root, args.sql_url, args.table_rows, args.workers))
        if args.log_gb:
            results.append(bench_log(root, args.log_gb, args.workers))
    publish(render(results), args.write, "Memory on huge inputs", "benchmarks.memory")


if __name__ == "__main__":
    main()
