"""The usrp-users mailbox through the CLI (``email`` source): From-name recall and an IP_ADDRESS audit.

Per message: the CLI's occurrences.jsonl when ``--occurrences`` exists, else findings.jsonl (located
per message and part today), else piiscan's own pipeline functions on the connector's chunks.
From names: messages whose From header carries a display name, and how many of those get a PERSON
in the From part; stock Presidio reads the same decoded From headers.
IP audit (heuristic): each IP_ADDRESS detection in the parts the scan flagged is classed by its
surroundings as a version string (a product/version cue before it, a build suffix after it), a
network address (private/loopback range, or an address/host/port cue) or unclear. Counts only.
"""

from __future__ import annotations

import ipaddress
import mailbox
import re
import tempfile
from collections import Counter, defaultdict
from email.utils import getaddresses
from pathlib import Path

from benchmarks.realdata_cli import scan
from benchmarks.realdata_common import Options, SetResult, md_table, pct, stock, warm

VERSION_BEFORE = re.compile(
    r"(?i)\b(version|ver|release|rel|rev|build|uhd|gnu ?radio|gr|ubuntu|debian|fedora|centos|kernel|linux|python|"
    r"boost|gcc|cmake|fpga|firmware|fw|compat|mpm|image|images|vivado|dpdk|driver|api|lib\w*|v)[\s_:=/(-]*v?$")
VERSION_AFTER = re.compile(r"^(-g[0-9a-f]{6,}|-\d+-g|-rc\d*|-[0-9a-f]{7,}|~|\+\w|-\w*ubuntu|-release|-dirty|-\d+-)",
                           re.I)
NET_BEFORE = re.compile(r"(?i)(\bip|addr|address|inet|host|server|gateway|netmask|mask|ping|ssh|from|via|=|@|\[|//)"
                        r"[\s:=]*$")
QUAD = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)")
CLASSES = ("version string", "network address", "unclear")
HEADERS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Subject")
NET_AFTER = re.compile(r"^(:\d{1,5}\b|/\d{1,3}\b|\])")


def classify_ip(text: str, start: int, end: int) -> tuple[str, str]:
    """(class, cue word) of one IP_ADDRESS detection; the value itself stays here."""
    before, after = text[max(0, start - 30):start], text[end:end + 16]
    m = VERSION_BEFORE.search(before)
    if m:
        return "version string", m.group(1).lower()
    if VERSION_AFTER.match(after):
        return "version string", "(build suffix)"
    try:
        ip = ipaddress.ip_address(text[start:end].strip("[]"))
        private = ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_unspecified
    except ValueError:
        private = False
    if private or NET_BEFORE.search(before) or NET_AFTER.match(after):
        return "network address", ""
    return "unclear", ""


def version_quads(chunks: list, flagged: dict[int, list[tuple[int, int]]]) -> tuple[int, int]:
    """Dotted quads the heuristic calls version strings in every part, and how many piiscan flagged."""
    total = hits = 0
    for chunk in chunks:
        text = chunk.values[0]
        for m in QUAD.finditer(text):
            if classify_ip(text, m.start(), m.end())[0] == "version string":
                total += 1
                hits += any(s < m.end() and m.start() < e for s, e in flagged.get(id(chunk), ()))
    return total, hits


def truncated(src: Path, n: int, tmp: Path) -> Path:
    """A temporary mbox (deleted with ``tmp``) of the first ``n`` messages, for --quick."""
    out = mailbox.mbox(tmp / "first.mbox")
    for i, msg in enumerate(mailbox.mbox(src, create=False)):
        if i >= n:
            break
        out.add(msg)
    out.flush()
    return tmp / "first.mbox"


def per_message(rows: list[dict]) -> dict[tuple[str, str], set[str]] | None:
    """(message_id, part) -> entities, from located findings or occurrences; None when they are rolled up."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        loc = row["location"]
        if "message_id" not in loc:
            return None
        out[(loc["message_id"], loc.get("part", ""))].add(row["entity"])
    return out


def chunks_of(mbox: Path, tmp: Path) -> list:
    from scanner.connectors.email import MailConnector
    return list(MailConnector({"name": "mail", "type": "email", "paths": [str(mbox)]}, tmp).iter_chunks())


def detections(chunks: list) -> list[list]:
    """piiscan's detections per chunk (one value each), as the pipeline computes them."""
    from recognizers import Detector
    from scanner.analysis import detect_batch
    return [found[0] for found in detect_batch(chunks, Detector())]


