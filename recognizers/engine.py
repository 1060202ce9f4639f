"""The Detector the pipeline calls: prefilter, pattern recognizers, gated NER, overlap resolution."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from recognizers import block, nlp, prefilter, registry
from recognizers._context import external_parts
from recognizers.base import Detection, PiiRecognizer, TextContext
from recognizers.person import SpacyPersonRecognizer
from recognizers.resolve import resolve

__all__ = ["Detection", "Detector"]

MIN_SCORE = 0.5
NER_BATCH = 64
BLOCK_MIN = 16           # texts per call from which the block scan pays off


def _unexplained_name_cue(text: str, found: Sequence[Detection]) -> bool:
    """Whether the NER gate fires somewhere no pattern recognizer already found a person.

    spaCy costs milliseconds a text; where every cue the gate sees is a name the dictionary
    recognizers already took, NER would only confirm them.
    """
    persons = [(d.start, d.end) for d in found if d.entity == "PERSON"]
    return any(not any(s < m.end() and m.start() < e for s, e in persons) for m in nlp.NER_GATE.finditer(text))


@functools.lru_cache(maxsize=8)
def _prefilter(recognizers: tuple[type[PiiRecognizer], ...], ner: bool) -> prefilter.Prefilter | None:
    """One compiled Hyperscan database per recognizer set and process (None without Hyperscan)."""
    if not prefilter.available():
        return None
    return prefilter.Prefilter(recognizers, nlp.NER_GATE if ner else None)


class Detector:
    """Finds PII spans in text; ``context`` carries words such as a column name or JSON key.

    Construction is cheap (regexes are compiled per class, spaCy is loaded once per
    process on first use). Results are deterministic: same text and context, same list.
    """

    def __init__(self, entities: Sequence[str] | None = None, use_nlp: bool = True, min_score: float = MIN_SCORE,
                 fast: bool = True):
        self.entities = tuple(entities) if entities else registry.ENTITIES
        self.recognizers: list[PiiRecognizer] = registry.pattern_recognizers(entities)
        self.ner = SpacyPersonRecognizer() if use_nlp and "PERSON" in self.entities else None
        self.min_score = min_score
        self.prefilter = _prefilter(tuple(map(type, self.recognizers)), self.ner is not None) if fast else None

    def analyze(self, text: str, context: Sequence[str] = ()) -> list[Detection]:
        """Detections in ``text``, ordered by start offset, not overlapping except nested address parts."""
        return self.analyze_many([text], context)[0]

    def analyze_many(self, texts: Sequence[str], context: Sequence[str] = ()) -> list[list[Detection]]:
        """``analyze`` for many texts sharing one context; NER runs batched over the texts that need it.

        Many one-line texts (log lines, column cells) go through the block scan: one regex pass
        per pattern over their join picks the texts worth analysing; the results are the same.
        """
        if self.prefilter is not None:
            return self._analyze_prefiltered(texts, context)
        if len(texts) >= BLOCK_MIN and block.fits(texts):
            return self._analyze_block(texts, context)
        contexts = [TextContext.of(t, context) for t in texts]
        found = [self._patterns(tc) for tc in contexts]
        self._add_ner(dict(enumerate(contexts)), dict(enumerate(found)))
        return [resolve(f, self.min_score) for f in found]

    def _analyze_prefiltered(self, texts: Sequence[str], context: Sequence[str]) -> list[list[Detection]]:
        external = " ".join(external_parts(context))
        mentioned = frozenset(i for i, rec in enumerate(self.recognizers)
                              if rec.lexicon.mention is not None and rec.lexicon.mention.search(external))
        out: list[list[Detection]] = [[] for _ in texts]
        contexts: dict[int, TextContext] = {}
        found: dict[int, list[Detection]] = {}
        for i, cand in enumerate(self.prefilter.scan(texts, mentioned)):
            if not cand.recognizers and not cand.ner:
                continue
            tc = contexts[i] = TextContext.of(texts[i], context)
            dets = found[i] = []
            features = tc.features
            for r in sorted(cand.recognizers):
                rec = self.recognizers[r]
                if rec.TRIGGERS & features:
                    dets.extend(rec.detect(tc))
        self._add_ner(contexts, found)
        for i, dets in found.items():
            out[i] = resolve(dets, self.min_score)
        return out

    def _analyze_block(self, texts: Sequence[str], context: Sequence[str]) -> list[list[Detection]]:
        joined = block.Block(texts)
        external = external_parts(context)
        features = TextContext(joined.text).features
        plan = [(rec, block.candidates(joined, rec, external)) for rec in self.recognizers if rec.TRIGGERS & features]
        wanted = set().union(*(lines for _, lines in plan))
        if self.ner is not None:
            wanted |= block.ner_candidates(joined, nlp.NER_GATE)
        contexts = block.contexts_for(joined, wanted, context)
        found: dict[int, list[Detection]] = {i: [] for i in contexts}
        for rec, lines in plan:
            for i in sorted(lines):
                if rec.TRIGGERS & contexts[i].features:
                    found[i].extend(rec.detect(contexts[i]))
        self._add_ner(contexts, found)
        out: list[list[Detection]] = [[] for _ in texts]
        for i, dets in found.items():
            out[i] = resolve(dets, self.min_score)
        return out

    def _add_ner(self, contexts: dict[int, TextContext], found: dict[int, list[Detection]]) -> None:
        """Batched spaCy NER over the texts the gate lets through."""
        if self.ner is None:
            return
        todo = [i for i, tc in contexts.items()
                if "alpha" in tc.features and _unexplained_name_cue(tc.text, found[i])]
        if todo:
            docs = nlp.english().pipe((contexts[i].text for i in todo), batch_size=NER_BATCH)
            for i, doc in zip(todo, docs, strict=True):
                found[i].extend(self.ner.detect_doc(contexts[i], doc))

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
