"""Issue 15 through the contacts step's model (and the view's public widgets): imports that
merge, snooze, replies, timelines, duplicates over the list, organisations, holidays."""

from __future__ import annotations

from datetime import date

import pytest

from infoint.model import Contact, Learner
from infoint.steps.contacts import ContactsModel
from infoint.ui.contacts import ContactsApp
from infoint.ui.contacts_import import KEEP_BOTH
from tests.ui.test_contacts_app import upload

FRIDAY = date(2026, 5, 22)  # the Monday after is a public holiday in the US, GB and DE
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def csv_bytes(*rows: str, header: str = HEADER, sep: str = ",", encoding: str = "utf-8") -> bytes:
    lines = [header.replace(",", sep), *(r.replace(",", sep) for r in rows)]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


@pytest.fixture
def model(store) -> ContactsModel:
    store.save_profile(Learner(name="Amara", fields=["accounting"]))
    return ContactsModel(store, today=FRIDAY)


@pytest.fixture
def app(store) -> ContactsApp:
    store.save_profile(Learner(name="Amara", fields=["accounting"]))
    return ContactsApp(store, today=FRIDAY)


def test_near_duplicate_import_merges_and_fills_the_gap(model, store):
    old = store.add_contact(Contact(name="Ana Garcia", organisation="Acme Inc.",
                                    relationship="friend", notes="From the fair"))
    model.refresh()
    pending = model.preview_import(csv_bytes("Ana,García,,ana@acme.example,Acme,Analyst,7-Feb-22",
                                             "Bo,Chan,,,Bolt,Nurse,"), "Connections.csv")
    assert len(pending.preview.new) == 1
    model.confirm_import()
    merged = store.get_contact(old.id)
    assert merged.email == "ana@acme.example" and merged.role == "Analyst"
    assert merged.relationship == "friend" and merged.notes == "From the fair"
    assert len(store.contacts()) == 2
    assert "filled in details for 1" in model.message.text


def test_likely_match_the_learner_keeps_as_two(model, store):
    store.add_contact(Contact(name="Jon Smith", organisation="Acme Ltd"))
    model.refresh()
    pending = model.preview_import(csv_bytes("John,Smith,,,ACME,Analyst,"), "c.csv")
    [match] = pending.preview.likely
    assert "spelled alike" in match.reason
    model.keep_both(0)
    assert pending.merge_count == 0
    model.confirm_import()
    assert sorted(c.name for c in store.contacts()) == ["John Smith", "Jon Smith"]


def test_the_views_toggle_sets_the_models_choice(app, store):
    store.add_contact(Contact(name="Jon Smith", organisation="Acme Ltd"))
    app.refresh()
    upload(app, csv_bytes("John,Smith,,,ACME,Analyst,"))
    panel = app.importer
    assert len(panel.choices) == 1 and panel.likely_box.layout.display == ""
    panel.choices[0].value = KEEP_BOTH
    assert app.model.pending.keep_both == {0}
    panel.choices[0].value = "Merge"
    assert app.model.pending.keep_both == set()


def test_likely_match_merged_by_default(model, store):
    store.add_contact(Contact(name="Jon Smith", organisation="Acme Ltd"))
    model.refresh()
    model.preview_import(csv_bytes("John,Smith,,john@acme.example,ACME,Analyst,"), "c.csv")
    model.confirm_import()
    [only] = store.contacts()
    assert only.name == "Jon Smith" and only.email == "john@acme.example"


def test_semicolon_windows_file_says_what_was_assumed_and_can_be_reread(app, store):
    data = csv_bytes("François,Dupré,,,Crédit Agricole,Analyste,3 Jun 2023", sep=";",
                     encoding="cp1252")
    upload(app, data)
    panel, m = app.importer, app.model
    assert m.pending.parsed.delimiter == ";" and m.pending.parsed.encoding == "cp1252"
    assert "semicolon" in panel.assumed.value and "Windows-1252" in panel.assumed.value
    assert "François Dupré" in panel.preview.value
    panel.encoding.value = "cp1250"  # the learner's correction re-reads the same bytes
    assert m.encoding == "cp1250" and "Central Europe" in panel.assumed.value
    panel.separator.value = ","
    assert m.pending is None and store.contacts() == []
    assert m.message.level == "error"
    assert panel.reading.layout.display == ""  # the wrong choice can be changed back
    panel.separator.value = ""
    panel.encoding.value = ""
    assert m.pending is not None


