"""Start here's model: the learner's profile as a form, its draft, and saving it.

Pure (no widgets), the store passed in. Every change is kept as a draft (``profile:draft:form``
through :class:`infoint.drafts.Drafts`, debounced on the kernel's loop by
:class:`infoint.debounce.Debouncer`), so edits made without pressing "Save profile" survive
a trip to another step and a reload of the page, as the index promises. Saving validates
(:class:`infoint.model.Learner`) and then forgets the draft.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from infoint.cadence import (
    country_choices,
    default_country,
    is_known_country,
    learner_holidays,
    locale_country,
    region_choices,
)
from infoint.drafts import Drafts
from infoint.model import MEETING_LENGTHS, MEETING_MODES, Learner
from infoint.steps.drafting import DraftingModel

__all__ = ["DRAFT", "ProfileForm", "ProfileModel", "Status"]

DRAFT = "form"  # the one subject of Start here's drafts
AUTOSAVE_WAIT = 1.0
AUTOSAVE_MAX_WAIT = 5.0


@dataclass
class ProfileForm:
    """The profile as typed (not validated yet)."""

    name: str = ""
    school: str = ""
    fields: str = ""  # comma-separated, as typed
    goals: str = ""
    minutes: int = 20
    mode: str = "in person"
    email: str = ""
    phone: str = ""
    country: str = ""
    region: str = ""

    @classmethod
    def blank(cls, *, check: bool = True) -> ProfileForm:
        """``check`` False: the locale's country is kept unchecked (see :func:`_fitted`)."""
        return cls(country=default_country() if check else locale_country())

    @classmethod
    def from_learner(cls, saved: Learner, *, check: bool = True) -> ProfileForm:
        """``check`` False: country and region are kept unchecked (see :func:`_fitted`)."""
        country, region = _fitted(saved.country, saved.region, check)
        return cls(
            name=saved.name, school=saved.school, fields=", ".join(saved.fields),
            goals=saved.learning_goals, minutes=saved.meeting_minutes, mode=saved.meeting_mode,
            email=saved.email, phone=saved.phone, country=country, region=region,
        )

    @classmethod
    def from_draft(cls, values: Mapping[str, Any], *, check: bool = True) -> ProfileForm:
        """Tolerant: a value that no longer fits is replaced by the blank form's."""
        blank = cls.blank(check=check)
        out = {}
        for f in dataclasses.fields(cls):
            value = values.get(f.name, getattr(blank, f.name))
            out[f.name] = value if isinstance(value, type(getattr(blank, f.name))) else (
                getattr(blank, f.name))
        form = cls(**out)
        if form.minutes not in MEETING_LENGTHS:
            form.minutes = blank.minutes
        if form.mode not in MEETING_MODES:
            form.mode = blank.mode
        form.country, form.region = _fitted(form.country, form.region, check)
        return form

    def to_learner(self) -> Learner:
        """The validated profile (raises ValidationError naming the field)."""
        return Learner(
            name=self.name, school=self.school, fields=self.fields, learning_goals=self.goals,
            meeting_minutes=self.minutes, meeting_mode=self.mode, email=self.email,
            phone=self.phone, country=self.country or "", region=self.region or "",
        )


def _fitted(country: str, region: str, check: bool) -> tuple[str, str]:
    """``(country, region)`` as the holiday calendar knows them: a country it lacks becomes
    none (""), a region it lacks the whole country (""); a region needs its country.

    Unchecked (``check`` False) both are kept as they were typed or saved: knowing the
    countries loads the calendar package, and a country's regions every country's holiday
    module, which a page does after it shows."""
    if not country:
        return "", ""
    if not check:
        return country, region
    if not is_known_country(country):
        return "", ""
    return country, region if region in {c for _label, c in region_choices(country)} else ""


@dataclass(frozen=True)
class Status:
    level: str  # "success", "info" or "error"
    text: str


