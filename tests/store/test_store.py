"""The store on SQLite and PostgreSQL: round trips, isolation by learner, transactions."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from infoint.model import Contact, Learner, Meeting, Outreach, Plan, Reflection, ValidationError
from infoint.store import Store, StoreError, _redact


def test_profile_round_trip(any_store: Store):
    assert any_store.load_profile() is None
    saved = Learner(name="Zoë 李 🐉", school="State U", fields=["accounting"], meeting_minutes=30)
    any_store.save_profile(saved)
    assert any_store.load_profile() == saved
    any_store.save_profile(Learner(name="Zoë", meeting_minutes=15))
    assert any_store.load_profile().meeting_minutes == 15


def test_contacts_crud_and_status_events(any_store: Store):
    green = any_store.add_contact(Contact(name="Mrs Green", organisation="Green & Co"))
    assert green.id is not None
    green.role = "Partner"
    any_store.update_contact(green)
    assert any_store.get_contact(green.id).role == "Partner"
    moved = any_store.set_status(green.id, "contacted", on=date(2026, 11, 27), event_kind="sent")
    assert moved.status == "contacted"
    assert [(e["kind"], e["on_date"]) for e in any_store.events(green.id)] == [
        ("sent", date(2026, 11, 27))
    ]
    with pytest.raises(ValidationError):
        any_store.set_status(green.id, "nonsense")
    any_store.delete_contact(green.id)
    assert any_store.contacts() == []
    assert any_store.events() == []


def test_bulk_insert_is_one_transaction(any_store: Store):
    good = [Contact(name=f"Person {i}") for i in range(5)]
    saved = any_store.add_contacts(good)
    assert [c.id for c in saved] == sorted(c.id for c in saved)
    assert len(any_store.contacts()) == 5

    class Boom(Contact):
        pass

    bad = [*good, object()]  # the sixth row cannot be written
    with pytest.raises(Exception):  # noqa: B017 - any failure must roll everything back
        any_store.add_contacts(bad)  # type: ignore[list-item]
    assert len(any_store.contacts()) == 5


def test_outreach_versions_and_mark_sent(any_store: Store):
    c = any_store.add_contact(Contact(name="Mr Wilson"))
    v1 = any_store.save_outreach(Outreach(contact_id=c.id, channel="email", body="First"))
    v2 = any_store.save_outreach(Outreach(contact_id=c.id, channel="email", body="Second"))
    assert (v1.version, v2.version) == (1, 2)
    sent = any_store.mark_sent(v2.id, date(2026, 11, 27))
    assert sent.sent_on == date(2026, 11, 27)
    assert any_store.get_contact(c.id).status == "contacted"
    assert [o.body for o in any_store.outreach_versions(c.id)] == ["First", "Second"]
    typed = any_store.save_outreach(
        Outreach(contact_id=None, contact_name="Dr Typed", channel="phone", body="Hi")
    )
    assert typed.version == 1
    assert any_store.outreach_versions(contact_name="Dr Typed")[0].body == "Hi"
    with pytest.raises(StoreError):
        any_store.mark_sent(999_999, date(2026, 11, 27))


def test_plan_meeting_reflection_round_trip(any_store: Store):
    plan = any_store.save_plan(Plan(field="nursing", questions=["How did you start?"]))
    plan.questions.append("What does a normal shift look like?")
    any_store.save_plan(plan)
    assert any_store.get_plan(plan.id).questions[-1].startswith("What does")

    starts = datetime(2026, 3, 29, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))  # DST day
    any_store.save_meeting(
        Meeting(contact_id=None, starts_at=starts, timezone="Europe/Paris", minutes=20)
    )
    (meeting,) = any_store.meetings()
    assert meeting.starts_at == starts
    assert meeting.starts_at.utcoffset().total_seconds() == 7200

    r = any_store.save_reflection(
        Reflection(
            field="nursing",
            met_on=date(2026, 3, 29),
            ratings={"lifestyle": 2, "overall interest": 4},
            learned={"daily workload": "Twelve-hour shifts"},
            suggested_people=["Sam"],
            consent=True,
        )
    )
    r.surprises = "<script>alert(1)</script>"
    any_store.save_reflection(r)
    (back,) = any_store.reflections()
    assert back.surprises == "<script>alert(1)</script>"
    assert back.ratings == {"lifestyle": 2, "overall interest": 4}


def test_reflections_frame_is_typed(any_store: Store):
    any_store.save_reflection(
        Reflection(field="teaching", met_on=date(2026, 2, 1), ratings={"lifestyle": 5})
    )
    frame = any_store.reflections_frame()
    assert len(frame) == 1
    assert frame["met_on"].dtype == "datetime64[ns]"
    assert str(frame["rating_lifestyle"].dtype) == "Int64"
    assert frame["rating_daily_work"].isna().all()
    assert isinstance(frame["tone"].dtype, pd.CategoricalDtype)
    assert frame["consent"].dtype == bool


def test_learners_never_see_each_other(any_store: Store):
    other = Store(any_store.engine, any_store.learner_id + "-other")
    any_store.add_contact(Contact(name="Mine"))
    any_store.save_profile(Learner(name="Me"))
    any_store.set_state("draft", {"text": "mine"})
    assert other.contacts() == []
    assert other.load_profile() is None
    assert other.get_state("draft") is None
    contact_id = any_store.contacts()[0].id
    assert other.get_contact(contact_id) is None
    with pytest.raises(StoreError):
        other.update_contact(Contact(name="Hijack", id=contact_id))
    other.delete_contact(contact_id)
    assert len(any_store.contacts()) == 1


def test_app_state_round_trip(any_store: Store):
    any_store.set_state("outreach:draft:1", {"body": "Hello", "n": [1, 2]})
    any_store.set_state("outreach:draft:1", {"body": "Hello again"})
    assert any_store.get_state("outreach:draft:1") == {"body": "Hello again"}
    assert any_store.get_state("missing", 42) == 42


def test_store_opens_fresh_sqlite_in_a_new_folder(tmp_path):
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'infoint.db'}"
    assert Store.open(url, learner_id="x").contacts() == []


def test_unreachable_database_is_a_store_error():
    with pytest.raises(StoreError) as excinfo:
        Store.open("postgresql+psycopg://u:secret@127.0.0.1:1/none", learner_id="x")
    assert "secret" not in str(excinfo.value)


def test_passwords_are_redacted():
    assert _redact("postgresql://u:pw@h:5432/db") == "postgresql://u:***@h:5432/db"
    assert _redact("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_timestamps_are_utc(any_store: Store):
    before = datetime.now(UTC).replace(tzinfo=None)
    any_store.add_contact(Contact(name="Clock"))
    (event_free,) = any_store.contacts()
    assert event_free.name == "Clock"
    assert before.year >= 2026


def test_reflection_and_advance_moves_forward_only_once_a_day(any_store: Store):
    c = any_store.add_contact(Contact(name="Dr Lee", status="meeting scheduled"))
    day = date(2026, 12, 3)
    r = any_store.save_reflection_and_advance(
        Reflection(field="nursing", met_on=day, contact_id=c.id), "met", on=day, event_kind="met"
    )
    assert any_store.get_contact(c.id).status == "met"
    any_store.set_status(c.id, "thanked")
    r.surprises = "edited later"
    any_store.save_reflection_and_advance(r, "met", on=day, event_kind="met")
    assert any_store.get_contact(c.id).status == "thanked"  # never pulled back
    assert [e["kind"] for e in any_store.events(c.id)] == ["met"]  # recorded once
    assert len(any_store.reflections()) == 1


def test_saving_an_object_deleted_elsewhere_inserts_it_again(any_store: Store):
    r = any_store.save_reflection(Reflection(field="x", met_on=date(2026, 1, 1)))
    any_store.delete_reflection(r.id)
    r.surprises = "typed in a tab that still showed it"
    again = any_store.save_reflection(r)
    (only,) = any_store.reflections()
    assert only.id == again.id and only.surprises == r.surprises


def test_deleting_a_contact_keeps_its_drafts_numbered_after_the_name(any_store: Store):
    (c,) = any_store.add_contacts([Contact(name="Mrs Green")])
    for body in ("Named one", "Named two"):  # drafts typed before the contact existed
        any_store.save_outreach(Outreach(contact_id=None, contact_name="Mrs Green",
                                         channel="email", body=body))
    for body in ("Linked one", "Linked two"):
        any_store.save_outreach(Outreach(contact_id=c.id, contact_name="Mrs Green",
                                         channel="email", body=body))
    any_store.delete_contact(c.id)
    kept = any_store.outreach_versions(contact_name="Mrs Green")
    assert [(d.body, d.version) for d in kept] == [
        ("Named one", 1), ("Named two", 2), ("Linked one", 3), ("Linked two", 4)]
    nxt = any_store.save_outreach(Outreach(contact_id=None, contact_name="Mrs Green",
                                           channel="email", body="After"))
    assert nxt.version == 5


def test_first_saves_are_upserts(any_store: Store):
    any_store.save_profile(Learner(name="Ana"))
    any_store.save_profile(Learner(name="Ana B"))
    assert any_store.load_profile().name == "Ana B"
    any_store.set_state("k", [1])
    any_store.set_state("k", [2])
    assert any_store.get_state("k") == [2]
