"""How well `piiscan policy draft` reproduces hand-written policies: precision and recall of
(category, purpose) pairs.

Pair identity (scanner.policy_draft.compare): a drafted category is the hand-written category that
shares the most entities with it (ids and titles do not count); a drafted purpose is the hand-written
purpose whose ref names the section the drafted one was read from (ids do not count either). Precision:
drafted pairs the hand-written file has / drafted pairs. Recall: hand-written pairs drafted / hand-written
pairs. Every drafted pair is traced: the purpose's passage ref and quote are printed with it.

    python -m benchmarks.policy_draft            # MiauMall (when its text is present) and Harbour & Pine

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
CASES = (
    ("MiauMall", MIAUMALL_TEXT, ROOT / "sample_data/miaumall/policy.yaml"),
    ("Harbour & Pine", ROOT / "sample_data/harbourpine/privacy-notice.md", ROOT / "sample_data/harbourpine/policy.yaml"),
)


def evaluate(name: str, text: Path, expected: Path) -> tuple[float, float] | None:
    """Print the pairs, the differences and P/R of one policy; None when its text is absent."""
    if not text.exists():
        print(f"{name}: skipped ({text} is absent)\n")
        return None
    draft, base = draft_file(text), load_policy(expected)
    precision, recall = precision_recall(draft, base)
    a = align(draft, base)
    print(f"{name}: precision {precision:.2f}, recall {recall:.2f} "
          f"({len(a.text_pairs & a.yaml_pairs)} shared pairs, {len(a.text_pairs)} drafted, {len(a.yaml_pairs)} hand-written; "
          f"{sum(len(p.inferred) for p in draft.purposes.values())} drafted pairs inferred from a lead list)")
    for pur in draft.purposes.values():
        if pur.categories:
            inferred = f" (inferred: {', '.join(pur.inferred)})" if pur.inferred else ""
            print(f"  {pur.id} [{'; '.join(pur.refs)}]: {', '.join(pur.categories)}{inferred}\n    \"{pur.quote}\"")
    for line in differences(draft, base):
        print(f"  differs: {line}")
    print()
    return precision, recall


def main() -> int:
    results = [r for case in CASES if (r := evaluate(*case)) is not None]
    return 0 if all(p >= 0.9 and r >= 0.9 for p, r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
