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
    """Show the app ``name`` (e.g. ``"ProfileApp"``) without importing it in the cell: in a
    Voila page it is built while the browser loads the page (:mod:`infoint.ui.page`)."""
    from infoint.ui.page import launch as launch_on_page

    launch_on_page(name, **kwargs)


def __getattr__(name: str) -> Any:
    module = _APPS.get(name)
    if module is None:
        raise AttributeError(f"module 'infoint.ui' has no attribute {name!r}")
    return getattr(import_module(module), name)
