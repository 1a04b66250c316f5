"""The contacts step without a browser: drive ContactsModel (set state, call an action,
assert the store), and check the view through its public widgets only."""

from __future__ import annotations

import base64
import re
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path

import ipywidgets as w
import pytest

from infoint.model import Contact, Learner
from infoint.steps.contacts import ContactsModel
from infoint.ui.contacts import ContactsApp
from infoint.ui.contacts_table import ContactRow

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


def widgets(root: w.Widget) -> list[w.Widget]:
    """Every widget shown under ``root`` (children of boxes, depth first)."""
    out, todo = [], [root]
    while todo:
        widget = todo.pop()
        out.append(widget)
        todo.extend(reversed(getattr(widget, "children", ())))
    return out


@pytest.fixture
def learner(store) -> None:
    store.save_profile(Learner(name="Amara", school="State University", fields=["accounting"]))


@pytest.fixture
def model(store, learner) -> ContactsModel:
    return ContactsModel(store, today=MONDAY)


@pytest.fixture
def app(store, learner) -> ContactsApp:
    return ContactsApp(store, today=MONDAY)


def events(store, kind: str | None = None) -> list[dict]:
    return [e for e in store.events() if kind is None or e["kind"] == kind]


# -- add, edit, delete (the model) ------------------------------------------------------------


def test_add_edit_and_delete(model, store):
    saved = model.add(Contact(
        name="Alan Wilson", organisation="State University", role="Professor of Accounting",
        field="accounting", email="alan@example.edu", relationship="professor",
        notes="Taught my audit class.", connected_on=date(2025, 9, 1),
    ))
    assert saved is not None and model.message.level == "success"
    [stored] = store.contacts()
    assert (stored.name, stored.relationship, stored.connected_on) == (
        "Alan Wilson", "professor", date(2025, 9, 1))
    assert [r.contact.name for _rank, r in model.page.rows] == ["Alan Wilson"]

    model.select(saved.id)
    edited = Contact(**{**stored.__dict__, "role": "Head of Accounting"})
    model.save(edited)
    assert store.get_contact(saved.id).role == "Head of Accounting"
    assert "Saved changes" in model.message.text and model.message.place == "editor"

    assert model.delete()
    assert store.contacts() == [] and model.selected is None
    assert "Deleted Alan Wilson" in model.message.text
    assert model.page.caption() == "No contacts yet."


def test_bad_input_is_refused_with_a_message_and_writes_nothing(model, store):
    from infoint.model import ValidationError

    with pytest.raises(ValidationError):
        Contact(name="Maria Green", email="maria at example")
    saved = model.add(Contact(name="Maria Green"))
    model.select(saved.id)
    bad = Contact(name="Maria Green", id=saved.id)
    bad.email = "maria at example"  # what a form could hand over unchecked
    model.save(bad)
    assert model.message.level == "error" and model.message.place == "editor"
    assert "does not look like an email address" in model.message.text
    assert store.get_contact(saved.id).email == ""


def test_editing_a_contact_that_was_deleted_elsewhere_says_so(model, store):
    saved = model.add(Contact(name="Gone Soon"))
    model.select(saved.id)
    store.delete_contact(saved.id)  # another tab
    model.save(Contact(name="Gone Soon", id=saved.id))
    assert model.message.level == "error" and "no longer exists" in model.message.text


def test_view_refuses_bad_input_by_the_button_and_keeps_what_was_typed(app, store):
    app.quick_name.value = "   "
    app.quick_add.click()
    assert app.notice.level == "error" and "Name is required" in app.notice.text
    assert app.notice_place == "add"
    assert store.contacts() == []
    app.quick_name.value = "Maria Green"
    app.quick_add.click()
    [maria] = store.contacts()
    app.open_contact(maria.id)
    app.form.email.value = "maria at example"
    app.form.save.click()
    assert app.notice.level == "error" and "Email" in app.notice.text
    assert app.notice_place == "editor"
    assert app.form.email.value == "maria at example"  # still there to be fixed
    assert store.get_contact(maria.id).email == ""


# -- the guided circles and introductions ----------------------------------------------------


