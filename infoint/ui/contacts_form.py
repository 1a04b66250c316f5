"""The editor of the contact chosen in the table: every field of a Contact, no store access.

The form only turns widgets into a :class:`Contact` and back; the model decides what to
save. It edits people already in the list: new people are added in one place, the
"Who could help?" form at the top of the step.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from infoint.model import PIPELINE, RELATIONSHIPS, Contact
from infoint.ui.common import button, fixed
from infoint.ui.contacts_html import delete_question_html, editor_title_html


class ContactForm(w.VBox):
    """Name, organisation, role, field, email, phone, web, how connected, notes, status."""

    def __init__(self, css: Callable[[str], str]) -> None:
        super().__init__()
        self.contact_id: int | None = None
        self.source = "manual"
        self.title = fixed(w.HTML, classes=(css("editor-title"),))
        self.name = fixed(w.Text, description="Name", placeholder="e.g. Alan Wilson",
                          classes=(css("name"),))
        self.organisation = fixed(w.Text, description="Organisation",
                                          placeholder="e.g. Green & Hale LLP",
                                  classes=(css("organisation"),))
        self.role = fixed(w.Text, description="Role or job title",
                                  placeholder="e.g. Senior Accountant", classes=(css("role"),))
        self.field = fixed(w.Text, description="Field", placeholder="e.g. accounting",
                           classes=(css("field"),))
        self.email = fixed(w.Text, description="Email", classes=(css("email"),))
        self.phone = fixed(w.Text, description="Phone", classes=(css("phone"),))
        self.url = fixed(w.Text, description="Web or LinkedIn address", placeholder="https://...",
                         classes=(css("url"),))
        self.relationship = fixed(
            w.Dropdown,
            description="How you are connected", options=list(RELATIONSHIPS), value="friend",
                                  classes=(css("relationship"),))
        self.referred_by = fixed(
            w.Text,
            description="Referred or introduced by", placeholder="e.g. Professor Wilson",
                                 classes=(css("referred-by"),))
        self.connected_on = fixed(w.DatePicker, description="Connected on (optional)",
                                  classes=(css("connected-on"),))
        self.notes = fixed(
            w.Textarea,
            description="Notes", placeholder="How you know them, what to ask, what they said",
                           classes=(css("notes"),))
        self.status = fixed(w.Dropdown, description="Status", options=list(PIPELINE),
                                        value="identified", classes=(css("status"),))
        self.save = button("Save changes", css("save"), style="primary", icon="check")
        self.next_stage = button("Next stage", css("next-stage"), icon="arrow-right", hides=True)
        self.log_follow_up = button(
            "I sent my one follow-up", css("log-follow-up"), icon="envelope", hides=True
        )
        self.replied = button("They replied", css("replied"), icon="reply")
        self.replied.tooltip = "Record a reply: the no-reply reminders for this person stop"
        self.close = button("Close", css("close"), icon="times")
        self.delete = button("Delete", css("delete"), style="danger", icon="trash")
        self.confirm_text = fixed(w.HTML)
        self.confirm_delete = button("Yes, delete", css("delete-confirm"), style="danger")
        self.cancel_delete = button("Keep this contact", css("delete-cancel"))
        self.confirm_row = w.VBox(
            [
                self.confirm_text,
                fixed(w.HBox, [self.confirm_delete, self.cancel_delete],
                      classes=("infoint-actions",)),
            ],
            layout=w.Layout(display="none"), _dom_classes=(css("delete-box"),))
        self.stage_row = fixed(
            w.HBox, [self.next_stage, self.replied, self.log_follow_up],
                               classes=("infoint-actions",))
        # Snooze: this person's reminders wait until the chosen day (data/rules/cadence.toml
        # holds the quick choices).
        self.snooze_choice = fixed(w.Dropdown, description="Snooze reminders", options=[],
                                   classes=(css("snooze-choice"),))
        self.snooze_date = w.DatePicker(description="Snooze until",
                                        _dom_classes=(css("snooze-date"),))  # hides
        self.snooze = button("Snooze", css("snooze"), icon="clock-o")
        self.snooze_row = w.Box(
            [self.snooze_choice, self.snooze_date, self.snooze],
            _dom_classes=(css("snooze-row"), "infoint-actions"))
        self.snooze_choice.observe(self._on_snooze_choice, names="value")
        # The app's notice moves here when the buttons above (status, reply, follow-up,
        # snooze) or below (save, delete) did something: it shows by them.
        self.status_slot = fixed(w.VBox, classes=(css("status-notice"),))
        self.notice_slot = fixed(w.VBox, classes=(css("editor-notice"),))
        self.timeline = fixed(w.HTML, classes=(css("timeline"),))
        self.timeline_box = fixed(w.VBox, [fixed(w.HTML, "<h4>Timeline</h4>"), self.timeline],
                                  classes=(css("timeline-box"),))
        details = w.Box(
            [
                self.name,
                self.organisation,
                self.role,
                self.field,
                self.relationship,
                self.referred_by,
                self.email,
                self.phone,
                self.url,
                self.connected_on,
            ], _dom_classes=(css("grid"),))
        # Status first: moving someone along the pipeline is the most frequent edit.
        self.children = [
            self.title,
            self.status,
            self.stage_row,
            self.snooze_row,
            self.status_slot,
            self.timeline_box,
            details,
            self.notes,
            fixed(w.HBox, [self.save, self.close, self.delete], classes=("infoint-actions",)),
            self.confirm_row,
            self.notice_slot,
        ]
        self.show(None)

    def show(self, contact: Contact | None) -> None:
        """Fill the form from ``contact``, or empty it for a new one."""
        c = contact or Contact(name="new", relationship="friend")
        self.contact_id = contact.id if contact else None
        self.source = c.source
        self.name.value = contact.name if contact else ""
        self.organisation.value = c.organisation
        self.role.value = c.role
        self.field.value = c.field
        self.email.value = c.email
        self.phone.value = c.phone
        self.url.value = c.url
        self.relationship.value = c.relationship
        self.referred_by.value = c.referred_by
        self.connected_on.value = c.connected_on
        self.notes.value = c.notes
        self.status.value = c.status
        self.confirm_row.layout.display = "none"
        self.title.value = editor_title_html(contact) if contact else ""

    def ask_delete(self, contact: Contact) -> None:
        self.confirm_text.value = delete_question_html(contact)
        self.confirm_row.layout.display = ""

    def set_snooze_choices(self, choices: list[tuple[str, int]]) -> None:
        """(label, days) quick choices; "Pick a date" (0) shows the date picker."""
        self.snooze_choice.options = [*choices, ("Pick a date", 0)]
        self.snooze_choice.value = choices[0][1] if choices else 0
        self._on_snooze_choice({"new": self.snooze_choice.value})

    def _on_snooze_choice(self, change: dict) -> None:
        self.snooze_date.layout.display = "" if change["new"] == 0 else "none"

    def read(self) -> Contact:
        """A validated Contact from the widgets (raises ValidationError naming the field)."""
        return Contact(
            name=self.name.value,
            organisation=self.organisation.value,
            role=self.role.value,
            field=self.field.value,
            email=self.email.value,
            phone=self.phone.value,
            url=self.url.value,
            relationship=self.relationship.value,
            referred_by=self.referred_by.value,
            notes=self.notes.value,
            status=self.status.value,
            source=self.source,
            connected_on=self.connected_on.value,
            id=self.contact_id,
        )
