"""WorkshopApp without a browser: one kernel for every step, each shown with the latest data."""

from __future__ import annotations

from datetime import date

import ipywidgets as w
import pytest

from infoint.model import Contact, Learner
from infoint.ui.contacts import ContactsApp
from infoint.ui.journey import JourneyApp
from infoint.ui.outreach import OutreachApp
from infoint.ui.prepare import PrepareApp
from infoint.ui.profile import ProfileApp
from infoint.ui.workshop import STEPS, WorkshopApp


@pytest.fixture
def learner(store):
    return store.save_profile(Learner(name="Amara Nwosu", school="State University",
                                      fields=["accounting"], meeting_minutes=20))


@pytest.fixture
def jane(store, learner):
    return store.add_contact(Contact(name="Jane Green", organisation="Green & Co",
                                     email="jane@example.org", relationship="referral",
                                     referred_by="Professor Wilson", field="accounting"))


def _widgets(root: w.Widget):
    yield root
    for child in getattr(root, "children", ()):
        yield from _widgets(child)


def _with_class(root: w.Widget, css: str) -> list[w.Widget]:
    return [x for x in _widgets(root) if css in getattr(x, "_dom_classes", ())]


def test_opens_on_start_here_and_builds_only_that_step(store):
    ws = WorkshopApp(store)
    assert ws.current == 0 and ws.step.title == "Start here"
    assert isinstance(ws.app, ProfileApp)
    assert list(ws.apps) == [0]
    assert len(_with_class(ws, "infoint-workshop-step")) == len(STEPS)


def test_the_page_carries_the_shared_sheet_once_whichever_step_is_shown(store, jane):
    ws = WorkshopApp(store)
    for i in range(len(STEPS)):
        ws.show(i)
        own_sheet = isinstance(ws.app, OutreachApp)
        assert len(_with_class(ws, "infoint-style")) == (2 if own_sheet else 1), STEPS[i].title
        # Outreach keeps its own sheet (its desktop layout) beside the workshop's shared one.
        assert "One small look shared" in _with_class(ws, "infoint-style")[0].value
    # The same app on its own page brings the sheet with it.
    assert len(_with_class(ProfileApp(store), "infoint-style")) == 1
    assert len(_with_class(OutreachApp(store), "infoint-style")) == 2


def test_step_bar_switches_and_marks_the_current_step(store, learner):
    ws = WorkshopApp(store)
    (go,) = _with_class(ws, "infoint-workshop-step-3")
    go.click()
    assert isinstance(ws.app, PrepareApp)
    assert go.button_style == "primary"
    assert [b.button_style for b in _with_class(ws, "infoint-workshop-step")].count(
        "primary") == 1
    assert "Prepare questions" in _with_class(ws, "infoint-workshop-where")[0].value


def test_next_step_is_a_button_inside_and_a_link_outside(store, learner):
    ws = WorkshopApp(store)
    (inside,) = _with_class(ws.app, "infoint-profile-next")
    assert isinstance(inside, w.Button)
    inside.click()
    assert ws.current == 1 and isinstance(ws.app, ContactsApp)
    (outside,) = _with_class(ProfileApp(store), "infoint-profile-next")
    assert isinstance(outside, w.HTML) and 'href="01-find-contacts.ipynb"' in outside.value


def test_every_next_step_button_lands_on_a_workshop_step(store, jane):
    ws = WorkshopApp(store)
    for index in range(len(STEPS)):
        ws.show(index)
        buttons = [b for b in _widgets(ws.app) if isinstance(b, w.Button)
                   and b in _with_class(ws.app, "ii-next-step-button")]
        assert buttons, STEPS[index].title
        buttons[-1].click()
        assert ws.current != index, STEPS[index].title
        assert ws.notice.level != "error"


def test_a_contact_added_in_step_1_is_in_step_2_already_built(store, learner):
    ws = WorkshopApp(store, step=2)
    assert ws.app.contact is None  # nobody to write to yet
    ws.show(1)
    contacts = ws.app
    contacts.quick_name.value = "Ravi Patel"
    contacts.quick_relationship.value = "friend"
    contacts.add_quick()
    ws.show(2)
    assert isinstance(ws.app, OutreachApp)
    assert ws.app.contact is not None and ws.app.contact.name == "Ravi Patel"


