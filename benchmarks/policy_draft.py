"""How well `piiscan policy draft` reproduces hand-written policies: precision and recall of
(category, purpose) pairs.

Pair identity (scanner.policy_draft.compare): a drafted category is the hand-written category that
shares the most entities with it (ids and titles do not count); a drafted purpose is the hand-written
purpose whose ref names the section the drafted one was read from (ids do not count either). Precision:
drafted pairs the hand-written file has / drafted pairs. Recall: hand-written pairs drafted / hand-written
pairs. Every drafted pair is traced: the purpose's passage ref and quote are printed with it.

    python -m benchmarks.policy_draft            # every policy, one line each, and the totals per set
    python -m benchmarks.policy_draft --details  # with each drafted purpose, its quote and every difference

Sets: MiauMall (when its text is present) and Harbour & Pine, the texts the drafter was written on;
sample_data/policy_texts/roundN, written blind by someone who had not seen the drafter, each scored once
before the drafter was tuned on it (see that folder's README for the scores then).

The MiauMall text is a reference document outside the repository
(../shared/reference/miaumall-privacy-policy.txt, or PIISCAN_MIAUMALL_TEXT); it is skipped when absent.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from scanner.policy import load_policy
from scanner.policy_draft import draft_file
from scanner.policy_draft.compare import align, differences, precision_recall

ROOT = Path(__file__).resolve().parents[1]
MIAUMALL_TEXT = Path(os.environ.get("PIISCAN_MIAUMALL_TEXT", "/work/shared/reference/miaumall-privacy-policy.txt"))
ROUNDS = ROOT / "sample_data/policy_texts"


def cases() -> list[tuple[str, str, Path, Path]]:
    """(set, name, text, expected YAML) of every policy."""
    found = [("written on", "MiauMall", MIAUMALL_TEXT, ROOT / "sample_data/miaumall/policy.yaml"),
             ("written on", "Harbour & Pine", ROOT / "sample_data/harbourpine/privacy-notice.md",
              ROOT / "sample_data/harbourpine/policy.yaml")]
    for expected in sorted(ROUNDS.glob("*/*.policy.yaml")):
        stem = expected.name.removesuffix(".policy.yaml")
        texts = [t for t in expected.parent.glob(f"{stem}.*") if t != expected]
        found += [(expected.parent.name, stem, texts[0], expected)] if texts else []
    return found


def evaluate(name: str, text: Path, expected: Path, details: bool) -> tuple[int, int, int] | None:
    """Print one policy's P/R (and, with ``details``, its pairs and differences); (shared, drafted,
    hand-written) pairs, or None when its text is absent."""
    if not text.exists():
        print(f"  {name}: skipped ({text} is absent)")
        return None
    draft, base = draft_file(text), load_policy(expected)
    precision, recall = precision_recall(draft, base)
    a = align(draft, base)
    shared = len(a.text_pairs & a.yaml_pairs)
    print(f"  {name}: precision {precision:.2f}, recall {recall:.2f} ({shared} shared pairs, {len(a.text_pairs)} drafted, "
          f"{len(a.yaml_pairs)} hand-written; {sum(len(p.inferred) for p in draft.purposes.values())} drafted pairs "
          "inferred from a lead list)")
    if details:
        for pur in draft.purposes.values():
            if pur.categories:
                inferred = f" (inferred: {', '.join(pur.inferred)})" if pur.inferred else ""
                print(f"    {pur.id} [{'; '.join(pur.refs)}]: {', '.join(pur.categories)}{inferred}\n      \"{pur.quote}\"")
        for line in differences(draft, base):
            print(f"    differs: {line}")
    return shared, len(a.text_pairs), len(a.yaml_pairs)


def main() -> int:
    details = "--details" in sys.argv
    totals: dict[str, list[int]] = {}
    for group, name, text, expected in cases():
        if group not in totals:
            print(f"{group}:")
        counts = evaluate(name, text, expected, details)
        if counts:
            totals.setdefault(group, [0, 0, 0])
            totals[group] = [t + c for t, c in zip(totals[group], counts, strict=True)]
    print("\nmicro-averaged over each set's pairs:")
    for group, (shared, drafted, hand) in totals.items():
        print(f"  {group}: precision {shared / max(drafted, 1):.2f}, recall {shared / max(hand, 1):.2f} "
              f"({shared} of {drafted} drafted, {hand} hand-written)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
