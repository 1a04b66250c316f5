"""The contacts app without a browser: set widget values, click, check the store and panels."""

from __future__ import annotations

import base64
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from infoint.model import Contact, Learner
from infoint.ui.contacts import ContactsApp

FILES = Path(__file__).parent / "files"
MONDAY = date(2026, 3, 2)
XSS = "<img src=x onerror=alert(1)>"


def upload(app: ContactsApp, data: bytes, name: str = "Connections.csv") -> None:
    """What ipywidgets 8's FileUpload sets when the learner picks a file."""
    app.importer.upload.value = (
        {
            "name": name,
            "type": "text/csv",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": datetime.now(UTC),
        },
    )


def linkedin() -> bytes:
    return (FILES / "linkedin_connections.csv").read_bytes()


@pytest.fixture
def app(store) -> ContactsApp:
    store.save_profile(Learner(name="Amara", school="State University", fields=["accounting"]))
    return ContactsApp(store, today=MONDAY)


def events(store, kind: str | None = None) -> list[dict]:
    return [e for e in store.events() if kind is None or e["kind"] == kind]


# -- add, edit, delete --------------------------------------------------------------------


def test_add_edit_and_delete_with_a_confirm_step(app, store):
    f = app.form
    f.name.value = "Alan Wilson"
    f.organisation.value = "State University"
    f.role.value = "Professor of Accounting"
    f.field.value = "accounting"
    f.email.value = "alan@example.edu"
    f.phone.value = "+44 20 7946 0000"
    f.url.value = "https://example.edu/wilson"
    f.relationship.value = "professor"
    f.referred_by.value = ""
    f.notes.value = "Taught my audit class."
    f.connected_on.value = date(2025, 9, 1)
    f.save.click()
    assert app.notice.level == "success", app.notice.text
    [saved] = store.contacts()
    assert (saved.name, saved.relationship, saved.connected_on) == (
        "Alan Wilson",
        "professor",
        date(2025, 9, 1),
    )
    assert f.contact_id == saved.id
    assert "Alan Wilson" in app.table.value

    f.role.value = "Head of Accounting"
    f.save.click()
    assert store.get_contact(saved.id).role == "Head of Accounting"
    assert "Saved changes" in app.notice.text

    f.delete.click()
    assert f.confirm_row.layout.display == ""
    assert "cannot be undone" in f.confirm_text.value
    f.cancel_delete.click()
    assert store.get_contact(saved.id) is not None
    assert f.confirm_row.layout.display == "none"

    f.delete.click()
    f.confirm_delete.click()
    assert store.contacts() == []
    assert f.contact_id is None and f.name.value == ""
    assert "Deleted Alan Wilson" in app.notice.text
    assert "No contacts yet" in app.table.value


def test_bad_input_is_refused_with_a_message_and_writes_nothing(app, store):
    app.form.name.value = "Maria Green"
    app.form.email.value = "maria at example"
    app.form.save.click()
    assert app.notice.level == "error"
    assert "does not look like an email address" in app.notice.text
    assert store.contacts() == []

    app.form.name.value = "   "
    app.form.email.value = ""
    app.form.save.click()
    assert "Name is required" in app.notice.text
    assert store.contacts() == []


def test_editing_a_contact_that_was_deleted_elsewhere_says_so(app, store):
    saved = store.add_contact(Contact(name="Gone Soon"))
    app.refresh()
    app.pick.value = saved.id
    store.delete_contact(saved.id)  # another tab
    app.form.save.click()
    assert app.notice.level == "error"
    assert "no longer exists" in app.notice.text


# -- the guided circles and introductions ------------------------------------------------------