def test_close_headers_are_listed_in_the_preview(model, app):
    pending = model.preview_import(csv_bytes("Rosa,Diaz,rosa@example.com,Diaz Bakery",
                                             header="Given name,Surname,E-mail,Company Name"),
                                   "people.csv")
    assert pending.parsed.columns["email address"] == "E-mail"
    upload(app, csv_bytes("Rosa,Diaz,rosa@example.com,Diaz Bakery",
                          header="Given name,Surname,E-mail,Company Name"), "people.csv")
    assert "Email ← “E-mail”" in app.importer.assumed.value
    assert "Organisation ← “Company Name”" in app.importer.assumed.value


def _sent(model: ContactsModel, store, name="Ana Lima", org="Acme") -> Contact:
    c = store.add_contact(Contact(name=name, organisation=org, status="contacted"))
    store.add_event(c.id, "sent", FRIDAY)
    model.refresh()
    return c


def test_holidays_from_the_profile_move_the_follow_up_and_say_why(model, store):
    store.save_profile(Learner(name="Amara", country="US"))
    _sent(model, store)
    assert model.reminders == []  # this week: nothing yet on a Friday
    later = ContactsModel(store, today=date(2026, 5, 28))
    [second] = [r for r in later.reminders if r.kind == "second-contact"]
    assert second.due == date(2026, 5, 28) and "Memorial Day" in second.note
    view = ContactsApp(store, today=date(2026, 5, 28))
    assert "Memorial Day" in view.this_week.value


def test_snooze_moves_this_weeks_reminders_and_survives_a_reload(model, store):
    c = _sent(model, store)
    week_of = ContactsModel(store, today=date(2026, 5, 28))
    assert [r.kind for r in week_of.reminders] == ["second-contact"]
    week_of.select(c.id)
    assert week_of.snooze_for(7) == date(2026, 6, 4)
    assert week_of.message.level == "success" and "Thu 04 Jun" in week_of.message.text
    assert week_of.reminders == []
    again = ContactsModel(store, today=date(2026, 6, 4))
    assert [r.note for r in again.reminders][0] == "snoozed until Thu 4 Jun"


def test_the_views_snooze_choice_calls_the_model(store):
    store.save_profile(Learner(name="Amara"))
    c = store.add_contact(Contact(name="Ana Lima", organisation="Acme", status="contacted"))
    store.add_event(c.id, "sent", FRIDAY)
    app = ContactsApp(store, today=date(2026, 5, 28))
    app.open_contact(c.id)
    app.form.snooze_choice.value = 7
    app.form.snooze.click()
    assert "Thu 04 Jun" in app.notice.text and app.notice_place == "status"
    assert app.reminders == []


def test_snooze_refuses_a_past_or_far_date(model, store):
    c = _sent(model, store)
    model.select(c.id)
    assert model.snooze_until(date(2026, 5, 1)) is None
    assert model.message.level == "error" and "after today" in model.message.text
    assert model.snooze_until(date(2027, 5, 1)) is None
    assert model.message.level == "error" and "at most" in model.message.text
    assert model.snooze_until(None) is None
    assert [e for e in store.events() if e["kind"] == "snoozed"] == []


def test_replied_cancels_the_no_reply_reminders(model, store):
    c = _sent(model, store)
    later = ContactsModel(store, today=date(2026, 5, 28))
    assert later.reminders
    later.select(c.id)
    assert later.mark_replied()
    assert later.reminders == [] and "Reply from Ana Lima" in later.message.text


