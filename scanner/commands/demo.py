"""``piiscan demo``: build the MiauMall sample estate and scan it."""

from __future__ import annotations

from pathlib import Path

import click

from scanner.commands.common import exit_codes


@click.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("piiscan-demo"),
              show_default=True, help="Folder for the sample estate and the reports.")
@click.option("--workers", type=click.IntRange(min=1), default=None)
def demo(out: Path, workers: int | None) -> None:
    """Build the MiauMall sample estate, scan it, and show where the report is."""
    from scanner.demo import run_demo
    with exit_codes():
        run_demo(out, workers=workers)
