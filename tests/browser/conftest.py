"""Browser tests: Debian's Chromium driven by Playwright against a live Voila server.

Never ``playwright install``: the browser comes from Debian (/usr/bin/chromium). In CI a
missing Chromium is a failure, not a skip, so a broken install step cannot hide.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser.voila_server import VoilaServer

CHROMIUM = Path(os.environ.get("INFOINT_CHROMIUM", "/usr/bin/chromium"))
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def _need_chromium():
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM}: apt-get install -y chromium"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_FLAGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 800}}


@pytest.fixture(scope="session")
def voila(tmp_path_factory):
    """One Voila server for the session, on a free loopback port, with its own store."""
    folder = tmp_path_factory.mktemp("voila")
    server = VoilaServer(db_url=f"sqlite:///{folder / 'browser.db'}", learner="browser-learner")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def voila_factory(tmp_path):
    """Start extra servers (e.g. another learner); all are stopped after the test."""
    servers: list[VoilaServer] = []

    def make(learner: str = "learner-2", db_url: str | None = None) -> VoilaServer:
        server = VoilaServer(db_url=db_url or f"sqlite:///{tmp_path / 'extra.db'}", learner=learner)
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def screenshot(page, request):
    """Save a screenshot under test-artifacts/ for a person to look at."""

    def take(name: str | None = None, full_page: bool = True) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name or request.node.name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take
