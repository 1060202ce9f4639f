"""Shared fixtures: detectors are built once per session (spaCy loads once)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from recognizers import Detector

Finder = Callable[..., list[str]]


@pytest.fixture(scope="session")
def detector() -> Detector:
    """Pattern recognizers only (no spaCy)."""
    return Detector(use_nlp=False)


@pytest.fixture(scope="session")
def nlp_detector() -> Detector:
    """Full detector with spaCy NER."""
    return Detector(use_nlp=True)


@pytest.fixture(scope="session")
def found(detector: Detector) -> Finder:
    """``found(text, entity, context=(), det=None)``: substrings detected as ``entity`` (synthetic values only)."""

    def run(text: str, entity: str, context: Sequence[str] = (), det: Detector | None = None) -> list[str]:
        return [text[d.start:d.end] for d in (det or detector).analyze(text, context) if d.entity == entity]

    return run


def _offsets(text: str, subs: Sequence[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for sub in subs:
        start = text.index(sub, pos)
        out.append((start, start + len(sub)))
        pos = start + len(sub)
    return out


@pytest.fixture(scope="session")
def expect(detector: Detector) -> Callable[..., None]:
    """``expect(text, entity, [substrings], context=(), det=None)``: exact spans, compared as offsets only."""

    def run(text: str, entity: str, subs: Sequence[str], context: Sequence[str] = (), det: Detector | None = None) -> None:
        got = [(d.start, d.end) for d in (det or detector).analyze(text, context) if d.entity == entity]
        assert got == _offsets(text, subs)

    return run
