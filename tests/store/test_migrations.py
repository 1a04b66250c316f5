"""Schema versions: a first-version database upgrades with its rows intact."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import IntegrityError

from infoint import schema
from infoint.store import HEAD_REVISION, Store, upgrade


def test_head_constant_matches_the_migration_scripts():
    cfg = Config()
    cfg.set_main_option("script_location", "infoint:migrations")
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION


def test_first_schema_upgrades_with_rows_intact(tmp_path: Path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        upgrade(conn, "0001")
        now = datetime(2026, 1, 1)
        # The 0001 table, not today's metadata (whose newer columns have defaults).
        learners_0001 = sa.table(
            "learners", *(sa.column(n) for n in (
                "learner_id", "name", "school", "fields", "learning_goals", "meeting_minutes",
                "meeting_mode", "email", "phone", "updated_at"))
        )
        conn.execute(
            learners_0001.insert().values(
                learner_id="ana", name="Ana", school="", fields='["accounting"]',
                learning_goals="", meeting_minutes=20, meeting_mode="in person",
                email="", phone="", updated_at=now,
            )
        )
        conn.execute(
            schema.contacts.insert().values(
                learner_id="ana", name="Mrs Green", organisation="", role="", field="",
                email="", phone="", url="", relationship="professor", referred_by="",
                notes="", status="identified", source="manual", created_at=now,
                updated_at=now,
            )
        )
    assert "reflections" not in inspect(engine).get_table_names()
    engine.dispose()

    store = Store.open(f"sqlite:///{path}", learner_id="ana")
    assert store.load_profile().fields == ["accounting"]
    assert [c.name for c in store.contacts()] == ["Mrs Green"]
    assert store.reflections() == []
    version = sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == (HEAD_REVISION,)


def test_migrated_schema_matches_the_metadata(tmp_path: Path):
    store = Store.open(f"sqlite:///{tmp_path / 'new.db'}", learner_id="x")
    insp = inspect(store.engine)
    for table in schema.metadata.sorted_tables:
        migrated = {c["name"] for c in insp.get_columns(table.name)}
        assert migrated == set(table.c.keys()), table.name


def _outreach_row(learner: str, version: int, contact_name: str = "Mrs Race") -> dict:
    return dict(learner_id=learner, contact_id=None, contact_name=contact_name,
                channel="email", subject="", body="Hello", version=version, score=None,
                sent_on=None, created_at=datetime(2026, 1, 1))


def test_0003_renumbers_versions_the_race_duplicated(tmp_path: Path):
    path = tmp_path / "raced.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        upgrade(conn, "0002")
        # What 30 racing writers left behind on 0002: repeated numbers in one history.
        rows = [_outreach_row("ana", v) for v in (1, 2, 2, 3, 3, 3)]
        rows += [_outreach_row("ana", v, "Mr Calm") for v in (1, 2, 5)]
        conn.execute(schema.outreach.insert(), rows)
    engine.dispose()

    store = Store.open(f"sqlite:///{path}", learner_id="ana")
    raced = store.outreach_versions(contact_name="Mrs Race")
    assert [d.version for d in raced] == [1, 2, 3, 4, 5, 6]  # in save order
    calm = store.outreach_versions(contact_name="Mr Calm")
    assert [d.version for d in calm] == [1, 2, 5]  # a history without repeats is kept
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(schema.outreach.insert(), [_outreach_row("ana", 6)])


def test_0003_downgrades_cleanly(tmp_path: Path):
    engine = create_engine(f"sqlite:///{tmp_path / 'down.db'}")
    with engine.begin() as conn:
        upgrade(conn, "0003")
        from alembic import command

        cfg = Config()
        cfg.set_main_option("script_location", "infoint:migrations")
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        names = {i["name"] for i in inspect(conn).get_indexes("outreach")}
    assert "uq_outreach_contact_version" not in names
