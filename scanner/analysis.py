"""Worker-side analysis: chunks in, masked and fingerprinted hits out.

This module runs inside worker processes (local pool or Dask workers). Raw values never
leave it: a :class:`Hit` carries counts, scores, reasons, masked evidence and a keyed
fingerprint only.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from recognizers import Detection, Detector
from recognizers.prose import prose_values
from scanner.connectors.base import Chunk
from scanner.fingerprint import fingerprint, mask
from scanner.hits import ChunkResult, Hit, roll_lines


@dataclass(frozen=True)
class AnalysisSettings:
    """What a worker needs besides the chunks: the fingerprint key, the entities to report (all when
    None), whether spaCy NER runs, and whether every line's hits come back (for occurrences) or the
    worker rolls a chunk's lines up itself."""

    key: bytes
    entities: tuple[str, ...] | None = None
    use_nlp: bool = True
    per_line: bool = False


@lru_cache(maxsize=2)
def _detector(use_nlp: bool) -> Detector:
    """Every recognizer runs, so overlaps resolve the same whatever the policy names (an IMEI
    never turns into a card number because the policy lists cards only)."""
    detector = Detector(use_nlp=use_nlp)
    _settle_gc()
    return detector


def _settle_gc() -> None:
    """Analysis makes many short-lived objects next to a large, permanent set (patterns, word lists,
    later the spaCy model): take the permanent ones out of the collector's view and collect the
    young generation less often (~10% of a log scan went to garbage collection)."""
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


def _by_entity(detections: Sequence[Detection]) -> dict[str, list[Detection]]:
    by_entity: dict[str, list[Detection]] = {}
    for det in detections:
        by_entity.setdefault(det.entity, []).append(det)
    return by_entity


def _fold(hits: dict[str, Hit], value: str, detections: Sequence[Detection], per_row: bool, key: bytes,
          field_name: str | None, identified: set[tuple[str, str | None]] | None = None) -> None:
    """Add one value's detections to ``hits``: one per row (column mode) or every occurrence (text).

    With ``identified`` (a chunk rolled up by the worker), evidence and fingerprint are made only for
    the first value of each (entity, field): the roll-up keeps no other.
    """
    for entity, dets in _by_entity(detections).items():
        best = max(dets, key=lambda d: d.score)
        hit = hits.get(entity)
        if hit is None:
            raw = value[best.start:best.end]
            if identified is None or (entity, field_name) not in identified:
                hit = hits[entity] = Hit(entity, 0, 0.0, 0.0, {}, mask(raw, entity), fingerprint(key, entity, raw))
                if identified is not None:
                    identified.add((entity, field_name))
            else:
                hit = hits[entity] = Hit(entity, 0, 0.0, 0.0, {}, "", "")
            if field_name:
                hit.fields.append(field_name)
        hit.matched += 1 if per_row else len(dets)
        hit.score_sum += best.score if per_row else sum(d.score for d in dets)
        hit.max_score = max(hit.max_score, best.score)
        hit.reasons[best.reason] = hit.reasons.get(best.reason, 0) + 1


# The key or label a value sits behind on a plain log line: 'ip=', 'client_ip: ', '"email":"'.
_LABEL_BEFORE = re.compile(r"""(?<![A-Za-z0-9_.\-])([A-Za-z_][A-Za-z0-9_.\-]{0,63})["']?[ \t]{0,2}[=:][ \t]{0,2}["'\[(<]?$""")


def label_before(text: str, start: int) -> str | None:
    """The ``key=``/``key:`` label right before offset ``start``, or None."""
    m = _LABEL_BEFORE.search(text, max(0, start - 72), start)
    return m.group(1) if m else None


def _fold_by_label(value: str, detections: Sequence[Detection], key: bytes,
                   identified: set[tuple[str, str | None]] | None = None) -> list[Hit]:
    """One line's detections, per (entity, the label each sits behind)."""
    groups: dict[str | None, list[Detection]] = {}
    for det in detections:
        groups.setdefault(label_before(value, det.start), []).append(det)
    hits: list[Hit] = []
    for label, dets in groups.items():
        by_label: dict[str, Hit] = {}
        _fold(by_label, value, dets, False, key, label, identified)
        hits.extend(by_label.values())
    return hits


