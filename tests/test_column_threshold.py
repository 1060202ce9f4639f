"""The column rule at its boundary: a structured column is E when at least 30% of its non-empty values hold E.

Each case is a real scan of a SQLite table (connector, recognizers, finding builder), never hand-made hits.
The cells are fake: ``user<N>@example.com`` addresses among colour words, which no recognizer reads as PII.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from sample_data import POLICY
from scanner.config import load_config
from scanner.findings import COLUMN_MIN_RATIO
from scanner.service import ScanOptions, run_scan

WORDS = ("blue", "green", "amber", "violet", "silver")


def _scan_column(tmp_path: Path, cells: list[str | None]) -> list:
    """Scan one table ``t`` whose column ``val`` holds ``cells``; return the findings on ``t.val``."""
    db = tmp_path / "app.db"
    with closing(sqlite3.connect(db)) as con, con:
        con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, val TEXT)")
        con.executemany("INSERT INTO t (val) VALUES (?)", [(c,) for c in cells])
    (tmp_path / "policy.yaml").write_bytes(POLICY.read_bytes())
    config = tmp_path / "piiscan.yaml"
    config.write_text(f"version: 1\npolicy: policy.yaml\nsources:\n  - name: app\n    type: sql\n"
                      f"    url: sqlite:///{db}\n    purposes: [registration]\n", encoding="utf-8")
    run = run_scan(load_config(config), ScanOptions(out_dir=tmp_path / "out", workers=1, use_nlp=False))
    assert not run.failed
    return [f for f in run.findings if f.location.get("column") == "val"]


def _cells(emails: int, others: int) -> list[str | None]:
    mails = [f"user{i:03d}@example.com" for i in range(emails)]
    words = [WORDS[i % len(WORDS)] for i in range(others)]
    return mails + words


def test_the_threshold_is_thirty_percent():
    assert COLUMN_MIN_RATIO == 0.3


@pytest.mark.parametrize("emails, total, flagged", [
    (3, 10, True),          # exactly 30%: flagged (>=, not >)
    (2, 10, False),         # 20%
    (30, 100, True),        # exactly 30% again
    (29, 100, False),       # just below
])
def test_a_column_is_flagged_from_exactly_thirty_percent(tmp_path, emails, total, flagged):
    findings = _scan_column(tmp_path, _cells(emails, total - emails))
    if not flagged:
        assert findings == []
        return
    [finding] = findings
    assert (finding.entity, finding.count, finding.rows_scanned) == ("EMAIL_ADDRESS", emails, total)
    assert f" in {emails}/{total} rows; name: 'val'" in finding.reason


@pytest.mark.parametrize("emails, flagged", [(3, True), (2, False)])
def test_blank_cells_are_not_counted(tmp_path, emails, flagged):
    """3 of 10 non-empty values among 30 rows is 30% (not 10%): NULL, '' and whitespace do not count."""
    blanks: list[str | None] = [None, "", "   ", "\t"] * 5
    findings = _scan_column(tmp_path, _cells(emails, 10 - emails) + blanks)
    if not flagged:
        assert findings == []
        return
    [finding] = findings
    assert (finding.entity, finding.count, finding.rows_scanned) == ("EMAIL_ADDRESS", 3, 30)
    assert " in 3/10 non-empty values of 30 rows; name: 'val'" in finding.reason