def test_circles_walk_warm_first_and_quick_add_uses_the_circle(app, store):
    assert "Circle 1 of 7" in app.circle_step.value and "Professors" in app.circle_step.value
    assert app.circle_prev.disabled
    app.quick_name.value = "Alan Wilson"
    app.quick_organisation.value = "State University"
    app.quick_add.click()
    assert store.contacts()[0].relationship == "professor"
    assert app.quick_name.value == ""
    assert app.model.in_circle() == ["Alan Wilson"]
    assert "Already added: Alan Wilson" in app.circle_step.value

    titles = []
    for _ in range(6):
        app.circle_next.click()
        titles.append(app.model.current_circle.title)
    assert titles == ["Family", "Friends", "Career centre", "Alumni of your school",
                      "Former colleagues", "Local professionals"]
    assert app.circle_next.disabled
    assert app.quick_relationship.value == "local professional"
    app.quick_name.value = "Maria Green"
    app.quick_referred_by.value = "Professor Wilson"
    app.quick_add.click()
    maria = store.contacts()[1]
    assert (maria.relationship, maria.referred_by) == ("local professional", "Professor Wilson")


def test_introduction_suggestion_becomes_a_to_do(model, store):
    prof = model.add(Contact(name="Alan Wilson", relationship="professor"))
    [suggestion] = model.open_introductions
    assert "Ask Professor Wilson for an introduction to an accountant" in suggestion.text
    model.ask_introduction(prof.id)
    assert store.get_contact(prof.id).status == "asked for intro"
    [event] = events(store, "asked for intro")
    assert event["on_date"] == MONDAY
    assert model.open_introductions == [] and model.waiting_introductions
    assert model.message.place == "intro"
    model.ask_introduction(None)
    assert model.message.level == "error"


# -- import ----------------------------------------------------------------------------------


def test_import_preview_then_confirm_in_one_transaction(model, store, monkeypatch):
    pending = model.preview_import(linkedin(), "Connections.csv")
    assert store.contacts() == []  # the preview writes nothing
    assert pending is not None and len(pending.preview.new) == 5
    assert pending.preview.in_file_duplicates == 1 and len(pending.preview.skipped) == 1
    assert model.chosen_file == "Connections.csv" and model.message.place == "import"

    calls = []
    original = store.apply_import
    monkeypatch.setattr(
        store, "apply_import", lambda new, updates: calls.append(1) or original(new, updates)
    )
    monkeypatch.setattr(store, "add_contact", lambda c: pytest.fail("one row at a time"))
    model.confirm_import()
    assert calls == [1]
    names = {c.name for c in store.contacts()}
    assert len(names) == 5 and "Saoirse Nakagawa" in names
    assert "Imported 5 contacts" in model.message.text and model.pending is None
    # Ranked at once: the two accountants (target field, senior enough) come first.
    assert {r.contact.name for r in model.ranked[:2]} == {
        "Wanjiru Kamau-Lindqvist", "Tobias Ferreira-Achebe"}
    assert "works in your target field (accounting)" in model.ranked[0].reasons
    assert model.page.caption() == "Showing 1–5 of 5 contacts · page 1 of 1"


def test_the_view_previews_and_imports_through_the_panel(app, store):
    upload(app, linkedin())
    panel = app.importer
    assert "LinkedIn connections" in panel.preview.value
    assert "<strong>5</strong> new" in panel.preview.value
    assert "Lindqvist, Obi &amp; Partners LLP" in panel.preview.value
    assert panel.confirm.description == "Import 5 contacts"
    panel.confirm.click()
    assert len(store.contacts()) == 5
    assert panel.preview.layout.display == "none" and panel.upload.value == ()
    assert "Showing 1–5 of 5 contacts" in app.table.text


def test_second_import_finds_only_duplicates(model, store):
    model.preview_import(linkedin(), "Connections.csv")
    model.confirm_import()
    pending = model.preview_import(linkedin(), "Connections.csv")
    assert pending.preview.new == []
    # The repeated row matches a saved contact too, so all six data rows are known.
    assert len(pending.preview.duplicates) == 6
    assert "nothing new" in model.message.text
    assert len(store.contacts()) == 5


def test_confirm_rechecks_duplicates_added_since_the_preview(model, store):
    model.preview_import(linkedin(), "Connections.csv")
    store.add_contact(Contact(name="Saoirse Nakagawa", organisation="Riverside General Hospital"))
    model.confirm_import()
    assert len(store.contacts()) == 5
    assert "Imported 4 contacts" in model.message.text


