"""Accuracy of piiscan's Detector against stock Presidio on the generated corpus.

    python -m benchmarks.accuracy [--seed 0] [--lines 1500] [--per-kind 3] [--rows 40] [--no-stock] [--errors N]

Text lines are scored per span (same entity, overlapping offsets); columns per column
(see ``benchmarks.scoring`` for the column rule). Stock Presidio runs with its default
recognizers and the same spaCy model, its entity names mapped by
``recognizers.stock.STOCK_TO_PIISCAN``; entities it lacks count as recall 0.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

from benchmarks import scoring
from benchmarks.scoring import Pred, Tally
from tests import corpus

Analyzer = Callable[[Sequence[str], Sequence[str]], list[list[Pred]]]


def piiscan_analyzer(use_nlp: bool = True) -> Analyzer:
    """Batch analyzer backed by :class:`recognizers.Detector`."""
    from recognizers import Detector

    det = Detector(use_nlp=use_nlp)

    def run(texts: Sequence[str], context: Sequence[str]) -> list[list[Pred]]:
        return [[(d.entity, d.start, d.end) for d in ds] for ds in det.analyze_many(texts, context)]

    return run


def stock_analyzer() -> Analyzer:
    """Batch analyzer backed by stock Presidio, entity names mapped to piiscan's."""
    from recognizers.stock import stock_presidio_analyzer

    engine, mapping = stock_presidio_analyzer()

    def run(texts: Sequence[str], context: Sequence[str]) -> list[list[Pred]]:
        out = []
        for t in texts:
            res = engine.analyze(t, language="en", context=list(context) or None, score_threshold=0.5)
            out.append([(mapping[r.entity_type], r.start, r.end) for r in res if r.entity_type in mapping])
        return out

    return run


def evaluate(analyze: Analyzer, lines: list[corpus.Line], cols: list[corpus.Column]) -> tuple[Tally, Tally, float, list]:
    """(text tally, column tally, seconds per text line, per-line predictions)."""
    t0 = time.perf_counter()
    line_preds = analyze([ln.text for ln in lines], ())
    per_line = (time.perf_counter() - t0) / max(1, len(lines))
    text = scoring.score_lines(lines, line_preds)
    # the pipeline passes (column, table), most specific first
    col_preds = [scoring.column_entities(c.values, analyze(c.values, (c.name, c.table))) for c in cols]
    return text, scoring.score_columns(cols, col_preds), per_line, line_preds


def table(title: str, ours: Tally, stock: Tally | None) -> str:
    """Markdown table of P/R/F1 per entity and micro-averaged."""
    head = "| entity | P | R | F1 |" + (" stock P | stock R | stock F1 |" if stock else "")
    rows = [f"### {title}", "", head, "|" + "---|" * (head.count("|") - 1)]
    ents = sorted(set(ours.entities()) | (set(stock.entities()) if stock else set()))
    for ent in [*ents, None]:
        p, r, f = ours.prf(ent)
        row = f"| {ent or '**micro**'} | {p:.3f} | {r:.3f} | {f:.3f} |"
        if stock:
            sp, sr, sf = stock.prf(ent)
            row += f" {sp:.3f} | {sr:.3f} | {sf:.3f} |"
        rows.append(row)
    return "\n".join(rows)


def show_errors(lines: list[corpus.Line], preds: list[list[Pred]], limit: int) -> None:
    """Print lines where predictions and gold disagree (for tuning on the generated corpus only)."""
    shown = 0
    for ln, pred in zip(lines, preds, strict=True):
        gold = {(s.entity, s.start, s.end) for s in ln.spans}
        ok_pred = all(any(g[0] == p[0] and p[1] < g[2] and g[1] < p[2] for g in gold) for p in pred)
        ok_gold = all(any(g[0] == p[0] and p[1] < g[2] and g[1] < p[2] for p in pred) for g in gold)
        if not (ok_pred and ok_gold) and shown < limit:
            shown += 1
            print(ln.text)
            print("   gold:", [(e, ln.text[s:t]) for e, s, t in sorted(gold, key=lambda x: x[1])])
            print("   pred:", [(e, ln.text[s:t]) for e, s, t in pred])


def arguments(doc: str, lines: int) -> argparse.ArgumentParser:
    """The options of an accuracy run; ``--lines`` defaults to ``lines``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lines", type=int, default=lines)
    ap.add_argument("--per-kind", type=int, default=3)
    ap.add_argument("--rows", type=int, default=40)
    ap.add_argument("--no-stock", action="store_true")
    ap.add_argument("--no-nlp", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many mismatching texts")
    return ap


def compare(a: argparse.Namespace, lines: list[corpus.Line], cols: list[corpus.Column], heading: str,
            titles: tuple[str, str], unit: str) -> Analyzer:
    """Run piiscan (and stock Presidio unless ``--no-stock``) on ``lines`` and ``cols``; print ``heading``, the
    text and column tables (``titles``), the speed per ``unit`` and ``--errors`` mismatching texts.
    Returns piiscan's analyzer."""
    ours = piiscan_analyzer(not a.no_nlp)
    ours_text, ours_cols, ours_speed, preds = evaluate(ours, lines, cols)
    stock_text = stock_cols = None
    if not a.no_stock:
        stock_text, stock_cols, stock_speed, _ = evaluate(stock_analyzer(), lines, cols)
    print(heading)
    print(table(titles[0], ours_text, stock_text), "\n")
    print(table(titles[1], ours_cols, stock_cols), "\n")
    print(f"piiscan: {ours_speed * 1000:.3f} ms/{unit}"
          + ("" if a.no_stock else f"; stock Presidio: {stock_speed * 1000:.3f} ms/{unit}"))
    if a.errors:
        show_errors(lines, preds, a.errors)
    return ours


def main() -> None:
    """Generate the corpus, run both analyzers, print the tables."""
    a = arguments(__doc__, lines=1500).parse_args()
    lines, cols = corpus.lines(a.seed, a.lines), corpus.columns(a.seed, a.per_kind, a.rows)
    compare(a, lines, cols, f"corpus: seed={a.seed}, {len(lines)} lines, {sum(len(x.spans) for x in lines)} planted "
            f"spans, {len(cols)} columns x {a.rows} rows\n", ("Text lines (span level)", "Columns (column level)"), "line")


if __name__ == "__main__":
    main()
