"""A step's page in Voila, shown without waiting for its app to be built.

Voila sends a page once its notebook's cells have run, and the browser then spends a good
while loading its scripts and the widget states while the kernel has nothing to do. An app
built inside the cell makes the page wait for its imports (SQLAlchemy, the coaching rules)
and its first read of the store before that even starts. So :func:`launch`, in a Voila
kernel, shows an empty slot at once and builds the app in the kernel's next turn, while
the browser loads the page; the app goes into the slot when the page says its widgets are
live (:func:`infoint.ui.turns.when_page_ready`), so no update is lost in the window where
the browser is still making the models. Anywhere else (JupyterLab, nbval, a script) it is
the app's own ``launch``: built and shown by the cell.

This module imports only ipywidgets: that is the point of it.
"""

from __future__ import annotations

import asyncio
import logging
from importlib import import_module
from typing import Any

import ipywidgets as w

from infoint.ui.turns import PageSignal, listen_for_the_page, when_page_ready

__all__ = ["AFTER_THE_CELL", "SLOT_CSS", "launch"]

log = logging.getLogger("infoint.ui")

# Browser tests and the template's script find the slot by this class.
SLOT_CSS = "infoint-page-slot"

# Seconds after the cell before the build starts: time for the kernel to answer Voila that
# the cell is done, so the page is sent before the kernel gets busy.
AFTER_THE_CELL = 0.01


def _app_class(name: str) -> Any:
    return getattr(import_module("infoint.ui"), name)


def launch(name: str, **kwargs: Any) -> None:
    """Show the app ``name`` of :mod:`infoint.ui` (e.g. ``"ProfileApp"``): the notebooks'
    one line. Keyword arguments go to the app."""
    from IPython.display import display

    listen_for_the_page()
    try:
        loop = asyncio.get_running_loop() if PageSignal.listening else None
    except RuntimeError:
        loop = None
    if loop is None:
        _app_class(name).launch(**kwargs)
        return
    slot = w.VBox()
    slot.add_class(SLOT_CSS)
    display(slot)

    def build() -> None:
        try:
            app = _app_class(name).for_page(**kwargs)
        except Exception as error:  # the page must never show a traceback
            log.exception("could not build %s", name)
            from infoint.ui.common import esc, explain, style_tag

            app = w.VBox([style_tag(), w.HTML(f"<p>{esc(explain(error))}</p>")])
            app.add_class("infoint-app")
        when_page_ready(lambda: setattr(slot, "children", (app,)))

    loop.call_later(AFTER_THE_CELL, build)
