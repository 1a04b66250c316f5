"""Persistence for one learner's work (SQLAlchemy Core; SQLite by default, PostgreSQL by URL).

Design points, each learned the hard way by classroom tools:

* Every public write is one transaction: either all of it lands or none of it does.
* On SQLite every transaction starts with ``BEGIN IMMEDIATE`` so two writers queue on
  the busy timeout instead of failing half-way with "database is locked"; WAL mode lets
  readers go on meanwhile. A lock that still slips through is retried here, never
  shown to a learner.
* The schema is migrated on open with Alembic, under the write lock (an advisory lock
  on PostgreSQL), so thirty kernels opening a new class database migrate it once.
* A ``Store`` is bound to one learner id, taken from the environment
  (:func:`infoint.identity.current_learner_id`); every query filters on it.
* Race-safe on both backends: on PostgreSQL every write first takes a transaction-level
  advisory lock for its learner, so read-then-write steps (the next draft version, a first
  profile) run one at a time per learner, as ``BEGIN IMMEDIATE`` already makes them on
  SQLite; unique indexes (migration 0003) back the draft versions up, and first inserts
  are ``INSERT ... ON CONFLICT`` upserts.
* Every failure of the database itself (bad URL, missing driver, unwritable path, disk
  full, read-only, refused connection) becomes a :class:`StoreUnavailable` whose message
  says what to do and never holds a password (:func:`redact_url`).
"""

from __future__ import annotations

import functools
import os
import re
import threading
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import MISSING, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    func,
    select,
    text,
    update,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError

from infoint import pipeline, schema
from infoint.identity import current_learner_id
from infoint.model import (
    PIPELINE,
    Contact,
    Learner,
    Meeting,
    Outreach,
    Plan,
    Reflection,
    ValidationError,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "HEAD_REVISION",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "default_url",
    "redact_url",
]

# Kept in step with the newest file in migrations/versions (a test checks); knowing it
# here lets an up-to-date database open without importing Alembic at all.
HEAD_REVISION = "0004"

T = TypeVar("T")

EVENT_KINDS = pipeline.EVENT_KINDS  # re-exported: callers check kinds here


class StoreError(RuntimeError):
    """The store could not do what was asked; the message is safe to show a learner."""


class StoreUnavailable(StoreError):
    """The database itself failed (not the learner's input).

    The message is whole sentences: what went wrong and what to do, with any URL masked.
    """


def default_url() -> str:
    """``INFOINT_DB`` if set, else a SQLite file in the user's data directory."""
    url = os.environ.get("INFOINT_DB", "").strip()
    if url:
        return url
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("infoint", appauthor=False))
    return f"sqlite:///{folder / 'infoint.db'}"


def _now() -> datetime:
    # Naive UTC: SQLite keeps no offsets, so every timestamp in the store is UTC.
    return datetime.now(UTC).replace(tzinfo=None)


_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Hand transaction control to SQLAlchemy's "begin" hook below.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout = 60000")
            _retry(lambda: cur.execute("PRAGMA journal_mode = WAL"))
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True)


