"""Root pytest setup, shared by the unit tests and by nbval's notebook kernels.

Notebook kernels inherit this process's environment when they start, so the store,
learner id and cache folder are pointed at throwaway ones here, before any kernel exists.
A developer's own data is never touched by a test run.
"""

import os
import tempfile
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="infoint-tests-"))


def pytest_configure(config):
    os.environ.setdefault("INFOINT_DB", f"sqlite:///{_TMP / 'nbval.db'}")
    os.environ.setdefault("INFOINT_LEARNER", "nbval-learner")
    # The holidays' kept copies (infoint.cadence) go with the throwaway store too.
    os.environ.setdefault("INFOINT_CACHE_DIR", str(_TMP / "cache"))
    os.environ.setdefault("MPLBACKEND", "Agg")


def _stage(item) -> int:
    path = str(item.fspath)
    if "/tests/browser/" in path:
        return 2
    if "/tests/hub/" in path:
        return 1
    return 0


def pytest_collection_modifyitems(session, config, items):
    # pytest-playwright's session-wide browser leaves Playwright's event loop registered
    # on the main thread; tests that start their own Playwright, or that schedule work on
    # "the running loop", must run before it exists. Browser tests therefore go last.
    items.sort(key=_stage)
