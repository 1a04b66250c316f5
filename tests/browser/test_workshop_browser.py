"""The workshop page in Chromium: the step bar switches steps in one kernel, each step shows
the latest data of the others, the next-step button moves on in place, and the keyboard
reaches the step bar."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import APP_TIMEOUT_MS, click, fill, open_app

STAGE = ".infoint-workshop-stage"


def _kernels(server) -> int:
    return len(server.kernel_processes())


def _step(page, index: int, app: str) -> None:
    page.locator(f"button.infoint-workshop-step-{index}").click()
    expect(page.locator(f"{STAGE} .infoint-{app}")).to_be_visible(timeout=30_000)


def test_switching_steps_shows_the_other_steps_latest_data(page, voila_factory, tmp_path):
    server = voila_factory(learner=f"ws-{uuid.uuid4().hex[:6]}",
                           db_url=f"sqlite:///{tmp_path / 'workshop.db'}")
    before = _kernels(server)
    open_app(page, server.render_url("workshop.ipynb"), "infoint-workshop")
    expect(page.locator(f"{STAGE} .infoint-profile")).to_be_visible()
    expect(page.locator(".infoint-workshop-where")).to_contain_text("Start here")

    fill(page, "infoint-profile-name", "Wen Li")
    fill(page, "infoint-profile-fields", "nursing")
    click(page, "infoint-profile-save")
    expect(page.locator(".infoint-profile-notice")).to_contain_text("Saved", timeout=30_000)

    # Step 2 before any contact: nobody to write to yet. Built now, shown again later.
    _step(page, 2, "outreach")
    expect(page.locator(".infoint-outreach-contact select")).not_to_contain_text("Dana Reyes")

    # The next-step button of step 0 is a button here, and it switches in place.
    _step(page, 0, "profile")
    page.locator(".infoint-profile-next").click()
    expect(page.locator(f"{STAGE} .infoint-contacts")).to_be_visible(timeout=30_000)
    expect(page.locator(".infoint-workshop-where")).to_contain_text("Find contacts")
    fill(page, "infoint-contacts-quick-name", "Dana Reyes")
    click(page, "infoint-contacts-quick-add")
    expect(page.locator(".infoint-contacts-notice")).to_contain_text("Added Dana Reyes",
                                                                     timeout=30_000)

    # Back in step 2: the contact from step 1 is there, with the profile's name in the draft.
    _step(page, 2, "outreach")
    expect(page.locator(".infoint-outreach-contact select")).to_contain_text(
        "Dana Reyes", timeout=30_000)
    expect(page.locator(".infoint-outreach-body textarea")).to_have_value(
        re.compile("Wen Li"), timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "workshop-1280.png"), full_page=False)

    # One kernel for all of it, and no page load since the first.
    assert _kernels(server) - before == 1
    assert page.url.endswith("/workshop.ipynb")


def test_the_step_bar_is_reachable_by_keyboard_and_fits_a_phone(page, voila):
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, voila.render_url("workshop.ipynb"), "infoint-workshop")
    first = page.locator("button.infoint-workshop-step-0")
    first.focus()
    for index in range(1, 4):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.classList.contains("
                             f"'infoint-workshop-step-{index}')")
    page.keyboard.press("Enter")
    expect(page.locator(f"{STAGE} .infoint-prepare")).to_be_visible(timeout=APP_TIMEOUT_MS)
    expect(page.locator(".infoint-workshop-where")).to_contain_text("Prepare questions")
    # Every step's name is on screen without scrolling sideways.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    for index in range(6):
        box = page.locator(f"button.infoint-workshop-step-{index}").bounding_box()
        assert box is not None and box["x"] + box["width"] <= 390
    page.screenshot(path=str(ARTIFACTS / "workshop-390.png"), full_page=False)


# Each frame until the step inside the workshop shows: is the part Start here builds after
# the paint (your data) on the page yet? Recorded in the first frame that shows the step.
FIRST_FRAME = """
window.__lowerAtFirstFrame = null;
(function look() {
  const step = document.querySelector(".infoint-workshop-stage .infoint-profile");
  const box = step && step.getBoundingClientRect();
  if (box && box.width > 0 && box.height > 0) {
    window.__lowerAtFirstFrame = !!document.querySelector(".infoint-profile-delete");
    return;
  }
  requestAnimationFrame(look);
})();
"""


def test_the_part_built_after_the_paint_comes_after_the_step_shows(page, voila_factory,
                                                                    tmp_path):
    """The page tells the kernel it is live once every app on it (the workshop's and the
    step's inside it) is shown and painted, so the kernel's next work does not compete
    with the first paint for the machine's cores (issue 14, time to widgets)."""
    server = voila_factory(learner=f"ws-{uuid.uuid4().hex[:6]}",
                           db_url=f"sqlite:///{tmp_path / 'workshop.db'}")
    page.add_init_script(FIRST_FRAME)
    open_app(page, server.render_url("workshop.ipynb"), "infoint-workshop")
    page.wait_for_function("window.__lowerAtFirstFrame !== null", timeout=APP_TIMEOUT_MS)
    assert page.evaluate("window.__lowerAtFirstFrame") is False
    expect(page.locator(".infoint-profile-delete")).to_be_visible(timeout=30_000)
