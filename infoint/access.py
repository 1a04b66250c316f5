"""Who may read what on a shared class database, enforced by PostgreSQL itself.

On JupyterHub every learner's server logs in to PostgreSQL with a role of its own
(:func:`learner_role`); migration 0003's row-level security lets that role see and change
only rows whose ``learner_id`` maps to it. Instructors' servers get, in addition, a role
that is a member of ``infoint_instructor`` and may read the class (shared reflections
only). The hub creates the roles with the owner's URL and hands each server only its own
URLs (:func:`prepare_server`), with a fresh random password at every start: nothing the
learner's process can set (an environment variable, a session setting) widens what it
reads, because the database decides by the login role.

A single-user install (SQLite, or PostgreSQL with one role) keeps working as before: the
owner of the tables is exempt from row-level security.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from infoint.identity import learner_id_for

__all__ = [
    "CLASS_DB_VAR",
    "INSTRUCTOR_GROUP",
    "LEARNER_GROUP",
    "ServerCredentials",
    "class_store_url",
    "instructor_role",
    "learner_role",
    "on_hub",
    "prepare_server",
]

CLASS_DB_VAR = "INFOINT_CLASS_DB"
LEARNER_GROUP = "infoint_learner"
INSTRUCTOR_GROUP = "infoint_instructor"
_ROLE = re.compile(r"^infoint_[li]_[0-9a-f]{40}$")
_SETUP_LOCK = 4242003


def _digest(learner_id: str) -> str:
    return hashlib.sha256(learner_id.encode("utf-8")).hexdigest()[:40]


def learner_role(learner_id: str) -> str:
    """The PostgreSQL login role of one learner (same formula as SQL ``infoint_learner_role``).

    A hash, so that any learner id (up to 100 characters, with ``@`` or ``.``) gives a
    valid role name under PostgreSQL's 63-byte limit that needs no quoting.
    """
    return f"infoint_l_{_digest(learner_id)}"


def instructor_role(learner_id: str) -> str:
    """The login role an instructor's server reads the class with."""
    return f"infoint_i_{_digest(learner_id)}"


def on_hub(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return bool(env.get("JUPYTERHUB_USER", "").strip())


def class_store_url(environ: Mapping[str, str] | None = None) -> str | None:
    """The URL class views read with: on the hub only the instructor URL the hub gave."""
    env = os.environ if environ is None else environ
    if on_hub(env):
        return env.get(CLASS_DB_VAR, "").strip() or None
    return env.get("INFOINT_DB", "").strip() or None


@dataclass(frozen=True)
class ServerCredentials:
    """What the hub passes to one user's server: its own URLs, never the owner's."""

    store_url: str
    class_url: str | None

    def environment(self) -> dict[str, str]:
        env = {"INFOINT_DB": self.store_url}
        if self.class_url:
            env[CLASS_DB_VAR] = self.class_url
        return env


def _url_for(owner_url: str, role: str, password: str) -> str:
    return make_url(owner_url).set(username=role, password=password).render_as_string(
        hide_password=False
    )


def _ensure_login_role(conn: Connection, role: str, group: str, password: str) -> None:
    # Role names and passwords are hex made here, checked again: DDL takes no parameters.
    assert _ROLE.match(role) and re.fullmatch(r"[0-9a-f]{64}", password)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    verb = "ALTER" if exists else "CREATE"
    conn.exec_driver_sql(
        f"{verb} ROLE {role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT "
        f"CONNECTION LIMIT 50 PASSWORD '{password}'"
    )
    conn.exec_driver_sql(f"GRANT {group} TO {role}")


def _disable_role(conn: Connection, role: str) -> None:
    assert _ROLE.match(role)
    if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
        conn.exec_driver_sql(f"ALTER ROLE {role} NOLOGIN")
        conn.exec_driver_sql(f"REVOKE {INSTRUCTOR_GROUP} FROM {role}")


def ensure_groups(conn: Connection) -> list[str]:
    """Create the two group roles and grant them the tables that have row security.

    Only tables with row-level security enabled are granted: a table added later without
    a policy stays closed to learners (their app fails loudly) instead of wide open.
    Returns the tables granted.
    """
    for group in (LEARNER_GROUP, INSTRUCTOR_GROUP):
        if not conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}
        ).first():
            conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
    tables = [
        row[0]
        for row in conn.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relrowsecurity "
                "ORDER BY c.relname"
            )
        )
    ]
    if not tables:
        raise RuntimeError("the class database has no row-level security: run migration 0003")
    # Learners may not create objects next to the class tables (PostgreSQL < 15 allows it).
    conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {LEARNER_GROUP}, {INSTRUCTOR_GROUP}")
    for table in tables:
        conn.exec_driver_sql(
            f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" TO {LEARNER_GROUP}'
        )
        conn.exec_driver_sql(f'GRANT SELECT ON "{table}" TO {INSTRUCTOR_GROUP}')
    conn.exec_driver_sql(
        f"GRANT SELECT ON alembic_version TO {LEARNER_GROUP}, {INSTRUCTOR_GROUP}"
    )
    conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {LEARNER_GROUP}")
    return tables


def prepare_server(owner_url: str, username: str, *, instructor: bool) -> ServerCredentials:
    """Set up the database roles for one user's server; returns the URLs it may have.

    Called by the hub (with the owner's URL) before each server starts: migrates the
    schema, ensures the group roles and grants, and gives the user's login role(s) a new
    random password. An instructor also gets the class-reading role; a user who is no
    longer an instructor loses it. On SQLite (a try-out) there are no roles: the server
    gets the same file and, if instructor, the same URL for class views.
    """
    from infoint.store import Store

    learner_id = learner_id_for(username)
    store = Store.open(owner_url, learner_id=learner_id)  # migrates to the newest schema
    engine = store.engine
    if engine.dialect.name != "postgresql":
        return ServerCredentials(owner_url, owner_url if instructor else None)
    own_password = secrets.token_hex(32)
    class_password = secrets.token_hex(32)
    with engine.begin() as conn:
        # Two servers starting at once must not race on CREATE ROLE or GRANT.
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SETUP_LOCK})
        ensure_groups(conn)
        _ensure_login_role(conn, learner_role(learner_id), LEARNER_GROUP, own_password)
        if instructor:
            _ensure_login_role(conn, instructor_role(learner_id), INSTRUCTOR_GROUP,
                               class_password)
        else:
            _disable_role(conn, instructor_role(learner_id))
    return ServerCredentials(
        _url_for(owner_url, learner_role(learner_id), own_password),
        _url_for(owner_url, instructor_role(learner_id), class_password) if instructor
        else None,
    )
