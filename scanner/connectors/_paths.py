"""Expand a source's ``paths`` globs relative to the config folder, in natural order."""

from __future__ import annotations

import glob
import re
from collections.abc import Sequence
from pathlib import Path

_DIGITS = re.compile(r"(\d+)")


def natural_key(path: Path) -> list[str | int]:
    """Sort key that orders ``app.log``, ``app.log.1``, ``app.log.2.gz``, ``app.log.10``."""
    return [int(part) if i % 2 else part for i, part in enumerate(_DIGITS.split(path.as_posix()))]


def expand(base_dir: Path, patterns: Sequence[str]) -> tuple[list[Path], list[str]]:
    """Every path matched by ``patterns`` (no duplicates, natural order), and the patterns matching nothing."""
    found: dict[Path, None] = {}
    unmatched: list[str] = []
    for pattern in patterns:
        matches = glob.glob(pattern, root_dir=base_dir, recursive=True)
        if not matches:
            unmatched.append(pattern)
        for match in sorted((base_dir / m for m in matches), key=natural_key):
            found.setdefault(match, None)
    return list(found), unmatched