def test_timeline_lists_every_touch(model, store):
    from infoint.model import Outreach

    c = _sent(model, store)
    store.save_outreach(Outreach(contact_id=c.id, channel="email", body="Hello"))
    store.add_event(c.id, "replied", date(2026, 5, 26))
    model.refresh()
    model.select(c.id)
    kinds = [t.kind for t in model.timeline]
    assert set(kinds) == {"sent", "replied", "drafted"}
    assert kinds.index("sent") < kinds.index("replied")


def test_possible_duplicates_in_the_list_merge_in_one_step(model, store):
    from infoint.model import Outreach

    first = store.add_contact(Contact(name="Ana García", organisation="Acme"))
    second = store.add_contact(Contact(name="Ana Garcia", organisation="Acme Inc.",
                                       email="ana@acme.example"))
    store.save_outreach(Outreach(contact_id=second.id, channel="email", body="Hi"))
    model.refresh()
    assert len(model.duplicates) == 1
    model.merge_duplicate(0)
    [kept] = store.contacts()
    assert kept.id == first.id and kept.email == "ana@acme.example"
    assert [o.contact_id for o in store.outreach_versions()] == [first.id]
    assert model.duplicates == [] and model.message.place == "duplicates"
    model.merge_duplicate(0)
    assert model.message.level == "error"


def test_the_views_merge_button_merges_and_hides_the_card(app, store):
    store.add_contact(Contact(name="Ana García", organisation="Acme"))
    store.add_contact(Contact(name="Ana Garcia", organisation="Acme Inc."))
    app.refresh()
    assert app.duplicates_card.layout.display == ""
    app.merge_button.click()
    assert len(store.contacts()) == 1 and "Merged" in app.notice.text
    assert app.notice_place == "duplicates"
    assert app.duplicates_card.layout.display == "none"


def test_table_groups_by_organisation_with_who_was_met(app, store):
    store.add_contact(Contact(name="Ana Lima", organisation="Acme", status="met"))
    store.add_contact(Contact(name="Bo Chan", organisation="ACME Inc."))
    store.add_contact(Contact(name="Cy Dee", organisation="Bolt"))
    app.refresh()
    app.sort.value = "organisation"
    groups = app.model.groups
    assert groups is not None and len(groups) == 2
    table = app.table.text
    assert table.count("ii-group") == 2
    assert "talked to: Ana Lima" in table and "nobody met yet" in table


def test_learner_text_in_the_new_panels_is_escaped(app, store):
    xss = "<img src=x onerror=alert(1)>"
    store.add_contact(Contact(name=f"Ana {xss}", organisation=xss))
    store.add_contact(Contact(name=f"Ana {xss}", organisation=f"{xss} Inc"))
    app.refresh()
    cells = "".join(row.cells.value for row in app.table.shown)
    for html in (app.duplicates_html.value, cells):
        assert "<img" not in html and "&lt;img" in html
    # A button's description is text, never markup: the name is shown as typed.
    assert all(row.button.description.endswith(f"Ana {xss}") for row in app.table.shown)
    app.sort.value = "organisation"
    headings = [c.value for c in app.table.children if "ii-group" in getattr(c, "value", "")]
    assert len(headings) == 1 and "&lt;img" in headings[0] and "<img" not in headings[0]


def test_merging_two_contacts_that_both_have_drafts_renumbers_the_versions(model, store):
    from infoint.model import Outreach

    keep = store.add_contact(Contact(name="Ana García", organisation="Acme"))
    drop = store.add_contact(Contact(name="Ana Garcia", organisation="Acme Inc."))
    for contact in (keep, drop, drop):
        store.save_outreach(Outreach(contact_id=contact.id, channel="email", body="Hi"))
    model.refresh()
    model.merge_duplicate(0)
    assert model.message.level == "success", model.message.text
    versions = sorted(o.version for o in store.outreach_versions(contact_id=keep.id))
    assert versions == [1, 2, 3]
