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


class Painted:
    """What :func:`painted` saw: the app, and how many widget models it made before the
    page's signal and in all (the difference was built after the paint)."""

    def __init__(self, app, made_first: int, made_all: int) -> None:
        self.app, self.made_first, self.made_all = app, made_first, made_all

    @property
    def made_later(self) -> int:
        return self.made_all - self.made_first


@pytest.fixture
def painted(a_voila_page):
    """Build an app as in a Voila page, do ``early(app)`` before the page is live, send the
    page's signal and wait (up to ``seconds`` on the loop) until ``done(app)``::

        seen = painted(lambda: ContactsApp(store), done=lambda app: app.lower.built)
    """
    import asyncio

    from ipywidgets.widgets.widget import _instances

    def run(make, *, done, early=None, seconds: float = 2.0) -> Painted:
        async def main() -> Painted:
            before = set(_instances)
            app = make()
            made_first = len(set(_instances) - before)
            if early is not None:
                early(app)
            a_voila_page.page_ready()
            for _ in range(int(seconds / 0.02)):
                await asyncio.sleep(0.02)
                if done(app):
                    break
            return Painted(app, made_first, len(set(_instances) - before))

        return asyncio.run(main())

    return run
