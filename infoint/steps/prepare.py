"""Step 3's model: one meeting's plan, the meeting itself and the day's checklist.

State (the contact, research notes, the questions in order, the meeting's date, time, zone,
place and mode, the checklist ticks, the saved plan), the facts derived from it (the
question check and its suggested rewrites, the time budget, the calendar file, the guide and
how many pages it prints on, checklist progress) and the actions a learner takes. No
widgets: :class:`infoint.ui.prepare.PrepareApp` only shows this and links its widgets here,
and the tests drive this class directly.

Each action returns a :class:`Message` (what happened, for the notice by the button that
caused it) and persists at once. A refused edit (a ``ValidationError`` from the model types,
or a store error) raises after putting the state back as it was, so what is shown is always
what is saved.

Where things are kept, per plan key (``c<contact id>``, or ``none`` for a plan without a
contact): ``prepare:plan:<key>`` (the plan's id), ``prepare:meeting:<key>`` (the meeting's
id), ``prepare:checklist:<key>`` (ticked keys), the meeting draft through
:class:`infoint.drafts.Drafts` as ``prepare:draft:meeting-<key>``, and
``prepare:last-contact``. Drafts kept by earlier versions under
``prepare:meeting-draft:<key>`` are still read.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from infoint.drafts import Drafts
from infoint.model import MEETING_MODES, Contact, Learner, Meeting, Plan, ValidationError
from infoint.prepare import (
    NOTE_SECTIONS,
    Budget,
    checklist,
    content,
    content_problem,
    default_timezone,
    join_notes,
    split_notes,
    starts_at,
    suggest_questions,
    time_budget,
    timezone_options,
)

__all__ = ["NO_CONTACT", "BankEntry", "CalendarFile", "Message", "PrepareModel"]

log = logging.getLogger("infoint.steps.prepare")

NO_CONTACT = 0
MAX_QUESTION = 500
LEGACY_DRAFT = "prepare:meeting-draft:"


@dataclass(frozen=True)
class Message:
    """What an action did, in words for the learner; ``level`` is success, info or error."""

    level: str
    text: str


@dataclass(frozen=True)
class BankEntry:
    """One bank question as the bank list shows it."""

    id: str
    text: str
    minutes: float
    field: str = ""
    in_plan: bool = False


@dataclass(frozen=True)
class CalendarFile:
    """The .ics for the meeting, or why there is none yet (``data`` is then empty)."""

    data: bytes
    label: str
    explanation: str

    @property
    def ready(self) -> bool:
        return bool(self.data)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


_ONLINE = ("http://", "https://", "video", "zoom", "teams", "meet.", "skype", "call")


def _mode_of(place: str) -> str:
    """A place saved without a mode (an earlier version, an import): a link or a video
    call is online."""
    text = place.casefold()
    return MEETING_MODES[1] if any(word in text for word in _ONLINE) else MEETING_MODES[0]


class PrepareModel:
    """One learner's Prepare step over ``store``; ``bank`` defaults to the shipped bank."""

    def __init__(self, store: Any, *, bank: Any = None) -> None:
        self.store = store
        self.drafts = Drafts(store, "prepare")
        self.bank_error = ""
        self.bank = bank if bank is not None else self._open_bank()
        #: Why the instructor's prepare.toml was set aside for the shipped one ("" if not).
        self.content_error = content_problem()
        self.profile: Learner | None = None
        self.contacts: dict[int, Contact] = {}
        self.contact_id = NO_CONTACT
        self.plan = Plan()
        self.field = ""
        self.organisation = ""
        self.notes: dict[str, str] = {key: "" for key, _h in NOTE_SECTIONS}
        self.questions: list[str] = []
        self.minutes = 20
        self.day: date | None = None
        self.time = ""
        self.timezone = "UTC"
        self.place = ""
        self.mode = MEETING_MODES[0]
        self.include_questions = False
        self.invite_contact = False
        self.ticked: set[str] = set()
        self.pdf: bytes = b""
        self.pdf_pages = 0
        self._kept_at = ""
        self._report_key: tuple | None = None
        self._report: Any = None
        self.reload()
        start = self.store.get_state("prepare:last-contact", NO_CONTACT)
        #: What loading the first plan found, for the notice the app opens with.
        self.opening = self.load(start if start in self.contacts else NO_CONTACT)

    # -- loading ----------------------------------------------------------------------------

    def _open_bank(self) -> Any:
        try:
            from infoint.bank import load_bank

            return load_bank()
        except Exception as error:  # a broken instructor file must not take the step down
            self.bank_error = f"The question bank could not be loaded: {error}"
            return None

    def reload(self) -> None:
        """Re-read the profile and the contacts (they change in other steps)."""
        self.profile = self.store.load_profile()
        self.contacts = {c.id: c for c in self.store.contacts() if c.id}
        if self.contact_id not in self.contacts:
            self.contact_id = NO_CONTACT

    @property
    def profile_minutes(self) -> int:
        return self.profile.meeting_minutes if self.profile else 20

    @property
    def country(self) -> str:
        return self.profile.country if self.profile else ""

    @property
    def contact(self) -> Contact | None:
        return self.contacts.get(self.contact_id)

    @property
    def key(self) -> str:
        return f"c{self.contact_id}" if self.contact_id else "none"

    def contact_options(self) -> list[tuple[str, int]]:
        options = [("No specific contact (plan for a field)", NO_CONTACT)]
        for c in self.contacts.values():
            extra = ", ".join(p for p in (c.role, c.organisation) if p)
            options.append((f"{c.name} ({extra})" if extra else c.name, c.id))
        return options

    def zones_used(self) -> list[str]:
        """The zones of the learner's saved meetings, oldest first."""
        return [m.timezone for m in sorted(self.store.meetings(), key=lambda m: m.id or 0)]

    def default_zone(self) -> str:
        return default_timezone(self.zones_used(), self.country)

    def zone_options(self) -> list[str]:
        return timezone_options(self.timezone, self.country)

    def choose_contact(self, contact_id: int) -> Message:
        """Show ``contact_id``'s plan (a new one if they have none) and remember the choice."""
        if contact_id not in self.contacts:
            contact_id = NO_CONTACT
        self.store.set_state("prepare:last-contact", contact_id)
        return self.load(contact_id)

    def load(self, contact_id: int) -> Message:
        self.contact_id = contact_id if contact_id in self.contacts else NO_CONTACT
        contact = self.contact
        plan_id = self.store.get_state(f"prepare:plan:{self.key}")
        plan = self.store.get_plan(plan_id) if isinstance(plan_id, int) else None
        if plan is None and contact is not None:
            # A plan written elsewhere (an import, the demo class) has no pointer yet.
            plan = next((p for p in reversed(self.store.plans()) if p.contact_id == contact.id),
                        None)
        if plan is None:
            fields = self.profile.fields if self.profile else []
            plan = Plan(
                contact_id=contact.id if contact else None,
                field=(contact.field if contact and contact.field else fields[0] if fields
                       else ""),
                organisation=contact.organisation if contact else "",
                minutes=self.profile_minutes,
            )
        self.plan = plan
        self.field, self.organisation = plan.field, plan.organisation
        self.notes = split_notes(plan.research_notes)
        self.questions = list(plan.questions)
        self.minutes = plan.minutes
        self._load_meeting()
        ticked = self.store.get_state(f"prepare:checklist:{self.key}", []) or []
        self.ticked = {k for k in ticked if isinstance(k, str)}
        self.pdf, self.pdf_pages = b"", 0
        who = contact.name if contact else "a meeting without a specific contact"
        if plan.id is not None:
            return Message("info", f"Your saved plan for {who} is shown below.")
        return Message("info", f"New plan for {who}. Start with the essentials or browse the bank.")

    def _draft(self) -> dict[str, Any]:
        draft = self.drafts.load(f"meeting-{self.key}")
        if draft is None:  # kept by an earlier version under its own key
            old = self.store.get_state(LEGACY_DRAFT + self.key)
            draft = dict(old) if isinstance(old, dict) else None
        if draft is None:
            saved = self.saved_meeting()
            if saved is not None:
                draft = {"date": saved.starts_at.date().isoformat(),
                         "time": saved.starts_at.strftime("%H:%M"),
                         "tz": saved.timezone, "place": saved.place}
        return draft or {}

    def saved_meeting(self) -> Meeting | None:
        """The meeting saved for this plan: by its pointer, else the latest meeting of the
        plan or (for a contact) of the contact."""
        meetings = self.store.meetings()
        meeting_id = self.store.get_state(f"prepare:meeting:{self.key}")
        found = next((m for m in meetings if m.id == meeting_id), None)
        if found is None and self.plan.id is not None:
            found = next((m for m in reversed(meetings) if m.plan_id == self.plan.id), None)
        if found is None and self.contact is not None:
            found = next((m for m in reversed(meetings) if m.contact_id == self.contact_id),
                         None)
        return found

    def _load_meeting(self) -> None:
        draft = self._draft()
        try:
            self.day = date.fromisoformat(draft["date"]) if draft.get("date") else None
        except (TypeError, ValueError):
            self.day = None
        self.time = str(draft.get("time") or "")
        zone = str(draft.get("tz") or "") or self.default_zone()
        self.timezone = zone if zone in timezone_options(zone, self.country) else "UTC"
        self.place = str(draft.get("place") or "")
        profile_mode = self.profile.meeting_mode if self.profile else MEETING_MODES[0]
        mode = draft.get("mode") or (_mode_of(self.place) if self.place else profile_mode)
        self.mode = mode if mode in MEETING_MODES else MEETING_MODES[0]

    # -- derived facts ----------------------------------------------------------------------

    @property
    def pack(self) -> str | None:
        """The bank's field pack for the plan's field ("nursing" finds "nursing and health
        care"), or None when the bank has none for it."""
        field = _norm(self.field)
        if not field or self.bank is None:
            return None
        packs = self.bank.fields()
        for pack in packs:
            if pack.casefold() == field:
                return pack
        for pack in packs:
            if field in pack.casefold() or pack.casefold() in field:
                return pack
        return None

    @property
    def research_notes(self) -> str:
        return join_notes(self.notes)

    @property
    def budget(self) -> Budget:
        return time_budget(self.questions, int(self.minutes), bank=self.bank)

    @property
    def report(self) -> Any:
        """The question check of the plan as it is now (computed once per change)."""
        key = (tuple(self.questions), self.minutes, self.pack, self.field, self.research_notes)
        if key != self._report_key:
            from infoint.scoring import check_questions

            self._report = check_questions(
                list(self.questions), minutes=int(self.minutes),
                field=self.pack or self.field.strip() or None,
                research_notes=self.research_notes,
            )
            self._report_key = key
        return self._report

    @property
    def suggestions(self) -> list[tuple[int, str]]:
        """(question index, suggested rewrite) for each finding that offers one."""
        out = []
        for f in self.report.findings:
            qi = getattr(f, "question_index", None)
            if f.suggestion and qi is not None and 0 <= qi < len(self.questions):
                out.append((qi, f.suggestion))
        return out

    def has(self, text: str) -> bool:
        key = _norm(text)
        return any(_norm(q) == key for q in self.questions)

    def bank_entries(
        self, category: str | None = None, field: str | None = None, search: str | None = None
    ) -> list[BankEntry]:
        """Bank questions by category, field pack ("" for general only, None for all) and
        words; each says whether it is already in the plan."""
        if self.bank is None:
            return []
        found = self.bank.filter(category=category or None, field=field,
                                 search=(search or "").strip() or None)
        return [BankEntry(q.id, q.text, q.minutes, q.field or "", self.has(q.text))
                for q in found]

    @property
    def start(self) -> datetime | None:
        try:
            return self.starts_at()
        except ValueError:
            return None

    def starts_at(self) -> datetime:
        """The meeting's start; ValueError with a message a learner can act on."""
        return starts_at(self.day, self.time, self.timezone)

    @property
    def meeting_problem(self) -> str:
        """Why there is no start time yet ("" when there is one)."""
        if self.day is None and not self.time.strip():
            return "Set the date and time to get a calendar invite."
        try:
            self.starts_at()
        except ValueError as error:
            return str(error)
        return ""

    @property
    def summary(self) -> str:
        contact = self.contact
        if contact is not None:
            return f"Informational interview with {contact.name}"
        field = self.field.strip()
        return f"Informational interview ({field})" if field else "Informational interview"

    def calendar(self) -> CalendarFile:
        """The .ics: a private entry by default; an invitation only when asked for."""
        start = self.start
        if start is None:
            return CalendarFile(b"", "", self.meeting_problem)
        contact = self.contact
        organizer = self.profile.email.strip() if self.profile else ""
        attendee = contact.email.strip() if contact else ""
        invite = self.invite_contact
        if invite and not (organizer and attendee):
            missing = "your email (Start here)" if not organizer else "the contact's email (step 1)"
            return CalendarFile(b"", "", f"To invite the contact, add {missing} first. Until "
                                "then, untick the box for your own calendar entry.")
        from infoint.io.calendar import meeting_invite_ics

        notes = ""
        if self.questions:
            notes = "My questions:\n" + "\n".join(
                f"{i}. {q}" for i, q in enumerate(self.questions, 1))
        data = meeting_invite_ics(
            self.summary, start, int(self.minutes), location=self.place.strip(),
            description=self.guide().purpose, private_notes=notes,
            include_private_notes=self.include_questions, invite_contact=invite,
            organizer_email=organizer if invite else "",
            attendee_email=attendee if invite else "",
            organizer_name=self.profile.name if invite and self.profile else "",
            attendee_name=contact.name if invite and contact else "",
            reminder_day_before=True,
            uid=f"prepare-{self.store.learner_id}-{self.key}@infoint",
        )
        if invite:
            who = contact.name if contact else "the contact"
            return CalendarFile(
                data, "Download the invitation (.ics)",
                f"Opening it sends {who} a calendar request to accept"
                + (", with your questions." if self.include_questions
                   else "; your questions stay out of it."))
        return CalendarFile(
            data, "Download the calendar entry (.ics)",
            "A private entry for your own calendar, with a reminder the day before; nobody "
            "else is invited" + (", and your questions are in it." if self.include_questions
                                 else " and your questions stay out of it."))

    def guide(self) -> Any:
        """The printable guide for the plan and meeting as they are now."""
        from infoint.io.guide import MeetingGuide

        contact = self.contact
        place = self.place.strip()
        if place and self.mode == "online" and "video" not in place.casefold():
            place = f"Online: {place}"
        return MeetingGuide(
            contact_name=contact.name if contact else "",
            contact_role=contact.role if contact else "",
            organisation=self.organisation.strip(), field=self.field.strip(),
            learner_name=self.profile.name if self.profile else "",
            starts_at=self.start, place=place, minutes=int(self.minutes),
            questions=list(self.questions), research_notes=self.research_notes,
            budget=self.budget,
        )

    def guide_html(self) -> tuple[bytes, str]:
        """The guide as an HTML document to print, and its file name."""
        from infoint.io.guide import guide_filename, guide_html

        g = self.guide()
        return guide_html(g).encode("utf-8"), guide_filename(g, "html")

    def make_pdf(self) -> Message:
        """Lay out the PDF (a few hundred milliseconds: on request, not on every change)
        and count its pages, so the app says what it prints on instead of promising."""
        from infoint.io.guide import guide_pdf_and_pages

        try:
            self.pdf, self.pdf_pages = guide_pdf_and_pages(self.guide())
        except Exception:  # fpdf2 on odd input: the HTML guide still prints
            log.exception("the PDF guide could not be written")
            self.pdf, self.pdf_pages = b"", 0
            return Message("error", "The PDF could not be made; the HTML guide prints just "
                           "as well.")
        if self.pdf_pages == 1:
            return Message("success", "Your guide fits on one page.")
        return Message("info", f"Your guide takes {self.pdf_pages} pages. For one page, keep "
                       "fewer questions or shorten the research notes.")

    @property
    def pdf_filename(self) -> str:
        from infoint.io.guide import guide_filename

        return guide_filename(self.guide(), "pdf")

    @property
    def fits_one_page(self) -> bool | None:
        """Whether the PDF made last prints on one page (None until one is made)."""
        return None if not self.pdf else self.pdf_pages == 1

    @property
    def checklist(self) -> tuple[tuple[str, str], ...]:
        return checklist()

    @property
    def checklist_progress(self) -> tuple[int, int]:
        """(ticked, total) over the checklist as it is now."""
        keys = [k for k, _t in self.checklist]
        return sum(1 for k in keys if k in self.ticked), len(keys)

    # -- plan actions -----------------------------------------------------------------------

    def _changed(self) -> None:
        # A made PDF describes the plan it was made from; it must not stay on offer.
        self.pdf, self.pdf_pages = b"", 0

    def save_plan(self, message: str = "Saved.") -> Message:
        """Save the plan as it is now (one row), then point this key at it."""
        contact = self.contact
        plan = Plan(contact_id=contact.id if contact else None, field=self.field,
                    organisation=self.organisation, research_notes=self.research_notes,
                    questions=list(self.questions), minutes=int(self.minutes), id=self.plan.id)
        saved = self.store.save_plan(plan)
        self.store.set_states({f"prepare:plan:{self.key}": saved.id,
                               "prepare:last-contact": self.contact_id})
        self.plan = saved
        self._changed()
        return Message("success", message)

    def update_details(self, **changes: Any) -> Message:
        """Change the field, organisation, a note (``notes={"found": ...}``) or the
        minutes, and save; a refused value changes nothing."""
        before = (self.field, self.organisation, dict(self.notes), self.minutes)
        for name in ("field", "organisation"):
            if name in changes:
                setattr(self, name, str(changes[name] or ""))
        for key, text in (changes.get("notes") or {}).items():
            if key not in self.notes:
                raise KeyError(key)
            self.notes[key] = str(text or "")
        if "minutes" in changes:
            self.minutes = int(changes["minutes"])
        try:
            return self.save_plan()
        except Exception:
            self.field, self.organisation, self.notes, self.minutes = before
            raise

    def _commit(self, questions: list[str], message: str) -> Message:
        before = self.questions
        self.questions = questions
        try:
            return self.save_plan(message)
        except Exception:
            self.questions = before
            raise

    def add_question(self, text: str) -> Message:
        text = " ".join((text or "").split())
        if not text:
            return Message("error", "Write your question in the box first.")
        if len(text) > MAX_QUESTION:
            raise ValidationError("questions", f"a question can be at most {MAX_QUESTION} "
                                  "characters")
        if self.has(text):
            return Message("info", "That question is already in your plan.")
        return self._commit([*self.questions, text],
                            f"Added your question as question {len(self.questions) + 1}.")

    def add_from_bank(self, question_id: str) -> Message:
        if self.bank is None:
            return Message("error", "The question bank is not available.")
        text = self.bank.get(question_id).text
        if self.has(text):
            return Message("info", "That question is already in your plan.")
        return self._commit([*self.questions, text],
                            f"Added to your plan as question {len(self.questions) + 1}: {text}")

    def add_essentials(self) -> Message:
        if self.bank is None:
            return Message("error", "The question bank is not available.")
        minutes = int(self.minutes)
        essentials = [q.text for q in suggest_questions(minutes, self.pack, self.bank)]
        new = [t for t in essentials if not self.has(t)]
        if not new:
            return Message("info", f"Your plan already has the essentials for {minutes} minutes.")
        # Essentials lead, in conversation order; the learner's own questions follow.
        keys = {_norm(t) for t in essentials}
        merged = [*essentials, *[q for q in self.questions if _norm(q) not in keys]]
        return self._commit(
            merged, f"Added {len(new)} essential questions for a {minutes}-minute meeting.")

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self.questions):
            raise IndexError(f"no question {index + 1} in the plan")

    def remove(self, index: int) -> Message:
        self._check_index(index)
        removed = self.questions[index]
        rest = [q for i, q in enumerate(self.questions) if i != index]
        return self._commit(rest, f"Removed \u201c{_short(removed)}\u201d.")

    def move(self, index: int, step: int) -> Message:
        """Move question ``index`` by ``step`` places (-1 up, 1 down)."""
        self._check_index(index)
        target = index + step
        if not 0 <= target < len(self.questions):
            return Message("info", "That question is already at the "
                           + ("top." if step < 0 else "bottom."))
        questions = list(self.questions)
        questions[index], questions[target] = questions[target], questions[index]
        return self._commit(questions, f"Moved to position {target + 1}.")

    def replace(self, index: int, text: str) -> Message:
        self._check_index(index)
        text = " ".join((text or "").split())
        if not text:
            return Message("error", "Write the new wording in the box first.")
        if len(text) > MAX_QUESTION:
            raise ValidationError("questions", f"a question can be at most {MAX_QUESTION} "
                                  "characters")
        questions = list(self.questions)
        questions[index] = text
        return self._commit(questions, f"Question {index + 1} reworded.")

    def use_suggestion(self, index: int) -> Message:
        """Put the check's suggested rewrite in place of question ``index``."""
        text = dict(self.suggestions).get(index)
        if text is None:
            return Message("info", f"Question {index + 1} has no suggested rewrite.")
        questions = list(self.questions)
        questions[index] = text
        return self._commit(questions, f"Question {index + 1} is now an open question.")

    # -- meeting actions --------------------------------------------------------------------

    def update_meeting(self, **changes: Any) -> Message:
        """Change the day, time, timezone, place or mode and keep them as a draft."""
        for name in ("day", "time", "timezone", "place", "mode", "include_questions",
                     "invite_contact"):
            if name in changes:
                setattr(self, name, changes[name])
        if self.mode not in MEETING_MODES:
            self.mode = MEETING_MODES[0]
        self.time = str(self.time or "")
        self.place = str(self.place or "")
        self._keep_draft()
        self._changed()
        return Message("info", f"Meeting details kept at {self._kept_at}.")

    def _keep_draft(self) -> None:
        self._kept_at = self.drafts.keep(f"meeting-{self.key}", {
            "date": self.day.isoformat() if self.day else "", "time": self.time.strip(),
            "tz": self.timezone, "place": self.place.strip(), "mode": self.mode,
        })
        if self.store.get_state(LEGACY_DRAFT + self.key) is not None:
            self.store.set_state(LEGACY_DRAFT + self.key, None)  # now kept under Drafts

    def save_meeting(self) -> Message:
        """Save the meeting (once per plan: saving again updates it) and mark the contact
        "meeting scheduled"."""
        try:
            start = self.starts_at()
        except ValueError as error:
            return Message("error", str(error))
        if self.plan.id is None:
            self.save_plan()
        contact = self.contact
        earlier = self.saved_meeting()
        saved = self.store.save_meeting(Meeting(
            contact_id=contact.id if contact else None, starts_at=start,
            minutes=int(self.minutes), place=self.place, timezone=self.timezone,
            plan_id=self.plan.id, id=earlier.id if earlier else None,
        ))
        self.store.set_state(f"prepare:meeting:{self.key}", saved.id)
        if contact is not None and contact.status != "meeting scheduled":
            self.contacts[contact.id] = self.store.set_status(contact.id, "meeting scheduled")
        who = f" with {contact.name}" if contact else ""
        return Message("success", f"Meeting{who} saved for {start:%A %d %B, %H:%M} "
                       f"({self.timezone}). Download the calendar entry below to add it to "
                       "your calendar.")

    # -- checklist --------------------------------------------------------------------------

    def tick(self, key: str, done: bool = True) -> Message:
        if key not in dict(self.checklist):
            raise KeyError(key)
        ticked = (self.ticked | {key}) if done else (self.ticked - {key})
        self.store.set_state(f"prepare:checklist:{self.key}", sorted(ticked))
        self.ticked = ticked
        n, total = self.checklist_progress
        return Message("success", f"{n} of {total} ready.")

    # -- words ------------------------------------------------------------------------------

    @property
    def rule_hints(self) -> Mapping[str, str]:
        return content().rule_hints

    def words(self, step: str, part: str = "title") -> str:
        return content().step(step, part)

    def app_words(self, key: str) -> str:
        return content().app.get(key, "")

    def note_hint(self, key: str) -> str:
        return content().notes.get(key, "")

