"""The apps, one per coaching step. Imported lazily so each notebook loads only its own."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_APPS = {
    "ProfileApp": "infoint.ui.profile",
    "ContactsApp": "infoint.ui.contacts",
    "OutreachApp": "infoint.ui.outreach",
    "PrepareApp": "infoint.ui.prepare",
    "ReflectApp": "infoint.ui.reflect",
    "JourneyApp": "infoint.ui.journey",
    "ClassDashboard": "infoint.ui.dashboard",
    "WorkshopApp": "infoint.ui.workshop",
}

__all__ = [*sorted(_APPS), "launch"]


def launch(name: str, **kwargs: Any) -> None:
    """Build and show the app ``name`` (e.g. ``"ProfileApp"``): the notebooks' one line, which
    imports only that app's module. Keyword arguments go to the app.

    The app is built inside the cell, in Voila as anywhere else. Building it after the cell,
    while the browser loads the page, was tried and measured: the page's widget manager
    drops updates that reach a model while it still reads the page's widget states, and in
    the full suite Reflect's form and its list of contacts came up empty (in the workshop
    walk and on JupyterHub) although its root was shown. Only work that waits for the
    page's "widgets live" signal (:func:`infoint.ui.turns.when_page_ready`, used for the
    journey's charts) is safe to run late.
    """
    __getattr__(name).launch(**kwargs)


def __getattr__(name: str) -> Any:
    module = _APPS.get(name)
    if module is None:
        raise AttributeError(f"module 'infoint.ui' has no attribute {name!r}")
    return getattr(import_module(module), name)
