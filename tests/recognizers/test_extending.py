"""The README's "Extending" recognizer is real code: it loads, finds what it claims, and its entity is catalogued."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recognizers.base import PiiRecognizer, TextContext
from recognizers.entities import KNOWN

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def example() -> type[PiiRecognizer]:
    block = re.search(r"```python\n# recognizers/uk_postcode\.py\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block, "README's Extending section lost its recognizer example"
    namespace: dict = {"__name__": "uk_postcode"}
    exec(compile(block.group(1), "README.md", "exec"), namespace)    # noqa: S102 - our own README
    return namespace["UkPostcodeRecognizer"]


def test_the_example_finds_a_labelled_postcode_and_leaves_an_unlabelled_one(example):
    found = example().detect(TextContext.of("ship_to postcode: SW1A 1AA"))
    assert [(d.entity, d.start, d.end) for d in found] == [("POSTAL_ADDRESS", 18, 26)]
    assert example().detect(TextContext.of("order SW1A 1AA shipped")) == []


def test_the_example_reports_a_catalogued_entity(example):
    assert example.ENTITY in KNOWN
