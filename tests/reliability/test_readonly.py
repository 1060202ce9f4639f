"""Read-only by construction: a scan changes no file of the estate and writes nothing outside --out."""

from __future__ import annotations

import gzip
import sqlite3
from contextlib import closing
from pathlib import Path

from .conftest import PLANTED_EMAIL, PLANTED_IMEI, logs_source, mail_source


def snapshot(root: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every path under ``root`` with its mode, mtime (ns) and content."""
    return {p.relative_to(root).as_posix(): (p.stat().st_mode, p.stat().st_mtime_ns,
                                             p.read_bytes() if p.is_file() else b"")
            for p in sorted(root.rglob("*"))}


def test_scan_leaves_the_estate_untouched_and_writes_only_into_out(estate, tmp_path):
    with closing(sqlite3.connect(estate.root / "shop.db")) as conn:
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
        conn.execute("INSERT INTO users VALUES (1, ?)", (PLANTED_EMAIL,))
        conn.commit()
    estate.write("logs/app.log", f"imei={PLANTED_IMEI}\n")
    estate.write("logs/app.log.1.gz", gzip.compress(f"mail {PLANTED_EMAIL}\n".encode()))
    estate.write("mail/support.mbox", f"From a@example.com Mon Jan  1 00:00:00 2024\nFrom: {PLANTED_EMAIL}\n\nhi\n")
    estate.config({"name": "shop-db", "type": "sql", "url": "sqlite:///shop.db", "purposes": ["registration"]},
                  logs_source("logs/*"), mail_source("mail/*.mbox"))
    before, siblings = snapshot(estate.root), sorted(p.name for p in tmp_path.iterdir())
    run = estate.scan()
    run.assert_clean()
    assert {f["source"] for f in run.findings()} == {"shop-db", "app-logs", "support-mail"}
    assert snapshot(estate.root) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*siblings, "out"])
