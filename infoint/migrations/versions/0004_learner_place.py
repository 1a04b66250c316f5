"""The learner's country and region, for public holidays in follow-up dates.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.add_column(sa.Column("country", sa.String(10), nullable=False, server_default=""))
        batch.add_column(sa.Column("region", sa.String(10), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.drop_column("region")
        batch.drop_column("country")
