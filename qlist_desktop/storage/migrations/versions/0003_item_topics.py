"""item topic tags (专题) and the workspace's topic vocabulary

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The topic vocabulary as shipped when this migration was written (resources/vocabularies.json may change later).
TOPICS = [
    ("enterprise_start", "企业开办"), ("business_operation", "生产经营"), ("food_safety", "食品安全"),
    ("drug_safety", "药品医疗器械"), ("construction", "建设工程"), ("work_safety", "安全生产"),
    ("fire_safety", "消防安全"), ("environment", "生态环境"), ("quality", "质量计量"), ("tax_fees", "财政税费"),
    ("employment", "就业创业"), ("social_security", "社会保障"), ("health", "医疗卫生"), ("education", "教育培训"),
    ("housing", "住房"), ("transport", "交通出行"), ("marriage_family", "婚育家庭"), ("culture_tourism", "文化旅游"),
    ("agriculture", "农业农村"), ("social_org", "社会组织"),
]


def upgrade() -> None:
    with op.batch_alter_table("item") as batch:
        batch.add_column(sa.Column("topics", sa.JSON(), nullable=False, server_default="[]"))
    conn = op.get_bind()
    row = conn.execute(sa.text("SELECT value FROM meta WHERE key = 'vocabularies'")).first()
    if row is None:
        return
    vocab = json.loads(row[0]) if isinstance(row[0], str) else row[0]
    if "topic" not in vocab:
        vocab["topic"] = [{"code": c, "label": label} for c, label in TOPICS]
        conn.execute(sa.text("UPDATE meta SET value = :v WHERE key = 'vocabularies'"),
                     {"v": json.dumps(vocab, ensure_ascii=False)})


def downgrade() -> None:
    with op.batch_alter_table("item") as batch:
        batch.drop_column("topics")
