"""Step 3: prepare the questions and the meeting.

One plan per contact (or one "no specific contact" plan): research notes, the questions in
order with live coaching findings, the meeting's date and place with a time budget and an
invite, the meeting-day checklist, a printable guide and a rehearsal clock.

This module only builds widgets and links them to :class:`infoint.steps.prepare.PrepareModel`,
which holds the state, saves every change at once and says what happened; the outcome of an
action shows by the button that caused it and in the notice at the top, which stays in view.
The cards are built in :mod:`.prepare_plan` (questions) and :mod:`.prepare_meeting`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from infoint.model import ValidationError
from infoint.prepare import NOTE_SECTIONS
from infoint.steps.prepare import NO_CONTACT, Message, PrepareModel
from infoint.store import Store, StoreError
from infoint.ui.common import (
    App,
    Notice,
    button,
    download_link,
    esc,
    explain,
    fixed,
    fixed_html,
    guarded,
    hint,
    log,
    next_step,
)
from infoint.ui.later import BuiltLater, Later
from infoint.ui.prepare_bank import BANK_CSS
from infoint.ui.prepare_meeting import MeetingView
from infoint.ui.prepare_plan import ALL_FIELDS, QuestionsView
from infoint.ui.prepare_rehearse import RehearsePanel
from infoint.ui.prepare_views import PREPARE_CSS
from infoint.ui.turns import in_turns, one_per_turn

__all__ = ["NO_CONTACT", "PrepareApp"]

NEXT_STEP = "04-reflect-on-fit.ipynb"



def _step(n: int, title: str, lead: str = "") -> w.HTML:
    lead_html = f'<p class="infoint-lead">{esc(lead)}</p>' if lead else ""
    return fixed_html(f'<h2 class="ii-step"><b>{n}</b> {esc(title)}</h2>{lead_html}')


def _card(*children: w.Widget) -> w.VBox:
    return fixed(w.VBox, list(children), classes=("infoint-card",))


class _LowerCards:
    """Prepare's cards 4 to 7 and their widgets (see ``PrepareApp._lower_cards``)."""

    def __init__(self, app: PrepareApp, clock: Callable[[], float], autotick: bool) -> None:
        model, css, words = app.model, app.css, app.model.words
        self.meeting = MeetingView(model, app.run, css)
        self.checks: dict[str, w.Checkbox] = {}
        for key, text in model.checklist:
            box = fixed(w.Checkbox, description=text, indent=False, value=False,
                        classes=(css(f"check-{key}"),))
            box.observe(lambda c, key=key: app._on_check(key, c["new"]), "value")
            self.checks[key] = box
        checklist = fixed(w.VBox, list(self.checks.values()), classes=(css("checklist"),))
        self.checklist_notice = Notice(classes=(css("checklist-notice"),))

        self.guide_html = fixed(w.HTML, classes=(css("guide-html"),))
        self.guide_pdf = fixed(w.HTML, classes=(css("guide-pdf"),))
        # The PDF takes a few hundred milliseconds to lay out: made on request, not on
        # every keystroke, and hidden again as soon as the plan changes under it.
        self.make_pdf_button = button("Make the PDF", css("make-pdf"), icon="file", hides=True)
        self.make_pdf_button.on_click(lambda _b: app.make_pdf())
        self.guide_notice = Notice(classes=(css("guide-notice"),))
        self.rehearse = RehearsePanel(css, lambda: model.budget, clock=clock, autotick=autotick)
        self.cards = (
            _card(_step(4, words("meeting"), words("meeting", "lead")), self.meeting),
            _card(_step(5, words("day"), words("day", "lead")), checklist,
                  self.checklist_notice),
            _card(_step(6, words("guide"), words("guide", "lead")),
                  fixed(w.HBox, [self.guide_html, self.make_pdf_button, self.guide_pdf],
                        classes=("infoint-actions",)),
                  self.guide_notice, hint(words("guide", "hint"))),
            _card(_step(7, words("rehearse"), words("rehearse", "lead")), self.rehearse),
        )


