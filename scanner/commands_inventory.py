"""The inventory commands: ``history``, ``diff``, ``review …`` and ``export fides``.

Thin click wrappers over ``scanner.inventory.ops``; ``scanner.cli`` registers them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from scanner import errors
from scanner.review import DECISIONS

CONFIG = click.argument("config", type=click.Path(exists=True, dir_okay=False, path_type=Path))


@contextmanager
def _inventory(config_path: Path) -> Iterator[tuple]:
    """Load the config, open its inventory, and map piiscan errors to exit codes."""
    from scanner.cli import _Exit
    from scanner.config import load_config
    from scanner.inventory.store import Inventory
    try:
        config = load_config(config_path)
        with Inventory.open(config) as inv:
            yield config, inv
    except errors.PiiscanError as err:
        raise _Exit(err) from None


@click.command()
@CONFIG
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show only the newest N scans.")
def history(config, limit):
    """List the scans of CONFIG with their finding counts (open = undeclared and not reviewed)."""
    from scanner.inventory.ops import scans_or_all
    from scanner.inventory.render import history_lines
    with _inventory(config) as (_, inv):
        click.echo("\n".join(history_lines(scans_or_all(inv, limit))))


@click.command()
@CONFIG
@click.argument("scan_a", type=int, required=False)
@click.argument("scan_b", type=int, required=False)
@click.option("--fail-on", type=click.Choice(["new-undeclared", "never"]), default="never", show_default=True,
              help="Exit 1 when undeclared findings appeared that nobody reviewed.")
@click.pass_context
def diff(ctx, config, scan_a, scan_b, fail_on):
    """Compare two scans of CONFIG (default: the last two full scans): new, resolved and changed findings."""
    from scanner.inventory.ops import diff as diff_scans
    from scanner.inventory.render import diff_lines
    with _inventory(config) as (_, inv):
        result = diff_scans(inv, scan_a, scan_b)
    click.echo("\n".join(diff_lines(result)))
    ctx.exit(1 if fail_on == "new-undeclared" and result.new_undeclared else 0)


@click.group()
def review() -> None:
    """Record review decisions on findings; they apply to every later scan."""


def _decision_command(decision: str) -> click.Command:
    @click.command(name=decision)
    @CONFIG
    @click.argument("finding")
    @click.option("--reason", required=True, help="Why (kept with the decision and shown in reports).")
    @click.option("--by", default=None, help="Who decides (default: $USER).")
    @click.option("--entity", default=None, help="Only findings of this entity (e.g. EMAIL_ADDRESS).")
    def command(config, finding, reason, by, entity):
        from scanner.inventory.ops import decide
        from scanner.inventory.render import decided_line
        with _inventory(config) as (cfg, inv):
            result = decide(inv, cfg, decision, finding, reason, by=by, entity=entity)
        for d, matches in result.made:
            click.echo(decided_line(d, matches, result.scan_id))

    command.help = (f"Mark FINDING as {decision}. FINDING is a fingerprint (or a unique prefix of it, 8 hex "
                    f"characters at least) from the last scan, or SOURCE:PATTERN over stable locations, e.g. "
                    f"'shop-db:users.*', that matches findings of the last scan.")
    return command


for _decision in DECISIONS:
    review.add_command(_decision_command(_decision))


@review.command("import")
@CONFIG
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--by", default=None, help="Who decided, for rows without a 'by' (default: $USER).")
def review_import(config, file, by):
    """Read decisions back from a filled-in review.xlsx or findings.csv."""
    from scanner.inventory.ops import import_decisions
    with _inventory(config) as (_, inv):
        result = import_decisions(inv, file, by=by)
    click.echo(f"imported {result.added} decisions ({result.unchanged} already in force)")


@review.command("list")
@CONFIG
@click.option("--all", "everything", is_flag=True, help="Include revoked and superseded decisions.")
def review_list(config, everything):
    """List the review decisions in force, with ids and how many findings of the last scan each matches."""
    from scanner.inventory.ops import list_decisions
    from scanner.inventory.render import decision_lines
    with _inventory(config) as (_, inv):
        listing = list_decisions(inv)
    click.echo("\n".join(decision_lines(listing.scan_id, listing.standings, everything=everything)))


def _decision_id(text: str) -> int:
    """``12`` or ``#12``; a usage error otherwise."""
    try:
        return int(text.removeprefix("#"))
    except ValueError:
        raise errors.UsageError(f"{text!r} is not a decision id (piiscan review list shows them)") from None


@review.command("revoke")
@CONFIG
@click.argument("decision_id")
@click.option("--reason", required=True, help="Why (kept with the decision for the audit trail).")
@click.option("--by", default=None, help="Who revokes (default: $USER).")
def review_revoke(config, decision_id, reason, by):
    """Revoke decision DECISION_ID: it is kept for the audit trail and no longer applies to later scans."""
    from scanner.inventory.ops import revoke
    from scanner.inventory.render import revoked_line
    with _inventory(config) as (_, inv):
        result = revoke(inv, _decision_id(decision_id), reason, by=by)
    click.echo(revoked_line(result.decision, result.scan_id, result.matched, result.still_decided))


@click.group()
def export() -> None:
    """Export the inventory to other tools."""


@export.command("fides")
@CONFIG
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the dataset YAML here (default: stdout).")
def export_fides(config, out):
    """Write the last scan of CONFIG as a Fides dataset (fideslang data categories from the policy)."""
    from scanner.inventory import fides
    from scanner.inventory.ops import last_scan
    with _inventory(config) as (cfg, inv):
        scan_id = last_scan(inv)
        kinds = {s.name: s.kind for s in inv.sources(scan_id)}
        text = fides.render(fides.dataset(inv.findings(scan_id), cfg.policy, scan_id, kinds))
    if out:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(text, nl=False)


def register(group: click.Group) -> None:
    """Add the inventory commands to the ``piiscan`` group."""
    for command in (history, diff, review, export):
        group.add_command(command)
