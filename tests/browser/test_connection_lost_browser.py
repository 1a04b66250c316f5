"""Issue 11, F3: never a dead page.

Before: an upload over Tornado's 10 MiB websocket limit closed the socket, the page
stopped answering and the importer's own size check never ran; a kernel that died
mid-import left "Check the preview, then import" on screen as the last word.

Now (share/jupyter/voila/templates/infoint/static/infoint-page.js and infoint.serve):
a file over the importer's limit is refused in the browser before it is sent, with a
message beside the button; a file at the limit travels (the websocket limit is above it)
and reaches the importer's checks; and when the socket closes or the kernel dies, a banner
says "Connection lost: reload; your saved work is safe."
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from infoint.io.importing import MAX_BYTES
from infoint.serve import WEBSOCKET_MAX_BYTES
from tests.browser.pages import open_app, upload_file
from tests.browser.voila_server import VoilaServer

NB = "01-find-contacts.ipynb"
APP = "infoint-contacts"
FIXTURE = Path(__file__).resolve().parents[1] / "ui" / "files" / "linkedin_connections.csv"
BANNER = "Connection lost: reload; your saved work is safe."
T = 30_000


@pytest.fixture
def own_voila(tmp_path):
    """A server this test may break (kill its kernel, stop it)."""
    server = VoilaServer(db_url=f"sqlite:///{tmp_path / 'lost.db'}", learner="lost")
    server.start()
    yield server
    server.stop()


def _kernel_id(page: Page) -> str:
    return page.evaluate(
        "JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId"
    )


def _preview_with_pending_import(page: Page) -> None:
    upload_file(page, f"{APP}-upload", str(FIXTURE))
    expect(page.locator(f".{APP}-preview")).to_contain_text("LinkedIn connections", timeout=T)
    expect(page.locator(f".{APP}-notice")).to_contain_text("Check the preview, then import")


def test_the_websocket_carries_any_file_the_page_lets_through():
    # The page refuses files over MAX_BYTES; one at MAX_BYTES, plus the message's JSON
    # header, must still fit in one websocket message.
    assert WEBSOCKET_MAX_BYTES >= MAX_BYTES + 1024 * 1024


def test_an_11_mib_upload_is_refused_before_sending_and_the_page_works(
    page: Page, voila, tmp_path, screenshot
):
    big = tmp_path / "Connections-big.csv"
    line = b"First Name,Last Name,Company\n"
    big.write_bytes(line + b"Ada,Lovelace,Analytical Engines\n" * (11 * 1024 * 1024 // 32))
    assert big.stat().st_size > 11 * 1024 * 1024 - 64
    sent: list[int] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda f: sent.append(
        len(f) if isinstance(f, (bytes, str)) else 0)))
    open_app(page, voila.render_url(NB), APP)

    upload_file(page, f"{APP}-upload", str(big))
    refused = page.locator(".infoint-upload-refused")
    expect(refused).to_be_visible(timeout=T)
    expect(refused).to_have_attribute("role", "alert")
    expect(refused).to_contain_text("Connections-big.csv")
    expect(refused).to_contain_text("the limit is 10 MB")
    expect(refused).to_contain_text("Nothing was sent")
    assert max(sent, default=0) < 1024 * 1024, "the big file went over the websocket"
    screenshot("upload-refused-1280", full_page=False)
    page.set_viewport_size({"width": 390, "height": 844})
    refused.scroll_into_view_if_needed()
    screenshot("upload-refused-390", full_page=False)
    page.set_viewport_size({"width": 1280, "height": 800})

    # The page still answers: a proper file is read and previewed, the message goes.
    _preview_with_pending_import(page)
    expect(refused).to_have_count(0)
    expect(page.locator("#infoint-connection-lost")).to_have_count(0)


def test_a_file_at_the_limit_reaches_the_importer_and_gets_its_message(
    page: Page, voila, tmp_path
):
    # 10 MiB that the importer recognises at once (a zip signature): the message that
    # comes back proves the whole file crossed the socket and Python checked it.
    at_limit = tmp_path / "contacts.csv"
    at_limit.write_bytes(b"PK\x03\x04" + b"\x00" * (MAX_BYTES - 4))
    open_app(page, voila.render_url(NB), APP)
    upload_file(page, f"{APP}-upload", str(at_limit))
    preview = page.locator(f".{APP}-preview")
    expect(preview).to_contain_text("looks like a zip or Excel", timeout=60_000)
    expect(page.locator(".infoint-upload-refused")).to_have_count(0)
    expect(page.locator("#infoint-connection-lost")).to_have_count(0)


def test_a_kernel_killed_mid_import_shows_the_banner(page: Page, own_voila, screenshot):
    open_app(page, own_voila.render_url(NB), APP)
    _preview_with_pending_import(page)
    os.kill(own_voila.kernel_pid(_kernel_id(page)), signal.SIGKILL)

    banner = page.locator("#infoint-connection-lost")
    expect(banner).to_be_visible(timeout=T)
    expect(banner).to_have_attribute("role", "alert")
    expect(banner).to_contain_text(BANNER)
    expect(banner.get_by_role("button", name="Reload")).to_be_visible()
    # The import can no longer happen: its prompt is not left as the last word.
    expect(page.get_by_text("Check the preview, then import")).to_be_hidden()
    screenshot("connection-lost-1280", full_page=False)
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot("connection-lost-390", full_page=False)


def test_a_closed_socket_shows_the_banner_and_reload_brings_the_app_back(
    page: Page, own_voila
):
    open_app(page, own_voila.render_url(NB), APP)
    own_voila.stop()  # the server goes away: every socket closes
    expect(page.locator("#infoint-connection-lost")).to_contain_text(BANNER, timeout=T)

    own_voila.start()  # a new port: the learner follows the new address and reloads
    open_app(page, own_voila.render_url(NB), APP)
    expect(page.locator("#infoint-connection-lost")).to_have_count(0)



@pytest.fixture
def unguarded_voila(tmp_path):
    """voila.json's server (same websocket limit) with the page's upload guard turned off."""
    server = VoilaServer(db_url=f"sqlite:///{tmp_path / 'unguarded.db'}", learner="unguarded",
                         plain_voila_args=['--VoilaConfiguration.resources={"infoint": {}}'])
    server.start()
    yield server
    server.stop()


def test_with_the_page_guard_off_the_importer_still_says_too_big(
    page: Page, unguarded_voila, tmp_path
):
    # A page without the guard sends a file just over the importer's limit: the
    # websocket carries it and Python answers "too big", where the socket used to close
    # under a silent page.
    over = tmp_path / "Connections.csv"
    over.write_bytes(b"First Name,Last Name\n" + b"A" * (MAX_BYTES + 200 * 1024))
    open_app(page, unguarded_voila.render_url(NB), APP)
    assert page.evaluate("window.infointPage.maxUploadBytes") == 0
    upload_file(page, f"{APP}-upload", str(over))
    preview = page.locator(f".{APP}-preview")
    expect(preview).to_contain_text("too big to import", timeout=60_000)
    expect(preview).to_contain_text("the limit is 10 MB")
    expect(page.locator("#infoint-connection-lost")).to_have_count(0)
