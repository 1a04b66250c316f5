"""Step 3 in a real browser: plan from the bank plus an own pay question, see it flagged, fix
it, save the meeting, download the guide and the invite, reload and find the plan."""

from __future__ import annotations

import io
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
from icalendar import Calendar
from playwright.sync_api import expect

from infoint.model import Contact, Learner
from infoint.store import Store
from tests.browser.pages import click, fill, open_app

NB = "03-prepare-questions.ipynb"
APP = "infoint-prepare"
TIMEOUT = 20_000
HOSTILE = "<script>alert(1)</script>"
PAY = "What is the salary?"


def _store(voila) -> Store:
    store = Store.open(voila.db_url, learner_id=voila.learner)
    if store.load_profile() is None:
        store.save_profile(Learner(name="Sam Patel", fields=["nursing"], meeting_minutes=20,
                                   email="sam@example.org"))
    return store


def _add_contact(voila, name: str) -> Contact:
    return _store(voila).add_contact(
        Contact(name=name, organisation="City Hospital", role="Charge nurse", field="nursing",
                email="jane@example.org", status="contacted")
    )


def _pick(page, name: str) -> None:
    select = page.locator(f".{APP}-contact select")
    labels = select.evaluate("s => Array.from(s.options, o => o.value)")
    select.select_option(value=next(t for t in labels if t.startswith(name)))
    expect(page.locator(f".{APP}-notice")).to_contain_text(name, timeout=TIMEOUT)


def _plan_options(page):
    return page.locator(f".{APP}-plan .ii-plan-row")


def _rule(page, rule: str, level: str):
    return page.locator(f".{APP}-findings li.ii-{level}[data-rule='{rule}']")


def _download(page, css: str) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.locator(f".{css} a").click()
    download = info.value
    return download.suggested_filename, Path(download.path()).read_bytes()


