"""Labelled value sets scored against stock Presidio: Presidio's own unit-test sentences, libphonenumber's
example numbers.

Presidio cases: only the entities piiscan also reports; in each case only the case's entity counts
(a case labels one entity), spans overlap-matched (``benchmarks.scoring.score_lines``). Cases whose test
asserts a count but no positions are left out. These are Presidio's own tests: stock Presidio is scored
on the cases it was written against.

Phone numbers: each example alone in a value with the context word ``phone`` (as a ``phone`` column
gives), in E.164 and in national format; found = a PHONE_NUMBER detection covers most of it.
"""

from __future__ import annotations

from collections import defaultdict

from benchmarks import accuracy, scoring
from benchmarks.realdata_common import (
    Options,
    SetResult,
    covers,
    load_json,
    md_table,
    piiscan,
    spread,
    stock,
    warm,
)
from benchmarks.scoring import Tally
from tests.corpus import Line, Span

SHARED = ("CREDIT_CARD", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "PERSON", "PHONE_NUMBER")


def _score(cases: list[dict], preds: list[list]) -> Tally:
    lines = [Line(c["text"], c["entity"], [Span(c["entity"], s, e) for s, e in c["expected_spans"]]) for c in cases]
    kept = [[p for p in pred if p[0] == c["entity"]] for c, pred in zip(cases, preds, strict=True)]
    return scoring.score_lines(lines, kept)


def presidio_tests(opts: Options) -> SetResult:
    every = load_json(opts.path("presidio-tests", "presidio_cases.json"))
    cases = [c for c in every if c["entity"] in SHARED and c["spans_complete"]]
    skipped = sum(1 for c in every if c["entity"] in SHARED and not c["spans_complete"])
    texts = [c["text"] for c in cases]
    ours = _score(cases, warm(piiscan())(texts, ()))
    theirs = _score(cases, warm(stock())(texts, ()))
    pos = sum(1 for c in cases if c["expected_spans"])
    text = (f"{len(cases)} cases of {len(SHARED)} shared entities ({pos} positive, {len(cases) - pos} negative; "
            f"{skipped} count-only cases left out)\n\n" + accuracy.table("per entity", ours, theirs))
    numbers = {"cases": len(cases), "piiscan": {e: ours.prf(e) for e in [*ours.entities(), None]},
               "stock": {e: theirs.prf(e) for e in [*theirs.entities(), None]}}
    numbers = {k: ({str(e): v for e, v in d.items()} if isinstance(d, dict) else d) for k, d in numbers.items()}
    summary = [("presidio-tests", f"{ours.prf()[2]:.3f}", f"{theirs.prf()[2]:.3f} (stock Presidio)", "micro F1")]
    return SetResult("presidio", text, summary, numbers)


def region_group(example: dict) -> str:
    cc = example["country_code"]
    if example["region"] == "001":
        return "non-geographic (001)"
    if cc in ("81", "86"):
        return {"81": "JP", "86": "CN"}[cc]
    if cc == "1":
        return "NANP (+1)"
    if cc[0] in "34":
        return "Europe (+3x/+4x)"
    return "rest of world"


GROUPS = ("JP", "CN", "NANP (+1)", "Europe (+3x/+4x)", "rest of world", "non-geographic (001)")


def phones(opts: Options) -> SetResult:
    examples = spread(load_json(opts.path("libphonenumber", "example_numbers.json")), opts.phones)
    forms = {"E.164": [x["e164"] for x in examples], "national": [x["national_with_prefix"] for x in examples]}
    found: dict[tuple[str, str, str], int] = defaultdict(int)     # (system, form, group) -> found
    totals: dict[str, int] = defaultdict(int)
    for x in examples:
        totals[region_group(x)] += 1
    for system, analyze in (("piiscan", warm(piiscan())), ("stock", warm(stock()))):
        for form, values in forms.items():
            preds = analyze(values, ("phone",))
            for x, value, pred in zip(examples, values, preds, strict=True):
                if covers(value, pred, "PHONE_NUMBER"):
                    found[(system, form, region_group(x))] += 1
    rows, numbers = [], {}
    for group in (*GROUPS, "all"):
        n = len(examples) if group == "all" else totals[group]
        if not n:
            continue
        cells = {}
        for system in ("piiscan", "stock"):
            for form in forms:
                hit = sum(v for (s, f, g), v in found.items() if s == system and f == form and group in (g, "all"))
                cells[(system, form)] = hit / n
        rows.append([group, n, cells[("piiscan", "E.164")], cells[("stock", "E.164")],
                     cells[("piiscan", "national")], cells[("stock", "national")]])
        numbers[group] = {f"{s} {f}": v for (s, f), v in cells.items()} | {"n": n}
    head = ["region group", "numbers", "piiscan E.164", "stock E.164", "piiscan national", "stock national"]
    text = (f"{len(examples)} example numbers (all types: fixed, mobile, toll-free, premium, VoIP ...), "
            f"context word 'phone'; recall\n\n" + md_table(head, rows))
    a = numbers["all"]
    summary = [("libphonenumber", f"{a['piiscan E.164']:.3f} / {a['piiscan national']:.3f}",
                f"{a['stock E.164']:.3f} / {a['stock national']:.3f} (stock Presidio)",
                "PHONE_NUMBER recall E.164 / national")]
    return SetResult("phones", text, summary, numbers)
