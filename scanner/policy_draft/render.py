"""A draft as policy YAML (the format of ``scanner.policy``), with the reviewer's notes as comments."""

from __future__ import annotations

import json

from scanner.policy_draft.draft import Draft


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def to_yaml(draft: Draft) -> str:
    """The draft as a policy file that ``piiscan policy validate`` accepts."""
    lines = ["# Drafted by `piiscan policy draft` from the policy text: review every line before use.",
             "# Each category and purpose quotes the sentence it was read from; ref is the section."]
    lines += ["#", "# For the reviewer:"] + [f"#   - {note}" for note in draft.notes] if draft.notes else []
    lines += ["version: 1", f"name: {_q(draft.name)}"]
    if draft.source:
        lines.append(f"source: {_q(draft.source)}")
    lines += ["", "categories:" + ("" if draft.categories else " {}")]
    for cat in draft.categories.values():
        lines += [f"  {cat.id}:", f"    title: {_q(cat.title)}", f"    entities: [{', '.join(cat.entities)}]",
                  f"    ref: {_q('; '.join(cat.refs))}", f"    fides: {cat.fides}", f"    quote: {_q(cat.quote)}"]
    lines += ["", "purposes:" + ("" if draft.purposes else " {}")]
    for pur in draft.purposes.values():
        lines += [f"  {pur.id}:", f"    title: {_q(pur.title)}", f"    ref: {_q('; '.join(pur.refs))}"]
        if pur.inferred:
            lines.append(f"    # inferred from a lead list, not stated in this passage: {', '.join(pur.inferred)}")
        lines.append(f"    categories: [{', '.join(pur.categories)}]")
        if pur.quote:
            lines.append(f"    quote: {_q(pur.quote)}")
    return "\n".join(lines) + "\n"
