"""loghub: which (file, entity) pairs piiscan flags on eight real system logs, and which are false alarms.

Per the data's README the only personal data in these logs is IP and MAC addresses, e-mail addresses
and (in Linux kernel lines) copyright authors' names: any other (file, entity) pair is a false alarm.
piiscan scans every file through the CLI (one ``logs`` source per file); stock Presidio reads the
first ``--log-lines`` lines of each file (its own entity names; score >= 0.5), and piiscan's pairs
on those same lines are counted too. Evidence shown is piiscan's masked evidence.
"""

from __future__ import annotations

import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.realdata_cli import scan
from benchmarks.realdata_common import Options, SetResult, md_table, timed

PERSONAL = ("IP_ADDRESS", "MAC_ADDRESS", "EMAIL_ADDRESS")
COPYRIGHT = re.compile(r"(?i)copyright|\(c\)")


def allowed(file: str, entity: str) -> bool:
    return entity in PERSONAL or (file.startswith("Linux") and entity == "PERSON")


@dataclass
class Pair:
    lines: set[int] = field(default_factory=set)     # line numbers known (per-line findings or samples)
    count: int = 0                                   # lines holding it (findings' count)
    first: int = 0                                   # first line
    evidence: str = ""
    stock: int = 0                                   # stock Presidio: lines of the first --log-lines


def _lines_of(row: dict) -> tuple[set[int], int]:
    loc = row["location"]
    if "line" in loc:
        return {int(loc["line"])}, int(loc["line"])
    spans = row.get("lines") or {}
    return set(spans.get("sample", [])), int(spans.get("first", 0))


def stock_lines(lines: list[str]) -> dict[str, list[tuple[int, str]]]:
    """Stock Presidio per entity: [(line number, masked evidence)]."""
    from recognizers.stock import stock_presidio_analyzer
    from scanner.fingerprint import mask
    engine, _ = stock_presidio_analyzer()
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for number, line in enumerate(lines, 1):
        for ent in {r.entity_type: r for r in engine.analyze(line, language="en", score_threshold=0.5)}.values():
            out[ent.entity_type].append((number, mask(line[ent.start:ent.end], ent.entity_type)))
    return out


def loghub(opts: Options) -> SetResult:
    files = sorted(opts.path("loghub").glob("*.log"))
    with tempfile.TemporaryDirectory() as tmp:
        run = scan([{"name": f.stem, "type": "logs", "paths": [str(f.resolve())]} for f in files], Path(tmp),
                   opts.workers)
    pairs: dict[tuple[str, str], Pair] = defaultdict(Pair)
    for row in run.occurrences if run.occurrences is not None else run.findings:
        pair = pairs[(Path(row["location"]["path"]).name, row["entity"])]
        numbers, first = _lines_of(row)
        pair.lines |= numbers
        pair.count += int(row.get("count", 1)) if run.occurrences is None else 1
        pair.first = min(pair.first or first, first)
        pair.evidence = pair.evidence or row.get("evidence", "")
    cap, stock_seconds, linux_person = opts.log_lines, 0.0, None
    for f in files:
        lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
        found, sec = timed(lambda ls=lines: stock_lines(ls[:cap]))
        stock_seconds += sec
        for ent, hits in found.items():
            pair = pairs[(f.name, ent)]
            pair.stock = len({n for n, _ in hits})
            pair.evidence = pair.evidence or f"(stock) {hits[0][1]}"
        if f.name.startswith("Linux"):
            known = pairs[(f.name, "PERSON")].lines if (f.name, "PERSON") in pairs else set()
            linux_person = (sum(1 for line in lines if COPYRIGHT.search(line)), len(known),
                            sum(1 for n in known if 0 < n <= len(lines) and COPYRIGHT.search(lines[n - 1])))
    rows, fa_ours, fa_ours_cap, fa_stock = [], 0, 0, 0
    for (file, ent), pair in sorted(pairs.items()):
        in_cap = sum(1 for n in pair.lines if n <= cap) if pair.lines else int(0 < pair.first <= cap)
        ok = allowed(file, ent)
        if not ok:
            fa_ours += bool(pair.count)
            fa_ours_cap += bool(in_cap)
            fa_stock += bool(pair.stock)
        rows.append([file, ent, pair.count or "", in_cap or "", pair.stock or "", "ok" if ok else "FALSE ALARM",
                     pair.evidence])
    head = ["file", "entity", "piiscan lines (all)", f"piiscan lines <= {cap}", f"stock lines <= {cap}", "verdict",
            "masked evidence"]
    notes = [f"{len(files)} files; piiscan CLI {run.seconds:.1f} s for all lines (exit {run.exit_code}); stock Presidio "
             f"{stock_seconds:.1f} s for the first {cap} lines of each", "", md_table(head, rows), "",
             f"false-alarm (file, entity) pairs: piiscan {fa_ours} on all lines, {fa_ours_cap} on the first {cap}; "
             f"stock Presidio {fa_stock} on the first {cap}"]
    if linux_person is not None:
        notes.append(f"Linux: {linux_person[0]} copyright lines; piiscan PERSON on {linux_person[1]} located lines, "
                     f"{linux_person[2]} of them copyright lines")
    numbers = {"false_alarm_pairs": {"piiscan_all": fa_ours, "piiscan_first": fa_ours_cap, "stock_first": fa_stock},
               "pairs": {f"{f}:{e}": {"piiscan": p.count, "piiscan_first": sum(1 for n in p.lines if n <= cap),
                                      "stock_first": p.stock, "ok": allowed(f, e)} for (f, e), p in sorted(pairs.items())}}
    summary = [("loghub (8 logs)", f"{fa_ours} ({fa_ours_cap} in first {cap} lines)",
                f"{fa_stock} (stock Presidio, first {cap} lines)", "false-alarm (file, entity) pairs")]
    return SetResult("loghub", "\n".join(notes), summary, numbers)
