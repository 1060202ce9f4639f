"""report.html as written: self-contained, accessible markup, every finding with its policy note and review."""

import re

import pytest

from tests.report.html_dom import Dom


@pytest.fixture(scope="module")
def page(scanned):
    text = (scanned.out / "report.html").read_text(encoding="utf-8")
    return text, Dom(text)


def test_self_contained_no_external_resources(page):
    text, dom = page
    assert not [a for t, a in dom.tags if "src" in a]
    assert all(a["href"].startswith("#") for t, a in dom.tags if t == "a")
    assert not dom.find("link") and "@import" not in text and "url(" not in text
    assert re.search(r"http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'", text)


def test_accessible_markup(page):
    _, dom = page
    assert dom.find("html", lang="en") and dom.find("main") and dom.find("nav")
    tables = dom.find("table")
    captions = [t for t, _ in dom.tags if t == "caption"]
    assert len(tables) >= 5 and len(captions) == len(tables)
    assert all(a.get("scope") in ("col", "row") for t, a in dom.tags if t == "th")
    labelled = {a["for"] for t, a in dom.tags if t == "label"}
    controls = [a["id"] for t, a in dom.tags if t in ("input", "select")]
    assert controls and set(controls) <= labelled
    assert dom.find("output", id="shown-count")[0]["aria-live"] == "polite"
    assert all(a.get("aria-sort") == "none" for a in dom.find("th") if "data-type" in a or "aria-sort" in a)


def test_one_row_per_finding_with_policy_and_review(scanned, page):
    _, dom = page
    assert len(dom.rows) == len(scanned.findings)
    assert {r.attrs["data-fingerprint"] for r in dom.rows} == {f["fingerprint"] for f in scanned.findings}
    assert not any(r.hidden for r in dom.rows)
    for row in dom.rows:
        policy, review = row.cells[-2], row.cells[-1]
        if row.attrs["data-status"] == "declared":
            assert policy.startswith("Declared by §")
        else:
            assert policy.startswith("Not declared:")
        if row.attrs["data-reviewed"] == "yes":
            assert review.startswith("suppress by erin") and "bounce log" in review
        else:
            assert review == "not reviewed"
    assert sum(r.attrs["data-reviewed"] == "yes" for r in dom.rows) == sum(bool(f.get("review"))
                                                                            for f in scanned.findings) > 0


def test_summary_matrix_and_record_of_processing(scanned, page):
    text, dom = page
    undeclared = sum(f["status"] == "undeclared" for f in scanned.findings)
    assert dom.by_id["total-undeclared"] == str(undeclared)
    assert dom.by_id["total-findings"] == str(len(scanned.findings))
    for section in ("summary", "matrix", "processing", "findings", "problems"):
        assert dom.find("section", id=section)
    processing = dom.by_id["processing"]
    assert "Registration (registration)" in processing and "no declared purpose" in processing
    assert "shop-db: marketing_leads" in processing
    assert "undeclared" in dom.by_id["matrix"]


def test_markdown_has_the_record_of_processing(scanned):
    md = (scanned.out / "report.md").read_text(encoding="utf-8")
    section = md.split("## Record of processing", 1)[1]
    assert "| category | policy | purpose |" in section
    assert "**no declared purpose**" in section and "shop-db: users" in section
