"""The fast path gives the same detections as the plain per-text path, only faster."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recognizers import Detector, prefilter
from recognizers.prefilter import without_backreferences, without_lookarounds
from tests import corpus

pytestmark = pytest.mark.skipif(not prefilter.available(), reason="hyperscan is not installed")


@pytest.fixture(scope="module")
def detectors():
    return Detector(), Detector(fast=False)


def test_fast_path_equals_plain_path_on_the_labelled_corpus(detectors):
    fast, plain = detectors
    texts = [line.text for line in corpus.lines(seed=3, n=600)]
    assert fast.prefilter is not None
    assert fast.analyze_many(texts) == [plain.analyze(t) for t in texts]


def test_fast_path_equals_plain_path_on_columns(detectors):
    fast, plain = detectors
    for column in corpus.columns(seed=5, per_kind=1, rows=12):
        context = (column.name, "customers")
        assert fast.analyze_many(column.values, context) == [plain.analyze(v, context) for v in column.values]


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![0-9])[0-9]{3}(?![0-9])", r"[0-9]{3}"),
    (r"[0-9]{1,3}(?=\s*years)", r"[0-9]{1,3}(?:\s*years)"),          # a trailing lookahead is kept as text
    (r"(?<=IP)[0-9.]+", r"(?:IP)[0-9.]+"),                           # a leading lookbehind too
    (r"a(?=b)c|d", r"ac|d"),
    (r"[(?=]x\(?!y\)", r"[(?=]x\(?!y\)"),                            # classes and escapes are not groups
])
def test_without_lookarounds(pattern, expected):
    assert without_lookarounds(pattern) == expected


def test_backreferences_become_copies_of_their_group():
    assert without_backreferences(r"[0-9]{2}([:-])(?:[0-9]{2}\1){4}") == r"[0-9]{2}([:-])(?:[0-9]{2}(?:[:-])){4}"


MAC = r"(?<![0-9A-Za-z-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Za-z]|[:-][0-9A-Fa-f])"
AGE = r"(?<![0-9])[0-9]{1,3}(?=\s?(?:years old|歳))"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789abcdefABCDEF:- .歳yearsold", max_size=40))
@pytest.mark.parametrize("pattern", [MAC, AGE])
def test_rewritten_patterns_match_wherever_the_original_does(pattern, text):
    loose = re.compile(without_backreferences(without_lookarounds(pattern)))
    if re.search(pattern, text):
        assert loose.search(text)


def test_python_re_block_scan_equals_plain_path(detectors):
    """Without Hyperscan, many one-line texts go through recognizers.block: same results."""
    _, plain = detectors
    texts = [line.text for line in corpus.lines(seed=4, n=300) if "\n" not in line.text]
    assert len(texts) >= 16
    assert plain.analyze_many(texts) == [plain.analyze(t) for t in texts]


def _compile_twice(monkeypatch, cache):
    monkeypatch.setenv("PIISCAN_CACHE_DIR", str(cache))
    expressions, flags = [rb"imei[=:][0-9]{15}", rb"[0-9]{3}-[0-9]{4}"], [prefilter.hyperscan.HS_FLAG_SINGLEMATCH] * 2
    found: list[list[int]] = []
    for _ in range(2):
        db = prefilter._cached_database(expressions, flags)
        found.append([])
        db.scan(b"imei=490154203237518 tel 090-1234", match_event_handler=lambda i, *_: found[-1].append(i),
                scratch=prefilter.hyperscan.Scratch(db))
    return [sorted(hits) for hits in found]


def test_compiled_databases_are_cached_and_load_with_the_same_matches(tmp_path, monkeypatch):
    assert _compile_twice(monkeypatch, tmp_path) == [[0, 1], [0, 1]]
    (cached,) = tmp_path.glob("hyperscan-*.db")
    stamp = cached.stat().st_mtime_ns
    assert _compile_twice(monkeypatch, tmp_path) == [[0, 1], [0, 1]] and cached.stat().st_mtime_ns == stamp


def test_a_damaged_or_unwritable_cache_means_compiling_again(tmp_path, monkeypatch):
    _compile_twice(monkeypatch, tmp_path)
    (cached,) = tmp_path.glob("hyperscan-*.db")
    cached.write_bytes(b"not a database")
    assert _compile_twice(monkeypatch, tmp_path) == [[0, 1], [0, 1]]
    assert cached.read_bytes() != b"not a database"
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert _compile_twice(monkeypatch, blocked) == [[0, 1], [0, 1]]


@pytest.fixture
def re2_detector(monkeypatch):
    from recognizers import engine
    pytest.importorskip("re2")
    monkeypatch.setenv("PIISCAN_PREFILTER", "re2")
    engine._prefilter.cache_clear()
    yield Detector()
    engine._prefilter.cache_clear()


def test_the_re2_fallback_gives_the_same_detections_as_the_plain_path(re2_detector, detectors):
    _, plain = detectors
    assert type(re2_detector.prefilter._common).__name__ == "_Re2Database"
    texts = [line.text for line in corpus.lines(seed=3, n=600)] + ["电话：１３８００１３８０００ ٣٤٥ 山田太郎様"]
    assert re2_detector.analyze_many(texts) == [plain.analyze(t) for t in texts]
    for column in corpus.columns(seed=5, per_kind=1, rows=12):
        context = (column.name, "customers")
        assert re2_detector.analyze_many(column.values, context) == [plain.analyze(v, context) for v in column.values]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789٣٤５abc_ \u3000\u00a0\t-:", max_size=30))
@pytest.mark.parametrize("pattern", [r"\d{3}\s?\w+", r"[\d\s]{4,}", r"\D\S\W"])
def test_re2_rewrites_match_wherever_python_does(pattern, text):
    re2 = pytest.importorskip("re2")
    rewritten = prefilter.for_re2(pattern)
    assert rewritten is not None
    if re.search(pattern, text):
        assert re2.search(rewritten, text)


def test_without_a_multi_pattern_engine_the_block_scan_gives_the_same_detections(monkeypatch, detectors):
    from recognizers import engine
    _, plain = detectors
    monkeypatch.setenv("PIISCAN_PREFILTER", "none")
    engine._prefilter.cache_clear()
    try:
        blocky = Detector()
        assert blocky.prefilter is None
        texts = [line.text for line in corpus.lines(seed=4, n=300)]
        assert blocky.analyze_many(texts) == [plain.analyze(t) for t in texts]
    finally:
        engine._prefilter.cache_clear()
