"""Download everything, delete everything: every table, this learner only, one transaction."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from sqlalchemy import event

from infoint import learner_data, schema
from infoint.model import Contact, Learner, Meeting, Outreach, Plan, Reflection
from infoint.store import Store, StoreError

TODAY = date(2026, 5, 4)


def fill(store: Store, tag: str = "") -> None:
    """At least one row in every table of the schema."""
    store.save_profile(Learner(name=f"Maya{tag}", fields=["nursing"], email="m@example.org"))
    c = store.add_contact(Contact(f"=HYPERLINK(\"x\"){tag}", field="nursing",
                                  email="ana@example.org", notes=f"private note{tag}"))
    d = store.save_outreach(Outreach(contact_id=c.id, channel="email", body="20 minutes?"))
    store.mark_sent(d.id, date(2026, 4, 20))
    plan = store.save_plan(Plan(contact_id=c.id, field="nursing",
                                questions=[f"How did you start{tag}?"]))
    store.save_meeting(Meeting(contact_id=c.id, plan_id=plan.id, place="Café",
                               starts_at=datetime(2026, 5, 8, 10, tzinfo=UTC)))
    store.save_reflection(Reflection(field="nursing", met_on=date(2026, 5, 1), contact_id=c.id,
                                     ratings={"lifestyle": 3}, surprises=f"surprise{tag}"))
    store.set_state("prepare:last-contact", c.id)


@pytest.fixture
def two(any_store: Store):
    other = Store(any_store.engine, f"{any_store.learner_id}-other")
    fill(any_store)
    fill(other, tag="-OTHER")
    return any_store, other


def test_every_table_has_a_label_and_is_exported(two):
    me, _other = two
    rows = me.export_rows()
    assert set(rows) == set(schema.metadata.tables) == set(learner_data.TABLE_LABELS)
    for name, table_rows in rows.items():
        assert table_rows, f"the test must put a row in {name}"
        assert {r["learner_id"] for r in table_rows} == {me.learner_id}


def test_delete_all_empties_every_table_for_this_learner_only(two):
    me, other = two
    before = learner_data.row_counts(other)
    deleted = learner_data.delete_learner_data(me)
    assert set(deleted) == set(schema.metadata.tables) and all(deleted.values())
    assert learner_data.row_counts(me) == dict.fromkeys(schema.metadata.tables, 0)
    assert learner_data.row_counts(other) == before
    assert me.load_profile() is None and me.contacts() == []


def test_delete_is_one_transaction(two):
    me, _ = two
    before = learner_data.row_counts(me)

    def fail_on_contacts(_conn, _cursor, statement, *_a):
        if statement.lstrip().upper().startswith("DELETE FROM CONTACTS"):
            raise RuntimeError("disk went away")

    event.listen(me.engine, "before_cursor_execute", fail_on_contacts)
    try:
        with pytest.raises((RuntimeError, StoreError)):
            me.delete_all()
    finally:
        event.remove(me.engine, "before_cursor_execute", fail_on_contacts)
    # Reflections, meetings and plans were deleted before contacts: all rolled back.
    assert learner_data.row_counts(me) == before


def test_zip_holds_every_row_as_csv_and_json_with_guides_and_calendars(two):
    me, _other = two
    data = learner_data.export_zip(me, today=TODAY)
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = set(zf.namelist())
    for table in schema.metadata.tables:
        assert {f"data/{table}.csv", f"data/{table}.json"} <= names
        rows = json.loads(zf.read(f"data/{table}.json"))
        reader = list(csv.DictReader(io.StringIO(zf.read(f"data/{table}.csv").decode("utf-8-sig"))))
        assert len(rows) == len(reader) == len(me.export_rows()[table])
        assert reader[0].keys() == {c.name for c in schema.metadata.tables[table].columns}
    everything = json.loads(zf.read("everything.json"))
    assert everything["learner_id"] == me.learner_id and everything["format"] == 1
    contacts_csv = zf.read("data/contacts.csv").decode("utf-8-sig")
    assert "'=HYPERLINK" in contacts_csv  # formula injection defused
    assert "private note" in contacts_csv
    [guide] = [n for n in names if n.startswith("guides/")]
    assert "How did you start?" in zf.read(guide).decode()
    meeting = Calendar.from_ical(zf.read("calendar/meeting-" + str(me.meetings()[0].id) + ".ics"))
    [ev] = meeting.walk("VEVENT")
    assert str(meeting["METHOD"]) == "PUBLISH" and "ATTENDEE" not in ev
    assert "How did you start?" in str(ev["DESCRIPTION"])  # the learner's own copy
    Calendar.from_ical(zf.read("calendar/reminders.ics"))
    readme = zf.read("README.txt").decode()
    assert me.learner_id in readme and "reflections" in readme
    assert b"OTHER" not in b"".join(zf.read(n) for n in names)


def test_empty_learner_still_gets_a_complete_zip(store):
    zf = zipfile.ZipFile(io.BytesIO(learner_data.export_zip(store)))
    assert json.loads(zf.read("data/contacts.json")) == []
    header = zf.read("data/contacts.csv").decode("utf-8-sig").splitlines()
    assert header[0].startswith("id,learner_id,name")
    assert learner_data.describe_counts(learner_data.row_counts(store)) == "nothing"


def test_describe_counts_reads_like_a_sentence():
    text = learner_data.describe_counts({"contacts": 3, "learners": 1, "reflections": 0,
                                         "plans": 2})
    assert text == "1 profile, 3 contacts and 2 interview plans"
    assert learner_data.export_filename("maya b@x", TODAY) == \
        "infoint-my-data-maya-b-x-2026-05-04.zip"
