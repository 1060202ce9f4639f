"""The Detector interface: batching, determinism, overlaps, filtering, info, no values in reasons."""

from __future__ import annotations

import re

import pytest

from recognizers import Detection, Detector
from recognizers.registry import ENTITIES

SAMPLES = [
    "imei=352099001761481 card 4111 1111 1111 1111 phone 090-1234-5678",
    "收货地址：广东省深圳市南山区科技园路123号，电话：13812345678",
    "Mr. John Smith, 123 Main St, Springfield, IL 62704, john@example.com",
    "no pii here, just 200 OK in 12ms",
    "",
]


def test_analyze_many_matches_analyze(nlp_detector):
    assert nlp_detector.analyze_many(SAMPLES) == [nlp_detector.analyze(t) for t in SAMPLES]


def test_deterministic_across_instances():
    a, b = Detector(use_nlp=False), Detector(use_nlp=False)
    assert [a.analyze(t) for t in SAMPLES] == [b.analyze(t) for t in SAMPLES]


def test_no_overlap_within_an_entity(detector):
    for text in SAMPLES:
        found = detector.analyze(text)
        for x in found:
            for y in found:
                if x is not y and x.entity == y.entity:
                    assert x.end <= y.start or y.end <= x.start


def test_entity_filter():
    det = Detector(entities=["EMAIL_ADDRESS"], use_nlp=False)
    assert {d.entity for d in det.analyze(SAMPLES[2])} == {"EMAIL_ADDRESS"}
    with pytest.raises(ValueError):
        Detector(entities=["NOT_AN_ENTITY"])


def test_detections_are_well_formed(detector):
    for text in SAMPLES:
        for d in detector.analyze(text):
            assert isinstance(d, Detection) and d.entity in ENTITIES
            assert 0 <= d.start < d.end <= len(text) and 0 < d.score <= 1
            value = text[d.start:d.end]
            assert value not in d.reason and not re.search(r"[0-9]{6,}", d.reason)


def test_recognizer_info_lists_every_entity(detector):
    info = detector.recognizer_info()
    assert {"name", "entities", "languages", "description"} <= set(info[0])
    assert {e for row in info for e in row["entities"]} == set(ENTITIES)
    assert all(row["description"] for row in info)


def test_fullwidth_digits_keep_offsets(detector):
    text = "電話：０９０－１２３４－５６７８"
    (d,) = detector.analyze(text)
    assert d.entity == "PHONE_NUMBER" and text[d.start:d.end] == "０９０－１２３４－５６７８"


def test_recognizers_work_inside_presidio():
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from recognizers.imei import ImeiRecognizer

    registry = RecognizerRegistry()
    registry.add_recognizer(ImeiRecognizer())
    engine = AnalyzerEngine(registry=registry, nlp_engine=_NoNlp(), supported_languages=["en"])
    res = engine.analyze("imei 352099001761481", language="en", entities=["IMEI"])
    assert [(r.entity_type, r.start, r.end) for r in res] == [("IMEI", 5, 20)]


class _NoNlp:
    """The smallest NlpEngine stand-in: no tokens, no entities."""

    def process_text(self, text, language):
        from presidio_analyzer.nlp_engine import NlpArtifacts
        return NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=self, language=language)

    def is_loaded(self):
        return True

    def get_supported_languages(self):
        return ["en"]

    def get_supported_entities(self):
        return []

    def is_stopword(self, word, language):
        return False

    def is_punct(self, word, language):
        return False


def test_stock_presidio_mapping():
    from recognizers.stock import stock_presidio_analyzer

    engine, mapping = stock_presidio_analyzer()
    res = engine.analyze("write to jane@example.com", language="en")
    assert {mapping[r.entity_type] for r in res if r.entity_type in mapping} == {"EMAIL_ADDRESS"}
    assert set(mapping.values()) <= set(ENTITIES)
