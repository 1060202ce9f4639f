"""The ``piiscan`` command line: parse arguments, call the engine, map errors to exit codes.

Exit codes: 0 finished and the gate passed; 1 the ``--fail-on`` gate failed; 2 usage, config
or policy error; 3 one or more sources (or parts of them) could not be scanned (3 wins over 1).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from pathlib import Path

import click

from scanner import __version__, errors
from scanner.commands_inventory import register as register_inventory_commands

FAIL_ON = click.Choice(["undeclared", "any", "never"])


class _Exit(click.ClickException):
    """A PiiscanError shown as ``Error: …`` with its own exit code."""

    def __init__(self, err: errors.PiiscanError):
        super().__init__(str(err))
        self.exit_code = err.exit_code


def _terminate_as_interrupt(signum, frame) -> None:
    """SIGTERM ends a scan like Ctrl-C: the reports are written, marked incomplete."""
    raise KeyboardInterrupt


def _summary(run) -> str:
    undeclared = run.tally.statuses["undeclared"]      # counted once for all reports
    failed = [s.name for s in run.sources if s.partial]
    if run.interrupted:
        failed.insert(0, "(interrupted)")
    text = (f"{len(run.findings)} findings ({undeclared} undeclared) in {len(run.sources)} sources; "
            f"reports in {run.meta.out_dir}")
    return text + (f"; NOT CLEAN: could not fully scan {', '.join(failed)}" if failed else "")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, package_name="piiscan")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (never shows detected values).")
def cli(verbose: int) -> None:
    """Find personal data in databases, logs and mail archives and check it against a privacy policy."""
    logging.basicConfig(level=logging.WARNING - 10 * min(verbose, 2), stream=sys.stderr,
                        format="piiscan: %(levelname)s %(message)s")
    with contextlib.suppress(ValueError):      # only the main thread may set handlers
        signal.signal(signal.SIGTERM, _terminate_as_interrupt)


def scan_options(fn):
    """The options ``scan`` and ``check`` share."""
    decorators = [
        click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("piiscan-out"),
                     show_default=True, help="Folder for the reports."),
        click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="Worker processes (default: every core)."),
        click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True),
        click.option("--scheduler", default=None, help="Dask scheduler address, tcp://HOST:PORT."),
        click.option("--no-nlp", is_flag=True, help="Skip spaCy NER (no PERSON from free text); faster."),
        click.option("--no-progress", is_flag=True,
                     help="No live progress (it is off anyway when stderr is not a terminal or $CI is set)."),
        click.option("--occurrences", is_flag=True,
                     help="Also write occurrences.jsonl: every occurrence at its log line or message, no values."),
    ]
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def _options(out, workers, executor, scheduler, no_nlp, no_progress, occurrences, sources=()):
    from scanner.service import ScanOptions
    progress = not no_progress and sys.stderr.isatty() and not os.environ.get("CI")
    return ScanOptions(out_dir=out, workers=workers, executor=executor, scheduler=scheduler,
                       sources=tuple(sources), use_nlp=not no_nlp, progress=progress, occurrences=occurrences)


@cli.command()
@click.argument("config", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@scan_options
@click.option("--fail-on", type=FAIL_ON, default="never", show_default=True,
              help="Exit 1 when findings of this kind exist.")
@click.option("--source", "sources", multiple=True, help="Scan only this source (repeatable).")
@click.option("--since-last", is_flag=True,
              help="Read log files on from where the last scan left them (known by content, across rotation and "
                   "compression); findings still describe every file. Needs inventory: in the config.")
@click.pass_context
def scan(ctx, config, out, workers, executor, scheduler, no_nlp, no_progress, occurrences, fail_on, sources, since_last):
    """Scan every source in CONFIG and write the reports to --out."""
    from dataclasses import replace

    from scanner.service import scan_path
    try:
        options = _options(out, workers, executor, scheduler, no_nlp, no_progress, occurrences, sources)
        run = scan_path(config, replace(options, since_last=since_last))
    except errors.PiiscanError as err:
        raise _Exit(err) from None
    click.echo(_summary(run), err=True)
    ctx.exit(run.exit_code(fail_on))


@cli.command()
@click.argument("config", type=click.Path(exists=True, dir_okay=False, path_type=Path))
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
def check(ctx, config, out, workers, executor, scheduler, no_nlp, no_progress, occurrences, fail_on, tables,
          since_last, baseline, update_baseline, sources):
    """Pre-release gate: scan new or named tables and fail on undeclared personal data."""
    from scanner.check import run_check, summary_lines
    try:
        run = run_check(config, _options(out, workers, executor, scheduler, no_nlp, no_progress, occurrences, sources),
                        tables=tables,
                        since_last=since_last, baseline=baseline, update_baseline=update_baseline, fail_on=fail_on)
    except errors.PiiscanError as err:
        raise _Exit(err) from None
    for line in summary_lines(run):
        click.echo(line, err=True)
    click.echo(_summary(run.result), err=True)
    ctx.exit(run.result.exit_code(fail_on))


@cli.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("piiscan-demo"),
              show_default=True, help="Folder for the sample estate and the reports.")
@click.option("--workers", type=click.IntRange(min=1), default=None)
@click.pass_context
def demo(ctx, out, workers):
    """Build the MiauMall sample estate, scan it, and show where the report is."""
    from scanner.demo import run_demo
    try:
        run_demo(out, workers=workers)
    except errors.PiiscanError as err:
        raise _Exit(err) from None


@cli.group()
def policy() -> None:
    """Validate or show a policy file."""


@policy.command("validate")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def policy_validate(path):
    """Check POLICY; exit 2 with file, key and line on the first error."""
    from scanner.policy import load_policy
    try:
        pol = load_policy(path)
    except errors.PiiscanError as err:
        raise _Exit(err) from None
    click.echo(f"{path}: ok ({len(pol.categories)} categories, {len(pol.purposes)} purposes, "
               f"{len(pol.entities)} entities)")


@policy.command("show")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def policy_show(path):
    """Print the purposes of POLICY and the categories each declares."""
    from scanner.policy import load_policy
    try:
        pol = load_policy(path)
    except errors.PiiscanError as err:
        raise _Exit(err) from None
    click.echo(f"{pol.name} (version {pol.version})\n\nCategories:")
    for cat in pol.categories.values():
        click.echo(f"  {cat.id:<16} [{cat.ref}] {cat.title}: {', '.join(cat.entities)}")
    click.echo("\nPurposes:")
    for pur in pol.purposes.values():
        click.echo(f"  {pur.id:<18} [{pur.ref}] {pur.title}: {', '.join(pur.categories)}")
    orphan = [c for c in pol.categories if not any(c in p.categories for p in pol.purposes.values())]
    if orphan:
        click.echo(f"\nCategories no purpose declares (always undeclared): {', '.join(orphan)}")


@cli.group("recognizers")
def recognizers_group() -> None:
    """Inspect the detectors."""


@recognizers_group.command("list")
def recognizers_list():
    """List every recognizer with its entities and languages."""
    from recognizers import Detector
    for info in Detector(use_nlp=False).recognizer_info():
        click.echo(f"{info['name']:<32} {','.join(info['entities']):<28} {','.join(info['languages']):<10} "
                   f"{info.get('description', '')}")


register_inventory_commands(cli)


def main() -> None:  # pragma: no cover - console entry point
    cli()
