"""report.html in a real headless Chromium: the URL fragment filters and sorts the table after JS runs.

Needs the Debian ``chromium`` package; skipped with that reason when it is absent.
"""

import shutil
import subprocess

import pytest

from tests.report.html_dom import Dom

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions"]


def _chromium(tmp_path, *args):
    profile = tmp_path / "chromium-profile"
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _dom(scanned, tmp_path, fragment=""):
    url = (scanned.out / "report.html").as_uri() + fragment
    return Dom(_chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", url))


def _visible(dom):
    return [r for r in dom.rows if not r.hidden]


def test_without_a_fragment_every_row_shows(scanned, tmp_path):
    dom = _dom(scanned, tmp_path)
    assert len(dom.rows) == len(scanned.findings) and len(_visible(dom)) == len(dom.rows)
    assert dom.by_id["shown-count"] == f"{len(dom.rows)} of {len(dom.rows)} findings shown"


def test_filter_fragment_shows_only_undeclared(scanned, tmp_path):
    dom = _dom(scanned, tmp_path, "#filter=undeclared")
    undeclared = sum(f["status"] == "undeclared" for f in scanned.findings)
    visible = _visible(dom)
    assert 0 < len(visible) == undeclared < len(dom.rows)
    assert all(r.attrs["data-status"] == "undeclared" for r in visible)
    assert all(r.attrs["data-status"] == "declared" for r in dom.rows if r.hidden)
    assert dom.by_id["shown-count"] == f"{undeclared} of {len(dom.rows)} findings shown"
    assert dom.find("table", id="findings-table")[0]["data-shown"] == str(undeclared)


def test_status_source_and_open_filters_combine(scanned, tmp_path):
    dom = _dom(scanned, tmp_path, "#status=declared&source=shop-db")
    visible = _visible(dom)
    expected = sum(f["status"] == "declared" and f["source"] == "shop-db" for f in scanned.findings)
    assert len(visible) == expected > 0
    assert all(r.attrs["data-source"] == "shop-db" for r in visible)
    open_dom = _dom(scanned, tmp_path, "#status=open")
    open_rows = _visible(open_dom)
    assert open_rows and all(r.attrs["data-reviewed"] == "no" and r.attrs["data-status"] == "undeclared"
                             for r in open_rows)
    assert len(open_rows) == sum(f["status"] == "undeclared" and not f.get("review") for f in scanned.findings)


def test_search_text_and_sorting_from_the_fragment(scanned, tmp_path):
    dom = _dom(scanned, tmp_path, "#q=marketing_leads&sort=count&dir=desc")
    visible = _visible(dom)
    assert visible and all("marketing_leads" in r.cells[2] for r in visible)
    counts = [int(r.cells[6]) for r in dom.rows]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]


def test_screenshot(scanned, tmp_path):
    shot = tmp_path / "report.png"
    url = (scanned.out / "report.html").as_uri() + "#filter=undeclared"
    _chromium(tmp_path, "--virtual-time-budget=5000", f"--screenshot={shot}", "--window-size=1280,2000",
              "--hide-scrollbars", url)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    print(f"report.html screenshot: {shot}")
