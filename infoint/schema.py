"""The store's tables at the newest schema version (SQLAlchemy Core).

Migrations under ``infoint/migrations/versions`` build exactly these tables; a test
compares a migrated database with this metadata so the two cannot drift apart.
Every table carries ``learner_id``: one database can hold a whole class.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

metadata = MetaData()

SHORT = 200
ID = 100

learners = Table(
    "learners",
    metadata,
    Column("learner_id", String(ID), primary_key=True),
    Column("name", String(SHORT), nullable=False),
    Column("school", String(SHORT), nullable=False, default=""),
    Column("fields", JSON, nullable=False),
    Column("learning_goals", Text, nullable=False, default=""),
    Column("meeting_minutes", Integer, nullable=False, default=20),
    Column("meeting_mode", String(20), nullable=False, default="in person"),
    Column("email", String(SHORT), nullable=False, default=""),
    Column("phone", String(SHORT), nullable=False, default=""),
    Column("country", String(10), nullable=False, default=""),
    Column("region", String(10), nullable=False, default=""),
    Column("updated_at", DateTime, nullable=False),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("learner_id", String(ID), nullable=False),
    Column("name", String(SHORT), nullable=False),
    Column("organisation", String(SHORT), nullable=False, default=""),
    Column("role", String(SHORT), nullable=False, default=""),
    Column("field", String(SHORT), nullable=False, default=""),
    Column("email", String(SHORT), nullable=False, default=""),
    Column("phone", String(SHORT), nullable=False, default=""),
    Column("url", String(SHORT), nullable=False, default=""),
    Column("relationship", String(40), nullable=False, default="local professional"),
    Column("referred_by", String(SHORT), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("status", String(40), nullable=False, default="identified"),
    Column("source", String(SHORT), nullable=False, default="manual"),
    Column("connected_on", Date, nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_contacts_learner", "learner_id"),
)

outreach = Table(
    "outreach",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("learner_id", String(ID), nullable=False),
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True),
    Column("contact_name", String(SHORT), nullable=False, default=""),
    Column("channel", String(20), nullable=False),
    Column("subject", String(SHORT), nullable=False, default=""),
    Column("body", Text, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("score", Integer, nullable=True),
    Column("sent_on", Date, nullable=True),
    Column("created_at", DateTime, nullable=False),
    Index("ix_outreach_learner", "learner_id"),
    # Added by schema version 3: one number per version of a draft, whoever saves it.
    # Partial on both engines: migration 0003 gives each engine its WHERE. Only SQLite's
    # is written here, since a ``postgresql_where`` makes SQLAlchemy import its whole
    # PostgreSQL dialect (about 45 ms) into every SQLite kernel before a page can show.
    # Nothing creates tables from this metadata; the migrations do.
    Index("uq_outreach_contact_version", "learner_id", "contact_id", "version", unique=True,
          sqlite_where=text("contact_id IS NOT NULL")),
    Index("uq_outreach_name_version", "learner_id", "contact_name", "version", unique=True,
          sqlite_where=text("contact_id IS NULL")),
)

app_state = Table(
    "app_state",
    metadata,
    Column("learner_id", String(ID), primary_key=True),
    Column("key", String(SHORT), primary_key=True),
    Column("value", JSON, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

# --- added by schema version 2 -------------------------------------------------------

contact_events = Table(
    "contact_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("learner_id", String(ID), nullable=False),
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("on_date", Date, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Index("ix_contact_events_learner", "learner_id"),
)

plans = Table(
    "plans",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("learner_id", String(ID), nullable=False),
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True),
    Column("field", String(SHORT), nullable=False, default=""),
    Column("organisation", String(SHORT), nullable=False, default=""),
    Column("research_notes", Text, nullable=False, default=""),
    Column("questions", JSON, nullable=False),
    Column("minutes", Integer, nullable=False, default=20),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_plans_learner", "learner_id"),
)

meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("learner_id", String(ID), nullable=False),
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="SET NULL"), nullable=True),
    # Stored as naive UTC plus the IANA zone name: SQLite keeps no offsets.
    Column("starts_at_utc", DateTime, nullable=False),
    Column("timezone", String(64), nullable=False, default="UTC"),
    Column("minutes", Integer, nullable=False, default=20),
    Column("place", String(SHORT), nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Index("ix_meetings_learner", "learner_id"),
)

reflections = Table(
    "reflections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("learner_id", String(ID), nullable=False),
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True),
    Column("field", String(SHORT), nullable=False),
    Column("met_on", Date, nullable=False),
    Column("learned", JSON, nullable=False),
    Column("surprises", Text, nullable=False, default=""),
    Column("ratings", JSON, nullable=False),
    Column("tone", String(20), nullable=False, default="positive"),
    Column("pitch_strength", Integer, nullable=True),
    Column("follow_up_questions", Text, nullable=False, default=""),
    Column("suggested_people", JSON, nullable=False),
    Column("consent", Boolean, nullable=False, default=False),
    Column("thank_you", Text, nullable=False, default=""),
    Column("thank_you_sent_on", Date, nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_reflections_learner", "learner_id"),
)
