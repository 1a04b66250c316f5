"""Step 1, find contacts, as a pure model: the learner's contacts and what to do with them.

:class:`ContactsModel` holds the step's state (the contacts read from the store, the table's
filters and page, the circle being walked, the selected contact, a pending import with the
learner's merge choices) and derives from it, once per data change, what the app shows:
the ask-first ranking, this week's reminders, possible duplicates, the selected contact's
timeline. Its actions write through the store passed in, each in one transaction, and
leave a :class:`Message` that says what happened and *where* (the part of the page whose
button caused it), so a view can show it by that button instead of at the top of a long
page.

No widgets here: ``infoint.ui.contacts`` builds them and links them to this model, and the
tests drive this model directly (set state, call an action, assert the store).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Literal

from infoint.cadence import cadence, learner_holidays
from infoint.contacts import (
    Introduction,
    Ranked,
    Reminder,
    Touch,
    rank_contacts,
    reminders_for,
    suggest_introducers,
    this_week,
    touch_log,
)
from infoint.contacts_view import (
    ALL,
    CIRCLES,
    Circle,
    OrgGroup,
    TablePage,
    TableQuery,
    field_options,
    organisation_groups,
    query_table,
    search_index,
    status_options,
    timelines,
)
from infoint.io.importing import ContactImportError, ImportPreview, ParseResult
from infoint.matching import Match, merge_into, possible_duplicates
from infoint.model import Contact, Learner, ValidationError
from infoint.pipeline import STATUS_EVENTS, next_stage
from infoint.store import Store, StoreError

__all__ = ["ContactsModel", "Message", "PendingImport", "Place"]

# The part of the page an action belongs to; a view shows the action's message there.
Place = Literal["page", "add", "intro", "import", "duplicates", "table", "status", "editor"]


@dataclass(frozen=True)
class Message:
    """What the last action did, or what to fix: ``level`` is success, info or error."""

    level: str
    text: str
    place: Place = "page"
    error: Exception | None = None  # the refused input, for a view's own wording


@dataclass(frozen=True)
class _Dated:
    """The reminders, which need the holiday calendar, from one read of the store."""

    all_reminders: list[Reminder]
    this_week: list[Reminder]  # overdue first


@dataclass
class PendingImport:
    """A file read and previewed, not saved: what confirming it would write."""

    filename: str
    data: bytes
    parsed: ParseResult
    preview: ImportPreview
    keep_both: set[int] = field(default_factory=set)  # positions in preview.likely

    @property
    def merge_count(self) -> int:
        return len(self.preview.likely) - len(self.keep_both)


def _refused(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return f"{error.field.replace('_', ' ').capitalize()} {error.message}."
    return f"Your work could not be saved: {error}. Nothing was changed; please try again."


class ContactsModel:
    """State, derived facts and actions of the contacts step (see the module docstring)."""

    def __init__(
        self, store: Store, *, today: date | None = None, holidays: Iterable[date] = ()
    ) -> None:
        self.store = store
        self._today = today
        # Explicit dates (tests, an instructor's calendar) win over the learner's country.
        self.holiday_override = tuple(holidays)
        # -- state the learner sets
        self.query = TableQuery()
        self.circle = 0
        self.selected_id: int | None = None
        self.pending: PendingImport | None = None
        self.import_error = ""
        self.encoding: str | None = None  # None: as detected
        self.delimiter: str | None = None
        self.message: Message | None = None
        # -- facts derived on refresh()
        self.contacts: list[Contact] = []
        self.profile: Learner | None = None
        self.ranked: list[Ranked] = []
        self.introductions: list[Introduction] = []
        self.duplicates: list[Match] = []
        # The reminders (see :meth:`_dated`), worked out on first use.
        self._events: list[dict[str, Any]] = []
        self._dates: _Dated | None = None
        self.page: TablePage = query_table([], {}, self.query)
        self.groups: dict[str, OrgGroup] | None = None
        self.timeline: list[Touch] = []
        self.status_options: list[tuple[str, str]] = []  # (label with count, value)
        self.field_options: list[tuple[str, str]] = []
        self._by_id: dict[int, Contact] = {}
        self._index: dict[int, str] = {}
        self._file: tuple[bytes, str] = (b"", "")  # the last file chosen, for a re-read
        self.refresh()

    # -- small facts -----------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def selected(self) -> Contact | None:
        return self._by_id.get(self.selected_id) if self.selected_id is not None else None

    @property
    def current_circle(self) -> Circle:
        return CIRCLES[self.circle]

    @property
    def ask_first(self) -> list[Ranked]:
        """Everyone still worth a first ask, warmest first (the ranking's top)."""
        return [r for r in self.ranked if r.ask_first]

    @property
    def open_introductions(self) -> list[Introduction]:
        return [s for s in self.introductions if s.contact.status != "asked for intro"]

    @property
    def waiting_introductions(self) -> list[Introduction]:
        return [s for s in self.introductions if s.contact.status == "asked for intro"]

    @property
    def all_reminders(self) -> list[Reminder]:
        return self._dated().all_reminders

    @property
    def reminders(self) -> list[Reminder]:
        """This week's reminders, overdue first."""
        return self._dated().this_week

    def _dated(self) -> _Dated:
        """The reminders, worked out from the last read on first use. Their dates skip the
        learner's public holidays (or the override), and loading a country's calendar
        loads every country's module (about 0.1 s), while the page's first screen shows
        no date (its reminders are further down)."""
        if self._dates is None:
            p = self.profile
            holidays = self.holiday_override or (
                learner_holidays(p.country, p.region, self.today) if p else {}
            )
            every = reminders_for(timelines(self.contacts, self._events), self.today, holidays)
            self._dates = _Dated(every, this_week(every, self.today))
        return self._dates

    @property
    def next_reminder(self) -> Reminder | None:
        """The first reminder after this week (said when nothing is due now)."""
        later = [r for r in self.all_reminders if r not in self.reminders]
        return later[0] if later else None

    @property
    def next_stage(self) -> str | None:
        c = self.selected
        return next_stage(c.status) if c else None

    @property
    def can_log_follow_up(self) -> bool:
        c = self.selected
        return c is not None and c.status in ("contacted", "follow-up due")

    def in_circle(self) -> list[str]:
        """Names already added in the circle being walked."""
        rel = self.current_circle.relationship
        return [c.name for c in self.contacts if c.relationship == rel]

    def reminders_ics(self) -> bytes:
        from infoint.io.calendar import reminders_to_ics

        return reminders_to_ics(self.all_reminders, self.profile.name if self.profile else "")

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the store once, rank once, and derive every list the step shows."""
        self.contacts = self.store.contacts()
        self._by_id = {c.id: c for c in self.contacts if c.id is not None}
        self.profile = self.store.load_profile()
        self._events = self.store.events()
        self._dates = None
        p = self.profile
        fields = p.fields if p else []
        self.ranked = rank_contacts(self.contacts, fields, p.school if p else "", today=self.today)
        self._index = search_index(self.contacts)
        self.introductions = suggest_introducers(self.contacts, fields)
        self.duplicates = possible_duplicates(self.contacts)
        if self.selected_id is not None and self.selected_id not in self._by_id:
            self.selected_id = None  # deleted here or in another tab
        self.status_options = status_options(self.contacts)
        self.field_options = field_options(self.contacts)
        # A filter on a value nobody has any more (the last one moved on) falls back to all.
        for key, options in (("status", self.status_options), ("field", self.field_options)):
            if getattr(self.query, key) not in {v for _label, v in options}:
                self.query = replace(self.query, **{key: ALL})
        self._derive_page()
        self._derive_timeline()

    def _derive_page(self) -> None:
        self.page = query_table(self.ranked, self._index, self.query)
        self.query = replace(self.query, page=self.page.page)
        self.groups = organisation_groups(self.contacts) if self.query.sort == "organisation" \
            else None

    def _derive_timeline(self) -> None:
        cid = self.selected_id
        self.timeline = (
            touch_log(self.store.events(cid), self.store.draft_dates(cid)) if cid else []
        )

    def _say(self, level: str, text: str, place: Place) -> None:
        self.message = Message(level, text, place)

    def _refuse(self, error: Exception, place: Place) -> None:
        self.message = Message("error", _refused(error), place, error)

    # -- the table -------------------------------------------------------------------------

    def set_query(self, **changes: object) -> TablePage:
        """Change the search, status, field or sort; a change starts at the first page."""
        changes.setdefault("page", 0)
        for key in ("status", "field"):
            if changes.get(key) is None and key in changes:
                changes[key] = ALL
        self.query = replace(self.query, **changes)  # type: ignore[arg-type]
        self._derive_page()
        return self.page

    def go_page(self, page: int) -> TablePage:
        self.query = replace(self.query, page=max(0, page))
        self._derive_page()
        return self.page

    def select(self, contact_id: int | None) -> Contact | None:
        """Open one contact (its details and timeline); None closes it."""
        self.selected_id = contact_id if contact_id in self._by_id else None
        self._derive_timeline()
        return self.selected

    # -- the guided circles and introductions ------------------------------------------------

    def go_circle(self, index: int) -> Circle:
        self.circle = min(max(0, index), len(CIRCLES) - 1)
        return self.current_circle

    def add(self, contact: Contact) -> Contact | None:
        """Add a new person (the one add form); a later status records its dated event."""
        try:
            wanted = contact.status
            saved = self.store.add_contact(replace(contact, status="identified", id=None))
            if wanted != "identified":
                assert saved.id is not None
                saved = self.store.set_status(
                    saved.id, wanted, on=self.today, event_kind=STATUS_EVENTS.get(wanted, "")
                )
        except (ValidationError, StoreError) as error:
            self._refuse(error, "add")
            return None
        self.refresh()
        self._say(
            "success",
            f"Added {saved.name} ({saved.relationship}). Open them in the table below to add "
            "an email or notes. Who else comes to mind?",
            "add",
        )
        return saved

    def ask_introduction(self, contact_id: int | None) -> Contact | None:
        """Put 'ask them for an introduction' on this week's list."""
        suggestion = next((s for s in self.introductions if s.contact.id == contact_id), None)
        if contact_id is None or suggestion is None:
            self._say("error", "Choose whom to ask for an introduction first.", "intro")
            return None
        try:
            saved = self.store.set_status(
                contact_id, "asked for intro", on=self.today, event_kind="asked for intro"
            )
        except (ValidationError, StoreError) as error:
            self._refuse(error, "intro")
            return None
        self.refresh()
        self._say("success", f"Added to this week: {suggestion.text}.", "intro")
        return saved

    # -- the selected contact ---------------------------------------------------------------

    def save(self, contact: Contact) -> Contact | None:
        """Save the edits to the selected contact (``contact`` carries its id)."""
        try:
            saved = self.store.update_contact(replace(contact))  # replace() re-validates
        except (ValidationError, StoreError) as error:
            self._refuse(error, "editor")
            return None
        self.refresh()
        self._say("success", f"Saved changes to {saved.name}.", "editor")
        return saved

    def set_status(self, status: str) -> Contact | None:
        """Move the selected contact to ``status`` now, recording the dated event."""
        c = self.selected
        if c is None or c.id is None:
            return None
        kind = STATUS_EVENTS.get(status, "")
        try:
            saved = self.store.set_status(c.id, status, on=self.today, event_kind=kind)
        except (ValidationError, StoreError) as error:
            self._refuse(error, "status")
            return None
        self.refresh()
        recorded = f" (recorded {self.today:%d %b})" if kind else ""
        self._say("success", f"{saved.name} is now: {status}{recorded}.", "status")
        return saved

    def advance(self) -> Contact | None:
        upcoming = self.next_stage
        return self.set_status(upcoming) if upcoming else None

    def log_follow_up(self) -> bool:
        """Record the one follow-up; a second one is refused with why."""
        c = self.selected
        if c is None or c.id is None:
            return False
        if any(e["kind"] == "followed up" for e in self.store.events(c.id)):
            self._say(
                "info",
                "You already followed up once. One follow-up is enough: give them room, "
                "or try someone else at the organisation.",
                "status",
            )
            return False
        return self._event(c, "followed up", self.today,
                           "Follow-up recorded. No more reminders to chase this person.")

    def mark_replied(self) -> bool:
        """They answered: the no-reply reminders (second contact, follow-up) stop."""
        c = self.selected
        if c is None:
            return False
        return self._event(
            c, "replied", self.today,
            f"Reply from {c.name} recorded: no more no-reply reminders for them. "
            "When you agree a time, move them to 'meeting scheduled'.",
        )

    def snooze_until(self, until: date | None) -> date | None:
        """Hold the selected contact's reminders until ``until`` (within the cadence's limit)."""
        c = self.selected
        if c is None:
            return None
        limit = cadence().snooze_max_days
        if until is None:
            self._say("error", "Pick the day the reminders should come back.", "status")
            return None
        if until <= self.today:
            self._say("error", "Pick a day after today to snooze until.", "status")
            return None
        if until > self.today + timedelta(days=limit):
            self._say("error", f"Snooze for at most {limit} days; pick an earlier day.", "status")
            return None
        ok = self._event(
            c, "snoozed", until,
            f"Reminders for {c.name} are snoozed until {until:%a %d %b}. "
            "They come back in 'This week' then.",
        )
        return until if ok else None

    def snooze_for(self, days: int) -> date | None:
        return self.snooze_until(self.today + timedelta(days=int(days)))

    def _event(self, c: Contact, kind: str, on: date, success: str) -> bool:
        assert c.id is not None
        try:
            self.store.add_event(c.id, kind, on)
        except (ValidationError, StoreError) as error:
            self._refuse(error, "status")
            return False
        self.refresh()
        self._say("success", success, "status")
        return True

    def delete(self) -> bool:
        """Delete the selected contact and its history (the view asks to confirm first)."""
        c = self.selected
        if c is None or c.id is None:
            return False
        try:
            self.store.delete_contact(c.id)
        except StoreError as error:
            self._refuse(error, "editor")
            return False
        self.selected_id = None
        self.refresh()
        self._say("success", f"Deleted {c.name}.", "table")
        return True

    # -- duplicates already in the list -----------------------------------------------------

    def merge_duplicate(self, index: int | None) -> Contact | None:
        """Merge the pair ``index`` of :attr:`duplicates`: the older contact stays."""
        if index is None or not 0 <= index < len(self.duplicates):
            self._say("error", "Choose a pair to merge first.", "duplicates")
            return None
        match = self.duplicates[index]
        keep, drop = match.existing, match.incoming
        merged, _fields = merge_into(keep, drop)
        assert drop.id is not None
        try:
            saved = self.store.merge_contacts(merged, drop.id)
        except (ValidationError, StoreError) as error:
            self._refuse(error, "duplicates")
            return None
        if self.selected_id == drop.id:
            self.selected_id = keep.id
        self.refresh()
        self._say("success", f"Merged {drop.name} into {saved.name}.", "duplicates")
        return saved

    # -- import: preview, choices, confirm --------------------------------------------------

    def preview_import(
        self,
        data: bytes,
        filename: str,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> PendingImport | None:
        """Read a file and say what importing it would do; nothing is written."""
        from infoint.io.importers import parse_contacts, preview_import

        self.pending = None
        self.import_error = ""
        self.encoding, self.delimiter = encoding or None, delimiter or None
        name = filename or "the file"
        try:
            parsed = parse_contacts(
                data, filename, encoding=self.encoding, delimiter=self.delimiter
            )
        except ContactImportError as error:
            # The bytes are kept so a wrong encoding or separator can be changed back.
            self._file = (bytes(data), filename)
            self.import_error = str(error)
            self._say("error", f"Nothing was imported: {error}", "import")
            return None
        self._file = (bytes(data), filename)
        preview = preview_import(parsed, self.contacts)
        self.pending = PendingImport(name, bytes(data), parsed, preview)
        plan = preview.plan()  # with every likely match merged, the default
        if plan.new or plan.updates or preview.likely:
            self._say("info", f"{preview.summary()}. Check the preview, then import.", "import")
        else:
            self._say("info", f"{preview.summary()}: nothing new to import.", "import")
        return self.pending

    def reread(self, encoding: str | None, delimiter: str | None) -> PendingImport | None:
        """Read the same file again with the learner's encoding or separator."""
        data, filename = self._file
        if not data:
            return None
        return self.preview_import(data, filename, encoding=encoding, delimiter=delimiter)

    @property
    def chosen_file(self) -> str:
        """The name of the file being previewed (or refused), for the upload's label."""
        return self._file[1]

    def keep_both(self, position: int, separate: bool = True) -> None:
        """The learner's choice for one likely match: two people (True) or merge (False)."""
        if self.pending is None or not 0 <= position < len(self.pending.preview.likely):
            return
        if separate:
            self.pending.keep_both.add(position)
        else:
            self.pending.keep_both.discard(position)

    def confirm_import(self) -> list[Contact]:
        """Write the pending import in one transaction, as the learner chose."""
        pending = self.pending
        if pending is None:
            self._say("error", "Choose a file to import first.", "import")
            return []
        from infoint.io.importers import preview_import

        # Check duplicates again against the store as it is now: another tab may have
        # added contacts since the preview.
        fresh = preview_import(pending.parsed, self.store.contacts())
        separate = {id(pending.preview.likely[i].incoming) for i in pending.keep_both}
        plan = fresh.plan(i for i, m in enumerate(fresh.likely) if id(m.incoming) in separate)
        try:
            saved, _updated = self.store.apply_import(plan.new, plan.updates)
        except (ValidationError, StoreError) as error:
            self._refuse(error, "import")
            return []
        self.cancel_import(quiet=True)
        self.refresh()
        self._say(
            "success", f"{plan.summary()} from {pending.filename}. They are ranked below.",
            "import",
        )
        return saved

    def cancel_import(self, *, quiet: bool = False) -> None:
        had = self.pending is not None
        self.pending = None
        self.import_error = ""
        self.encoding = self.delimiter = None
        self._file = (b"", "")
        if had and not quiet:
            self._say("info", "Import cancelled. Nothing was saved.", "import")
