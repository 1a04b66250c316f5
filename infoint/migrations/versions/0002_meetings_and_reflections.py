"""Contact timelines, question plans, meetings and reflections.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _contact_fk(ondelete: str = "SET NULL") -> sa.Column:
    return sa.Column(
        "contact_id",
        sa.Integer,
        sa.ForeignKey("contacts.id", ondelete=ondelete),
        nullable=ondelete != "CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "contact_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.String(100), nullable=False),
        _contact_fk("CASCADE"),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("on_date", sa.Date, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_contact_events_learner", "contact_events", ["learner_id"])
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.String(100), nullable=False),
        _contact_fk(),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("research_notes", sa.Text, nullable=False),
        sa.Column("questions", sa.JSON, nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_plans_learner", "plans", ["learner_id"])
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.String(100), nullable=False),
        _contact_fk(),
        sa.Column(
            "plan_id", sa.Integer, sa.ForeignKey("plans.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("starts_at_utc", sa.DateTime, nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_meetings_learner", "meetings", ["learner_id"])
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.String(100), nullable=False),
        _contact_fk(),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("met_on", sa.Date, nullable=False),
        sa.Column("learned", sa.JSON, nullable=False),
        sa.Column("surprises", sa.Text, nullable=False),
        sa.Column("ratings", sa.JSON, nullable=False),
        sa.Column("tone", sa.String(20), nullable=False),
        sa.Column("pitch_strength", sa.Integer, nullable=True),
        sa.Column("follow_up_questions", sa.Text, nullable=False),
        sa.Column("suggested_people", sa.JSON, nullable=False),
        sa.Column("consent", sa.Boolean, nullable=False),
        sa.Column("thank_you", sa.Text, nullable=False),
        sa.Column("thank_you_sent_on", sa.Date, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_reflections_learner", "reflections", ["learner_id"])
