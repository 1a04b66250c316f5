"""Step 4, reflect on fit: notes while they are fresh, coaching, and the thank-you note.

The app only builds widgets and links them to :class:`infoint.steps.reflect.ReflectModel`,
which holds the form, keeps the draft (debounced on the kernel's loop), saves, coaches and
checks the thank-you. Its words come from ``data/reflect.toml``. Each action reports next
to the button that caused it: saving by Save, adding people in the coaching card, the
thank-you in its card, reopening a reflection at the top.

On a wide screen the coaching sits beside the notes and the thank-you checks beside the
note; on a phone each column takes the full width, one under the other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import ipywidgets as w

from infoint.coaching import Suggestion
from infoint.model import Reflection, ValidationError
from infoint.scoring import Report
from infoint.steps.reflect import ReflectModel
from infoint.store import Store, StoreError
from infoint.ui.common import App, Notice, button, esc, explain, fixed, fixed_html, next_step
from infoint.ui.exports import MessageExports
from infoint.ui.later import BuiltLater, Later
from infoint.ui.reflect_cards import CoachingCard, ThanksCard, suggestions_html
from infoint.ui.reflect_form import ReflectInputs

__all__ = ["ReflectApp", "suggestions_html"]

log = logging.getLogger("infoint.ui")
T = TypeVar("T")
JOURNEY_NB = "05-my-journey.ipynb"

_LOCAL_CSS = """
.infoint-app.infoint-reflect { max-width: 80rem; }
.infoint-reflect .ii-reflect-columns { flex-wrap: wrap; gap: 0 1.2rem; align-items: flex-start; }
.infoint-reflect .ii-reflect-main { flex: 1 1 34rem; min-width: 0; }
.infoint-reflect .ii-reflect-side { flex: 1 1 20rem; min-width: 0; }
.infoint-reflect .ii-ratings .widget-toggle-buttons { flex-wrap: wrap; }
.infoint-reflect .ii-ratings .widget-toggle-button { min-width: 2.8rem !important; }
.infoint-reflect .infoint-reflect-coaching li .ii-questions,
.infoint-reflect .infoint-reflect-coaching li .ii-people { margin: 0.2rem 0 0.2rem 1rem; }
.infoint-reflect .infoint-reflect-coaching li .ii-questions li,
.infoint-reflect .infoint-reflect-coaching li .ii-people li { padding: 0.1rem 0 0.1rem 1.1rem; }
.infoint-reflect .infoint-reflect-coaching li .ii-questions li::before,
.infoint-reflect .infoint-reflect-coaching li .ii-people li::before {
  content: "\\2022"; color: var(--ii-muted); left: 0.2rem;
}
@media (max-width: 600px) {
  .infoint-reflect .ii-ratings .widget-toggle-button {
    min-width: 2.3rem !important; padding: 0 0.45rem; margin-right: 2px;
  }
}
.infoint-reflect .infoint-actions > .widget-html { width: auto; flex: 0 0 auto; margin: 0; }
.infoint-reflect .ii-draft-status { color: var(--ii-muted); font-size: 0.85rem; }
.infoint-reflect .infoint-reflect-keep-in-touch .ii-msg { border-color: var(--ii-pass); }
.infoint-reflect .infoint-reflect-thanks-copy { width: 100%; max-width: 46rem; }
.infoint-reflect .infoint-reflect-thanks-copy .widget-html-content { width: 100%; }
"""


def intro_html(model: ReflectModel) -> str:
    page = model.content.table("page")
    return f"<h2>{esc(page['title'])}</h2><p class='infoint-lead'>{esc(page['lead'])}</p>"


def reporting(notice: Notice, action: Callable[[], T]) -> T | None:
    """Run ``action``; an error a learner can cause becomes a message in ``notice`` (by the
    button that caused it), never a traceback."""
    try:
        return action()
    except (ValidationError, StoreError) as error:
        notice.error(explain(error))
    except Exception as error:  # the page must never show a traceback
        log.exception("unexpected error in the reflect app")
        notice.error(explain(error))
    return None


class ReflectApp(App):
    """Reflection form, after-meeting coaching and the thank-you composer."""

    name = "reflect"

    #: The thank-you card, made in the first turn after the page is live (see lower).
    thanks = BuiltLater("lower")
    #: The Save button and the draft line under it, made with the form's last cards.
    save_button = BuiltLater("form_lower")
    draft_status = BuiltLater("form_lower")

    def __init__(
        self, store: Store | None = None, *, today: date | None = None, **kwargs: Any
    ) -> None:
        super().__init__(store, **kwargs)
        #: The step's state and actions; tests drive this.
        self.model = ReflectModel(self.store, today=today)
        model = self.model
        labels = model.content.table("labels")

        self.open_notice = Notice(classes=(self.css("open-notice"),))

        def save_row() -> w.Widget:
            # The save notice (App.notice) sits right under the Save button.
            self.save_button = button(labels["save"], self.css("save"), style="primary",
                                      icon="check")
            self.save_button.on_click(lambda _b: self.save())
            self.draft_status = fixed(w.HTML, classes=(self.css("draft-status"),))
            self._show_draft_status()
            return fixed(w.VBox, [fixed(w.HBox, [self.save_button], classes=("infoint-actions",)),
                                  self.draft_status, self.notice])

        # The last two cards of the form, with the Save row, are made after the paint.
        self.inputs = ReflectInputs(model, self.css, on_open=self.open_reflection,
                                    guard=self._guard, save_row=save_row)
        self.coaching = CoachingCard(model, self.css, on_add=self.add_suggested)
        # The thank-you card is under the notes at any width: it is made in the first
        # turn after the page is live (infoint.ui.later), a third of the page's models.
        self.lower = Later(self._build_thanks, classes=(self.css("lower"),))
        notes = fixed(w.VBox, self.inputs.cards(open_notice=self.open_notice),
                      classes=("ii-reflect-main",))
        side = fixed(w.VBox, [self.coaching], classes=("ii-reflect-side",))
        page = fixed(w.HBox, [notes, side], classes=("ii-reflect-columns", "ii-reflect-page"))
        self.compose(
            fixed(w.HTML, f"<style>{_LOCAL_CSS}</style>", layout=w.Layout(display="none")),
            fixed_html(intro_html(model)),
            page,
            self.lower.box,
            next_step(JOURNEY_NB, "Next: step 5, my journey", self.css("next")),
        )
        model.observe(self.show)
        if model.status is not None:
            self.open_notice.show(model.status.level, model.status.text)
        self.show()
        self.inputs.lower.schedule(self.stopped)
        self.lower.schedule(self.stopped)

    def _build_thanks(self) -> list[w.Widget]:
        self.thanks = ThanksCard(self.model, self.css, on_redraft=self.redraft_thanks,
                                 on_mark=self.mark_thanked, guard=self._guard)
        self.thanks.show()
        return [self.thanks]

    # -- model -> page ---------------------------------------------------------------------

    def show(self) -> None:
        """Bring every widget up to date with the model."""
        self.inputs.show()
        self.coaching.show()
        if self.lower.built:
            self.thanks.show()
        if self.form_lower.built:
            self._show_draft_status()

    def _show_draft_status(self) -> None:
        status = self.model.draft_status
        self.draft_status.value = (f'<span class="ii-draft-status">{esc(status)}</span>'
                                   if status else "")

    @property
    def form_lower(self) -> Later:
        """The form's last two cards and the Save row (see ReflectInputs)."""
        return self.inputs.lower

    def _guard(self, change: Callable[[], object]) -> object:
        # A typed value the store cannot take (it is full, it went away) is said by Save.
        return reporting(self.notice, change)

    def _report(self, notice: Notice, action: Callable[[], T]) -> T | None:
        result = reporting(notice, action)
        status = self.model.status
        if result is not None and status is not None:
            notice.show(status.level, status.text)
        return result

    # -- what tests and the workshop use ---------------------------------------------------

    @property
    def suggestions(self) -> list[Suggestion]:
        return self.model.suggestions

    @property
    def report(self) -> Report | None:
        return self.model.report

    @property
    def exports(self) -> MessageExports | None:
        return self.thanks.exports

    @property
    def reflections(self) -> list[Reflection]:
        return self.model.reflections

    def refresh(self) -> None:
        """Re-read contacts and saved reflections; the form being filled in stays as it is
        (the workshop calls this each time the step shows)."""
        def again() -> bool:
            self.model.flush()
            self.model.reload()
            self.show()
            return True

        reporting(self.notice, again)

    def flush(self) -> None:
        """Keep a pending draft now (the workshop calls this before hiding the step)."""
        reporting(self.notice, self.model.flush)

    def open_reflection(self, reflection_id: int | None) -> None:
        """Edit a saved reflection, or None for a blank form; says so at the top."""
        self._report(self.open_notice, lambda: self.model.open(reflection_id) or True)

    def save(self) -> Reflection | None:
        """Validate and save; the notice by the Save button says what happened."""
        self.model.flush()
        return self._report(self.notice, self.model.save)

    def add_suggested(self) -> list | None:
        return self._report(self.coaching.notice, self.model.add_suggested)

    def redraft_thanks(self) -> str | None:
        def redraft() -> str:
            try:
                return self.model.redraft_thanks()
            except ValidationError as error:
                self.thanks.notice.error(
                    self.model.content.text("notices", "redraft_first", why=explain(error)))
                return ""

        return reporting(self.thanks.notice, redraft) or None

    def mark_thanked(self) -> Reflection | None:
        self.model.flush()
        return self._report(self.thanks.notice, self.model.mark_thanked)
