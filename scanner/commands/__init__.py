"""The ``piiscan`` command line: the root group; each family of commands lives in its own module.

``common`` maps piiscan errors to exit codes and declares what the commands share.
"""

from __future__ import annotations

import logging
import sys

import click

from scanner import __version__
from scanner.commands import check, demo, inventory, policy, recognizers, review, scan
from scanner.commands.common import interrupt_on_sigterm


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, package_name="piiscan")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (never shows detected values).")
def cli(verbose: int) -> None:
    """Find personal data in databases, logs and mail archives and check it against a privacy policy."""
    logging.basicConfig(level=logging.WARNING - 10 * min(verbose, 2), stream=sys.stderr,
                        format="piiscan: %(levelname)s %(message)s")
    interrupt_on_sigterm()


for _command in (scan.scan, check.check, demo.demo, policy.policy, recognizers.recognizers_group,
                 inventory.history, inventory.diff, inventory.export, review.review):
    cli.add_command(_command)


def main() -> None:  # pragma: no cover - console entry point
    """The ``piiscan`` console script and ``python -m scanner``."""
    cli(prog_name="piiscan")
