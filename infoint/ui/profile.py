"""Start here: the learner's profile, and a map of the five steps ahead.

The view only builds widgets and links them to :class:`infoint.steps.profile.ProfileModel`,
which keeps a draft of every edit (so nothing typed is lost without "Save profile") and saves.
The country and region lists come after the page shows (:func:`in_turns`; at once outside
Voila): listing the countries loads the holiday calendar, and knowing one country's regions
the holiday modules of every country.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from infoint.model import MEETING_LENGTHS, MEETING_MODES, Learner
from infoint.steps.profile import ProfileModel
from infoint.store import Store, StoreError
from infoint.ui.common import App, button, explain, fixed, fixed_html, guarded, hint, next_step
from infoint.ui.later import BuiltLater, Later
from infoint.ui.turns import in_turns, one_per_turn
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
    """Edit and save the learner's profile; every widget is linked to a ProfileModel."""

    name = "profile"

    #: Download everything / delete my data, made with the part under the form (see lower).
    your_data = BuiltLater("lower")

    def __init__(self, store: Store | None = None, **kwargs: Any) -> None:
        super().__init__(store, **kwargs)
        after_paint: list[Callable[[], None]] = []
        #: Start here's state and actions; tests drive this.
        self.model = ProfileModel(self.store, calendar_later=after_paint.append)
        self._syncing = False
        #: The form's widgets by ProfileForm field name, each built holding its class and
        #: the model's value (every change after construction is one more message the
        #: server reads before the page shows).
        model, form = self.model, self.model.form

        def field(part: str, cls: type[w.ValueWidget], **kwargs: Any) -> w.ValueWidget:
            return fixed(cls, value=getattr(form, part), classes=(self.css(part),), **kwargs)

        calendar_off = not model.calendar_known  # a partial list until then
        self.inputs: dict[str, w.ValueWidget] = {
            "name": field("name", w.Text, description="Your name",
                          placeholder="e.g. Maya Okafor"),
            "school": field("school", w.Text, description="School or programme",
                            placeholder="e.g. State University, BSc Nursing"),
            "fields": field("fields", w.Text, description="Fields you are exploring",
                            placeholder="e.g. accounting, nursing"),
            "goals": field("goals", w.Textarea, description="What you want to learn",
                           placeholder="e.g. what a normal week looks like, and which "
                           "qualifications matter"),
            "minutes": field("minutes", w.ToggleButtons, description="Meeting length",
                             options=[(f"{m} minutes", m) for m in MEETING_LENGTHS]),
            "mode": field("mode", w.ToggleButtons, description="Meeting preference",
                          options=[(m.capitalize(), m) for m in MEETING_MODES]),
            # Where you live: follow-up dates skip its public holidays (infoint.cadence).
            "country": field("country", w.Dropdown, description="Country (for public holidays)",
                             options=model.countries, disabled=calendar_off),
            "region": field("region", w.Dropdown, description="Region", options=model.regions,
                            disabled=calendar_off),
            "email": field("email", w.Text, description="Your email",
                           placeholder="so contacts can reach you"),
            "phone": field("phone", w.Text, description="Your phone (optional)"),
        }
        for part, widget in self.inputs.items():
            widget.observe(lambda change, part=part: self._to_model(part, change["new"]),
                           names="value")
        self.country, self.region = self.inputs["country"], self.inputs["region"]
        self.save_button = button("Save profile", self.css("save"), style="primary",
                                  icon="check")
        self.save_button.on_click(lambda _b: self.save())

        i = self.inputs
        form = fixed(
            w.VBox,
            [
                i["name"], i["school"], i["fields"],
                hint("Separate fields with commas. Each one gets its own question pack."),
                i["goals"], i["minutes"],
                hint("Fifteen to thirty minutes is what busy people say yes to."),
                i["mode"],
                hint("Meeting in person builds the strongest connection; online is fine."),
                i["country"], i["region"],
                hint("Follow-up reminders count working days and skip these public holidays."),
                i["email"], i["phone"],
                hint("Your edits are kept as you type; Save profile makes them count."),
                # The notice sits right under the button that it reports on.
                fixed(w.HBox, [self.save_button], classes=("infoint-actions",)),
                self.notice,
            ], classes=("infoint-card",))
        # The link is fixed text, never learner input, so it can be plain markup.
        self.next_link = next_step(NEXT_STEP, "Next: step 1, find contacts", self.css("next"),
                                   hides=True)
        # Download everything / delete my data: the learner's rights, on the first page,
        # under the form at any width, so made in the first turn after the page is live
        # (infoint.ui.later): half of the page's widget models.
        self.lower = Later(self._build_your_data, classes=(self.css("lower"),))
        self.compose(fixed_html(intro_html()), form, self.next_link, self.lower.box)
        self.model.observe(self.show)
        self.show()
        after_paint.insert(0, self.lower.ensure)
        in_turns(one_per_turn(after_paint), self.stopped)

    def _build_your_data(self) -> list[w.Widget]:
        self.your_data = YourData(self.store, self.css, on_deleted=self.model.cleared)
        return [self.your_data]

    # -- model <-> widgets -----------------------------------------------------------------

    def _to_model(self, part: str, value: Any) -> None:
        if self._syncing:
            return
        try:
            self.model.set(**{part: value})
        except StoreError as error:  # the draft could not be kept: say so, keep typing
            self.notice.error(explain(error))

    def show(self) -> None:
        """Put the model's form and status into the widgets."""
        model = self.model
        self._syncing = True
        try:
            for dropdown, options in ((self.country, model.countries),
                                      (self.region, model.regions)):
                if list(dropdown.options) != options:
                    dropdown.options = options
                dropdown.disabled = not model.calendar_known  # a partial list until then
            for part, widget in self.inputs.items():
                widget.value = getattr(model.form, part)
        finally:
            self._syncing = False
        if model.status is not None:
            self.notice.show(model.status.level, model.status.text)
        self.next_link.layout.display = "" if model.saved is not None else "none"

    @property
    def profile(self) -> Learner | None:
        return self.store.load_profile()

    @guarded
    def refresh(self) -> None:
        """Show the saved profile again (the workshop calls this each time the step shows),
        unless the form holds changes not saved yet: those stay for the learner to save."""
        self.model.refresh()

    @guarded
    def flush(self) -> None:
        """Keep a pending draft now (the workshop calls this before hiding the step)."""
        self.model.flush()

    @guarded
    def save(self) -> Learner:
        return self.model.save()