def test_circles_walk_warm_first_and_quick_add_uses_the_circle(app, store):
    assert "Circle 1 of 7" in app.circle_step.value
    assert "Professors" in app.circle_step.value
    assert app.circle_prev.disabled
    app.quick_name.value = "Alan Wilson"
    app.quick_organisation.value = "State University"
    app.quick_add.click()
    assert store.contacts()[0].relationship == "professor"
    assert app.quick_name.value == ""
    assert "Already added: Alan Wilson" in app.circle_step.value

    titles = []
    for _ in range(6):
        app.circle_next.click()
        titles.append(re.search(r"<h4>(.*?)</h4>", app.circle_step.value).group(1))
    assert titles == [
        "Family",
        "Friends",
        "Career centre",
        "Alumni of your school",
        "Former colleagues",
        "Local professionals",
    ]
    assert app.circle_next.disabled
    assert app.quick_relationship.value == "local professional"
    app.quick_name.value = "Maria Green"
    app.quick_role.value = "Senior Accountant"
    app.quick_referred_by.value = "Professor Wilson"
    app.quick_add.click()
    maria = store.contacts()[1]
    assert (maria.relationship, maria.referred_by) == ("local professional", "Professor Wilson")

    app.quick_name.value = ""
    app.quick_add.click()
    assert app.notice.level == "error" and len(store.contacts()) == 2


def test_introduction_suggestion_becomes_a_to_do(app, store):
    prof = store.add_contact(Contact(name="Alan Wilson", relationship="professor"))
    app.refresh()
    assert "Ask Professor Wilson for an introduction to an accountant" in app.intros.value
    assert app.intro_pick.value == prof.id
    app.intro_todo.click()
    assert store.get_contact(prof.id).status == "asked for intro"
    [event] = events(store, "asked for intro")
    assert event["on_date"] == MONDAY
    assert "on your to-do list" in app.intros.value
    assert "Introduction" in app.this_week.value and "Professor Wilson" in app.this_week.value
    assert app.intro_todo.layout.display == "none"


# -- import ---------------------------------------------------------------------------------


def test_import_preview_then_confirm_in_one_transaction(app, store, monkeypatch):
    upload(app, linkedin())
    panel = app.importer
    assert store.contacts() == []  # the preview writes nothing
    assert panel.preview.layout.display == ""
    assert "LinkedIn connections" in panel.preview.value
    assert "<strong>5</strong> new" in panel.preview.value
    assert "<strong>1</strong> repeated in the file" in panel.preview.value
    assert "<strong>1</strong> row skipped" in panel.preview.value
    assert "no name" in panel.preview.value
    assert "Lindqvist, Obi &amp; Partners LLP" in panel.preview.value
    assert panel.confirm.description == "Import 5 contacts"

    calls = []
    original = store.apply_import
    monkeypatch.setattr(
        store, "apply_import", lambda new, updates: calls.append(1) or original(new, updates)
    )
    monkeypatch.setattr(store, "add_contact", lambda c: pytest.fail("one row at a time"))
    panel.confirm.click()
    assert calls == [1]
    names = {c.name for c in store.contacts()}
    assert len(names) == 5 and "Saoirse Nakagawa" in names
    assert "Imported 5 contacts" in app.notice.text
    assert panel.preview.layout.display == "none" and panel.upload.value == ()
    # Ranked at once: the two accountants (target field, senior enough) come first.
    assert {r.contact.name for r in app.ranked[:2]} == {
        "Wanjiru Kamau-Lindqvist",
        "Tobias Ferreira-Achebe",
    }
    assert "works in your target field (accounting)" in app.ask_first.value
    assert "Showing 1–5 of 5 contacts" in app.table.value


def test_second_import_finds_only_duplicates(app, store):
    upload(app, linkedin())
    app.importer.confirm.click()
    upload(app, linkedin())
    assert "<strong>0</strong> new" in app.importer.preview.value
    # The repeated row matches a saved contact too, so all six data rows are known.
    assert "<strong>6</strong> already in your list" in app.importer.preview.value
    assert app.importer.confirm.disabled
    assert "nothing new" in app.notice.text
    assert len(store.contacts()) == 5


def test_confirm_rechecks_duplicates_added_since_the_preview(app, store):
    upload(app, linkedin())
    store.add_contact(Contact(name="Saoirse Nakagawa", organisation="Riverside General Hospital"))
    app.importer.confirm.click()
    assert len(store.contacts()) == 5
    assert "Imported 4 contacts" in app.notice.text


