"""report.html: one self-contained page for reviewers (inline CSS and JS, no external resources).

Summary by status, source and category; a store x category matrix; the record of processing;
a sortable, filterable findings table with the policy section behind each verdict and the review
decision (who, when, why). Every string goes through ``html.escape``; evidence is masked upstream.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from itertools import islice
from pathlib import Path
from typing import Any

from scanner import __version__
from scanner.findings import Finding
from scanner.report.rows import sort_key
from scanner.report.summary import build
from scanner.report.views import matrix, policy_note, processing_record
from scanner.result import ScanResult
from scanner.review import is_reviewed
from scanner.spool import ordered

STATIC = Path(__file__).resolve().parent / "static"
MAX_ROWS = 20_000          # rows in the findings table; a browser stays usable, the CSV holds the rest
STATUS_FILTERS = (("", "All"), ("undeclared", "Undeclared"), ("open", "Undeclared, not reviewed"),
                  ("declared", "Declared"), ("reviewed", "Reviewed"))


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _table(caption: str, headers: Sequence[tuple[str, str]], rows: Iterable[Sequence[str]], *,
           row_header: bool = True, attrs: str = "") -> str:
    """A captioned table; ``headers`` are (label, class); cells are HTML; the first cell heads its row."""
    head = "".join(f'<th scope="col" class="{cls}">{_e(label)}</th>' for label, cls in headers)
    body = []
    for cells in rows:
        first, rest = cells[0], cells[1:]
        cell0 = f'<th scope="row">{first}</th>' if row_header else f"<td>{first}</td>"
        tds = "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in rest)
        body.append(f"<tr>{cell0}{tds}</tr>")
    if not body:
        body.append(f'<tr><td colspan="{len(headers)}">None.</td></tr>')
    return (f'<div class="scroll"><table{attrs}><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def _num(value: object, extra: str = "") -> str:
    return f'<td class="num{extra}">{_e(value)}</td>'


def _badge(finding: Finding) -> str:
    badge = f'<span class="badge {finding.status}">{finding.status}</span>'
    return badge + (' <span class="badge reviewed">reviewed</span>' if is_reviewed(finding) else "")


def _header(run: ScanResult, doc: dict[str, Any]) -> str:
    scan = doc["scan"]
    meta = [("Policy", f"{run.config.policy.name} (digest {scan['policy']['digest']})"),
            ("Config", f"{scan['config']} (digest {scan['config_digest']})"),
            ("Started", scan["started"]), ("Finished", scan["finished"] or "not finished")]
    if run.meta.inventory_scan is not None:
        meta.append(("Inventory scan", f"#{run.meta.inventory_scan}"))
    dl = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in meta)
    alert = ('<p class="alert" role="alert">Incomplete scan: some sources, or parts of them, could not be read. '
             'A partial scan is never clean; see <a href="#problems">Problems</a>.</p>') if run.failed else ""
    nav = "".join(f'<li><a href="#{i}">{t}</a></li>' for i, t in (
        ("summary", "Summary"), ("matrix", "Stores × categories"), ("processing", "Record of processing"),
        ("findings", "Findings"), ("problems", "Problems")))
    return (f'<a class="skip" href="#findings">Skip to the findings</a><header><h1>piiscan report: '
            f'{_e(run.config.policy.name)}</h1><dl class="meta">{dl}</dl>{alert}'
            f'<nav aria-label="Sections"><ul>{nav}</ul></nav></header>')


def _summary(run: ScanResult, doc: dict[str, Any]) -> str:
    totals = doc["totals"]
    counted = run.tally
    by_status = counted.reviewed
    reviewed = by_status[("declared", True)] + by_status[("undeclared", True)]
    open_undeclared = by_status[("undeclared", False)]
    cards = [("Findings", totals["findings"]), ("Undeclared", totals["undeclared"]),
             ("Undeclared, not reviewed", open_undeclared), ("Declared", totals["declared"]),
             ("Reviewed", reviewed), ("Sources failed or partial", totals["sources_partial"])]
    dl = "".join(f'<div><dt>{_e(k)}</dt><dd id="total-{_e(k.lower().replace(" ", "-").replace(",", ""))}">'
                 f"{_e(v)}</dd></div>" for k, v in cards)
    status_rows = [[s, _num(by_status[(s, False)] + by_status[(s, True)]), _num(by_status[(s, True)])]
                   for s in ("undeclared", "declared")]
    source_rows = [[_e(s["name"]), _e(s["kind"]), _e(s["status"] + (" (partial)" if s["partial"] and
                                                                     s["status"] == "ok" else "")),
                    _num(s["counts"]["findings"]), _num(s["counts"]["undeclared"]), _num(len(s["issues"]))]
                   for s in doc["sources"]]
    policy = run.config.policy
    cat_counts = counted.categories
    cat_rows = []
    for cid in sorted({c for c, _ in cat_counts}):
        cat = policy.categories.get(cid)
        cat_rows.append([_e(cid), _e(cat.title if cat else "not in the policy"), _e(f"§{cat.ref}" if cat else "-"),
                         _num(cat_counts[(cid, "declared")] + cat_counts[(cid, "undeclared")]),
                         _num(cat_counts[(cid, "undeclared")])])
    num = "num"
    return (f'<section id="summary" aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2>'
            f'<dl class="totals">{dl}</dl><div class="grid">'
            + _table("Findings by status", [("Status", ""), ("Findings", num), ("Reviewed", num)], status_rows)
            + _table("Findings by source", [("Source", ""), ("Kind", ""), ("Status", ""), ("Findings", num),
                                            ("Undeclared", num), ("Problems", num)], source_rows)
            + _table("Findings by category", [("Category", ""), ("Title", ""), ("Policy", ""), ("Findings", num),
                                              ("Undeclared", num)], cat_rows)
            + "</div></section>")


def _matrix(doc: dict[str, Any]) -> str:
    m = matrix(doc["stores"])
    rows = []
    for source, store, cells in m.rows:
        row = [f"{_e(source)}: <span class=\"mono\">{_e(store)}</span>"]
        for cid in m.categories:
            found, undeclared = cells.get(cid, (0, 0))
            if not found:
                row.append('<td class="num"><span aria-hidden="true">·</span>'
                           '<span class="visually-hidden">none</span></td>')
            elif undeclared:
                text = f"{found} undeclared" if undeclared == found else f"{found} ({undeclared} undeclared)"
                row.append(f'<td class="num undeclared-cell">{text}</td>')
            else:
                row.append(f'<td class="num">{found}</td>')
        rows.append(row)
    headers = [("Store", "")] + [(c, "num") for c in m.categories]
    return ('<section id="matrix" aria-labelledby="h-matrix"><h2 id="h-matrix">Stores × categories</h2>'
            "<p>Findings per store and category; highlighted cells hold undeclared data.</p>"
            + _table("Findings per store (rows) and category (columns)", headers, rows) + "</section>")


def _processing(run: ScanResult, doc: dict[str, Any]) -> str:
    rows = []
    for p in processing_record(run.config.policy, doc["stores"]):
        purpose = (f'<td class="undeclared-cell">{_e(p.purpose_title)}</td>' if p.undeclared
                   else f"<td>{_e(p.purpose_title)} (<code>{_e(p.purpose)}</code>)</td>")
        rows.append([f"{_e(p.category_title)} (<code>{_e(p.category)}</code>)", _e(p.category_ref or "-"), purpose,
                     _e(p.purpose_ref or "-"), "<br>".join(_e(s) for s in p.stores), _num(p.findings)])
    headers = [("Category", ""), ("Policy §", ""), ("Purpose", ""), ("Policy §", ""), ("Stores", ""),
               ("Findings", "num")]
    return ('<section id="processing" aria-labelledby="h-processing"><h2 id="h-processing">Record of '
            "processing</h2><p>Which categories of personal data are held for which declared purpose, and where. "
            "Rows without a purpose are undeclared collection.</p>"
            + _table("Record of processing: category × purpose × store", headers, rows) + "</section>")


def _review_cell(finding: Finding) -> str:
    review = finding.review
    if not review:
        return '<td class="review long">not reviewed</td>'
    return (f'<td class="review long"><strong>{_e(review.get("decision"))}</strong> by {_e(review.get("by"))}, '
            f'<time datetime="{_e(review.get("at"))}">{_e(str(review.get("at", ""))[:16].replace("T", " "))}'
            f'</time><br>{_e(review.get("reason"))}</td>')


def _sortable(label: str, kind: str) -> str:
    dtype = f' data-type="{kind}"' if kind else ""
    return f'<th scope="col" aria-sort="none"{dtype}><button type="button">{_e(label)}</button></th>'


def _findings(run: ScanResult) -> str:
    policy = run.config.policy
    sources = sorted(run.tally.sources)
    status_opts = "".join(f'<option value="{v}">{t}</option>' for v, t in STATUS_FILTERS)
    source_opts = '<option value="">All</option>' + "".join(f'<option value="{_e(s)}">{_e(s)}</option>'
                                                            for s in sources)
    form = (f'<form id="filters" class="filters" role="search" aria-label="Filter findings">'
            f'<label for="filter-text">Search<input id="filter-text" type="search" '
            f'placeholder="location, entity, category…"></label>'
            f'<label for="filter-status">Status<select id="filter-status">{status_opts}</select></label>'
            f'<label for="filter-source">Source<select id="filter-source">{source_opts}</select></label>'
            f'<output id="shown-count" aria-live="polite" for="filter-text filter-status filter-source">'
            f"{min(len(run.findings), MAX_ROWS)} of {len(run.findings)} findings shown</output></form>")
    headers = [("Status", ""), ("Source", ""), ("Location", ""), ("Entity", ""), ("Category", ""),
               ("Purposes", ""), ("Count", "number"), ("Score", "number"), ("Evidence (masked)", ""),
               ("Detection", ""), ("Policy", ""), ("Review", "")]
    head = "".join(_sortable(label, kind) for label, kind in headers)
    body = []
    for f in islice(ordered(run.findings, sort_key), MAX_ROWS):
        reviewed = "yes" if is_reviewed(f) else "no"
        body.append(
            f'<tr data-status="{f.status}" data-source="{_e(f.source)}" data-reviewed="{reviewed}" '
            f'data-fingerprint="{_e(f.fingerprint)}"><td data-sort="{f.status}">{_badge(f)}</td>'
            f"<td>{_e(f.source)}</td><th scope=\"row\" class=\"mono\">{_e(f.location_key)}</th>"
            f"<td>{_e(f.entity)}</td><td>{_e(f.category or '-')}</td><td>{_e(', '.join(f.purposes) or '-')}</td>"
            f'<td class="num">{f.count}</td><td class="num">{f.score:.2f}</td>'
            f'<td class="mono">{_e(f.evidence)}</td><td class="long">{_e(f.reason)}</td>'
            f'<td class="long">{_e(policy_note(policy, f))}</td>'
            f"{_review_cell(f)}</tr>")
    if not body:
        body.append('<tr><td colspan="12">No findings.</td></tr>')
    table = (f'<div class="scroll" role="region" aria-label="Findings table" tabindex="0">'
             f'<table id="findings-table" data-shown="{min(len(run.findings), MAX_ROWS)}"><caption>Findings: one row per '
             f"location and entity; column headers sort</caption><thead><tr>{head}</tr></thead>"
             f'<tbody>{"".join(body)}</tbody></table></div>')
    cut = "" if len(run.findings) <= MAX_ROWS else (
        f'<p id="findings-cut" class="note">The table holds the first {MAX_ROWS} of {len(run.findings)} findings '
        "(undeclared first); findings.csv and findings.jsonl hold all of them.</p>")
    return (f'<section id="findings" aria-labelledby="h-findings"><h2 id="h-findings">Findings</h2>'
            f"{cut}{form}{table}</section>")


def _problems(doc: dict[str, Any]) -> str:
    rows = []
    for s in doc["sources"]:
        if s.get("error"):
            rows.append([_e(s["name"]), "failed", "-", _e(s["error"])])
        for i in s["issues"]:
            where = ", ".join(f"{k}={v}" for k, v in i["location"].items())
            rows.append([_e(s["name"]), _e(i["severity"]), _e(where), _e(i["message"])])
    return ('<section id="problems" aria-labelledby="h-problems"><h2 id="h-problems">Problems</h2>'
            + _table("Sources or parts that could not be scanned",
                     [("Source", ""), ("Severity", ""), ("Location", ""), ("Message", "")], rows) + "</section>")


def render(run: ScanResult) -> str:
    """The HTML text of the report."""
    doc = build(run)
    css = (STATIC / "report.css").read_text(encoding="utf-8")
    js = (STATIC / "report.js").read_text(encoding="utf-8")
    title = f"piiscan report: {run.config.policy.name}"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            f"style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
            f"<title>{_e(title)}</title><style>{css}</style></head><body>"
            f"{_header(run, doc)}<main>{_summary(run, doc)}{_matrix(doc)}{_processing(run, doc)}"
            f"{_findings(run)}{_problems(doc)}</main>"
            f"<footer>Generated by piiscan {_e(__version__)}. Evidence is masked; identity across scans is a "
            f"keyed fingerprint. No raw detected value appears in this page.</footer>"
            f"<script>{js}</script></body></html>\n")


def write(run: ScanResult, out_dir: Path) -> Path:
    """Write report.html."""
    path = out_dir / "report.html"
    path.write_text(render(run), encoding="utf-8")
    return path