def test_cancel_discards_the_preview(model, store):
    model.preview_import(linkedin(), "Connections.csv")
    model.cancel_import()
    assert store.contacts() == [] and model.pending is None
    assert "Nothing was saved" in model.message.text
    model.confirm_import()
    assert model.message.level == "error" and "Choose a file" in model.message.text


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
    m = app.model
    assert m.message.level == "error" and message in m.message.text
    assert m.pending is None and message in m.import_error
    assert message in app.importer.preview.value and message in app.notice.text
    assert app.notice_place == "import"
    assert app.importer.actions.layout.display == "none"
    assert store.contacts() == []


def test_vcard_import_through_the_same_model(model, store):
    vcf = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\n"
        b"ORG:Navy\r\nTITLE:Rear Admiral\r\nEMAIL:grace@example.org\r\nEND:VCARD\r\n"
    )
    assert model.preview_import(vcf, "people.vcf").parsed.format == "vcard"
    model.confirm_import()
    assert [c.name for c in store.contacts()] == ["Grace Hopper"]


# -- ranking, pipeline, this week --------------------------------------------------------------


def test_ask_first_ranks_warm_people_first_with_reasons(model, store):
    store.add_contacts([
        Contact(name="Cold Partner", role="Partner", organisation="Big Four"),
        Contact(name="Alan Wilson", relationship="professor"),
        Contact(name="Maria Green", role="Senior Accountant", relationship="alumni"),
    ])
    model.refresh()
    assert [r.contact.name for r in model.ask_first] == [
        "Maria Green", "Alan Wilson", "Cold Partner"]
    maria, _alan, cold = model.ask_first
    assert "alum of your school" in maria.reasons
    assert "works in your target field (accounting)" in maria.reasons
    assert any("cold contact" in reason for reason in cold.reasons)


def test_ranking_fixes_of_issue_15_still_hold(model, store):
    """A family friend who owns a bakery is not 'very senior: unlikely to reply', and a
    first-degree LinkedIn connection is not a 'cold contact'."""
    store.add_contact(Contact(name="Rosa Diaz", role="Owner", organisation="Diaz Bakery",
                              relationship="family"))
    model.preview_import(linkedin(), "Connections.csv")
    model.confirm_import()
    reasons = {r.contact.name: r.reasons for r in model.ranked}
    assert not any("very senior" in x or "unlikely to reply" in x for x in reasons["Rosa Diaz"])
    linked = [r for r in model.ranked if r.contact.source == "linkedin"]
    assert linked and all(not any("cold contact" in x for x in r.reasons) for r in linked)
    assert all(any("first-degree LinkedIn connection" in x for x in r.reasons) for r in linked)


def test_status_changes_record_events_and_fill_this_week(store):
    maria = store.add_contact(Contact(name="Maria Green", organisation="Green LLP"))
    wednesday = date(2026, 3, 4)
    model = ContactsModel(store, today=wednesday)
    model.select(maria.id)
    assert model.next_stage == "contacted"
    model.advance()
    assert store.get_contact(maria.id).status == "contacted"
    [sent] = events(store, "sent")
    assert sent["on_date"] == wednesday
    assert "recorded" in model.message.text and model.message.place == "status"
    # +3 business days is next Monday: nothing this week, and the model knows what is next.
    assert model.reminders == [] and model.next_reminder.due == date(2026, 3, 9)

    monday = ContactsModel(store, today=date(2026, 3, 9))
    second = monday.reminders[0]  # due today; the one follow-up comes on Friday
    assert second.kind == "second-contact" and "Green LLP" in second.text
    assert b"BEGIN:VEVENT" in monday.reminders_ics() and b"Maria Green" in monday.reminders_ics()

    # The meeting is set, then held: a thank-you is due the next day.
    monday.select(maria.id)
    monday.set_status("meeting scheduled")
    assert events(store, "replied")
    assert monday.reminders == []
    monday.set_status("met")
    assert [e["on_date"] for e in events(store, "met")] == [date(2026, 3, 9)]
    assert [r.kind for r in monday.reminders] == ["thank-you"]
    monday.advance()
    assert store.get_contact(maria.id).status == "thanked"
    assert monday.reminders == []
    assert b"Keep in touch: Maria Green" in monday.reminders_ics()


