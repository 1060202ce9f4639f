"""Review decisions can be revoked (never deleted): who revoked one, when and why.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLE = "piiscan_review_decisions"


def upgrade() -> None:
    with op.batch_alter_table(TABLE) as batch:
        batch.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("revoked_by", sa.String(255), nullable=True))
        batch.add_column(sa.Column("revoke_reason", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table(TABLE) as batch:
        for column in ("revoke_reason", "revoked_by", "revoked_at"):
            batch.drop_column(column)
