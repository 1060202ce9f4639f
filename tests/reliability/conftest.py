"""The bad-input corpus: an estate built in tmp_path, scanned through the CLI, judged by report.json."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sample_data import POLICY
from scanner.commands import cli

# Obviously fake, planted values: the documentation IMEI and a reserved mail domain.
PLANTED_EMAIL = "reliability.planted@example.jp"
PLANTED_IMEI = "490154203237518"
PLANTED_PASSWORD = "Pl4nted-pw-9f2c"           # a DB password that must never be printed
CHECKOUT = Path(__file__).resolve().parents[2]
# ``python -m scanner`` of this checkout's code, whatever an installed console script points at, from any cwd.
PIISCAN = [sys.executable, "-c", f"import sys, runpy; sys.path.insert(0, {str(CHECKOUT)!r}); "
                                 "runpy.run_module('scanner', run_name='__main__')"]


@dataclass
class Outcome:
    """What one CLI run left behind: exit code, stdout, stderr and the reports in ``out``."""

    exit_code: int
    stdout: str
    stderr: str
    out: Path
    _report: dict | None = field(default=None, repr=False)

    @property
    def report(self) -> dict:
        """report.json, loaded once."""
        if self._report is None:
            self._report = json.loads((self.out / "report.json").read_text(encoding="utf-8"))
        return self._report

    def source(self, name: str) -> dict:
        """The report.json entry of one source."""
        return next(s for s in self.report["sources"] if s["name"] == name)

    def issues(self, name: str) -> list[tuple[dict, str, str]]:
        """(location, severity, message) of every issue of one source."""
        return [(i["location"], i["severity"], i["message"]) for i in self.source(name)["issues"]]

    def findings(self) -> list[dict]:
        """findings.jsonl as dicts."""
        return [json.loads(line) for line in (self.out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]

    def occurrences(self) -> list[dict]:
        """occurrences.jsonl as dicts (the harness scans with --occurrences)."""
        return [json.loads(line) for line in (self.out / "occurrences.jsonl").read_text(encoding="utf-8").splitlines()]

    def lines_with(self, entity: str, path: str) -> list[int]:
        """Sorted line numbers of ``path`` where ``entity`` was found."""
        return sorted(o["location"]["line"] for o in self.occurrences()
                      if o["entity"] == entity and o["location"].get("path") == path)

    def everything_written(self) -> str:
        """stdout, stderr and every file in ``out`` as one text (for leak checks)."""
        texts = [self.stdout, self.stderr]
        for path in sorted(self.out.rglob("*")) if self.out.exists() else []:
            if path.is_file():
                texts.append(path.read_bytes().decode("utf-8", "replace"))
        return "\n".join(texts)

    def assert_incomplete(self) -> None:
        """A partial scan: exit 3, report.json complete false, report.md says incomplete."""
        assert self.exit_code == 3, self.stderr
        assert self.report["scan"]["complete"] is False
        assert "Incomplete scan" in (self.out / "report.md").read_text(encoding="utf-8")

    def assert_clean(self) -> None:
        """A complete scan: exit 0, report.json complete true."""
        assert self.exit_code == 0, self.stderr
        assert self.report["scan"]["complete"] is True


class Estate:
    """A folder of stores with a policy and a scan config; ``out`` lies outside it."""

    def __init__(self, root: Path, out: Path):
        self.root, self.out = root, out
        root.mkdir(parents=True, exist_ok=True)
        (root / "policy.yaml").write_bytes(POLICY.read_bytes())

    def write(self, rel: str, data: bytes | str) -> Path:
        """Create ``rel`` (and its folders) under the estate."""
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    def config(self, *sources: dict, name: str = "piiscan.yaml", extra: str = "") -> Path:
        """Write a scan config with ``sources`` (each one flow mapping on its own line)."""
        lines = ["version: 1", "policy: policy.yaml", *([extra] if extra else []), "sources:"]
        lines += [f"  - {json.dumps(s, ensure_ascii=False)}" for s in sources]
        return self.write(name, "\n".join(lines) + "\n")

    def scan(self, *args: str, config: Path | None = None, out: Path | None = None) -> Outcome:
        """``piiscan scan CONFIG --out OUT --workers 1 --no-nlp --occurrences ARGS`` in this process."""
        out = out or self.out
        cfg = config or self.root / "piiscan.yaml"
        result = CliRunner().invoke(cli, ["scan", str(cfg), "--out", str(out), "--workers", "1", "--no-nlp",
                                          "--occurrences", *args])
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Outcome(result.exit_code, result.stdout, result.stderr, out)


def logs_source(paths: str | list[str], name: str = "app-logs", **options: Any) -> dict:
    """A ``type: logs`` source entry."""
    return {"name": name, "type": "logs", "paths": paths, "purposes": ["security"], **options}


def mail_source(paths: str | list[str], name: str = "support-mail", **options: Any) -> dict:
    """A ``type: email`` source entry."""
    return {"name": name, "type": "email", "paths": paths, "purposes": ["customer_service"], **options}


def run_piiscan(args: list[str], cwd: Path, out: Path, timeout: float = 120,
                env: dict[str, str] | None = None) -> Outcome:
    """``piiscan ARGS`` as a subprocess, killed after ``timeout`` seconds."""
    proc = subprocess.Popen(PIISCAN + args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    return Outcome(proc.returncode, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"), out)


@pytest.fixture
def estate(tmp_path: Path) -> Estate:
    """An empty estate in tmp_path/estate, reports to tmp_path/out."""
    return Estate(tmp_path / "estate", tmp_path / "out")


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail (instead of hanging) when the test body runs past 60 s."""
    def expired(signum, frame):
        raise TimeoutError("the scan hung")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
