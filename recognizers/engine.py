"""The Detector the pipeline calls: prefilter, pattern recognizers, gated NER, overlap resolution."""

from __future__ import annotations

from collections.abc import Sequence

from recognizers import nlp, registry
from recognizers.base import Detection, PiiRecognizer, TextContext
from recognizers.person import SpacyPersonRecognizer
from recognizers.resolve import resolve

__all__ = ["Detection", "Detector"]

MIN_SCORE = 0.5
NER_BATCH = 64


class Detector:
    """Finds PII spans in text; ``context`` carries words such as a column name or JSON key.

    Construction is cheap (regexes are compiled per class, spaCy is loaded once per
    process on first use). Results are deterministic: same text and context, same list.
    """

    def __init__(self, entities: Sequence[str] | None = None, use_nlp: bool = True, min_score: float = MIN_SCORE):
        self.entities = tuple(entities) if entities else registry.ENTITIES
        self.recognizers: list[PiiRecognizer] = registry.pattern_recognizers(entities)
        self.ner = SpacyPersonRecognizer() if use_nlp and "PERSON" in self.entities else None
        self.min_score = min_score

    def analyze(self, text: str, context: Sequence[str] = ()) -> list[Detection]:
        """Detections in ``text``, ordered by start offset, not overlapping except nested address parts."""
        return self.analyze_many([text], context)[0]

    def analyze_many(self, texts: Sequence[str], context: Sequence[str] = ()) -> list[list[Detection]]:
        """``analyze`` for many texts sharing one context; NER runs batched over the texts that need it."""
        contexts = [TextContext.of(t, context) for t in texts]
        found = [self._patterns(tc) for tc in contexts]
        if self.ner is not None:
            todo = [i for i, tc in enumerate(contexts) if "alpha" in tc.features and nlp.needs_ner(tc.text)]
            if todo:
                docs = nlp.english().pipe((contexts[i].text for i in todo), batch_size=NER_BATCH)
                for i, doc in zip(todo, docs, strict=True):
                    found[i].extend(self.ner.detect_doc(contexts[i], doc))
        return [resolve(f, self.min_score) for f in found]

    def _patterns(self, tc: TextContext) -> list[Detection]:
        features = tc.features
        out: list[Detection] = []
        for rec in self.recognizers:
            if rec.TRIGGERS & features:
                out.extend(rec.detect(tc))
        return out

    def recognizer_info(self) -> list[dict]:
        """Name, entities, languages and description of every recognizer (``piiscan recognizers list``)."""
        return [row for row in registry.info() if set(row["entities"]) & set(self.entities)]