class PrepareApp(App):
    """Plan the questions and the meeting for one contact at a time."""

    name = "prepare"

    #: Card 3's questions, bank and check, made in the first turn after the page is live.
    questions_view = BuiltLater("questions_part")

    def __init__(
        self,
        store: Store | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        autotick: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(store, **kwargs)
        self.syncing = True
        self.rehearsed_plan: tuple = ()
        self.model = model = PrepareModel(self.store)
        problems = [p for p in (model.bank_error, model.content_error) if p]
        words = model.words

        self.contact = fixed(w.Dropdown, description="Contact", options=model.contact_options(),
                             value=model.contact_id, classes=(self.css("contact"),))
        self.contact.observe(self._on_contact, "value")
        self.field = fixed(w.Text, description="Field", placeholder="e.g. nursing",
                           continuous_update=False, classes=(self.css("field"),))
        self.organisation = fixed(w.Text, description="Organisation",
                                  placeholder="e.g. City Hospital", continuous_update=False,
                                  classes=(self.css("organisation"),))
        self.notes: dict[str, w.Textarea] = {}
        for key, heading in NOTE_SECTIONS:
            part = "notes-org" if key == "organisation" else f"notes-{key}"
            box = fixed(w.Textarea, description=heading, placeholder=model.note_hint(key),
                        continuous_update=False, classes=(self.css(part),))
            self.notes[key] = box
        for widget in (self.field, self.organisation, *self.notes.values()):
            widget.observe(self._on_details, "value")
        # Autosaves say so where the learner typed: under the contact's details, or
        # under the research notes.
        self.who_notice = Notice(classes=(self.css("who-notice"),))
        self.notes_notice = Notice(classes=(self.css("notes-notice"),))

        # Card 3's body (the plan, its check and the bank) is under the first screen at
        # 1280 by 800 and narrower: made in the first turn after the page is live, its
        # heading at once (infoint.ui.later).
        self.questions_part = Later(self._build_questions, classes=(self.css("questions-part"),))
        # Cards 4 to 7 (the meeting, the day, the guide, the rehearsal) are below the first
        # screen at any width, and so are the bank's rows at the foot of card 3. They are
        # made in the first turns after the page is live (at once outside Voila): every
        # widget is a message the server reads before it sends the page, and these were
        # half of them. See _lower_cards.
        self._clock, self._autotick = clock, autotick
        self._lower: _LowerCards | None = None
        self.lower_part = Later(self._build_lower, classes=(self.css("lower"),))

        self.compose(
            w.HTML(f"<style>{PREPARE_CSS}{BANK_CSS}</style>", layout=w.Layout(display="none")),
            fixed_html(f'<p class="infoint-lead">{esc(model.app_words("lead"))}</p>'),
            self.notice,
            _card(_step(1, words("who"), words("who", "lead")), self.contact,
                  hint(words("who", "hint")),
                  fixed(w.HBox, [self.field, self.organisation], classes=("ii-row",)),
                  self.who_notice),
            _card(_step(2, words("research"), words("research", "lead")),
                  *self.notes.values(), self.notes_notice),
            _card(_step(3, words("questions"), words("questions", "lead")),
                  self.questions_part.box),
            self.lower_part.box,
            next_step(NEXT_STEP, model.app_words("next_step"), self.css("next")),
        )
        self.load_widgets()
        self.notice.show(model.opening.level, model.opening.text)
        if problems:  # an instructor's file that cannot be used: say so, keep working
            self.notice.error(" ".join(problems))
        in_turns(one_per_turn([self.questions_part.ensure, self._fill_bank,
                               self.lower_part.ensure]), self.stopped)

    # -- the parts below the first screen ---------------------------------------------------

    def _build_questions(self) -> list[w.Widget]:
        """Card 3's body, shown with the model's plan (see ``questions_part``)."""
        self.questions_view = view = QuestionsView(self.model, self.run, self.css)
        syncing, self.syncing = self.syncing, True
        try:
            view.field.value = self.model.pack or ALL_FIELDS
        finally:
            self.syncing = syncing
        view.show()
        return [view]

    def _fill_bank(self) -> None:
        self.questions_view.fill_bank()

    # -- the cards below the first screen ---------------------------------------------------

    def _build_lower(self) -> tuple[w.VBox, ...]:
        """Cards 4 to 7, filled from the model (see ``lower_part``)."""
        self._lower = lower = _LowerCards(self, self._clock, self._autotick)
        self._load_lower(lower)
        self._show_lower(lower)
        return lower.cards

    def _lower_cards(self) -> _LowerCards:
        """Cards 4 to 7, made on first use if their turn has not come yet."""
        self.lower_part.ensure()
        assert self._lower is not None
        return self._lower

    @property
    def meeting(self) -> MeetingView:
        return self._lower_cards().meeting

    @property
    def checks(self) -> dict[str, w.Checkbox]:
        return self._lower_cards().checks

    @property
    def checklist_notice(self) -> Notice:
        return self._lower_cards().checklist_notice

    @property
    def guide_html(self) -> w.HTML:
        return self._lower_cards().guide_html

    @property
    def guide_pdf(self) -> w.HTML:
        return self._lower_cards().guide_pdf

    @property
    def make_pdf_button(self) -> w.Button:
        return self._lower_cards().make_pdf_button

    @property
    def guide_notice(self) -> Notice:
        return self._lower_cards().guide_notice

    @property
    def rehearse(self) -> RehearsePanel:
        return self._lower_cards().rehearse

    # -- public surface (the workshop and tests) --------------------------------------------

    @property
    def plan(self) -> Any:
        return self.model.plan

    @property
    def questions(self) -> list[str]:
        return list(self.model.questions)

    @property
    def report(self) -> Any:
        return self.model.report if self.model.questions else None

    @property
    def budget(self) -> Any:
        return self.model.budget

    @property
    def timezone(self) -> str:
        return self.model.timezone

    @guarded
    def refresh(self) -> None:
        """Re-read the profile and the contacts, then the shown contact's plan (the workshop
        calls this each time the step shows; every edit here is already saved)."""
        self.model.reload()
        self.model.load(self.model.contact_id)
        self.load_widgets()

    # -- running an action ------------------------------------------------------------------

    def run(self, action: Callable[[], Message], notice: Notice | None) -> Message:
        """Do ``action``; show what happened by its button (``notice``) and at the top, then
        show the model again. Errors a learner can cause become messages; nothing else
        reaches the page as a traceback."""
        try:
            message = action()
        except (ValidationError, StoreError) as error:
            message = Message("error", explain(error))
        except Exception as error:  # the page must never show a traceback
            log.exception("unexpected error in the Prepare app")
            message = Message("error", explain(error))
        self.show()  # first the new state, then the words about it
        if notice is not None or message.level == "error":
            self.notice.show(message.level, message.text)
            if notice is not None:
                notice.show(message.level, message.text)
        return message

    # -- widgets -> model -------------------------------------------------------------------

    def _on_contact(self, change: dict) -> None:
        if self.syncing:
            return
        message = self.run(lambda: self.model.choose_contact(change["new"]), None)
        self.load_widgets()
        if message.level != "error":
            self.notice.show(message.level, message.text)

    def _on_details(self, change: dict) -> None:
        if self.syncing:
            return
        notes = {key: box.value for key, box in self.notes.items()}
        where = self.who_notice if change["owner"] in (self.field, self.organisation) \
            else self.notes_notice
        message = self.run(lambda: self.model.update_details(
            field=self.field.value, organisation=self.organisation.value, notes=notes), where)
        if message.level == "error":
            self._load_details()  # the model kept the saved values: show them
        pack = self.model.pack
        if pack and self.questions_part.built:
            self.questions_view.field.value = pack

    def _on_check(self, key: str, done: bool) -> None:
        if not self.syncing:
            self.run(lambda: self.model.tick(key, done), self.checklist_notice)

    def make_pdf(self) -> None:
        """Lay out the PDF guide for the plan as it is now and offer it for download."""
        self.run(self.model.make_pdf, self.guide_notice)

    # -- model -> widgets -------------------------------------------------------------------

    def load_widgets(self) -> None:
        """Put the model's state into every input (after a contact is chosen or a refresh)."""
        m = self.model
        self.syncing = True
        try:
            options = m.contact_options()
            if list(self.contact.options) != options:
                self.contact.options = options
            self.contact.value = m.contact_id
            self._load_details()
            if self.questions_part.built:
                self.questions_view.field.value = m.pack or ALL_FIELDS
                self.questions_view.stop_rewording()
        finally:
            self.syncing = False
        for notice in (self.who_notice, self.notes_notice):
            notice.clear()
        if self.questions_part.built:
            self.questions_view.notice.clear()
        if self._lower is not None:
            self._load_lower(self._lower)
        self.show()

    def _load_lower(self, lower: _LowerCards) -> None:
        m, syncing = self.model, self.syncing
        self.syncing = True
        try:
            for key, box in lower.checks.items():
                box.value = key in m.ticked
            lower.meeting.load()
        finally:
            self.syncing = syncing
        for notice in (lower.meeting.notice, lower.checklist_notice, lower.guide_notice):
            notice.clear()
        done, total = m.checklist_progress
        if done:  # ticks stay ticked: say how far the learner got
            lower.checklist_notice.info(f"{done} of {total} ready.")

    def _load_details(self) -> None:
        m, syncing = self.model, self.syncing
        self.syncing = True
        try:
            self.field.value = m.field
            self.organisation.value = m.organisation
            for key, box in self.notes.items():
                box.value = m.notes.get(key, "")
        finally:
            self.syncing = syncing

    def show(self) -> None:
        """Show the model's derived facts: check, budget, calendar file, guide, progress."""
        if self.questions_part.built:
            self.questions_view.show()
        if self._lower is not None:
            self._show_lower(self._lower)

    def _show_lower(self, lower: _LowerCards) -> None:
        m = self.model
        lower.meeting.show()
        data, filename = m.guide_html()
        lower.guide_html.value = download_link(
            data, filename, "text/html;charset=utf-8", "Download the guide (HTML, to print)")
        if m.pdf:
            lower.guide_pdf.value = download_link(
                m.pdf, m.pdf_filename, "application/pdf",
                f"Download the guide (PDF, {m.pdf_pages} page{'s' if m.pdf_pages != 1 else ''})")
            lower.make_pdf_button.layout.display = "none"
        else:
            lower.guide_pdf.value = ""
            lower.make_pdf_button.layout.display = ""
        # A rehearsal runs through the plan it started with: a new plan ends it.
        planned = (tuple(m.questions), int(m.minutes))
        if planned != self.rehearsed_plan:
            self.rehearsed_plan = planned
            lower.rehearse.reset()
