"""Expand a source's ``paths`` globs relative to the config folder, in natural order.

``**`` does not descend into symlinked folders (a link back to a parent would loop), and a
file reached by several paths (through symlinks) is listed once, under the first path found.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path

_DIGITS = re.compile(r"(\d+)")


def natural_key(path: Path) -> list[str | int]:
    """Sort key that orders ``app.log``, ``app.log.1``, ``app.log.2.gz``, ``app.log.10``."""
    return [int(part) if i % 2 else part for i, part in enumerate(_DIGITS.split(path.as_posix()))]


def _matches(base_dir: Path, pattern: str) -> list[Path]:
    if "**" not in pattern:
        return [base_dir / m for m in glob.glob(pattern, root_dir=base_dir)]
    root = Path(pattern)
    if root.is_absolute():                       # pathlib globs relative patterns only
        return list(Path(root.anchor).glob(str(root.relative_to(root.anchor))))
    return list(base_dir.glob(pattern))          # pathlib's ``**`` never follows symlinked folders


def expand(base_dir: Path, patterns: Sequence[str]) -> tuple[list[Path], list[str]]:
    """Every path matched by ``patterns`` (no duplicates, natural order), and the patterns matching nothing."""
    found: dict[str, Path] = {}
    unmatched: list[str] = []
    for pattern in patterns:
        matches = _matches(base_dir, pattern)
        if not matches:
            unmatched.append(pattern)
        for match in sorted(matches, key=natural_key):
            found.setdefault(os.path.realpath(match), match)
    return list(found.values()), unmatched


def file_kind(path: Path) -> str:
    """``dir``, ``file``, ``special`` (FIFO, socket, device: never opened), or ``file`` when stat fails.

    A path that cannot be stat'ed counts as a file, so that opening it reports the real error.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return "file"
    if stat.S_ISDIR(mode):
        return "dir"
    return "file" if stat.S_ISREG(mode) else "special"
