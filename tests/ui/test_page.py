"""infoint.ui.launch: the app named is built and shown by the cell, in Voila as anywhere."""

from __future__ import annotations

import ipywidgets as w
import pytest

from infoint.ui import launch, turns


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


def test_in_a_voila_page_the_cell_builds_the_app_too(store, shown, a_voila_page):
    # Built in the cell, not later: an app built while the page loads lost updates.
    launch("ReflectApp", store=store)
    (app,) = shown
    assert "infoint-reflect" in app._dom_classes
