"""Root pytest setup, shared by the unit tests and by nbval's notebook kernels.

Notebook kernels inherit this process's environment when they start, so the store
and learner id are pointed at a throwaway database here, before any kernel exists.
A developer's own data is never touched by a test run.
"""

import os
import tempfile
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="infoint-tests-"))


def pytest_configure(config):
    os.environ.setdefault("INFOINT_DB", f"sqlite:///{_TMP / 'nbval.db'}")
    os.environ.setdefault("INFOINT_LEARNER", "nbval-learner")
    os.environ.setdefault("MPLBACKEND", "Agg")
