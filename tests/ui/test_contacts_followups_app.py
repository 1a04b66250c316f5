"""Issue 15 through the contacts app's public surface: imports that merge, snooze, replies,
timelines, duplicates over the list, organisations, and the learner's holidays."""

from __future__ import annotations

from datetime import date

import pytest

from infoint.model import Contact, Learner
from infoint.ui.contacts import ContactsApp
from infoint.ui.contacts_import import KEEP_BOTH
from tests.ui.test_contacts_app import upload

FRIDAY = date(2026, 5, 22)  # the Monday after is a public holiday in the US, GB and DE
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def csv_bytes(*rows: str, header: str = HEADER, sep: str = ",", encoding: str = "utf-8") -> bytes:
    lines = [header.replace(",", sep), *(r.replace(",", sep) for r in rows)]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


@pytest.fixture
def app(store) -> ContactsApp:
    store.save_profile(Learner(name="Amara", fields=["accounting"]))
    return ContactsApp(store, today=FRIDAY)


def test_near_duplicate_import_merges_and_fills_the_gap(app, store):
    old = store.add_contact(Contact(name="Ana Garcia", organisation="Acme Inc.",
                                    relationship="friend", notes="From the fair"))
    app.refresh()
    upload(app, csv_bytes("Ana,García,,ana@acme.example,Acme,Analyst,7-Feb-22",
                          "Bo,Chan,,,Bolt,Nurse,"))
    assert "<strong>1</strong> new" in app.importer.preview.value
    app.importer.confirm.click()
    merged = store.get_contact(old.id)
    assert merged.email == "ana@acme.example" and merged.role == "Analyst"
    assert merged.relationship == "friend" and merged.notes == "From the fair"
    assert len(store.contacts()) == 2
    assert "filled in details for 1" in app.notice.text


def test_likely_match_the_learner_keeps_as_two(app, store):
    store.add_contact(Contact(name="Jon Smith", organisation="Acme Ltd"))
    app.refresh()
    upload(app, csv_bytes("John,Smith,,,ACME,Analyst,"))
    panel = app.importer
    assert len(panel.choices) == 1 and panel.likely_box.layout.display == ""
    assert "spelled alike" in panel.likely_box.children[1].children[0].value
    panel.choices[0].value = KEEP_BOTH
    panel.confirm.click()
    assert sorted(c.name for c in store.contacts()) == ["John Smith", "Jon Smith"]


def test_likely_match_merged_by_default(app, store):
    store.add_contact(Contact(name="Jon Smith", organisation="Acme Ltd"))
    app.refresh()
    upload(app, csv_bytes("John,Smith,,john@acme.example,ACME,Analyst,"))
    app.importer.confirm.click()
    [only] = store.contacts()
    assert only.name == "Jon Smith" and only.email == "john@acme.example"


def test_semicolon_windows_file_says_what_was_assumed_and_can_be_reread(app, store):
    data = csv_bytes("François,Dupré,,,Crédit Agricole,Analyste,3 Jun 2023", sep=";",
                     encoding="cp1252")
    upload(app, data)
    panel = app.importer
    assert "semicolon" in panel.assumed.value and "Windows-1252" in panel.assumed.value
    assert "François Dupré" in panel.preview.value
    panel.encoding.value = "cp1250"  # the learner's correction re-reads the same bytes
    assert "Central Europe" in panel.assumed.value
    panel.separator.value = ","
    assert panel.pending is None and store.contacts() == []
    assert app.notice.level == "error"
    panel.separator.value = ""
    panel.encoding.value = ""
    assert panel.pending is not None


def test_close_headers_are_listed_in_the_preview(app):
    upload(app, csv_bytes("Rosa,Diaz,rosa@example.com,Diaz Bakery",
                          header="Given name,Surname,E-mail,Company Name"), "people.csv")
    assert "Email ← “E-mail”" in app.importer.assumed.value
    assert "Organisation ← “Company Name”" in app.importer.assumed.value


def _sent(app, store, name="Ana Lima", org="Acme") -> Contact:
    c = store.add_contact(Contact(name=name, organisation=org, status="contacted"))
    store.add_event(c.id, "sent", FRIDAY)
    app.refresh()
    return c


def test_holidays_from_the_profile_move_the_follow_up_and_say_why(app, store):
    store.save_profile(Learner(name="Amara", country="US"))
    _sent(app, store)
    every = [r for r in app.reminders]  # this week: nothing yet on a Friday
    assert every == []
    later = ContactsApp(store, today=date(2026, 5, 28))
    [second] = [r for r in later.reminders if r.kind == "second-contact"]
    assert second.due == date(2026, 5, 28) and "Memorial Day" in second.note
    assert "Memorial Day" in later.this_week.value


