"""PrepareModel: the step's state, derived facts and actions, driven without any widget.

Each defect a learner's walk found in step 3 has a test here, at the model level, plus the
view's side where the defect was in the view (the plan list, the notices by the buttons).
"""

from __future__ import annotations

import asyncio
import threading
from datetime import date
from pathlib import Path

import ipywidgets as w
import pytest

from infoint.model import Contact, Learner, ValidationError
from infoint.prepare import content, read_content, suggest_questions
from infoint.steps.prepare import LEGACY_DRAFT, NO_CONTACT, PrepareModel
from infoint.store import Store
from infoint.ui import PrepareApp
from infoint.ui.prepare_rehearse import RehearsePanel

LONG = ("When you think back over the first three years in this line of work, which of the "
        "things nobody told you at the start turned out to matter most for how your days go?")


@pytest.fixture
def jane(store: Store) -> Contact:
    store.save_profile(Learner(name="Amara", fields=["nursing"], meeting_minutes=20,
                               email="amara@example.org"))
    return store.add_contact(Contact(name="Jane Doe", organisation="City Hospital",
                                     role="Charge nurse", field="nursing",
                                     email="jane@example.org", status="contacted"))


def test_a_new_model_opens_a_new_plan_sized_to_the_profile(store, jane):
    model = PrepareModel(store)
    assert model.contact_id == NO_CONTACT and model.questions == [] and model.minutes == 20
    assert model.field == "nursing" and model.opening.level == "info"
    assert [v for _l, v in model.contact_options()] == [NO_CONTACT, jane.id]
    model.choose_contact(jane.id)
    assert (model.field, model.organisation) == ("nursing", "City Hospital")
    assert model.pack == "nursing and health care"
    assert store.get_state("prepare:last-contact") == jane.id
    assert PrepareModel(store).contact_id == jane.id


def test_questions_add_reorder_replace_remove_and_persist(store, jane):
    model = PrepareModel(store)
    model.choose_contact(jane.id)
    assert model.add_essentials().level == "success"
    n = len(model.questions)
    assert n >= 5 and model.budget.fits and model.add_essentials().level == "info"
    assert model.add_question("  How did   you choose nursing? ").level == "success"
    assert model.questions[-1] == "How did you choose nursing?"
    assert model.add_question("how did you choose NURSING?").level == "info"  # no duplicate
    assert model.add_question("   ").level == "error"
    model.move(n, -1)
    assert model.questions[n - 1] == "How did you choose nursing?"
    assert model.move(0, -1).level == "info"  # already at the top: nothing moves
    model.replace(n - 1, "What made you choose nursing?")
    model.remove(0)
    assert len(model.questions) == n
    saved = store.get_plan(model.plan.id)
    assert saved.questions == model.questions and saved.contact_id == jane.id
    with pytest.raises(IndexError):
        model.remove(99)


def test_a_refused_question_changes_nothing(store, jane):
    model = PrepareModel(store)
    with pytest.raises(ValidationError):
        model.add_question("x" * 600)
    assert model.questions == [] and model.plan.id is None


def test_the_check_offers_a_rewrite_and_using_it_fixes_the_finding(store, jane):
    model = PrepareModel(store)
    model.add_question("Do you like your job?")
    assert model.report.level("closed-question") == "fail"
    [(index, text)] = model.suggestions
    assert index == 0 and text != "Do you like your job?"
    model.use_suggestion(0)
    assert model.questions == [text] and model.report.level("closed-question") == "pass"
    assert model.use_suggestion(0).level == "info"


def test_details_are_saved_and_a_refused_value_is_put_back(store, jane):
    model = PrepareModel(store)
    model.update_details(notes={"found": "Pay bands are public."}, organisation="Clinic")
    plan = store.get_plan(model.plan.id)
    assert "Pay bands are public." in plan.research_notes and plan.organisation == "Clinic"
    with pytest.raises(ValidationError):
        model.update_details(organisation="x" * 5000)
    assert model.organisation == "Clinic"
    model.update_details(minutes=15)
    assert store.get_plan(model.plan.id).minutes == 15 and model.budget.length == 15


