"""POSTAL_ADDRESS recall on real Japanese (geolonia) and Chinese (cpca) addresses, one a line.

A line is found when POSTAL_ADDRESS detections cover most of it (``benchmarks.scoring.COVERAGE`` of
its non-blank characters). piiscan reads every line; the alternatives (stock Presidio, whose LOCATION
counts as an address; GiNZA's address and place entities for Japanese) read an evenly spaced sample,
and piiscan is also reported on that sample.
"""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.accuracy import Analyzer
from benchmarks.realdata_common import (
    Options,
    SetResult,
    covers,
    md_table,
    piiscan,
    rate,
    read_lines,
    spread,
    stock,
    timed,
    warm,
)
from benchmarks.scoring import Pred

GINZA_PLACES = ("Postal_Address", "Address_Other", "Province", "City", "County", "GPE_Other", "Country",
                "Domestic_Region")


def ginza_places() -> Analyzer | None:
    """``texts -> preds`` from GiNZA's address/place entities (as POSTAL_ADDRESS), or None."""
    try:
        import spacy
        nlp = spacy.load("ja_ginza")
    except (ImportError, OSError):
        return None

    def run(texts: Sequence[str], _context: Sequence[str]) -> list[list[Pred]]:
        return [[("POSTAL_ADDRESS", e.start_char, e.end_char) for e in doc.ents if e.label_ in GINZA_PLACES]
                for doc in nlp.pipe(texts, batch_size=64)]

    return run


def recall(analyze, lines: Sequence[str]) -> tuple[int, float]:
    preds, seconds = timed(lambda: analyze(lines, ()))
    return sum(1 for line, pred in zip(lines, preds, strict=True) if covers(line, pred, "POSTAL_ADDRESS")), seconds


def addresses(opts: Options) -> SetResult:
    rows, numbers, summary = [], {}, []
    files = (("ja", "ja-addresses-geolonia", "list.txt"), ("zh", "zh-addresses-cpca", "addresses.txt"))
    ours = warm(piiscan())
    for lang, folder, name in files:
        lines = read_lines(opts.path(folder, name))
        sample = spread(lines, opts.alt_sample)
        found_all, sec_all = recall(ours, lines)
        found_s, _ = recall(ours, sample)
        systems = [("stock Presidio (LOCATION)", warm(stock()))]
        if lang == "ja":
            ginza = ginza_places()
            systems.append(("GiNZA address/place NER", ginza) if ginza else ("GiNZA", None))
        numbers[folder] = {"lines": len(lines), "sample": len(sample), "piiscan_all": found_all / len(lines),
                           "piiscan_sample": found_s / len(sample)}
        rows.append([folder, "piiscan", f"{found_all}/{len(lines)}", found_all / len(lines), found_s / len(sample),
                     rate(len(lines), sec_all)])
        best = None
        for label, alt in systems:
            if alt is None:
                rows.append([folder, label, "not installed", "", "", ""])
                continue
            found, sec = recall(alt, sample)
            rows.append([folder, label, "", "", found / len(sample), rate(len(sample), sec)])
            numbers[folder][label] = found / len(sample)
            if best is None or found / len(sample) > best[1]:
                best = (label, found / len(sample))
        alt_text = f"{best[1]:.3f} ({best[0]}, sample)" if best else "-"
        summary.append((f"{folder}", f"{found_all / len(lines):.3f} (sample {found_s / len(sample):.3f})", alt_text,
                        "POSTAL_ADDRESS line recall"))
    head = ["file", "system", "found (all lines)", "recall all", f"recall sample (n={opts.alt_sample or 'all'})",
            "lines/s"]
    return SetResult("addresses", md_table(head, rows), summary, numbers)
