"""the responsibility list (责任清单): its entries and their audit log

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-01 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duty_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("part", sa.String, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.String, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_duty_entry_part", "duty_entry", ["part"])
    op.create_table(
        "duty_audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.String, nullable=False),
        sa.Column("part", sa.String, nullable=False),
        sa.Column("entry_id", sa.Integer, nullable=False),
        sa.Column("field", sa.String, nullable=False),
        sa.Column("old", sa.JSON, nullable=True),
        sa.Column("new", sa.JSON, nullable=True),
        sa.Column("source", sa.String, nullable=False),
    )
    op.create_index("ix_duty_audit_log_at", "duty_audit_log", ["at"])
    op.create_index("ix_duty_audit_log_entry_id", "duty_audit_log", ["entry_id"])


def downgrade() -> None:
    op.drop_table("duty_audit_log")
    op.drop_table("duty_entry")
