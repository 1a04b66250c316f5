"""The notebooks' one line: ``launch("ProfileApp")`` builds a step's app and shows it.

It imports the app's module only when called, so a notebook's cell names its app without
importing every step. The app is built inside the cell, in Voila as anywhere else. Building
it after the cell, while the browser loads the page, was tried and measured: the page's
widget manager drops updates that reach a model while it is still reading the page's
widget states, and in the full suite Reflect's form and its list of contacts came up empty
(in the workshop walk and on JupyterHub) although its root was shown. Only work that waits
for the page's "widgets live" signal (:func:`infoint.ui.turns.when_page_ready`, used for
the journey's charts) is safe to run late.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["launch"]


def launch(name: str, **kwargs: Any) -> None:
    """Build and show the app ``name`` of :mod:`infoint.ui` (e.g. ``"ProfileApp"``).
    Keyword arguments go to the app."""
    getattr(import_module("infoint.ui"), name).launch(**kwargs)
