"""Shared setup for inventory tests: a fresh demo estate per test and a CLI runner for it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from sample_data.generate import Manifest, build_estate
from scanner.commands import cli

# A rotated log set recorded in an SQLite inventory beside the config.
LOGS_CONFIG = """\
version: 1
policy: policy.yaml
inventory: sqlite:///inventory.db
sources:
  - name: app-logs
    type: logs
    paths: ["logs/app.log*"]
    purposes: [security]
"""


@dataclass
class Estate:
    """A demo estate with its config; ``scan()`` writes each scan's reports into a new folder."""

    root: Path
    config: Path
    manifest: Manifest
    scans: list[Path] = field(default_factory=list)

    def piiscan(self, *args: str) -> Result:
        """Run a piiscan command; the config path replaces ``CONFIG`` in ``args``."""
        argv = [str(self.config) if a == "CONFIG" else a for a in args]
        return CliRunner().invoke(cli, argv, catch_exceptions=False)

    def scan(self, *extra: str) -> tuple[Result, list[dict]]:
        """Scan the estate (no NLP, one worker); return the result and the findings.jsonl objects."""
        out = self.root / f"out{len(self.scans) + 1}"
        self.scans.append(out)
        result = self.piiscan("scan", "CONFIG", "--out", str(out), "--no-nlp", "--workers", "1", *extra)
        lines = (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()
        return result, [json.loads(line) for line in lines]


@pytest.fixture
def estate(tmp_path: Path) -> Estate:
    """A fresh MiauMall estate whose config records into ``inventory.db`` beside it."""
    config, manifest = build_estate(tmp_path / "estate")
    return Estate(tmp_path / "estate", config, manifest)
