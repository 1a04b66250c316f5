"""infoint.ui.launch: in a Voila page the app is built after the cell, shown once the page
is live; anywhere else it is built and shown by the cell, as the app's own launch does."""

from __future__ import annotations

import asyncio

import ipywidgets as w
import pytest

from infoint.ui import launch, turns
from infoint.ui.page import SLOT_CSS


@pytest.fixture
def shown(monkeypatch):
    widgets: list[w.Widget] = []
    monkeypatch.setattr("IPython.display.display", lambda obj: widgets.append(obj))
    return widgets


@pytest.fixture
def a_voila_page(monkeypatch):
    monkeypatch.setattr(turns.PageSignal, "listening", True)
    monkeypatch.setattr(turns.PageSignal, "ready", False)
    monkeypatch.setattr(turns.PageSignal, "waiting", [])


def test_outside_voila_the_cell_builds_and_shows_the_app(store, shown):
    launch("ProfileApp", store=store)
    (app,) = shown
    assert "infoint-profile" in app._dom_classes


def test_in_voila_the_slot_shows_first_and_the_app_joins_it_when_the_page_is_live(
        store, shown, a_voila_page):
    async def main():
        launch("ProfileApp", store=store)
        (slot,) = shown
        assert SLOT_CSS in slot._dom_classes and slot.children == ()  # the cell is done
        await asyncio.sleep(0.2)  # the app is built in a later turn...
        assert slot.children == ()  # ...but waits for the page
        turns.page_ready()
        return slot

    slot = asyncio.run(main())
    (app,) = slot.children
    assert "infoint-profile" in app._dom_classes


def test_in_voila_a_store_that_fails_is_a_message_in_the_slot(shown, a_voila_page,
                                                              monkeypatch):
    monkeypatch.setenv("INFOINT_DB", "nosuchdb://nowhere")

    async def main():
        turns.page_ready()
        launch("ProfileApp")
        await asyncio.sleep(0.2)
        return shown[0]

    slot = asyncio.run(main())
    (message,) = slot.children
    html = " ".join(getattr(child, "value", "") for child in message.children)
    assert "infoint-app" in message._dom_classes and "use a sqlite:/// URL" in html
    assert "Traceback" not in html
