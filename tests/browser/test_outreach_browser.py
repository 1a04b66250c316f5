"""Step 2 in a real browser: live coaching, save, mark as sent, reload; hostile text stays text."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import expect

from infoint.model import Contact, Learner
from infoint.store import Store
from tests.browser.pages import click, fill, open_app

NB = "02-draft-outreach.ipynb"
APP = "infoint-outreach"
TIMEOUT = 20_000

GOOD = (
    "Dear {name},\n\n"
    "My name is Sam Patel and I'm a student at State University. Professor Wilson "
    "suggested I get in touch with you. I'm exploring accounting and would love to learn "
    "how you got started. I'm not asking for a job, only for advice.\n\n"
    "Would you have 20 minutes to meet in the next few weeks?\n\nThank you,\nSam"
)
JOB = GOOD.replace("I'm not asking for a job, only for advice.", "Do you have any job openings?")


def _store(voila) -> Store:
    store = Store.open(voila.db_url, learner_id=voila.learner)
    if store.load_profile() is None:
        store.save_profile(Learner(name="Sam Patel", school="State University",
                                   fields=["accounting"], email="sam@example.org"))
    return store


def _add_contact(voila, name: str) -> Contact:
    return _store(voila).add_contact(
        Contact(name=name, organisation="Green & Co", email="contact@example.org",
                relationship="referral", referred_by="Professor Wilson", field="accounting")
    )


def _pick(page, name: str) -> None:
    select = page.locator(f".{APP}-contact select")
    # Option text uses non-breaking spaces; the value attribute keeps the plain label.
    labels = select.evaluate("s => Array.from(s.options, o => o.value)")
    label = next(t for t in labels if t.startswith(name))
    select.select_option(value=label)
    expect(page.locator(f".{APP}-body textarea")).to_have_value(
        re.compile(f"Dear {re.escape(name)}"), timeout=TIMEOUT
    )


def _near(page, button: str, notice: str) -> None:
    """The notice is on screen right under its button, not at the top of a long page."""
    b = page.locator(button).bounding_box()
    n = page.locator(notice).bounding_box()
    assert b is not None and n is not None
    assert 0 <= n["y"] - (b["y"] + b["height"]) < 80, (b, n)


def _rule(page, rule: str, level: str):
    return page.locator(f".{APP}-findings li.ii-{level}[data-rule='{rule}']")


def test_draft_coached_saved_sent_and_kept_after_reload(page, voila, screenshot):
    name = f"Jordan Ellis {uuid.uuid4().hex[:6]}"
    contact = _add_contact(voila, name)
    open_app(page, voila.render_url(NB), APP)
    _pick(page, name)
    # The untouched starting draft ticks every box but is not yet the learner's own.
    expect(_rule(page, "personalised", "warn")).to_be_visible(timeout=TIMEOUT)
    expect(page.locator(f".{APP}-score .ii-score")).not_to_have_text("100")

    fill(page, f"{APP}-body", JOB.format(name=name))
    expect(_rule(page, "asks-for-job", "fail")).to_be_visible(timeout=TIMEOUT)
    expect(page.locator(f".{APP}-preview mark.ii-fail")).to_contain_text("any job")
    low = int(page.locator(f".{APP}-score .ii-score").inner_text())
    assert low <= 60

    fill(page, f"{APP}-body", GOOD.format(name=name))
    expect(_rule(page, "asks-for-job", "pass")).to_be_visible(timeout=TIMEOUT)
    expect(page.locator(f".{APP}-counts")).to_contain_text("words")
    high = int(page.locator(f".{APP}-score .ii-score").inner_text())
    assert high > low
    screenshot("outreach-desktop")

    click(page, f"{APP}-save")
    # Each notice shows by the button that caused it.
    expect(page.locator(f".{APP}-save-notice")).to_contain_text("Version 1 saved",
                                                               timeout=TIMEOUT)
    click(page, f"{APP}-mark-sent")
    expect(page.locator(f".{APP}-send-notice")).to_contain_text("Marked as sent",
                                                               timeout=TIMEOUT)
    _near(page, f"button.{APP}-mark-sent", f".{APP}-send-notice")
    expect(page.locator(f".{APP}-schedule li")).to_have_count(2)
    expect(page.locator(f".{APP}-mailto a")).to_have_attribute("href", re.compile(
        "^mailto:contact@example.org\\?subject="))
    expect(page.locator(f".{APP}-eml a")).to_have_attribute("download", re.compile(
        r"^outreach-jordan-ellis-[a-f0-9]+\.eml$"))
    screenshot("outreach-sent")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.locator(f".{APP}-copy button.ii-copy-button").click()
    expect(page.locator(f".{APP}-copy button.ii-copy-button")).to_have_text("Copied")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("Subject: Referred by Professor Wilson") and "Dear " in copied

    page.reload()
    open_app(page, voila.render_url(NB), APP)
    expect(page.locator(f".{APP}-body textarea")).to_have_value(
        GOOD.format(name=name), timeout=TIMEOUT
    )
    selected = page.locator(f".{APP}-contact select").evaluate(
        "s => s.options[s.selectedIndex].value"
    )
    assert selected.startswith(name) and "(contacted)" in selected
    expect(page.locator(f".{APP}-schedule li")).to_have_count(2)
    assert _store(voila).get_contact(contact.id).status == "contacted"


def test_hostile_text_is_shown_as_text(page, voila, screenshot):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    name = f"<script>alert(1)</script> Lee {uuid.uuid4().hex[:6]}"
    _add_contact(voila, name)
    open_app(page, voila.render_url(NB), APP)
    _pick(page, name)
    hostile = (
        "Dear Lee, Professor <img src=x onerror=alert(1)> suggested I get in touch with you. "
        "My name is Sam. <script>alert(1)</script> Do you have any job openings?"
    )
    fill(page, f"{APP}-body", hostile)
    expect(_rule(page, "asks-for-job", "fail")).to_be_visible(timeout=TIMEOUT)
    preview = page.locator(f".{APP}-preview")
    expect(preview).to_contain_text("<img src=x onerror=alert(1)>")
    expect(preview).to_contain_text("<script>alert(1)</script>")
    expect(page.locator(f".{APP}-findings")).to_contain_text("<img src=x onerror=alert(1)>")
    expect(page.locator(f".{APP}-copy textarea")).to_have_value(
        re.compile("<img src=x onerror=alert\\(1\\)>")
    )
    assert page.locator(f".{APP} img").count() == 0
    assert page.locator(f".{APP} script").count() == 0
    page.wait_for_timeout(500)
    assert dialogs == []
    screenshot("outreach-hostile")


def test_empty_body_refused_and_phone_layout(page, voila, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    name = f"Robin Shaw {uuid.uuid4().hex[:6]}"
    contact = _add_contact(voila, name)
    open_app(page, voila.render_url(NB), APP)
    _pick(page, name)
    screenshot("outreach-phone")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 400, scroll_width
    # On a phone the feedback comes below the text, in one column.
    body = page.locator(f".{APP}-body textarea").bounding_box()
    feedback = page.locator(f".{APP}-feedback").bounding_box()
    assert feedback["y"] > body["y"] + body["height"] - 1
    fill(page, f"{APP}-body", "")
    click(page, f"{APP}-save")
    expect(page.locator(f".{APP}-save-notice")).to_contain_text("empty", timeout=TIMEOUT)
    assert _store(voila).outreach_versions(contact_id=contact.id) == []


def test_desktop_puts_the_feedback_beside_the_text_and_greets_a_professor(page, voila,
                                                                         screenshot):
    name = f"Dana Whitfield-{uuid.uuid4().hex[:6]}"
    _store(voila).add_contact(Contact(name=name, relationship="professor", field="accounting"))
    open_app(page, voila.render_url(NB), APP)
    select = page.locator(f".{APP}-contact select")
    labels = select.evaluate("s => Array.from(s.options, o => o.value)")
    select.select_option(value=next(t for t in labels if t.startswith(name)))
    surname = name.split()[-1]
    expect(page.locator(f".{APP}-body textarea")).to_have_value(
        re.compile(f"^Dear Professor {surname},"), timeout=TIMEOUT)
    body = page.locator(f".{APP}-body textarea").bounding_box()
    feedback = page.locator(f".{APP}-feedback").bounding_box()
    assert feedback["x"] >= body["x"] + body["width"] - 1  # to the right of the text
    assert feedback["y"] < body["y"] + body["height"]  # and level with it, not below
    # "Take it to your mail app" comes before "Mark as sent".
    copy = page.locator(f".{APP}-copy").bounding_box()
    mark = page.locator(f"button.{APP}-mark-sent").bounding_box()
    assert copy["y"] < mark["y"]
    screenshot("outreach-desktop-side-by-side", full_page=False)


HINTED = (
    "Dear {name},\n\n"
    "My name is Sam Patel and I'm finishing my accounting degree at State University. "
    "Professor Wilson suggested I get in touch. I'm keen to join a company like yours in "
    "audit, and my CV is attached. Could we find 20 minutes to talk about how I might "
    "contribute?\n\nThank you,\nSam"
)


def test_a_hinted_job_ask_is_a_warning_with_its_words_marked(page, voila, screenshot):
    # No pattern reads this as a job request; its words together do (job_words).
    name = f"Morgan Reyes {uuid.uuid4().hex[:6]}"
    _add_contact(voila, name)
    open_app(page, voila.render_url(NB), APP)
    _pick(page, name)
    fill(page, f"{APP}-body", HINTED.format(name=name))
    finding = _rule(page, "asks-for-job", "warn")
    expect(finding).to_be_visible(timeout=TIMEOUT)
    expect(finding).to_contain_text("Taken together, words such as “")
    # Its weightiest word is marked where it stands (here under the résumé's own mark).
    expect(page.locator(f".{APP}-preview mark", has_text="CV").first).to_be_visible()
    screenshot("outreach-hinted-job-desktop")
    page.set_viewport_size({"width": 390, "height": 844})
    expect(finding).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    screenshot("outreach-hinted-job-phone")
