"""The Prepare app without a browser: set values, click, check the widgets, the model and the
store. Widgets are reached through the view's public attributes; the step's own rules are
tested on the model in tests/prepare/test_prepare_model.py."""

from __future__ import annotations

import base64
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from infoint.model import Contact, Learner
from infoint.store import Store
from infoint.ui import PrepareApp

HOSTILE = "<script>alert(1)</script>"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def setup(store: Store):
    store.save_profile(Learner(name="Amara", fields=["nursing"], meeting_minutes=20,
                               email="amara@example.org"))
    jane = store.add_contact(Contact(name="Jane Doe", organisation="City Hospital",
                                     role="Charge nurse", field="nursing",
                                     email="jane@example.org", status="contacted"))
    sam = store.add_contact(Contact(name="Sam Lee", organisation="Byte Ltd",
                                    field="software engineering"))
    return store, jane, sam


def make(store: Store, **kw) -> PrepareApp:
    return PrepareApp(store, autotick=False, **kw)


def data_of(html: str) -> bytes:
    m = re.search(r'href="data:[^;]+(?:;charset=utf-8)?;base64,([^"]+)"', html)
    assert m, html
    return base64.b64decode(m.group(1))


def add_own(app: PrepareApp, text: str) -> None:
    app.questions_view.own.value = text
    app.questions_view.add_own.click()


def test_fresh_app_offers_contacts_and_profile_length(setup):
    store, jane, sam = setup
    app = make(store)
    assert [v for _l, v in app.contact.options] == [0, jane.id, sam.id]
    assert app.meeting.minutes.value == 20
    assert app.questions_view.suggest.description == "Suggest essentials for 20 minutes"
    assert app.field.value == "nursing"
    assert app.questions == []
    assert "New plan" in app.notice.text


def test_suggest_then_own_pay_question_is_flagged_and_removed(setup):
    store, jane, _sam = setup
    app = make(store)
    app.contact.value = jane.id
    assert app.field.value == "nursing" and app.organisation.value == "City Hospital"
    app.questions_view.suggest.click()
    assert app.notice.level == "success", app.notice.text
    assert len(app.questions) >= 5
    assert app.budget.fits
    add_own(app, "How much do you earn?")
    assert app.report.level("asks-pay") == "fail"
    assert 'data-rule="asks-pay"' in app.questions_view.findings.value
    saved = store.get_plan(app.plan.id)
    assert saved.questions[-1] == "How much do you earn?"
    app.questions_view.plan.press("remove", len(app.questions) - 1)
    assert "Removed" in app.questions_view.notice.text  # by the list, not only at the top
    assert "How much do you earn?" not in app.questions
    assert app.report.level("asks-pay") == "pass"
    assert "How much do you earn?" not in store.get_plan(app.plan.id).questions


def test_a_good_plan_is_ready_for_the_meeting_not_ready_to_send(setup):
    store, jane, _sam = setup
    app = make(store)
    app.contact.value = jane.id
    app.questions_view.suggest.click()
    assert app.report.score >= 85
    assert "Ready for the meeting" in app.questions_view.findings.value
    assert "Ready to send" not in app.questions_view.findings.value


def test_browse_bank_by_category_field_and_search_then_add(setup):
    store, _jane, _sam = setup
    app = make(store)
    fields = [v for _l, v in app.questions_view.field.options]
    assert app.questions_view.field.value == "nursing and health care"
    assert "*" in fields and "" in fields
    app.questions_view.category.value = "daily workload"
    assert app.questions_view.bank.rows and all(r.minutes > 0 for r in app.questions_view.bank.rows)
    app.questions_view.search.value = "zzzz-nothing"
    bank = app.questions_view.bank
    assert bank.rows == [] and "No question matches" in bank.status.value
    app.questions_view.search.value = ""
    first, second = app.questions_view.bank.rows[:2]
    app.questions_view.bank.add(first.id)
    app.questions_view.bank.add(second.id)
    assert app.questions == [first.text, second.text]
    assert "question 2" in app.notice.text
    # Rows already in the plan say so and cannot be added twice.
    shown = {r.id: r for r in app.questions_view.bank.rows}
    assert shown[first.id].in_plan and shown[second.id].in_plan
    app.questions_view.add_from_bank(first.id)
    assert len(app.questions) == 2 and "already" in app.notice.text


