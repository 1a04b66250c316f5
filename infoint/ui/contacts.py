"""Step 1, find contacts: whom to ask first, whom to ask for introductions, what is due.

The app wires widgets to the pure core: ``infoint.contacts`` ranks and schedules,
``infoint.io`` reads imports and writes the .ics file, ``infoint.contacts_view`` filters the
table and renders every panel (escaped). Data is read from the store once per change and
ranked once; a filter change only re-renders one page of one HTML table.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import ipywidgets as w

from infoint.cadence import cadence, learner_holidays
from infoint.contacts import (
    Introduction,
    Ranked,
    rank_contacts,
    reminders_for,
    suggest_introducers,
    this_week,
    touch_log,
)
from infoint.contacts_view import (
    ALL,
    CIRCLES,
    SORTS,
    STATUS_EVENTS,
    TablePage,
    TableQuery,
    ask_first_html,
    contact_label,
    download_link,
    field_options,
    introductions_html,
    likely_label,
    next_stage,
    organisation_groups,
    query_table,
    reminders_html,
    search_index,
    status_options,
    table_html,
    timelines,
    touch_log_html,
)
from infoint.matching import Match, merge_into, possible_duplicates
from infoint.model import RELATIONSHIPS, Contact, Learner
from infoint.store import Store
from infoint.ui.common import App, Notice, button, esc, guarded, hint, next_step
from infoint.ui.contacts_form import ContactForm
from infoint.ui.contacts_import import ImportPanel

PROFILE_NB = "00-start-here.ipynb"
NEXT_NB = "02-draft-outreach.ipynb"
ASK_FIRST_LIMIT = 5
NO_PICK = 0  # store ids start at 1
NO_PICK_LABEL = "Choose a contact to edit…"


def intro_html() -> str:
    return (
        "<h2>Your contacts</h2>"
        "<p class='infoint-lead'>Add people circle by circle, or import your connections. "
        "Everything is saved as you go, and the lists of whom to ask first and what is due "
        "this week update with every change.</p>"
    )


class ContactsApp(App):
    """Find, rank and track contacts; import connections; see this week's follow-ups."""

    name = "contacts"

    def __init__(
        self,
        store: Store | None = None,
        *,
        today: date | None = None,
        holidays: tuple[date, ...] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(store, **kwargs)
        self._today = today
        # Explicit dates (tests, an instructor's calendar) win over the learner's country.
        self._holiday_override = tuple(holidays)
        self.holidays: tuple[date, ...] | dict[date, str] = self._holiday_override
        self.duplicates: list[Match] = []
        self._contacts: list[Contact] = []
        self._by_id: dict[int, Contact] = {}
        self._ranked: list[Ranked] = []
        self._index: dict[int, str] = {}
        self._intros: list[Introduction] = []
        self._profile: Learner | None = None
        self._quiet = False  # True while the app itself sets widget values
        self._page = 0
        self.page: TablePage | None = None

        self._profile_hint = w.HTML()
        self._profile_hint.add_class(self.css("profile-hint"))

        circles = self._build_circles()
        ask = self._build_ask_first()
        week = self._build_this_week()
        table = self._build_table()
        self.form = ContactForm(self.css)
        self._wire_form()
        editor = w.VBox([self.form]).add_class("infoint-card")
        editor.add_class(self.css("editor"))
        self.importer = ImportPanel(self.css)
        self.importer.on_confirm(self.confirm_import)
        self.importer.parse_against = lambda: self._contacts
        self.importer.notice = self.notice
        imports = w.VBox(
            [
                w.HTML("<h3>Import your connections</h3>"),
                hint(
                    "A LinkedIn Connections.csv (Settings, Data privacy, Get a copy of your "
                    "data), a Google Contacts CSV, or a vCard (.vcf). You see what would be "
                    "added before anything is saved."
                ),
                self.importer,
            ]
        ).add_class("infoint-card")
        imports.add_class(self.css("import"))
        dupes = self._build_duplicates()
        self._next = next_step(NEXT_NB, "Next: step 2, draft outreach", self.css("next"))
        self.compose(
            w.HTML(intro_html()),
            self._profile_hint,
            self.notice,
            circles,
            imports,
            dupes,
            w.HBox([ask, week]).add_class(self.css("now")),
            table,
            editor,
            self._next,
        )
        self.refresh()
        if not self._contacts:
            self.notice.info("Start with the first circle below: who already knows you?")

    # -- small facts ---------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def contacts(self) -> list[Contact]:
        return list(self._contacts)

    @property
    def ranked(self) -> list[Ranked]:
        return list(self._ranked)

    @property
    def query(self) -> TableQuery:
        return TableQuery(
            search=self.search.value,
            status=self.status_filter.value or ALL,
            field=self.field_filter.value or ALL,
            sort=self.sort.value,
            page=self._page,
        )

    # -- building --------------------------------------------------------------------------

    def _build_circles(self) -> w.VBox:
        self._circle = 0
        self.circle_step = w.HTML()
        self.circle_step.add_class(self.css("circle-step"))
        self.quick_name = w.Text(description="Name", placeholder="Who comes to mind?")
        self.quick_organisation = w.Text(description="Organisation")
        self.quick_role = w.Text(description="Role or job title", placeholder="e.g. Tax Manager")
        self.quick_field = w.Text(description="Field", placeholder="e.g. accounting")
        self.quick_relationship = w.Dropdown(
            description="How you are connected", options=list(RELATIONSHIPS),
            value="professor",
        )
        self.quick_referred_by = w.Text(
            description="Referred or introduced by (optional)", placeholder="who put you in touch"
        )
        for widget, part in (
            (self.quick_name, "quick-name"),
            (self.quick_organisation, "quick-organisation"),
            (self.quick_role, "quick-role"),
            (self.quick_field, "quick-field"),
            (self.quick_relationship, "quick-relationship"),
            (self.quick_referred_by, "quick-referred-by"),
        ):
            widget.add_class(self.css(part))
            widget.add_class("infoint-contacts-quick")
        self.quick_add = button("Add this person", self.css("quick-add"), "primary", "plus")
        self.quick_add.on_click(lambda _b: self.add_quick())
        self.circle_prev = button("Previous circle", self.css("circle-prev"), icon="arrow-left")
        self.circle_next = button("Next circle", self.css("circle-next"), icon="arrow-right")
        self.circle_prev.on_click(lambda _b: self.go_circle(self._circle - 1))
        self.circle_next.on_click(lambda _b: self.go_circle(self._circle + 1))

        self.intros = w.HTML()
        self.intros.add_class(self.css("intros"))
        self.intro_pick = w.Dropdown(description="Ask for an introduction", options=[])
        self.intro_pick.add_class(self.css("intro-pick"))
        self.intro_todo = button("Add as to-do", self.css("intro-todo"), icon="check")
        self.intro_todo.on_click(lambda _b: self.add_intro_todo())
        quick = w.Box(
            [
                self.quick_name,
                self.quick_organisation,
                self.quick_role,
                self.quick_field,
                self.quick_relationship,
                self.quick_referred_by,
            ]
        ).add_class(self.css("quick-row"))
        box = w.VBox(
            [
                w.HTML("<h3>Who could help?</h3>"),
                self.circle_step,
                quick,
                w.HBox([self.quick_add]).add_class("infoint-actions"),
                w.HBox([self.circle_prev, self.circle_next]).add_class("infoint-actions"),
                w.HTML("<h4>Introductions to ask for</h4>"),
                self.intros,
                w.VBox([self.intro_pick, w.HBox([self.intro_todo]).add_class("infoint-actions")])
                .add_class(self.css("intro-box")),
            ]
        ).add_class("infoint-card")
        box.add_class(self.css("circles"))
        return box

    def _build_duplicates(self) -> w.VBox:
        self.duplicates_html = w.HTML()
        self.duplicates_html.add_class(self.css("duplicates"))
        self.duplicate_pick = w.Dropdown(description="Merge which pair", options=[])
        self.duplicate_pick.add_class(self.css("duplicate-pick"))
        self.merge_button = button("Merge these two", self.css("merge"), icon="compress")
        self.merge_button.on_click(lambda _b: self.merge_duplicate(self.duplicate_pick.value))
        self.merge_notice = Notice()
        self.merge_notice.add_class(self.css("merge-notice"))
        box = w.VBox(
            [
                w.HTML("<h3>Possible duplicates</h3>"),
                self.duplicates_html,
                w.HBox([self.duplicate_pick, self.merge_button]).add_class("infoint-actions"),
                self.merge_notice,
            ]
        ).add_class("infoint-card")
        box.add_class(self.css("duplicates-card"))
        self.duplicates_card = box
        return box

    def _build_ask_first(self) -> w.VBox:
        self.ask_first = w.HTML()
        self.ask_first.add_class(self.css("ask-first"))
        box = w.VBox([w.HTML("<h3>Ask first</h3>"), self.ask_first]).add_class("infoint-card")
        box.add_class(self.css("ask-first-card"))
        return box

    def _build_this_week(self) -> w.VBox:
        self.this_week = w.HTML()
        self.this_week.add_class(self.css("this-week"))
        self.ics_link = w.HTML()
        self.ics_link.add_class(self.css("ics-link"))
        box = w.VBox(
            [w.HTML("<h3>This week</h3>"), self.this_week, self.ics_link]
        ).add_class("infoint-card")
        box.add_class(self.css("this-week-card"))
        return box

    def _build_table(self) -> w.VBox:
        self.search = w.Text(
            description="Search", placeholder="name, organisation, role, field, notes"
        )
        self.status_filter = w.Dropdown(description="Status", options=[("All statuses", ALL)])
        self.field_filter = w.Dropdown(description="Field", options=[("All fields", ALL)])
        self.sort = w.Dropdown(description="Sort by", options=list(SORTS), value="priority")
        for widget, part in (
            (self.search, "search"),
            (self.status_filter, "status-filter"),
            (self.field_filter, "field-filter"),
            (self.sort, "sort"),
        ):
            widget.add_class(self.css(part))
            widget.observe(self._on_filter, names="value")
        self.table = w.HTML()
        self.table.add_class(self.css("table"))
        self.table.add_class("infoint-table")
        self.prev_page = button("Previous page", self.css("prev"), icon="chevron-left")
        self.next_page = button("Next page", self.css("next-page"), icon="chevron-right")
        self.prev_page.on_click(lambda _b: self.go_page(self._page - 1))
        self.next_page.on_click(lambda _b: self.go_page(self._page + 1))
        self.pick = w.Dropdown(description="Open a contact from this page", options=[])
        self.pick.add_class(self.css("pick"))
        self.pick.observe(self._on_pick, names="value")
        filters = w.Box(
            [self.search, self.status_filter, self.field_filter, self.sort]
        ).add_class(self.css("filters"))
        box = w.VBox(
            [
                w.HTML("<h3>All your contacts</h3>"),
                filters,
                self.table,
                w.HBox([self.prev_page, self.next_page]).add_class("infoint-actions"),
                self.pick,
            ]
        ).add_class("infoint-card")
        box.add_class(self.css("table-card"))
        return box

    def _wire_form(self) -> None:
        f = self.form
        f.save.on_click(lambda _b: self.save_contact())
        f.new.on_click(lambda _b: self.edit(None))
        f.delete.on_click(lambda _b: self.ask_delete())
        f.confirm_delete.on_click(lambda _b: self.delete_contact())
        f.cancel_delete.on_click(lambda _b: self.cancel_delete())
        f.next_stage.on_click(lambda _b: self.advance())
        f.log_follow_up.on_click(lambda _b: self.log_follow_up())
        f.replied.on_click(lambda _b: self.record_reply())
        f.snooze.on_click(lambda _b: self.snooze_contact())
        f.set_snooze_choices([(c.label, c.days) for c in cadence().snooze_choices])
        f.status.observe(self._on_status, names="value")

    # -- reading and rendering ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the store once, rank once, and redraw every panel."""
        self._contacts = self.store.contacts()
        self._by_id = {c.id: c for c in self._contacts if c.id is not None}
        self._profile = self.store.load_profile()
        self.holidays = self._holiday_override or self._profile_holidays()
        fields = self._profile.fields if self._profile else []
        school = self._profile.school if self._profile else ""
        self._ranked = rank_contacts(self._contacts, fields, school, today=self.today)
        self._index = search_index(self._contacts)
        self._intros = suggest_introducers(self._contacts, fields)
        self._render_profile_hint()
        self._render_circle()
        self._render_intros()
        self.ask_first.value = ask_first_html(self._ranked, ASK_FIRST_LIMIT)
        self._render_week()
        self._render_duplicates()
        self._render_filters()
        self._render_table()
        # The contact being edited may have changed or gone.
        if self.form.contact_id is not None:
            current = self._by_id.get(self.form.contact_id)
            self._quiet = True
            try:
                self.form.show(current)
            finally:
                self._quiet = False
            self._render_stage_buttons()
            self._render_timeline()

    def _profile_holidays(self) -> dict[date, str]:
        p = self._profile
        return learner_holidays(p.country, p.region, self.today) if p else {}

    def _render_duplicates(self) -> None:
        self.duplicates = possible_duplicates(self._contacts)
        if not self.duplicates:
            self.duplicates_card.layout.display = "none"
            return
        self.duplicates_card.layout.display = ""
        items = "".join(f"<li>{esc(likely_label(m))}</li>" for m in self.duplicates[:20])
        more = len(self.duplicates) - 20
        if more > 0:
            items += f"<li>… and {more:,} more</li>"
        self.duplicates_html.value = (
            "<p>These look like the same person. Merging keeps everything you wrote and "
            "fills in what one of them lacks; drafts, meetings and notes move along.</p>"
            f"<ul>{items}</ul>"
        )
        options = [(likely_label(m), i) for i, m in enumerate(self.duplicates)]
        keep = self.duplicate_pick.value
        self.duplicate_pick.options = options
        self.duplicate_pick.value = keep if keep in range(len(options)) else 0

    def _render_timeline(self) -> None:
        cid = self.form.contact_id
        if cid is None:
            self.form.timeline.value = ""
            return
        log = touch_log(self.store.events(cid), self.store.draft_dates(cid))
        self.form.timeline.value = touch_log_html(log)

    def _render_profile_hint(self) -> None:
        p = self._profile
        if p and p.fields:
            fields = ", ".join(p.fields)
            self._profile_hint.value = (
                f"<p class='infoint-hint'>Ranked for {esc(p.name)}: target fields "
                f"<strong>{esc(fields)}</strong>"
                + (f", school <strong>{esc(p.school)}</strong>" if p.school else "")
                + f". <a href='{PROFILE_NB}' target='_self'>Change your profile</a>.</p>"
            )
        else:
            self._profile_hint.value = (
                "<p class='infoint-hint'>Tip: add the fields you are exploring and your school "
                f"in <a href='{PROFILE_NB}' target='_self'>Start here</a>, and the ranking "
                "will favour people who work in them.</p>"
            )

    def _render_circle(self) -> None:
        circle = CIRCLES[self._circle]
        here = [c.name for c in self._contacts if c.relationship == circle.relationship]
        if here:
            shown = ", ".join(here[:8]) + (f" and {len(here) - 8} more" if len(here) > 8 else "")
            already = f"<p class='infoint-hint'>Already added: {esc(shown)}</p>"
        else:
            already = ""
        self.circle_step.value = (
            f"<p class='ii-circle-count'>Circle {self._circle + 1} of {len(CIRCLES)}</p>"
            f"<h4>{esc(circle.title)}</h4><p>{esc(circle.prompt)}</p>{already}"
        )
        self.circle_prev.disabled = self._circle == 0
        self.circle_next.disabled = self._circle == len(CIRCLES) - 1
        if self._circle < len(CIRCLES) - 1:
            self.circle_next.description = f"Next: {CIRCLES[self._circle + 1].title.lower()}"
        else:
            self.circle_next.description = "Last circle"
        self.circle_next.tooltip = self.circle_next.description

    def _render_intros(self) -> None:
        self.intros.value = introductions_html(self._intros)
        open_ones = [s for s in self._intros if s.contact.status != "asked for intro"]
        keep = self.intro_pick.value
        self.intro_pick.options = [(s.text, s.contact.id) for s in open_ones]
        ids = [s.contact.id for s in open_ones]
        self.intro_pick.value = keep if keep in ids else (ids[0] if ids else None)
        self.intro_pick.layout.display = "" if open_ones else "none"
        self.intro_todo.layout.display = "" if open_ones else "none"

    def _render_week(self) -> None:
        today = self.today
        every = reminders_for(
            timelines(self._contacts, self.store.events()), today, self.holidays
        )
        self.reminders = this_week(every, today)
        waiting = [s for s in self._intros if s.contact.status == "asked for intro"]
        later = [r for r in every if r not in self.reminders]
        self.this_week.value = reminders_html(
            self.reminders, today, waiting, later[0] if later else None
        )
        if every:
            from infoint.io.calendar import reminders_to_ics

            learner = self._profile.name if self._profile else ""
            ics = reminders_to_ics(every, learner)
            self.ics_link.value = download_link(
                ics,
                "infoint-reminders.ics",
                f"Add {len(every)} reminder{'s' if len(every) != 1 else ''} to your calendar "
                "(.ics)",
                "text/calendar",
            )
        else:
            self.ics_link.value = ""

    def _render_filters(self) -> None:
        self._quiet = True
        try:
            for dropdown, options in (
                (self.status_filter, status_options(self._contacts)),
                (self.field_filter, field_options(self._contacts)),
            ):
                keep = dropdown.value
                dropdown.options = options
                values = [v for _label, v in options]
                dropdown.value = keep if keep in values else ALL
        finally:
            self._quiet = False

    def _render_table(self) -> None:
        page = query_table(self._ranked, self._index, self.query)
        self.page = page
        self._page = page.page
        groups = (
            organisation_groups(self._contacts) if self.query.sort == "organisation" else None
        )
        self.table.value = table_html(page, self.form.contact_id, groups)
        self.prev_page.disabled = page.page == 0
        self.next_page.disabled = page.page >= page.pages - 1
        # 0, not None: a Dropdown shows a None value as a blank box, not as its label.
        options: list[tuple[str, int]] = [(NO_PICK_LABEL, NO_PICK)]
        options += [(f"{rank}. {contact_label(r.contact)}", r.contact.id) for rank, r in page.rows]
        self._quiet = True
        try:
            self.pick.options = options
            ids = {value for _label, value in options}
            self.pick.value = self.form.contact_id if self.form.contact_id in ids else NO_PICK
        finally:
            self._quiet = False

    def _render_stage_buttons(self) -> None:
        f = self.form
        upcoming = next_stage(f.status.value) if f.contact_id is not None else None
        f.next_stage.layout.display = "" if upcoming else "none"
        if upcoming:
            f.next_stage.description = f"Move to: {upcoming}"
            f.next_stage.tooltip = f.next_stage.description
        f.log_follow_up.layout.display = (
            "" if f.status.value in ("contacted", "follow-up due") else "none"
        )

    # -- table events ------------------------------------------------------------------------

    def _on_filter(self, _change: dict) -> None:
        if self._quiet:
            return
        self._page = 0
        self._render_table()

    def go_page(self, page: int) -> None:
        self._page = max(0, page)
        self._render_table()

    def _on_pick(self, change: dict) -> None:
        if self._quiet or change["new"] in (None, NO_PICK):
            return
        self.edit(self._by_id.get(change["new"]))

    def edit(self, contact: Contact | None) -> None:
        """Open ``contact`` in the editor (None: an empty form for a new contact)."""
        self._quiet = True
        try:
            self.form.show(contact)
        finally:
            self._quiet = False
        self._render_stage_buttons()
        self._render_timeline()
        self._render_table()
        if contact is not None:
            self.notice.info(f"Editing {contact.name}. Changes to the status are saved at once.")

    # -- guided circles --------------------------------------------------------------------

    def go_circle(self, index: int) -> None:
        self._circle = min(max(0, index), len(CIRCLES) - 1)
        self.quick_relationship.value = CIRCLES[self._circle].relationship
        self._render_circle()

    @guarded
    def add_quick(self) -> Contact:
        contact = Contact(
            name=self.quick_name.value,
            organisation=self.quick_organisation.value,
            role=self.quick_role.value,
            field=self.quick_field.value,
            relationship=self.quick_relationship.value,
            referred_by=self.quick_referred_by.value,
        )
        saved = self.store.add_contact(contact)
        for box in (
            self.quick_name,
            self.quick_organisation,
            self.quick_role,
            self.quick_field,
            self.quick_referred_by,
        ):
            box.value = ""
        self.refresh()
        self.notice.success(f"Added {saved.name} ({saved.relationship}). Who else comes to mind?")
        return saved

    @guarded
    def add_intro_todo(self) -> None:
        contact_id = self.intro_pick.value
        if contact_id is None:
            self.notice.error("Choose whom to ask for an introduction first.")
            return
        text = next((s.text for s in self._intros if s.contact.id == contact_id), "")
        self.store.set_status(
            contact_id, "asked for intro", on=self.today, event_kind="asked for intro"
        )
        self.refresh()
        self.notice.success(f"Added to this week: {text}.")

    # -- editing ----------------------------------------------------------------------------

    @guarded
    def save_contact(self) -> Contact:
        contact = self.form.read()
        if contact.id is None:
            wanted = contact.status
            contact.status = "identified"
            saved = self.store.add_contact(contact)
            if wanted != "identified":
                saved = self.store.set_status(
                    saved.id, wanted, on=self.today, event_kind=STATUS_EVENTS.get(wanted, "")
                )
            self.form.contact_id = saved.id
            self.notice.success(f"Added {saved.name}.")
        else:
            saved = self.store.update_contact(contact)
            self.notice.success(f"Saved changes to {saved.name}.")
        self.refresh()
        return saved

    def _on_status(self, change: dict) -> None:
        if self._quiet:
            return
        self._render_stage_buttons()
        if self.form.contact_id is not None:
            self.set_status(change["new"])

    @guarded
    def set_status(self, status: str) -> Contact | None:
        """Move the contact being edited to ``status`` now, recording the dated event."""
        contact_id = self.form.contact_id
        if contact_id is None:
            return None
        kind = STATUS_EVENTS.get(status, "")
        saved = self.store.set_status(contact_id, status, on=self.today, event_kind=kind)
        self.refresh()
        recorded = f" (recorded {self.today:%d %b})" if kind else ""
        self.notice.success(f"{saved.name} is now: {status}{recorded}.")
        return saved

    def advance(self) -> None:
        upcoming = next_stage(self.form.status.value)
        if upcoming and self.form.contact_id is not None:
            self.form.status.value = upcoming  # the observer saves it

    @guarded
    def log_follow_up(self) -> None:
        contact_id = self.form.contact_id
        if contact_id is None:
            return
        done = [e for e in self.store.events(contact_id) if e["kind"] == "followed up"]
        if done:
            self.notice.info(
                "You already followed up once. One follow-up is enough: give them room, "
                "or try someone else at the organisation."
            )
            return
        self.store.add_event(contact_id, "followed up", self.today)
        self.refresh()
        self.notice.success("Follow-up recorded. No more reminders to chase this person.")

    @guarded
    def record_reply(self) -> None:
        """They answered: the no-reply reminders (second contact, follow-up) stop."""
        contact = self._by_id.get(self.form.contact_id or -1)
        if contact is None or contact.id is None:
            return
        self.store.add_event(contact.id, "replied", self.today)
        self.refresh()
        self.notice.success(
            f"Reply from {contact.name} recorded: no more no-reply reminders for them. "
            "When you agree a time, move them to 'meeting scheduled'."
        )

    @guarded
    def snooze_contact(self, until: date | None = None) -> date | None:
        """Hold this person's reminders until ``until`` (or the form's choice)."""
        contact = self._by_id.get(self.form.contact_id or -1)
        if contact is None or contact.id is None:
            return None
        if until is None:
            days = self.form.snooze_choice.value
            until = self.form.snooze_date.value if days == 0 else (
                self.today + timedelta(days=int(days))
            )
        limit = cadence().snooze_max_days
        if until is None:
            self.notice.error("Pick the day the reminders should come back.")
            return None
        if until <= self.today:
            self.notice.error("Pick a day after today to snooze until.")
            return None
        if until > self.today + timedelta(days=limit):
            self.notice.error(f"Snooze for at most {limit} days; pick an earlier day.")
            return None
        self.store.add_event(contact.id, "snoozed", until)
        self.refresh()
        self.notice.success(
            f"Reminders for {contact.name} are snoozed until {until:%a %d %b}. "
            "They come back in 'This week' then."
        )
        return until

    @guarded
    def merge_duplicate(self, index: int | None) -> Contact | None:
        """Merge the pair ``index`` of :attr:`duplicates`: the older contact stays."""
        if index is None or not 0 <= index < len(self.duplicates):
            self.merge_notice.error("Choose a pair to merge first.")
            return None
        match = self.duplicates[index]
        keep, drop = match.existing, match.incoming
        merged, _fields = merge_into(keep, drop)
        assert drop.id is not None
        saved = self.store.merge_contacts(merged, drop.id)
        if self.form.contact_id == drop.id:
            self.form.contact_id = keep.id
        self.refresh()
        self.merge_notice.success(f"Merged {drop.name} into {saved.name}.")
        self.notice.success(f"Merged {drop.name} into {saved.name}.")
        return saved

    def ask_delete(self) -> None:
        contact = self._by_id.get(self.form.contact_id or -1)
        if contact is None:
            return
        self.form.confirm_text.value = (
            f"<p><strong>Delete {esc(contact.name)}</strong> and their history (messages "
            "sent, meetings)? This cannot be undone.</p>"
        )
        self.form.confirm_row.layout.display = ""

    def cancel_delete(self) -> None:
        self.form.confirm_row.layout.display = "none"
        self.notice.info("Nothing was deleted.")

    @guarded
    def delete_contact(self) -> None:
        contact = self._by_id.get(self.form.contact_id or -1)
        if contact is None or contact.id is None:
            return
        self.store.delete_contact(contact.id)
        self.edit(None)
        self.refresh()
        self.notice.success(f"Deleted {contact.name}.")

    # -- import ------------------------------------------------------------------------------

    @guarded
    def confirm_import(self) -> list[Contact]:
        pending = self.importer.pending
        if pending is None:
            self.notice.error("Choose a file to import first.")
            return []
        # Check duplicates again against the store as it is now: another tab may have
        # added contacts since the preview.
        from infoint.io.importers import preview_import

        fresh = preview_import(pending.parsed, self.store.contacts())
        separate = {id(pending.preview.likely[i].incoming) for i in self.importer.keep_both()}
        plan = fresh.plan(i for i, m in enumerate(fresh.likely) if id(m.incoming) in separate)
        saved, _updated = self.store.apply_import(plan.new, plan.updates)
        self.importer.reset()
        self.refresh()
        self.notice.success(f"{plan.summary()} from {pending.filename}. They are ranked below.")
        return saved
