"""Step 3: prepare the questions and the meeting.

One plan per contact (or one "no specific contact" plan): research notes, the questions in
order with live coaching findings, the meeting's date and place with a time budget and an
invite, the meeting-day checklist, a printable guide and a rehearsal clock.

Every change is saved at once: the plan through ``store.save_plan``; which plan belongs to
which contact, the meeting draft and the ticked checklist through ``store.set_state``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

import ipywidgets as w

from infoint.model import MEETING_LENGTHS, Contact, Meeting, Plan, ValidationError
from infoint.prepare import (
    CHECKLIST,
    Budget,
    default_timezone,
    join_notes,
    split_notes,
    starts_at,
    suggest_questions,
    time_budget,
    timezone_options,
)
from infoint.store import Store
from infoint.ui.common import App, button, download_link, esc, guarded, hint, log, next_step
from infoint.ui.prepare_bank import BANK_CSS, BankPicker, BankRow
from infoint.ui.prepare_rehearse import RehearsePanel
from infoint.ui.prepare_views import (
    PREPARE_CSS,
    budget_bar_html,
    findings_html,
    plan_list_html,
)

NO_CONTACT = 0
# A Dropdown cannot hold None as a real choice (it means "nothing selected").
ALL_FIELDS = "*"
NEXT_STEP = "04-reflect-on-fit.ipynb"


def _step(n: int, title: str, lead: str = "") -> w.HTML:
    lead_html = f'<p class="infoint-lead">{esc(lead)}</p>' if lead else ""
    return w.HTML(f'<h2 class="ii-step"><b>{n}</b> {esc(title)}</h2>{lead_html}')


def _card(*children: w.Widget) -> w.VBox:
    return w.VBox(list(children)).add_class("infoint-card")


class PrepareApp(App):
    """Plan the questions and the meeting for one contact at a time."""

    name = "prepare"

    def __init__(
        self,
        store: Store | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        autotick: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(store, **kwargs)
        self._loading = True
        self._bank = self._open_bank()
        self._profile = self.store.load_profile()
        self._contacts: dict[int, Contact] = {c.id: c for c in self.store.contacts() if c.id}
        self._questions: list[str] = []
        self._plan = Plan(minutes=self._profile_minutes())
        self._report: Any = None
        self._suggestions: list[tuple[int, str]] = []

        self._build_who()
        self._build_notes()
        self._build_planner()
        self._build_meeting()
        self._build_checklist()
        self._build_guide()
        self.rehearse = RehearsePanel(self.css, lambda: self.budget, clock=clock, autotick=autotick)

        self.compose(
            w.HTML(f"<style>{PREPARE_CSS}{BANK_CSS}</style>", layout=w.Layout(display="none")),
            w.HTML(
                '<p class="infoint-lead">Do your homework first, then plan a short list of open '
                "questions that fits the time you asked for. Everything saves as you go.</p>"
            ),
            self.notice,
            _card(_step(1, "Who you are meeting"), *self._who_children),
            _card(
                _step(2, "Research first",
                      "A quick search answers a lot; note it here so the meeting is spent on "
                      "what only a person in the job can tell you."),
                *self._notes_children,
            ),
            _card(_step(3, "Your questions"), *self._planner_children),
            _card(_step(4, "The meeting"), *self._meeting_children),
            _card(
                _step(5, "On the day", "Tick things off as you get ready; they stay ticked."),
                self._checklist_box,
            ),
            _card(
                _step(6, "Print your guide",
                      "Who, why, the agenda with timings, your questions with room for notes, "
                      "and the checklist: one page for a meeting of up to 20 minutes, two "
                      "for a longer one."),
                self._guide_links,
            ),
            _card(
                _step(7, "Rehearse",
                      "Run through the questions against the clock so the real meeting ends "
                      "on time."),
                self.rehearse,
            ),
            next_step(NEXT_STEP, "After the meeting: step 4, reflect on fit", self.css("next")),
        )
        start = self.store.get_state("prepare:last-contact", NO_CONTACT)
        if start not in self._contacts:
            start = NO_CONTACT
        self._contact.value = start
        self._load(start)
        self._loading = False

    # -- public surface (tests and other apps) ----------------------------------------------

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def questions(self) -> list[str]:
        return list(self._questions)

    @property
    def report(self) -> Any:
        return self._report

    @property
    def budget(self) -> Budget:
        return time_budget(self._questions, int(self._minutes.value), bank=self._bank)

    @property
    def contact(self) -> Contact | None:
        return self._contacts.get(self._contact.value)

    @guarded
    def refresh(self) -> None:
        """Re-read the profile and the contacts, then the shown contact's plan (the workshop
        calls this each time the step shows; every edit here is already saved)."""
        self._profile = self.store.load_profile()
        self._contacts = {c.id: c for c in self.store.contacts() if c.id}
        current = self._contact.value if self._contact.value in self._contacts else NO_CONTACT
        self._loading = True
        try:
            self._contact.options = self._contact_options()
            self._contact.value = current
            self._load(current)
        finally:
            self._loading = False

    # -- building ---------------------------------------------------------------------------

    def _open_bank(self) -> Any:
        try:
            from infoint.bank import load_bank

            return load_bank()
        except Exception as error:  # a broken instructor file must not take the app down
            self.notice.error(f"The question bank could not be loaded: {error}")
            return None

    def _profile_minutes(self) -> int:
        return self._profile.meeting_minutes if self._profile else 20

    def _pack(self) -> str | None:
        """The bank's field pack for the plan's field ("nursing" finds "nursing and health
        care"), or None when the bank has none for it."""
        field = " ".join(self._field.value.casefold().split())
        if not field or self._bank is None:
            return None
        packs = self._bank.fields()
        for pack in packs:
            if pack.casefold() == field:
                return pack
        for pack in packs:
            if field in pack.casefold() or pack.casefold() in field:
                return pack
        return None

    def _mark(self, widget: w.Widget, part: str) -> w.Widget:
        widget.add_class(self.css(part))
        return widget

    def _contact_options(self) -> list[tuple[str, int]]:
        options = [("No specific contact (plan for a field)", NO_CONTACT)]
        for c in self._contacts.values():
            extra = ", ".join(p for p in (c.role, c.organisation) if p)
            options.append((f"{c.name} ({extra})" if extra else c.name, c.id))
        return options

    def _build_who(self) -> None:
        self._contact = self._mark(
            w.Dropdown(description="Contact", options=self._contact_options(), value=NO_CONTACT),
            "contact",
        )
        self._field = self._mark(
            w.Text(description="Field", placeholder="e.g. nursing", continuous_update=False),
            "field",
        )
        self._org = self._mark(
            w.Text(description="Organisation", placeholder="e.g. City Hospital",
                   continuous_update=False),
            "organisation",
        )
        self._contact.observe(self._on_contact, "value")
        self._field.observe(self._on_plan_widget, "value")
        self._field.observe(self._on_field, "value")
        self._org.observe(self._on_plan_widget, "value")
        self._who_children = [
            self._contact,
            hint("Each contact has their own plan. Add contacts in step 1."),
            w.HBox([self._field, self._org]).add_class("ii-row"),
        ]

    def _build_notes(self) -> None:
        def area(part: str, label: str, placeholder: str) -> w.Textarea:
            box = w.Textarea(description=label, placeholder=placeholder, continuous_update=False)
            box.observe(self._on_plan_widget, "value")
            return self._mark(box, part)

        self._notes = {
            "field": area("notes-field", "What the field is",
                          "The main kinds of jobs, who employs people, the usual training"),
            "organisation": area("notes-org", "What the organisation does",
                                 "From their website and news: what they do, for whom, how big"),
            "found": area("notes-found", "What I already found out",
                          "Typical pay ranges, job titles, entry routes: facts a search gave "
                          "you, so you need not ask"),
        }
        self._notes_children = list(self._notes.values())

    def _build_planner(self) -> None:
        bank = self._bank
        categories = bank.categories() if bank else []
        fields = bank.fields() if bank else []
        self._bank_category = self._mark(
            w.Dropdown(
                description="Category",
                options=[("All categories", ""), *[(c.capitalize(), c) for c in categories]],
            ),
            "bank-category",
        )
        self._bank_field = self._mark(
            w.Dropdown(description="Field pack",
                       options=[("General and all fields", ALL_FIELDS), ("General only", ""),
                                *[(f, f) for f in fields]]),
            "bank-field",
        )
        self._bank_search = self._mark(
            w.Text(description="Search the bank", placeholder="e.g. week, training, advice"),
            "bank-search",
        )
        self.bank = BankPicker(self.add_from_bank, self.css("bank-results"))
        for widget in (self._bank_category, self._bank_field, self._bank_search):
            widget.observe(lambda _c: self._refresh_bank(), "value")

        self._own = self._mark(
            w.Text(description="Your own question",
                   placeholder="e.g. What do you wish you had known in your first year?"),
            "own-question",
        )
        self._add_own = button("Add", self.css("add-own"), icon="plus")
        self._add_own.on_click(lambda _b: self.add_own())
        self._replace = button("Replace selected", self.css("replace"), icon="pencil")
        self._replace.tooltip = "Put the text above in place of the question selected in the plan"
        self._replace.on_click(lambda _b: self.replace_selected())

        self._plan_list = self._mark(
            w.Select(description="Your plan, in order", options=[], rows=10), "plan"
        )
        self._plan_list.observe(self._on_plan_pick, "value")
        self._plan_view = self._mark(w.HTML(), "plan-view")
        self._up = button("Move up", self.css("up"), icon="arrow-up")
        self._down = button("Move down", self.css("down"), icon="arrow-down")
        self._remove = button("Remove", self.css("remove"), "danger", icon="trash")
        self._up.on_click(lambda _b: self.move(-1))
        self._down.on_click(lambda _b: self.move(1))
        self._remove.on_click(lambda _b: self.remove_selected())
        self._suggest = button("", self.css("suggest"), "info", "magic")
        self._suggest.on_click(lambda _b: self.suggest())
        self._findings = self._mark(w.HTML(), "findings")
        self._suggest_rows = self._mark(w.VBox(), "suggestions")
        self._refresh_bank()

        self._planner_children = [
            w.HTML("<h3>Start from the essentials</h3>"),
            hint("A starter set covering how they started, career paths, the daily work, "
                 "lifestyle, qualifications and advice, sized to your meeting length."),
            w.HBox([self._suggest]).add_class("infoint-actions"),
            w.HTML("<h3>Browse the question bank</h3>"),
            w.HBox([self._bank_category, self._bank_field]).add_class("ii-row"),
            self._bank_search,
            hint("Press Add beside a question to put it at the end of your plan."),
            self.bank,
            w.HTML("<h3>Write your own</h3>"),
            self._own,
            w.HBox([self._add_own, self._replace]).add_class("infoint-actions"),
            w.HTML("<h3>Your plan</h3>"),
            self._plan_list,
            w.HBox([self._up, self._down, self._remove]).add_class("infoint-actions"),
            self._plan_view,
            w.HTML("<h3>How the plan reads</h3>"),
            self._findings,
            self._suggest_rows,
        ]

    def _zones_used(self) -> list[str]:
        """The zones of the learner's saved meetings, oldest first."""
        meetings = sorted(self.store.meetings(), key=lambda m: m.id or 0)
        return [m.timezone for m in meetings]

    @property
    def timezone(self) -> str:
        """The zone the meeting time is read in."""
        return self._tz.value

    def _build_meeting(self) -> None:
        zone = default_timezone(self._zones_used())
        self._date = self._mark(w.DatePicker(description="Date"), "date")
        self._time = self._mark(
            w.Text(description="Time", placeholder="14:30", continuous_update=False), "time"
        )
        self._tz = self._mark(
            w.Dropdown(description="Timezone", options=timezone_options(zone), value=zone), "tz"
        )
        self._place = self._mark(
            w.Text(description="Place or video link",
                   placeholder="e.g. Café Lumen, 12 High St, or https://meet.example.org/abc",
                   continuous_update=False),
            "place",
        )
        lengths = sorted({*MEETING_LENGTHS, self._profile_minutes()})
        self._minutes = self._mark(
            w.Dropdown(description="Length", options=[(f"{m} minutes", m) for m in lengths],
                       value=self._profile_minutes()),
            "minutes",
        )
        for widget in (self._date, self._time, self._tz, self._place):
            widget.observe(self._on_meeting_widget, "value")
        self._minutes.observe(self._on_minutes, "value")
        self._budget_view = self._mark(w.HTML(), "budget")
        self._save_meeting = button("Save meeting", self.css("save-meeting"), "primary", "calendar")
        self._save_meeting.on_click(lambda _b: self.save_meeting())
        self._ics = self._mark(w.HTML(), "ics")
        # The calendar file is the learner's private entry unless they choose otherwise:
        # their question list stays out of it, and nobody is invited, until ticked.
        self._ics_questions = self._mark(w.Checkbox(
            description="Include my questions in the calendar entry", value=False,
            indent=False), "ics-questions")
        self._ics_invite = self._mark(w.Checkbox(
            description="Invite the contact (their calendar asks them to accept)",
            value=False, indent=False), "ics-invite")
        for box in (self._ics_questions, self._ics_invite):
            box.observe(lambda _c: self._refresh_meeting(), "value")
        self._meeting_children = [
            w.HBox([self._date, self._time, self._tz]).add_class("ii-row"),
            w.HBox([self._place, self._minutes]).add_class("ii-row"),
            hint("In person builds the strongest connection; a video link works too."),
            w.HTML("<h3>Time budget</h3>"),
            self._budget_view,
            w.HBox([self._save_meeting]).add_class("infoint-actions"),
            w.HTML("<h3>Calendar</h3>"),
            self._ics_questions,
            self._ics_invite,
            self._ics,
        ]

    def _build_checklist(self) -> None:
        self._checks: dict[str, w.Checkbox] = {}
        for key, text in CHECKLIST:
            box = w.Checkbox(description=text, indent=False, value=False)
            box.add_class(self.css(f"check-{key}"))
            box.observe(self._on_check, "value")
            self._checks[key] = box
        self._checklist_box = self._mark(w.VBox(list(self._checks.values())), "checklist")

    def _build_guide(self) -> None:
        self._guide_html = self._mark(w.HTML(), "guide-html")
        self._guide_pdf = self._mark(w.HTML(), "guide-pdf")
        # The PDF takes a few hundred milliseconds to lay out: made on request, not on
        # every keystroke, and hidden again as soon as the plan changes under it.
        self._make_pdf = button("Make the PDF", self.css("make-pdf"), icon="file")
        self._make_pdf.on_click(lambda _b: self.make_pdf())
        self._guide_links = w.VBox(
            [w.HBox([self._guide_html, self._make_pdf, self._guide_pdf])
             .add_class("infoint-actions"),
             hint("Open the HTML guide and print it, or make a PDF to keep on your phone.")]
        )

    # -- keys in the per-learner state ------------------------------------------------------

    def _key(self, contact_id: int | None = None) -> str:
        cid = self._contact.value if contact_id is None else contact_id
        return f"c{cid}" if cid else "none"

    # -- loading a contact's plan -----------------------------------------------------------

    def _on_contact(self, change: dict) -> None:
        if self._loading:
            return
        self._switch(change["new"])

    @guarded
    def _switch(self, contact_id: int) -> None:
        self.store.set_state("prepare:last-contact", contact_id)
        self._loading = True
        try:
            self._load(contact_id)
        finally:
            self._loading = False

    def _load(self, contact_id: int) -> None:
        key = self._key(contact_id)
        contact = self._contacts.get(contact_id)
        plan_id = self.store.get_state(f"prepare:plan:{key}")
        plan = self.store.get_plan(plan_id) if isinstance(plan_id, int) else None
        if plan is None:
            fields = self._profile.fields if self._profile else []
            profile_field = fields[0] if fields else ""
            plan = Plan(
                contact_id=contact.id if contact else None,
                field=(contact.field if contact and contact.field else profile_field),
                organisation=contact.organisation if contact else "",
                minutes=self._profile_minutes(),
            )
        self._plan = plan
        self._questions = list(plan.questions)
        self._field.value = plan.field
        self._org.value = plan.organisation
        for part, text in split_notes(plan.research_notes).items():
            self._notes[part].value = text
        if plan.minutes not in [v for _l, v in self._minutes.options]:
            lengths = sorted({*[v for _l, v in self._minutes.options], plan.minutes})
            self._minutes.options = [(f"{m} minutes", m) for m in lengths]
        self._minutes.value = plan.minutes
        self._bank_field.value = self._pack() or ALL_FIELDS
        self._load_meeting(key)
        ticked = set(self.store.get_state(f"prepare:checklist:{key}", []) or [])
        for k, box in self._checks.items():
            box.value = k in ticked
        self._refresh()
        who = contact.name if contact else "a meeting without a specific contact"
        if plan.id is not None:
            self.notice.info(f"Your saved plan for {who} is shown below.")
        else:
            self.notice.info(f"New plan for {who}. Start with the essentials or browse the bank.")

    def _load_meeting(self, key: str) -> None:
        draft = self.store.get_state(f"prepare:meeting-draft:{key}", {}) or {}
        meeting_id = self.store.get_state(f"prepare:meeting:{key}")
        saved = next((m for m in self.store.meetings() if m.id == meeting_id), None)
        if saved is not None and not draft:
            draft = {
                "date": saved.starts_at.date().isoformat(),
                "time": saved.starts_at.strftime("%H:%M"),
                "tz": saved.timezone,
                "place": saved.place,
            }
        try:
            self._date.value = date.fromisoformat(draft["date"]) if draft.get("date") else None
        except ValueError:
            self._date.value = None
        self._time.value = draft.get("time", "")
        zone = draft.get("tz") or default_timezone(self._zones_used())
        if zone not in self._tz.options:
            self._tz.options = timezone_options(zone)
        self._tz.value = zone if zone in self._tz.options else "UTC"
        self._place.value = draft.get("place", "")

    # -- plan edits -------------------------------------------------------------------------

    def _on_field(self, _change: dict) -> None:
        pack = self._pack()
        if pack and hasattr(self, "_bank_field"):
            self._bank_field.value = pack

    def _on_plan_widget(self, _change: dict) -> None:
        if not self._loading:
            self.save_plan()

    def _on_minutes(self, _change: dict) -> None:
        if not self._loading:
            self.save_plan()

    @guarded
    def save_plan(self, message: str = "") -> Plan | None:
        contact = self.contact
        plan = Plan(
            contact_id=contact.id if contact else None,
            field=self._field.value,
            organisation=self._org.value,
            research_notes=join_notes({k: box.value for k, box in self._notes.items()}),
            questions=self._questions,
            minutes=int(self._minutes.value),
            id=self._plan.id,
        )
        saved = self.store.save_plan(plan)
        if plan.id is None or saved.id != plan.id:
            self.store.set_state(f"prepare:plan:{self._key()}", saved.id)
        self.store.set_state("prepare:last-contact", self._contact.value)
        self._plan = saved
        self._refresh()
        self.notice.success(message or "Saved.")
        return saved

    def _commit_questions(self, questions: list[str], message: str, select: int | None) -> None:
        before = self._questions
        self._questions = questions
        if self.save_plan(message) is None:  # refused: put the old list back
            self._questions = before
            self._refresh()
            return
        if select is not None and 0 <= select < len(self._questions):
            self._plan_list.value = select

    def _has(self, text: str) -> bool:
        key = " ".join(text.casefold().split())
        return any(" ".join(q.casefold().split()) == key for q in self._questions)

    @guarded
    def add_from_bank(self, question_id: str) -> None:
        """Put one bank question at the end of the plan (its row's Add button)."""
        if self._bank is None:
            self.notice.error("The question bank is not available.")
            return
        text = self._bank.get(question_id).text
        if self._has(text):
            self.notice.info("That question is already in your plan.")
            return
        self._commit_questions(
            [*self._questions, text],
            f"Added to your plan as question {len(self._questions) + 1}: {text}",
            len(self._questions),
        )

    @guarded
    def add_own(self) -> None:
        text = " ".join(self._own.value.split())
        if not text:
            self.notice.error("Write your question in the box first.")
            return
        if len(text) > 500:
            raise ValidationError("questions", "a question can be at most 500 characters")
        if self._has(text):
            self.notice.info("That question is already in your plan.")
            return
        self._commit_questions([*self._questions, text], "Added your question.",
                               len(self._questions))
        self._own.value = ""

    @guarded
    def replace_selected(self) -> None:
        index = self._plan_list.value
        text = " ".join(self._own.value.split())
        if index is None:
            self.notice.error("Select the question to replace in your plan first.")
            return
        if not text:
            self.notice.error("Write the new wording in the box above first.")
            return
        questions = list(self._questions)
        questions[index] = text
        self._commit_questions(questions, f"Question {index + 1} reworded.", index)
        self._own.value = ""

    def _on_plan_pick(self, change: dict) -> None:
        index = change["new"]
        has = index is not None
        self._up.disabled = not has or index == 0
        self._down.disabled = not has or index >= len(self._questions) - 1
        self._remove.disabled = not has
        self._replace.disabled = not has

    @guarded
    def move(self, step: int) -> None:
        index = self._plan_list.value
        if index is None:
            self.notice.error("Select a question in your plan first.")
            return
        target = index + step
        if not 0 <= target < len(self._questions):
            return
        questions = list(self._questions)
        questions[index], questions[target] = questions[target], questions[index]
        self._commit_questions(questions, f"Moved to position {target + 1}.", target)

    @guarded
    def remove_selected(self) -> None:
        index = self._plan_list.value
        if index is None:
            self.notice.error("Select a question in your plan first.")
            return
        removed = self._questions[index]
        questions = [q for i, q in enumerate(self._questions) if i != index]
        short = removed if len(removed) <= 60 else removed[:57] + "..."
        self._commit_questions(questions, f"Removed \u201c{short}\u201d.",
                               min(index, len(questions) - 1))

    @guarded
    def suggest(self) -> None:
        if self._bank is None:
            self.notice.error("The question bank is not available.")
            return
        minutes = int(self._minutes.value)
        essentials = [q.text for q in suggest_questions(minutes, self._pack(), self._bank)]
        new = [t for t in essentials if not self._has(t)]
        if not new:
            self.notice.info(f"Your plan already has the essentials for {minutes} minutes.")
            return
        # Essentials lead, in conversation order; the learner's own questions follow.
        merged = [*essentials, *[q for q in self._questions if q not in essentials]]
        self._commit_questions(
            merged, f"Added {len(new)} essential questions for a {minutes}-minute meeting.", None
        )

    @guarded
    def use_suggestion(self, index: int, text: str) -> None:
        if not 0 <= index < len(self._questions):
            return
        questions = list(self._questions)
        questions[index] = text
        self._commit_questions(questions, f"Question {index + 1} is now an open question.", index)

    # -- meeting ----------------------------------------------------------------------------

    def _on_meeting_widget(self, _change: dict) -> None:
        if self._loading:
            return
        self._save_draft()

    @guarded
    def _save_draft(self) -> None:
        draft = {
            "date": self._date.value.isoformat() if self._date.value else "",
            "time": self._time.value.strip(),
            "tz": self._tz.value,
            "place": self._place.value.strip(),
        }
        self.store.set_state(f"prepare:meeting-draft:{self._key()}", draft)
        self._refresh_meeting()

    def _starts_at(self) -> Any:
        return starts_at(self._date.value, self._time.value, self._tz.value)

    @guarded
    def save_meeting(self) -> Meeting | None:
        try:
            start = self._starts_at()
        except ValueError as error:
            self.notice.error(str(error))
            return None
        if self._plan.id is None and self.save_plan() is None:
            return None
        contact = self.contact
        key = self._key()
        meeting_id = self.store.get_state(f"prepare:meeting:{key}")
        meeting = Meeting(
            contact_id=contact.id if contact else None,
            starts_at=start,
            minutes=int(self._minutes.value),
            place=self._place.value,
            timezone=self._tz.value,
            plan_id=self._plan.id,
            id=meeting_id if isinstance(meeting_id, int) else None,
        )
        saved = self.store.save_meeting(meeting)
        self.store.set_state(f"prepare:meeting:{key}", saved.id)
        if contact is not None and contact.status != "meeting scheduled":
            self._contacts[contact.id] = self.store.set_status(contact.id, "meeting scheduled")
        who = f" with {contact.name}" if contact else ""
        self.notice.success(
            f"Meeting{who} saved for {start:%A %d %B, %H:%M} ({self._tz.value}). "
            "Download the calendar entry below to add it to your calendar."
        )
        self._refresh_meeting()
        return saved

    # -- checklist --------------------------------------------------------------------------

    def _on_check(self, _change: dict) -> None:
        if not self._loading:
            self._save_checks()

    @guarded
    def _save_checks(self) -> None:
        ticked = [k for k, box in self._checks.items() if box.value]
        self.store.set_state(f"prepare:checklist:{self._key()}", ticked)

    # -- what the learner sees --------------------------------------------------------------

    def _refresh_bank(self) -> None:
        if self._bank is None:
            self.bank.show([])
            return
        found = self._bank.filter(
            category=self._bank_category.value or None,
            field=None if self._bank_field.value == ALL_FIELDS else self._bank_field.value,
            search=self._bank_search.value.strip() or None,
        )
        self.bank.show([
            BankRow(q.id, q.text, q.minutes, q.field or "", self._has(q.text)) for q in found
        ])

    def _refresh(self) -> None:
        selected = self._plan_list.value
        self._plan_list.options = [(f"{i + 1}. {q}", i) for i, q in enumerate(self._questions)]
        if selected is not None and selected < len(self._questions):
            self._plan_list.value = selected
        self._on_plan_pick({"new": self._plan_list.value})
        self._plan_view.value = plan_list_html(self.budget)
        self._refresh_bank()  # the rows say which questions are already in the plan
        minutes = int(self._minutes.value)
        self._suggest.description = f"Suggest essentials for {minutes} minutes"
        self._refresh_findings()
        self._refresh_meeting()
        self.rehearse.reset()

    def _refresh_findings(self) -> None:
        try:
            from infoint.scoring import check_questions
        except ImportError:
            self._report = None
            self._findings.value = ""
            self._suggest_rows.children = []
            return
        notes = join_notes({k: box.value for k, box in self._notes.items()})
        report = check_questions(
            list(self._questions), minutes=int(self._minutes.value),
            field=self._pack() or self._field.value.strip() or None, research_notes=notes,
        )
        self._report = report
        if not self._questions:
            self._findings.value = (
                '<p class="ii-muted">Add questions and their check appears here: open '
                "questions, no pay or job requests, the essentials covered, and the time.</p>"
            )
        else:
            self._findings.value = findings_html(report, self._questions)
        rows = []
        self._suggestions = []
        for f in report.findings:
            qi = f.question_index
            if not f.suggestion or qi is None or not 0 <= qi < len(self._questions):
                continue
            self._suggestions.append((qi, f.suggestion))
            use = button("Use suggestion", self.css("use-suggestion"), icon="check")
            use.on_click(lambda _b, qi=qi, text=f.suggestion: self.use_suggestion(qi, text))
            rows.append(
                w.HBox([
                    w.HTML(f'<span><b>Q{qi + 1}</b> <span class="ii-was">'
                           f"{esc(self._questions[qi])}</span> &rarr; {esc(f.suggestion)}</span>"),
                    use,
                ]).add_class("ii-suggest-row")
            )
        self._suggest_rows.children = rows

    def _refresh_meeting(self) -> None:
        self._budget_view.value = budget_bar_html(self.budget)
        start = None
        problem = ""
        try:
            start = self._starts_at()
        except ValueError as error:
            problem = str(error)
        if start is None:
            if self._date.value is None and not self._time.value.strip():
                problem = "Set the date and time to get a calendar invite."
            self._ics.value = f'<p class="infoint-hint">{esc(problem)}</p>'
        else:
            self._ics.value = self._ics_link(start)
        self._refresh_guide(start)

    def _summary(self) -> str:
        contact = self.contact
        if contact is not None:
            return f"Informational interview with {contact.name}"
        field = self._field.value.strip()
        return f"Informational interview ({field})" if field else "Informational interview"

    def _ics_link(self, start: Any) -> str:
        from infoint.io.calendar import meeting_invite_ics

        contact = self.contact
        organizer = self._profile.email.strip() if self._profile else ""
        attendee = contact.email.strip() if contact else ""
        invite = bool(self._ics_invite.value)
        if invite and not (organizer and attendee):
            missing = ("your email (Start here)" if not organizer else
                       "the contact's email (step 1)")
            return (f'<p class="infoint-hint">To invite the contact, add {esc(missing)} '
                    "first. Until then, untick the box for your own calendar entry.</p>")
        notes = ""
        if self._questions:
            notes = "My questions:\n" + "\n".join(
                f"{i}. {q}" for i, q in enumerate(self._questions, 1))
        data = meeting_invite_ics(
            self._summary(),
            start,
            int(self._minutes.value),
            location=self._place.value.strip(),
            description=self._guide().purpose,
            private_notes=notes,
            include_private_notes=bool(self._ics_questions.value),
            invite_contact=invite,
            organizer_email=organizer if invite else "",
            attendee_email=attendee if invite else "",
            organizer_name=self._profile.name if invite and self._profile else "",
            attendee_name=contact.name if invite and contact else "",
            reminder_day_before=True,
            uid=f"prepare-{self.store.learner_id}-{self._key()}@infoint",
        )
        if invite:
            label, what = "Download the invitation (.ics)", (
                f"Opening it sends {contact.name if contact else 'the contact'} a calendar "
                "request to accept"
                + (", with your questions." if self._ics_questions.value else
                   "; your questions stay out of it.")
            )
        else:
            label, what = "Download the calendar entry (.ics)", (
                "A private entry for your own calendar, with a reminder the day before; "
                "nobody else is invited"
                + (", and your questions are in it." if self._ics_questions.value else
                   " and your questions stay out of it.")
            )
        return download_link(data, "informational-interview.ics", "text/calendar", label) + (
            f'<p class="infoint-hint">{esc(what)}</p>'
        )

    @property
    def calendar_options(self) -> dict[str, bool]:
        """The learner's choices for the .ics file (questions in it, contact invited)."""
        return {"include_questions": bool(self._ics_questions.value),
                "invite_contact": bool(self._ics_invite.value)}

    def _guide(self, start: Any = None) -> Any:
        from infoint.io.guide import MeetingGuide

        contact = self.contact
        return MeetingGuide(
            contact_name=contact.name if contact else "",
            contact_role=contact.role if contact else "",
            organisation=self._org.value.strip(),
            field=self._field.value.strip(),
            learner_name=self._profile.name if self._profile else "",
            starts_at=start,
            place=self._place.value.strip(),
            minutes=int(self._minutes.value),
            questions=list(self._questions),
            research_notes=join_notes({k: box.value for k, box in self._notes.items()}),
            budget=self.budget,
        )

    def _refresh_guide(self, start: Any) -> None:
        from infoint.io.guide import guide_filename, guide_html

        guide = self._guide(start)
        self._guide_html.value = download_link(
            guide_html(guide).encode("utf-8"), guide_filename(guide, "html"),
            "text/html;charset=utf-8", "Download the guide (HTML, to print)",
        )
        self._pdf_start = start
        self._guide_pdf.value = ""
        self._make_pdf.layout.display = ""

    @guarded
    def make_pdf(self) -> None:
        """Lay out the PDF guide for the plan as it is now and offer it for download."""
        from infoint.io.guide import guide_filename, guide_pdf

        guide = self._guide(getattr(self, "_pdf_start", None))

        try:
            data = guide_pdf(guide)
        except Exception:  # the page must never show a traceback
            log.exception("the PDF guide could not be written")
            self._guide_pdf.value = (
                '<p class="infoint-hint">The PDF could not be made; the HTML guide prints '
                "just as well.</p>"
            )
            return
        self._guide_pdf.value = download_link(
            data, guide_filename(guide, "pdf"), "application/pdf", "Download the guide (PDF)"
        )
        self._make_pdf.layout.display = "none"
