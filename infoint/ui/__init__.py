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

__all__ = sorted(_APPS)


def __getattr__(name: str) -> Any:
    module = _APPS.get(name)
    if module is None:
        raise AttributeError(f"module 'infoint.ui' has no attribute {name!r}")
    return getattr(import_module(module), name)
