"""``piiscan check``: the pre-release gate over a config's sql sources."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from scanner.commands.common import CONFIG, FAIL_ON, exit_codes, scan_options
from scanner.commands.scan import summary_line

if TYPE_CHECKING:
    from scanner.service import ScanOptions


@click.command()
@CONFIG
@scan_options
@click.option("--fail-on", type=FAIL_ON, default="undeclared", show_default=True)
@click.option("--table", "tables", multiple=True, help="Check only this table (repeatable; glob allowed).")
@click.option("--since-last", is_flag=True, help="Check only tables and columns new or changed since the baseline.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Baseline file (default: piiscan-baseline.json beside CONFIG; a file named here must exist).")
@click.option("--update-baseline", is_flag=True,
              help="Record the schema, declared purposes and policy when the check passes.")
@click.option("--source", "sources", multiple=True, help="Check only this sql source (repeatable).")
@click.pass_context
def check(ctx: click.Context, config, options: ScanOptions, fail_on, tables, since_last, baseline, update_baseline,
          sources) -> None:
    """Pre-release gate: scan new or named tables and fail on undeclared personal data."""
    from scanner.check import run_check, summary_lines
    with exit_codes():
        run = run_check(config, replace(options, sources=sources), tables=tables, since_last=since_last,
                        baseline=baseline, update_baseline=update_baseline, fail_on=fail_on)
    for line in summary_lines(run):
        click.echo(line, err=True)
    click.echo(summary_line(run.result), err=True)
    ctx.exit(run.result.exit_code(fail_on))