def test_bank_entries_say_what_is_already_in_the_plan(store, jane):
    # Defect: the bank was a tiny multi-select that needed Ctrl to pick several.
    model = PrepareModel(store)
    entries = model.bank_entries(category="daily workload")
    assert entries and not any(e.in_plan for e in entries)
    model.add_from_bank(entries[0].id)
    model.add_from_bank(entries[1].id)
    assert model.questions == [entries[0].text, entries[1].text]
    marked = {e.id: e.in_plan for e in model.bank_entries(category="daily workload")}
    assert marked[entries[0].id] and marked[entries[1].id]
    assert model.add_from_bank(entries[0].id).level == "info"
    assert model.bank_entries(search="zzzz-nothing") == []


def test_long_questions_are_shown_whole_in_rows_that_wrap(store, jane):
    # Defect: the plan was a Select, whose options are cut at 390 px.
    app = PrepareApp(store, autotick=False)
    app.model.add_question(LONG)
    app.show()

    def walk(widget):
        yield widget
        for child in getattr(widget, "children", ()):
            yield from walk(child)

    assert not any(isinstance(x, (w.Select, w.SelectMultiple)) for x in walk(app))
    [shown] = app.questions_view.plan.texts
    assert LONG in shown


def test_the_close_is_never_coloured_as_a_part_to_skip(store, jane):
    from infoint.io.guide import guide_html
    from infoint.prepare import agenda

    model = PrepareModel(store)
    model.update_details(minutes=15)
    for i in range(9):
        model.add_question(f"Question number {i}?")
    guide = model.guide()
    assert not model.budget.fits
    rows = agenda(guide.budget, guide.starts_at)
    assert rows[-1].title.startswith("Close") and rows[-1].fits
    html = guide_html(guide)
    start = html.rindex("<tr")
    assert 'class="over"' not in html[start:html.index("</tr>", start)]
    # ... nor in the app's time budget bar, where the late questions are red.
    from infoint.ui.prepare_views import budget_bar_html

    bar = budget_bar_html(model.budget)
    assert "ii-seg-q ii-seg-over" in bar and "ii-seg-close ii-seg-over" not in bar
    assert 'class="ii-seg ii-seg-close"' in bar


def test_a_place_saved_without_a_mode_says_whether_it_is_online(store, jane):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from infoint.model import Meeting

    store.save_meeting(Meeting(contact_id=jane.id, place="Video call", timezone="UTC",
                               starts_at=datetime(2026, 7, 1, 9, tzinfo=ZoneInfo("UTC"))))
    model = PrepareModel(store)
    model.choose_contact(jane.id)
    assert model.mode == "online"
    model.update_meeting(mode="in person")
    assert PrepareModel(store).mode == "in person"  # the learner's choice is kept


def test_the_guide_says_how_many_pages_it_prints_on(store, jane):
    # Defect: step 6 promised one page and the guide printed on two.
    assert "one page" not in content().step("guide", "lead").casefold()
    model = PrepareModel(store)
    assert model.fits_one_page is None  # nothing is claimed before the PDF is laid out
    model.add_essentials()
    message = model.make_pdf()
    assert model.pdf.startswith(b"%PDF") and model.pdf_pages == 1 and model.fits_one_page
    assert "one page" in message.text
    model.update_details(minutes=60)
    for q in suggest_questions(60, "nursing"):
        model.add_question(q.text)
    assert model.pdf == b""  # a changed plan drops the PDF made from the old one
    message = model.make_pdf()
    assert model.pdf_pages >= 2 and model.fits_one_page is False
    assert f"{model.pdf_pages} pages" in message.text


def test_the_meeting_zone_defaults_to_the_learners_country_not_the_servers(store, monkeypatch):
    # Defect: the zone defaulted to UTC (the server's) rather than the learner's.
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.delenv("INFOINT_TZ", raising=False)
    store.save_profile(Learner(name="Ada", country="NG"))
    model = PrepareModel(store)
    assert model.timezone == "Africa/Lagos"
    assert model.zone_options()[0] == "Africa/Lagos"
    model.update_meeting(day=date(2026, 5, 4), time="10:00", timezone="Europe/Berlin")
    model.save_meeting()
    other = store.add_contact(Contact(name="Bo"))
    model.choose_contact(other.id)
    assert model.timezone == "Europe/Berlin"  # the zone the learner picked last wins


