"""index the audit log by time and items by category, for change statements and filters

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 17:10:00
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_item_category", "item", ["category"])


def downgrade() -> None:
    op.drop_index("ix_item_category", table_name="item")
    op.drop_index("ix_audit_log_at", table_name="audit_log")