def test_plan_flag_fix_download_and_reload(page, voila, screenshot):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    name = f"Jane Okoro {uuid.uuid4().hex[:6]}"
    contact = _add_contact(voila, name)
    open_app(page, voila.render_url(NB), APP)
    _pick(page, name)

    fill(page, f"{APP}-notes-field", f"Nurses work in shifts. {HOSTILE}")
    fill(page, f"{APP}-notes-found", "Pay bands are published by the health service.")
    expect(page.locator(f".{APP}-notice")).to_contain_text("Saved", timeout=TIMEOUT)

    click(page, f"{APP}-suggest")
    expect(page.locator(f".{APP}-notice")).to_contain_text("essential", timeout=TIMEOUT)
    # New rows are new widgets, drawn after the notice's text: wait for a starter set.
    expect(_plan_options(page).nth(4)).to_be_attached(timeout=TIMEOUT)
    n_essentials = _plan_options(page).count()
    assert n_essentials >= 5

    # From the bank: search, pick one, add it.
    fill(page, f"{APP}-bank-search", "surprised")
    first = page.locator(f".{APP}-bank-results .ii-bank-row").first
    # Wait for the filtered list, not the full one that was there before the search.
    expect(first).to_contain_text("surprised", timeout=TIMEOUT)
    # The row's Add button is reached with the keyboard and pressed with Enter.
    first.locator("button").focus()
    page.keyboard.press("Enter")
    expect(page.locator(f".{APP}-notice")).to_contain_text("Added to your plan",
                                                           timeout=TIMEOUT)

    # An own question about pay is flagged.
    fill(page, f"{APP}-own-question", PAY)
    click(page, f"{APP}-add-own")
    expect(_plan_options(page)).to_have_count(n_essentials + 2, timeout=TIMEOUT)
    expect(_rule(page, "asks-pay", "fail")).to_be_visible(timeout=TIMEOUT)
    expect(_rule(page, "asks-pay", "fail")).to_contain_text(PAY)
    screenshot("prepare-flagged")

    # Hostile text in a question shows as text.
    fill(page, f"{APP}-own-question", f"What about {HOSTILE}?")
    click(page, f"{APP}-add-own")
    expect(_plan_options(page)).to_have_count(n_essentials + 3, timeout=TIMEOUT)
    expect(_plan_options(page).last).to_contain_text(HOSTILE)
    assert page.locator(f".{APP} script").count() == 0

    # Fix: the pay question's own Remove button; the notice shows by the plan too.
    _plan_options(page).filter(has_text=PAY).locator(".ii-plan-remove").click()
    expect(page.locator(f".{APP}-plan-notice")).to_contain_text("Removed", timeout=TIMEOUT)
    expect(page.locator(f".{APP}-notice")).to_contain_text("Removed", timeout=TIMEOUT)
    expect(_rule(page, "asks-pay", "pass")).to_be_visible(timeout=TIMEOUT)
    expect(_plan_options(page)).to_have_count(n_essentials + 2)

    # The meeting: New York, the day the clocks go forward.
    page.locator(f".{APP}-date input").fill("2026-03-08")
    page.locator(f".{APP}-date input").dispatch_event("change")
    fill(page, f"{APP}-time", "14:30")
    page.locator(f".{APP}-tz select").select_option(value="America/New_York")
    fill(page, f"{APP}-place", "Café Lumen, 12 High St")
    expect(page.locator(f".{APP}-budget .ii-budget-bar")).to_be_visible()
    click(page, f"{APP}-save-meeting")
    expect(page.locator(f".{APP}-notice")).to_contain_text("saved for Sunday 08 March",
                                                           timeout=TIMEOUT)
    # ... and by the button, which is where the learner is looking.
    expect(page.locator(f".{APP}-meeting-notice")).to_contain_text("saved for Sunday 08 March")
    assert _store(voila).get_contact(contact.id).status == "meeting scheduled"

    filename, ics = _download(page, f"{APP}-ics")
    assert filename.endswith(".ics")
    event = next(iter(Calendar.from_ical(ics).walk("VEVENT")))
    start = event.decoded("dtstart")
    assert start == datetime(2026, 3, 8, 14, 30, tzinfo=ZoneInfo("America/New_York"))
    assert start.utcoffset() == timedelta(hours=-4)
    assert event.decoded("dtend") - start == timedelta(minutes=20)
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert name in str(event["summary"])

    filename, html = _download(page, f"{APP}-guide-html")
    assert filename.endswith(".html")
    text = html.decode("utf-8")
    assert name in text and "Café Lumen" in text
    assert HOSTILE not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert PAY not in text

    click(page, f"{APP}-make-pdf")
    page.locator(f".{APP}-guide-pdf a").wait_for(timeout=20_000)
    filename, pdf = _download(page, f"{APP}-guide-pdf")
    assert filename.endswith(".pdf")
    pdf_text = " ".join(
        " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )
    assert name in pdf_text and "Dress as you would" in pdf_text

    # Rehearse: the first question appears with its countdown.
    click(page, f"{APP}-rehearse-start")
    expect(page.locator(f".{APP}-rehearse-clock")).to_contain_text("Question 1 of",
                                                                   timeout=TIMEOUT)
    click(page, f"{APP}-rehearse-next")
    expect(page.locator(f".{APP}-rehearse-clock")).to_contain_text("Question 2 of",
                                                                   timeout=TIMEOUT)
    screenshot("prepare-desktop")
    page.wait_for_timeout(300)
    assert dialogs == []

    page.reload()
    open_app(page, voila.render_url(NB), APP)
    selected = page.locator(f".{APP}-contact select").evaluate(
        "s => s.options[s.selectedIndex].value"
    )
    assert selected.startswith(name)
    expect(_plan_options(page)).to_have_count(n_essentials + 2, timeout=TIMEOUT)
    expect(page.locator(f".{APP}-notes-found textarea")).to_have_value(
        "Pay bands are published by the health service."
    )
    expect(page.locator(f".{APP}-time input")).to_have_value("14:30")
    expect(_plan_options(page).last).to_contain_text(HOSTILE)
    assert dialogs == []


LONG = ("When you think back over your first three years in this line of work, which of the "
        "things nobody told you at the start turned out to matter most?")


def test_prepare_readable_on_a_phone(page, voila, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    name = f"Robin Shaw {uuid.uuid4().hex[:6]}"
    _add_contact(voila, name)
    open_app(page, voila.render_url(NB), APP)
    _pick(page, name)
    click(page, f"{APP}-suggest")
    expect(page.locator(f".{APP}-notice")).to_contain_text("essential", timeout=TIMEOUT)
    fill(page, f"{APP}-own-question", LONG)
    click(page, f"{APP}-add-own")
    row = _plan_options(page).last
    expect(row).to_contain_text("turned out to matter most?", timeout=TIMEOUT)
    # The whole question is on screen: the row wraps instead of cutting it.
    cut = row.locator(".ii-plan-text").evaluate(
        "e => { const r = e.getBoundingClientRect(); return [e.scrollWidth > e.clientWidth + 1,"
        " r.right > window.innerWidth + 1]; }")
    assert cut == [False, False]
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 400, scroll_width
    screenshot("prepare-phone")


def test_the_printed_html_guide_has_the_pages_the_app_says(page, voila, browser):
    name = f"Lee Park {uuid.uuid4().hex[:6]}"
    _add_contact(voila, name)
    open_app(page, voila.render_url(NB), APP)
    _pick(page, name)
    click(page, f"{APP}-suggest")
    expect(page.locator(f".{APP}-notice")).to_contain_text("essential", timeout=TIMEOUT)
    click(page, f"{APP}-make-pdf")
    expect(page.locator(f".{APP}-guide-notice")).to_contain_text("one page", timeout=TIMEOUT)
    _name, html = _download(page, f"{APP}-guide-html")
    printer = browser.new_page()
    try:
        printer.set_content(html.decode("utf-8"))
        printed = printer.pdf(format="A4", print_background=False)
    finally:
        printer.close()
    # Printed from the browser (Chromium's own print), the HTML keeps the PDF's promise.
    assert len(pypdf.PdfReader(io.BytesIO(printed)).pages) == 1