def summarize(index: int, chunk: Chunk, per_value: Sequence[Sequence[Detection]], key: bytes,
              per_line: bool = True) -> ChunkResult:
    """Summarise a chunk's detections per entity (per line in ``lines`` mode, rolled up per field
    unless ``per_line``); on log lines, also per the field a value sits behind (its JSON key path,
    else its ``key=`` label)."""
    field_name = chunk.field or None
    if chunk.mode == "lines":
        line_hits: dict[int, list[Hit]] = {}
        first = int(chunk.location.get("line", 1))
        identified: set[tuple[str, str | None]] | None = None if per_line else set()
        for v, (value, detections) in enumerate(zip(chunk.values, per_value, strict=True)):
            if not detections:
                continue
            offset = chunk.lines[v] - first if chunk.lines is not None else v
            if chunk.fields is not None:               # a JSON leaf: its key path is its field
                by_entity: dict[str, Hit] = {}
                _fold(by_entity, value, detections, False, key, chunk.fields[v], identified)
                line_hits.setdefault(offset, []).extend(by_entity.values())
            else:
                line_hits.setdefault(offset, []).extend(_fold_by_label(value, detections, key, identified))
        if not per_line:
            return ChunkResult(index, 1, False, [], rolled=roll_lines(first, line_hits))
        return ChunkResult(index, 1, False, [], line_hits)
    if chunk.mode == "text" and field_name is None and "line" in chunk.location:
        found = [h for value, dets in zip(chunk.values, per_value, strict=True) for h in _fold_by_label(value, dets, key)]
        return ChunkResult(index, chunk.rows_scanned, False, found, values=len(chunk.values))
    hits = {}
    for value, detections in zip(chunk.values, per_value, strict=True):
        _fold(hits, value, detections, chunk.mode == "column", key, field_name)
    free_text = chunk.mode == "column" and prose_values(chunk.values)
    non_blank = sum(1 for v in chunk.values if v.strip())
    return ChunkResult(index, chunk.rows_scanned, free_text, list(hits.values()), values=non_blank)


def detect_batch(chunks: Sequence[Chunk], detector: Detector) -> list[list[list[Detection]]]:
    """Detections per value of each chunk; values sharing a context go to the detector together,
    so NER batches across many small chunks (mail parts, JSON leaves), and each distinct value once."""
    groups: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for c, chunk in enumerate(chunks):
        if chunk.contexts is not None:                 # JSON leaves: each with its own key path
            for v, context in enumerate(chunk.contexts):
                groups.setdefault(tuple(context), []).append((c, v))
            continue
        refs = groups.setdefault(tuple(chunk.context), [])
        refs.extend((c, v) for v in range(len(chunk.values)))
    out: list[list[list[Detection]]] = [[[] for _ in chunk.values] for chunk in chunks]
    for context, refs in groups.items():
        distinct: dict[str, int] = {}            # repeated values (enums, repeated log lines) are analysed once
        for c, v in refs:
            distinct.setdefault(chunks[c].values[v], len(distinct))
        found = detector.analyze_many(list(distinct), list(context))
        for c, v in refs:
            out[c][v] = found[distinct[chunks[c].values[v]]]
    return out


def analyze_batch(batch: Sequence[tuple[int, Chunk]], settings: AnalysisSettings) -> list[ChunkResult]:
    """Analyse a batch of chunks in this process; the entry point executors call.

    Only ``settings.entities`` (those the policy names; all when None) are reported.
    """
    chunks = [chunk for _, chunk in batch]
    per_chunk = detect_batch(chunks, _detector(settings.use_nlp))
    if settings.entities is not None:
        wanted = frozenset(settings.entities)
        per_chunk = [[[d for d in dets if d.entity in wanted] for dets in chunk] for chunk in per_chunk]
    return [summarize(index, chunk, found, settings.key, settings.per_line)
            for (index, chunk), found in zip(batch, per_chunk, strict=True)]
