"""Step 3's "The meeting" card: date, time, zone, place, mode and length, the time budget,
"Save meeting" with its notice beside it, and the calendar file. Widgets only; the state is
:class:`infoint.steps.prepare.PrepareModel`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from infoint.model import MEETING_LENGTHS, MEETING_MODES
from infoint.steps.prepare import Message, PrepareModel
from infoint.ui.common import (
    Notice,
    button,
    download_link,
    esc,
    fixed,
    fixed_html,
    hint,
    shared_style,
)
from infoint.ui.prepare_views import budget_bar_html

__all__ = ["MeetingView"]

Run = Callable[[Callable[[], Message], Notice], Any]


class MeetingView(w.VBox):
    def __init__(self, model: PrepareModel, run: Run, css: Callable[[str], str]) -> None:
        super().__init__()
        self.model = model
        self.run = run
        self.syncing = False
        self.date = fixed(w.DatePicker, description="Date")
        self.time = fixed(w.Text, description="Time", placeholder="14:30", continuous_update=False)
        self.timezone = fixed(w.Dropdown, description="Timezone", options=model.zone_options(),
                                   value=model.timezone)
        # Sized to their words, the two buttons sit side by side even on a phone.
        self.mode = fixed(w.ToggleButtons, description="How you meet", options=[
            ("In person", MEETING_MODES[0]), ("Online", MEETING_MODES[1])],
            value=model.mode, style=shared_style(w.ToggleButtonsStyle, button_width="auto"))
        self.place = fixed(w.Text, description="Place or video link", continuous_update=False)
        self.minutes = fixed(w.Dropdown, description="Length", options=self._length_options())
        for widget, part in ((self.date, "date"), (self.time, "time"), (self.timezone, "tz"),
                             (self.mode, "mode"), (self.place, "place"),
                             (self.minutes, "minutes")):
            widget.add_class(css(part))
        for widget in (self.date, self.time, self.timezone, self.place, self.mode):
            widget.observe(self._on_meeting, "value")
        self.minutes.observe(self._on_minutes, "value")
        self.mode_hint = hint("")
        self.budget = fixed(w.HTML, classes=(css("budget"),))
        self.save = button("Save meeting", css("save-meeting"), "primary", "calendar")
        self.save.on_click(lambda _b: self.run(model.save_meeting, self.notice))
        self.notice = Notice(classes=(css("meeting-notice"),))
        self.ics = fixed(w.HTML, classes=(css("ics"),))
        # The calendar file is the learner's private entry unless they choose otherwise:
        # their question list stays out of it, and nobody is invited, until ticked.
        self.include_questions = fixed(
            w.Checkbox,
            description="Include my questions in the calendar entry", value=False, indent=False,
                                       classes=(css("ics-questions"),))
        self.invite_contact = fixed(
            w.Checkbox,
            description="Invite the contact (their calendar asks them to accept)",
            value=False, indent=False, classes=(css("ics-invite"),))
        for box in (self.include_questions, self.invite_contact):
            box.observe(self._on_meeting, "value")
        self.children = [
            fixed(w.HBox, [self.date, self.time, self.timezone], classes=("ii-row",)),
            self.mode,
            fixed(w.HBox, [self.place, self.minutes], classes=("ii-row",)),
            self.mode_hint,
            fixed_html("<h3>Time budget</h3>"),
            self.budget,
            fixed(w.HBox, [self.save], classes=("infoint-actions",)),
            self.notice,
            fixed_html("<h3>Calendar</h3>"),
            self.include_questions,
            self.invite_contact,
            self.ics,
        ]

    def _length_options(self) -> list[tuple[str, int]]:
        lengths = sorted({*MEETING_LENGTHS, self.model.profile_minutes, int(self.model.minutes)})
        return [(f"{m} minutes", m) for m in lengths]

    # -- widget -> model --------------------------------------------------------------------

    def _on_meeting(self, _change: dict) -> None:
        if self.syncing:
            return
        self.run(lambda: self.model.update_meeting(
            day=self.date.value, time=self.time.value, timezone=self.timezone.value,
            place=self.place.value, mode=self.mode.value,
            include_questions=bool(self.include_questions.value),
            invite_contact=bool(self.invite_contact.value),
        ), None)

    def _on_minutes(self, change: dict) -> None:
        if not self.syncing:
            self.run(lambda: self.model.update_details(minutes=change["new"]), None)

    # -- model -> widgets -------------------------------------------------------------------

    def load(self) -> None:
        """Put the model's meeting into the widgets (a contact was chosen)."""
        m = self.model
        self.syncing = True
        try:
            options = m.zone_options()
            if list(self.timezone.options) != options:
                self.timezone.options = options
            self.timezone.value = m.timezone
            self.date.value = m.day
            self.time.value = m.time
            self.place.value = m.place
            self.mode.value = m.mode
            self.minutes.options = self._length_options()
            self.minutes.value = int(m.minutes)
        finally:
            self.syncing = False

    def show(self) -> None:
        m = self.model
        online = m.mode == "online"
        self.place.description = "Video link" if online else "Place"
        self.place.placeholder = ("e.g. https://meet.example.org/abc" if online
                                  else "e.g. Café Lumen, 12 High St")
        advice = m.words("meeting", "online" if online else "in_person")
        self.mode_hint.value = f'<div class="infoint-hint">{esc(advice)}</div>'
        self.budget.value = budget_bar_html(m.budget)
        cal = m.calendar()
        if cal.ready:
            self.ics.value = download_link(
                cal.data, "informational-interview.ics", "text/calendar", cal.label
            ) + f'<p class="infoint-hint">{esc(cal.explanation)}</p>'
        else:
            self.ics.value = f'<p class="infoint-hint">{esc(cal.explanation)}</p>'
