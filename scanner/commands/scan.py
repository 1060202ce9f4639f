"""``piiscan scan``: scan every source of a config and write the reports."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import click

from scanner.commands.common import CONFIG, FAIL_ON, exit_codes, scan_options

if TYPE_CHECKING:
    from scanner.result import ScanResult
    from scanner.service import ScanOptions


def summary_line(run: ScanResult) -> str:
    """The one line ``scan`` and ``check`` end with: findings, undeclared, sources, where the reports are."""
    undeclared = run.tally.statuses["undeclared"]      # counted once for all reports
    failed = [s.name for s in run.sources if s.partial]
    if run.interrupted:
        failed.insert(0, "(interrupted)")
    text = (f"{len(run.findings)} findings ({undeclared} undeclared) in {len(run.sources)} sources; "
            f"reports in {run.meta.out_dir}")
    return text + (f"; NOT CLEAN: could not fully scan {', '.join(failed)}" if failed else "")


@click.command()
@CONFIG
@scan_options
@click.option("--fail-on", type=FAIL_ON, default="never", show_default=True,
              help="Exit 1 when findings of this kind exist.")
@click.option("--source", "sources", multiple=True, help="Scan only this source (repeatable).")
@click.option("--since-last", is_flag=True,
              help="Read log files on from where the last scan left them (known by content, across rotation and "
                   "compression); findings still describe every file. Needs inventory: in the config.")
@click.pass_context
def scan(ctx: click.Context, config, options: ScanOptions, fail_on, sources, since_last) -> None:
    """Scan every source in CONFIG and write the reports to --out."""
    from scanner.service import scan_path
    with exit_codes():
        run = scan_path(config, replace(options, sources=sources, since_last=since_last))
    click.echo(summary_line(run), err=True)
    ctx.exit(run.exit_code(fail_on))
