"""Many writers, and a writer killed mid-stream: nothing confirmed is ever lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from infoint.store import Store

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 30
SAVES = 50


def _writer(url: str, learner: str, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer", url, learner, str(count)],
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
