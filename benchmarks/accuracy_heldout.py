"""Accuracy of piiscan's Detector against stock Presidio on the held-out corpus (``benchmarks.heldout``).

    python -m benchmarks.accuracy_heldout [--seed 0] [--lines 1200] [--per-kind 3] [--rows 40] [--no-stock]
                                          [--errors N] [--col-errors] [--family NAME]

Same scoring as ``benchmarks.accuracy`` (span level for texts, column level for columns),
same stock Presidio set-up. The held-out corpus was written without looking at the
recognizers' tuning corpus; use ``--errors`` to see what is missed or over-reported, but fix
recognizers generally, never per template.
"""

from __future__ import annotations

import argparse

from benchmarks import heldout, scoring
from benchmarks.accuracy import evaluate, piiscan_analyzer, show_errors, stock_analyzer, table


def column_errors(analyze, cols: list[heldout.Column]) -> None:
    """Print columns whose predicted entity set differs from the planted one."""
    for c in cols:
        got = scoring.column_entities(c.values, analyze(c.values, (c.name, c.table)))
        want = {c.entity} if c.entity else set()
        if got != want:
            sample = [v for v in c.values if v][:3]
            print(f"  {c.table}.{c.name}: want {sorted(want)} got {sorted(got)}  e.g. {sample}")


def main() -> None:
    """Generate the held-out corpus, run both analyzers, print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lines", type=int, default=1200)
    ap.add_argument("--per-kind", type=int, default=3)
    ap.add_argument("--rows", type=int, default=40)
    ap.add_argument("--no-stock", action="store_true")
    ap.add_argument("--no-nlp", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many mismatching texts")
    ap.add_argument("--col-errors", action="store_true", help="print mismatching columns")
    ap.add_argument("--family", default="", help="only texts of this family (see heldout.FAMILIES)")
    a = ap.parse_args()
    lines = heldout.lines(a.seed, a.lines)
    if a.family:
        lines = [ln for ln in lines if ln.family == a.family]
    cols = heldout.columns(a.seed, a.per_kind, a.rows)
    ours = piiscan_analyzer(not a.no_nlp)
    ours_text, ours_cols, ours_speed, preds = evaluate(ours, lines, cols)
    stock_text = stock_cols = None
    if not a.no_stock:
        stock_text, stock_cols, stock_speed, _ = evaluate(stock_analyzer(), lines, cols)
    print(f"held-out corpus: seed={a.seed}, {len(lines)} texts, {sum(len(x.spans) for x in lines)} planted spans, "
          f"{len(cols)} columns x {a.rows} rows ({sum(1 for c in cols if c.entity is None)} look-alike columns)\n")
    print(table("Held-out text (span level)", ours_text, stock_text), "\n")
    print(table("Held-out columns (column level)", ours_cols, stock_cols), "\n")
    print(f"piiscan: {ours_speed * 1000:.3f} ms/text" + ("" if a.no_stock else f"; stock Presidio: {stock_speed * 1000:.3f} ms/text"))
    if a.errors:
        show_errors(lines, preds, a.errors)
    if a.col_errors:
        column_errors(ours, cols)


if __name__ == "__main__":
    main()