def test_the_bank_is_a_list_of_wrapping_rows_with_a_button_each(setup):
    import ipywidgets as w

    from infoint.ui.prepare_bank import SHOWN

    store, *_ = setup
    app = make(store)
    app.questions_view.category.value = ""
    app.questions_view.field.value = "*"
    assert app.questions_view.bank.total > SHOWN and len(app.questions_view.bank.rows) == SHOWN
    bank = app.questions_view.bank
    assert f"Showing {SHOWN} of {bank.total}" in bank.status.value
    buttons = [child.children[1] for child in app.questions_view.bank.list.children]
    assert all(b.description == "Add" and b.tooltip.startswith("Add to plan: ") for b in buttons)

    def walk(widget):
        yield widget
        for child in getattr(widget, "children", ()):
            yield from walk(child)

    # No widget that needs Ctrl-click to pick several is left.
    assert not any(isinstance(x, w.SelectMultiple) for x in walk(app))


def test_bank_markup_is_escaped():
    from infoint.ui.prepare_bank import BankPicker, BankRow

    added = []
    picker = BankPicker(added.append)
    picker.show([BankRow("q1", "<b>Bold</b> question?", 2.5, "<i>f</i>")])
    html = picker.list.children[0].children[0].value
    assert "<b>" not in html and "&lt;b&gt;Bold&lt;/b&gt;" in html and "&lt;i&gt;" in html
    picker.add("q1")
    assert added == ["q1"]


def test_bank_list_holds_only_the_matching_rows_and_reuses_them():
    from infoint.ui.prepare_bank import SHOWN, BankPicker, BankRow

    added = []
    picker = BankPicker(added.append)
    many = [BankRow(f"q{i}", f"Question {i}?", 2) for i in range(SHOWN + 5)]
    picker.show(many)
    first_rows = list(picker.list.children)
    assert len(first_rows) == SHOWN
    picker.show(many[:2])  # a search that narrows the list
    assert list(picker.list.children) == first_rows[:2]  # the same widgets, the rest out
    with pytest.raises(KeyError):
        picker.add("q7")  # no longer shown: nothing answers for it
    picker.add("q1")
    assert added == ["q1"]
    picker.show(many)
    assert list(picker.list.children) == first_rows  # no new widgets for a wider list


def test_reorder_replace_and_empty_own_question(setup):
    store, *_ = setup
    app = make(store)
    for q in ("First one?", "Second one?", "Third one?"):
        add_own(app, q)
    plan = app.questions_view.plan
    plan.press("up", 2)
    assert app.questions == ["First one?", "Third one?", "Second one?"]
    assert "position 2" in app.questions_view.notice.text
    plan.press("down", 1)
    assert app.questions == ["First one?", "Second one?", "Third one?"]
    assert plan.rows[0].up.disabled and plan.rows[2].down.disabled
    plan.press("reword", 0)
    assert app.questions_view.own.value == "First one?"
    assert app.questions_view.add_own.description.startswith("Save the new wording")
    app.questions_view.own.value = "What did your first year teach you?"
    app.questions_view.add_own.click()
    assert app.questions_view.add_own.description == "Add"
    assert app.questions[0] == "What did your first year teach you?"
    add_own(app, "   ")
    assert app.notice.level == "error" and len(app.questions) == 3
    add_own(app, "second ONE?")
    assert "already" in app.notice.text and len(app.questions) == 3
    assert store.get_plan(app.plan.id).questions == app.questions


def test_use_suggestion_rewrites_a_yes_no_question(setup):
    store, *_ = setup
    app = make(store)
    add_own(app, "Do you like your job?")
    assert app.report.level("closed-question") == "fail"
    (use,) = app.questions_view.use_buttons
    assert use.description == "Use suggestion"
    use.click()
    assert app.questions[0] != "Do you like your job?"
    assert app.questions[0] == app.report.findings[0].suggestion or app.questions[0].startswith(
        ("What", "How")
    )
    assert app.report.level("closed-question") == "pass"


