"""The question bank as a list to read and pick from: one row per question, an Add button each.

It replaces a multi-select that needed Ctrl to pick several and cut long questions at phone
width. Each row's text wraps; each Add button is a real button, so Tab reaches it and Enter
or Space adds the question. A fixed pool of rows is reused, so typing in the search box
changes values instead of creating widgets on every keystroke; rows are made only as a
list first needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from infoint.ui.common import RowLooks, button, esc, with_classes

__all__ = ["BANK_CSS", "BankPicker", "BankRow", "SHOWN"]

#: Rows shown at first, and how many more each "Show more" adds: the list's box shows about
#: ten rows, and each row is three models the page must make before it shows (25 rows were
#: a third of Prepare's page). The hint under the list says when a search would narrow it.
SHOWN = 10

BANK_CSS = """
.infoint-prepare .ii-bank-list { border: 1px solid var(--ii-line); border-radius: 4px;
  max-height: 26rem; overflow-y: auto; padding: 0 .4rem; }
/* Rows keep their height in the scrolling list (a flex column would squash them). */
.infoint-prepare .ii-bank-row { display: flex; align-items: center; gap: .5rem; width: 100%;
  flex: 0 0 auto;
  border-bottom: 1px solid var(--ii-line); padding: .25rem 0; }
.infoint-prepare .ii-bank-row:last-child { border-bottom: 0; }
.infoint-prepare .ii-bank-row .ii-bank-text { flex: 1 1 auto; min-width: 0; height: auto; }
.infoint-prepare .ii-bank-row .ii-bank-text .widget-html-content { white-space: normal;
  overflow-wrap: break-word; line-height: 1.35; height: auto; padding: .15rem 0; }
.infoint-prepare .ii-bank-row .widget-button { flex: 0 0 auto; width: auto; }
.infoint-prepare .ii-bank-meta { color: var(--ii-muted); font-size: .85rem; }
"""


@dataclass(frozen=True)
class BankRow:
    """One question as the list shows it."""

    id: str
    text: str
    minutes: float
    field: str = ""
    in_plan: bool = False

    @property
    def meta(self) -> str:
        extra = f", {self.field}" if self.field else ""
        return f"{self.minutes:g} min{extra}"


class _RowWidget(w.HBox):
    def __init__(self, on_add: Callable[[str], Any], looks: RowLooks) -> None:
        self.text = looks.html(classes=("ii-bank-text",))
        self.add = looks.button(fit=False, description="Add", icon="plus", classes=("ii-bank-add",))
        self.row: BankRow | None = None
        self.add.on_click(lambda _b: self.row is not None and on_add(self.row.id))
        # The row shares its layout too: it is hidden by leaving the list, not by its own
        # layout, so each row is three models (box, text, button) instead of four.
        super().__init__([self.text, self.add], layout=looks.layout,
                         _dom_classes=("ii-bank-row",))

    def show(self, row: BankRow) -> None:
        self.row = row
        self.text.value = (
            f'{esc(row.text)} <span class="ii-bank-meta">({esc(row.meta)})</span>'
        )
        self.add.description = "In plan" if row.in_plan else "Add"
        self.add.icon = "check" if row.in_plan else "plus"
        self.add.disabled = row.in_plan
        # A screen reader hears which question the button adds, not "Add" 25 times.
        self.add.tooltip = f"Add to plan: {row.text}"


class BankPicker(w.VBox):
    """Rows of bank questions with an Add button each; ``on_add`` gets the question id."""

    def __init__(self, on_add: Callable[[str], Any], css: str = "") -> None:
        self._looks = RowLooks()
        self._on_add = on_add
        # Rows are made as a list first needs them, then reused (values change, no new
        # widgets per keystroke); a row not needed is out of the list, not hidden.
        self._pool: list[_RowWidget] = []
        self.list = w.VBox(_dom_classes=("ii-bank-list",))
        self.status = w.HTML(_dom_classes=("ii-bank-status",))
        self.more = button("Show more", "ii-bank-more", icon="chevron-down", hides=True)
        self.more.on_click(lambda _b: self.show_more())
        # In a row, the button is as wide as its words (a column would stretch it).
        more_row = w.HBox([self.more], _dom_classes=("infoint-actions",))
        super().__init__([self.list, self.status, more_row], **with_classes({}, (css,)))
        self.rows: list[BankRow] = []
        self.total = 0
        self.limit = SHOWN  # rows shown now; a new search or category starts again at SHOWN
        self._matching: list[BankRow] = []

    def show(self, rows: Sequence[BankRow], *, from_start: bool = False) -> None:
        """Show the first :attr:`limit` of ``rows`` and say how many matched; ``from_start``
        (a new search or category) goes back to the first :data:`SHOWN`."""
        if from_start:
            self.limit = SHOWN
        self._matching = list(rows)
        self.total = len(rows)
        self.rows = list(rows[: self.limit])
        while len(self._pool) < len(self.rows):
            self._pool.append(_RowWidget(self._on_add, self._looks))
        shown = self._pool[: len(self.rows)]
        for widget, row in zip(shown, self.rows, strict=True):
            widget.show(row)
        for widget in self._pool[len(self.rows):]:
            widget.row = None  # out of the list: its Add must not answer for an old row
        if list(self.list.children) != shown:
            self.list.children = shown
        self.list.layout.display = "" if self.rows else "none"
        hidden = len(rows) - len(self.rows)
        self.more.description = f"Show {min(SHOWN, hidden)} more"
        self.more.tooltip = f"Show {min(SHOWN, hidden)} more of the {hidden} not shown"
        self.more.layout.display = "" if hidden else "none"
        if not rows:
            message = "No question matches. Try another word or category."
        elif hidden:
            message = (f"Showing {len(self.rows)} of {len(rows)} questions: show more, pick a "
                       "category or search to see the others.")
        else:
            message = f"{len(rows)} question{'s' if len(rows) != 1 else ''}."
        self.status.value = f'<p class="infoint-hint">{esc(message)}</p>'

    def show_more(self) -> None:
        """Show :data:`SHOWN` more of the matching questions (what "Show more" does)."""
        self.limit += SHOWN
        self.show(self._matching)

    def add(self, question_id: str) -> None:
        """Press the Add button of a shown question (what a click or Enter does)."""
        widget = next((p for p in self._pool if p.row is not None and p.row.id == question_id),
                      None)
        if widget is None:
            raise KeyError(question_id)
        widget.add.click()
