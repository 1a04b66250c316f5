"""A card that draws itself alone: if drawing it fails, only that card says so.

The journey and the class dashboard are a column of independent parts (a funnel, a chart,
a table). One bad value in one of them (a field name that breaks a chart, an unexpected
gap in the data) must not take the whole page down: :meth:`Section.draw` runs that part's
drawing code, and on any exception logs it for the instructor, hides the part's (now
stale) content and shows a short message in its place, while the next parts still draw.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from infoint.ui.common import esc, fixed_html, with_classes

__all__ = ["FAILED_CSS", "Section", "failed_html", "shown_html"]

log = logging.getLogger("infoint.ui")

# Browser tests and styles find a failed part by this class.
FAILED_CSS = "infoint-section-failed"


def failed_html(title: str) -> str:
    """What a learner or instructor sees instead of a part that could not be drawn."""
    return (
        f'<div class="ii-msg ii-error {FAILED_CSS}" role="alert">This part could not be '
        f"drawn: {esc(title)}. The rest of the page is fine and nothing was changed; press "
        "Refresh to try again, and tell your instructor if it keeps happening.</div>"
    )


def shown_html(widget: w.Widget) -> str:
    """The markup of every HTML widget under ``widget`` that is on the page.

    A widget hidden by ``layout.display = "none"`` hides everything under it. This is what
    a reader of the page gets, so tests (and reports) read an app's parts through it
    instead of through the app's private widgets.
    """
    layout = getattr(widget, "layout", None)
    if layout is not None and layout.display == "none":
        return ""
    parts = [widget.value] if isinstance(widget, w.HTML) and widget.value else []
    parts += [shown_html(child) for child in getattr(widget, "children", ())]
    return "\n".join(p for p in parts if p)


class Section(w.VBox):
    """A titled card whose body is drawn by :meth:`draw`, failing on its own."""

    def __init__(self, css: str, title: str, *children: w.Widget, lead: str = "") -> None:
        top = f"<h3>{esc(title)}</h3>" + (f"<p class='ii-muted'>{esc(lead)}</p>" if lead else "")
        self.title = title
        self.failed = False
        self._error = w.HTML(layout=w.Layout(display="none"))
        self._body = w.VBox(list(children))
        super().__init__([fixed_html(top), self._error, self._body],
                         **with_classes({}, ("infoint-card", css)))

    def draw(self, fn: Callable[[], Any]) -> bool:
        """Run ``fn`` (which fills this card's widgets); True when it worked."""
        try:
            fn()
        except Exception:  # any failure stays inside this card, never a traceback
            log.exception("could not draw the part %r", self.title)
            self.failed = True
            self._error.value = failed_html(self.title)
            self._error.layout.display = ""
            self._body.layout.display = "none"
            return False
        self.failed = False
        self._error.value = ""
        self._error.layout.display = "none"
        self._body.layout.display = ""
        return True

    @property
    def message(self) -> str:
        """The failure message shown, or "" when the part drew."""
        return self._error.value