def test_without_a_country_the_class_zone_then_the_machines(store, monkeypatch):
    store.save_profile(Learner(name="Ada"))
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("INFOINT_TZ", "Asia/Kolkata")
    assert PrepareModel(store).timezone == "Asia/Kolkata"
    monkeypatch.delenv("INFOINT_TZ")
    assert PrepareModel(store).timezone == "UTC"


def test_save_meeting_refuses_a_bad_time_and_writes_nothing(store, jane):
    model = PrepareModel(store)
    model.update_meeting(day=date(2026, 3, 8), time="2:30", timezone="America/New_York")
    assert "does not exist" in model.meeting_problem
    message = model.save_meeting()
    assert message.level == "error" and store.meetings() == [] and model.plan.id is None
    model.update_meeting(time="half past")
    assert "14:30" in model.save_meeting().text


def test_save_meeting_once_per_plan_and_the_contact_moves_on(store, jane):
    model = PrepareModel(store)
    model.choose_contact(jane.id)
    model.update_meeting(day=date(2026, 5, 4), time="15:00", timezone="Europe/Berlin",
                         place="Café", mode="online")
    assert model.save_meeting().level == "success"
    model.save_meeting()
    (meeting,) = store.meetings()
    assert meeting.plan_id == model.plan.id and meeting.timezone == "Europe/Berlin"
    assert store.get_contact(jane.id).status == "meeting scheduled"
    again = PrepareModel(store)
    assert (again.day, again.time, again.mode) == (date(2026, 5, 4), "15:00", "online")
    assert again.guide().place == "Online: Café"


def test_the_meeting_draft_is_one_of_the_steps_drafts_and_old_keys_are_read(store, jane):
    store.set_state(LEGACY_DRAFT + f"c{jane.id}",
                    {"date": "2026-06-01", "time": "09:30", "tz": "Europe/Paris", "place": "X"})
    model = PrepareModel(store)
    model.choose_contact(jane.id)
    assert (model.day, model.time, model.timezone) == (date(2026, 6, 1), "09:30", "Europe/Paris")
    model.update_meeting(place="Y")
    assert store.get_state(f"prepare:draft:meeting-c{jane.id}")["place"] == "Y"
    assert store.get_state(LEGACY_DRAFT + f"c{jane.id}") is None


def test_checklist_ticks_and_progress(store, jane):
    model = PrepareModel(store)
    model.choose_contact(jane.id)
    assert model.checklist_progress == (0, len(model.checklist))
    model.tick("dress")
    message = model.tick("card")
    assert model.checklist_progress == (2, len(model.checklist))
    assert message.text.startswith("2 of")
    model.tick("card", False)
    assert PrepareModel(store).ticked == {"dress"}
    with pytest.raises(KeyError):
        model.tick("no-such-item")


def test_notices_show_by_the_button_that_caused_them(store, jane):
    app = PrepareApp(store, autotick=False)
    app.contact.value = jane.id
    app.notes["found"].value = "Pay bands are public."
    assert app.notes_notice.text == "Saved." and app.who_notice.text == ""
    app.organisation.value = "x" * 5000  # refused: the message is under the box
    assert app.who_notice.level == "error" and "Organisation" in app.who_notice.text
    assert app.organisation.value == "City Hospital"  # and the saved value is back
    app.questions_view.suggest.click()
    assert "essential" in app.questions_view.notice.text
    app.meeting.save.click()  # no date yet
    assert app.meeting.notice.level == "error" and "date" in app.meeting.notice.text
    app.meeting.date.value = date(2026, 5, 4)
    app.meeting.time.value = "15:00"
    app.meeting.save.click()
    assert app.meeting.notice.level == "success" and "saved for" in app.meeting.notice.text
    app.checks["dress"].value = True
    assert app.checklist_notice.text.startswith("1 of")
    assert PrepareApp(store, autotick=False).checklist_notice.text.startswith("1 of")
    app.make_pdf_button.click()
    assert "page" in app.guide_notice.text and "page" in app.guide_pdf.value
    assert app.notice.text == app.guide_notice.text  # and at the top, which stays in view