class ProfileModel(DraftingModel):
    """State and actions of Start here for one learner's store."""

    def __init__(self, store: Any, *, wait: float = AUTOSAVE_WAIT,
                 max_wait: float = AUTOSAVE_MAX_WAIT,
                 calendar_later: Callable[[Callable[[], None]], None] | None = None) -> None:
        """``calendar_later``, given, is handed the loading of the holiday calendar (its
        countries and the country's regions) instead of it happening here (the page passes
        "once the page shows"): until then the country and region lists hold only the
        ones already chosen, unchecked."""
        self.store = store
        self.calendar_known = calendar_later is None
        self.drafts = Drafts(store, "profile")
        self.saved: Learner | None = None
        self.form = ProfileForm.blank(check=self.calendar_known)
        self.status: Status | None = None
        DraftingModel.__init__(self, wait, max_wait)
        self.load()
        if calendar_later is not None:
            calendar_later(self.know_calendar)

    # -- derived facts ---------------------------------------------------------------------

    @property
    def saved_form(self) -> ProfileForm:
        if self.saved is None:
            return ProfileForm.blank(check=self.calendar_known)
        return ProfileForm.from_learner(self.saved, check=self.calendar_known)

    @property
    def differs_from_saved(self) -> bool:
        """Whether the form holds edits not saved yet (values compared)."""
        return self.form != self.saved_form

    @property
    def countries(self) -> list[tuple[str, str]]:
        """(label, code) pairs to choose from; until the calendar is known, only "none"
        and the country already chosen, labelled by its code."""
        if self.calendar_known:
            return country_choices()
        country = self.form.country
        return [("No public holidays", ""), *([(country, country)] if country else [])]

    @property
    def regions(self) -> list[tuple[str, str]]:
        if self.calendar_known:
            return region_choices(self.form.country or "")
        region = self.form.region
        return [("Whole country", ""), *([(region, region)] if region else [])]

    def know_calendar(self) -> None:
        """Load the holiday calendar: both lists are complete, and a country or region it
        lacks is replaced by none or the whole country."""
        if self.calendar_known:
            return
        self.calendar_known = True
        self.form.country, self.form.region = _fitted(self.form.country, self.form.region, True)
        self._keep_holidays()
        self._changed(draft=False)

    def _keep_holidays(self) -> None:
        # The other steps date follow-ups with the saved country's holidays; working them
        # out here, while the calendar is loaded anyway, leaves them a kept copy to read
        # (infoint.cadence) instead of loading every country's module before they show.
        if self.calendar_known and self.saved is not None and self.saved.country:
            learner_holidays(self.saved.country, self.saved.region)

    # -- state changes -----------------------------------------------------------------------

    def set(self, **changes: Any) -> None:
        names = {f.name for f in dataclasses.fields(ProfileForm)}
        unknown = set(changes) - names
        if unknown:
            raise AttributeError(f"no such profile value: {', '.join(sorted(unknown))}")
        if "country" in changes and changes["country"] != self.form.country:
            changes.setdefault("region", "")  # a region belongs to its country
        for name, value in changes.items():
            setattr(self.form, name, value if value is not None else "")
        self._changed()

    # -- actions -----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the saved profile; a draft with unsaved edits goes on top of it."""
        self.saved = self.store.load_profile()
        self.form = self.saved_form
        draft = self.drafts.load(DRAFT)
        if draft is not None:
            self.form = ProfileForm.from_draft(draft, check=self.calendar_known)
        if draft is not None and self.differs_from_saved:
            self.status = Status("info", "Your changes from last time are back, not saved "
                                         "yet: press Save profile.")
        elif self.saved is None:
            self.status = Status("info", "Fill in your profile and press Save profile.")
        else:
            self.status = Status("info", f"Welcome back, {self.saved.name}. Your saved profile "
                                         "is filled in above; change anything and press Save "
                                         "profile.")
        self._unsaved_draft = False
        self._changed(draft=False)

    def refresh(self) -> None:
        """Show the saved profile again, unless the form holds edits not saved yet: those
        stay for the learner to save (the workshop calls this each time the step shows)."""
        self.flush()
        if self.differs_from_saved:
            self.status = Status("info", "Your changes are still here, not saved yet: press "
                                         "Save profile.")
            self._changed(draft=False)
            return
        self.load()

    def keep_draft(self) -> None:
        if not self._unsaved_draft:
            return
        if self.differs_from_saved:
            self.drafts.keep(DRAFT, dataclasses.asdict(self.form))
        elif self.drafts.load(DRAFT) is not None:
            self.drafts.discard(DRAFT)  # typed back to what is saved: nothing to keep
        self._unsaved_draft = False

    def flush(self) -> None:
        self._autosave.flush()

    def save(self) -> Learner:
        """Validate and save the profile; the draft is then forgotten. Raises
        ValidationError (nothing written) when a value cannot be saved."""
        learner = self.form.to_learner()
        self._autosave.cancel()
        self.store.save_profile(learner)
        self.saved = learner
        self.form = self.saved_form  # as saved: "a,b" reads "a, b", spaces trimmed
        self._keep_holidays()
        self._unsaved_draft = False
        if self.drafts.load(DRAFT) is not None:
            self.drafts.discard(DRAFT)
        self.status = Status("success", f"Saved, {learner.name}. Next: step 1, find contacts.")
        self._changed(draft=False)
        return learner

    def cleared(self) -> None:
        """After "Delete my data": an empty form, as for someone new."""
        self._autosave.cancel()
        self.saved = None
        self.form = ProfileForm.blank()
        self._unsaved_draft = False
        self.status = Status("info", "Fill in your profile and press Save profile.")
        self._changed(draft=False)
