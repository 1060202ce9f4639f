"""findings.sarif: SARIF 2.1.0 for code-scanning dashboards.

One rule per entity; undeclared findings are ``error``, declared ones ``note``; reviewed findings
carry an external, accepted suppression with the reviewer's reason. Files (logs, mail) are artifact
URIs relative to the config's folder (``%SRCROOT%``); tables and mail parts are logical locations. A
table column also gets the line of the newest migration that creates or alters it, where one is found
(:mod:`scanner.report.migrations_index`), so code-scanning UIs can annotate it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from scanner import __version__
from scanner.findings import Finding
from scanner.policy import Policy
from scanner.report.migrations_index import MigrationsIndex, Site
from scanner.report.rows import sort_key
from scanner.report.views import policy_note
from scanner.result import ScanResult
from scanner.review import is_reviewed
from scanner.spool import ordered

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
ROOT = "SRCROOT"
_MARK = "@@piiscan-results@@"      # stands in for the results array, which is streamed
_RESULT_INDENT = " " * 8           # json.dumps(indent=2) depth of runs[0].results[i]; each result is one line


def _rule(entity: str, policy: Policy) -> dict[str, Any]:
    cat = policy.category_of(entity)
    what = f"{cat.title} (category '{cat.id}', policy §{cat.ref})" if cat else "no category of the policy"
    return {
        "id": entity, "name": "".join(p.capitalize() for p in entity.split("_")),
        "shortDescription": {"text": f"Personal data: {entity}"},
        "fullDescription": {"text": f"{entity} found in a data store: {what}. Undeclared when none of the "
                                    f"store's declared purposes covers the category."},
        "defaultConfiguration": {"level": "warning"},
        "properties": {"category": cat.id if cat else None, "fides": cat.fides if cat else None,
                       "tags": ["privacy", "pii"]},
    }


def _migration(site: Site, base_dir: Path) -> dict[str, Any]:
    """A physical location at a migration line: relative to the config's folder, absolute outside it."""
    try:
        artifact = {"uri": quote(site.path.relative_to(base_dir).as_posix()), "uriBaseId": ROOT}
    except ValueError:
        artifact = {"uri": site.path.as_uri()}
    return {"artifactLocation": artifact, "region": {"startLine": site.line}}


def _locations(finding: Finding, migrations: MigrationsIndex) -> list[dict[str, Any]]:
    """Where a result points: a column (at its migration line when one is known), a log file at each
    sample line of a rolled-up finding, a mailbox at each sample message."""
    loc = finding.location
    if "column" in loc:
        table = ".".join(str(p) for p in (loc.get("schema"), loc.get("table")) if p)
        logical = [{"name": str(loc["column"]), "kind": "member",
                    "fullyQualifiedName": f"{finding.source}/{table}.{loc['column']}"}]
        site = migrations.locate(str(loc.get("table")), str(loc["column"]), loc.get("schema"))
        if site is None:
            return [{"logicalLocations": logical}]
        return [{"physicalLocation": _migration(site, migrations.base_dir), "logicalLocations": logical}]
    if "path" not in loc:
        return [{"logicalLocations": [{"fullyQualifiedName": f"{finding.source}/{finding.location_key}"}]}]
    artifact = {"artifactLocation": {"uri": quote(str(loc["path"])), "uriBaseId": ROOT}}
    if finding.lines:
        return [{"physicalLocation": {**artifact, "region": {"startLine": int(line)}}}
                for line in finding.lines.get("sample") or [finding.lines.get("first") or 1]]
    if finding.messages:
        part = loc.get("part", "")
        return [{"physicalLocation": artifact,
                 "logicalLocations": [{"name": str(part), "kind": "element",
                                       "fullyQualifiedName": f"{finding.source}/{message_id}/{part}"}]}
                for message_id in finding.messages.get("sample") or []] or [{"physicalLocation": artifact}]
    return [{"physicalLocation": artifact}]


def _result(finding: Finding, index: int, policy: Policy, migrations: MigrationsIndex) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.entity, "ruleIndex": index,
        "level": "error" if finding.status == "undeclared" else "note",
        "message": {"text": f"{finding.entity} ({finding.category or 'no category'}) in {finding.source} "
                            f"{finding.location_key}: {finding.status}. {policy_note(policy, finding)}"},
        "locations": _locations(finding, migrations),
        "partialFingerprints": {"piiscanFingerprint/v1": finding.fingerprint},
        "properties": {"status": finding.status, "category": finding.category, "purposes": list(finding.purposes),
                       "count": finding.count, "rowsScanned": finding.rows_scanned, "score": finding.score,
                       "evidence": finding.evidence, "store": finding.store, "detection": finding.reason},
    }
    if is_reviewed(finding):
        review = finding.review or {}
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": f"{review.get('decision')} by {review.get('by')} at "
                                                    f"{review.get('at')}: {review.get('reason')}"}]
    return result


def _notifications(run: ScanResult) -> list[dict[str, Any]]:
    out = []
    for s in run.sources:
        if s.error:
            out.append({"level": "error", "message": {"text": f"source {s.name} failed: {s.error}"}})
        for issue in s.issues:
            where = ", ".join(f"{k}={v}" for k, v in issue.location.items())
            level = "error" if issue.severity == "error" else "warning" if issue.severity == "warning" else "note"
            out.append({"level": level, "message": {"text": f"source {s.name} ({where}): {issue.message}"}})
    return out


def _log(run: ScanResult, entities: list[str], results: Any) -> dict[str, Any]:
    policy = run.config.policy
    invocation: dict[str, Any] = {"executionSuccessful": not run.failed,
                                  "startTimeUtc": run.started.isoformat().replace("+00:00", "Z")}
    if run.finished:
        invocation["endTimeUtc"] = run.finished.isoformat().replace("+00:00", "Z")
    notes = _notifications(run)
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return {
        "$schema": SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "piiscan", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule(e, policy) for e in entities]}},
            "originalUriBaseIds": {ROOT: {"uri": run.config.base_dir.as_uri() + "/",
                                          "description": {"text": "the folder of the scan config"}}},
            "invocations": [invocation],
            "results": results,
            "properties": {"policy": policy.name, "policyDigest": policy.digest,
                           "configDigest": run.config.digest, "complete": not run.failed},
        }],
    }


def _results(run: ScanResult, entities: list[str]) -> Iterator[dict[str, Any]]:
    index = {e: i for i, e in enumerate(entities)}
    migrations = MigrationsIndex.of(run.config)      # read on the first table finding, once per report
    for f in ordered(run.findings, sort_key):
        yield _result(f, index[f.entity], run.config.policy, migrations)


def build_log(run: ScanResult) -> dict[str, Any]:
    """The SARIF log object (in memory: for tests and small scans; :func:`write` streams)."""
    entities = sorted({f.entity for f in run.findings})
    return _log(run, entities, list(_results(run, entities)))


def write(run: ScanResult, out_dir: Path) -> Path:
    """Write findings.sarif, one result at a time (memory stays flat on big scans)."""
    entities = sorted(run.tally.entities)
    head, _, tail = json.dumps(_log(run, entities, _MARK), ensure_ascii=False, indent=2).partition(f'"{_MARK}"')
    path = out_dir / "findings.sarif"
    with path.open("w", encoding="utf-8") as out:
        out.write(head + "[")
        for i, result in enumerate(_results(run, entities)):
            out.write(("," if i else "") + "\n" + _RESULT_INDENT + json.dumps(result, ensure_ascii=False))
        out.write(("\n" + _RESULT_INDENT[:-2] if run.findings else "") + "]" + tail + "\n")
    return path
