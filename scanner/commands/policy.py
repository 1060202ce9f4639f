"""``piiscan policy validate|show|draft``: check a policy file, print what it declares, or draft one from
the privacy-policy text."""

from __future__ import annotations

from pathlib import Path

import click

from scanner.commands.common import exit_codes

POLICY = click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))


@click.group()
def policy() -> None:
    """Validate, show or draft a policy file."""


@policy.command("validate")
@POLICY
def policy_validate(path: Path) -> None:
    """Check POLICY; exit 2 with file, key and line on the first error."""
    from scanner.policy import load_policy
    from scanner.policy_text import validated_line
    with exit_codes():
        pol = load_policy(path)
    click.echo(validated_line(path, pol))


@policy.command("show")
@POLICY
def policy_show(path: Path) -> None:
    """Print the purposes of POLICY and the categories each declares."""
    from scanner.policy import load_policy
    from scanner.policy_text import render
    with exit_codes():
        pol = load_policy(path)
    click.echo(render(pol))


@policy.command("draft")
@click.argument("text", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the draft here instead of printing it.")
@click.option("--base", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Compare with this policy YAML instead: exit 1 when the text and the YAML differ.")
def policy_draft(text: Path, out: Path | None, base: Path | None) -> None:
    """Draft the policy YAML from the privacy-policy TEXT (plain, Markdown or HTML), each line quoting its
    sentence; with --base, list how the text and an existing policy differ (exit 1 when they do)."""
    from scanner.policy import load_policy
    from scanner.policy_draft import draft_file
    from scanner.policy_draft.compare import differences
    from scanner.policy_draft.render import to_yaml
    with exit_codes():
        draft = draft_file(text)
        found = differences(draft, load_policy(base)) if base is not None else None
    if found is not None:
        click.echo("\n".join(found) if found else f"{text} and {base} agree")
        raise SystemExit(1 if found else 0)
    if out is None:
        click.echo(to_yaml(draft), nl=False)
        return
    out.write_text(to_yaml(draft), encoding="utf-8")
    click.echo(f"{out}: draft with {len(draft.categories)} categories, {len(draft.purposes)} purposes, "
               f"{len(draft.notes)} notes for the reviewer")
