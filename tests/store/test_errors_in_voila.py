"""A store that cannot be opened shows a message in the app, not Voilà's error page.

Voilà started as ``infoint serve`` starts it, with INFOINT_DB pointing at a database that
does not answer (password with an unencoded ``@``) or a path that cannot be a folder.
Before: "There was an error when executing cell ... run Voilà with --show_tracebacks=True",
and with the ``@`` password, part of it on the page.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser.voila_server import VoilaServer

CHROMIUM = os.environ.get("INFOINT_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SECRET = "pa@ss@Secr3t"


@pytest.mark.slow
@pytest.mark.parametrize("case", ["unreachable", "unwritable"])
def test_a_broken_store_is_a_message_on_the_page(case: str, tmp_path: Path):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import expect, sync_playwright

    if case == "unreachable":
        url, expected = f"postgresql+psycopg://maya:{SECRET}@127.0.0.1:1/class", "did not answer"
    else:
        (tmp_path / "a-file").write_text("not a folder")
        url, expected = f"sqlite:///{tmp_path / 'a-file' / 'x' / 'infoint.db'}", "writable"
    server = VoilaServer(url, "maya")
    server.start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page()
            page.goto(server.render_url("00-start-here.ipynb"), timeout=90_000)
            app = page.locator(".infoint-app")
            expect(app).to_contain_text("could not open its store", timeout=90_000)
            expect(app).to_contain_text(expected)
            html = page.content()
            browser.close()
    finally:
        server.stop()
    assert "show_tracebacks" not in html and "Traceback" not in html
    for part in ("Secr3t", "ss@", SECRET):
        assert part not in html, part