def test_notes_saved_and_restored_per_contact(setup):
    store, jane, sam = setup
    app = make(store)
    app.contact.value = jane.id
    app.notes["field"].value = f"Nurses {HOSTILE}"
    app.notes["found"].value = "Pay bands are public."
    add_own(app, "What surprised you in your first year?")
    app.contact.value = sam.id
    assert app.notes["field"].value == "" and app.questions == []
    assert app.field.value == "software engineering"

    again = make(store)  # a reload: last contact, then switch back
    assert again.contact.value == sam.id
    again.contact.value = jane.id
    assert again.notes["field"].value == f"Nurses {HOSTILE}"
    assert again.notes["found"].value == "Pay bands are public."
    assert again.questions == ["What surprised you in your first year?"]
    assert "saved plan" in again.notice.text
    plan = store.get_plan(again.plan.id)
    assert "Pay bands are public." in plan.research_notes and plan.contact_id == jane.id


def test_web_searchable_points_to_the_research_notes(setup):
    store, *_ = setup
    app = make(store)
    add_own(app, "What does your company do?")
    if app.report.level("web-searchable") != "pass":
        assert "research notes" in app.questions_view.findings.value


def test_length_change_resizes_budget_and_suggestions(setup):
    store, *_ = setup
    app = make(store)
    app.meeting.minutes.value = 15
    assert app.questions_view.suggest.description == "Suggest essentials for 15 minutes"
    app.questions_view.suggest.click()
    n15 = len(app.questions)
    assert app.budget.fits and store.get_plan(app.plan.id).minutes == 15
    for i in range(5):
        add_own(app, f"Extra question number {i}?")
    assert not app.budget.fits
    assert "ii-seg-over" in app.meeting.budget.value
    assert "over" in app.meeting.budget.value
    app.meeting.minutes.value = 30
    assert n15 >= 4


def test_invite_is_timezone_correct_across_dst_and_meeting_saved(setup):
    store, jane, _sam = setup
    app = make(store)
    app.contact.value = jane.id
    add_own(app, "How did you get started?")
    app.meeting.timezone.value = "America/New_York"
    app.meeting.time.value = "2:30 pm"
    app.meeting.date.value = date(2026, 3, 8)  # the day New York moves to daylight time
    app.meeting.place.value = "Café Lumen"
    cal = Calendar.from_ical(data_of(app.meeting.ics.value))
    event = next(iter(cal.walk("VEVENT")))
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == datetime(2026, 3, 8, 14, 30, tzinfo=ZoneInfo("America/New_York"))
    assert start.utcoffset() == timedelta(hours=-4)
    assert end - start == timedelta(minutes=20)
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert any(tz["tzid"] == "America/New_York" for tz in cal.walk("VTIMEZONE"))
    alarm = next(iter(event.walk("VALARM")))
    assert alarm.decoded("trigger") == timedelta(days=-1)
    assert "Jane Doe" in str(event["summary"]) and str(event["location"]) == "Café Lumen"
    # Private by default: the question list stays out (tests/prepare/test_prepare_calendar.py).
    assert "How did you get started?" not in str(event["description"])

    app.meeting.save.click()
    assert app.notice.level == "success", app.notice.text
    (meeting,) = store.meetings()
    assert meeting.starts_at == start and meeting.timezone == "America/New_York"
    assert meeting.plan_id == app.plan.id
    assert store.get_contact(jane.id).status == "meeting scheduled"
    app.meeting.save.click()  # saving again updates, never duplicates
    assert len(store.meetings()) == 1

    again = make(store)
    again.contact.value = jane.id
    assert again.meeting.date.value == date(2026, 3, 8)
    assert again.meeting.timezone.value == "America/New_York"


def test_invite_before_dst_has_the_winter_offset(setup):
    store, *_ = setup
    app = make(store)
    app.meeting.timezone.value = "America/New_York"
    app.meeting.time.value = "14:30"
    app.meeting.date.value = date(2026, 3, 7)
    event = next(iter(Calendar.from_ical(data_of(app.meeting.ics.value)).walk("VEVENT")))
    assert event.decoded("dtstart").utcoffset() == timedelta(hours=-5)


