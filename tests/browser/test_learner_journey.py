"""A brand-new learner walks the whole workshop in Voilà, in order, following the links.

One server of its own, so the store starts empty: landing page, Start here, find a contact,
write to them, prepare the meeting, reflect and thank, and see it all on My journey. Each
step is reached through the link the previous page offers, the way a learner would go,
and each step is photographed whole for a person to look at.
"""

from __future__ import annotations

import re
from datetime import date

from playwright.sync_api import Page, expect

from tests.browser.pages import APP_TIMEOUT_MS, click, fill, toggle

T = 30_000
LEARNER = "Amara Nwosu"
CONTACT = "Grace Adeyemi"
REFERRER = "Professor Lin"
FIELD = "accounting"
OWN_QUESTION = "What do you wish you had known in your first year?"
PAGES = (
    ("00-start-here.ipynb", "profile"),
    ("01-find-contacts.ipynb", "contacts"),
    ("02-draft-outreach.ipynb", "outreach"),
    ("03-prepare-questions.ipynb", "prepare"),
    ("04-reflect-on-fit.ipynb", "reflect"),
    ("05-my-journey.ipynb", "journey"),
)


def wait_for_app(page: Page, app: str) -> None:
    page.wait_for_selector(f".infoint-{app}", state="visible", timeout=APP_TIMEOUT_MS)
    expect(page.locator("#loading")).to_have_count(0, timeout=APP_TIMEOUT_MS)


def follow(page: Page, link, app: str, notebook: str) -> None:
    """Click a link to the next step and wait for that step's app."""
    expect(link).to_be_visible(timeout=T)
    link.click()
    page.wait_for_url(re.compile(re.escape(notebook)), timeout=APP_TIMEOUT_MS)
    wait_for_app(page, app)


def next_link(page: Page, app: str, notebook: str):
    """The app's own "next step" link: marked with a stable class, pointing at ``notebook``."""
    return page.locator(f".infoint-{app} .ii-next-step a[href='{notebook}']")


def shoot(page: Page, screenshot, name: str) -> None:
    """The whole page however tall: Voilà scrolls inside a container, so a full-page shot
    shows one screen only; grow the viewport to the tallest scrolling content instead."""
    size = page.viewport_size
    height = page.evaluate(
        "Math.max(...Array.from(document.querySelectorAll('body, body *'), e => e.scrollHeight))"
    )
    page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 12_000)})
    page.evaluate("document.querySelectorAll('*').forEach(e => { e.scrollTop = 0; })")
    page.wait_for_timeout(300)
    screenshot(name, full_page=False)
    page.set_viewport_size(size)


def pick_option(page: Page, css: str, starts_with: str) -> None:
    """Choose the dropdown option whose label starts with ``starts_with`` (labels carry
    non-breaking spaces; the value attribute keeps the plain label)."""
    select = page.locator(f".{css} select")
    values = select.evaluate("s => Array.from(s.options, o => o.value)")
    select.select_option(value=next(v for v in values if v.startswith(starts_with)))


