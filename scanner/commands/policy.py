"""``piiscan policy validate|show``: check a policy file or print what it declares."""

from __future__ import annotations

from pathlib import Path

import click

from scanner.commands.common import exit_codes

POLICY = click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))


@click.group()
def policy() -> None:
    """Validate or show a policy file."""


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
