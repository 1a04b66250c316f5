"""Many writers, and a writer killed mid-stream: nothing confirmed is ever lost.

Thirty processes writing as ONE learner on both backends: every draft version is handed
out once, and no error reaches a caller (the first-save race included).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from infoint import schema
from infoint.store import Store
from tests.conftest import _postgres_or_skip

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 30
SAVES = 50


def _writer(url: str, learner: str, count: int, mode: str = "contacts") -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer", url, learner, str(count), mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_thirty_processes_fifty_saves_each(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'class.db'}"
    # No pre-created database: the writers also race to create and migrate it.
    procs = [_writer(url, f"learner{p:02d}", SAVES) for p in range(PROCESSES)]
    confirmed: list[int] = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "locked" not in err.lower()
        confirmed += [int(line.split()[1]) for line in out.splitlines()]
    assert len(confirmed) == PROCESSES * SAVES
    assert len(set(confirmed)) == len(confirmed), "an id was handed out twice"

    db = sqlite3.connect(tmp_path / "class.db")
    rows = db.execute("SELECT learner_id, name FROM contacts").fetchall()
    assert len(rows) == PROCESSES * SAVES
    assert len(set(rows)) == len(rows), "a save was duplicated"
    for p in range(PROCESSES):
        mine = Store.open(url, learner_id=f"learner{p:02d}").contacts()
        assert sorted(c.name for c in mine) == sorted(f"learner{p:02d} #{i}" for i in range(SAVES))


@pytest.mark.slow
def test_sigkill_mid_stream_loses_nothing_confirmed(tmp_path: Path):
    path = tmp_path / "killed.db"
    url = f"sqlite:///{path}"
    proc = _writer(url, "victim", 0)
    confirmed: list[int] = []
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while len(confirmed) < 300 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith("saved "):
            confirmed.append(int(line.split()[1]))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # Whatever the writer printed after our last read may or may not have landed;
    # everything it had confirmed before must be there.
    assert len(confirmed) >= 300

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    present = {row[0] for row in db.execute("SELECT id FROM contacts")}
    assert set(confirmed) <= present
    db.close()
    assert len(Store.open(url, learner_id="victim").contacts()) >= len(confirmed)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_thirty_processes_as_one_learner_get_distinct_versions(tmp_path: Path, backend: str):
    url = f"sqlite:///{tmp_path / 'one.db'}" if backend == "sqlite" else _postgres_or_skip()
    learner = f"racer-{uuid.uuid4().hex[:10]}"
    procs = [_writer(url, learner, SAVES, "race") for _ in range(PROCESSES)]
    confirmed: list[tuple[int, int]] = []
    errors = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        if proc.returncode != 0:
            errors.append(err[-2000:])
        confirmed += [(int(line.split()[1]), int(line.split()[2])) for line in out.splitlines()]
    assert errors == [], errors[0]
    assert len(confirmed) == PROCESSES * SAVES
    versions = sorted(v for _, v in confirmed)
    assert versions == list(range(1, PROCESSES * SAVES + 1)), "a version was handed out twice"

    store = Store.open(url, learner_id=learner)
    stored = [d.version for d in store.outreach_versions(contact_name="Mrs Race")]
    assert sorted(stored) == versions
    assert {d.id for d in store.outreach_versions(contact_name="Mrs Race")} == {
        i for i, _ in confirmed
    }
    assert store.load_profile() is not None and store.load_profile().name.startswith("Racer")
    assert "pid" in store.get_state("race")
    with store.engine.begin() as conn:  # leave the shared PostgreSQL database clean
        for table in (schema.outreach, schema.app_state, schema.learners):
            conn.execute(table.delete().where(table.c.learner_id == learner))
        left = conn.execute(
            select(schema.outreach.c.id).where(schema.outreach.c.learner_id == learner)
        ).all()
    assert left == []