def mail(opts: Options) -> SetResult:
    src = opts.path("usrp-users-mailinglist", "mbox", "usrp-users-sample.mbox")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        mbox = truncated(src, opts.messages, tmp) if opts.messages else src
        run = scan([{"name": "mail", "type": "email", "paths": [str(mbox)]}], tmp, opts.workers)
        chunks = chunks_of(mbox, tmp)
    located = per_message(run.occurrences if run.occurrences is not None else run.findings)
    how = "occurrences.jsonl" if run.occurrences is not None else "findings.jsonl (per message and part)"
    if located is None:
        how = "scanner.analysis.detect_batch on the connector's chunks (CLI output is rolled up)"
        located = defaultdict(set)
        for chunk, dets in zip(chunks, detections(chunks), strict=True):
            located[(chunk.location["message_id"], chunk.location["part"])].update(d.entity for d in dets)
    messages = {c.location["message_id"] for c in chunks}
    # From names
    froms = [c for c in chunks if c.location["part"] == "From"
             and any(name.strip() and any(ch.isalpha() for ch in name) for name, _ in getaddresses([c.values[0]]))]
    named = {c.location["message_id"] for c in froms}
    ours = {c.location["message_id"] for c in froms if "PERSON" in located.get((c.location["message_id"], "From"), ())}
    preds = warm(stock())([c.values[0] for c in froms], ("from",))
    theirs = {c.location["message_id"] for c, p in zip(froms, preds, strict=True) if any(e == "PERSON" for e, _, _ in p)}
    # IP audit
    ip_chunks = [c for c in chunks if "IP_ADDRESS" in located.get((c.location["message_id"], c.location["part"]), ())]
    classes: Counter = Counter()
    cues: Counter = Counter()
    findings_all_version = 0
    flagged: dict[int, list[tuple[int, int]]] = {}
    for chunk, dets in zip(ip_chunks, detections(ip_chunks), strict=True):
        flagged[id(chunk)] = [(d.start, d.end) for d in dets if d.entity == "IP_ADDRESS"]
        kinds = [classify_ip(chunk.values[0], d.start, d.end) for d in dets if d.entity == "IP_ADDRESS"]
        classes.update(k for k, _ in kinds)
        cues.update(c for k, c in kinds if k == "version string")
        findings_all_version += bool(kinds) and all(k == "version string" for k, _ in kinds)
    quads, quads_flagged = version_quads(chunks, flagged)
    entities = Counter(e for ents in located.values() for e in ents)
    part_kind = Counter("header" if part in HEADERS else "body/attachment"
                        for (_, part), ents in located.items() if "IP_ADDRESS" in ents)
    text = "\n".join([
        f"{len(messages)} messages; CLI scan {run.seconds:.1f} s (exit {run.exit_code}, {run.warnings} warnings: "
        f"parts not scanned, e.g. images); per message from {how}", "",
        md_table(["From: display name -> PERSON", "piiscan", "stock Presidio"],
                 [[f"{len(named)} messages with a sender name", pct(len(ours), len(named)), pct(len(theirs), len(named))]]),
        "", "(message, part) locations per entity: " + ", ".join(f"{e} {n}" for e, n in entities.most_common()), "",
        md_table(["IP_ADDRESS audit (heuristic)", "detections"], [*([k, classes[k]] for k in CLASSES),
                 ["(message, part) findings whose every IP is a version string", findings_all_version],
                 ["version-cued dotted quads in the text / flagged as IP_ADDRESS", f"{quads} / {quads_flagged}"],
                 ["IP findings in headers / bodies+attachments",
                  f"{part_kind['header']} / {part_kind['body/attachment']}"]]),
        "", "version cues: " + (", ".join(f"{c} {n}" for c, n in cues.most_common(10)) or "none"),
    ])
    numbers = {"messages": len(messages), "from_named": len(named), "from_person_piiscan": len(ours),
               "from_person_stock": len(theirs), "ip_classes": dict(classes), "ip_findings_all_version":
               findings_all_version, "version_quads": quads, "version_quads_flagged": quads_flagged,
               "locations_per_entity": dict(entities), "source": how}
    total_ip = sum(classes.values())
    summary = [("mail (usrp-users)", pct(len(ours), len(named)), f"{pct(len(theirs), len(named))} (stock Presidio)",
                "From name -> PERSON"),
               ("mail (usrp-users)", f"{classes['version string']}/{total_ip} version strings", "-",
                "IP_ADDRESS detections that are versions")]
    return SetResult("mail", text, summary, numbers)
