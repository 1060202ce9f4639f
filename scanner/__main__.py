"""``python -m scanner``: the ``piiscan`` command line of this interpreter's scanner package."""

from scanner.cli import cli

cli(prog_name="piiscan")