def test_the_view_links_status_and_the_calendar_file(store):
    maria = store.add_contact(Contact(name="Maria Green", organisation="Green LLP"))
    app = ContactsApp(store, today=date(2026, 3, 4))
    app.open_contact(maria.id)
    assert app.form.next_stage.description == "Move to: contacted"
    app.form.next_stage.click()
    assert store.get_contact(maria.id).status == "contacted"
    assert "is now: contacted" in app.notice.text and app.notice_place == "status"
    assert "Nothing due this week" in app.this_week.value and "Mon 09 Mar" in app.this_week.value
    ics = app.ics_link.value
    assert 'download="infoint-reminders.ics"' in ics
    payload = base64.b64decode(re.search(r"base64,([A-Za-z0-9+/=]+)", ics).group(1))
    assert b"BEGIN:VEVENT" in payload
    app.form.status.value = "meeting scheduled"  # the dropdown saves at once
    assert store.get_contact(maria.id).status == "meeting scheduled"


def test_one_follow_up_only(store):
    maria = store.add_contact(Contact(name="Maria Green", status="contacted"))
    store.add_event(maria.id, "sent", MONDAY)
    later = ContactsModel(store, today=date(2026, 3, 12))
    assert [r.kind for r in later.reminders] == ["follow-up"]
    later.select(maria.id)
    assert later.can_log_follow_up
    assert later.log_follow_up()
    assert len(events(store, "followed up")) == 1 and later.reminders == []
    assert not later.log_follow_up()
    assert len(events(store, "followed up")) == 1
    assert "already followed up once" in later.message.text


def test_new_contact_added_with_a_later_status_records_its_event(model, store):
    model.add(Contact(name="Dana Lee", status="contacted"))
    assert store.contacts()[0].status == "contacted"
    assert len(events(store, "sent")) == 1


# -- the table: filters, search, sort, pages ---------------------------------------------------


@pytest.fixture
def crowd(store) -> list[Contact]:
    people = [
        Contact(
            name=f"Person {i:03d}",
            organisation=f"Org {i % 7}",
            role="Nurse" if i % 3 == 0 else "Tax Associate",
            field="nursing" if i % 3 == 0 else "accounting",
            status="contacted" if i % 10 == 0 else "identified",
        )
        for i in range(120)
    ]
    people.append(Contact(name="Zoë Unfielded"))
    return store.add_contacts(people)


def test_table_pages_filters_search_and_sort(store, crowd):
    model = ContactsModel(store, today=MONDAY)
    assert model.page.caption().startswith("Showing 1–25 of 121 contacts")
    model.go_page(4)
    assert model.page.caption().startswith("Showing 101–121")
    assert model.go_page(99).page == 4  # clamped to the last page

    model.set_query(status="contacted")
    assert model.page.page == 0  # a filter change starts at the first page
    assert model.page.matched == 12
    assert ("contacted (12)", "contacted") in model.status_options

    model.set_query(status="", field="nursing")
    assert model.page.matched == 40
    assert all(r.contact.field == "nursing" for _rank, r in model.page.rows)
    model.set_query(field="\x00none")
    assert [r.contact.name for _rank, r in model.page.rows] == ["Zoë Unfielded"]

    model.set_query(field="", search="zoe")  # accents and case ignored
    assert model.page.matched == 1
    model.set_query(search="person 01")  # every word must appear: 001, 010-019, 101
    assert model.page.matched == 12
    model.set_query(search="nobody like this")
    assert "No contacts match" in model.page.caption()

    model.set_query(search="", sort="name")
    names = [r.contact.name for _rank, r in model.page.rows]
    assert names == sorted(names)
    model.set_query(sort="status")
    assert model.page.rows[0][1].contact.status == "identified"


def test_the_view_links_filters_and_pages_to_the_model(store, crowd):
    app = ContactsApp(store, today=MONDAY)
    assert len(app.table.shown) == 25 and app.prev_page.disabled
    app.next_page.click()
    assert app.model.page.page == 1 and not app.prev_page.disabled
    app.status_filter.value = "contacted"
    assert app.model.query.status == "contacted" and app.model.page.page == 0
    assert len(app.table.shown) == 12
    app.search.value = "person 000"
    [row] = app.table.shown
    assert row.button.description.endswith(". Person 000")


def test_a_filter_on_a_status_nobody_has_any_more_falls_back_to_all(model, store):
    maria = model.add(Contact(name="Maria Green"))
    model.select(maria.id)
    model.set_status("contacted")
    model.set_query(status="contacted")
    model.set_status("meeting scheduled")
    assert model.query.status == "" and model.page.matched == 1


