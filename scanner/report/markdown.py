"""report.md: a summary for tickets and pull requests, undeclared collection first."""

from __future__ import annotations

from pathlib import Path

from scanner.policy import Policy
from scanner.report.summary import build
from scanner.report.views import processing_record
from scanner.result import ScanResult


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def processing_lines(policy: Policy, stores: list[dict]) -> list[str]:
    """The record of processing: category x purpose x store."""
    lines = ["", "## Record of processing", ""]
    rows = processing_record(policy, stores)
    if not rows:
        return [*lines, "None."]
    lines += ["| category | policy | purpose | policy | stores | findings |", "|---|---|---|---|---|---|"]
    for p in rows:
        purpose = f"**{p.purpose_title}**" if p.undeclared else f"{_cell(p.purpose_title)} (`{p.purpose}`)"
        lines.append(f"| {_cell(p.category_title)} (`{p.category}`) | {_cell(p.category_ref) or '-'} | {purpose} | "
                     f"{_cell(p.purpose_ref) or '-'} | {_cell('; '.join(p.stores))} | {p.findings} |")
    return lines


def render(run: ScanResult) -> str:
    """The Markdown text of the report."""
    doc = build(run)
    totals = doc["totals"]
    lines = [f"# piiscan report: {_cell(run.config.policy.name)}", "",
             f"- scanned: {doc['scan']['started']} (config `{run.config.path.name}`)",
             f"- findings: **{totals['findings']}** ({totals['undeclared']} undeclared, {totals['declared']} declared)",
             f"- sources: {totals['sources']} ({totals['sources_failed']} failed, {totals['sources_partial']} partial)",
             ""]
    if run.failed:
        lines += ["> **Incomplete scan**: some sources or parts of them could not be read; see below.", ""]
    lines += ["## Sources", "", "| source | kind | status | findings | undeclared | issues |", "|---|---|---|---|---|---|"]
    for s in doc["sources"]:
        status = s["status"] + (f": {_cell(s['error'])}" if s.get("error") else "")
        lines.append(f"| {_cell(s['name'])} | {s['kind']} | {status} | {s['counts']['findings']} | "
                     f"{s['counts']['undeclared']} | {len(s['issues'])} |")
    for title, wanted in (("Undeclared collection", "undeclared"), ("Declared", "declared")):
        rows = [r for r in doc["stores"] if r["status"] == wanted]
        lines += ["", f"## {title}", ""]
        if not rows:
            lines.append("None.")
            continue
        lines += ["| source | store | entity | category | purposes | count | why |", "|---|---|---|---|---|---|---|"]
        for r in rows:
            lines.append(f"| {_cell(r['source'])} | {_cell(r['store'])} | {r['entity']} | {r['category'] or '-'} | "
                         f"{', '.join(r['purposes']) or '-'} | {r['count']} | {_cell(r['policy_reason'])} |")
    lines += processing_lines(run.config.policy, doc["stores"])
    issues = [(s["name"], i) for s in doc["sources"] for i in s["issues"]]
    if issues:
        lines += ["", "## Problems", "", "| source | severity | location | message |", "|---|---|---|---|"]
        for name, i in issues:
            where = ", ".join(f"{k}={v}" for k, v in i["location"].items())
            lines.append(f"| {_cell(name)} | {i['severity']} | {_cell(where)} | {_cell(i['message'])} |")
    return "\n".join(lines) + "\n"


def write(run: ScanResult, out_dir: Path) -> Path:
    """Write report.md."""
    path = out_dir / "report.md"
    path.write_text(render(run), encoding="utf-8")
    return path
