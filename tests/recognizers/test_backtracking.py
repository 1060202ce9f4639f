"""Every regex family on ~100 kB adversarial input finishes quickly (bounded repetitions)."""

from __future__ import annotations

import time

import pytest

from recognizers.base import TextContext
from recognizers.registry import PATTERN_RECOGNIZERS

N = 100_000
ADVERSARIAL = {
    "digits": "1" * N,
    "digit groups": ("12 " * (N // 3)),
    "hyphen digits": ("12-" * (N // 3)),
    "hex colons": ("ab:" * (N // 3)),
    "dots": ("1." * (N // 2)),
    "email-ish": ("a." * (N // 2)) + "@",
    "at signs": ("a@" * (N // 2)),
    "capitals": ("Ab " * (N // 3)),
    "han": ("東京都渋谷区" * (N // 6)),
    "han digits": ("区1-" * (N // 3)),
    "kana": ("ヤマダ " * (N // 4)),
    "street": ("1 Main " * (N // 7)),
    "mixed": ("a1-b2.c3:d4 " * (N // 12)),
}
# Catastrophic backtracking on 100 kB takes minutes to forever; linear work on ~33k name-like
# candidates takes ~2 s on a loaded 2-core machine, so the bound leaves room for that.
LIMIT_S = 10.0


@pytest.mark.parametrize("recognizer", PATTERN_RECOGNIZERS, ids=lambda c: c.__name__)
def test_no_catastrophic_backtracking(recognizer):
    rec = recognizer()
    slowest = 0.0
    for text in ADVERSARIAL.values():
        tc = TextContext.of(text + " imei phone name address", ("name",))
        t0 = time.perf_counter()
        rec.detect(tc)
        slowest = max(slowest, time.perf_counter() - t0)
    assert slowest < LIMIT_S