def test_snooze_moves_this_weeks_reminders_and_survives_a_reload(app, store):
    c = _sent(app, store)
    week_of = ContactsApp(store, today=date(2026, 5, 28))
    assert [r.kind for r in week_of.reminders] == ["second-contact"]
    week_of.edit(store.get_contact(c.id))
    week_of.form.snooze_choice.value = 7
    week_of.form.snooze.click()
    assert week_of.notice.level == "success" and "Thu 04 Jun" in week_of.notice.text
    assert week_of.reminders == []
    again = ContactsApp(store, today=date(2026, 6, 4))
    assert [r.note for r in again.reminders][0] == "snoozed until Thu 4 Jun"


def test_snooze_refuses_a_past_or_far_date(app, store):
    c = _sent(app, store)
    app.edit(store.get_contact(c.id))
    app.form.snooze_choice.value = 0
    app.form.snooze_date.value = date(2026, 5, 1)
    app.form.snooze.click()
    assert app.notice.level == "error" and "after today" in app.notice.text
    app.form.snooze_date.value = date(2027, 5, 1)
    app.form.snooze.click()
    assert app.notice.level == "error" and "at most" in app.notice.text
    assert [e for e in store.events() if e["kind"] == "snoozed"] == []


def test_replied_cancels_the_no_reply_reminders(app, store):
    c = _sent(app, store)
    later = ContactsApp(store, today=date(2026, 5, 28))
    assert later.reminders
    later.edit(store.get_contact(c.id))
    later.form.replied.click()
    assert later.reminders == [] and "Reply from Ana Lima" in later.notice.text


def test_timeline_lists_every_touch(app, store):
    from infoint.model import Outreach

    c = _sent(app, store)
    store.save_outreach(Outreach(contact_id=c.id, channel="email", body="Hello"))
    store.add_event(c.id, "replied", date(2026, 5, 26))
    app.refresh()
    app.edit(store.get_contact(c.id))
    text = app.form.timeline.value
    assert "Sent" in text and "They replied" in text and "Drafted" in text
    assert text.index("Sent") < text.index("They replied")


def test_possible_duplicates_in_the_list_merge_in_one_step(app, store):
    from infoint.model import Outreach

    first = store.add_contact(Contact(name="Ana García", organisation="Acme"))
    second = store.add_contact(Contact(name="Ana Garcia", organisation="Acme Inc.",
                                       email="ana@acme.example"))
    store.save_outreach(Outreach(contact_id=second.id, channel="email", body="Hi"))
    app.refresh()
    assert app.duplicates_card.layout.display == ""
    app.merge_button.click()
    [kept] = store.contacts()
    assert kept.id == first.id and kept.email == "ana@acme.example"
    assert [o.contact_id for o in store.outreach_versions()] == [first.id]
    assert app.duplicates_card.layout.display == "none"


def test_table_groups_by_organisation_with_who_was_met(app, store):
    store.add_contact(Contact(name="Ana Lima", organisation="Acme", status="met"))
    store.add_contact(Contact(name="Bo Chan", organisation="ACME Inc."))
    store.add_contact(Contact(name="Cy Dee", organisation="Bolt"))
    app.refresh()
    app.sort.value = "organisation"
    table = app.table.value
    assert table.count("ii-group") == 2
    assert "talked to: Ana Lima" in table and "nobody met yet" in table


def test_learner_text_in_the_new_panels_is_escaped(app, store):
    xss = "<img src=x onerror=alert(1)>"
    store.add_contact(Contact(name=f"Ana {xss}", organisation=xss))
    store.add_contact(Contact(name=f"Ana {xss}", organisation=f"{xss} Inc"))
    app.refresh()
    for html in (app.duplicates_html.value, app.table.value):
        assert "<img" not in html
    app.sort.value = "organisation"
    assert "<img" not in app.table.value


def test_merging_two_contacts_that_both_have_drafts_renumbers_the_versions(app, store):
    from infoint.model import Outreach

    keep = store.add_contact(Contact(name="Ana García", organisation="Acme"))
    drop = store.add_contact(Contact(name="Ana Garcia", organisation="Acme Inc."))
    for contact in (keep, drop, drop):
        store.save_outreach(Outreach(contact_id=contact.id, channel="email", body="Hi"))
    app.refresh()
    app.merge_button.click()
    assert app.notice.level == "success", app.notice.text
    versions = sorted(o.version for o in store.outreach_versions(contact_id=keep.id))
    assert versions == [1, 2, 3]
