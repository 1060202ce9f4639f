"""The inventory store on SQLAlchemy: open (and migrate), record a scan, read history, record and revoke decisions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from scanner import __version__
from scanner.config import ScanConfig
from scanner.errors import ConfigError, UsageError
from scanner.findings import Finding
from scanner.identity import FindingKey, finding_key, rolled_up
from scanner.inventory import migrate
from scanner.inventory.models import FindingRow, ReviewDecision, Scan, ScanSource
from scanner.result import ScanResult
from scanner.review import Decision, KeyCount, settles
from scanner.rotation import rotation_base

INSERT_BATCH = 5_000        # findings per INSERT round trip (bounded memory on huge scans)


def _batched(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _field_name(finding: Finding) -> str:
    """The field a finding sits in, for dataset exports: the column, JSON key, mail part, or ``text``."""
    loc = finding.location
    if "column" in loc:
        return str(loc["column"])
    if finding.fields:
        return finding.fields[0]
    return str(loc.get("part") or "text")


def _finding_row(scan_id: int, f: Finding) -> dict[str, Any]:
    """The piiscan_findings row of one finding."""
    key = finding_key(f)
    return {"scan_id": scan_id, "source": f.source, "kind": f.kind, "store": f.store, "location_key": f.location_key,
            "key_location": key.location, "column": rolled_up(f.location), "field": _field_name(f),
            "entity": f.entity, "category": f.category, "status": f.status, "purposes": list(f.purposes),
            "score": f.score, "count": f.count, "rows_scanned": f.rows_scanned, "fingerprint": f.fingerprint,
            "decision": (f.review or {}).get("decision")}


def _decision(r: ReviewDecision) -> Decision:
    """The Decision of a stored row; a log location stored before rotation folding (``logs/app.log.1``)
    is read as its rotation set, so that the decision still holds after the next rotation."""
    location = r.location if r.location is None or "#" in r.location else rotation_base(r.location)
    return Decision(r.decision, r.reason, r.by, utc(r.at), r.source, location=location, pattern=r.pattern,
                    entity=r.entity, fingerprint=r.fingerprint, id=r.id, revoked_at=utc(r.revoked_at),
                    revoked_by=r.revoked_by, revoke_reason=r.revoke_reason)


def resolve_url(url: str, base_dir: Path) -> URL:
    """Parse the inventory URL; a relative SQLite file resolves against the config's folder."""
    parsed = make_url(url)
    db = parsed.database
    if parsed.get_backend_name() == "sqlite" and db and db != ":memory:" and not db.startswith("file:") \
            and not Path(db).is_absolute():
        parsed = parsed.set(database=str(base_dir / db))
    return parsed


