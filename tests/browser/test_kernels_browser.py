"""Issue 14 item 3: one kernel per open page; a closed page's kernel is gone within 2 minutes.

Before: Voilà's shutdown beacon answered 403 (no ``_xsrf`` cookie on a notebook page) and
only the 10-minute idle cull freed a kernel, so one learner's walk left 49 kernels alive.
Now the page gets the cookie (infoint.voila_app) and disconnected kernels are culled after
a minute idle, while a connected page is never culled (cull_connected off).

Five pages are opened; two are closed as a browser closes a tab (beforeunload runs: the
beacon), two as a crashed tab or a dropped network (no beforeunload: the cull). Kernels
are counted as the server's ipykernel child processes, since standalone Voilà lists none.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import Browser, Page, expect

from infoint.serve import CULL_IDLE_SECONDS, CULL_INTERVAL_SECONDS
from tests.browser.pages import click, fill, open_app
from tests.browser.voila_server import VoilaServer

NB = "00-start-here.ipynb"
BEACON_SECONDS = 15
LIMIT_SECONDS = 120


@pytest.fixture
def own_voila(tmp_path):
    """A server of its own, so that no other test's kernels are counted."""
    server = VoilaServer(db_url=f"sqlite:///{tmp_path / 'kernels.db'}", learner="kernels")
    server.start()
    yield server
    server.stop()


def _wait_for_kernels(server: VoilaServer, count: int, timeout: float) -> float:
    """Seconds until exactly ``count`` kernels are alive; fails after ``timeout``."""
    started = time.monotonic()
    alive = -1
    while time.monotonic() - started < timeout:
        alive = len(server.kernel_processes())
        if alive == count:
            return time.monotonic() - started
        time.sleep(1)
    raise AssertionError(f"{alive} kernels still alive after {timeout:.0f} s, wanted {count}")


def _kernel_id(page: Page) -> str:
    return page.evaluate(
        "JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId"
    )


def _kernel_known(server: VoilaServer, kernel_id: str) -> bool:
    try:
        with urllib.request.urlopen(f"{server.base_url}/api/kernels/{kernel_id}", timeout=10):
            return True
    except urllib.error.HTTPError as error:
        assert error.code == 404
        return False


def test_the_cull_is_shorter_than_the_limit():
    # A kernel idle when its page closed goes at the first cull pass after the timeout.
    assert CULL_IDLE_SECONDS + CULL_INTERVAL_SECONDS < LIMIT_SECONDS


def test_five_pages_four_closed_one_kernel_left(browser: Browser, own_voila):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pages = []
    for _ in range(5):
        page = context.new_page()
        open_app(page, own_voila.render_url(NB), "infoint-profile")
        pages.append(page)
    ids = [_kernel_id(p) for p in pages]
    assert len(set(ids)) == 5
    _wait_for_kernels(own_voila, 5, timeout=30)
    keep = pages[0]
    kept_since = time.monotonic()

    # Closed like a tab: beforeunload sends the shutdown beacon, which must be accepted.
    for page in pages[1:3]:
        page.close(run_before_unload=True)
    beacon = _wait_for_kernels(own_voila, 3, timeout=BEACON_SECONDS)

    # Closed with no beforeunload (a crashed tab): only the cull of idle, unconnected
    # kernels frees these.
    for page in pages[3:]:
        page.close()
    cull = _wait_for_kernels(own_voila, 1, timeout=LIMIT_SECONDS)
    print(f"\nkernels: beacon frees a closed page's kernel in {beacon:.1f} s; "
          f"the cull in {cull:.1f} s (limit {LIMIT_SECONDS} s)")

    assert _kernel_known(own_voila, ids[0])
    # The process ends a moment before the server drops the kernel from its list: give the
    # registry a few seconds to agree (still well inside the 2-minute limit).
    settle = time.monotonic() + 15
    while any(_kernel_known(own_voila, k) for k in ids[1:]) and time.monotonic() < settle:
        time.sleep(0.5)
    assert not any(_kernel_known(own_voila, k) for k in ids[1:])
    # The page left open sat idle longer than the cull timeout, as long as the culled
    # ones, yet kept its kernel (it is connected), and it still works.
    assert time.monotonic() - kept_since > CULL_IDLE_SECONDS
    fill(keep, "infoint-profile-name", "Still here")
    click(keep, "infoint-profile-save")
    expect(keep.locator(".infoint-profile-notice")).to_contain_text("Saved", timeout=20_000)
    expect(keep.locator("#infoint-connection-lost")).to_have_count(0)
    context.close()
