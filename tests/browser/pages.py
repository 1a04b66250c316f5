"""Helpers shared by the browser tests of every app."""

from __future__ import annotations

from playwright.sync_api import Page, expect

APP_TIMEOUT_MS = 90_000


def open_app(page: Page, url: str, app_css: str) -> None:
    """Load a Voila page and wait until the app's root widget is on screen."""
    page.goto(url, timeout=APP_TIMEOUT_MS)
    page.wait_for_selector(f".{app_css}", state="visible", timeout=APP_TIMEOUT_MS)
    expect(page.locator("#loading")).to_have_count(0, timeout=APP_TIMEOUT_MS)


def fill(page: Page, css: str, text: str) -> None:
    """Type into an ipywidgets Text/Textarea found by its stable class."""
    box = page.locator(f".{css} input, .{css} textarea").first
    box.fill(text)
    # ipywidgets syncs on input events; a blur makes sure the last one is flushed.
    box.dispatch_event("change")


def click(page: Page, css: str) -> None:
    page.locator(f"button.{css}, .{css} button").first.click()


def toggle(page: Page, css: str, label: str) -> None:
    page.locator(f".{css} button", has_text=label).first.click()


def upload_file(page: Page, css: str, path: str) -> None:
    """Pick a file in an ipywidgets 8 FileUpload found by its stable class.

    Its ``<input type=file>`` is never attached to the page (the button clicks a detached
    one), so a ``.css input[type=file]`` locator finds nothing: answer the file chooser.
    """
    with page.expect_file_chooser() as chooser:
        page.locator(f"button.{css}, .{css} button").first.click()
    chooser.value.set_files(path)
