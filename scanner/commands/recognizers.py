"""``piiscan recognizers list``: the detectors with their entities and languages."""

from __future__ import annotations

import click


@click.group("recognizers")
def recognizers_group() -> None:
    """Inspect the detectors."""


@recognizers_group.command("list")
def recognizers_list() -> None:
    """List every recognizer with its entities and languages."""
    from recognizers import Detector
    for info in Detector(use_nlp=False).recognizer_info():
        click.echo(f"{info['name']:<32} {','.join(info['entities']):<28} {','.join(info['languages']):<10} "
                   f"{info.get('description', '')}")