# -- the defects the learner's walk found ---------------------------------------------------------


def test_one_add_form_clearly_placed(app, store):
    """One way to add a person ("Who could help?"); the editor only edits the chosen one."""
    adders = [b for b in widgets(app) if isinstance(b, w.Button)
              and b.description.startswith(("Add this", "Add contact", "New contact"))]
    assert adders == [app.quick_add]
    assert app.editor not in widgets(app)  # nothing chosen: no second form on the page
    assert app.add_quick() is None and store.contacts() == []  # an empty name adds nobody
    app.quick_name.value = "Alan Wilson"
    app.quick_add.click()
    [alan] = store.contacts()
    assert app.editor not in widgets(app)
    app.open_contact(alan.id)
    assert app.editor in widgets(app)
    assert not [b for b in widgets(app.editor) if isinstance(b, w.Button)
                and b.description.startswith("Add")]


def test_choosing_a_row_opens_that_contact_under_it_with_details_and_timeline(store, crowd):
    app = ContactsApp(store, today=MONDAY)
    row = app.table.shown[3]
    assert isinstance(row, ContactRow) and isinstance(row.button, w.Button)  # Tab reaches it
    assert row.button.tooltip.startswith("Open ")
    store.add_event(row.contact_id, "sent", MONDAY)
    app.model.refresh()
    row.button.click()
    chosen = app.model.selected
    assert chosen is not None and chosen.id == row.contact_id
    assert app.form.name.value == chosen.name
    assert [t.kind for t in app.model.timeline] == ["sent"]
    assert "Sent" in app.form.timeline.value
    children = list(app.table.children)
    assert children[children.index(row) + 1] is app.editor  # right under the row
    assert row.selected
    row.button.click()  # choosing it again closes it
    assert app.model.selected is None and app.editor not in app.table.children


def test_model_select_and_an_editor_off_the_page_stays_in_view(store, crowd):
    model = ContactsModel(store, today=MONDAY)
    last = model.ranked[-1].contact
    assert model.select(last.id) == last
    assert model.select(10_000) is None  # not a contact: nothing open
    app = ContactsApp(store, today=MONDAY)
    app.open_contact(last.id)  # on page 5, not the first
    assert app.table.children[2] is app.editor


def test_upload_says_choose_a_contacts_file_then_the_files_name(app):
    panel = app.importer
    assert panel.upload.description == "Choose a contacts file"
    css = resources.files("infoint.ui").joinpath("style.css").read_text(encoding="utf-8")
    # ipywidgets 8 prints "(0)" after the label: the stylesheet hides it and shows the label.
    rule = re.search(r"\.infoint-contacts-upload\.widget-upload \{([^}]*)\}", css).group(1)
    assert "font-size: 0" in rule
    assert 'content: "Choose a contacts file"' in css
    assert "No file chosen" in panel.file_name.value
    upload(app, linkedin(), "My Connections.csv")
    assert app.model.chosen_file == "My Connections.csv"
    assert "My Connections.csv" in panel.file_name.value
    assert panel.upload.value == ()  # the count stays 0, the name is beside the button


def test_contacts_columns_wrap_between_words_not_inside_them():
    css = resources.files("infoint.ui").joinpath("style.css").read_text(encoding="utf-8")
    cells = re.search(r"\.infoint-contacts \.ii-cells > span \{([^}]*)\}", css).group(1)
    assert "overflow-wrap: break-word" in cells and "anywhere" not in cells
    template = re.search(r"\.infoint-contacts \.ii-cells \{([^}]*)\}", css).group(1)
    assert "grid-template-columns" in template  # one template: the columns line up


