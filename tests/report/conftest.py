"""One scanned demo estate per test module, with a review decision recorded, for the report tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from sample_data.generate import Manifest, build_estate
from scanner.commands import cli

REVIEW = ("app-logs:logs/app.log", "EMAIL_ADDRESS", "suppress", "bounce log, rotated after 7 days", "erin")


@dataclass
class Scanned:
    """The estate, its manifest, the report folder and the findings.jsonl objects."""

    config: Path
    manifest: Manifest
    out: Path
    findings: list[dict]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Scanned:
    root = tmp_path_factory.mktemp("estate")
    config, manifest = build_estate(root)
    runner = CliRunner()
    scan = ["scan", str(config), "--no-nlp", "--workers", "1"]
    assert runner.invoke(cli, [*scan, "--out", str(root / "first")]).exit_code == 0
    where, entity, decision, reason, by = REVIEW
    done = runner.invoke(cli, ["review", decision, str(config), where, "--entity", entity, "--reason", reason,
                               "--by", by])
    assert done.exit_code == 0, done.output
    out = root / "out"
    result = runner.invoke(cli, [*scan, "--out", str(out)])
    assert result.exit_code == 0, result.output
    findings = [json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    return Scanned(config, manifest, out, findings)
