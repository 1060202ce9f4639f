"""Accuracy of piiscan's Detector against stock Presidio on the held-out corpus (``benchmarks.heldout``).

    python -m benchmarks.accuracy_heldout [--seed 0] [--lines 1200] [--per-kind 3] [--rows 40] [--no-stock]
                                          [--errors N] [--col-errors] [--family NAME]

Same scoring as ``benchmarks.accuracy`` (span level for texts, column level for columns),
same stock Presidio set-up. The held-out corpus was written without looking at the
recognizers' tuning corpus; use ``--errors`` to see what is missed or over-reported, but fix
recognizers generally, never per template.
"""

from __future__ import annotations

from benchmarks import heldout, scoring
from benchmarks.accuracy import arguments, compare


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
    ap = arguments(__doc__, lines=1200)
    ap.add_argument("--col-errors", action="store_true", help="print mismatching columns")
    ap.add_argument("--family", default="", help="only texts of this family (see heldout.FAMILIES)")
    a = ap.parse_args()
    lines = heldout.lines(a.seed, a.lines)
    if a.family:
        lines = [ln for ln in lines if ln.family == a.family]
    cols = heldout.columns(a.seed, a.per_kind, a.rows)
    heading = (f"held-out corpus: seed={a.seed}, {len(lines)} texts, {sum(len(x.spans) for x in lines)} planted spans, "
               f"{len(cols)} columns x {a.rows} rows ({sum(1 for c in cols if c.entity is None)} look-alike columns)\n")
    ours = compare(a, lines, cols, heading, ("Held-out text (span level)", "Held-out columns (column level)"), "text")
    if a.col_errors:
        column_errors(ours, cols)


if __name__ == "__main__":
    main()