def test_mark_sent_in_step_2_shows_in_step_1_and_step_5_built_before(store, jane):
    ws = WorkshopApp(store, step=1)
    assert [c.status for c in ws.app.contacts] == ["identified"]
    ws.show(5)
    assert isinstance(ws.app, JourneyApp)
    before = ws.app.frames
    ws.show(2)
    assert ws.app.mark_sent() is not None
    ws.show(1)
    assert [c.status for c in ws.app.contacts] == ["contacted"]
    ws.show(5)
    assert ws.app.frames is not before  # redrawn from the store, not the first view's data


def test_a_deleted_contact_is_no_longer_offered_in_outreach(store, jane):
    ws = WorkshopApp(store, step=2)
    assert ws.app.contact.id == jane.id
    ws.show(1)
    ws.app.edit(jane)
    ws.app.delete_contact()
    ws.show(2)
    assert ws.app.contact is None or ws.app.contact.id != jane.id
    assert ws.notice.level != "error"


def test_a_profile_change_reaches_a_new_plan_in_step_3(store, learner):
    ws = WorkshopApp(store, step=3)
    assert ws.app.plan.minutes == 20
    ws.show(0)
    store.save_profile(Learner(name="Amara Nwosu", school="State University",
                               fields=["nursing"], meeting_minutes=30))
    ws.show(3)
    assert ws.app.plan.minutes == 30 and ws.app.plan.field == "nursing"


def test_a_reflection_saved_elsewhere_is_listed_in_step_4(store, jane):
    from infoint.model import Reflection

    ws = WorkshopApp(store, step=4)
    assert ws.app.reflections == []
    ws.show(5)
    store.save_reflection(Reflection(field="accounting", met_on=date.today(),
                                     contact_id=jane.id, surprises="Quiet offices."))
    ws.show(4)
    assert [r.surprises for r in ws.app.reflections] == ["Quiet offices."]
    assert ws.app.model.contact is None  # the form being filled in is left alone
    ws.show(5)
    assert "accounting" in ws.app.frames["per_field"].to_string()


def test_comes_back_to_the_last_step_shown(store, learner):
    WorkshopApp(store).show(3)
    assert WorkshopApp(store).current == 3


def test_unsaved_profile_edits_survive_a_trip_to_another_step(store, learner):
    ws = WorkshopApp(store)
    (name,) = _with_class(ws.app, "infoint-profile-name")
    name.value = "Amara N. Nwosu"
    ws.show(1)
    ws.show(0)
    assert name.value == "Amara N. Nwosu"
    assert "not saved yet" in ws.app.notice.text
    store.save_profile(Learner(name="Someone Else", fields=["law"]))  # e.g. another tab
    ws.app.save()
    assert store.load_profile().name == "Amara N. Nwosu"
    ws.show(1)
    ws.show(0)
    assert name.value == "Amara N. Nwosu" and "Welcome back" in ws.app.notice.text


def test_a_step_that_fails_to_open_says_so_and_is_tried_again(store, learner, monkeypatch):
    from infoint.store import StoreError

    def broken(self, *args, **kwargs):
        raise StoreError("the database is not reachable")

    monkeypatch.setattr(PrepareApp, "__init__", broken)
    ws = WorkshopApp(store, step=3)
    assert ws.notice.level == "error" and "not reachable" in ws.notice.text
    assert 3 not in ws.apps
    monkeypatch.undo()
    ws.show(0)
    ws.show(3)
    assert isinstance(ws.app, PrepareApp) and ws.notice.level != "error"


def test_a_draft_still_waiting_for_a_pause_is_kept_when_the_step_is_left(store, learner):
    import asyncio

    async def type_then_leave() -> tuple[object, object]:
        ws = WorkshopApp(store, step=4)  # reflect; its drafts wait for a pause in typing
        ws.app.inputs.field.value = "forestry"
        before = store.get_state("reflect:draft:new")
        ws.show(5)
        return before, store.get_state("reflect:draft:new")

    before, after = asyncio.run(type_then_leave())
    assert before is None and after["field"] == "forestry"
