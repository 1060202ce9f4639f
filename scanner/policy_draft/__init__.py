"""Draft the policy YAML from the privacy-policy text, every category and purpose traced to a sentence.

sections (text -> numbered sections) -> lexicon (data terms) + purposes (purpose wording, sharing,
negation) -> draft (assembly) -> render (YAML) / compare (against a codified policy).
"""

from __future__ import annotations

from pathlib import Path

from scanner.errors import PolicyError
from scanner.policy_draft.draft import Draft, draft_policy


def draft_file(path: Path) -> Draft:
    """The draft of the policy text in ``path``; a file that is not text, or names no personal data, is an error."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise PolicyError(f"cannot read the policy text: {err}", file=str(path)) from None
    draft = draft_policy(text, source=path.name)
    if not draft.categories:
        raise PolicyError("the text names no personal data the lexicon knows: is it a privacy policy?", file=str(path))
    return draft
