"""The meeting .ics: a private entry by default, a real invitation only when asked.

A calendar app sends a METHOD:REQUEST with attendees to those attendees. The learner's
question list is private. So the default file has nobody to send it to and no questions;
"invite the contact" makes a proper request, still without the questions unless ticked.
"""

from __future__ import annotations

import base64
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from infoint.io.calendar import meeting_invite_ics
from infoint.model import Contact, Learner
from infoint.steps.prepare import PrepareModel
from infoint.store import Store
from infoint.ui import PrepareApp

START = datetime(2026, 5, 4, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
STAMP = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
QUESTIONS = "My questions:\n1. How did you get started?\n2. What is a normal week?"


def parse(data: bytes):
    cal = Calendar.from_ical(data)
    [event] = cal.walk("VEVENT")
    return cal, event


def private(**kw) -> bytes:
    args = {"location": "Café", "description": "Learn how nursing works.",
            "organizer_email": "me@example.org", "attendee_email": "ana@example.org",
            "private_notes": QUESTIONS, "stamp": STAMP}
    return meeting_invite_ics("Informational interview with Ana", START, 20, **(args | kw))


def test_default_is_a_private_entry_with_nobody_to_send_it_to():
    data = private()
    cal, event = parse(data)
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(event["CLASS"]) == "PRIVATE"
    for key in ("ATTENDEE", "ORGANIZER"):
        assert key not in event
    assert b"RSVP" not in data and b"ana@example.org" not in data and b"me@example" not in data
    assert str(event["DESCRIPTION"]) == "Learn how nursing works."
    assert b"How did you get started" not in data
    assert event.walk("VALARM")  # the learner's own reminder stays


def test_include_my_questions_adds_them_to_the_private_entry():
    _cal, event = parse(private(include_private_notes=True))
    text = str(event["DESCRIPTION"])
    assert text.startswith("Learn how nursing works.") and "2. What is a normal week?" in text
    assert "ATTENDEE" not in event


def test_invite_the_contact_is_a_proper_request_without_private_notes():
    data = private(invite_contact=True, organizer_name="Amara Obi", attendee_name="Ana Li")
    cal, event = parse(data)
    assert str(cal["METHOD"]) == "REQUEST"
    assert str(event["ORGANIZER"]) == "mailto:me@example.org"
    assert event["ORGANIZER"].params["CN"] == "Amara Obi"
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:ana@example.org"
    assert attendee.params["RSVP"] == "TRUE" and attendee.params["CN"] == "Ana Li"
    assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
    assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
    assert "CLASS" not in event
    assert str(event["DESCRIPTION"]) == "Learn how nursing works."
    assert b"How did you get started" not in data
    _cal, ticked = parse(private(invite_contact=True, include_private_notes=True))
    assert "How did you get started?" in str(ticked["DESCRIPTION"])


@pytest.mark.parametrize(("kw", "message"), [
    ({"organizer_email": ""}, "your own email"),
    ({"attendee_email": ""}, "contact needs an email"),
])
def test_invite_needs_both_addresses(kw, message):
    with pytest.raises(ValueError, match=message):
        private(invite_contact=True, **kw)


@settings(max_examples=60, deadline=None)
@given(notes=st.text(min_size=1, max_size=80).filter(lambda t: t.strip()),
       description=st.text(max_size=40), invite=st.booleans())
def test_private_notes_never_leak_unless_ticked(notes, description, invite):
    data = meeting_invite_ics("Coffee", START, 30, description=description,
                              private_notes=notes, invite_contact=invite,
                              organizer_email="me@example.org",
                              attendee_email="ana@example.org", stamp=STAMP)
    _cal, event = parse(data)
    text = str(event.get("DESCRIPTION", ""))
    if notes.strip() not in description:
        assert notes.strip() not in text
    assert ("ATTENDEE" in event) is invite


# -- the Prepare step's choices (the model; the view only shows CalendarFile) -------------


@pytest.fixture
def model(store: Store) -> PrepareModel:
    store.save_profile(Learner(name="Amara Obi", fields=["nursing"], email="amara@example.org"))
    jane = store.add_contact(Contact(name="Jane Doe", field="nursing",
                                     email="jane@example.org", status="contacted"))
    model = PrepareModel(store)
    model.choose_contact(jane.id)
    model.add_question("How did you get started?")
    model.update_meeting(timezone="Europe/Berlin", time="15:00", day=date(2026, 5, 4))
    return model


def test_model_default_is_private_and_says_so(model):
    assert (model.include_questions, model.invite_contact) == (False, False)
    cal = model.calendar()
    _c, event = parse(cal.data)
    assert str(_c["METHOD"]) == "PUBLISH" and str(event["CLASS"]) == "PRIVATE"
    assert "ATTENDEE" not in event and "ORGANIZER" not in event
    assert "How did you get started?" not in str(event.get("DESCRIPTION", ""))
    assert cal.label.startswith("Download the calendar entry")
    assert "nobody else is invited" in cal.explanation


def test_model_include_my_questions(model):
    model.update_meeting(include_questions=True)
    cal = model.calendar()
    _c, event = parse(cal.data)
    assert "1. How did you get started?" in str(event["DESCRIPTION"])
    assert "ATTENDEE" not in event
    assert "your questions are in it" in cal.explanation


def test_model_invite_the_contact(model):
    model.update_meeting(invite_contact=True)
    cal = model.calendar()
    c, event = parse(cal.data)
    assert str(c["METHOD"]) == "REQUEST"
    assert str(event["ORGANIZER"]) == "mailto:amara@example.org"
    assert str(event["ATTENDEE"]) == "mailto:jane@example.org"
    assert event["ATTENDEE"].params["RSVP"] == "TRUE"
    assert "How did you get started?" not in str(event.get("DESCRIPTION", ""))
    assert cal.label.startswith("Download the invitation")
    assert "your questions stay out of it" in cal.explanation
    model.update_meeting(include_questions=True)
    _c, event = parse(model.calendar().data)
    assert "How did you get started?" in str(event["DESCRIPTION"])


def test_invite_without_the_contacts_email_explains(store):
    store.save_profile(Learner(name="Amara", fields=["nursing"], email="amara@example.org"))
    bo = store.add_contact(Contact(name="Bo", field="nursing"))
    model = PrepareModel(store)
    model.choose_contact(bo.id)
    model.update_meeting(timezone="UTC", time="10:00", day=date(2026, 5, 4),
                         invite_contact=True)
    cal = model.calendar()
    assert not cal.ready and "the contact's email" in cal.explanation
    model.update_meeting(invite_contact=False)
    assert str(parse(model.calendar().data)[0]["METHOD"]) == "PUBLISH"


def test_the_app_offers_the_models_file_and_escapes_its_words(store):
    store.save_profile(Learner(name="Amara", fields=["nursing"], email="amara@example.org"))
    bo = store.add_contact(Contact(name="Bo", field="nursing"))
    app = PrepareApp(store, autotick=False)
    app.contact.value = bo.id
    app.meeting.timezone.value = "UTC"
    app.meeting.time.value = "10:00"
    app.meeting.date.value = date(2026, 5, 4)
    app.meeting.invite_contact.value = True
    assert "contact&#x27;s email" in app.meeting.ics.value and "base64" not in app.meeting.ics.value
    app.meeting.invite_contact.value = False
    m = re.search(r'href="data:text/calendar;base64,([^"]+)"', app.meeting.ics.value)
    assert m and str(parse(base64.b64decode(m.group(1)))[0]["METHOD"]) == "PUBLISH"


def test_reminders_are_private_with_nobody_invited():
    from infoint.contacts import Reminder
    from infoint.io.calendar import reminders_to_ics

    data = reminders_to_ics([Reminder(kind="follow-up", due=date(2026, 5, 6), contact_id=1,
                                      contact_name="Ana Li", text="Follow up with Ana")],
                            stamp=STAMP)
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert str(event["CLASS"]) == "PRIVATE"
    assert "ATTENDEE" not in event and "ORGANIZER" not in event and b"METHOD" not in data
