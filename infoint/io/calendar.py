"""Calendar files (.ics) for reminders and meeting invitations, written with ``icalendar``.

- :func:`reminders_to_ics`: one all-day event per reminder, each with a pop-up alarm at 9:00
  on the day. UIDs are stable (kind, contact, date), so importing the file again updates
  the events instead of duplicating them.
- :func:`meeting_invite_ics`: one timed event in the meeting's own timezone (DTSTART/DTEND
  with TZID and a matching VTIMEZONE), with an optional alarm one day before. Private by
  default (no one to send it to, no private notes); a real invitation only when asked.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from infoint.contacts import Reminder

__all__ = ["meeting_invite_ics", "reminders_to_ics"]

PRODID = "-//infoint//informational interviews//EN"
_EMAIL = re.compile(r"^[^@\s:]+@[^@\s]+\.[^@\s]+$")
_KIND_TITLES = {
    "follow-up": "Follow up",
    "second-contact": "Try a second contact",
    "thank-you": "Send a thank-you",
    "keep-in-touch": "Keep in touch",
}


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name:
        cal.add("x-wr-calname", name)
    return cal


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or "contact"


def _reminder_uid(r: Reminder) -> str:
    who = str(r.contact_id) if r.contact_id is not None else _slug(r.contact_name)
    digest = hashlib.sha1(r.text.encode("utf-8")).hexdigest()[:8]
    return f"{r.kind}-{who}-{r.due:%Y%m%d}-{digest}@infoint"


def _now(stamp: datetime | None) -> datetime:
    if stamp is None:
        return datetime.now(UTC).replace(microsecond=0)
    if stamp.tzinfo is None:
        raise ValueError("stamp needs a timezone")
    return stamp.astimezone(UTC)


def reminders_to_ics(
    reminders: Iterable[Reminder], learner_name: str = "", *, stamp: datetime | None = None
) -> bytes:
    """An .ics calendar with one all-day event per reminder.

    Each event has UID, DTSTAMP (``stamp`` or now, UTC), DTSTART/DTEND as dates, SUMMARY,
    DESCRIPTION and a display alarm at 9:00 on the day.
    """
    name = f"infoint reminders for {learner_name}" if learner_name else "infoint reminders"
    cal = _calendar(name)
    now = _now(stamp)
    for r in reminders:
        due = r.due.date() if isinstance(r.due, datetime) else r.due
        if not isinstance(due, date):
            raise ValueError("every reminder needs a due date")
        title = _KIND_TITLES.get(r.kind, r.kind.capitalize())
        summary = f"{title}: {r.contact_name}" if r.contact_name else title
        event = Event()
        event.add("uid", _reminder_uid(r))
        event.add("dtstamp", now)
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(days=1))
        event.add("summary", summary)
        text = r.text or summary
        # The same words as the app: "moved to Thu 28 May for Memorial Day", "snoozed ...".
        event.add("description", f"{text} ({r.note})" if getattr(r, "note", "") else text)
        event.add("categories", ["infoint", r.kind])
        event.add("transp", "TRANSPARENT")  # a reminder does not make the learner busy
        event.add("class", "PRIVATE")  # the learner's own to-do, never shared
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(hours=9))  # 9:00 on the day (relative to start)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def _address(email: str, what: str) -> vCalAddress:
    email = email.strip().removeprefix("mailto:")
    if not _EMAIL.match(email):
        raise ValueError(f"{what} '{email}' does not look like an email address")
    return vCalAddress(f"mailto:{email}")


def meeting_invite_ics(
    summary: str,
    starts_at: datetime,
    minutes: int,
    location: str = "",
    description: str = "",
    organizer_email: str = "",
    attendee_email: str = "",
    reminder_day_before: bool = True,
    *,
    private_notes: str = "",
    include_private_notes: bool = False,
    invite_contact: bool = False,
    organizer_name: str = "",
    attendee_name: str = "",
    uid: str = "",
    stamp: datetime | None = None,
) -> bytes:
    """An .ics file for one meeting, timezone-correct, private unless asked otherwise.

    By default it is the learner's own calendar entry: METHOD:PUBLISH, CLASS:PRIVATE, no
    ORGANIZER, no ATTENDEE, no RSVP, so no calendar app has anyone to send it to (the
    email addresses are ignored). Only ``invite_contact=True`` makes a real invitation:
    METHOD:REQUEST with the learner as ORGANIZER and the contact as ATTENDEE (RSVP=TRUE);
    it needs both addresses. ``description`` is what the contact may read;
    ``private_notes`` (the learner's question list) is added below it only when
    ``include_private_notes`` is true, in either kind of file.

    ``starts_at`` must be timezone-aware (a ``zoneinfo.ZoneInfo`` zone gives DTSTART/DTEND
    with TZID and a VTIMEZONE; UTC is written as UTC). Raises ValueError for a naive
    time, a length outside 1..480 minutes, an empty summary, a malformed email, or an
    invitation without both addresses.
    """
    summary = " ".join(str(summary or "").split())
    if not summary:
        raise ValueError("the meeting needs a title")
    if not isinstance(starts_at, datetime) or starts_at.tzinfo is None:
        raise ValueError("the meeting start needs a date, a time and a timezone")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 480:
        raise ValueError("the meeting length must be between 1 and 480 minutes")
    organizer = _address(organizer_email, "organizer email") if organizer_email else None
    attendee = _address(attendee_email, "attendee email") if attendee_email else None
    if invite_contact and organizer is None:
        raise ValueError("to invite the contact, add your own email (organizer) first")
    if invite_contact and attendee is None:
        raise ValueError("to invite the contact, the contact needs an email (attendee)")

    cal = _calendar("")
    cal.add("method", "REQUEST" if invite_contact else "PUBLISH")
    event = Event()
    if not uid:
        uid = f"{uuid.uuid4()}@infoint"
    event.add("uid", uid)
    event.add("dtstamp", _now(stamp))
    event.add("dtstart", starts_at)
    event.add("dtend", starts_at + timedelta(minutes=minutes))
    event.add("summary", summary)
    event.add("sequence", 0)
    if location:
        event.add("location", location)
    text = "\n\n".join(
        part.strip() for part in (description, private_notes if include_private_notes else "")
        if part and part.strip()
    )
    if text:
        event.add("description", text)
    if invite_contact and organizer is not None and attendee is not None:  # both checked
        if organizer_name.strip():
            organizer.params["CN"] = vText(" ".join(organizer_name.split()))
        event.add("organizer", organizer)
        if attendee_name.strip():
            attendee.params["CN"] = vText(" ".join(attendee_name.split()))
        attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
        attendee.params["PARTSTAT"] = vText("NEEDS-ACTION")
        attendee.params["RSVP"] = vText("TRUE")
        event.add("attendee", attendee)
        event.add("status", "TENTATIVE")  # until the contact accepts
    else:
        # The learner's own entry: shown as busy, details hidden from anyone the learner
        # shares their calendar with, and nobody to send it to.
        event.add("class", "PRIVATE")
        event.add("status", "CONFIRMED")
    if reminder_day_before:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Tomorrow: {summary}")
        alarm.add("trigger", timedelta(days=-1))
        event.add_component(alarm)
    cal.add_component(event)
    year = starts_at.year
    cal.add_missing_timezones(first_date=date(year - 1, 1, 1), last_date=date(year + 2, 1, 1))
    return cal.to_ical()
