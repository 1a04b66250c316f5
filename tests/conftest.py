"""Fixtures for tests that need a store: SQLite always, PostgreSQL when configured."""

from __future__ import annotations

import os
import uuid

import pytest

from infoint.store import Store

POSTGRES_URL = os.environ.get("INFOINT_TEST_POSTGRES", "")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'infoint.db'}"


@pytest.fixture
def store(sqlite_url) -> Store:
    """A fresh SQLite store for one test learner."""
    return Store.open(sqlite_url, learner_id="test-learner")


def _postgres_or_skip() -> str:
    if not POSTGRES_URL:
        if IN_CI:
            pytest.fail("CI must run the store tests on PostgreSQL: set INFOINT_TEST_POSTGRES")
        pytest.skip("INFOINT_TEST_POSTGRES is not set")
    return POSTGRES_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path) -> Store:
    """The same test on both backends; each PostgreSQL test gets its own learner id."""
    if request.param == "sqlite":
        return Store.open(f"sqlite:///{tmp_path / 'infoint.db'}", learner_id="test-learner")
    url = _postgres_or_skip()
    return Store.open(url, learner_id=f"test-{uuid.uuid4().hex[:12]}")
