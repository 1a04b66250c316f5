"""Step 4's model, reflect on fit: the form's state, what follows from it, and its actions.

Pure (no widgets) with the store passed in, so tests drive it directly and the view in
:mod:`infoint.ui.reflect` only builds widgets and links them here:

* **state**: :class:`ReflectForm` (whom the learner met and when, notes per category,
  ratings, tone, pitch, follow-ups, suggested people, consent, the thank-you note and the
  channel it goes by), the date the note was sent, the saved reflection being edited;
* **derived facts**: the coaching (:mod:`infoint.coaching`), the thank-you checks
  (:func:`infoint.scoring.check_thank_you`), whether the form differs from what is saved
  (compared as values), the thank-you as an email to export;
* **actions**: choose a contact, open a saved reflection, keep the draft, save, add the
  suggested people as contacts, draft the thank-you, record it as sent.

:class:`~infoint.steps.reflection_form.ReflectForm` is the one place the form turns into
a draft (JSON), a :class:`~infoint.model.Reflection` and back. Drafts go through
:class:`infoint.drafts.Drafts` under ``reflect:draft:<subject>``, debounced by
:class:`infoint.debounce.Debouncer` on the kernel's own loop (never a timer thread).
The thank-you channel has no column in the reflections table, so it lives in the draft,
which is kept for a saved reflection too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from infoint import coaching
from infoint.drafts import Drafts
from infoint.model import (
    CATEGORIES,
    DIMENSIONS,
    THANK_YOU_CHANNELS,
    Contact,
    Learner,
    Reflection,
    ValidationError,
)
from infoint.outreach import draft_file_name
from infoint.reflect_content import ReflectContent, reflect_content
from infoint.scoring import Report
from infoint.steps.drafting import DraftingModel
from infoint.steps.reflection_form import ReflectForm

__all__ = [
    "AUTOSAVE_MAX_WAIT",
    "AUTOSAVE_WAIT",
    "KNOWS_HOW_TO_REACH_YOU",
    "ReflectForm",
    "ReflectModel",
    "Status",
    "ThankYouMail",
]

#: Keep the draft this long after typing pauses, and at least this often while typing.
AUTOSAVE_WAIT = 1.0
AUTOSAVE_MAX_WAIT = 5.0
#: Relationships where the person already knows how to reach the learner: the note needs
#: no contact details (the thank-you checks' ``reply``).
KNOWS_HOW_TO_REACH_YOU = frozenset({"family", "friend"})


@dataclass(frozen=True)
class Status:
    """What the last action did, in words for the learner."""

    level: str  # "success", "info" or "error"
    text: str


@dataclass(frozen=True)
class ThankYouMail:
    """The thank-you note as an email, ready for the copy/mailto/.eml exits."""

    subject: str
    body: str
    file_name: str
    to_name: str = ""
    to_address: str = ""
    from_name: str = ""
    from_address: str = ""


@dataclass
class _Loaded:
    reflection: Reflection | None = None
    contacts: list[Contact] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    profile: Learner | None = None


class ReflectModel(DraftingModel):
    """State, derived facts and actions of the reflect step for one learner's store."""

    def __init__(
        self,
        store: Any,
        *,
        today: date | None = None,
        wait: float = AUTOSAVE_WAIT,
        max_wait: float = AUTOSAVE_MAX_WAIT,
        content: ReflectContent | None = None,
    ) -> None:
        self.store = store
        self.today_override = today
        self.content = content or reflect_content()
        self.drafts = Drafts(store, "reflect")
        self.form = ReflectForm(met_on=self.today)
        #: The day the thank-you went out, as picked (defaults to today).
        self.sent_on: date | None = self.today
        self.status: Status | None = None
        #: "Draft kept at 14:05." or why it could not be kept; "" before the first keep.
        self.draft_status = ""
        self._data = _Loaded()
        DraftingModel.__init__(self, wait, max_wait)
        self.reload()
        self._restore_last_draft()

    # -- plumbing ------------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self.today_override or date.today()

    def _say(self, key: str, **values: Any) -> str:
        return self.content.text("notices", key, **values)

    def _tell(self, level: str, key: str, **values: Any) -> None:
        self.status = Status(level, self._say(key, **values))

    @property
    def saved(self) -> Reflection | None:
        """The saved reflection the form is editing, or None for a new one."""
        return self._data.reflection

    @property
    def contacts(self) -> list[Contact]:
        return list(self._data.contacts)

    @property
    def reflections(self) -> list[Reflection]:
        """The learner's saved reflections, as last read from the store."""
        return list(self._data.reflections)

    def reload(self) -> None:
        """Re-read contacts and reflections; the form being filled in stays as it is."""
        self._data.contacts = self.store.contacts()
        self._data.reflections = self.store.reflections()
        # Read once here, not on every keystroke: the note's signature and sender address.
        self._data.profile = self.store.load_profile()
        if self.form.contact_id not in {c.id for c in self._data.contacts}:
            self.form.contact_id = None

    @property
    def contact(self) -> Contact | None:
        """The contact picked as whom the learner met, if any."""
        return next((c for c in self._data.contacts if c.id == self.form.contact_id), None)

    # -- state changes ---------------------------------------------------------------------

    def set(self, **changes: Any) -> None:
        """Change form values by name (``model.set(field="law", tone="mixed")``)."""
        names = {f.name for f in dataclasses.fields(ReflectForm)}
        unknown = set(changes) - names
        if unknown:
            raise AttributeError(f"no such form value: {', '.join(sorted(unknown))}")
        if "contact_id" in changes:
            cid = changes.pop("contact_id") or None
            if changes:
                self._apply(changes)
            self.choose_contact(cid)
            return
        self._apply(changes)
        self._changed()

    def _apply(self, changes: Mapping[str, Any]) -> None:
        for name, value in changes.items():
            if name in ("learned", "ratings"):
                value = dict(value)
            if name == "thank_you_channel" and value not in (None, *THANK_YOU_CHANNELS):
                raise ValueError(f"not a thank-you channel: {value!r}")
            setattr(self.form, name, value)

    def set_learned(self, category: str, text: str) -> None:
        if category not in CATEGORIES:
            raise KeyError(category)
        self.form.learned = {**self.form.learned, category: text}
        if not text:
            del self.form.learned[category]
        self._changed()

    def rate(self, dimension: str, value: int | None) -> None:
        """Rate one dimension 1 to 5; 0 or None takes the rating away."""
        if dimension not in DIMENSIONS:
            raise KeyError(dimension)
        ratings = {d: v for d, v in self.form.ratings.items() if d != dimension}
        if value:
            ratings[dimension] = int(value)
        self.form.ratings = ratings
        self._changed()

    def set_sent_on(self, day: date | None) -> None:
        self.sent_on = day
        self._changed(draft=False)

    def choose_contact(self, contact_id: int | None) -> None:
        """Whom the learner met: their draft comes back, or their field fills in, and the
        thank-you channel follows the way the learner reached them."""
        self.form.contact_id = contact_id if any(
            c.id == contact_id for c in self._data.contacts) else None
        who = self.contact
        if who is not None:
            draft = self.drafts.load(f"contact-{who.id}")
            if self.saved is None and draft is not None and not self.form.field.strip():
                self.form = ReflectForm.from_draft(draft, self.today)
                self.form.contact_id = who.id
            elif who.field and not self.form.field.strip():
                self.form.field = who.field
            if self.form.thank_you_channel is None:
                self.form.thank_you_channel = self.known_channel(who)
        self._changed()

    def known_channel(self, who: Contact) -> str | None:
        """How the learner reached ``who`` (the last message sent, when it can carry a
        thank-you), else email when their address is known, else None."""
        sent = [o for o in self.store.outreach_versions(who.id) if o.sent_on is not None]
        if sent and sent[-1].channel in THANK_YOU_CHANNELS:
            return sent[-1].channel
        return "email" if who.email else None

    def open(self, reflection_id: int | None) -> None:
        """Edit a saved reflection (its draft on top, if any), or None: a blank form."""
        self.flush()
        if not reflection_id:
            self._data.reflection = None
            self.form = ReflectForm(met_on=self.today)
            self.sent_on = self.today
            self._tell("info", "blank")
        else:
            saved = self.store.get_reflection(reflection_id)
            if saved is None:
                self._tell("error", "gone")
                self._changed(draft=False)
                return
            self._data.reflection = saved
            draft = self.drafts.load(self.draft_subject())
            self.form = (ReflectForm.from_draft(draft, self.today) if draft is not None
                         else ReflectForm.from_reflection(saved))
            who = self.contact
            if self.form.thank_you_channel is None and who is not None:
                self.form.thank_you_channel = self.known_channel(who)
            self.sent_on = saved.thank_you_sent_on or self.today
            self._tell("info", "editing", field=saved.field, met_on=saved.met_on)
        self._unsaved_draft = False
        self._changed(draft=False)

    # -- drafts ----------------------------------------------------------------------------

    def draft_subject(self) -> str:
        if self.saved is not None:
            return f"reflection-{self.saved.id}"
        if self.form.contact_id:
            return f"contact-{self.form.contact_id}"
        return "new"

    def keep_draft(self) -> None:
        """Write the draft now (the debounce calls this once typing pauses)."""
        if not self._unsaved_draft:
            return
        try:
            kept = self.drafts.keep(self.draft_subject(), self.form.to_draft(self._saved_id()))
        except Exception:  # the next keystroke retries; never interrupt typing
            self.draft_status = self._say("draft_retry")
        else:
            self._unsaved_draft = False
            self.draft_status = self._say("draft_kept", time=kept)
        for listener in self._listeners:
            listener()

    def flush(self) -> None:
        """Keep a pending draft at once (before a save, a switch, a refresh)."""
        self._autosave.flush()

    def _saved_id(self) -> int | None:
        return self.saved.id if self.saved else None

    def _restore_last_draft(self) -> None:
        subject = self.drafts.last()
        draft = self.drafts.load(subject) if subject else None
        if draft is None:
            return
        rid = draft.get("reflection_id")
        if rid:
            saved = next((r for r in self._data.reflections if r.id == rid), None)
            if saved is None:
                return
            self._data.reflection = saved
            self.sent_on = saved.thank_you_sent_on or self.today
        self.form = ReflectForm.from_draft(draft, self.today)
        if self.saved is not None and not self.differs_from_saved:
            # The draft is only a copy of what was saved: "unsaved notes" would alarm.
            self._tell("info", "shown", field=self.saved.field, met_on=self.saved.met_on)
        else:
            self._tell("info", "restored")

    # -- derived facts -----------------------------------------------------------------------

    @property
    def differs_from_saved(self) -> bool:
        """Whether the form holds anything the saved reflection does not (values compared;
        the channel is draft-only and does not count)."""
        if self.saved is None:
            return True
        try:
            now = self.form.to_reflection(self.today, self.saved)
        except ValidationError:
            return True
        return now != self.saved

    def coaching_reflection(self) -> Reflection:
        """The form as coaching reads it (no tone needed yet); ValidationError if it cannot."""
        return self.form.to_reflection(self.today, self.saved, require_tone=False)

    @property
    def coaching_waiting(self) -> str | None:
        """Why there is no coaching yet (what to fill in), or None when there is."""
        try:
            self.coaching_reflection()
        except ValidationError as error:
            why = f" ({error.message})" if error.field == "met_on" else ""
            return self.content.text("hints", "coaching_waiting") + why
        return None

    @property
    def suggestions(self) -> list[coaching.Suggestion]:
        """The after-meeting coaching for the form as it stands ([] until it can be read)."""
        try:
            reflection = self.coaching_reflection()
        except ValidationError:
            return []
        others = [r for r in self._data.reflections if r.id != reflection.id]
        return coaching.coach(reflection, others=others, contacts=self._data.contacts,
                              today=self.today)

    @property
    def new_people(self) -> list[str]:
        """Suggested people not in the learner's contacts yet."""
        return coaching.new_names(self.form.people(), self._data.contacts)

    @property
    def knows_how_to_reach_you(self) -> bool:
        who = self.contact
        return who is not None and who.relationship in KNOWS_HOW_TO_REACH_YOU

    @property
    def report(self) -> Report | None:
        """The thank-you checks on the note as typed (None while it is empty)."""
        if not self.form.thank_you.strip():
            return None
        # Imported here: compiling the thank-you rules' patterns is a page's first check's
        # cost, not every Reflect page's before it paints.
        from infoint.scoring import check_thank_you

        return check_thank_you(
            self.form.thank_you,
            met_on=self.form.met_on,
            sent_on=self.sent_on,
            channel=self.form.thank_you_channel,
            # A family member or friend knows how to reach the learner; otherwise the
            # channel decides (an email or LinkedIn message can simply be answered).
            reply=True if self.knows_how_to_reach_you else None,
        )

    @property
    def keep_in_touch_due(self) -> date | None:
        """When to send a short update, once the thank-you is recorded as sent."""
        saved = self.saved
        if saved is None or saved.thank_you_sent_on is None:
            return None
        from infoint.contacts import keep_in_touch_due

        return keep_in_touch_due(saved.thank_you_sent_on)

    def thank_you_mail(self) -> ThankYouMail | None:
        """The note as an email to the contact (None while it is empty)."""
        body = self.form.thank_you
        if not body.strip():
            return None
        who = self.contact
        me = self._data.profile
        name = who.name if who else ""
        return ThankYouMail(
            subject=coaching.thank_you_subject(self.form.field),
            body=body,
            # draft_file_name names outreach drafts; a thank-you gets its own prefix.
            file_name="thank-you-" + draft_file_name(name).removeprefix("outreach-"),
            to_name=name,
            to_address=who.email if who else "",
            from_name=me.name if me else "",
            from_address=me.email if me else "",
        )

    # -- actions ------------------------------------------------------------------------------

    def save(self) -> Reflection:
        """Validate and save the reflection; the contact moves to "met" in the same write.
        Raises ValidationError (nothing written) when the form cannot be saved."""
        reflection = self.form.to_reflection(self.today, self.saved)
        if not self.form.thank_you.strip():
            # The note starts from a draft built from the notes, saved with them.
            self.form.thank_you = self.draft_thank_you()
            reflection = self.form.to_reflection(self.today, self.saved)
        old_subject = self.draft_subject()
        self._autosave.cancel()
        if reflection.contact_id is not None:
            saved = self.store.save_reflection_and_advance(
                reflection, "met", on=reflection.met_on, event_kind="met"
            )
        else:
            saved = self.store.save_reflection(reflection)
        self._after_save(saved, old_subject)
        who = self.contact
        text = self._say("saved", field=saved.field)
        if who is not None:
            text += self._say("moved", name=who.name)
        self.status = Status("success", text + self._say("saved_next"))
        self._changed(draft=False)
        return saved

    def _after_save(self, saved: Reflection, old_subject: str) -> None:
        self._data.reflection = saved
        self._keep_saved_draft()
        if old_subject != self.draft_subject():
            self.drafts.discard(old_subject)
        self.reload()

    def _keep_saved_draft(self) -> None:
        # Kept for the saved reflection too: it brings the reflection back on reopening and
        # holds the thank-you channel, which has no column of its own.
        self.drafts.keep(self.draft_subject(), self.form.to_draft(self._saved_id()))
        self._unsaved_draft = False

    def add_suggested(self) -> list[Contact]:
        """Create a step-1 contact for each suggested person not yet known (one transaction)."""
        reflection = self.coaching_reflection()
        new = coaching.suggested_contacts(reflection, self.contact, self.store.contacts())
        if not new:
            self._tell("info", "people_known")
            self._changed(draft=False)
            return []
        added = self.store.add_contacts(new)
        self.reload()
        self._tell("success", "people_added", names=", ".join(c.name for c in added))
        self._changed(draft=False)
        return added

    def draft_thank_you(self) -> str:
        """A fresh thank-you draft from the notes and the profile (ValidationError if the
        meeting is not filled in enough to write one)."""
        who = self.contact
        return coaching.draft_thank_you(
            self.coaching_reflection(), who.name if who else "", self._data.profile
        )

    def redraft_thanks(self) -> str:
        """Replace the note with a fresh draft."""
        text = self.draft_thank_you()
        self.set(thank_you=text)
        return text

    def mark_thanked(self) -> Reflection:
        """Record the thank-you as sent: reflection, contact status and event in one write
        (the reflection is saved first if it was not yet)."""
        sent_on = self.sent_on
        if sent_on is None:
            raise ValidationError("thank_you_sent_on", "is required: pick the day you sent it")
        if not self.form.thank_you.strip():
            raise ValidationError("thank_you", "is empty: write your note first")
        reflection = self.form.to_reflection(self.today, self.saved)
        if sent_on < reflection.met_on:
            raise ValidationError("thank_you_sent_on", "cannot be before the meeting")
        if sent_on > self.today:
            raise ValidationError("thank_you_sent_on", "cannot be in the future")
        if self.saved is None:
            self.save()
        reflection = self.form.to_reflection(self.today, self.saved)
        reflection.thank_you_sent_on = sent_on
        old_subject = self.draft_subject()
        if reflection.contact_id is not None:
            saved = self.store.save_reflection_and_advance(
                reflection, "thanked", on=sent_on, event_kind="thanked"
            )
        else:
            saved = self.store.save_reflection(reflection)
        self._after_save(saved, old_subject)
        self._tell("success", "thanked")
        self._changed(draft=False)
        return saved
