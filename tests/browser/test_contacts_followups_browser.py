"""Step 1 in a browser, as people really have their contacts: a semicolon file with a
near-duplicate is merged, one contact is snoozed, "this week" changes, and a reload keeps it."""

from __future__ import annotations

from datetime import date

from playwright.sync_api import expect

from infoint.model import Contact, Learner
from infoint.store import Store
from tests.browser.pages import click, fill, open_app, toggle, upload_file

NB = "01-find-contacts.ipynb"
APP = "infoint-contacts"
T = 30_000


def css(part: str) -> str:
    return f".{APP}-{part}"


def test_near_duplicate_merge_snooze_and_reload(page, voila_factory, tmp_path, screenshot):
    db = f"sqlite:///{tmp_path / 'followups.db'}"
    store = Store.open(db, learner_id="followups")
    store.save_profile(Learner(name="Amara", fields=["accounting"]))
    jon = store.add_contact(Contact(name="Jon Smith", organisation="Acme Ltd", status="contacted"))
    store.add_event(jon.id, "sent", date.today())
    server = voila_factory("followups", db_url=db)
    store.engine.dispose()

    export = tmp_path / "contacts-excel.csv"
    # What European Excel writes: semicolons, Windows-1252, a header with close names.
    export.write_bytes(
        "Given name;Surname;E-mail;Company Name;Job Title\r\n"
        "John;Smith;john@acme.example;ACME;Senior Accountant\r\n"
        "Zoë;Müller;zoe@bolt.example;Bolt GmbH;Analyst\r\n".encode("cp1252")
    )
    open_app(page, server.render_url(NB), APP)
    week = page.locator(css("this-week"))
    expect(week).to_contain_text("Jon Smith", timeout=T)

    upload_file(page, f"{APP}-upload", str(export))
    expect(page.locator(css("assumed"))).to_contain_text("semicolon", timeout=T)
    expect(page.locator(css("assumed"))).to_contain_text("Windows-1252")
    expect(page.locator(css("preview"))).to_contain_text("Zoë Müller")
    likely = page.locator(css("likely"))
    expect(likely).to_contain_text("John Smith · ACME may be Jon Smith · Acme Ltd")
    screenshot("contacts-near-duplicate-preview")
    toggle(page, "ii-likely-row", "Merge")
    click(page, f"{APP}-confirm-import")
    notice = page.locator(css("notice"))
    expect(notice).to_contain_text("filled in details for 1", timeout=T)

    fill(page, f"{APP}-search", "Smith")
    table = page.locator(css("table"))
    expect(table).to_contain_text("Showing 1–1 of 1", timeout=T)
    page.locator(f"button{css('open')}", has_text="Jon Smith").click()
    expect(page.locator(f"{css('email')} input")).to_have_value("john@acme.example", timeout=T)
    expect(page.locator(css("timeline"))).to_contain_text("Sent")

    page.locator(f"{css('snooze-choice')} select").select_option(label="Next week")
    click(page, f"{APP}-snooze")
    expect(notice).to_contain_text("snoozed until", timeout=T)
    expect(week).to_contain_text("snoozed until", timeout=T)
    screenshot("contacts-after-snooze")

    page.reload()
    open_app(page, server.render_url(NB), APP)
    expect(page.locator(css("this-week"))).to_contain_text("snoozed until", timeout=T)
    fill(page, f"{APP}-search", "Smith")
    expect(page.locator(css("table"))).to_contain_text("Showing 1–1 of 1", timeout=T)
    expect(page.get_by_text("Traceback")).to_have_count(0)
