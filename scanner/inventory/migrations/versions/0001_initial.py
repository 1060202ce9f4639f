"""Initial inventory schema: scans, per-source status, findings by key, review decisions.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "piiscan_scans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("config", sa.String(1024), nullable=False, index=True),
        sa.Column("config_digest", sa.String(64), nullable=False),
        sa.Column("policy_name", sa.String(255), nullable=False),
        sa.Column("policy_digest", sa.String(64), nullable=False),
        sa.Column("piiscan_version", sa.String(32), nullable=False),
        sa.Column("started", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished", sa.DateTime(timezone=True), nullable=True),
        sa.Column("complete", sa.Boolean, nullable=False),
        sa.Column("full", sa.Boolean, nullable=False),
    )
    op.create_table(
        "piiscan_scan_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scan_id", sa.Integer, sa.ForeignKey("piiscan_scans.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("partial", sa.Boolean, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("chunks", sa.Integer, nullable=False),
    )
    op.create_table(
        "piiscan_findings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scan_id", sa.Integer, sa.ForeignKey("piiscan_scans.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("source", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("store", sa.String(1024), nullable=False),
        sa.Column("location_key", sa.String(2048), nullable=False),
        sa.Column("key_location", sa.String(2048), nullable=False),
        sa.Column("column", sa.Boolean, nullable=False),
        sa.Column("field", sa.String(255), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("category", sa.String(255), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("purposes", sa.JSON, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("rows_scanned", sa.Integer, nullable=False),
        sa.Column("fingerprint", sa.String(128), nullable=False, index=True),
        sa.Column("decision", sa.String(32), nullable=True),
    )
    op.create_table(
        "piiscan_review_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("config", sa.String(1024), nullable=False, index=True),
        sa.Column("source", sa.String(255), nullable=False),
        sa.Column("location", sa.String(2048), nullable=True),
        sa.Column("pattern", sa.String(2048), nullable=True),
        sa.Column("entity", sa.String(64), nullable=True),
        sa.Column("fingerprint", sa.String(128), nullable=True),
        sa.Column("decision", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("by", sa.String(255), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("scan_id", sa.Integer, nullable=True),
    )


def downgrade() -> None:
    for table in ("piiscan_review_decisions", "piiscan_findings", "piiscan_scan_sources", "piiscan_scans"):
        op.drop_table(table)
