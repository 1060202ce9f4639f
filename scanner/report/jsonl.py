"""findings.jsonl: one JSON object per (source, finest location, entity)."""

from __future__ import annotations

import json
from pathlib import Path

from scanner.result import ScanResult


def write(run: ScanResult, out_dir: Path) -> Path:
    """Write the findings, one per line, in scan order."""
    path = out_dir / "findings.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for finding in run.findings:
            out.write(json.dumps(finding.to_dict(), ensure_ascii=False) + "\n")
    return path
