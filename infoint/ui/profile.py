"""Start here: the learner's profile, and a map of the five steps ahead."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from infoint.cadence import country_choices, default_country, region_choices
from infoint.model import MEETING_LENGTHS, MEETING_MODES, Learner
from infoint.store import Store
from infoint.ui.common import App, button, guarded, hint, next_step
from infoint.ui.your_data import YourData

NEXT_STEP = "01-find-contacts.ipynb"


def intro_html() -> str:
    return (
        "<h2>About you</h2>"
        "<p>The steps use this profile to fill in drafts, suggest questions and size the "
        "meeting. It stays in your own store; your instructor sees a reflection only if "
        "you choose to share it.</p>"
    )


class ProfileApp(App):
    """Edit and save the learner's profile."""

    name = "profile"

    def __init__(self, store: Store | None = None, **kwargs: Any) -> None:
        super().__init__(store, **kwargs)
        self._name = w.Text(description="Your name", placeholder="e.g. Maya Okafor")
        self._school = w.Text(
            description="School or programme", placeholder="e.g. State University, BSc Nursing"
        )
        self._fields = w.Text(
            description="Fields you are exploring",
            placeholder="e.g. accounting, nursing",
        )
        self._goals = w.Textarea(
            description="What you want to learn",
            placeholder="e.g. what a normal week looks like, and which qualifications matter",
        )
        self._minutes = w.ToggleButtons(
            description="Meeting length",
            options=[(f"{m} minutes", m) for m in MEETING_LENGTHS],
            value=20,
        )
        self._mode = w.ToggleButtons(
            description="Meeting preference",
            options=[(m.capitalize(), m) for m in MEETING_MODES],
            value="in person",
        )
        # Where you live: follow-up dates skip its public holidays (infoint.cadence).
        self.country = w.Dropdown(
            description="Country (for public holidays)",
            options=country_choices(),
            value=default_country(),
        )
        self.region = w.Dropdown(description="Region", options=region_choices(self.country.value))
        self.country.observe(self._on_country, names="value")
        self._email = w.Text(description="Your email", placeholder="so contacts can reach you")
        self._phone = w.Text(description="Your phone (optional)")
        for widget, part in (
            (self._name, "name"),
            (self._school, "school"),
            (self._fields, "fields"),
            (self._goals, "goals"),
            (self._minutes, "minutes"),
            (self._mode, "mode"),
            (self._email, "email"),
            (self._phone, "phone"),
            (self.country, "country"),
            (self.region, "region"),
        ):
            widget.add_class(self.css(part))
        self._save = button("Save profile", self.css("save"), style="primary", icon="check")
        self._save.on_click(lambda _b: self.save())

        form = w.VBox(
            [
                self._name,
                self._school,
                self._fields,
                hint("Separate fields with commas. Each one gets its own question pack."),
                self._goals,
                self._minutes,
                hint("Fifteen to thirty minutes is what busy people say yes to."),
                self._mode,
                hint("Meeting in person builds the strongest connection; online is fine."),
                self.country,
                self.region,
                hint("Follow-up reminders count working days and skip these public holidays."),
                self._email,
                self._phone,
                w.HBox([self._save]).add_class("infoint-actions"),
                self.notice,
            ]
        ).add_class("infoint-card")
        # The link is fixed text, never learner input, so it can be plain markup.
        self._next = next_step(NEXT_STEP, "Next: step 1, find contacts", self.css("next"))
        self._next.layout.display = "none"
        # Download everything / delete my data: the learner's rights, on the first page.
        self.your_data = YourData(self.store, self.css, on_deleted=self._clear)
        self.compose(w.HTML(intro_html()), form, self._next, self.your_data)
        self._load()

    def _country_codes(self) -> set[str]:
        return {code for _label, code in self.country.options}

    def _on_country(self, change: dict) -> None:
        self.region.options = region_choices(change["new"] or "")
        self.region.value = ""

    @property
    def profile(self) -> Learner | None:
        return self.store.load_profile()

    def refresh(self) -> None:
        """Show the saved profile again (the workshop calls this each time the step shows),
        unless the form holds changes not saved yet: those stay for the learner to save."""
        if self._form() != self._shown:
            self.notice.info("Your changes are still here, not saved yet: press Save profile.")
            return
        self._load()

    def _form(self) -> tuple:
        return tuple(x.value for x in (self._name, self._school, self._fields, self._goals,
                                       self._minutes, self._mode, self._email, self._phone,
                                       self.country, self.region))

    def _load(self) -> None:
        saved = self.store.load_profile()
        if saved is None:
            self._shown = self._form()
            self.notice.info("Fill in your profile and press Save profile.")
            return
        self._name.value = saved.name
        self._school.value = saved.school
        self._fields.value = ", ".join(saved.fields)
        self._goals.value = saved.learning_goals
        self._minutes.value = saved.meeting_minutes
        self._mode.value = saved.meeting_mode
        self._email.value = saved.email
        self._phone.value = saved.phone
        self.country.value = saved.country if saved.country in self._country_codes() else ""
        regions = [code for _label, code in self.region.options]
        self.region.value = saved.region if saved.region in regions else ""
        self._shown = self._form()
        self.notice.info(
            f"Welcome back, {saved.name}. Your saved profile is filled in above; change "
            "anything and press Save profile."
        )
        self._next.layout.display = ""

    def _clear(self) -> None:
        """After "Delete my data": an empty form, as for someone new."""
        for box in (self._name, self._school, self._fields, self._goals, self._email,
                    self._phone):
            box.value = ""
        self._minutes.value = 20
        self._mode.value = "in person"
        self._shown = self._form()  # nothing typed since: a refresh must not call it unsaved
        self._next.layout.display = "none"
        self.notice.info("Fill in your profile and press Save profile.")

    @guarded
    def save(self) -> Learner:
        learner = Learner(
            name=self._name.value,
            school=self._school.value,
            fields=self._fields.value,
            learning_goals=self._goals.value,
            meeting_minutes=self._minutes.value,
            meeting_mode=self._mode.value,
            email=self._email.value,
            phone=self._phone.value,
            country=self.country.value or "",
            region=self.region.value or "",
        )
        self.store.save_profile(learner)
        self._shown = self._form()
        self.notice.success(f"Saved, {learner.name}. Next: step 1, find contacts.")
        self._next.layout.display = ""
        return learner
