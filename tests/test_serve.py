"""``infoint serve`` (what ``make serve`` runs) prints its URL and renders the apps."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.voila_server import free_port

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_serve_prints_url_and_renders_start_here(tmp_path):
    port = free_port()
    env = dict(os.environ, INFOINT_DB=f"sqlite:///{tmp_path / 'serve.db'}",
               INFOINT_LEARNER="serve-test")
    proc = subprocess.Popen(
        [sys.executable, "-m", "infoint.cli", "serve", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        assert any(f"http://127.0.0.1:{port}/" in line for line in lines), lines
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/voila/static/voila.js", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        url = f"http://127.0.0.1:{port}/voila/render/00-start-here.ipynb"
        with urllib.request.urlopen(url, timeout=120) as resp:
            assert resp.status == 200
            page = resp.read().decode()
        # The infoint template drops the CSS and scripts that mentioned "Error", so a
        # `curl ... | grep -c Error` smoke check of a healthy page finds nothing at all.
        assert "Error" not in page and "Traceback" not in page
        assert "/voila/templates/infoint/static/" in page
        assert "output_error" not in page
        assert "Start here" in page
        # Only the notebooks folder is served: the repo's own files are not reachable.
        for leak in ("/voila/files/pyproject.toml", "/voila/files/../pyproject.toml"):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{leak}", timeout=5)
                raise AssertionError(f"{leak} was served")
            except urllib.error.HTTPError as err:
                assert err.code in (403, 404)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
