"""PostgreSQL row-level security: a learner's credentials reach only that learner's rows.

Uses the roles the hub would create (:func:`infoint.access.prepare_server`) on the
database in INFOINT_TEST_POSTGRES, then talks SQL directly with each URL, as a learner
with a shell would. Roles made here are dropped at the end.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from infoint import access
from infoint.model import Contact, Reflection
from infoint.store import Store, StoreError
from tests.conftest import _postgres_or_skip

TABLES = ("learners", "contacts", "outreach", "app_state", "contact_events", "plans",
          "meetings", "reflections")


@pytest.fixture
def klass() -> Iterator[dict]:
    owner = _postgres_or_skip()
    run = uuid.uuid4().hex[:8]
    users = {"ana": f"ana-{run}@school.example", "ben": f"ben.{run}", "teach": f"t{run}"}
    creds = {
        "ana": access.prepare_server(owner, users["ana"], instructor=False),
        "ben": access.prepare_server(owner, users["ben"], instructor=False),
        "teach": access.prepare_server(owner, users["teach"], instructor=True),
    }
    for who in ("ana", "ben"):
        store = Store.open(owner, learner_id=users[who])
        (c,) = store.add_contacts([Contact(name=f"Secret {who} {run}", email=f"{who}@x.example")])
        store.save_reflection(Reflection(field="teaching", met_on=date.today(), contact_id=c.id,
                                         surprises=f"shared {who}", consent=True))
        store.save_reflection(Reflection(field="teaching", met_on=date.today(),
                                         surprises=f"private {who}", consent=False))
    yield {"owner": owner, "users": users, "creds": creds, "run": run}
    engine = create_engine(owner)
    with engine.begin() as conn:
        for table in TABLES:
            conn.execute(text(f"DELETE FROM {table} WHERE learner_id = ANY(:ids)"),
                         {"ids": list(users.values())})
        for lid in users.values():
            for role in (access.learner_role(lid), access.instructor_role(lid)):
                if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                {"r": role}).first():
                    conn.exec_driver_sql(f"DROP OWNED BY {role}")
                    conn.exec_driver_sql(f"DROP ROLE {role}")
    engine.dispose()


def _rows(url: str, sql: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_python_and_sql_role_names_agree(klass):
    for lid in klass["users"].values():
        (sql_name,) = _rows(klass["owner"], f"SELECT infoint_learner_role('{lid}')")[0]
        assert sql_name == access.learner_role(lid)


def test_a_learner_url_reads_only_that_learners_rows(klass):
    ana = klass["creds"]["ana"]
    assert ana.class_url is None
    assert klass["owner"] not in ana.store_url
    for table in TABLES:
        owners = {r[0] for r in _rows(ana.store_url, f"SELECT learner_id FROM {table}")}
        assert owners <= {klass["users"]["ana"]}, table
    names = [r[0] for r in _rows(ana.store_url, "SELECT name FROM contacts")]
    assert names == [f"Secret ana {klass['run']}"]


def test_a_learner_cannot_forge_rows_roles_or_settings(klass):
    ana, ben = klass["creds"]["ana"], klass["users"]["ben"]
    engine = create_engine(ana.store_url)
    try:
        with engine.connect() as conn:
            with pytest.raises(Exception, match="row-level security"):
                conn.execute(text(
                    "INSERT INTO contacts (learner_id, name, organisation, role, field, email, "
                    "phone, url, relationship, referred_by, notes, status, source, created_at, "
                    "updated_at) VALUES (:b, 'x', '', '', '', '', '', '', '', '', '', '', '', "
                    "now(), now())"), {"b": ben})
            conn.rollback()
            # Updating or deleting another learner's rows silently touches nothing.
            assert conn.execute(text("UPDATE contacts SET notes = 'pwned' WHERE learner_id = :b"),
                                {"b": ben}).rowcount == 0
            assert conn.execute(text("DELETE FROM reflections WHERE learner_id = :b"),
                                {"b": ben}).rowcount == 0
            conn.rollback()
            # A session setting or a role switch does not widen anything.
            conn.execute(text("SELECT set_config('infoint.learner', :b, false)"), {"b": ben})
            assert conn.execute(text("SELECT count(*) FROM contacts WHERE learner_id = :b"),
                                {"b": ben}).scalar() == 0
            for role in ("infoint_instructor", access.learner_role(ben), klass["owner"]
                         .split("//")[1].split(":")[0]):
                with pytest.raises(Exception, match="permission denied|must be|not"):
                    conn.exec_driver_sql(f'SET ROLE "{role}"')
                conn.rollback()
            with pytest.raises(Exception, match="permission denied"):
                conn.exec_driver_sql("CREATE TABLE mine (x int)")
            conn.rollback()
    finally:
        engine.dispose()
    # Through the store: the error is a clear message, not a traceback.
    store = Store.open(ana.store_url, learner_id=ben)
    with pytest.raises(StoreError, match="its own learner"):
        store.add_contact(Contact(name="Forged"))


def test_the_instructor_reads_the_class_but_only_shared_reflections(klass):
    teach = klass["creds"]["teach"]
    assert teach.class_url
    surprises = {r[0] for r in _rows(teach.class_url, "SELECT surprises FROM reflections")}
    assert {"shared ana", "shared ben"} <= surprises
    assert not any(s.startswith("private") for s in surprises)
    learners = {r[0] for r in _rows(teach.class_url, "SELECT DISTINCT learner_id FROM contacts")}
    assert {klass["users"]["ana"], klass["users"]["ben"]} <= learners
    engine = create_engine(teach.class_url)
    try:
        with engine.connect() as conn, pytest.raises(Exception, match="permission denied|policy"):
            conn.execute(text("UPDATE contacts SET notes = 'x'"))
    finally:
        engine.dispose()
    # The instructor's own learner URL is an ordinary learner's.
    own = {r[0] for r in _rows(teach.store_url, "SELECT learner_id FROM reflections")}
    assert own <= {klass["users"]["teach"]}


def test_a_demoted_instructor_loses_the_class_role(klass):
    owner, teach = klass["owner"], klass["users"]["teach"]
    old = klass["creds"]["teach"].class_url
    again = access.prepare_server(owner, teach, instructor=False)
    assert again.class_url is None
    with pytest.raises(Exception, match="not permitted to log in|authentication failed"):
        _rows(old, "SELECT 1")


def test_a_restart_rotates_the_password(klass):
    owner, ana = klass["owner"], klass["users"]["ana"]
    old = klass["creds"]["ana"].store_url
    new = access.prepare_server(owner, ana, instructor=False).store_url
    assert new != old
    assert _rows(new, "SELECT 1") == [(1,)]
    with pytest.raises(Exception, match="authentication failed"):
        _rows(old, "SELECT 1")


def test_every_store_operation_works_through_a_learner_role(klass):
    """The apps run on the learner's URL: upserts, versions, deletes all pass the policies."""
    from infoint.model import Learner, Outreach

    lid = klass["users"]["ana"]
    store = Store.open(klass["creds"]["ana"].store_url, learner_id=lid)
    store.save_profile(Learner(name="Ana"))
    store.save_profile(Learner(name="Ana Again"))
    store.set_state("draft", {"x": 1})
    store.set_state("draft", {"x": 2})
    (c,) = store.add_contacts([Contact(name="Mrs Green")])
    first = store.save_outreach(Outreach(contact_id=c.id, channel="email", body="Hello"))
    second = store.save_outreach(Outreach(contact_id=c.id, channel="email", body="Hello!"))
    store.mark_sent(second.id, date.today())
    store.delete_contact(c.id)
    assert store.load_profile().name == "Ana Again"
    assert store.get_state("draft") == {"x": 2}
    assert (first.version, second.version) == (1, 2)
    assert [d.version for d in store.outreach_versions(contact_name="Mrs Green")] == [1, 2]
    assert all(x.name != "Mrs Green" for x in store.contacts())


def test_a_learner_role_cannot_change_the_schema_and_is_told_what_to_do(klass):
    from sqlalchemy.engine import make_url

    from infoint.store import store_failure

    url = klass["creds"]["ana"].store_url
    engine = create_engine(url)
    try:
        with engine.begin() as conn, pytest.raises(Exception, match="must be owner") as excinfo:
            conn.exec_driver_sql("ALTER TABLE contacts ADD COLUMN evil text")
    finally:
        engine.dispose()
    message = str(store_failure(excinfo.value, url))
    assert "control panel" in message and "***" in message
    assert make_url(url).password not in message
