"""PERSON per sentence on real Japanese (Wikipedia) and Chinese (Weibo) text.

piiscan's Detector next to GiNZA NER (``ja_ginza``, label Person), SudachiPy's 人名 part of speech
and jieba posseg ``nr`` (also ``nrt``/``nrfg``, its transliterated and full-name variants).
Sentence level: does the sentence hold a person; span level: overlapping spans, each gold once
(``benchmarks.scoring.score_lines``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from benchmarks import scoring
from benchmarks.realdata_common import (
    Options,
    SetResult,
    load_json,
    md_table,
    piiscan,
    rate,
    spread,
    timed,
    warm,
)
from benchmarks.scoring import Tally
from tests.corpus import Line, Span

Spans = list[tuple[int, int]]
Tagger = Callable[[Sequence[str]], list[Spans]]


@dataclass
class System:
    name: str
    tag: Tagger | None          # None: not installed
    missing: str = ""


def merge(spans: list[tuple[int, int]]) -> Spans:
    """Adjacent token spans as one (surname + given name)."""
    out: Spans = []
    for s, e in spans:
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def piiscan_tagger() -> Tagger:
    analyze = warm(piiscan())

    def tag(texts: Sequence[str]) -> list[Spans]:
        return [[(s, e) for ent, s, e in pred if ent == "PERSON"] for pred in analyze(texts, ())]

    return tag


def ginza_system() -> System:
    try:
        import spacy
        nlp = spacy.load("ja_ginza")
    except (ImportError, OSError):
        return System("GiNZA NER", None, "ja_ginza not installed")
    nlp("ウォームアップ")

    def tag(texts: Sequence[str]) -> list[Spans]:
        return [[(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("Person", "PERSON")]
                for doc in nlp.pipe(texts, batch_size=32)]

    return System("GiNZA NER (Person)", tag)


def sudachi_system() -> System:
    try:
        from sudachipy import dictionary, tokenizer
        tok = dictionary.Dictionary().create()
    except (ImportError, OSError, RuntimeError):
        return System("SudachiPy 人名", None, "sudachipy not installed")
    mode = tokenizer.Tokenizer.SplitMode.C

    def tag(texts: Sequence[str]) -> list[Spans]:
        return [merge([(m.begin(), m.end()) for m in tok.tokenize(t, mode) if m.part_of_speech()[2] == "人名"])
                for t in texts]

    return System("SudachiPy 人名", tag)


def jieba_system() -> System:
    try:
        import jieba
        import jieba.posseg as posseg
    except ImportError:
        return System("jieba nr", None, "jieba not installed")
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()

    def tag(texts: Sequence[str]) -> list[Spans]:
        out = []
        for text in texts:
            found, pos = [], 0
            for word, flag in posseg.cut(text):
                start = text.find(word, pos)
                if start < 0:
                    continue
                pos = start + len(word)
                if flag in ("nr", "nrt", "nrfg"):
                    found.append((start, pos))
            out.append(merge(found))
        return out

    return System("jieba posseg nr", tag)


def evaluate(texts: Sequence[str], gold: Sequence[Spans], systems: Sequence[System]) -> tuple[list[list], dict]:
    """Rows of the table and the numbers per system."""
    lines = [Line(t, "real", [Span("PERSON", s, e) for s, e in g]) for t, g in zip(texts, gold, strict=True)]
    rows, numbers = [], {}
    for system in systems:
        if system.tag is None:
            rows.append([system.name, system.missing, "", "", "", "", "", "", ""])
            numbers[system.name] = None
            continue
        pred, seconds = timed(lambda s=system: s.tag(texts))
        sent = Tally()
        for g, p in zip(gold, pred, strict=True):
            key = (bool(g), bool(p))
            if key == (True, True):
                sent.tp["PERSON"] += 1
            elif key == (False, True):
                sent.fp["PERSON"] += 1
            elif key == (True, False):
                sent.fn["PERSON"] += 1
        spans = scoring.score_lines(lines, [[("PERSON", s, e) for s, e in p] for p in pred])
        sp, sr, sf = sent.prf("PERSON")
        tp, tr, tf = spans.prf("PERSON")
        rows.append([system.name, sp, sr, sf, tp, tr, tf, sum(map(len, pred)), rate(len(texts), seconds)])
        numbers[system.name] = {"sentence": {"p": sp, "r": sr, "f1": sf}, "span": {"p": tp, "r": tr, "f1": tf},
                                "spans_found": sum(map(len, pred)), "per_second": len(texts) / seconds}
    return rows, numbers


HEAD = ["system", "sent P", "sent R", "sent F1", "span P", "span R", "span F1", "spans", "sentences/s"]


def _summary(set_name: str, numbers: dict, alternatives: Sequence[str]) -> list[tuple[str, str, str, str]]:
    ours = numbers["piiscan"]
    out = []
    for alt in alternatives:
        theirs = numbers.get(alt)
        alt_text = f"{theirs['sentence']['f1']:.3f} / {theirs['span']['f1']:.3f} ({alt})" if theirs else \
            f"{alt}: not installed"
        out.append((set_name, f"{ours['sentence']['f1']:.3f} / {ours['span']['f1']:.3f}", alt_text,
                    "PERSON F1 sentence / span"))
    return out


def ja_ner(opts: Options) -> SetResult:
    cases = spread(load_json(opts.path("ja-ner-stockmark-wikipedia", "person_cases.json")), opts.limit)
    texts = [c["text"] for c in cases]
    gold = [[tuple(s) for s in c["expected_spans"]] for c in cases]
    systems = [System("piiscan", piiscan_tagger()), ginza_system(), sudachi_system()]
    rows, numbers = evaluate(texts, gold, systems)
    positives = sum(1 for g in gold if g)
    text = (f"{len(texts)} sentences ({positives} with a person, {sum(map(len, gold))} person spans), "
            f"evenly spaced over the file\n\n" + md_table(HEAD, rows))
    return SetResult("ja-ner", text, _summary("ja-ner (Wikipedia)", numbers, [s.name for s in systems[1:]]),
                     {"sentences": len(texts), "systems": numbers})


def zh_weibo(opts: Options) -> SetResult:
    cases = spread(load_json(opts.path("zh-ner-weibo", "weibo_ner_cases.json")), opts.posts)
    texts = [c["text"] for c in cases]
    gold = [[tuple(s) for s in c["person_spans"]] for c in cases]
    systems = [System("piiscan", piiscan_tagger()), jieba_system()]
    rows, numbers = evaluate(texts, gold, systems)
    positives = sum(1 for g in gold if g)
    text = (f"{len(texts)} posts ({positives} with a named person, {sum(map(len, gold))} PER.NAM spans; "
            f"nicknames included)\n\n" + md_table(HEAD, rows))
    return SetResult("zh-weibo", text, _summary("zh-weibo", numbers, [systems[1].name]),
                     {"posts": len(texts), "systems": numbers})
