"""A stock Presidio analyzer (default recognizers, small English spaCy model) for comparisons."""

from __future__ import annotations

from functools import cache

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from recognizers import _offline
from recognizers.nlp import EN_MODEL

# Stock entity -> piiscan entity. Stock LOCATION (place names from NER) is the nearest thing
# it has to a postal address; DATE_TIME is any date, which is how it would find a birth date.
STOCK_TO_PIISCAN: dict[str, str] = {
    "PHONE_NUMBER": "PHONE_NUMBER", "EMAIL_ADDRESS": "EMAIL_ADDRESS", "IP_ADDRESS": "IP_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD", "PERSON": "PERSON", "IBAN_CODE": "IBAN_CODE", "MAC_ADDRESS": "MAC_ADDRESS",
    "LOCATION": "POSTAL_ADDRESS", "DATE_TIME": "DATE_OF_BIRTH",
}


@cache
def stock_presidio_analyzer() -> tuple[AnalyzerEngine, dict[str, str]]:
    """``(AnalyzerEngine with default recognizers, stock-to-piiscan entity map)``, built once per process."""
    _offline.install()
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": EN_MODEL}])
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"]), dict(STOCK_TO_PIISCAN)
