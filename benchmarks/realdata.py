"""piiscan on real third-party data, next to the best available alternative measured in the same run.

    python -m benchmarks.realdata [--sets ja-ner,zh-weibo,...] [--data DIR] [--limit N] [--quick] [--json OUT]

Sets (data read from ``../shared/realdata`` beside the repo, never copied):

    ja-ner     Japanese Wikipedia PERSON per sentence  vs GiNZA NER and SudachiPy 人名
    zh-weibo   Chinese Weibo PERSON per post            vs jieba posseg nr
    presidio   Presidio's own test sentences, P/R/F1    vs stock Presidio
    addresses  JP / CN POSTAL_ADDRESS line recall      vs stock Presidio (and GiNZA for JP)
    phones     libphonenumber examples, recall by region vs stock Presidio
    sampledbs  Chinook + Northwind column P/R/F1 (CLI) vs stock Presidio on sampled values
    mail       usrp-users mbox (CLI): From names, IP audit
    loghub     8 system logs (CLI): false-alarm (file, entity) pairs vs stock Presidio

Prints a Markdown table per set and a summary table; ``--json OUT`` saves the numbers. Nothing
printed holds a detected value: counts, rates, dataset ids and piiscan's masked evidence only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.realdata_common import DEFAULT_DATA, Options, SetResult, md_table


def _sets() -> dict[str, Callable[[Options], SetResult]]:
    from benchmarks import (
        realdata_addresses,
        realdata_cases,
        realdata_db,
        realdata_logs,
        realdata_mail,
        realdata_ner,
    )
    return {"ja-ner": realdata_ner.ja_ner, "zh-weibo": realdata_ner.zh_weibo, "presidio": realdata_cases.presidio_tests,
            "addresses": realdata_addresses.addresses, "phones": realdata_cases.phones,
            "sampledbs": realdata_db.sampledbs, "mail": realdata_mail.mail, "loghub": realdata_logs.loghub}


SET_NAMES = ("ja-ner", "zh-weibo", "presidio", "addresses", "phones", "sampledbs", "mail", "loghub")
QUICK = {"limit": 60, "posts": 200, "alt_sample": 60, "phones": 150, "db_values": 20, "log_lines": 50, "messages": 30}


def options(a: argparse.Namespace) -> Options:
    base = {"data": a.data, "limit": a.limit, "alt_sample": a.alt_sample, "db_values": a.db_values,
            "log_lines": a.log_lines, "workers": a.workers}
    return Options(**(base | (QUICK if a.quick else {})))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the realdata folder (default: %(default)s)")
    ap.add_argument("--sets", default=",".join(SET_NAMES), help="comma-separated sets (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="Japanese NER sentences, evenly spaced (0 = all, the default)")
    ap.add_argument("--alt-sample", type=int, default=500, help="address lines the alternatives read (0 = all)")
    ap.add_argument("--db-values", type=int, default=100, help="values per column for stock Presidio")
    ap.add_argument("--log-lines", type=int, default=300, help="lines per log file for stock Presidio")
    ap.add_argument("--workers", type=int, default=1, help="piiscan CLI worker processes (default 1: shared machine)")
    ap.add_argument("--quick", action="store_true", help="a small smoke run: " + ", ".join(f"{k}={v}" for k, v in QUICK.items()))
    ap.add_argument("--json", type=Path, default=None, help="write the numbers here")
    a = ap.parse_args(argv)
    chosen = [s.strip() for s in a.sets.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SET_NAMES]
    if unknown:
        ap.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SET_NAMES)}")
    if not a.data.is_dir():
        ap.error(f"no data folder at {a.data} (use --data)")
    opts, runners = options(a), _sets()
    results: list[SetResult] = []
    failed: dict[str, str] = {}
    for name in chosen:
        print(f"\n## {name}\n", flush=True)
        started = time.perf_counter()
        try:
            res = runners[name](opts)
        except Exception as exc:  # noqa: BLE001 - one set must not stop the others
            failed[name] = f"{type(exc).__name__}: {exc}"
            print(f"FAILED: {failed[name]}", flush=True)
            continue
        results.append(res)
        print(res.text, f"\n\n({time.perf_counter() - started:.0f} s)", flush=True)
    rows = [row for res in results for row in res.summary] + [(n, "FAILED", "", e) for n, e in failed.items()]
    print("\n## Summary\n\n" + md_table(["set", "piiscan", "alternative", "metric"], rows), flush=True)
    if a.json:
        doc = {"options": {k: str(v) for k, v in vars(opts).items()}, "sets": {r.name: r.numbers for r in results},
               "summary": rows, "failed": failed}
        a.json.write_text(json.dumps(doc, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
