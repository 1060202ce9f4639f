"""SIGTERM during a scan: reports written, marked interrupted and incomplete, exit 3, no hung workers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

import pytest

from .conftest import PIISCAN, PLANTED_IMEI, logs_source

BLOCK = b"".join(b"2024-01-01T00:00:%02d INFO request served id=%06d status=200\n" % (i % 60, i)
                 for i in range(20_000))                         # about 1.2 MB of plain log lines


def big_estate(estate, megabytes: int = 100) -> None:
    with open(estate.root / "app.log", "wb") as fh:
        fh.write(f"imei={PLANTED_IMEI}\n".encode())
        for _ in range(megabytes * 2**20 // len(BLOCK)):
            fh.write(BLOCK)
    estate.config(logs_source("app.log"))


def interrupt(estate, *, group: bool) -> tuple[int, float]:
    """Start a scan, SIGTERM it once it reads the log; return its exit code and seconds to exit."""
    proc = subprocess.Popen([*PIISCAN, "-v", "scan", "piiscan.yaml", "--out", str(estate.out), "--no-nlp",
                             "--workers", "2"], cwd=estate.root, stderr=subprocess.PIPE, start_new_session=True)
    try:
        for line in proc.stderr:                                 # INFO app-logs: scanning ...
            if b"app-logs: scanning" in line:
                break
        time.sleep(2)
        sent = time.monotonic()
        os.killpg(proc.pid, signal.SIGTERM) if group else proc.send_signal(signal.SIGTERM)
        proc.stderr.read()
        code = proc.wait(timeout=60)
        return code, time.monotonic() - sent
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        leftovers = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True, text=True).stdout.split()
        assert leftovers == [], "worker processes outlived the scan"


def assert_interrupted(estate, code: int, seconds: float) -> None:
    assert code == 3 and seconds < 30
    report = json.loads((estate.out / "report.json").read_text())
    assert report["scan"]["interrupted"] is True and report["scan"]["complete"] is False
    assert "Incomplete scan" in (estate.out / "report.md").read_text()


def test_sigterm_to_the_scan_writes_an_interrupted_report(estate):
    big_estate(estate)
    assert_interrupted(estate, *interrupt(estate, group=False))


@pytest.mark.slow
def test_sigterm_to_the_whole_process_group_with_a_pool(estate):
    big_estate(estate)
    assert_interrupted(estate, *interrupt(estate, group=True))
