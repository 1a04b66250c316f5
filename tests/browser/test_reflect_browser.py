"""Step 4 and My journey in a real browser: file a reflection, see the coaching, thank,
then see the dashboard update. Hostile text must stay text and no dialog may fire."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import click, fill, open_app, toggle

REFLECT = "04-reflect-on-fit.ipynb"
JOURNEY = "05-my-journey.ipynb"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def shoot_app(page, css: str, name: str) -> None:
    """The whole app at the current width, however tall. Voila scrolls inside a container,
    so a full-page screenshot shows one screen only: grow the viewport to fit instead."""
    ARTIFACTS.mkdir(exist_ok=True)
    size = page.viewport_size
    height = page.evaluate(
        f"document.querySelector('.{css}').getBoundingClientRect().height"
    )
    page.set_viewport_size({"width": size["width"], "height": int(height) + 200})
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.set_viewport_size(size)


def test_reflect_thank_and_see_the_journey_update(page, voila):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    tag = uuid.uuid4().hex[:8]
    field = f"glassblowing {tag}"
    # Unique, because the session's store is shared: another test may already have added
    # a contact called plain IMG, and a known contact is (rightly) not suggested again.
    suggested = f"<img src=x onerror=alert('{tag}')>"

    open_app(page, voila.render_url(REFLECT), "infoint-reflect")
    expect(page.locator(".infoint-reflect-coaching")).to_contain_text("Pick whom you met")
    fill(page, "infoint-reflect-field", field)
    fill(page, "infoint-reflect-learned-advice", f"Blow slowly. {SCRIPT}")
    fill(page, "infoint-reflect-surprises", IMG)
    toggle(page, "infoint-reflect-rating-daily-work", "2")
    toggle(page, "infoint-reflect-rating-overall-interest", "4")
    toggle(page, "infoint-reflect-tone", "Negative")
    fill(page, "infoint-reflect-suggested", suggested)

    coaching = page.locator(".infoint-reflect-coaching")
    expect(coaching).to_contain_text("at least one more person", timeout=20_000)
    expect(coaching).to_contain_text("spoke negatively")
    expect(coaching).to_contain_text(suggested)  # the suggested "person", shown literally
    assert page.locator(".infoint-reflect-coaching img").count() == 0

    click(page, "infoint-reflect-save")
    notice = page.locator(".infoint-reflect-notice")
    expect(notice).to_contain_text("saved", timeout=20_000)
    expect(notice).to_be_in_viewport()  # said by the button, not off-screen at the top

    body = page.locator(".infoint-reflect-thanks-body textarea")
    # The note starts from a draft built from the learner's notes.
    expect(body).to_have_value(re.compile("blow slowly"), timeout=20_000)
    findings = page.locator(".infoint-reflect-thanks-findings")
    expect(findings.locator("li").first).to_be_visible(timeout=20_000)
    fill(page, "infoint-reflect-thanks-body", "Thanks!")
    takeaway = 'li[data-rule="specific-takeaway"]'
    expect(findings.locator(f"{takeaway}:not(.ii-pass)")).to_be_visible(timeout=20_000)
    fill(
        page,
        "infoint-reflect-thanks-body",
        f"Dear Ana,\n\nThank you for the time on {field} today. What you said about blowing "
        "slowly changed how I see the craft.\n\nMay I get in touch again if more questions "
        "come up?\n\nBest wishes,\nAmara\namara@example.org",
    )
    expect(findings.locator(f"{takeaway}.ii-pass")).to_be_visible(timeout=20_000)
    # The note leaves the app like an outreach message: copy, mail app or .eml draft.
    expect(page.locator(".infoint-reflect-thanks-copy textarea")).to_have_value(
        re.compile("blowing slowly"), timeout=20_000)
    expect(page.locator(".infoint-reflect-thanks-mailto a")).to_have_attribute(
        "href", re.compile(r"^mailto:\?subject=Thank%20you"))
    expect(page.locator(".infoint-reflect-thanks-eml a")).to_have_attribute(
        "download", re.compile(r"^thank-you-.*\.eml$"))
    shoot_app(page, "infoint-reflect", "reflect-desktop")

    # On a desktop the coaching sits beside the notes, the checks beside the note.
    notes = page.locator(".infoint-reflect-learned-advice").bounding_box()
    side = page.locator(".infoint-reflect-coaching-card").bounding_box()
    assert side["x"] >= notes["x"] + notes["width"], (notes, side)
    toggle(page, "infoint-reflect-thanks-channel", "Letter")
    expect(page.locator(".infoint-reflect-thanks-how")).to_contain_text("post it", timeout=20_000)
    expect(page.locator(".infoint-reflect-thanks-mailto a")).to_have_count(0)
    toggle(page, "infoint-reflect-thanks-channel", "Email")
    expect(page.locator(".infoint-reflect-thanks-mailto a")).to_have_count(1, timeout=20_000)

    click(page, "infoint-reflect-mark-thanked")
    thanks_notice = page.locator(".infoint-reflect-thanks-notice")
    expect(thanks_notice).to_contain_text("Thank-you recorded", timeout=20_000)
    expect(thanks_notice).to_be_in_viewport()
    expect(page.locator(".infoint-reflect-keep-in-touch")).to_contain_text("Keep in touch")

    # A reload brings the saved reflection back, thank-you included.
    page.reload()
    open_app(page, voila.render_url(REFLECT), "infoint-reflect")
    expect(page.locator(".infoint-reflect-field input")).to_have_value(field, timeout=20_000)
    expect(page.locator(".infoint-reflect-keep-in-touch")).to_contain_text("Keep in touch")

    open_app(page, voila.render_url(JOURNEY), "infoint-journey")
    expect(page.locator(".infoint-journey-per-field")).to_contain_text(field, timeout=30_000)
    expect(page.locator(".infoint-journey-agreement")).to_contain_text(field)
    expect(page.locator(".infoint-journey-fit img")).to_be_visible()
    nxt = page.locator(".infoint-journey-next")
    expect(nxt).to_contain_text(suggested)
    assert page.locator(".infoint-journey-next img").count() == 0
    # The files are made when asked for, not with every refresh.
    expect(page.locator(".infoint-journey-csv a")).to_have_count(0)
    click(page, "infoint-journey-make-exports")
    expect(page.locator(".infoint-journey-csv a")).to_have_attribute(
        "download", re.compile(r"my-reflections-.*\.csv")
    )
    expect(page.locator(".infoint-journey-parquet a")).to_be_visible()
    shoot_app(page, "infoint-journey", "journey-desktop")
    assert dialogs == []
    expect(page.get_by_text("Traceback")).to_have_count(0)


def test_refused_input_says_what_to_fix(page, voila):
    open_app(page, voila.render_url(REFLECT), "infoint-reflect")
    fill(page, "infoint-reflect-field", "")
    click(page, "infoint-reflect-save")
    expect(page.locator(".infoint-reflect-notice")).to_contain_text("is required",
                                                                   timeout=20_000)


def test_reflect_and_journey_fit_a_phone(page, voila):
    page.set_viewport_size({"width": 390, "height": 844})
    for nb, app, name in ((REFLECT, "infoint-reflect", "reflect-phone"),
                          (JOURNEY, "infoint-journey", "journey-phone")):
        open_app(page, voila.render_url(nb), app)
        page.wait_for_timeout(500)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, (nb, width)
        if nb == REFLECT:  # one column: the coaching under the notes, not beside them
            notes = page.locator(".infoint-reflect-learned-advice").bounding_box()
            side = page.locator(".infoint-reflect-coaching-card").bounding_box()
            assert side["y"] >= notes["y"] + notes["height"], (notes, side)
        shoot_app(page, app, name)
