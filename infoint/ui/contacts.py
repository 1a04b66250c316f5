"""Step 1, find contacts: whom to ask first, whom to ask for introductions, what is due.

The view only builds widgets and links them to :class:`infoint.steps.contacts.ContactsModel`:
a widget event calls one model action, and :meth:`ContactsApp.render` draws the model's
state with the markup of :mod:`infoint.ui.contacts_html`. The model's message is shown by
the button that caused it: the app's one notice moves to that part of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import ipywidgets as w

from infoint.cadence import cadence
from infoint.contacts import Ranked, Reminder
from infoint.contacts_view import ALL, CIRCLES, SORTS, TablePage
from infoint.matching import Match
from infoint.model import RELATIONSHIPS, Contact
from infoint.steps.contacts import ContactsModel, Place
from infoint.store import Store
from infoint.ui.common import (
    App,
    button,
    download_link,
    explain,
    fixed,
    fixed_html,
    guarded,
    hint,
    next_step,
)
from infoint.ui.contacts_form import ContactForm
from infoint.ui.contacts_html import (
    ask_first_html,
    circle_html,
    duplicates_html,
    intro_html,
    introductions_html,
    profile_hint_html,
    reminders_html,
    touch_log_html,
)
from infoint.ui.contacts_table import ContactsTable
from infoint.ui.later import BuiltLater, Later

PROFILE_NB = "00-start-here.ipynb"
W = TypeVar("W", bound=w.Widget)
NEXT_NB = "02-draft-outreach.ipynb"
ASK_FIRST_LIMIT = 5


def _card(css: str, *children: w.Widget, hides: bool = False) -> w.VBox:
    classes = ("infoint-card", css)
    if hides:
        return w.VBox(list(children), _dom_classes=classes)
    return fixed(w.VBox, list(children), classes=classes)


class ContactsApp(App):
    """Find, rank and track contacts; import connections; see this week's follow-ups."""

    name = "contacts"

    # Made with the cards under the circles (see _build_lower): reading one builds them.
    importer = BuiltLater("lower")
    ask_first = BuiltLater("lower")
    this_week = BuiltLater("lower")
    ics_link = BuiltLater("lower")
    duplicates_card = BuiltLater("lower")
    duplicates_html = BuiltLater("lower")
    duplicate_pick = BuiltLater("lower")
    merge_button = BuiltLater("lower")
    merge_slot = BuiltLater("lower")
    search = BuiltLater("lower")
    status_filter = BuiltLater("lower")
    field_filter = BuiltLater("lower")
    sort = BuiltLater("lower")
    table = BuiltLater("lower")
    prev_page = BuiltLater("lower")
    next_page = BuiltLater("lower")

    def __init__(
        self,
        store: Store | None = None,
        *,
        today: date | None = None,
        holidays: tuple[date, ...] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(store, **kwargs)
        self.model = ContactsModel(self.store, today=today, holidays=holidays)
        self._quiet = False  # True while the view itself sets widget values
        self.profile_hint = fixed(w.HTML, classes=(self.css("profile-hint"),))
        circles = self._build_circles()
        # The form is built when a contact is first opened (see form); the cards under the
        # circles (import, duplicates, ask first, this week, the table) in the first turn
        # after the page is live (infoint.ui.later): below the first screen at any width,
        # they were three quarters of the page's widget models.
        self._form: ContactForm | None = None
        self._editor: w.VBox | None = None
        self.lower = Later(self._build_lower, classes=(self.css("lower"),))
        self.page_slot = fixed(w.VBox, [self.notice])
        # Where the one notice goes for each part of the page (the model's Message.place);
        # the editor's two ("status", "editor") join when the editor is built, the lower
        # cards' three ("import", "duplicates", "table") when they are.
        self.slots: dict[Place, w.Box] = {
            "page": self.page_slot,
            "add": self.add_slot,
            "intro": self.intro_slot,
        }
        self.compose(
            fixed_html(intro_html()),
            self.profile_hint,
            self.page_slot,
            circles,
            self.lower.box,
            next_step(NEXT_NB, "Next: step 2, draft outreach", self.css("next")),
        )
        self.render()
        if not self.model.contacts:
            self.show_notice(
                "add", "info", "Start with the first circle below: who already knows you?"
            )
        self.lower.schedule(self.stopped)

    def _build_lower(self) -> list[w.Widget]:
        """The cards under the circles, filled from the model (see :attr:`lower`)."""
        # The file readers (vCard's parser among them) load with the card that uses them.
        from infoint.ui.contacts_import import ImportPanel

        self.importer = ImportPanel(self.css)
        self._wire_import()
        imports = _card(
            self.css("import"),
            fixed_html("<h3>Import your connections</h3>"),
            hint(
                "A LinkedIn Connections.csv (Settings, Data privacy, Get a copy of your "
                "data), a Google Contacts CSV, or a vCard (.vcf). You see what would be "
                "added before anything is saved."
            ),
            self.importer,
        )
        dupes = self._build_duplicates()
        self.ask_first = fixed(w.HTML, classes=(self.css("ask-first"),))
        ask = _card(self.css("ask-first-card"), fixed_html("<h3>Ask first</h3>"), self.ask_first)
        self.this_week = fixed(w.HTML, classes=(self.css("this-week"),))
        self.ics_link = fixed(w.HTML, classes=(self.css("ics-link"),))
        week = _card(
            self.css("this-week-card"), fixed_html("<h3>This week</h3>"), self.this_week,
            self.ics_link,
        )
        table = self._build_table()
        self.slots.update({
            "import": self.importer.notice_slot,
            "duplicates": self.merge_slot,
            "table": self.table.notice_slot,
        })
        self._render_lower(imported=True)
        return [imports, dupes, fixed(w.HBox, [ask, week], classes=(self.css("now"),)), table]

    # -- what tests and the workshop read ---------------------------------------------------

    @property
    def form(self) -> ContactForm:
        """The contact editor's form, built the first time it is needed (a contact opened).

        Built at start, its ~100 widget models were sent to every page and made by the
        browser before the page showed, for an editor that is not on the page until a row
        is chosen.
        """
        if self._form is None:
            self._form = ContactForm(self.css)
            self._editor = _card(self.css("editor"), self._form)
            self._wire_form()
            self.slots["status"] = self._form.status_slot
            self.slots["editor"] = self._form.notice_slot
        return self._form

    @property
    def editor(self) -> w.VBox:
        """The card around :attr:`form`, shown under the chosen row."""
        self.form  # noqa: B018 - builds it
        assert self._editor is not None
        return self._editor

    @property
    def contacts(self) -> list[Contact]:
        return list(self.model.contacts)

    @property
    def ranked(self) -> list[Ranked]:
        return list(self.model.ranked)

    @property
    def reminders(self) -> list[Reminder]:
        return list(self.model.reminders)

    @property
    def duplicates(self) -> list[Match]:
        return list(self.model.duplicates)

    @property
    def page(self) -> TablePage:
        return self.model.page

    # -- building --------------------------------------------------------------------------

    def _build_circles(self) -> w.VBox:
        self.circle_step = fixed(w.HTML, classes=(self.css("circle-step"),))
        def quick(cls: type[W], part: str, **kwargs: Any) -> W:
            return fixed(cls, classes=(self.css(part), "infoint-contacts-quick"), **kwargs)

        self.quick_name = quick(w.Text, "quick-name", description="Name",
                                placeholder="Who comes to mind?")
        self.quick_organisation = quick(w.Text, "quick-organisation", description="Organisation")
        self.quick_role = quick(w.Text, "quick-role", description="Role or job title",
                                placeholder="e.g. Tax Manager")
        self.quick_field = quick(w.Text, "quick-field", description="Field",
                                 placeholder="e.g. accounting")
        self.quick_relationship = quick(
            w.Dropdown, "quick-relationship",
            description="How you are connected", options=list(RELATIONSHIPS),
            value=CIRCLES[0].relationship,
        )
        self.quick_referred_by = quick(
            w.Text, "quick-referred-by",
            description="Referred or introduced by (optional)", placeholder="who put you in touch"
        )
        self.quick_fields = (
            self.quick_name, self.quick_organisation, self.quick_role, self.quick_field,
            self.quick_relationship, self.quick_referred_by,
        )
        self.quick_add = button("Add this person", self.css("quick-add"), "primary", "plus")
        self.quick_add.on_click(lambda _b: self.add_quick())
        self.add_slot = fixed(w.VBox, classes=(self.css("add-notice"),))
        self.circle_prev = button("Previous circle", self.css("circle-prev"), icon="arrow-left")
        self.circle_next = button("Next circle", self.css("circle-next"), icon="arrow-right")
        self.circle_prev.on_click(lambda _b: self.go_circle(self.model.circle - 1))
        self.circle_next.on_click(lambda _b: self.go_circle(self.model.circle + 1))

        self.intros = fixed(w.HTML, classes=(self.css("intros"),))
        self.intro_pick = w.Dropdown(description="Ask for an introduction", options=[],
                                     _dom_classes=(self.css("intro-pick"),))  # hides
        self.intro_todo = button("Add as to-do", self.css("intro-todo"), icon="check",
                                 hides=True)
        self.intro_todo.on_click(lambda _b: self.act(
            lambda: self.model.ask_introduction(self.intro_pick.value)))
        self.intro_slot = fixed(w.VBox, classes=(self.css("intro-notice"),))
        return _card(
            self.css("circles"),
            fixed_html("<h3>Who could help?</h3>"),
            self.circle_step,
            w.Box(list(self.quick_fields), _dom_classes=(self.css("quick-row"),)),
            fixed(w.HBox, [self.quick_add], classes=("infoint-actions",)),
            self.add_slot,
            fixed(w.HBox, [self.circle_prev, self.circle_next], classes=("infoint-actions",)),
            fixed(w.HTML, "<h4>Introductions to ask for</h4>"),
            self.intros,
            fixed(w.VBox, [
                self.intro_pick,
                fixed(w.HBox, [self.intro_todo], classes=("infoint-actions",)),
                self.intro_slot,
            ], classes=(self.css("intro-box"),)),
        )

    def _build_duplicates(self) -> w.VBox:
        self.duplicates_html = fixed(w.HTML, classes=(self.css("duplicates"),))
        self.duplicate_pick = fixed(w.Dropdown, description="Merge which pair", options=[],
                                    classes=(self.css("duplicate-pick"),))
        self.merge_button = button("Merge these two", self.css("merge"), icon="compress")
        self.merge_button.on_click(lambda _b: self.act(
            lambda: self.model.merge_duplicate(self.duplicate_pick.value)))
        self.merge_slot = fixed(w.VBox, classes=(self.css("merge-notice"),))
        self.duplicates_card = _card(
            self.css("duplicates-card"),
            fixed_html("<h3>Possible duplicates</h3>"),
            self.duplicates_html,
            fixed(w.HBox, [self.duplicate_pick, self.merge_button], classes=("infoint-actions",)),
            self.merge_slot,
            hides=True,
        )
        return self.duplicates_card

    def _build_table(self) -> w.VBox:
        self.search = fixed(
            w.Text,
            description="Search", placeholder="name, organisation, role, field, notes",
                            classes=(self.css("search"),))
        self.status_filter = fixed(w.Dropdown, description="Status",
                                               options=[("All statuses", ALL)],
                                   classes=(self.css("status-filter"),))
        self.field_filter = fixed(w.Dropdown, description="Field", options=[("All fields", ALL)],
                                  classes=(self.css("field-filter"),))
        self.sort = fixed(w.Dropdown, description="Sort by", options=list(SORTS), value="priority",
                          classes=(self.css("sort"),))
        for widget, key in (
            (self.search, "search"),
            (self.status_filter, "status"),
            (self.field_filter, "field"),
            (self.sort, "sort"),
        ):
            widget.observe(lambda change, key=key: self._on_filter(key, change["new"]),
                           names="value")
        self.table = ContactsTable(self.css, self.open_contact)
        self.prev_page = button("Previous page", self.css("prev"), icon="chevron-left")
        self.next_page = button("Next page", self.css("next-page"), icon="chevron-right")
        self.prev_page.on_click(lambda _b: self.go_page(self.model.page.page - 1))
        self.next_page.on_click(lambda _b: self.go_page(self.model.page.page + 1))
        filters = w.Box(
            [self.search, self.status_filter, self.field_filter, self.sort],
                        _dom_classes=(self.css("filters"),))
        return _card(
            self.css("table-card"),
            fixed_html("<h3>All your contacts</h3>"),
            hint("Choose a name to open that person: details, status and timeline."),
            filters,
            self.table,
            fixed(w.HBox, [self.prev_page, self.next_page], classes=("infoint-actions",)),
        )

    def _wire_form(self) -> None:
        f, m = self.form, self.model
        f.save.on_click(lambda _b: self.save_contact())
        f.close.on_click(lambda _b: self.open_contact(None))
        f.delete.on_click(lambda _b: m.selected and f.ask_delete(m.selected))
        f.confirm_delete.on_click(lambda _b: self.delete_contact())
        f.cancel_delete.on_click(lambda _b: self._cancel_delete())
        f.next_stage.on_click(lambda _b: self.act(m.advance))
        f.log_follow_up.on_click(lambda _b: self.act(m.log_follow_up))
        f.replied.on_click(lambda _b: self.act(m.mark_replied))
        f.snooze.on_click(lambda _b: self.act(self._snooze))
        f.set_snooze_choices([(c.label, c.days) for c in cadence().snooze_choices])
        f.status.observe(self._on_status, names="value")

    def _wire_import(self) -> None:
        panel, m = self.importer, self.model
        panel.upload.observe(self._on_upload, names="value")
        for dropdown in (panel.encoding, panel.separator):
            dropdown.observe(self._on_reading_choice, names="value")
        panel.confirm.on_click(lambda _b: self.act(m.confirm_import, imported=True))
        panel.cancel.on_click(lambda _b: self.act(m.cancel_import, imported=True))

    # -- linking: every event is one model action, then one render ------------------------------

    @guarded
    def act(self, action: Callable[[], object], *, imported: bool = False) -> object:
        """Run a model action, redraw, and show its message by the button that caused it."""
        self.model.message = None
        result = action()
        self.render(imported=imported)
        return result

    def _on_filter(self, key: str, value: object) -> None:
        if not self._quiet:
            self.model.set_query(**{key: value})
            self._render_table()

    def go_page(self, page: int) -> None:
        self.model.go_page(page)
        self._render_table()

    def open_contact(self, contact_id: int | None) -> None:
        """Choose a row: the contact opens under it (choosing it again closes it)."""
        again = contact_id is not None and contact_id == self.model.selected_id
        self.act(lambda: self.model.select(None if again else contact_id))

    def edit(self, contact: Contact | None) -> None:
        """Open ``contact`` (None closes the editor)."""
        self.open_contact(contact.id if contact else None)

    def go_circle(self, index: int) -> None:
        circle = self.model.go_circle(index)
        self.quick_relationship.value = circle.relationship
        self._render_circle()

    def add_quick(self) -> Contact | None:
        contact = self._quick_contact()
        saved = self.act(lambda: self.model.add(contact) if contact else None)
        if saved is not None:
            for box in self.quick_fields:
                if box is not self.quick_relationship:
                    box.value = ""
        return saved  # type: ignore[return-value]

    def _quick_contact(self) -> Contact | None:
        from infoint.model import ValidationError

        try:
            return Contact(
                name=self.quick_name.value,
                organisation=self.quick_organisation.value,
                role=self.quick_role.value,
                field=self.quick_field.value,
                relationship=self.quick_relationship.value,
                referred_by=self.quick_referred_by.value,
            )
        except ValidationError as error:
            self.show_notice("add", "error", explain(error))
            return None

    def save_contact(self) -> Contact | None:
        from infoint.model import ValidationError

        try:
            contact = self.form.read()
        except ValidationError as error:  # what the learner typed stays, to be fixed
            self.show_notice("editor", "error", explain(error))
            return None
        return self.act(lambda: self.model.save(contact))  # type: ignore[return-value]

    def _on_status(self, change: dict) -> None:
        if not self._quiet and self.model.selected is not None:
            self.act(lambda: self.model.set_status(change["new"]))

    def _snooze(self) -> date | None:
        days = self.form.snooze_choice.value
        if days == 0:
            return self.model.snooze_until(self.form.snooze_date.value)
        return self.model.snooze_for(int(days))

    def delete_contact(self) -> bool:
        """Delete the open contact (what "Yes, delete" does after the question)."""
        return bool(self.act(self.model.delete))

    def _cancel_delete(self) -> None:
        self.form.confirm_row.layout.display = "none"
        self.show_notice("editor", "info", "Nothing was deleted.")

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        first = files[0]
        data, name = bytes(first["content"]), str(first.get("name", ""))
        # The model keeps the bytes; emptying the upload lets the same file be chosen again.
        self.importer.upload.value = ()
        self.act(lambda: self.model.preview_import(data, name), imported=True)

    def _on_reading_choice(self, _change: dict) -> None:
        if self._quiet:
            return
        panel = self.importer
        self.act(lambda: self.model.reread(panel.encoding.value or None,
                                            panel.separator.value or None), imported=True)

    def refresh(self) -> None:
        """Read the store again (another tab, a test) and redraw."""
        self.model.refresh()
        self.render()

    # -- drawing the model -------------------------------------------------------------------

    def render(self, *, imported: bool = True) -> None:
        m = self.model
        self.profile_hint.value = profile_hint_html(m.profile, PROFILE_NB)
        self._render_circle()
        self._render_intros()
        if self.lower.built:
            self._render_lower(imported=imported)
        self._show_message()

    def _render_lower(self, *, imported: bool) -> None:
        m = self.model
        self.ask_first.value = ask_first_html(m.ranked, ASK_FIRST_LIMIT)
        self._render_week()
        self._render_duplicates()
        self._render_filters()
        self._render_editor()
        self._render_table()
        if imported:
            self._quiet = True
            try:
                self.importer.set_reading(m.encoding, m.delimiter)
                self.importer.show(m, m.keep_both)
            finally:
                self._quiet = False

    @property
    def notice_place(self) -> Place:
        """The part of the page the notice is in now."""
        return next(p for p, slot in self.slots.items() if self.notice in slot.children)

    def show_notice(self, place: Place, level: str, text: str) -> None:
        """Say ``text`` by the buttons of ``place``: the one notice moves there."""
        if place in ("status", "editor"):
            self.form  # noqa: B018 - builds the editor, whose slots these are
        elif place not in self.slots:
            self.lower.ensure()  # the cards whose slots these are
        for slot in self.slots.values():
            if slot is not self.slots[place] and slot.children:
                slot.children = ()
        self.slots[place].children = (self.notice,)
        self.notice.show(level, text)

    def _show_message(self) -> None:
        msg = self.model.message
        if msg is not None:
            text = explain(msg.error) if msg.error is not None else msg.text
            self.show_notice(msg.place, msg.level, text)

    def _render_circle(self) -> None:
        m = self.model
        position = m.circle
        self.circle_step.value = circle_html(m.current_circle, position, len(CIRCLES),
                                             m.in_circle())
        self.circle_prev.disabled = position == 0
        self.circle_next.disabled = position == len(CIRCLES) - 1
        if position < len(CIRCLES) - 1:
            self.circle_next.description = f"Next: {CIRCLES[position + 1].title.lower()}"
        else:
            self.circle_next.description = "Last circle"
        self.circle_next.tooltip = self.circle_next.description

    def _render_intros(self) -> None:
        m = self.model
        self.intros.value = introductions_html(m.introductions)
        open_ones = m.open_introductions
        keep = self.intro_pick.value
        self.intro_pick.options = [(s.text, s.contact.id) for s in open_ones]
        ids = [s.contact.id for s in open_ones]
        self.intro_pick.value = keep if keep in ids else (ids[0] if ids else None)
        self.intro_pick.layout.display = "" if open_ones else "none"
        self.intro_todo.layout.display = "" if open_ones else "none"

    def _render_week(self) -> None:
        m = self.model
        self.this_week.value = reminders_html(
            m.reminders, m.today, m.waiting_introductions, m.next_reminder
        )
        n = len(m.all_reminders)
        self.ics_link.value = download_link(
            m.reminders_ics(), "infoint-reminders.ics", "text/calendar",
            f"Add {n} reminder{'s' if n != 1 else ''} to your calendar (.ics)",
        ) if n else ""

    def _render_duplicates(self) -> None:
        dupes = self.model.duplicates
        self.duplicates_card.layout.display = "" if dupes else "none"
        if not dupes:
            return
        from infoint.contacts_view import likely_label

        self.duplicates_html.value = duplicates_html(dupes)
        keep = self.duplicate_pick.value
        self.duplicate_pick.options = [(likely_label(m), i) for i, m in enumerate(dupes)]
        self.duplicate_pick.value = keep if keep in range(len(dupes)) else 0

    def _render_filters(self) -> None:
        m = self.model
        self._quiet = True
        try:
            self.status_filter.options = m.status_options
            self.status_filter.value = m.query.status
            self.field_filter.options = m.field_options
            self.field_filter.value = m.query.field
        finally:
            self._quiet = False

    def _render_table(self) -> None:
        m = self.model
        page = m.page
        editor = self.editor if m.selected_id is not None else None
        self.table.show(page, m.selected_id, editor, m.groups)
        self.prev_page.disabled = page.page == 0
        self.next_page.disabled = page.page >= page.pages - 1

    def _render_editor(self) -> None:
        m = self.model
        contact = m.selected
        if contact is None and self._form is None:
            return  # nothing open, and no editor built yet to empty
        f = self.form
        msg = m.message
        # A refused save keeps what the learner typed, so they can fix it.
        keep_typing = msg is not None and msg.level == "error" and f.contact_id == m.selected_id
        if not keep_typing:
            self._quiet = True
            try:
                f.show(contact)
            finally:
                self._quiet = False
        upcoming = m.next_stage
        f.next_stage.layout.display = "" if upcoming else "none"
        if upcoming:
            f.next_stage.description = f"Move to: {upcoming}"
            f.next_stage.tooltip = f.next_stage.description
        f.log_follow_up.layout.display = "" if m.can_log_follow_up else "none"
        f.timeline.value = touch_log_html(m.timeline) if contact else ""


__all__ = ["ContactsApp"]
