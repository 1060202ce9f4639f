"""Spreadsheet-safe text cells for findings.csv and review.xlsx, and their exact reading back.

A spreadsheet evaluates a cell whose text starts with a formula character (OWASP "CSV Injection":
``=``, ``+``, ``-``, ``@``, tab, CR; OWASP ASVS 1.2.10 adds NUL). Also treated as formulas here, because
escaping costs nothing and is reversible: a leading LF, the full-width ``＝ ＋ － ＠`` (Excel's East Asian
input turns them into formula characters) and any of these after leading whitespace (LibreOffice's
"trim spaces" CSV import, Excel on some inputs). Such a cell gets a leading ``'``, which shows it as text.

To keep the escape reversible, a text that already starts with quotes followed by a formula character
gets one more quote; :func:`restore` drops exactly one quote from such a text and leaves others alone.
"""

from __future__ import annotations

from collections.abc import Mapping

QUOTE = "'"
TRIGGERS = frozenset("=+-@\t\r\n\0＝＋－＠")


def _formula_like(text: str) -> bool:
    """True when a spreadsheet could read ``text`` (its leading quotes removed) as a formula."""
    text = text.lstrip(QUOTE)
    return text[:1] in TRIGGERS or text.lstrip()[:1] in TRIGGERS


def neutralise(value: str) -> str:
    """The cell text for ``value``: one more leading quote when a spreadsheet could run it as a formula."""
    return QUOTE + value if _formula_like(value) else value


def restore(value: str) -> str:
    """The original text of a neutralised cell (``restore(neutralise(v)) == v``); other text unchanged."""
    return value[1:] if value.startswith(QUOTE) and _formula_like(value) else value


def safe_row(row: Mapping[str, object]) -> dict[str, object]:
    """A row with every text cell neutralised (numbers and empty cells as they are)."""
    return {column: neutralise(value) if isinstance(value, str) else value for column, value in row.items()}
