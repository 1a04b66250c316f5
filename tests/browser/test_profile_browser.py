"""Start here in a real browser: fill the profile, reload, see it kept; hostile text stays text."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.pages import click, fill, open_app, toggle

NB = "00-start-here.ipynb"


def test_profile_saved_and_shown_after_reload(page, voila, screenshot):
    open_app(page, voila.render_url(NB), "infoint-profile")
    expect(page.get_by_role("heading", name="About you")).to_be_visible()
    expect(page.get_by_role("link", name="Find contacts", exact=True)).to_be_visible()
    fill(page, "infoint-profile-name", "Amara Nwosu <b>bold</b>")
    fill(page, "infoint-profile-school", "State University")
    fill(page, "infoint-profile-fields", "accounting, nursing")
    fill(page, "infoint-profile-goals", "What a normal week looks like.")
    toggle(page, "infoint-profile-minutes", "30 minutes")
    fill(page, "infoint-profile-email", "amara@example.org")
    click(page, "infoint-profile-save")
    notice = page.locator(".infoint-profile-notice")
    expect(notice).to_contain_text("Saved", timeout=20_000)
    # The learner's markup is shown literally, never rendered.
    expect(notice).to_contain_text("<b>bold</b>")
    assert page.locator(".infoint-profile-notice b").count() == 0
    screenshot("profile-saved")

    page.reload()
    open_app(page, voila.render_url(NB), "infoint-profile")
    expect(page.locator(".infoint-profile-name input")).to_have_value(
        "Amara Nwosu <b>bold</b>", timeout=20_000
    )
    expect(page.locator(".infoint-profile-fields input")).to_have_value("accounting, nursing")
    expect(page.locator(".infoint-profile-minutes button.mod-active")).to_have_text("30 minutes")
    expect(notice).to_contain_text("Welcome back")


def test_profile_refuses_empty_name_with_a_message(page, voila):
    open_app(page, voila.render_url(NB), "infoint-profile")
    fill(page, "infoint-profile-name", "")
    click(page, "infoint-profile-save")
    expect(page.locator(".infoint-profile-notice")).to_contain_text(
        "is required", timeout=20_000
    )
    expect(page.get_by_text("Traceback")).to_have_count(0)


def test_profile_readable_on_a_phone(page, voila, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, voila.render_url(NB), "infoint-profile")
    name_box = page.locator(".infoint-profile-name input").bounding_box()
    assert name_box is not None and name_box["width"] <= 390
    # Nothing wider than the screen: no sideways scrolling on a phone.
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 400, scroll_width
    screenshot("profile-phone")


def test_edits_without_save_survive_a_reload(page, voila):
    open_app(page, voila.render_url(NB), "infoint-profile")
    fill(page, "infoint-profile-name", "Amara Nwosu")
    fill(page, "infoint-profile-school", "Night School, not saved")
    page.wait_for_timeout(2500)  # the draft is kept once typing pauses (1 s)
    page.reload()
    open_app(page, voila.render_url(NB), "infoint-profile")
    expect(page.locator(".infoint-profile-school input")).to_have_value(
        "Night School, not saved", timeout=20_000)
    notice = page.locator(".infoint-profile-notice")
    expect(notice).to_contain_text("not saved yet")
    click(page, "infoint-profile-save")
    expect(notice).to_contain_text("Saved", timeout=20_000)
    expect(notice).to_be_in_viewport()