def test_bad_time_is_refused_and_nothing_saved(setup):
    store, *_ = setup
    app = make(store)
    app.meeting.date.value = date(2026, 3, 8)
    app.meeting.timezone.value = "America/New_York"
    app.meeting.time.value = "2:30"  # skipped by the clock change
    assert "does not exist" in app.meeting.ics.value
    app.meeting.save.click()
    assert app.notice.level == "error" and "does not exist" in app.notice.text
    app.meeting.time.value = "half past"
    app.meeting.save.click()
    assert "14:30" in app.notice.text
    assert store.meetings() == []


def test_checklist_ticks_are_kept(setup):
    store, jane, _ = setup
    app = make(store)
    app.contact.value = jane.id
    app.checks["dress"].value = True
    app.checks["card"].value = True
    again = make(store)
    assert again.contact.value == jane.id
    assert again.checks["dress"].value and again.checks["card"].value
    assert not again.checks["early"].value


def test_guide_links_hold_escaped_html_and_a_pdf(setup):
    store, jane, _ = setup
    app = make(store)
    app.contact.value = jane.id
    add_own(app, f"What about {HOSTILE}?")
    app.notes["organisation"].value = HOSTILE
    html = data_of(app.guide_html.value).decode("utf-8")
    assert "Jane Doe" in html and "&lt;script&gt;" in html and HOSTILE not in html
    assert 'download="interview-guide-jane-doe.html"' in app.guide_html.value
    assert app.guide_pdf.value == ""  # made on request only
    app.make_pdf_button.click()
    pdf = data_of(app.guide_pdf.value)
    assert pdf.startswith(b"%PDF")
    app.notes["organisation"].value = "Changed after the PDF was made"
    assert app.guide_pdf.value == "", "a stale PDF must not stay on offer"
    assert "<script" not in app.questions_view.findings.value.replace("&lt;script", "")


def test_rehearse_counts_down_with_an_injected_clock(setup):
    store, *_ = setup
    clock = Clock()
    app = make(store, clock=clock)
    r = app.rehearse
    r.start_button.click()
    assert "Add questions" in r.clock_view.value
    add_own(app, "First?")
    add_own(app, "Second?")
    r.start_button.click()
    assert "Question 1 of 2" in r.clock_view.value and "2:30" in r.clock_view.value
    assert not r.next_button.disabled
    clock.now += 160
    r.tick()
    assert "-0:10" in r.clock_view.value and "move on" in r.clock_view.value
    r.next_button.click()
    assert "Question 2 of 2" in r.clock_view.value and "Second?" in r.clock_view.value
    clock.now += 100
    r.tick()
    # A 20-minute meeting less the 3-minute opening, 260 s in: 12:40 left.
    assert 'data-clock="meeting">12:40<' in r.clock_view.value
    r.next_button.click()
    assert "finished within the time" in r.clock_view.value
    assert r.next_button.disabled


def test_rehearse_stop_and_plan_change_resets(setup):
    store, *_ = setup
    clock = Clock()
    app = make(store, clock=clock)
    add_own(app, "First?")
    app.rehearse.start_button.click()
    app.rehearse.stop_button.click()
    assert "Stopped at question 1" in app.rehearse.clock_view.value
    add_own(app, "Second?")
    assert app.rehearse.rehearsal is None
    assert "2 questions" in app.rehearse.clock_view.value


def test_hostile_text_is_escaped_everywhere(setup):
    store, *_ = setup
    app = make(store)
    add_own(app, HOSTILE)
    app.notes["field"].value = HOSTILE
    texts = app.questions_view.plan.texts
    assert texts and all("<script>" not in t for t in texts)
    for widget in (app.questions_view.findings, app.meeting.budget, app.notice,
                   app.rehearse.clock_view):
        assert "<script>" not in widget.value
    app.rehearse.start_button.click()
    assert "&lt;script&gt;" in app.rehearse.clock_view.value


def test_plan_too_long_question_is_refused(setup):
    store, *_ = setup
    app = make(store)
    add_own(app, "x" * 600)
    assert app.notice.level == "error" and app.questions == []