def _is_transient(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "deadlock" in text


def _retry(fn: Callable[[], T], *, seconds: float = 120.0) -> T:
    deadline = time.monotonic() + seconds
    delay = 0.01
    while True:
        try:
            return fn()
        except Exception as exc:  # sqlite3.OperationalError or SQLAlchemy's wrapper
            if not _is_transient(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _engine_for(url: str) -> Engine:
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _make_engine(url)
            try:
                _migrate(engine)
            except BaseException:
                engine.dispose()
                raise
            _engines[url] = engine
        return engine


def _current_revision(conn: Connection) -> str | None:
    if not sa_inspect(conn).has_table("alembic_version"):
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _migrate(engine: Engine) -> None:
    def run() -> None:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242001)")
            if _current_revision(conn) == HEAD_REVISION:
                return
            upgrade(conn)

    _retry(run)


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Run Alembic migrations on ``conn`` inside the caller's transaction."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "infoint:migrations")
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def _row_to(cls: type[T], row: Any, **extra: Any) -> T:
    """Build a model object from a stored row without validating it again.

    Rows were validated on their way in; re-validating 2,000 contacts on every read
    would cost a learner a visible pause on each table refresh.
    """
    data = dict(row._mapping)
    data.update(extra)
    obj = object.__new__(cls)
    values = obj.__dict__
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            values[f.name] = data[f.name]
        elif f.default is not MISSING:
            values[f.name] = f.default
        elif f.default_factory is not MISSING:
            values[f.name] = f.default_factory()
        else:  # a required field with no column: fall back to the validating constructor
            return cls(**{k: v for k, v in data.items() if k in _field_names(cls)})
    return obj


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def _columns(obj: Any, table: Any, *, drop: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    # A shallow read: dataclasses.asdict deep-copies every list and dict, which showed
    # up as a fifth of a 2,000-contact import.
    return {
        f.name: getattr(obj, f.name)
        for f in fields(obj)
        if f.name in table.c and f.name not in drop
    }


class Store:
    """One learner's view of the database. Cheap to create; engines are shared."""

    def __init__(self, engine: Engine, learner_id: str) -> None:
        if not learner_id:
            raise StoreError("no learner id")
        self.engine = engine
        self.learner_id = learner_id

    @classmethod
    def open(cls, url: str | None = None, learner_id: str | None = None) -> Store:
        url = url or default_url()
        try:
            engine = _engine_for(url)
        except StoreError:
            raise
        except Exception as exc:
            raise store_failure(exc, url, opening=True) from exc
        return cls(engine, learner_id or current_learner_id())

    @property
    def url(self) -> str:
        return redact_url(self.engine.url.render_as_string(hide_password=False))

    # -- transactions ------------------------------------------------------------------

    def _write(self, fn: Callable[[Connection], T], *, retry_conflicts: bool = False) -> T:
        """Run ``fn`` in one transaction, this learner's writes one at a time.

        ``retry_conflicts``: a unique index refused a row another writer took first (only
        possible from a writer that skips the lock, e.g. an older infoint during an
        upgrade); the whole transaction runs again, so the caller never sees it.
        """
        postgres = self.engine.dialect.name == "postgresql"

        def attempt() -> T:
            for tries in range(20):
                try:
                    with self.engine.begin() as conn:
                        if postgres:
                            conn.execute(_LEARNER_LOCK, {"key": _lock_key(self.learner_id)})
                        return fn(conn)
                except IntegrityError:
                    if not retry_conflicts or tries == 19:
                        raise
            raise AssertionError("unreachable")

        return self._guard(lambda: _retry(attempt))

    def _read(self, fn: Callable[[Connection], T]) -> T:
        def attempt() -> T:
            with self.engine.connect() as conn:
                return fn(conn)

        return self._guard(lambda: _retry(attempt))

    def _guard(self, run: Callable[[], T]) -> T:
        try:
            return run()
        except (StoreError, ValidationError):
            raise
        except (DBAPIError, OSError) as exc:
            raise store_failure(exc, self.engine.url.render_as_string(hide_password=False)) \
                from exc

    # -- profile -----------------------------------------------------------------------

    def load_profile(self) -> Learner | None:
        t = schema.learners
        row = self._read(
            lambda c: c.execute(select(t).where(t.c.learner_id == self.learner_id)).first()
        )
        return _row_to(Learner, row) if row else None

    def save_profile(self, learner: Learner) -> Learner:
        t = schema.learners
        values = _columns(learner, t) | {"updated_at": _now()}

        self._write(lambda c: _insert_or_update(c, t, {"learner_id": self.learner_id}, values))
        return learner

    # -- contacts ----------------------------------------------------------------------

    def contacts(self, status: str | None = None) -> list[Contact]:
        t = schema.contacts
        q = select(t).where(t.c.learner_id == self.learner_id).order_by(t.c.id)
        if status:
            q = q.where(t.c.status == status)
        rows = self._read(lambda c: c.execute(q).all())
        return [_row_to(Contact, r) for r in rows]

    def get_contact(self, contact_id: int) -> Contact | None:
        t = schema.contacts
        q = select(t).where(t.c.learner_id == self.learner_id, t.c.id == contact_id)
        row = self._read(lambda c: c.execute(q).first())
        return _row_to(Contact, row) if row else None

    def _insert_contacts(self, c: Connection, items: list[Contact]) -> list[Contact]:
        if not items:
            return []
        t = schema.contacts
        now = _now()
        rows = [
            _columns(contact, t)
            | {"learner_id": self.learner_id, "created_at": now, "updated_at": now}
            for contact in items
        ]
        # One batched INSERT ... RETURNING (SQLAlchemy's "insertmanyvalues"), ids in input
        # order: a 2,000-row import is one statement batch, not 2,000 round trips.
        result = c.execute(t.insert().returning(t.c.id, sort_by_parameter_order=True), rows)
        ids = [row.id for row in result]
        return [_replace(contact, id=new_id) for contact, new_id in zip(items, ids, strict=True)]

    def add_contact(self, contact: Contact) -> Contact:
        return self._write(lambda c: self._insert_contacts(c, [contact]))[0]

    def add_contacts(self, items: list[Contact]) -> list[Contact]:
        """Insert many contacts in one transaction (an import lands whole or not at all)."""
        return self._write(lambda c: self._insert_contacts(c, list(items)))

    def _update_contact(self, c: Connection, contact: Contact, gone: str) -> None:
        """Write every field of a saved ``contact``; ``gone`` is the message if it is not there."""
        if contact.id is None:
            raise StoreError("this contact has not been saved yet")
        t = schema.contacts
        values = _columns(contact, t) | {"updated_at": _now()}
        mine = (t.c.learner_id == self.learner_id) & (t.c.id == contact.id)
        result = c.execute(update(t).where(mine).values(**values))
        if result.rowcount != 1:
            raise StoreError(gone)

    def update_contact(self, contact: Contact) -> Contact:
        if contact.id is None:
            raise StoreError("this contact has not been saved yet")
        self._write(lambda c: self._update_contact(c, contact, "that contact no longer exists"))
        return contact

    def delete_contact(self, contact_id: int) -> None:
        t = schema.contacts
        e = schema.contact_events

        def run(c: Connection) -> None:
            # Explicit: PostgreSQL cascades by itself, SQLite only with foreign_keys on.
            c.execute(
                delete(e).where(e.c.learner_id == self.learner_id, e.c.contact_id == contact_id)
            )
            self._detach_drafts(c, contact_id)
            c.execute(delete(t).where(t.c.learner_id == self.learner_id, t.c.id == contact_id))

        self._write(run)

    def _detach_drafts(self, c: Connection, contact_id: int) -> None:
        """Keep a deleted contact's drafts, filed under its name after that name's drafts.

        Drafts saved without a name of their own take the contact's name, so the learner
        still finds them under it.

        The foreign key would set ``contact_id`` to NULL and leave version numbers that can
        clash with drafts already kept under the same name (a unique index refuses that).
        """
        t = schema.outreach
        ct = schema.contacts
        contact_name = c.execute(
            select(ct.c.name).where(ct.c.learner_id == self.learner_id, ct.c.id == contact_id)
        ).scalar() or ""
        rows = c.execute(
            select(t.c.id, t.c.contact_name)
            .where(t.c.learner_id == self.learner_id, t.c.contact_id == contact_id)
            .order_by(t.c.version, t.c.id)
        ).all()
        latest: dict[str, int] = {}
        for row in rows:
            # A draft saved against the contact may carry no name of its own.
            name = row.contact_name or contact_name
            if name not in latest:
                latest[name] = c.execute(
                    select(func.max(t.c.version)).where(
                        t.c.learner_id == self.learner_id,
                        t.c.contact_id.is_(None),
                        t.c.contact_name == name,
                    )
                ).scalar() or 0
            latest[name] += 1
            c.execute(
                update(t)
                .where(t.c.id == row.id)
                .values(contact_id=None, contact_name=name, version=latest[name])
            )

    def set_status(
        self, contact_id: int, status: str, *, on: date | None = None, event_kind: str = ""
    ) -> Contact:
        """Move a contact along the pipeline, recording a dated event when one is given."""
        if status not in PIPELINE:
            raise ValidationError("status", f"must be one of: {', '.join(PIPELINE)}")
        t = schema.contacts

        def run(c: Connection) -> None:
            result = c.execute(
                update(t)
                .where(t.c.learner_id == self.learner_id, t.c.id == contact_id)
                .values(status=status, updated_at=_now())
            )
            if result.rowcount != 1:
                raise StoreError("that contact no longer exists")
            if event_kind:
                self._insert_event(c, contact_id, event_kind, on or date.today(), "")

        self._write(run)
        contact = self.get_contact(contact_id)
        assert contact is not None
        return contact

    # -- contact timeline ----------------------------------------------------------------

    def _insert_event(
        self, c: Connection, contact_id: int, kind: str, on_date: date, note: str
    ) -> None:
        if kind not in EVENT_KINDS:
            raise ValidationError("kind", f"must be one of: {', '.join(EVENT_KINDS)}")
        c.execute(
            schema.contact_events.insert().values(
                learner_id=self.learner_id,
                contact_id=contact_id,
                kind=kind,
                on_date=on_date,
                note=note,
                created_at=_now(),
            )
        )

    def add_event(self, contact_id: int, kind: str, on_date: date, note: str = "") -> None:
        self._write(lambda c: self._insert_event(c, contact_id, kind, on_date, note))

    def events(self, contact_id: int | None = None) -> list[dict[str, Any]]:
        e = schema.contact_events
        q = select(e).where(e.c.learner_id == self.learner_id).order_by(e.c.on_date, e.c.id)
        if contact_id is not None:
            q = q.where(e.c.contact_id == contact_id)
        return [dict(r._mapping) for r in self._read(lambda c: c.execute(q).all())]

    # -- outreach ------------------------------------------------------------------------

    def save_outreach(self, draft: Outreach) -> Outreach:
        """Save a new version of a draft; earlier versions are kept."""
        t = schema.outreach

        def run(c: Connection) -> Outreach:
            key = (
                t.c.contact_id == draft.contact_id
                if draft.contact_id is not None
                else (t.c.contact_id.is_(None) & (t.c.contact_name == draft.contact_name))
            )
            latest = c.execute(
                select(func.max(t.c.version)).where(t.c.learner_id == self.learner_id, key)
            ).scalar()
            version = (latest or 0) + 1
            values = _columns(draft, t, drop=("id", "version")) | {
                "version": version,
                "created_at": _now(),
            }
            result = c.execute(t.insert().values(learner_id=self.learner_id, **values))
            return _replace(draft, id=result.inserted_primary_key[0], version=version)

        return self._write(run, retry_conflicts=True)

    def outreach_versions(
        self, contact_id: int | None = None, contact_name: str = ""
    ) -> list[Outreach]:
        t = schema.outreach
        q = select(t).where(t.c.learner_id == self.learner_id)
        if contact_id is not None:
            q = q.where(t.c.contact_id == contact_id)
        elif contact_name:
            q = q.where(t.c.contact_id.is_(None), t.c.contact_name == contact_name)
        rows = self._read(lambda c: c.execute(q.order_by(t.c.id)).all())
        return [_row_to(Outreach, r) for r in rows]

    def mark_sent(self, outreach_id: int, sent_on: date) -> Outreach:
        """Record a message as sent and move its contact to "contacted" (only from before a
        reply: see ``infoint.pipeline.after_sending``), atomically."""
        t = schema.outreach
        ct = schema.contacts

        def run(c: Connection) -> Outreach:
            row = c.execute(
                select(t).where(t.c.learner_id == self.learner_id, t.c.id == outreach_id)
            ).first()
            if row is None:
                raise StoreError("that draft no longer exists")
            c.execute(update(t).where(t.c.id == outreach_id).values(sent_on=sent_on))
            if row.contact_id is not None:
                mine = (ct.c.learner_id == self.learner_id) & (ct.c.id == row.contact_id)
                status = c.execute(select(ct.c.status).where(mine)).scalar()
                if status is not None:  # a contact never moves backwards by itself
                    c.execute(
                        update(ct)
                        .where(mine)
                        .values(status=pipeline.after_sending(status), updated_at=_now())
                    )
                self._insert_event(c, row.contact_id, "sent", sent_on, row.channel)
            return _row_to(Outreach, row, sent_on=sent_on)

        return self._write(run)

    def _upsert(self, c: Connection, table: Any, obj: T, values: dict[str, Any]) -> T:
        """Update ``obj``'s row if it is this learner's, else insert it; returns it with an id.

        An id that no longer exists (deleted in another tab) becomes a fresh row rather
        than an error, so a learner's typing is never thrown away.
        """
        obj_id = getattr(obj, "id", None)
        if obj_id is not None:
            result = c.execute(
                update(table)
                .where(table.c.learner_id == self.learner_id, table.c.id == obj_id)
                .values(**values)
            )
            if result.rowcount == 1:
                return obj
        extra = {"created_at": _now()} if "created_at" in table.c else {}
        result = c.execute(table.insert().values(learner_id=self.learner_id, **extra, **values))
        return _replace(obj, id=result.inserted_primary_key[0])

    # -- plans and meetings ---------------------------------------------------------------

    def save_plan(self, plan: Plan) -> Plan:
        t = schema.plans
        values = _columns(plan, t) | {"updated_at": _now()}
        return self._write(lambda c: self._upsert(c, t, plan, values))

    def plans(self) -> list[Plan]:
        t = schema.plans
        q = select(t).where(t.c.learner_id == self.learner_id).order_by(t.c.id)
        return [_row_to(Plan, r) for r in self._read(lambda c: c.execute(q).all())]

    def get_plan(self, plan_id: int) -> Plan | None:
        t = schema.plans
        q = select(t).where(t.c.learner_id == self.learner_id, t.c.id == plan_id)
        row = self._read(lambda c: c.execute(q).first())
        return _row_to(Plan, row) if row else None

    def save_meeting(self, meeting: Meeting) -> Meeting:
        t = schema.meetings
        values = _columns(meeting, t) | {
            "starts_at_utc": meeting.starts_at.astimezone(UTC).replace(tzinfo=None),
        }
        return self._write(lambda c: self._upsert(c, t, meeting, values))

    def meetings(self) -> list[Meeting]:
        t = schema.meetings
        q = select(t).where(t.c.learner_id == self.learner_id).order_by(t.c.starts_at_utc)
        out = []
        for r in self._read(lambda c: c.execute(q).all()):
            zone = _zone(r.timezone)
            starts = r.starts_at_utc.replace(tzinfo=UTC).astimezone(zone)
            out.append(_row_to(Meeting, r, starts_at=starts))
        return out

    # -- reflections ----------------------------------------------------------------------

    def save_reflection(self, reflection: Reflection) -> Reflection:
        t = schema.reflections
        values = _columns(reflection, t) | {"updated_at": _now()}
        return self._write(lambda c: self._upsert(c, t, reflection, values))

    def save_reflection_and_advance(
        self, reflection: Reflection, status: str, *, on: date, event_kind: str = ""
    ) -> Reflection:
        """Save a reflection and move its contact forward to ``status``, in one transaction.

        The contact only moves forward along ``PIPELINE`` (a thanked contact is not pulled
        back to "met" when a reflection is edited; "declined / no reply" counts as before
        "met"), and the dated event is recorded once per contact, kind and day.
        """
        if status not in PIPELINE:
            raise ValidationError("status", f"must be one of: {', '.join(PIPELINE)}")
        t = schema.reflections
        ct = schema.contacts
        e = schema.contact_events
        now = _now()
        values = _columns(reflection, t) | {"updated_at": now}
        rank = {s: i for i, s in enumerate(PIPELINE)}
        rank["declined / no reply"] = -1

        def run(c: Connection) -> Reflection:
            saved = self._upsert(c, t, reflection, values)
            if reflection.contact_id is None:
                return saved
            where = (ct.c.learner_id == self.learner_id) & (ct.c.id == reflection.contact_id)
            current = c.execute(select(ct.c.status).where(where)).scalar()
            if current is None:
                raise StoreError("that contact no longer exists")
            if rank.get(current, -1) < rank[status]:
                c.execute(update(ct).where(where).values(status=status, updated_at=now))
            if event_kind:
                seen = c.execute(
                    select(e.c.id).where(
                        e.c.learner_id == self.learner_id,
                        e.c.contact_id == reflection.contact_id,
                        e.c.kind == event_kind,
                        e.c.on_date == on,
                    )
                ).first()
                if seen is None:
                    self._insert_event(c, reflection.contact_id, event_kind, on, "")
            return saved

        return self._write(run)

    def reflections(self) -> list[Reflection]:
        t = schema.reflections
        q = select(t).where(t.c.learner_id == self.learner_id).order_by(t.c.met_on, t.c.id)
        return [_row_to(Reflection, r) for r in self._read(lambda c: c.execute(q).all())]

    def get_reflection(self, reflection_id: int) -> Reflection | None:
        t = schema.reflections
        q = select(t).where(t.c.learner_id == self.learner_id, t.c.id == reflection_id)
        row = self._read(lambda c: c.execute(q).first())
        return _row_to(Reflection, row) if row else None

    def delete_reflection(self, reflection_id: int) -> None:
        t = schema.reflections
        self._write(
            lambda c: c.execute(
                delete(t).where(t.c.learner_id == self.learner_id, t.c.id == reflection_id)
            )
        )

    def reflections_frame(self) -> pd.DataFrame:
        """This learner's reflections, one row each, with typed columns.

        Columns: id (Int64), contact_id (Int64), field (string), met_on (datetime64),
        tone (category), pitch_strength (Int64), consent (bool), n_learned (Int64),
        one ``rating_<dimension>`` column (Int64, <NA> when unrated) per dimension,
        thank_you_sent_on (datetime64), created_at (datetime64).
        """
        from infoint.frames import reflections_to_frame

        return reflections_to_frame(self.reflections(), learner_id=self.learner_id)

    # -- small per-app state (drafts, UI choices) -------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        t = schema.app_state
        q = select(t.c.value).where(t.c.learner_id == self.learner_id, t.c.key == key)
        value = self._read(lambda c: c.execute(q).scalar())
        return default if value is None else value

    def set_state(self, key: str, value: Any) -> None:
        self.set_states({key: value})

    def set_states(self, values: Mapping[str, Any]) -> None:
        """Write several state keys in one transaction (a draft and its "last" pointer).

        ``None`` removes the key: a discarded draft leaves no empty row behind (which
        "Download everything" would otherwise count as a saved setting).
        """
        t = schema.app_state
        now = _now()

        def run(c: Connection) -> None:
            for key, value in values.items():
                if value is None:
                    c.execute(
                        delete(t).where(t.c.learner_id == self.learner_id, t.c.key == key)
                    )
                    continue
                _insert_or_update(
                    c, t, {"learner_id": self.learner_id, "key": key},
                    {"value": value, "updated_at": now},
                )

        self._write(run)

    # -- the learner's data rights (infoint.learner_data) ------------------------------------
    # Both walk every table of the schema, so a table added later is never forgotten.

    def export_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of this learner, from every table, as plain dicts (one snapshot)."""

        def run(c: Connection) -> dict[str, list[dict[str, Any]]]:
            out = {}
            for t in schema.metadata.sorted_tables:
                q = select(t).where(t.c.learner_id == self.learner_id)
                q = q.order_by(*t.primary_key.columns)
                out[t.name] = [dict(r._mapping) for r in c.execute(q)]
            return out

        return self._read(run)

    def delete_all(self) -> dict[str, int]:
        """Delete every row of this learner from every table, in one transaction.

        Children before parents (reverse dependency order), so no foreign key is ever
        left pointing at a deleted row. Returns the rows deleted per table.
        """

        def run(c: Connection) -> dict[str, int]:
            counts = {}
            for t in reversed(schema.metadata.sorted_tables):
                result = c.execute(delete(t).where(t.c.learner_id == self.learner_id))
                counts[t.name] = int(result.rowcount or 0)
            return counts

        return self._write(run)


    # -- imports that merge, and merging two contacts (issue 15) ---------------------------

    def apply_import(
        self, new: list[Contact], updates: list[Contact]
    ) -> tuple[list[Contact], list[Contact]]:
        """Insert ``new`` and write ``updates`` (existing contacts with gaps filled) in one
        transaction: an import that merges lands whole or not at all."""

        def run(c: Connection) -> list[Contact]:
            for contact in updates:
                self._update_contact(c, contact, "a contact to merge into no longer exists")
            return self._insert_contacts(c, list(new))

        inserted = self._write(run)
        return inserted, list(updates)

    def merge_contacts(self, keep: Contact, drop_id: int) -> Contact:
        """``keep`` (already merged, see ``infoint.matching.merge_into``) replaces the
        contact ``drop_id``: its drafts, events, plans, meetings and reflections move to
        ``keep``, then it is deleted; one transaction."""
        if keep.id is None or keep.id == drop_id:
            raise StoreError("choose two different saved contacts to merge")
        t = schema.contacts
        values = _columns(keep, t) | {"updated_at": _now()}
        # Drafts are numbered per contact (a unique index): the dropped contact's drafts
        # follow the kept one's, in the order they were saved.
        o = schema.outreach
        referencing = [schema.contact_events, schema.plans, schema.meetings, schema.reflections]

        def run(c: Connection) -> None:
            mine = t.c.learner_id == self.learner_id
            found = c.execute(select(t.c.id).where(mine, t.c.id.in_([keep.id, drop_id]))).all()
            if len(found) != 2:
                raise StoreError("one of these contacts no longer exists")
            c.execute(update(t).where(mine, t.c.id == keep.id).values(**values))
            drafts = o.c.learner_id == self.learner_id
            base = c.execute(
                select(func.max(o.c.version)).where(drafts, o.c.contact_id == keep.id)
            ).scalar() or 0
            moving = c.execute(
                select(o.c.id).where(drafts, o.c.contact_id == drop_id).order_by(o.c.id)
            ).scalars().all()
            for offset, draft_id in enumerate(moving, start=1):
                c.execute(
                    update(o).where(o.c.id == draft_id)
                    .values(contact_id=keep.id, version=base + offset)
                )
            for table in referencing:
                c.execute(
                    update(table)
                    .where(table.c.learner_id == self.learner_id, table.c.contact_id == drop_id)
                    .values(contact_id=keep.id)
                )
            c.execute(delete(t).where(mine, t.c.id == drop_id))

        self._write(run)
        return keep


    def draft_dates(self, contact_id: int) -> list[tuple[date, str, int]]:
        """(day drafted, channel, version) of every saved draft to this contact, oldest first."""
        t = schema.outreach
        q = (
            select(t.c.created_at, t.c.channel, t.c.version)
            .where(t.c.learner_id == self.learner_id, t.c.contact_id == contact_id)
            .order_by(t.c.id)
        )
        rows = self._read(lambda c: c.execute(q).all())
        return [(r.created_at.date(), r.channel, r.version) for r in rows]


def _replace(obj: T, **changes: Any) -> T:
    # dataclasses.replace would re-validate; the object is already valid, so copy as-is.
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


def _zone(name: str) -> Any:
    try:
        return ZoneInfo(name)
    except Exception:
        return UTC


# Two-key advisory lock: 4242002 names "a learner's writes", the second key the learner.
_LEARNER_LOCK = text("SELECT pg_advisory_xact_lock(4242002, :key)")


def _lock_key(learner_id: str) -> int:
    # A signed 32-bit key per learner for pg_advisory_xact_lock(int, int).
    return zlib.crc32(learner_id.encode("utf-8")) - 2**31


def _insert_or_update(
    c: Connection, table: Any, keys: dict[str, Any], values: dict[str, Any]
) -> None:
    """One statement that inserts the row or updates it if its key is already there.

    A check-then-insert lets two first saves both see "no row" and one of them fail on the
    primary key (1 run in 3 on PostgreSQL); ``ON CONFLICT`` decides inside the database.
    """
    dialect = c.dialect.name
    if dialect in {"postgresql", "sqlite"}:
        if dialect == "postgresql":  # imported here: a SQLite kernel never needs it
            from sqlalchemy.dialects import postgresql as pg_dialect

            insert = pg_dialect.insert(table)
        else:
            insert = sqlite_dialect.insert(table)
        c.execute(
            insert.values(**keys, **values).on_conflict_do_update(
                index_elements=list(keys), set_=values
            )
        )
        return
    where = [table.c[k] == v for k, v in keys.items()]
    if c.execute(update(table).where(*where).values(**values)).rowcount == 0:
        c.execute(table.insert().values(**keys, **values))


# -- URLs and errors a learner may see -------------------------------------------------------

_SCHEME = re.compile(r"\b([a-z][a-z0-9+.\-]*)://", re.IGNORECASE)


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***``; safe to print or show on a page.

    Robust to passwords with unencoded ``@``, ``:`` or ``/``: everything up to the LAST
    ``@`` is taken as credentials (a host never holds an ``@``), so a strange URL is masked
    too much rather than too little. Works on a URL inside a longer text as well.
    """
    match = _SCHEME.search(url)
    if not match:
        return url
    head, rest = url[: match.end()], url[match.end():]
    if rest.startswith("/") or "@" not in rest:
        return head + rest  # sqlite:///path, or no credentials at all
    creds, host = rest.rsplit("@", 1)
    user, has_password, _ = creds.partition(":")
    return f"{head}{user}:***@{host}" if has_password else f"{head}{creds}@{host}"


def _secrets_in(url: str) -> list[str]:
    """Every string that may be the password in ``url``, however it was parsed."""
    found = []
    match = _SCHEME.search(url)
    if match:
        rest = url[match.end():]
        if "@" in rest and not rest.startswith("/"):
            creds = rest.rsplit("@", 1)[0]
            if ":" in creds:
                found.append(creds.split(":", 1)[1])
    try:
        from sqlalchemy.engine import make_url

        password = make_url(url).password
        if password:
            found.append(str(password))
    except Exception:
        pass
    # Longest first, and every run of pieces between "@"s: a driver that parsed
    # "p@ss@word@host" as password "p" and host "ss@word@host" may print "ss@word".
    pieces = set()
    for secret in found:
        parts = secret.split("@")
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                piece = "@".join(parts[i:j])
                if len(piece) >= 3:
                    pieces.add(piece)
    return sorted(pieces, key=len, reverse=True)


def mask_secrets(message: str, url: str) -> str:
    """``message`` (e.g. a driver's error) with ``url``'s password and any URL masked."""
    for secret in _secrets_in(url):
        message = message.replace(secret, "***")
    return re.sub(r"\S+://\S+", lambda m: redact_url(m.group(0)), message)


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0][:300]


def store_failure(exc: BaseException, url: str, *, opening: bool = False) -> StoreUnavailable:
    """Turn a database failure into a message that says what happened and what to do."""
    where = redact_url(url)
    detail = mask_secrets(_first_line(exc), url)
    low = detail.lower()
    if isinstance(exc, ArgumentError | ValueError) and not isinstance(exc, NoSuchModuleError):
        message = (
            f"The store address {where} is not a valid database URL. Set INFOINT_DB (or "
            "--db) to a URL such as sqlite:///path/to/infoint.db or "
            "postgresql+psycopg://user:password@host/dbname; characters such as @ : / in "
            "the password must be percent-encoded (@ is %40, : is %3A, / is %2F)."
        )
    elif isinstance(exc, NoSuchModuleError | ImportError):
        message = (
            f"The database driver for {where} is not installed ({detail}). Install it in "
            "the environment that runs infoint (for PostgreSQL: pip install 'psycopg[binary]'),"
            " or use a sqlite:/// URL."
        )
    elif "disk is full" in low or "no space left" in low or "could not extend" in low:
        message = (
            f"The disk that holds the store {where} is full. Free some space there, then "
            "try again; what was saved before is safe."
        )
    elif "readonly database" in low or "read-only" in low or "read only" in low:
        message = (
            f"The store {where} is read-only. Make the file and its folder writable (or "
            "use a database role that may write), then try again."
        )
    elif not url.startswith("sqlite") and ("permission denied" in low or "must be owner" in low):
        message = (
            f"The database role in {where} may not do this ({detail}). On JupyterHub, stop "
            "and start your server from the hub's control panel (the hub updates the "
            "database first); otherwise ask the database's owner for the grant."
        )
    elif "permission denied" in low or "unable to open database file" in low or (
        isinstance(exc, OSError) and not isinstance(exc, ConnectionError | TimeoutError)
    ):
        message = (
            f"The store {where} cannot be opened for writing ({detail}). Check that the "
            "folder exists and is writable by this server, or point INFOINT_DB elsewhere."
        )
    elif "row-level security" in low:
        message = "This server may only change its own learner's rows."
    elif "password authentication failed" in low or "authentication" in low:
        message = (
            f"The database refused the login for {where}. Check the user name and password "
            "in the URL (the hub sets them for each learner: restart your server)."
        )
    elif any(word in low for word in ("connection", "could not translate host", "resolve",
                                      "name or service", "timeout", "timed out")):
        message = (
            f"The database at {where} did not answer ({detail}). Check that it is running "
            "and reachable, then try again; nothing was changed."
        )
    else:
        message = (
            f"The store {where} failed ({detail}). Nothing was changed; please try again, "
            "and tell your instructor if it keeps happening."
        )
    if opening and not message.startswith("This server"):
        message = "infoint could not open its store. " + message
    return StoreUnavailable(message)


# Kept for callers that imported the old name.
_redact = redact_url