def utc(value: datetime | None) -> datetime | None:
    """Datetimes come back naive from SQLite: they were stored as UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


@dataclass
class ScanSummary:
    """One line of ``piiscan history``."""

    id: int
    started: datetime
    finished: datetime | None
    complete: bool
    full: bool
    policy_name: str
    policy_digest: str
    config_digest: str
    findings: int = 0
    undeclared: int = 0
    open_undeclared: int = 0          # undeclared and not reviewed
    reviewed: int = 0
    sources: dict[str, str] = field(default_factory=dict)   # name -> ok | partial | failed


class Inventory:
    """Scan history and review decisions of one config, in the database its ``inventory:`` names."""

    def __init__(self, engine: Engine, config_path: str):
        self.engine = engine
        self.config_path = config_path
        self._session = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, config: ScanConfig) -> Inventory:
        """Open (creating and migrating as needed) the inventory a config names."""
        if not config.inventory:
            raise UsageError(f"{config.path}: the config has no 'inventory:' URL")
        try:
            url = resolve_url(config.inventory, config.base_dir)
            engine = create_engine(url)
            migrate.upgrade(engine)
        except (ArgumentError, SQLAlchemyError, ImportError) as exc:
            detail = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0]
            raise ConfigError(f"cannot open the inventory: {detail}", file=str(config.path),
                              key="inventory") from None
        return cls(engine, str(config.path))

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def __enter__(self) -> Inventory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def session(self) -> Session:
        """A new ORM session."""
        return self._session()

    # -- recording -------------------------------------------------------------------------------

    def record(self, run: ScanResult, *, full: bool) -> int:
        """Store the scan (its findings carry their review decisions already); return its id."""
        with self.session() as s, s.begin():
            scan = Scan(config=self.config_path, config_digest=run.config.digest,
                        policy_name=run.config.policy.name, policy_digest=run.config.policy.digest,
                        piiscan_version=__version__, started=run.started, finished=run.finished,
                        complete=not run.failed, full=full)
            s.add(scan)
            s.flush()
            s.add_all(ScanSource(scan_id=scan.id, name=r.name, kind=r.kind, status=r.status, partial=r.partial,
                                 error=r.error, chunks=r.chunks,
                                 state=json.dumps(r.state, ensure_ascii=False) if r.state else None)
                      for r in run.sources)
            s.flush()
            for rows in _batched((_finding_row(scan.id, f) for f in run.findings), INSERT_BATCH):
                s.execute(insert(FindingRow), rows)
        return scan.id

    def source_states(self, names: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Where the newest scan of this config that read each source cleanly left it (``--since-last``)."""
        states: dict[str, dict[str, Any]] = {}
        with self.session() as s:
            query = (select(ScanSource.name, ScanSource.state).join(Scan, Scan.id == ScanSource.scan_id)
                     .where(Scan.config == self.config_path, ScanSource.name.in_(list(names)),
                            ScanSource.status == "ok", ScanSource.partial.is_(False), ScanSource.state.is_not(None))
                     .order_by(ScanSource.scan_id.desc()))
            for name, state in s.execute(query):
                states.setdefault(name, json.loads(state))
        return states

    def add_decisions(self, decisions: Sequence[Decision], scan_id: int | None = None) -> list[Decision]:
        """Store review decisions; return them with their ids."""
        with self.session() as s, s.begin():
            rows = [ReviewDecision(config=self.config_path, source=d.source, location=d.location,
                                   pattern=d.pattern, entity=d.entity, fingerprint=d.fingerprint,
                                   decision=d.decision, reason=d.reason, by=d.by, at=d.at, scan_id=scan_id)
                    for d in decisions]
            s.add_all(rows)
            s.flush()
            return [_decision(r) for r in rows]

    def revoke(self, decision_id: int, by: str, reason: str, at: datetime) -> Decision:
        """Mark a decision of this config revoked (it stays stored); a usage error when unknown or revoked."""
        with self.session() as s, s.begin():
            row = s.get(ReviewDecision, decision_id)
            if row is None or row.config != self.config_path:
                raise UsageError(f"no review decision #{decision_id} for {self.config_path} "
                                 "(piiscan review list --all shows their ids)")
            if row.revoked_at is not None:
                raise UsageError(f"review decision #{decision_id} was already revoked "
                                 f"on {utc(row.revoked_at):%Y-%m-%d %H:%M} by {row.revoked_by}")
            row.revoked_at, row.revoked_by, row.revoke_reason = at, by, reason
            s.flush()
            return _decision(row)

    # -- reading ---------------------------------------------------------------------------------

    def decisions(self, *, revoked: bool = False) -> list[Decision]:
        """The decisions of this config, oldest first; revoked ones only when asked."""
        query = select(ReviewDecision).where(ReviewDecision.config == self.config_path)
        if not revoked:
            query = query.where(ReviewDecision.revoked_at.is_(None))
        with self.session() as s:
            rows = s.scalars(query.order_by(ReviewDecision.at, ReviewDecision.id)).all()
            return [_decision(r) for r in rows]

    def finding_keys(self, scan_id: int, *, source: str | None = None,
                     fingerprint_prefix: str | None = None) -> list[KeyCount]:
        """The review keys of a scan's findings with how many findings share each (no row is loaded whole)."""
        cols = (FindingRow.source, FindingRow.key_location, FindingRow.entity, FindingRow.fingerprint,
                FindingRow.column)
        query = select(*cols, func.count()).where(FindingRow.scan_id == scan_id).group_by(*cols).order_by(*cols)
        if source is not None:
            query = query.where(FindingRow.source == source)
        if fingerprint_prefix is not None:
            query = query.where(FindingRow.fingerprint.startswith(fingerprint_prefix, autoescape=True))
        with self.session() as s:
            return [KeyCount(FindingKey(src, loc, entity, fp), bool(column), n)
                    for src, loc, entity, fp, column, n in s.execute(query)]

    def scan_ids(self, *, full_only: bool = False) -> list[int]:
        """Scan ids of this config, oldest first."""
        query = select(Scan.id).where(Scan.config == self.config_path).order_by(Scan.id)
        if full_only:
            query = query.where(Scan.full.is_(True))
        with self.session() as s:
            return list(s.scalars(query).all())

    def findings(self, scan_id: int) -> list[FindingRow]:
        """The findings stored for a scan."""
        with self.session() as s:
            return list(s.scalars(select(FindingRow).where(FindingRow.scan_id == scan_id)
                                  .order_by(FindingRow.id)).all())

    def sources(self, scan_id: int) -> list[ScanSource]:
        """The per-source status of a scan."""
        with self.session() as s:
            return list(s.scalars(select(ScanSource).where(ScanSource.scan_id == scan_id)
                                  .order_by(ScanSource.id)).all())

    def history(self, scan_ids: Sequence[int] | None = None) -> list[ScanSummary]:
        """Scans of this config (oldest first) with their counts."""
        with self.session() as s:
            query = select(Scan).where(Scan.config == self.config_path).order_by(Scan.id)
            if scan_ids is not None:
                query = query.where(Scan.id.in_(list(scan_ids)))
            scans = {row.id: ScanSummary(row.id, utc(row.started), utc(row.finished), row.complete, row.full,
                                         row.policy_name, row.policy_digest, row.config_digest)
                     for row in s.scalars(query)}
            counts = s.execute(select(FindingRow.scan_id, FindingRow.status, FindingRow.decision, func.count())
                               .where(FindingRow.scan_id.in_(list(scans)))
                               .group_by(FindingRow.scan_id, FindingRow.status, FindingRow.decision))
            for scan_id, status, decision, n in counts:
                summary = scans[scan_id]
                summary.findings += n
                reviewed = settles(decision)
                summary.reviewed += n if reviewed else 0
                if status == "undeclared":
                    summary.undeclared += n
                    summary.open_undeclared += 0 if reviewed else n
            for src in s.scalars(select(ScanSource).where(ScanSource.scan_id.in_(list(scans)))):
                state = "failed" if src.status != "ok" else ("partial" if src.partial else "ok")
                scans[src.scan_id].sources[src.name] = state
        return list(scans.values())

    def scan(self, scan_id: int) -> ScanSummary:
        """One scan of this config; a usage error when there is none with that id."""
        found = self.history([scan_id])
        if not found:
            raise UsageError(f"no scan {scan_id} of {self.config_path} in the inventory")
        return found[0]
