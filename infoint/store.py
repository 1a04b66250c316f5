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
"""

from __future__ import annotations

import functools
import os
import threading
import time
from collections.abc import Callable
from dataclasses import MISSING, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import OperationalError

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

__all__ = ["HEAD_REVISION", "Store", "StoreError", "default_url"]

# Kept in step with the newest file in migrations/versions (a test checks); knowing it
# here lets an up-to-date database open without importing Alembic at all.
HEAD_REVISION = "0004"

T = TypeVar("T")

EVENT_KINDS = pipeline.EVENT_KINDS  # re-exported: callers check kinds here


class StoreError(RuntimeError):
    """The store could not do what was asked; the message is safe to show a learner."""


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
            _migrate(engine)
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
        except OperationalError as exc:
            raise StoreError(f"could not open the store at {_redact(url)}: {exc.orig}") from exc
        return cls(engine, learner_id or current_learner_id())

    @property
    def url(self) -> str:
        return _redact(str(self.engine.url))

    # -- transactions ------------------------------------------------------------------

    def _write(self, fn: Callable[[Connection], T]) -> T:
        def attempt() -> T:
            with self.engine.begin() as conn:
                return fn(conn)

        return _retry(attempt)

    def _read(self, fn: Callable[[Connection], T]) -> T:
        def attempt() -> T:
            with self.engine.connect() as conn:
                return fn(conn)

        return _retry(attempt)

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

        def run(c: Connection) -> None:
            exists = c.execute(
                select(t.c.learner_id).where(t.c.learner_id == self.learner_id)
            ).first()
            if exists:
                c.execute(update(t).where(t.c.learner_id == self.learner_id).values(**values))
            else:
                c.execute(t.insert().values(learner_id=self.learner_id, **values))

        self._write(run)
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

    def update_contact(self, contact: Contact) -> Contact:
        if contact.id is None:
            raise StoreError("this contact has not been saved yet")
        t = schema.contacts
        values = _columns(contact, t) | {"updated_at": _now()}

        def run(c: Connection) -> None:
            result = c.execute(
                update(t)
                .where(t.c.learner_id == self.learner_id, t.c.id == contact.id)
                .values(**values)
            )
            if result.rowcount != 1:
                raise StoreError("that contact no longer exists")

        self._write(run)
        return contact

    def delete_contact(self, contact_id: int) -> None:
        t = schema.contacts
        e = schema.contact_events

        def run(c: Connection) -> None:
            # Explicit: PostgreSQL cascades by itself, SQLite only with foreign_keys on.
            c.execute(
                delete(e).where(e.c.learner_id == self.learner_id, e.c.contact_id == contact_id)
            )
            c.execute(delete(t).where(t.c.learner_id == self.learner_id, t.c.id == contact_id))

        self._write(run)

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

        return self._write(run)

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
        t = schema.app_state

        def run(c: Connection) -> None:
            where = (t.c.learner_id == self.learner_id) & (t.c.key == key)
            result = c.execute(update(t).where(where).values(value=value, updated_at=_now()))
            if result.rowcount == 0:
                c.execute(
                    t.insert().values(
                        learner_id=self.learner_id, key=key, value=value, updated_at=_now()
                    )
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
        t = schema.contacts

        def run(c: Connection) -> list[Contact]:
            for contact in updates:
                if contact.id is None:
                    raise StoreError("an updated contact has no id")
                values = _columns(contact, t) | {"updated_at": _now()}
                result = c.execute(
                    update(t)
                    .where(t.c.learner_id == self.learner_id, t.c.id == contact.id)
                    .values(**values)
                )
                if result.rowcount != 1:
                    raise StoreError("a contact to merge into no longer exists")
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
        referencing = [
            schema.outreach, schema.contact_events, schema.plans, schema.meetings,
            schema.reflections,
        ]

        def run(c: Connection) -> None:
            mine = t.c.learner_id == self.learner_id
            found = c.execute(select(t.c.id).where(mine, t.c.id.in_([keep.id, drop_id]))).all()
            if len(found) != 2:
                raise StoreError("one of these contacts no longer exists")
            c.execute(update(t).where(mine, t.c.id == keep.id).values(**values))
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


def _redact(url: str) -> str:
    # Never echo a database password into a page or a log.
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return url