def test_cancel_discards_the_preview(app, store):
    upload(app, linkedin())
    app.importer.cancel.click()
    assert store.contacts() == []
    assert app.importer.pending is None
    assert app.importer.preview.layout.display == "none"
    assert "Nothing was saved" in app.notice.text


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "Connections.csv", "is empty"),
        (b"PK\x03\x04rest-of-a-zip", "contacts.xlsx", "Excel"),
        (b"Title,Year\r\nDune,1965\r\n", "books.csv", "does not have the columns"),
        (b"\x00\x01\x02\x03binary", "x.csv", "binary"),
        (b"a" * (11 * 1024 * 1024), "huge.csv", "too big"),
    ],
)
def test_broken_file_shows_the_message_and_writes_nothing(app, store, data, name, message):
    upload(app, data, name)
    assert app.notice.level == "error"
    assert message in app.notice.text
    assert message in app.importer.preview.value
    assert app.importer.actions.layout.display == "none"
    assert app.importer.pending is None
    assert store.contacts() == []


def test_vcard_import_through_the_same_panel(app, store):
    vcf = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\n"
        b"ORG:Navy\r\nTITLE:Rear Admiral\r\nEMAIL:grace@example.org\r\nEND:VCARD\r\n"
    )
    upload(app, vcf, "people.vcf")
    assert "vCard contacts" in app.importer.preview.value
    app.importer.confirm.click()
    assert [c.name for c in store.contacts()] == ["Grace Hopper"]


# -- ranking, pipeline, this week ---------------------------------------------------------------


def test_ask_first_shows_ranking_with_reasons(app, store):
    store.add_contacts(
        [
            Contact(name="Cold Partner", role="Partner", organisation="Big Four"),
            Contact(name="Alan Wilson", relationship="professor"),
            Contact(name="Maria Green", role="Senior Accountant", relationship="alumni"),
        ]
    )
    app.refresh()
    order = [r.contact.name for r in app.ranked]
    assert order[:2] == ["Maria Green", "Alan Wilson"]
    html = app.ask_first.value
    assert html.index("Maria Green") < html.index("Alan Wilson") < html.index("Cold Partner")
    assert "alum of your school" in html
    assert "works in your target field (accounting)" in html
    assert "cold contact" in html
    assert "accounting" in app._profile_hint.value


def test_status_changes_record_events_and_fill_this_week(store):
    maria = store.add_contact(Contact(name="Maria Green", organisation="Green LLP"))
    wednesday = date(2026, 3, 4)
    app = ContactsApp(store, today=wednesday)
    app.pick.value = maria.id
    assert app.form.next_stage.description == "Move to: contacted"
    app.form.next_stage.click()
    assert store.get_contact(maria.id).status == "contacted"
    [sent] = events(store, "sent")
    assert sent["on_date"] == wednesday
    assert "recorded" in app.notice.text
    # +3 business days is next Monday: nothing this week, and the app says what is next.
    assert "Nothing due this week" in app.this_week.value
    assert "Mon 09 Mar" in app.this_week.value

    next_monday = ContactsApp(store, today=date(2026, 3, 9))
    assert "Second contact" in next_monday.this_week.value
    assert "Green LLP" in next_monday.this_week.value
    ics = next_monday.ics_link.value
    assert 'download="infoint-reminders.ics"' in ics
    payload = base64.b64decode(re.search(r"base64,([A-Za-z0-9+/=]+)", ics).group(1))
    assert b"BEGIN:VEVENT" in payload and b"Maria Green" in payload

    # The meeting is set, then held: a thank-you is due the next day.
    next_monday.pick.value = maria.id
    next_monday.form.status.value = "meeting scheduled"
    assert events(store, "replied")
    assert "Second contact" not in next_monday.this_week.value
    next_monday.form.status.value = "met"
    assert [e["on_date"] for e in events(store, "met")] == [date(2026, 3, 9)]
    assert "Thank-you" in next_monday.this_week.value
    next_monday.form.next_stage.click()
    assert store.get_contact(maria.id).status == "thanked"
    assert "Thank-you" not in next_monday.this_week.value
    payload = base64.b64decode(re.search(r"base64,([^\"]+)", next_monday.ics_link.value).group(1))
    assert b"Keep in touch: Maria Green" in payload


