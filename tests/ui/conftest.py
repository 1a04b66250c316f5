"""Fixtures for the app tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def a_voila_page(monkeypatch):
    """As in a kernel that Voila runs: the page's "widgets live" signal has not come yet.
    Call the returned module's ``page_ready()`` to send it."""
    from infoint.ui import turns

    monkeypatch.setattr(turns.PageSignal, "listening", True)
    monkeypatch.setattr(turns.PageSignal, "ready", False)
    monkeypatch.setattr(turns.PageSignal, "waiting", [])
    return turns
