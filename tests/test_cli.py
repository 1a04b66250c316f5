"""The console entry point."""

from __future__ import annotations

import subprocess
import sys

from infoint import __version__
from infoint.serve import voila_args, voila_config


def test_version():
    out = subprocess.run(
        [sys.executable, "-m", "infoint.cli", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"infoint {__version__}"
    assert __version__ != "0.0.0+unknown"


def test_serve_command_line_is_safe_for_a_class():
    # infoint serve runs infoint.voila_app, which applies voila_config() over any config
    # file (tests/serving/test_voila_config.py checks the effective values).
    args = voila_args(8866)
    assert args[1:3] == ["-m", "infoint.voila_app"]
    assert args[-1].startswith("--") and "notebooks" in args[3]
    assert "--Voila.ip=127.0.0.1" in args
    vc = voila_config()["VoilaConfiguration"]
    assert vc["show_tracebacks"] is False and vc["strip_sources"] is True
    kernels = voila_config()["MappingKernelManager"]
    assert kernels["cull_idle_timeout"] > 0 and kernels["cull_interval"] > 0


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "infoint.cli", *args], capture_output=True, text=True, env=env
    )


def test_import_then_export(tmp_path):
    import os

    import pandas as pd

    env = dict(os.environ, INFOINT_DB=f"sqlite:///{tmp_path / 'cli.db'}", INFOINT_LEARNER="cli")
    csv = tmp_path / "Connections.csv"
    csv.write_text(
        "Notes:\n\"Some notes, with commas\"\n\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ada,Green,https://www.linkedin.com/in/ada,,\"Green, Hale & Co\",=HYPERLINK(1),"
        "12 Mar 2024\n",
        encoding="utf-8-sig",
    )
    dry = _run("import", str(csv), "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert "1 new" in dry.stdout
    done = _run("import", str(csv), env=env)
    assert "Imported 1 contacts" in done.stdout
    again = _run("import", str(csv), env=env)
    assert "Imported" not in again.stdout  # the duplicate is recognised

    out = tmp_path / "contacts.csv"
    exported = _run("export", "contacts", "-o", str(out), env=env)
    assert exported.returncode == 0, exported.stderr
    frame = pd.read_csv(out)
    assert frame.loc[0, "organisation"] == "Green, Hale & Co"
    assert frame.loc[0, "role"] == "'=HYPERLINK(1)"  # defused for spreadsheets

    refl = _run("export", "reflections", "-o", str(tmp_path / "r.parquet"), env=env)
    assert refl.returncode == 0, refl.stderr
    ics = _run("export", "reminders", "-o", str(tmp_path / "r.ics"), env=env)
    assert ics.returncode == 0 and (tmp_path / "r.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_import_refuses_a_broken_file_and_writes_nothing(tmp_path):
    import os

    env = dict(os.environ, INFOINT_DB=f"sqlite:///{tmp_path / 'cli.db'}", INFOINT_LEARNER="cli")
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    result = _run("import", str(bad), env=env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.startswith("infoint import:")
    missing = _run("import", str(tmp_path / "nope.csv"), env=env)
    assert missing.returncode == 2 and "cannot read" in missing.stderr
