"""Step 1 in a real browser: import LinkedIn connections, rank, move through the pipeline,
reload and find it kept; hostile names stay text everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from infoint.demo import generate_demo
from tests.browser.pages import click, fill, open_app, upload_file

NB = "01-find-contacts.ipynb"
APP = "infoint-contacts"
FIXTURE = Path(__file__).resolve().parents[1] / "ui" / "files" / "linkedin_connections.csv"
XSS = "<img src=x onerror=alert(1)>"
T = 30_000


def css(part: str) -> str:
    return f".{APP}-{part}"


def open_contact(page: Page, name: str) -> None:
    """Search for ``name`` and open it by its row's button (the editor opens under it)."""
    fill(page, f"{APP}-search", name)
    row = page.locator(f"button{css('open')}", has_text=name)
    expect(row).to_have_count(1, timeout=T)
    row.click()
    expect(page.locator(f"{css('name')} input")).to_have_value(name, timeout=T)


def test_import_linkedin_rank_pipeline_and_reload(page, voila, screenshot):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_app(page, voila.render_url(NB), APP)
    expect(page.get_by_text("Who could help?")).to_be_visible()

    upload_file(page, f"{APP}-upload", str(FIXTURE))
    preview = page.locator(css("preview"))
    expect(preview).to_contain_text("LinkedIn connections", timeout=T)
    expect(preview).to_contain_text("Lindqvist, Obi & Partners LLP")
    expect(preview).to_contain_text("no name")
    confirm = page.locator(f"button{css('confirm-import')}")
    expect(confirm).to_contain_text("Import")
    screenshot("contacts-import-preview")
    confirm.click()
    notice = page.locator(css("notice"))
    expect(notice).to_contain_text("Imported", timeout=T)
    expect(preview).to_be_hidden()

    table = page.locator(css("table"))
    expect(table).to_contain_text("Wanjiru Kamau-Lindqvist", timeout=T)
    expect(table).to_contain_text("Saoirse Nakagawa")
    ask = page.locator(css("ask-first"))
    expect(ask).to_contain_text("Kamau-Lindqvist")
    expect(ask).to_contain_text("first-degree LinkedIn connection")

    open_contact(page, "Saoirse Nakagawa")
    status = page.locator(f"{css('status')} select")
    expect(status).to_have_value("identified")
    click(page, f"{APP}-next-stage")
    expect(notice).to_contain_text("Saoirse Nakagawa is now: contacted", timeout=T)
    expect(status).to_have_value("contacted")
    status.select_option("meeting scheduled")
    expect(notice).to_contain_text("is now: meeting scheduled", timeout=T)
    expect(table).to_contain_text("meeting scheduled")
    screenshot("contacts-after-pipeline")

    page.reload()
    open_app(page, voila.render_url(NB), APP)
    expect(page.locator(css("table"))).to_contain_text("Saoirse Nakagawa", timeout=T)
    open_contact(page, "Saoirse Nakagawa")
    expect(page.locator(f"{css('status')} select")).to_have_value("meeting scheduled")
    # Not imported twice: the file's five people are there once each.
    fill(page, f"{APP}-search", "Kamau-Lindqvist")
    expect(page.locator(css("table"))).to_contain_text("Showing 1–1 of 1", timeout=T)
    expect(page.get_by_text("Traceback")).to_have_count(0)
    assert dialogs == []


def test_hostile_name_is_text_everywhere(page, voila, tmp_path, screenshot):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_app(page, voila.render_url(NB), APP)

    # Through the import preview first...
    hostile = tmp_path / "Connections.csv"
    hostile.write_bytes(
        (
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            f'"{XSS}",Quill,,,"<script>alert(2)</script>",Senior Tax Accountant,12 Mar 2024\r\n'
        ).encode()
    )
    upload_file(page, f"{APP}-upload", str(hostile))
    preview = page.locator(css("preview"))
    expect(preview).to_contain_text(XSS, timeout=T)
    expect(preview).to_contain_text("<script>alert(2)</script>")
    page.locator(f"button{css('cancel-import')}").click()
    expect(preview).to_be_hidden(timeout=T)

    # ...then added by hand, as a professor so it is also an introducer.
    fill(page, f"{APP}-quick-name", XSS)
    fill(page, f"{APP}-quick-organisation", "<b>Bold Org</b>")
    click(page, f"{APP}-quick-add")
    notice = page.locator(css("notice"))
    expect(notice).to_contain_text(f"Added {XSS}", timeout=T)
    expect(page.locator(css("table"))).to_contain_text(XSS, timeout=T)
    expect(page.locator(css("ask-first"))).to_contain_text(XSS)
    expect(page.locator(css("circle-step"))).to_contain_text(XSS)
    open_contact(page, XSS)
    expect(page.locator(css("editor-title"))).to_contain_text(XSS)

    app = page.locator(f".{APP}")
    assert app.locator("img").count() == 0
    assert app.locator("script").count() == 0
    assert app.locator("b", has_text="Bold Org").count() == 0
    screenshot("contacts-hostile-name")
    page.wait_for_timeout(500)
    assert dialogs == []


# Every word on screen in the table's rows, and how many lines it is drawn on: a word drawn
# on two lines was broken mid-word.
SPLIT_WORDS = """() => {
  const split = [];
  const root = document.querySelector('.infoint-contacts-table');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el.closest('.infoint-contacts-row') || !el.offsetParent) continue;
    if (el.closest('.ii-cell-label')) continue;  // visually hidden at this width
    const re = /\\S+/g;
    let m;
    while ((m = re.exec(node.textContent))) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      if (tops.size > 1) split.push(m[0]);
    }
  }
  return split;
}"""


@pytest.fixture
def demo_voila(voila_factory, tmp_path):
    """A demo learner with a full contact list (the synthetic class of infoint.demo)."""
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    generate_demo(url, seed=7, learners=6)
    return voila_factory("demo-001", db_url=url)


def test_contacts_readable_on_a_phone(page, demo_voila, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, demo_voila.render_url(NB), APP)
    expect(page.locator(f"button{css('open')}").first).to_be_visible(timeout=T)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 400, scroll_width
    box = page.locator(f"{css('quick-name')} input").bounding_box()
    assert box is not None and box["width"] <= 390
    assert page.evaluate(SPLIT_WORDS) == []
    screenshot("contacts-phone")


def test_contacts_desktop_rows_open_and_words_stay_whole(page, demo_voila, screenshot):
    open_app(page, demo_voila.render_url(NB), APP)
    rows = page.locator(f"button{css('open')}")
    expect(rows.first).to_be_visible(timeout=T)
    # The columns at 1280 px: no word is broken across two lines.
    assert page.evaluate(SPLIT_WORDS) == []
    # ipywidgets writes "Choose a contacts file (0)" into the button; what is drawn is the
    # stylesheet's label (the written text has no size).
    drawn = page.locator(f"button{css('upload')}").evaluate(
        "e => [getComputedStyle(e).fontSize, getComputedStyle(e, '::after').content]"
    )
    assert drawn == ["0px", '"Choose a contacts file"'], drawn
    screenshot("contacts-desktop")
    # A row is a real control: Tab reaches it and Enter opens the contact under it.
    name = rows.nth(1).inner_text().split(". ", 1)[1]
    rows.nth(1).focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"{css('name')} input")).to_have_value(name, timeout=T)
    expect(page.locator(css("timeline"))).to_be_visible()
    screenshot("contacts-desktop-row-open")
