"""Unique draft versions on both backends; row-level security on PostgreSQL.

Revision ID: 0003
Revises: 0002

* Outreach versions: ``max(version) + 1`` raced on PostgreSQL (116 of 390 duplicated by 30
  writers). Two partial unique indexes make a duplicate impossible: one for drafts tied to
  a contact, one for drafts tied only to a name. Duplicates left by the race are
  renumbered first, in save order, so the indexes can be built on an existing class.
* PostgreSQL only: every learner table gets row-level security. A connection sees and
  writes a row when its login role is the learner's own role (see
  :func:`infoint.access.learner_role`), or reads it when its role is a member of
  ``infoint_instructor`` (reflections: shared ones only). The table owner is exempt (RLS is
  enabled, not forced), so the hub and admin tools keep working with the owner's URL.
  ``current_user`` is the login role of the connection and a learner cannot change it
  (``SET ROLE`` needs membership), unlike a session setting, which any process can set.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LEARNER_TABLES = (
    "learners", "contacts", "outreach", "app_state",
    "contact_events", "plans", "meetings", "reflections",
)

# Kept in step with infoint.access.learner_role (a test compares the two).
LEARNER_ROLE_FUNCTION = """
CREATE OR REPLACE FUNCTION infoint_learner_role(learner text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT 'infoint_l_' || left(encode(sha256(convert_to(learner, 'UTF8')), 'hex'), 40)
$$
"""

IS_INSTRUCTOR_FUNCTION = """
CREATE OR REPLACE FUNCTION infoint_is_instructor() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles u ON u.oid = m.member
        WHERE g.rolname = 'infoint_instructor' AND u.rolname = current_user
    )
$$
"""


def _renumber_duplicate_versions() -> None:
    # Whole draft histories that hold a repeated version are renumbered 1..n by id (the
    # order they were saved in); histories without a repeat keep their numbers. Done in
    # Python: an UPDATE whose subquery reads the versions it is changing would see its own
    # half-done work on SQLite.
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, learner_id, contact_id, contact_name, version FROM outreach "
                "ORDER BY id")
    ).all()
    histories: dict[tuple, list] = {}
    for row in rows:
        key = (row.learner_id, row.contact_id, "" if row.contact_id is not None
               else row.contact_name)
        histories.setdefault(key, []).append(row)
    update = sa.text("UPDATE outreach SET version = :version WHERE id = :id")
    for history in histories.values():
        versions = [r.version for r in history]
        if len(set(versions)) == len(versions):
            continue
        bind.execute(update, [{"id": r.id, "version": n}
                              for n, r in enumerate(history, start=1)])


def upgrade() -> None:
    _renumber_duplicate_versions()
    with_contact = sa.text("contact_id IS NOT NULL")
    name_only = sa.text("contact_id IS NULL")
    op.create_index(
        "uq_outreach_contact_version", "outreach", ["learner_id", "contact_id", "version"],
        unique=True, sqlite_where=with_contact, postgresql_where=with_contact,
    )
    op.create_index(
        "uq_outreach_name_version", "outreach", ["learner_id", "contact_name", "version"],
        unique=True, sqlite_where=name_only, postgresql_where=name_only,
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(LEARNER_ROLE_FUNCTION)
    op.execute(IS_INSTRUCTOR_FUNCTION)
    for table in LEARNER_TABLES:
        own = "infoint_learner_role(learner_id) = current_user"
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY infoint_own_rows ON {table} FOR ALL TO PUBLIC "
            f"USING ({own}) WITH CHECK ({own})"
        )
        shared = " AND consent" if table == "reflections" else ""
        op.execute(
            f"CREATE POLICY infoint_class_read ON {table} FOR SELECT TO PUBLIC "
            f"USING (infoint_is_instructor(){shared})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in LEARNER_TABLES:
            op.execute(f"DROP POLICY IF EXISTS infoint_class_read ON {table}")
            op.execute(f"DROP POLICY IF EXISTS infoint_own_rows ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP FUNCTION IF EXISTS infoint_is_instructor()")
        op.execute("DROP FUNCTION IF EXISTS infoint_learner_role(text)")
    op.drop_index("uq_outreach_name_version", "outreach")
    op.drop_index("uq_outreach_contact_version", "outreach")
