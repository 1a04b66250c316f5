"""The .ics files: reminders as all-day events, and a timezone-correct meeting invite."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from infoint.contacts import Reminder, follow_up_plan
from infoint.io.calendar import meeting_invite_ics, reminders_to_ics
from infoint.model import Contact

STAMP = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def events(data: bytes):
    return Calendar.from_ical(data).walk("VEVENT")


def test_reminders_round_trip():
    ana = Contact(name="Ana Li", organisation="Acme", id=3)
    reminders = follow_up_plan(date(2026, 11, 27), contact=ana)
    data = reminders_to_ics(reminders, learner_name="Sam", stamp=STAMP)
    cal = Calendar.from_ical(data)
    assert str(cal["X-WR-CALNAME"]) == "infoint reminders for Sam"
    got = cal.walk("VEVENT")
    assert len(got) == 2
    first = got[0]
    assert first.decoded("DTSTART") == date(2026, 12, 2)
    assert first.decoded("DTEND") == date(2026, 12, 3)
    assert str(first["SUMMARY"]) == "Try a second contact: Ana Li"
    assert "try a second contact at Acme" in str(first["DESCRIPTION"])
    assert first.decoded("DTSTAMP") == STAMP
    assert str(first["UID"]).endswith("@infoint")
    [alarm] = first.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(hours=9)
    assert got[1].decoded("DTSTART") == date(2026, 12, 8)
    assert len({str(e["UID"]) for e in got}) == 2


def test_reminder_uids_are_stable():
    rs = [Reminder(date(2026, 12, 2), "thank-you", "Bo", 9, "Thank Bo")]
    a = reminders_to_ics(rs, stamp=STAMP)
    b = reminders_to_ics(rs, stamp=STAMP)
    assert a == b


def test_reminders_escape_text():
    rs = [Reminder(date(2026, 12, 2), "follow-up", "Li, Ana; <b>", None, "Line 1\nLine 2, ok")]
    [event] = events(reminders_to_ics(rs, stamp=STAMP))
    assert str(event["SUMMARY"]) == "Follow up: Li, Ana; <b>"
    assert str(event["DESCRIPTION"]) == "Line 1\nLine 2, ok"


def test_empty_reminder_calendar_is_valid():
    cal = Calendar.from_ical(reminders_to_ics([], stamp=STAMP))
    assert cal.walk("VEVENT") == []
    assert str(cal["VERSION"]) == "2.0"


def test_meeting_invite_round_trip_with_timezone():
    start = datetime(2026, 3, 30, 9, 30, tzinfo=BERLIN)  # just after the DST change
    data = meeting_invite_ics(
        "Informational interview with Ana Li",
        start,
        20,
        location="Café Central, Main St",
        description="20 minutes; bring questions",
        organizer_email="sam@example.com",
        attendee_email="ana@example.com",
        invite_contact=True,
        stamp=STAMP,
        uid="meeting-1@infoint",
    )
    assert b"DTSTART;TZID=Europe/Berlin:20260330T093000" in data
    assert b"DTEND;TZID=Europe/Berlin:20260330T095000" in data
    cal = Calendar.from_ical(data)
    assert str(cal["METHOD"]) == "REQUEST"
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Berlin"
    [event] = cal.walk("VEVENT")
    assert event.start == start
    assert event.end == start + timedelta(minutes=20)
    assert event.start.utcoffset() == timedelta(hours=2)  # CEST
    assert event.start.astimezone(UTC) == datetime(2026, 3, 30, 7, 30, tzinfo=UTC)
    assert str(event["LOCATION"]) == "Café Central, Main St"
    assert str(event["ORGANIZER"]) == "mailto:sam@example.com"
    assert str(event["ATTENDEE"]) == "mailto:ana@example.com"
    assert event["ATTENDEE"].params["RSVP"] == "TRUE"
    assert str(event["UID"]) == "meeting-1@infoint"
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(days=-1)
    assert "Tomorrow" in str(alarm["DESCRIPTION"])


def test_meeting_invite_without_alarm_or_people_is_publish():
    start = datetime(2026, 6, 1, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    cal = Calendar.from_ical(
        meeting_invite_ics("Coffee", start, 15, reminder_day_before=False, stamp=STAMP)
    )
    assert str(cal["METHOD"]) == "PUBLISH"
    [event] = cal.walk("VEVENT")
    assert event.walk("VALARM") == []
    assert event.start.astimezone(UTC) == datetime(2026, 6, 1, 18, 0, tzinfo=UTC)
    assert [str(t["TZID"]) for t in cal.walk("VTIMEZONE")] == ["America/New_York"]


def test_meeting_invite_in_utc():
    start = datetime(2026, 6, 1, 14, 0, tzinfo=UTC)
    [event] = events(meeting_invite_ics("Call", start, 30, stamp=STAMP))
    assert event.start == start


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"starts_at": datetime(2026, 6, 1, 14, 0)}, "timezone"),
        ({"minutes": 0}, "minutes"),
        ({"summary": "  "}, "title"),
        ({"attendee_email": "not an email"}, "attendee"),
        ({"organizer_email": "a@b"}, "organizer"),
    ],
)
def test_meeting_invite_refuses_bad_input(kwargs, message):
    args = {
        "summary": "Coffee",
        "starts_at": datetime(2026, 6, 1, 14, 0, tzinfo=BERLIN),
        "minutes": 20,
    }
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        meeting_invite_ics(**args)
