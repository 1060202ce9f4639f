"""Run the real ``piiscan scan`` CLI for ``benchmarks.realdata`` and read what it wrote.

The policy is benchmark-only (written to a temp dir): one category per entity piiscan knows and one
purpose declaring them all, so every detection becomes a finding.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml


def piiscan_command() -> list[str]:
    """The console script beside this interpreter (the venv's), else the one on PATH."""
    script = Path(sys.executable).with_name("piiscan")
    if script.exists():
        return [str(script)]
    found = shutil.which("piiscan")
    return [found] if found else [sys.executable, "-c", "from scanner.commands import main; main()"]


@cache
def supports_occurrences() -> bool:
    """Whether this piiscan's ``scan`` takes ``--occurrences`` (occurrences.jsonl)."""
    out = subprocess.run([*piiscan_command(), "scan", "--help"], capture_output=True, text=True, check=False)
    return "--occurrences" in out.stdout


def policy_yaml() -> str:
    """A policy whose one purpose ``all`` declares every entity piiscan can report."""
    from recognizers.registry import ENTITIES
    cats = {f"c_{e.lower()}": {"title": e, "entities": [e], "ref": "benchmark"} for e in ENTITIES}
    doc = {"version": 1, "name": "realdata benchmark (every entity)", "categories": cats,
           "purposes": {"all": {"title": "All", "ref": "benchmark", "categories": list(cats)}}}
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)


@dataclass
class CliRun:
    """What one ``piiscan scan`` left: findings, occurrences (None when unsupported), exit code."""

    findings: list[dict[str, Any]]
    occurrences: list[dict[str, Any]] | None
    exit_code: int
    seconds: float
    warnings: int


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def scan(sources: list[dict[str, Any]], workdir: Path, workers: int) -> CliRun:
    """Write policy + config into ``workdir``, run ``piiscan scan``, read the outputs.

    Exit 0 and 3 (a part, e.g. an image attachment, not scanned) are results; anything else raises.
    """
    for src in sources:
        src.setdefault("purposes", ["all"])
    (workdir / "policy.yaml").write_text(policy_yaml(), encoding="utf-8")
    config = {"version": 1, "policy": "policy.yaml", "sources": sources}
    (workdir / "scan.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    out = workdir / "out"
    cmd = [*piiscan_command(), "scan", str(workdir / "scan.yaml"), "--out", str(out), "--workers", str(workers),
           "--no-progress"]
    if supports_occurrences():
        cmd.append("--occurrences")
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1, 3):
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        raise RuntimeError(f"piiscan scan exited {proc.returncode}: {tail}")
    occurrences = _jsonl(out / "occurrences.jsonl") if supports_occurrences() else None
    warnings = sum(1 for line in proc.stderr.splitlines() if "WARNING" in line)
    return CliRun(_jsonl(out / "findings.jsonl"), occurrences, proc.returncode, seconds, warnings)
