"""F8 replayed in a browser: standalone ``infoint serve`` is one learner's server.

Listening beyond this machine needs ``--allow-remote`` and says everyone reaching it is the
same learner; such a server is a learner's, so the class dashboard refuses, whoever opens it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.pages import open_app
from tests.browser.voila_server import free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[2]


def _start(tmp_path: Path, *args: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = dict(os.environ, INFOINT_DB=f"sqlite:///{tmp_path / 'one.db'}",
               INFOINT_LEARNER="one-learner")
    env.pop("INFOINT_ROLE", None)
    env.pop("JUPYTERHUB_USER", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "infoint.cli", "serve", "--port", str(port), *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )
    return proc, port


def test_every_interface_is_refused_without_the_flag(tmp_path):
    proc, _port = _start(tmp_path, "--ip", "0.0.0.0")
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert "--allow-remote" in out and "JupyterHub" in out
    assert not (tmp_path / "one.db").exists()


def test_remote_serve_warns_and_is_a_learner_in_the_browser(page, tmp_path):
    proc, port = _start(tmp_path, "--ip", "0.0.0.0", "--allow-remote")
    try:
        assert proc.stdout is not None
        said = []
        wait_until_up(f"http://127.0.0.1:{port}", timeout=90)
        os.set_blocking(proc.stdout.fileno(), False)
        said.append(proc.stdout.read() or "")
        assert "same learner" in " ".join(said), said
        open_app(page, f"http://127.0.0.1:{port}/voila/render/class-dashboard.ipynb",
                 "infoint-dashboard")
        expect(page.get_by_text("This dashboard is for instructors")).to_be_visible(timeout=30_000)
        expect(page.get_by_text("Traceback")).to_have_count(0)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
