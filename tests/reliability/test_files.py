"""Bad log files through ``piiscan scan``: damaged archives, binaries, encodings, races, odd paths."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import subprocess
import sys
import zlib

import pytest

from scanner.connectors import base as base_module
from scanner.connectors import logs as logs_module

from .conftest import PIISCAN, PLANTED_EMAIL, PLANTED_IMEI, logs_source

COMPRESS = {"gz": gzip.compress, "bz2": lambda data: bz2.compress(data, 1), "xz": lzma.compress}   # bz2: 100 kB blocks
NAMES = {"gz": "gzip", "bz2": "bz2", "xz": "xz"}
PREFIX = {                                   # what an independent decoder gets out of a damaged stream
    "gz": lambda blob: zlib.decompressobj(31).decompress(blob),
    "bz2": lambda blob: bz2.BZ2Decompressor().decompress(blob),
    "xz": lambda blob: lzma.LZMADecompressor().decompress(blob),
}


def body(lines: int, every: int = 500) -> bytes:
    """Log lines with the planted email on every ``every``-th line (few findings, fast reports)."""
    return b"".join((b"%d mail %s\n" % (n, PLANTED_EMAIL.encode())) if n % every == 0 else b"%d ok %x\n" % (n, n * n)
                    for n in range(1, lines + 1))


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_truncated_archive_keeps_the_lines_before_the_damage(estate, suffix):
    rel = f"logs/app.log.1.{suffix}"
    blob = COMPRESS[suffix](body(12_000))
    cut = blob[: len(blob) * 2 // 3]
    estate.write(rel, cut)
    estate.write("logs/app.log", f"now {PLANTED_EMAIL}\n")
    estate.config(logs_source("logs/app.log*"))
    good = PREFIX[suffix](cut).count(b"\n")                     # complete lines before the damage
    run = estate.scan()
    run.assert_incomplete()
    assert good > 1000
    assert run.issues("app-logs") == [({"path": rel, "line": good}, "error",
                                       f"{NAMES[suffix]} data is truncated or corrupt after line {good}; "
                                       "the rest of the file was not scanned")]
    assert run.lines_with("EMAIL_ADDRESS", rel) == list(range(500, good + 1, 500))
    assert run.lines_with("EMAIL_ADDRESS", "logs/app.log") == [1]            # the scan went on
    assert run.source("app-logs")["status"] == "ok" and run.source("app-logs")["partial"] is True


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_corrupt_archive_is_a_located_error(estate, suffix):
    blob = bytearray(COMPRESS[suffix](body(5000)))
    middle = len(blob) // 2
    blob[middle:middle + 64] = bytes(64)                        # a run of zeros in the compressed data
    estate.write("logs/app.log.1." + suffix, bytes(blob))
    estate.config(logs_source("logs/*"))
    run = estate.scan()
    run.assert_incomplete()
    [(location, severity, message)] = run.issues("app-logs")
    assert location["path"] == f"logs/app.log.1.{suffix}" and 0 <= location["line"] < 5000
    assert severity == "error" and message.startswith(f"{NAMES[suffix]} data is truncated or corrupt after line ")


def test_archive_with_only_its_magic_bytes(estate):
    estate.write("logs/app.log.2.gz", b"\x1f\x8b")
    estate.write("logs/app.log", "fine\n")
    estate.config(logs_source("logs/*"))
    run = estate.scan()
    run.assert_incomplete()
    assert run.issues("app-logs") == [({"path": "logs/app.log.2.gz", "line": 0}, "error",
                                       "gzip data is truncated or corrupt after line 0; "
                                       "the rest of the file was not scanned")]


def test_binary_file_in_the_glob_is_skipped_and_the_scan_stays_clean(estate):
    estate.write("logs/app.log", f"imei={PLANTED_IMEI}\n")
    estate.write("logs/app.log.core", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40)
    estate.config(logs_source("logs/app.log*"))
    run = estate.scan()
    run.assert_clean()
    assert run.issues("app-logs") == [({"path": "logs/app.log.core"}, "skipped", "binary file skipped")]
    assert run.lines_with("IMEI", "logs/app.log") == [1]


def test_invalid_utf8_and_mixed_encodings_do_not_hide_later_values(estate):
    estate.write("logs/app.log", b"".join([
        "起動しました\n".encode(),
        b"\xff\xfe\x80\xc3( broken bytes then " + PLANTED_EMAIL.encode() + b"\n",
        "ユーザー登録 完了\n".encode("cp932"),
        "用户 登录\n".encode("gb18030"),
        b"imei=" + PLANTED_IMEI.encode() + b"\n",
    ]))
    estate.config(logs_source("logs/app.log"))
    run = estate.scan()
    run.assert_clean()
    assert run.lines_with("EMAIL_ADDRESS", "logs/app.log") == [2]
    assert run.lines_with("IMEI", "logs/app.log") == [5]


def test_forced_encoding_that_does_not_fit_still_finds_values(estate):
    estate.write("logs/app.log", b"\x82\xa0\xff\xfe text\n" + f"to {PLANTED_EMAIL}\n".encode())
    estate.config(logs_source("logs/app.log", encoding="utf-8"))
    run = estate.scan()
    run.assert_clean()
    assert run.lines_with("EMAIL_ADDRESS", "logs/app.log") == [2]


def test_empty_files_are_read_and_clean(estate):
    estate.write("logs/app.log", b"")
    estate.write("logs/app.log.1.gz", gzip.compress(b""))
    estate.config(logs_source("logs/*"))
    run = estate.scan()
    run.assert_clean()
    assert run.issues("app-logs") == [] and run.findings() == []


def test_file_that_disappears_between_glob_and_open(estate, monkeypatch):
    estate.write("logs/app.log", f"mail {PLANTED_EMAIL}\n")
    gone = estate.write("logs/app.log.1", "rotated away\n")
    real_expand = base_module.expand

    def expand_then_delete(base_dir, patterns):
        found = real_expand(base_dir, patterns)
        gone.unlink()
        return found

    monkeypatch.setattr(base_module, "expand", expand_then_delete)
    estate.config(logs_source("logs/*"))
    run = estate.scan()
    run.assert_incomplete()
    assert run.issues("app-logs") == [({"path": "logs/app.log.1"}, "error",
                                       "cannot read file (No such file or directory)")]
    assert run.lines_with("EMAIL_ADDRESS", "logs/app.log") == [1]


def test_file_rotated_while_it_is_read_is_read_to_its_end(estate, monkeypatch):
    """logrotate renames app.log while it is open: the open file is read through, whole."""
    live = estate.write("logs/app.log", body(2000, every=1000))
    real_blocks = logs_module.iter_blocks

    def rotating_blocks(path, block_size=None, start=0):
        for i, block in enumerate(real_blocks(path, block_size=4096, start=start)):
            yield block
            if i == 0 and path == live:
                live.rename(live.with_name("app.log.1"))
                live.write_text(f"fresh {PLANTED_IMEI}\n")

    monkeypatch.setattr(logs_module, "iter_blocks", rotating_blocks)
    estate.config(logs_source("logs/app.log"))
    run = estate.scan()
    run.assert_clean()
    assert run.lines_with("EMAIL_ADDRESS", "logs/app.log") == [1000, 2000]


def test_permission_denied_is_a_located_error(estate, monkeypatch):
    """Tests run as root, which reads any file: the EACCES that open() raises is simulated."""
    estate.write("logs/app.log", f"mail {PLANTED_EMAIL}\n")
    estate.write("logs/secret.log", "x\n")
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if str(file).endswith("secret.log"):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    estate.config(logs_source("logs/*.log"))
    run = estate.scan()
    run.assert_incomplete()
    assert run.issues("app-logs") == [({"path": "logs/secret.log"}, "error", "permission denied")]


def test_fifo_and_directory_in_the_glob_never_block(estate, deadline):
    estate.write("logs/app.log", f"imei={PLANTED_IMEI}\n")
    os.mkfifo(estate.root / "logs" / "app.log.pipe")            # open() would wait for a writer forever
    (estate.root / "logs" / "app.log.d").mkdir()
    estate.config(logs_source("logs/app.log*"))
    run = estate.scan()
    run.assert_clean()
    assert run.issues("app-logs") == [({"path": "logs/app.log.pipe"}, "skipped",
                                       "not a regular file (FIFO, socket or device): skipped")]


def test_symlink_loops_in_globs_end_and_read_each_file_once(estate, deadline):
    estate.write("logs/a/app.log", f"imei={PLANTED_IMEI}\n")
    for name in ("up", "again"):                                # two loops: 2**40 paths if followed
        os.symlink("..", estate.root / "logs" / "a" / name)
    os.symlink("self.log", estate.root / "logs" / "self.log")
    estate.config(logs_source(["logs/**/*.log", "logs/*/*/*.log"]))
    run = estate.scan()
    run.assert_incomplete()
    assert run.lines_with("IMEI", "logs/a/app.log") == [1]
    assert [f["location"]["path"] for f in run.findings()] == ["logs/a/app.log"]
    assert run.issues("app-logs") == [({"path": "logs/self.log"}, "error",
                                       "cannot read file (Too many levels of symbolic links)")]


def test_a_path_that_is_a_directory_is_a_source_error(estate):
    (estate.root / "logs" / "app.log").mkdir(parents=True)
    estate.config(logs_source("logs/app.log"))
    run = estate.scan()
    run.assert_incomplete()
    source = run.source("app-logs")
    assert source["status"] == "failed" and source["error"] == "no log file could be read for source 'app-logs'"


@pytest.mark.slow
def test_500_mb_line_keeps_the_scan_under_600_mb(estate):
    """Measured on the real process: wait4() gives the max RSS of piiscan and its reaped workers."""
    block = (b"a" * 1023 + b" ") * 1024                                    # 1 MiB without a newline
    with open(estate.root / "huge.log", "wb") as fh:
        fh.write(b"before\n")
        for _ in range(500):
            fh.write(block)
        fh.write(f" imei={PLANTED_IMEI}\nafter {PLANTED_EMAIL}\n".encode())
    estate.config(logs_source("huge.log"))
    # Linux keeps the parent's high-water RSS in a child forked from it, so the scan is started by a
    # small launcher process (not by this test process, which holds name dictionaries and models):
    # wait4() there gives the max RSS of piiscan and its reaped workers alone.
    launcher = ("import os, subprocess, sys; p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, "
                "stderr=subprocess.DEVNULL); _, status, usage = os.wait4(p.pid, 0); print(usage.ru_maxrss); "
                "sys.exit(os.waitstatus_to_exitcode(status))")
    proc = subprocess.run([sys.executable, "-c", launcher, *PIISCAN, "scan", "piiscan.yaml", "--out", str(estate.out),
                           "--no-nlp", "--workers", "1", "--occurrences"], cwd=estate.root, capture_output=True,
                          text=True)
    assert int(proc.stdout.strip()) * 1024 < 600 * 2**20
    assert proc.returncode == 0
    report = json.loads((estate.out / "report.json").read_text())
    [issue] = report["sources"][0]["issues"]
    assert issue["location"] == {"path": "huge.log", "line": 2} and issue["severity"] == "warning"
    assert "the last " in issue["message"] and "bytes were not scanned" in issue["message"]
    lines = {o["location"]["line"] for o in map(json.loads, (estate.out / "occurrences.jsonl").open())}
    assert 3 in lines
