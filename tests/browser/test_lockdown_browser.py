"""Issue 11, F1 and F6: a URL can choose neither the theme nor the template.

The attack: ``?theme="><img src=x onerror="alert(1)">`` on any app page ran script
(Voilà's lab template wrote the theme into the page unescaped and the override was on);
``?template=lab`` brought back CDN requests and ``?template=doesnotexist`` hung the page.
Each payload is replayed on every page of the workshop, on the server ``infoint serve``
runs; the escaping in our template is tested on its own with the override switched on.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import APP_TIMEOUT_MS
from tests.browser.test_no_third_party_requests import PAGES, _off_server, _record
from tests.browser.voila_server import VoilaServer

THEME_PAYLOAD = "%22%3E%3Cimg%20src%3Dx%20onerror%3D%22alert(1)%22%3E"
RAW_PAYLOAD = '"><img src=x onerror="alert(1)">'


def _open_attacked(page: Page, url: str, ready: str) -> list[str]:
    """Open ``url``; returns the dialogs that opened (there must be none)."""
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url, timeout=APP_TIMEOUT_MS)
    page.wait_for_selector(ready, state="visible", timeout=APP_TIMEOUT_MS)
    expect(page.locator("#loading")).to_have_count(0, timeout=APP_TIMEOUT_MS)
    page.wait_for_timeout(300)  # an onerror handler fires right after the img fails
    return dialogs


@pytest.mark.parametrize(("notebook", "ready"), PAGES, ids=[p[0] for p in PAGES])
def test_theme_and_template_from_the_url_do_nothing(page: Page, voila, notebook, ready):
    urls = _record(page)
    url = f"{voila.render_url(notebook)}?theme={THEME_PAYLOAD}&template=lab"
    dialogs = _open_attacked(page, url, ready)
    assert dialogs == []
    assert page.locator('img[src="x"]').count() == 0
    body = page.locator("body")
    expect(body).to_have_attribute("data-jp-theme-name", "JupyterLab Light")
    # template=lab would link Font Awesome from cdn.jsdelivr.net: still our template.
    assert _off_server(urls) == []
    assert any("/voila/templates/infoint/static/" in u for u in urls)


def test_an_unknown_template_answers_promptly_with_ours(voila):
    url = voila.render_url("00-start-here.ipynb") + "?template=doesnotexist"
    started = time.monotonic()
    with urllib.request.urlopen(url, timeout=90) as resp:
        html = resp.read().decode()
    elapsed = time.monotonic() - started
    assert resp.status == 200
    assert "/voila/templates/infoint/static/infoint-page.js" in html
    assert "window.voila_finish" in html  # the whole page came, not a hung stream
    assert elapsed < 60, elapsed


@pytest.fixture(scope="module")
def unlocked_voila(tmp_path_factory):
    """Stock voila with the theme override ON: only our template's escaping stands."""
    folder = tmp_path_factory.mktemp("unlocked")
    server = VoilaServer(
        db_url=f"sqlite:///{folder / 'u.db'}", learner="unlocked",
        plain_voila_args=["--template=infoint",
                          "--VoilaConfiguration.allow_theme_override=YES"],
    )
    server.start()
    yield server
    server.stop()


def test_template_escapes_the_theme_even_with_the_override_on(page: Page, unlocked_voila):
    url = f"{unlocked_voila.render_url('00-start-here.ipynb')}?theme={THEME_PAYLOAD}"
    with urllib.request.urlopen(url, timeout=90) as resp:
        html = resp.read().decode()
    # The override is really on (the theme reached the page), and it is inert text.
    assert "&#34;&gt;&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert RAW_PAYLOAD not in html
    dialogs = _open_attacked(page, url, ".infoint-profile")
    assert dialogs == []
    assert page.locator('img[src="x"]').count() == 0
    expect(page.locator("body")).to_have_attribute("data-jp-theme-name", RAW_PAYLOAD)


@pytest.mark.parametrize("path", ["/voila/tree", "/voila/render/no-such-notebook.ipynb"])
def test_voilas_own_pages_ignore_theme_markup(voila, path):
    # The file list and the error pages render page.html with the theme too.
    url = f"{voila.base_url}{path}?theme={THEME_PAYLOAD}&template=classic"
    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            html = resp.read().decode()
    except urllib.error.HTTPError as error:
        html = error.read().decode()
    # The URL itself may be echoed inside JSON (still percent-encoded); the markup never is.
    assert "<img src=x" not in html and 'onerror="alert' not in html
    assert "cdn.jsdelivr" not in html
