"""``piiscan review accept|suppress|false-positive|list|revoke|import``: review decisions on findings,
thin click wrappers over ``scanner.inventory.ops``.
"""

from __future__ import annotations

from pathlib import Path

import click

from scanner import errors
from scanner.commands.common import CONFIG
from scanner.commands.inventory import open_inventory
from scanner.review import DECISIONS


@click.group()
def review() -> None:
    """Record review decisions on findings; they apply to every later scan."""


def _decision_command(decision: str) -> click.Command:
    """``review DECISION CONFIG FINDING``: record one decision kind."""
    @click.command(name=decision)
    @CONFIG
    @click.argument("finding")
    @click.option("--reason", required=True, help="Why (kept with the decision and shown in reports).")
    @click.option("--by", default=None, help="Who decides (default: $USER).")
    @click.option("--entity", default=None, help="Only findings of this entity (e.g. EMAIL_ADDRESS).")
    def command(config: Path, finding: str, reason: str, by: str | None, entity: str | None) -> None:
        from scanner.inventory.ops import decide
        from scanner.inventory.render import decided_line
        with open_inventory(config) as (cfg, inv):
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
def review_import(config: Path, file: Path, by: str | None) -> None:
    """Read decisions back from a filled-in review.xlsx or findings.csv."""
    from scanner.inventory.ops import import_decisions
    with open_inventory(config) as (_, inv):
        result = import_decisions(inv, file, by=by)
    click.echo(f"imported {result.added} decisions ({result.unchanged} already in force)")


@review.command("list")
@CONFIG
@click.option("--all", "everything", is_flag=True, help="Include revoked and superseded decisions.")
def review_list(config: Path, everything: bool) -> None:
    """List the review decisions in force, with ids and how many findings of the last scan each matches."""
    from scanner.inventory.ops import list_decisions
    from scanner.inventory.render import decision_lines
    with open_inventory(config) as (_, inv):
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
def review_revoke(config: Path, decision_id: str, reason: str, by: str | None) -> None:
    """Revoke decision DECISION_ID: it is kept for the audit trail and no longer applies to later scans."""
    from scanner.inventory.ops import revoke
    from scanner.inventory.render import revoked_line
    with open_inventory(config) as (_, inv):
        result = revoke(inv, _decision_id(decision_id), reason, by=by)
    click.echo(revoked_line(result.decision, result.scan_id, result.matched, result.still_decided))