def test_a_new_learner_walks_the_whole_workshop(page, voila_factory, screenshot):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    voila = voila_factory(learner="journey-learner")

    # -- the landing page ----------------------------------------------------------------
    page.goto(voila.render_url("index.ipynb"), timeout=APP_TIMEOUT_MS)
    start = page.get_by_role("link", name="Start here", exact=True)
    expect(start).to_be_visible(timeout=APP_TIMEOUT_MS)
    screenshot("journey-00-index", full_page=False)
    follow(page, start, "profile", "00-start-here.ipynb")

    # -- step 0: start here ----------------------------------------------------------------
    notice = page.locator(".infoint-profile-notice")
    expect(notice).to_contain_text("Fill in your profile")
    fill(page, "infoint-profile-name", LEARNER)
    fill(page, "infoint-profile-school", "State University, BSc Business")
    fill(page, "infoint-profile-fields", f"{FIELD}, nursing")
    fill(page, "infoint-profile-goals", "What a normal week looks like in an audit team.")
    toggle(page, "infoint-profile-minutes", "20 minutes")
    fill(page, "infoint-profile-email", "amara@example.org")
    click(page, "infoint-profile-save")
    expect(notice).to_contain_text(f"Saved, {LEARNER}", timeout=T)
    shoot(page, screenshot, "journey-01-start-here")
    follow(page, next_link(page, "profile", "01-find-contacts.ipynb"), "contacts",
           "01-find-contacts.ipynb")

    # -- step 1: find contacts ---------------------------------------------------------------
    expect(page.locator(".infoint-contacts-profile-hint")).to_contain_text(FIELD)
    expect(page.locator(".infoint-contacts-circle-step")).to_contain_text("Circle 1")
    fill(page, "infoint-contacts-quick-name", CONTACT)
    fill(page, "infoint-contacts-quick-organisation", "Hale & Brook LLP")
    fill(page, "infoint-contacts-quick-role", "Audit Senior")
    fill(page, "infoint-contacts-quick-field", FIELD)
    page.locator(".infoint-contacts-quick-relationship select").select_option("professor")
    fill(page, "infoint-contacts-quick-referred-by", REFERRER)
    click(page, "infoint-contacts-quick-add")
    notice = page.locator(".infoint-contacts-notice")
    expect(notice).to_contain_text(f"Added {CONTACT}", timeout=T)
    expect(page.locator(".infoint-contacts-table")).to_contain_text(CONTACT, timeout=T)
    expect(page.locator(".infoint-contacts-ask-first")).to_contain_text(CONTACT)
    shoot(page, screenshot, "journey-02-find-contacts")
    follow(page, next_link(page, "contacts", "02-draft-outreach.ipynb"), "outreach",
           "02-draft-outreach.ipynb")

    # -- step 2: draft outreach --------------------------------------------------------------
    pick_option(page, "infoint-outreach-contact", CONTACT)
    body = page.locator(".infoint-outreach-body textarea")
    # Added as the learner's professor: greeted by title, not by first name and surname.
    expect(body).to_have_value(re.compile(f"^Dear Professor {CONTACT.split()[-1]},"), timeout=T)
    draft = body.input_value()
    # Filled from the profile (who I am, what I explore) and the contact (who sent me).
    assert LEARNER in draft and "State University" in draft, draft
    assert FIELD in draft and REFERRER in draft, draft
    score = page.locator(".infoint-outreach-score .ii-score")
    expect(score).to_have_text(re.compile(r"\d+"), timeout=T)
    assert int(score.inner_text()) >= 80, score.inner_text()
    click(page, "infoint-outreach-save")
    # Each notice shows by the button that caused it.
    expect(page.locator(".infoint-outreach-save-notice")).to_contain_text("Version 1 saved",
                                                                        timeout=T)
    click(page, "infoint-outreach-mark-sent")
    expect(page.locator(".infoint-outreach-send-notice")).to_contain_text("Marked as sent",
                                                                        timeout=T)
    expect(page.locator(".infoint-outreach-schedule li").first).to_be_visible()
    shoot(page, screenshot, "journey-03-draft-outreach")
    follow(page, next_link(page, "outreach", "03-prepare-questions.ipynb"), "prepare",
           "03-prepare-questions.ipynb")

    # -- step 3: prepare questions -----------------------------------------------------------
    pick_option(page, "infoint-prepare-contact", CONTACT)
    notice = page.locator(".infoint-prepare-notice")
    expect(notice).to_contain_text(CONTACT, timeout=T)
    expect(page.locator(".infoint-prepare-field input")).to_have_value(FIELD, timeout=T)
    click(page, "infoint-prepare-suggest")
    expect(notice).to_contain_text("essential", timeout=T)
    plan = page.locator(".infoint-prepare-plan .ii-plan-row")
    # The notice can arrive before the plan's rows: wait for a starter set of five.
    expect(plan.nth(4)).to_be_attached(timeout=T)
    n_essentials = plan.count()
    assert n_essentials >= 5
    fill(page, "infoint-prepare-own-question", OWN_QUESTION)
    click(page, "infoint-prepare-add-own")
    expect(plan).to_have_count(n_essentials + 1, timeout=T)
    expect(plan.last).to_contain_text(OWN_QUESTION)
    today = date.today()
    page.locator(".infoint-prepare-date input").fill(today.isoformat())
    page.locator(".infoint-prepare-date input").dispatch_event("change")
    fill(page, "infoint-prepare-time", "09:00")
    fill(page, "infoint-prepare-place", "Hale & Brook offices, 3 Mill Lane")
    click(page, "infoint-prepare-save-meeting")
    expect(notice).to_contain_text(f"Meeting with {CONTACT} saved", timeout=T)
    expect(page.locator(".infoint-prepare-ics a")).to_be_visible(timeout=T)
    # A question plan is not sent anywhere: its top score reads "ready for the meeting".
    expect(page.locator(".infoint-prepare-findings .ii-verdict")).to_have_text(
        "Ready for the meeting")
    shoot(page, screenshot, "journey-04-prepare-questions")
    follow(page, next_link(page, "prepare", "04-reflect-on-fit.ipynb"), "reflect",
           "04-reflect-on-fit.ipynb")

    # -- step 4: reflect on fit --------------------------------------------------------------
    pick_option(page, "infoint-reflect-contact", CONTACT)
    expect(page.locator(".infoint-reflect-field input")).to_have_value(FIELD, timeout=T)
    fill(page, "infoint-reflect-learned-getting-started",
         "Started as a trainee after a business degree.")
    fill(page, "infoint-reflect-learned-daily-workload",
         "Busy season from January to April; client visits most weeks.")
    fill(page, "infoint-reflect-learned-advice", "Take the audit internship, not just a course.")
    fill(page, "infoint-reflect-surprises", "How much of the job is talking to people.")
    toggle(page, "infoint-reflect-rating-daily-work", "4")
    toggle(page, "infoint-reflect-rating-overall-interest", "5")
    toggle(page, "infoint-reflect-tone", "Positive")  # starts unchosen; saving needs it
    click(page, "infoint-reflect-save")
    notice = page.locator(".infoint-reflect-notice")
    expect(notice).to_contain_text("saved", timeout=T)
    thanks = page.locator(".infoint-reflect-thanks-body textarea")
    expect(thanks).to_have_value(re.compile("internship"), timeout=T)
    click(page, "infoint-reflect-mark-thanked")
    expect(page.locator(".infoint-reflect-thanks-notice")).to_contain_text("Thank-you recorded",
                                                                   timeout=T)
    expect(page.locator(".infoint-reflect-keep-in-touch")).to_contain_text("Keep in touch")
    shoot(page, screenshot, "journey-05-reflect-on-fit")
    follow(page, next_link(page, "reflect", "05-my-journey.ipynb"), "journey",
           "05-my-journey.ipynb")

    # -- step 5: my journey ------------------------------------------------------------------
    funnel = page.locator(".infoint-journey-funnel")
    for stage in ("contacts", "asked", "met", "thanked"):
        expect(funnel.locator(f"[data-stage='{stage}'] b")).to_have_text("1", timeout=T)
    # The charts are drawn part by part after the page shows.
    expect(page.locator(".infoint-journey-per-field")).to_contain_text(FIELD, timeout=T)
    expect(page.locator(".infoint-journey-fit img")).to_be_visible(timeout=T)
    expect(page.locator(".infoint-journey-notice")).to_contain_text("1 contact met",
                                                                     timeout=T)
    # The journey is a loop: it ends by sending the learner to the next person.
    expect(next_link(page, "journey", "01-find-contacts.ipynb")).to_be_visible()
    shoot(page, screenshot, "journey-06-my-journey")

    expect(page.get_by_text("Traceback")).to_have_count(0)

    # -- the same pages, full of this learner's work, on a phone -----------------------------
    page.set_viewport_size({"width": 390, "height": 844})
    for notebook, app in PAGES:
        page.goto(voila.render_url(notebook), timeout=APP_TIMEOUT_MS)
        wait_for_app(page, app)
        page.wait_for_timeout(500)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, (notebook, width)
        shoot(page, screenshot, f"journey-phone-{notebook.split('.')[0]}")
        expect(page.get_by_text("Traceback")).to_have_count(0)
    assert dialogs == []
