"""Shared pieces of ``benchmarks.realdata``: options, results, tables, sampling, the two analyzers.

The data is read where it lies (``../shared/realdata`` beside the repo, or ``--data``); nothing
of it is copied, and nothing printed holds a detected value (counts, rates and masked evidence only).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from benchmarks import accuracy, scoring
from benchmarks.scoring import Pred

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "realdata"
T = TypeVar("T")


@dataclass(frozen=True)
class Options:
    """What to run and how much of it."""

    data: Path = DEFAULT_DATA
    limit: int = 0              # Japanese NER sentences (0 = all)
    posts: int = 0              # Weibo posts (0 = all)
    alt_sample: int = 500       # address lines the (slow) alternatives read
    phones: int = 0             # libphonenumber examples (0 = all)
    db_values: int = 100        # values per column for stock Presidio
    log_lines: int = 300        # lines per log file for stock Presidio
    messages: int = 0           # mbox messages (0 = all; else a temporary truncated copy)
    workers: int = 1            # piiscan CLI worker processes

    def path(self, *parts: str) -> Path:
        return self.data.joinpath(*parts)


@dataclass
class SetResult:
    """One set's tables (Markdown), its summary rows and its numbers for ``--json``."""

    name: str
    text: str
    summary: list[tuple[str, str, str, str]] = field(default_factory=list)   # (set, piiscan, alternative, metric)
    numbers: dict[str, Any] = field(default_factory=dict)


def load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def read_lines(path: Path) -> list[str]:
    """Non-blank lines of a text file."""
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def spread(items: Sequence[T], n: int) -> list[T]:
    """``n`` items evenly spaced over ``items`` (all when n <= 0): keeps the mix of a sorted file."""
    if n <= 0 or n >= len(items):
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - started


def fmt(x: object) -> str:
    if isinstance(x, float):
        return f"{x:.3f}"
    return str(x)


def md_table(head: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table; floats with three decimals."""
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out.extend("| " + " | ".join(fmt(c) for c in row) + " |" for row in rows)
    return "\n".join(out)


def pct(num: int, den: int) -> str:
    return f"{num}/{den} ({100 * num / den:.1f}%)" if den else "0/0"


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.1f}/s" if seconds > 0 else "-"


def covers(text: str, pred: Iterable[Pred], entity: str) -> bool:
    """Whether ``entity`` detections cover most of ``text`` (the column rule's ``COVERAGE`` on one value)."""
    return entity in scoring.column_entities([text], [list(pred)])


@cache
def piiscan() -> accuracy.Analyzer:
    """piiscan's Detector (with NER), as the batch analyzer the other benchmarks use."""
    return accuracy.piiscan_analyzer()


@cache
def stock() -> accuracy.Analyzer:
    """Stock Presidio (default recognizers, offline small English model), entity names mapped to piiscan's."""
    return accuracy.stock_analyzer()


def warm(analyze: accuracy.Analyzer, sample: str = "warm up") -> accuracy.Analyzer:
    """Load models before timing."""
    analyze([sample], ())
    return analyze
