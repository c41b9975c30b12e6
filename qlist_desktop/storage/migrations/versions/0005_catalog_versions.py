"""catalog versions (a catalog replaced by its next version) and the liaison's reason for a deviation

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-01 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("catalog") as batch:
        batch.add_column(sa.Column("replaced_by", sa.Integer(), nullable=True))
    with op.batch_alter_table("catalog_entry") as batch:
        batch.add_column(sa.Column("deviation_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("catalog_entry") as batch:
        batch.drop_column("deviation_reason")
    with op.batch_alter_table("catalog") as batch:
        batch.drop_column("replaced_by")
