"""nbval on the instructor notebooks against a generated demo class (and on PostgreSQL in CI)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from infoint.demo import generate_demo

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = ["notebooks/class-dashboard.ipynb", "notebooks/analyse-reflections.ipynb"]


def _nbval(db_url: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, INFOINT_DB=db_url, INFOINT_ROLE="instructor", MPLBACKEND="Agg")
    env.pop("JUPYTERHUB_USER", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "-q", "-p", "no:cacheprovider",
         *NOTEBOOKS],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.mark.slow
def test_notebooks_run_on_the_demo_class(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    generate_demo(url, seed=7)
    result = _nbval(url)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout


@pytest.mark.slow
@pytest.mark.postgres
def test_notebooks_run_on_postgres():
    from infoint.demo import remove_demo
    from tests.conftest import _postgres_or_skip

    url = _postgres_or_skip()
    remove_demo(url)
    try:
        generate_demo(url, seed=7)
        result = _nbval(url)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    finally:
        remove_demo(url)
