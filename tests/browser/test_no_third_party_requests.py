"""A learner's browser talks to the Voila server and nothing else.

Voila's stock ``lab`` template links Font Awesome from a CDN and nbconvert's adds a
mermaid.js loader; in a classroom that drops outside traffic a stylesheet link holds the
first paint until it times out, and each request tells a CDN which workshop is running.
The ``infoint`` template (share/jupyter/voila/templates/infoint) removes them; these tests
record every request a page makes, and check the icons that Font Awesome draws still show.
"""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import APP_TIMEOUT_MS, open_app

LOCAL_HOST = "127.0.0.1"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

# Every page a learner or an instructor opens, with the element that shows it has rendered.
PAGES = [
    ("index.ipynb", "text=the workshop"),
    ("00-start-here.ipynb", ".infoint-profile"),
    ("01-find-contacts.ipynb", ".infoint-contacts"),
    ("02-draft-outreach.ipynb", ".infoint-outreach"),
    ("03-prepare-questions.ipynb", ".infoint-prepare"),
    ("04-reflect-on-fit.ipynb", ".infoint-reflect"),
    ("05-my-journey.ipynb", ".infoint-journey"),
    ("class-dashboard.ipynb", ".infoint-dashboard"),
    ("analyse-reflections.ipynb", "text=Fit by field"),
]


def _off_server(urls: list[str]) -> list[str]:
    """The URLs that would reach a host other than the Voila server."""
    bad = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme == "data":
            continue
        if parts.scheme == "blob":  # blob:http://127.0.0.1:port/uuid, made by the page itself
            parts = urlsplit(parts.path)
        if parts.hostname != LOCAL_HOST:
            bad.append(url)
    return bad


