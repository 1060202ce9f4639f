"""STUB (to be replaced by the recognizers work): the Detector interface the pipeline uses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Detection:
    """One detected span: offsets into the analysed text, never the text itself."""

    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    reason: str


_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


class Detector:
    """Finds PII spans in text; ``context`` carries words such as a column name or JSON key."""

    def __init__(self, entities: Sequence[str] | None = None, use_nlp: bool = True):
        self.entities = set(entities) if entities else None

    def analyze(self, text: str, context: Sequence[str] = ()) -> list[Detection]:
        return [Detection("EMAIL_ADDRESS", m.start(), m.end(), 0.9, "EmailRecognizer", "value: e-mail syntax")
                for m in _EMAIL.finditer(text)]

    def analyze_many(self, texts: Sequence[str], context: Sequence[str] = ()) -> list[list[Detection]]:
        return [self.analyze(t, context) for t in texts]

    def recognizer_info(self) -> list[dict]:
        return [{"name": "EmailRecognizer", "entities": ["EMAIL_ADDRESS"], "languages": ["en"],
                 "description": "e-mail syntax"}]
