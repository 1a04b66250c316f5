"""The class dashboard in Voila on a demo class: sections render, hostile text stays text,
no dialog fires, and no contact detail reaches the page. Also the landing page."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from infoint import schema
from infoint.demo import generate_demo
from infoint.model import Contact, Reflection
from infoint.store import Store
from tests.browser.pages import click, open_app
from tests.browser.voila_server import VoilaServer

SCRIPT = "<script>alert(1)</script>"
NB = "class-dashboard.ipynb"


@pytest.fixture(scope="module")
def class_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dashboard")
    url = f"sqlite:///{folder / 'class.db'}"
    generate_demo(url, seed=7)
    # Five learners share the same hostile "surprise" in a field of their own, so it is
    # a common surprise in a group big enough to be shown.
    for i in range(5):
        store = Store.open(url, learner_id=f"hostile-{i}")
        (c,) = store.add_contacts([Contact(name=f"Hostile Contact {i}", field="glassblowing",
                                           email=f"hostile{i}@private.example")])
        store.save_reflection(Reflection(field="glassblowing", met_on=date.today(),
                                         contact_id=c.id, surprises=SCRIPT,
                                         ratings={"daily work": 2}, consent=True))
    server = VoilaServer(db_url=url, learner="instructor",
                         env={"INFOINT_ROLE": "instructor"})
    server.start()
    yield server, url
    server.stop()


def test_dashboard_shows_the_class_and_keeps_text_as_text(page, class_server, screenshot):
    server, url = class_server
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_app(page, server.render_url(NB), "infoint-dashboard")
    expect(page.locator(".infoint-dashboard-summary")).to_contain_text("45", timeout=30_000)
    expect(page.locator(".infoint-dashboard-funnel")).to_contain_text("Met")
    expect(page.locator(".infoint-dashboard-stuck")).to_contain_text("demo-0")
    expect(page.locator(".infoint-dashboard-meetings")).to_contain_text("teaching")
    expect(page.locator(".infoint-dashboard-heatmap img")).to_be_visible()
    surprises = page.locator(".infoint-dashboard-surprises")
    expect(surprises).to_contain_text(SCRIPT)  # shown literally
    assert surprises.locator("script").count() == 0
    page.wait_for_timeout(500)
    assert dialogs == []

    html = page.content()
    engine = Store.open(url, learner_id="reader").engine
    c = schema.contacts
    with engine.connect() as conn:
        details = conn.execute(select(c.c.name, c.c.email, c.c.phone)).all()
    for row in details:
        for value in row:
            if value:
                assert value not in html, value
    screenshot("dashboard-desktop")
    page.set_viewport_size({"width": 1280, "height": 3400})
    screenshot("dashboard-desktop-whole")
    page.set_viewport_size({"width": 1280, "height": 800})

    click(page, "infoint-dashboard-refresh")
    expect(page.locator(".infoint-dashboard-updated")).to_contain_text("Updated")
    expect(page.get_by_text("Traceback")).to_have_count(0)


def test_dashboard_on_a_phone(page, class_server, screenshot):
    server, _ = class_server
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, server.render_url(NB), "infoint-dashboard")
    expect(page.locator(".infoint-dashboard-heatmap img")).to_be_visible(timeout=30_000)
    img = page.locator(".infoint-dashboard-heatmap img").bounding_box()
    assert img is not None and img["width"] <= 390
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, width
    screenshot("dashboard-phone")
    page.set_viewport_size({"width": 390, "height": 5200})
    screenshot("dashboard-phone-whole")


def test_index_lists_the_steps_in_order(page, class_server, screenshot):
    server, _ = class_server
    page.goto(server.render_url("index.ipynb"), timeout=90_000)
    expect(page.get_by_role("link", name="Start here")).to_be_visible(timeout=90_000)
    links = page.locator("a[href$='.ipynb']")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    # The one-page workshop first, then each step's own page in workshop order.
    assert hrefs[0] == "workshop.ipynb"
    steps = [h for h in hrefs if h[:2].isdigit()]
    assert steps[:6] == ["00-start-here.ipynb", "01-find-contacts.ipynb",
                         "02-draft-outreach.ipynb", "03-prepare-questions.ipynb",
                         "04-reflect-on-fit.ipynb", "05-my-journey.ipynb"]
    screenshot("index-desktop")
    page.get_by_role("link", name="Find contacts").click()
    page.wait_for_url("**/voila/render/01-find-contacts.ipynb", timeout=90_000)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.render_url("index.ipynb"), timeout=90_000)
    expect(page.get_by_role("link", name="Class dashboard")).to_be_visible(timeout=90_000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    screenshot("index-phone")
