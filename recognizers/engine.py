"""The Detector the pipeline calls: prefilter, pattern recognizers, gated NER, overlap resolution."""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence

from recognizers import block, nlp, prefilter, registry
from recognizers._context import external_parts
from recognizers.base import Detection, PiiRecognizer, TextContext, normalise
from recognizers.person import SpacyPersonRecognizer
from recognizers.prose import is_prose, on_log_line
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


def _worth_ner(text: str) -> bool:
    """Prose, or a machine log line with a name cue or an author credit: NER costs milliseconds a
    line, and on a bare log line its only evidence is capitalisation (``SpacyPersonRecognizer``
    would drop what it found there anyway unless a dictionary knew the name)."""
    return not on_log_line(text, 0) or is_prose(text) or nlp.LOG_LINE_NER_CUE.search(text) is not None


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
        normal = [normalise(text) for text in texts]
        external = external_parts(context)
        plan, gated = self._plan(normal, external)
        contexts = {i: TextContext(normal[i], external) for i in plan}
        found = {i: self._patterns(contexts[i], plan[i]) for i in plan}
        self._add_ner({i: contexts[i] for i in gated if i in contexts} if gated is not None else contexts, found)
        out: list[list[Detection]] = [[] for _ in texts]
        for i, dets in found.items():
            out[i] = resolve(dets, self.min_score)
        return out

    def _plan(self, texts: Sequence[str], external: tuple[str, ...]) -> tuple[dict[int, Collection[int]], set[int] | None]:
        """Which (normalised) texts to analyse and with which recognizers (indexes), and on which texts
        the NER gate can fire (None: any); texts left out find nothing.

        Hyperscan's prefilter when there is one, else the Python ``re`` block scan for many
        one-line texts, else every recognizer on every text.
        """
        if self.prefilter is not None:
            return self._plan_prefiltered(texts, external)
        if len(texts) >= BLOCK_MIN and block.fits(texts):
            return self._plan_block(texts, external)
        everything = range(len(self.recognizers))
        return dict.fromkeys(range(len(texts)), everything), None

    def _plan_prefiltered(self, texts: Sequence[str], external: tuple[str, ...]
                          ) -> tuple[dict[int, Collection[int]], set[int] | None]:
        joined = " ".join(external)
        mentioned = frozenset(i for i, rec in enumerate(self.recognizers)
                              if rec.lexicon.mention is not None and rec.lexicon.mention.search(joined))
        plan: dict[int, Collection[int]] = {}
        gated: set[int] = set()
        for i, cand in enumerate(self.prefilter.scan(texts, mentioned)):
            if cand.recognizers or cand.ner:
                plan[i] = cand.recognizers
            if cand.ner:
                gated.add(i)
        return plan, gated

    def _plan_block(self, texts: Sequence[str], external: tuple[str, ...]
                    ) -> tuple[dict[int, Collection[int]], set[int] | None]:
        joined = block.Block(texts)
        features = TextContext(joined.text).features
        plan: dict[int, set[int]] = {}
        for r, rec in enumerate(self.recognizers):
            if rec.TRIGGERS & features:
                for i in block.candidates(joined, rec, external):
                    plan.setdefault(i, set()).add(r)
        if self.ner is not None:
            for i in block.ner_candidates(joined, nlp.NER_GATE):
                plan.setdefault(i, set())
        return plan, None

    def _add_ner(self, contexts: dict[int, TextContext], found: dict[int, list[Detection]]) -> None:
        """Batched spaCy NER over the texts the gate lets through."""
        if self.ner is None:
            return
        todo = [i for i, tc in contexts.items()
                if "alpha" in tc.features and _unexplained_name_cue(tc.text, found[i]) and _worth_ner(tc.text)]
        if todo:
            docs = nlp.english().pipe((contexts[i].text for i in todo), batch_size=NER_BATCH)
            for i, doc in zip(todo, docs, strict=True):
                found[i].extend(self.ner.detect_doc(contexts[i], doc))

    def _patterns(self, tc: TextContext, indexes: Collection[int]) -> list[Detection]:
        """The chosen recognizers' detections, in registry order."""
        features = tc.features
        out: list[Detection] = []
        for r in sorted(indexes):
            rec = self.recognizers[r]
            if rec.TRIGGERS & features:
                out.extend(rec.detect(tc))
        return out

    def recognizer_info(self) -> list[dict]:
        """Name, entities, languages and description of every recognizer (``piiscan recognizers list``)."""
        return [row for row in registry.info() if set(row["entities"]) & set(self.entities)]
