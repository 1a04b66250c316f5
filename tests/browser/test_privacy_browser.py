"""Privacy and F4 in a real browser.

* A class of 3: the dashboard's headline carries no exact figure, only sentences; the
  same page, refreshed after 3 more learners join with a field named ``$x^{$``, draws
  every part, heatmap included.
* A learner whose field is ``$x^{$``: My journey draws every part.
* Start here, Your data: the zip downloads with every table; Delete my data, after
  typing DELETE, leaves nothing of the learner in the store.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect

from infoint import learner_data, schema
from infoint.model import Contact, Learner, Meeting, Outreach, Plan, Reflection
from infoint.store import Store
from tests.browser.pages import click, fill, open_app
from tests.browser.voila_server import VoilaServer

PAYLOAD = "$x^{$"
TIMEOUT = 30_000


def _learner(url: str, lid: str, field: str) -> Store:
    s = Store.open(url, learner_id=lid)
    s.save_profile(Learner(name=f"Learner {lid}", fields=[field], email=f"{lid}@example.org"))
    c1, c2 = s.add_contacts([Contact(name=f"Contact {lid} a", field=field, status="met",
                                     email="ana@example.org"),
                             Contact(name=f"Contact {lid} b", field=field)])
    d = s.save_outreach(Outreach(contact_id=c1.id, channel="email", body="Hello, 20 min?"))
    s.mark_sent(d.id, date(2026, 4, 1))
    plan = s.save_plan(Plan(contact_id=c1.id, field=field, questions=["How did you start?"]))
    s.save_meeting(Meeting(contact_id=c1.id, plan_id=plan.id,
                           starts_at=datetime(2026, 4, 10, 10, tzinfo=UTC)))
    s.save_reflection(Reflection(field=field, met_on=date(2026, 4, 10), contact_id=c1.id,
                                 surprises=f"{PAYLOAD} surprise", consent=True,
                                 ratings={"daily work": 4, "lifestyle": 2},
                                 learned={"advice": "Shadow a shift."}))
    s.save_reflection(Reflection(field="nursing", met_on=date(2026, 4, 11), contact_id=c2.id,
                                 ratings={"daily work": 3}, consent=True))
    return s


@pytest.fixture(scope="module")
def tiny_class(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('tiny') / 'class.db'}"
    for i in range(3):
        _learner(url, f"tiny-{i}", PAYLOAD)
    server = VoilaServer(db_url=url, learner="instructor", env={"INFOINT_ROLE": "instructor"})
    server.start()
    yield server, url
    server.stop()


@pytest.fixture(scope="module")
def payload_learner(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('learner') / 'store.db'}"
    _learner(url, "maya", PAYLOAD)
    Store.open(url, learner_id="someone-else").add_contact(Contact("Not Maya's"))
    server = VoilaServer(db_url=url, learner="maya")
    server.start()
    yield server, url
    server.stop()


def _no_error(page) -> None:
    expect(page.get_by_text("Something went wrong")).to_have_count(0)
    expect(page.get_by_text("Traceback")).to_have_count(0)
    expect(page.locator(".infoint-section-failed")).to_have_count(0)


def test_tiny_class_dashboard_shows_no_figure_then_draws_the_payload(page, tiny_class,
                                                                      screenshot):
    server, url = tiny_class
    open_app(page, server.render_url("class-dashboard.ipynb"), "infoint-dashboard")
    summary = page.locator(".infoint-dashboard-summary")
    expect(summary).to_contain_text("fewer than 5 learners have shared yet", timeout=TIMEOUT)
    text = summary.inner_text()
    assert "shared by" not in text and not any(ch.isdigit() and ch != "5" for ch in text), text
    notice = page.locator(".infoint-dashboard-notice")
    expect(notice).to_contain_text("Fewer than 5 learners have saved work yet")
    assert "3" not in notice.inner_text()
    _no_error(page)
    screenshot("privacy-dashboard-tiny-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot("privacy-dashboard-tiny-390")
    page.set_viewport_size({"width": 1280, "height": 800})

    for i in range(3):  # now 6 learners: figures appear, the payload field is drawn
        _learner(url, f"more-{i}", PAYLOAD)
    click(page, "infoint-dashboard-refresh")
    expect(summary).to_contain_text("reflections shared by 6 learners", timeout=TIMEOUT)
    for part in ("funnel", "stuck", "meetings", "fit", "surprises"):
        expect(page.locator(f".infoint-dashboard-part-{part}")).to_be_visible()
    expect(page.locator(".infoint-dashboard-heatmap img")).to_be_visible()
    expect(page.locator(".infoint-dashboard-surprises")).to_contain_text(PAYLOAD)
    _no_error(page)
    page.locator(".infoint-dashboard-heatmap img").scroll_into_view_if_needed()
    screenshot("privacy-dashboard-payload-1280", full_page=False)


def test_journey_with_the_payload_draws_every_part(page, payload_learner, screenshot):
    server, _url = payload_learner
    open_app(page, server.render_url("05-my-journey.ipynb"), "infoint-journey")
    expect(page.locator(".infoint-journey-notice")).to_contain_text("reflections",
                                                                    timeout=TIMEOUT)
    for part in ("funnel", "next", "per-field", "fit", "agreement", "exports"):
        expect(page.locator(f".infoint-journey-{part}")).to_be_visible()
    for part in ("funnel", "per-field", "fit"):
        expect(page.locator(f".infoint-journey-{part} img").first).to_be_visible()
    expect(page.locator(".infoint-journey-per-field")).to_contain_text(PAYLOAD)
    _no_error(page)
    page.locator(".infoint-journey-per-field img").scroll_into_view_if_needed()
    screenshot("privacy-journey-payload-1280", full_page=False)
    page.set_viewport_size({"width": 390, "height": 844})
    page.locator(".infoint-journey-fit img").scroll_into_view_if_needed()
    screenshot("privacy-journey-payload-390", full_page=False)


def test_download_everything_then_delete_my_data(page, payload_learner, screenshot):
    server, url = payload_learner
    open_app(page, server.render_url("00-start-here.ipynb"), "infoint-profile")
    expect(page.get_by_role("heading", name="Your data")).to_be_visible()
    click(page, "infoint-profile-download")
    link = page.locator(".infoint-profile-download-link a")
    expect(link).to_be_visible(timeout=TIMEOUT)
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename.startswith("infoint-my-data-maya-")
    zf = zipfile.ZipFile(io.BytesIO(Path(download.path()).read_bytes()))
    names = set(zf.namelist())
    for table in schema.metadata.tables:
        assert {f"data/{table}.csv", f"data/{table}.json"} <= names
    contacts = json.loads(zf.read("data/contacts.json"))
    assert {c["name"] for c in contacts} == {"Contact maya a", "Contact maya b"}
    assert any(n.startswith("guides/") for n in names)
    assert any(n.startswith("calendar/meeting-") for n in names)
    card = page.locator(".infoint-profile-data")
    card.scroll_into_view_if_needed()
    screenshot("privacy-your-data-1280", full_page=False)

    click(page, "infoint-profile-delete")
    confirm = page.locator(".infoint-profile-delete-confirm")
    expect(confirm).to_contain_text("This deletes 1 profile, 2 contacts", timeout=TIMEOUT)
    now = page.locator("button.infoint-profile-delete-now")
    expect(now).to_be_disabled()
    page.set_viewport_size({"width": 390, "height": 844})
    confirm.scroll_into_view_if_needed()
    screenshot("privacy-your-data-confirm-390", full_page=False)
    page.set_viewport_size({"width": 1280, "height": 800})
    fill(page, "infoint-profile-delete-word", "DELETE")
    expect(now).to_be_enabled(timeout=TIMEOUT)
    now.click()
    expect(page.locator(".infoint-profile-data-notice")).to_contain_text(
        "Nothing of yours is left", timeout=TIMEOUT)
    expect(page.locator(".infoint-profile-name input")).to_have_value("")
    _no_error(page)
    card.scroll_into_view_if_needed()
    screenshot("privacy-your-data-deleted-1280", full_page=False)
    store = Store.open(url, learner_id="maya")
    assert not any(learner_data.row_counts(store).values())
    assert Store.open(url, learner_id="someone-else").contacts()