def test_a_new_meeting_starts_in_the_zone_of_the_learners_last_meeting(setup, monkeypatch):
    store, jane, sam = setup
    monkeypatch.delenv("INFOINT_TZ", raising=False)
    monkeypatch.setenv("TZ", "UTC")
    assert make(store).timezone == "UTC"  # nothing known about the learner yet
    app = make(store)
    app.contact.value = jane.id
    add_own(app, "How did you get started?")
    app.meeting.timezone.value = "Africa/Lagos"
    app.meeting.time.value = "10:00"
    app.meeting.date.value = date(2026, 3, 8)
    app.meeting.save.click()
    assert app.notice.level == "success", app.notice.text
    fresh = make(store)
    fresh.contact.value = sam.id
    assert fresh.timezone == "Africa/Lagos"


def test_show_more_adds_rows_until_every_match_shows_and_a_new_search_starts_again():
    from infoint.ui.prepare_bank import SHOWN, BankPicker, BankRow

    picker = BankPicker(lambda _id: None)
    many = [BankRow(f"q{i}", f"Question {i}?", 2) for i in range(2 * SHOWN + 3)]
    picker.show(many)
    assert len(picker.rows) == SHOWN and picker.more.layout.display == ""
    assert picker.more.description == f"Show {SHOWN} more"
    first = list(picker.list.children)
    picker.more.click()
    assert len(picker.rows) == 2 * SHOWN and list(picker.list.children)[:SHOWN] == first
    assert picker.more.description == "Show 3 more"
    picker.more.click()
    assert len(picker.rows) == len(many) and picker.more.layout.display == "none"
    assert picker.status.value.count(f"{len(many)} questions") == 1
    picker.show(many)  # a refresh (a question added) keeps what the learner opened
    assert len(picker.rows) == len(many)
    picker.show(many, from_start=True)  # a new search or category starts again
    assert len(picker.rows) == SHOWN


def test_the_bank_shows_more_after_a_filter_change_only_from_the_start(setup):
    from infoint.ui.prepare_bank import SHOWN

    store, *_ = setup
    app = make(store)
    view = app.questions_view
    view.field.value = "*"
    view.bank.more.click()
    assert len(view.bank.rows) == 2 * SHOWN
    view.add_from_bank(view.bank.rows[-1].id)  # adding keeps the longer list open
    assert len(view.bank.rows) == 2 * SHOWN and view.bank.rows[-1].in_plan
    view.search.value = "day"
    assert len(view.bank.rows) <= SHOWN


def test_in_a_voila_page_the_cards_below_the_first_screen_come_after_the_paint(
        setup, painted):
    """Card 3's body (plan, check, bank) and cards 4 to 7 (meeting, the day, guide,
    rehearsal) are made once the page is live, in their place before the next-step link,
    and filled with the saved plan, meeting and ticks."""
    from infoint.ui.prepare_bank import SHOWN

    store, jane, _sam = setup
    first = make(store)
    first.contact.value = jane.id
    add_own(first, "How did you get started?")
    first.meeting.date.value = date(2026, 5, 4)
    first.meeting.time.value = "10:00"
    first.meeting.save.click()
    first.checks["dress"].value = True

    def early(app) -> None:
        app.contact.value = jane.id
        assert app.children[-2].children == ()  # nothing below the questions yet
        assert not app.questions_part.built  # nor card 3's plan, check and bank

    seen = painted(lambda: make(store), early=early, done=lambda app: app.children[-2].children)
    app, lower = seen.app, seen.app.children[-2]
    assert seen.made_later >= 100  # more than two thirds of the page's models
    assert app.questions == ["How did you get started?"]
    assert app.questions_part.box in app.children[-3].children  # inside card 3
    assert app.questions_part.box.children == (app.questions_view,)
    bank = app.questions_view.bank
    assert len(bank.list.children) == SHOWN and f"Showing {SHOWN} of" in bank.status.value
    assert [c.children[0].value.split("</b>")[0][-1] for c in lower.children] == list("4567")
    assert app.meeting.date.value == date(2026, 5, 4) and app.meeting.time.value == "10:00"
    assert app.checks["dress"].value is True
    assert "1 of" in app.checklist_notice.text
    assert "Download the guide" in app.guide_html.value
    assert "04-reflect-on-fit.ipynb" in app.children[-1].value  # the link stays last


def test_outside_voila_every_card_is_there_at_once(setup):
    store, _jane, _sam = setup
    app = make(store)
    assert len(app.children[-2].children) == 4
