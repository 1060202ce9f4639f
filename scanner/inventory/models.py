"""Inventory tables. Findings hold keys, verdicts and counts: never a detected value or its evidence.

Table names carry a ``piiscan_`` prefix so the inventory can share a database with other data.
Schema changes go through an Alembic revision in ``migrations/versions`` (applied at open).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SHORT = 255


class Base(DeclarativeBase):
    """Declarative base of the inventory tables."""


class Scan(Base):
    """One scan of a config: what ran, under which policy, whether it completed."""

    __tablename__ = "piiscan_scans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    config: Mapped[str] = mapped_column(String(1024), index=True)          # resolved config path
    config_digest: Mapped[str] = mapped_column(String(64))
    policy_name: Mapped[str] = mapped_column(String(SHORT))
    policy_digest: Mapped[str] = mapped_column(String(64))
    piiscan_version: Mapped[str] = mapped_column(String(32))
    started: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    complete: Mapped[bool] = mapped_column(Boolean)                        # no source (or part) failed
    full: Mapped[bool] = mapped_column(Boolean)                            # every configured source, as configured


class ScanSource(Base):
    """How one source went in one scan."""

    __tablename__ = "piiscan_scan_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("piiscan_scans.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(SHORT))
    kind: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))                        # ok | failed
    partial: Mapped[bool] = mapped_column(Boolean)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    chunks: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str | None] = mapped_column(Text, nullable=True)     # JSON: file marks and roll-ups (0003)


class FindingRow(Base):
    """One finding of one scan, by key; ``decision`` is the review decision applied in that scan."""

    __tablename__ = "piiscan_findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("piiscan_scans.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(SHORT))
    kind: Mapped[str] = mapped_column(String(64))
    store: Mapped[str] = mapped_column(String(1024))
    location_key: Mapped[str] = mapped_column(String(2048))               # finest, e.g. logs/app.log:17
    key_location: Mapped[str] = mapped_column(String(2048))               # stable, e.g. logs/app.log
    column: Mapped[bool] = mapped_column(Boolean)
    field: Mapped[str] = mapped_column(String(SHORT))
    entity: Mapped[str] = mapped_column(String(64))
    category: Mapped[str | None] = mapped_column(String(SHORT), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    purposes: Mapped[list[str]] = mapped_column(JSON, default=list)
    score: Mapped[float] = mapped_column(Float)
    count: Mapped[int] = mapped_column(Integer)
    rows_scanned: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(128), index=True)
    decision: Mapped[str | None] = mapped_column(String(32), nullable=True)


class ReviewDecision(Base):
    """A reviewer's decision on a finding key or a location pattern; the latest matching one applies.

    Decisions are never deleted (audit trail): revoking one sets ``revoked_*`` and it stops applying.
    """

    __tablename__ = "piiscan_review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    config: Mapped[str] = mapped_column(String(1024), index=True)
    source: Mapped[str] = mapped_column(String(SHORT))
    location: Mapped[str | None] = mapped_column(String(2048), nullable=True)   # exact stable location
    pattern: Mapped[str | None] = mapped_column(String(2048), nullable=True)    # glob over stable locations
    entity: Mapped[str | None] = mapped_column(String(64), nullable=True)
    fingerprint: Mapped[str | None] = mapped_column(String(128), nullable=True)
    decision: Mapped[str] = mapped_column(String(32))                          # accept | suppress | false-positive
    reason: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(SHORT))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    scan_id: Mapped[int | None] = mapped_column(Integer, nullable=True)        # the scan it was made against
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(String(SHORT), nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