def _record(page: Page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    page.on("websocket", lambda socket: urls.append(socket.url))
    return urls


def test_off_server_check_catches_a_cdn():
    # The assertion below must be able to fail: a CDN, another port-less host or
    # "localhost" spelled differently all count as leaving the server.
    assert _off_server([
        "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@^5/css/all.min.css",
        "https://cdnjs.cloudflare.com/ajax/libs/mermaid/11.10.0/mermaid.esm.min.mjs",
        "blob:https://example.org/1234",
    ]) == [
        "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@^5/css/all.min.css",
        "https://cdnjs.cloudflare.com/ajax/libs/mermaid/11.10.0/mermaid.esm.min.mjs",
        "blob:https://example.org/1234",
    ]
    assert _off_server([
        "http://127.0.0.1:8866/voila/static/voila.js",
        "ws://127.0.0.1:8866/api/kernels/abc/channels",
        "data:;base64,=",
        "blob:http://127.0.0.1:8866/5f1c",
    ]) == []


@pytest.mark.parametrize(("notebook", "ready"), PAGES, ids=[p[0] for p in PAGES])
def test_page_requests_only_the_voila_server(page, voila, notebook, ready):
    urls = _record(page)
    page.goto(voila.render_url(notebook), timeout=APP_TIMEOUT_MS)
    page.wait_for_selector(ready, state="visible", timeout=APP_TIMEOUT_MS)
    expect(page.locator("#loading")).to_have_count(0, timeout=APP_TIMEOUT_MS)
    # Fonts and lazily loaded widget code come after the first paint.
    page.wait_for_load_state("networkidle", timeout=APP_TIMEOUT_MS)
    assert any("/voila/render/" in url for url in urls)  # the recorder saw the page itself
    assert _off_server(urls) == []


def test_folder_listing_requests_only_the_voila_server(page, voila):
    # /voila/tree lists the notebooks ("/" opens the landing notebook); Voila's page.html
    # links Font Awesome 4 from a CDN too.
    urls = _record(page)
    page.goto(f"{voila.base_url}/voila/tree", timeout=APP_TIMEOUT_MS)
    expect(page.get_by_text("00-start-here.ipynb").first).to_be_visible(timeout=APP_TIMEOUT_MS)
    page.wait_for_load_state("networkidle", timeout=APP_TIMEOUT_MS)
    assert _off_server(urls) == []


# The Font Awesome glyph a button icon draws, and whether the font file behind it loaded.
ICON = """
(icon) => {
  const style = getComputedStyle(icon, '::before');
  return {
    content: style.content,
    family: style.fontFamily,
    loaded: document.fonts.check(`${style.fontWeight} 16px ${style.fontFamily}`),
    width: icon.getBoundingClientRect().width,
  };
}
"""


@pytest.mark.parametrize(
    ("notebook", "app_css"),
    [("00-start-here.ipynb", "infoint-profile"), ("01-find-contacts.ipynb", "infoint-contacts")],
)
def test_button_icons_draw_from_the_bundled_font(page, voila, screenshot, notebook, app_css):
    urls = _record(page)
    open_app(page, voila.render_url(notebook), app_css)
    icons = page.locator(f".{app_css} button:visible i.fa")
    expect(icons.first).to_be_visible()
    page.evaluate("document.fonts.ready")
    page.wait_for_load_state("networkidle", timeout=APP_TIMEOUT_MS)
    screenshot(f"icons-{app_css}")
    # The first icon button up close, for a person to check the glyph by eye.
    ARTIFACTS.mkdir(exist_ok=True)
    icons.first.locator("xpath=ancestor::button[1]").screenshot(
        path=str(ARTIFACTS / f"icon-button-{app_css}.png"))
    for i in range(icons.count()):
        drawn = icons.nth(i).evaluate(ICON)
        # Font Awesome glyphs sit in Unicode's private use area; without its CSS the
        # pseudo-element has no content and the button shows no icon at all.
        glyph = drawn["content"].strip('"')
        assert len(glyph) == 1 and 0xE000 <= ord(glyph) <= 0xF8FF, drawn
        assert "Font Awesome 5 Free" in drawn["family"], drawn
        assert drawn["loaded"] and drawn["width"] > 0, drawn
    if app_css == "infoint-profile":
        save = page.locator(".infoint-profile-save i.fa-check, button.infoint-profile-save i")
        assert save.first.evaluate(ICON)["content"] == '"\uf00c"'  # the check mark
    # The glyphs come from the template's static folder, not from a CDN.
    fonts = [u for u in urls if re.search(r"\.(woff2?|ttf|eot)(\?|$)", u)]
    assert fonts and all(u.startswith(f"{voila.base_url}/voila/templates/") for u in fonts), fonts


# <link href> and <script src> that leave the page's own server (absolute or scheme-relative).
EXTERNAL_ASSET = re.compile(
    r"<(?:link|script)\b[^>]*\b(?:href|src)\s*=\s*[\"']?(?:[a-z][a-z0-9+.-]*:)?//", re.I
)


def test_rendered_html_links_no_third_party_asset(voila):
    with urllib.request.urlopen(voila.render_url("00-start-here.ipynb"), timeout=120) as resp:
        html = resp.read().decode()
    assert "/voila/templates/infoint/static/" in html  # served through the infoint template
    assert EXTERNAL_ASSET.findall(html) == []
    for host in ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "unpkg.com", "fonts.googleapis"):
        assert host not in html
    # Nothing on a healthy page trips a `curl ... | grep Error` smoke check.
    assert "Error" not in html
    # The lab template's body is kept: spinner, widget cells, theme.
    assert 'id="loading"' in html and "theme-light" in html and "voila_process(" in html


def test_external_asset_pattern_catches_the_stock_links():
    stock = (
        '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/x.css" type="text/css" />'
        "<script src=//cdnjs.cloudflare.com/m.js></script>"
    )
    assert len(EXTERNAL_ASSET.findall(stock)) == 2
    local = '<link rel="stylesheet" href="/voila/templates/infoint/static/index.css">'
    assert EXTERNAL_ASSET.findall(local) == []
