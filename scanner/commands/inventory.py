"""The inventory commands ``history``, ``diff`` and ``export fides``: thin click wrappers over
``scanner.inventory.ops``. Review decisions are in ``scanner.commands.review``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from scanner.commands.common import CONFIG, exit_codes

if TYPE_CHECKING:
    from scanner.config import ScanConfig
    from scanner.inventory.store import Inventory


@contextmanager
def open_inventory(config_path: Path) -> Iterator[tuple[ScanConfig, Inventory]]:
    """Load the config and open its inventory; piiscan errors inside end the command with their exit code."""
    from scanner.config import load_config
    from scanner.inventory.store import Inventory
    with exit_codes():
        config = load_config(config_path)
        with Inventory.open(config) as inv:
            yield config, inv


@click.command()
@CONFIG
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show only the newest N scans.")
def history(config: Path, limit: int | None) -> None:
    """List the scans of CONFIG with their finding counts (open = undeclared and not reviewed)."""
    from scanner.inventory.ops import scans_or_all
    from scanner.inventory.render import history_lines
    with open_inventory(config) as (_, inv):
        click.echo("\n".join(history_lines(scans_or_all(inv, limit))))


@click.command()
@CONFIG
@click.argument("scan_a", type=int, required=False)
@click.argument("scan_b", type=int, required=False)
@click.option("--fail-on", type=click.Choice(["new-undeclared", "never"]), default="never", show_default=True,
              help="Exit 1 when undeclared findings appeared that nobody reviewed.")
@click.pass_context
def diff(ctx: click.Context, config: Path, scan_a: int | None, scan_b: int | None, fail_on: str) -> None:
    """Compare two scans of CONFIG (default: the last two full scans): new, resolved and changed findings."""
    from scanner.inventory.ops import diff as diff_scans
    from scanner.inventory.render import diff_lines
    with open_inventory(config) as (_, inv):
        result = diff_scans(inv, scan_a, scan_b)
    click.echo("\n".join(diff_lines(result)))
    ctx.exit(1 if fail_on == "new-undeclared" and result.new_undeclared else 0)


@click.group()
def export() -> None:
    """Export the inventory to other tools."""


@export.command("fides")
@CONFIG
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the dataset YAML here (default: stdout).")
def export_fides(config: Path, out: Path | None) -> None:
    """Write the last scan of CONFIG as a Fides dataset (fideslang data categories from the policy)."""
    from scanner.inventory import fides
    from scanner.inventory.ops import last_scan
    with open_inventory(config) as (cfg, inv):
        scan_id = last_scan(inv)
        kinds = {s.name: s.kind for s in inv.sources(scan_id)}
        text = fides.render(fides.dataset(inv.findings(scan_id), cfg.policy, scan_id, kinds))
    if out:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(text, nl=False)