def test_notices_appear_by_the_button_that_caused_them(app, store):
    """The app's one notice moves next to the buttons whose action it reports."""

    def where() -> w.Box:
        [slot] = [s for s in app.slots.values() if app.notice in s.children]
        return slot

    assert app.notice_place == "add"  # the first hint, by the first circle
    app.quick_name.value = "Alan Wilson"
    app.quick_add.click()
    assert app.model.message.place == "add" == app.notice_place
    assert "Added Alan Wilson" in app.notice.text
    assert where() in widgets(app) and app.quick_add in widgets(app)

    upload(app, linkedin())
    assert app.notice_place == "import" and "Check the preview" in app.notice.text
    assert where() is app.importer.notice_slot and where() in app.importer.children
    app.importer.confirm.click()
    assert app.notice_place == "import" and "Imported 5 contacts" in app.notice.text
    assert sum(app.notice in s.children for s in app.slots.values()) == 1  # shown once

    alan = next(c for c in store.contacts() if c.name == "Alan Wilson")
    app.open_contact(alan.id)
    app.form.role.value = "Professor"
    app.form.save.click()
    assert app.notice_place == "editor" and "Saved changes" in app.notice.text
    assert where() is app.form.notice_slot
    app.form.replied.click()
    assert app.notice_place == "status" and "Reply from" in app.notice.text
    app.form.delete.click()
    assert "cannot be undone" in app.form.confirm_text.value
    app.form.cancel_delete.click()
    assert store.get_contact(alan.id) is not None and "Nothing was deleted" in app.notice.text
    app.form.delete.click()
    app.form.confirm_delete.click()
    assert store.get_contact(alan.id) is None
    assert app.notice_place == "table" and "Deleted Alan Wilson" in app.notice.text
    assert where() in app.table.children


# -- hostile text ----------------------------------------------------------------------------


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
    app.open_contact(saved.id)
    html = [row.cells.value for row in app.table.shown]
    html += [app.ask_first.value, app.form.title.value, app.notice.value,
             app.circle_step.value, app.this_week.value]
    for value in html:
        assert "<img" not in value and "<script" not in value
    assert "&lt;img" in app.form.title.value and "&lt;script" in app.table.shown[0].cells.value


# -- the cards under the circles come after the paint (issue 14, time to widgets) ---------------


def test_in_a_voila_page_the_cards_under_the_circles_come_after_the_paint(store, crowd, painted):
    """Import, duplicates, ask first, this week and the table are made once the page is
    live, in their place before the next-step link, and drawn from the saved contacts."""
    def early(app: ContactsApp) -> None:
        assert app.children[-2].children == () and not app.lower.built  # nothing yet

    seen = painted(lambda: ContactsApp(store, today=MONDAY), early=early,
                   done=lambda app: app.lower.built)
    app, lower = seen.app, seen.app.children[-2]
    assert seen.made_later >= 50 and seen.made_first <= 50  # most of the page's models
    titles = [re.sub("<[^>]+>", "", c.children[0].value) for c in lower.children
              if isinstance(c, w.VBox)]
    assert titles == ["Import your connections", "Possible duplicates", "All your contacts"]
    assert app.duplicates_card.layout.display == "none"  # no pair among the 121
    assert len(app.table.shown) == app.model.page.page_size  # the first page of the 121
    assert "Person" in app.ask_first.value
    assert "02-draft-outreach.ipynb" in app.children[-1].value  # the link stays last


def test_reading_a_lower_widget_builds_the_cards_once(store, crowd, a_voila_page):
    """A test, the workshop or an early action that reaches the table before its turn
    builds the cards there and then; the turn that comes later builds nothing more."""
    import asyncio

    async def main():
        app = ContactsApp(store, today=MONDAY)
        assert not app.lower.built
        table = app.table  # read before the page is live
        assert app.lower.built and app.children[-2].children
        cards = app.children[-2].children
        a_voila_page.page_ready()
        await asyncio.sleep(0.2)
        return app, table, cards

    app, table, cards = asyncio.run(main())
    assert app.table is table and app.children[-2].children == cards
    app.show_notice("import", "info", "Here")  # the import card's slot exists
    assert app.notice in app.importer.notice_slot.children


def test_an_action_before_the_cards_are_made_shows_in_them_once_they_are(
        store, learner, painted):
    """A contact added from the circles before the lower cards exist is in the table and
    the ask-first list when they are made."""
    def early(app: ContactsApp) -> None:
        app.quick_name.value = "Dana Reyes"
        app.quick_organisation.value = "City Hospital"
        assert app.add_quick() is not None
        assert not app.lower.built  # adding drew only what exists

    app = painted(lambda: ContactsApp(store, today=MONDAY), early=early,
                  done=lambda app: app.lower.built).app
    assert [r.contact_id for r in app.table.shown] == [c.id for c in store.contacts()]
    assert "Dana Reyes" in app.ask_first.value