def test_one_follow_up_only(store):
    maria = store.add_contact(Contact(name="Maria Green"))
    app = ContactsApp(store, today=MONDAY)
    app.pick.value = maria.id
    app.form.status.value = "contacted"
    assert app.form.log_follow_up.layout.display == ""
    later = ContactsApp(store, today=date(2026, 3, 12))
    assert "Follow up" in later.this_week.value
    later.pick.value = maria.id
    later.form.log_follow_up.click()
    assert len(events(store, "followed up")) == 1
    assert "Follow up" not in later.this_week.value
    later.form.log_follow_up.click()
    assert len(events(store, "followed up")) == 1
    assert "already followed up once" in later.notice.text


def test_new_contact_saved_with_a_later_status_records_its_event(app, store):
    app.form.name.value = "Dana Lee"
    app.form.status.value = "contacted"
    app.form.save.click()
    assert store.contacts()[0].status == "contacted"
    assert len(events(store, "sent")) == 1


# -- the table: filters, search, sort, pages --------------------------------------------------


@pytest.fixture
def crowd(store) -> list[Contact]:
    people = []
    for i in range(120):
        people.append(
            Contact(
                name=f"Person {i:03d}",
                organisation=f"Org {i % 7}",
                role="Nurse" if i % 3 == 0 else "Tax Associate",
                field="nursing" if i % 3 == 0 else "accounting",
                status="contacted" if i % 10 == 0 else "identified",
            )
        )
    people.append(Contact(name="Zoë Unfielded"))
    return store.add_contacts(people)


def test_table_pages_filters_search_and_sort(store, crowd):
    app = ContactsApp(store, today=MONDAY)
    assert "Showing 1–50 of 121 contacts" in app.table.value
    assert app.table.value.count("<tr>") == 51  # header + 50 rows, one table
    assert len(app.pick.options) == 51
    assert app.prev_page.disabled and not app.next_page.disabled
    app.next_page.click()
    app.next_page.click()
    assert "Showing 101–121" in app.table.value and app.next_page.disabled

    app.status_filter.value = "contacted"
    assert app.page.page == 0  # a filter change starts at the first page
    assert "of 12 contacts" in app.table.value
    assert ("contacted (12)", "contacted") in app.status_filter.options

    app.status_filter.value = ""
    app.field_filter.value = "nursing"
    assert app.page.matched == 40
    assert all(r.contact.field == "nursing" for _rank, r in app.page.rows)
    app.field_filter.value = "\x00none"
    assert [r.contact.name for _rank, r in app.page.rows] == ["Zoë Unfielded"]

    app.field_filter.value = ""
    app.search.value = "zoe"  # accents and case ignored
    assert app.page.matched == 1
    app.search.value = "person 01"  # every word must appear: 001, 010-019, 101
    assert app.page.matched == 12
    app.search.value = "nobody like this"
    assert "No contacts match" in app.table.value

    app.search.value = ""
    app.sort.value = "name"
    names = [r.contact.name for _rank, r in app.page.rows]
    assert names == sorted(names)
    app.sort.value = "status"
    assert app.page.rows[0][1].contact.status == "identified"


def test_picking_a_row_opens_it_and_marks_it_in_the_table(store, crowd):
    app = ContactsApp(store, today=MONDAY)
    _label, first_id = app.pick.options[3]
    app.pick.value = first_id
    assert app.form.contact_id == first_id
    assert "ii-selected" in app.table.value
    assert "Editing" in app.notice.text
    app.form.new.click()
    assert app.form.contact_id is None and app.pick.value == 0


# -- hostile text ---------------------------------------------------------------------------


def test_markup_in_a_name_is_shown_as_text_everywhere(app, store):
    data = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        f'"{XSS}",Tester,,,"<script>x()</script>",Senior Accountant,12 Mar 2024\r\n'
    ).encode()
    upload(app, data)
    assert "<img" not in app.importer.preview.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in app.importer.preview.value
    assert "<script" not in app.importer.preview.value
    app.importer.confirm.click()
    saved = store.contacts()[0]
    assert saved.name.startswith(XSS)
    app.pick.value = saved.id
    for html in (
        app.table.value,
        app.ask_first.value,
        app.form.title.value,
        app.notice.value,
    ):
        assert "<img" not in html and "<script" not in html
        assert "&lt;img" in html or "&lt;script" in html
