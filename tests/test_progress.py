"""Live progress: one line per source with the values analysed so far."""

import io

from rich.console import Console

from scanner.progress import ScanProgress


def test_progress_shows_each_source_with_its_values():
    out = io.StringIO()
    with ScanProgress(Console(file=out, force_terminal=False, width=100)) as progress:
        progress.update("shop-db", 0)
        progress.update("shop-db", 12_000)
        progress.update("app-logs", 250)
    text = out.getvalue()
    assert "shop-db" in text and "12,000 values" in text and "app-logs" in text