def test_a_changed_data_file_changes_the_app(store, jane, tmp_path: Path, monkeypatch):
    shipped = (Path(__file__).resolve().parents[2] / "data" / "prepare.toml").read_text()
    own = (shipped.replace('title = "Rehearse"', 'title = "Practise out loud"')
           .replace('key = "again"', 'key = "water"')
           .replace("Ask whether you may contact them again if more questions come up.",
                    "Bring a bottle of water.")
           .replace('agenda = "Agenda"', 'agenda = "Running order"')
           .replace('found = "Typical pay ranges', 'found = "Facts first. Typical pay ranges')
           .replace("Press Start, say each", "Press Start and say each"))
    (tmp_path / "prepare.toml").write_text(own, encoding="utf-8")
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    app = PrepareApp(store, autotick=False)
    assert "Bring a bottle of water." in [b.description for b in app.checks.values()]
    assert "water" in app.checks and "again" not in app.checks
    assert any("Practise out loud" in c.value for c in _all(app) if isinstance(c, w.HTML))
    assert app.notes["found"].placeholder.startswith("Facts first.")
    app.model.add_question("First?")
    app.show()
    assert "Press Start and say each" in app.rehearse.clock_view.value
    html, _name = app.model.guide_html()
    assert b"Running order" in html and b"Bring a bottle of water." in html


def test_a_broken_data_file_is_set_aside_and_the_app_says_why(store, tmp_path, monkeypatch):
    (tmp_path / "prepare.toml").write_text("[steps.who]\ntitle = 'Who'\n", encoding="utf-8")
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    with pytest.raises(ValueError, match="needs a title"):
        read_content(tmp_path / "prepare.toml")
    assert content().step("rehearse") == "Rehearse"  # the shipped words instead
    app = PrepareApp(store, autotick=False)
    assert app.notice.level == "error" and "needs a title" in app.notice.text
    assert len(app.checks) == 10


def _all(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _all(child)


# -- the rehearsal clock ticks on the kernel's loop, and only there ----------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rehearsal_ticks_on_the_running_loop_and_its_thread(store, jane):
    model = PrepareModel(store)
    model.add_question("First?")
    clock = Clock()
    panel = RehearsePanel(lambda part: f"x-{part}", lambda: model.budget, clock=clock,
                          interval=0.01)
    seen: list[int] = []
    panel.clock_view.observe(lambda _c: seen.append(threading.get_ident()), "value")

    async def meeting() -> None:
        panel.start()
        assert panel.ticking
        clock.now += 40
        await asyncio.sleep(0.1)
        assert panel.ticks >= 2 and "data-clock=\"question\">1:50<" in panel.clock_view.value
        panel.stop()
        await asyncio.sleep(0.03)
        assert not panel.ticking

    asyncio.run(meeting())
    assert seen and set(seen) == {threading.get_ident()}


def test_without_a_loop_nothing_ticks_and_no_thread_starts(store, jane):
    model = PrepareModel(store)
    model.add_question("First?")
    clock = Clock()
    threads = threading.active_count()
    panel = RehearsePanel(lambda part: f"x-{part}", lambda: model.budget, clock=clock)
    panel.start()
    assert not panel.ticking and threading.active_count() == threads
    clock.now += 10
    panel.tick()  # what the loop would do, driven by hand
    assert panel.ticks == 1 and "2:20" in panel.clock_view.value


def test_plans_and_meetings_written_elsewhere_are_found(store, jane):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from infoint.model import Meeting, Plan

    plan = store.save_plan(Plan(contact_id=jane.id, field="nursing", questions=["Why?"]))
    store.save_meeting(Meeting(contact_id=jane.id, plan_id=plan.id, timezone="Europe/Rome",
                               starts_at=datetime(2026, 7, 1, 11, 0,
                                                  tzinfo=ZoneInfo("Europe/Rome"))))
    model = PrepareModel(store)
    model.choose_contact(jane.id)
    assert model.plan.id == plan.id and model.questions == ["Why?"]
    assert (model.day, model.time, model.timezone) == (date(2026, 7, 1), "11:00", "Europe/Rome")
    model.update_meeting(time="12:00")
    model.save_meeting()
    assert len(store.meetings()) == 1  # the one meeting is updated, not doubled
