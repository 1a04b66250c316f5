"""The Start here app without a browser: set values, click, check the notice and the store.

Widgets are reached through the app's public ``inputs``, ``save_button`` and ``next_link``
and its ``model`` (infoint.steps.profile.ProfileModel); Your data through its public widgets.
"""

from __future__ import annotations

import asyncio
import re

from infoint.model import Learner
from infoint.steps.profile import ProfileModel
from infoint.store import Store
from infoint.ui import ProfileApp


def fill(app: ProfileApp, **values) -> None:
    for name, value in values.items():
        app.inputs[name].value = value


def test_new_learner_is_asked_to_fill_in(store: Store):
    app = ProfileApp(store)
    assert app.notice.level == "info"
    assert "Fill in" in app.notice.text
    assert app.next_link.layout.display == "none"


def test_save_then_reopen_shows_saved_values(store: Store):
    app = ProfileApp(store)
    fill(app, name="Zoë 李 🐉", school="State U", fields="accounting, nursing",
         goals="What a week looks like", minutes=30, mode="online", email="zoe@example.org")
    app.save_button.click()
    assert app.notice.level == "success", app.notice.text
    saved = store.load_profile()
    assert saved.fields == ["accounting", "nursing"]
    assert saved.meeting_minutes == 30

    again = ProfileApp(store)
    assert again.inputs["name"].value == "Zoë 李 🐉"
    assert again.inputs["fields"].value == "accounting, nursing"
    assert again.inputs["mode"].value == "online"
    assert "Welcome back" in again.notice.text
    assert again.next_link.layout.display == ""


def test_empty_name_is_refused_and_nothing_written(store: Store):
    app = ProfileApp(store)
    fill(app, name="   ", school="State U")
    app.save_button.click()
    assert app.notice.level == "error"
    assert "name" in app.notice.text.lower() and "required" in app.notice.text
    assert store.load_profile() is None


def test_ten_thousand_characters_get_a_message(store: Store):
    app = ProfileApp(store)
    fill(app, name="Ana", goals="x" * 10_000)
    app.save_button.click()
    assert app.notice.level == "error"
    assert "10,000" in app.notice.text and "5,000" in app.notice.text
    assert store.load_profile() is None


def test_bad_email_is_named(store: Store):
    app = ProfileApp(store)
    fill(app, name="Ana", email="ana at home")
    app.save_button.click()
    assert app.notice.text.startswith("Email")
    assert store.load_profile() is None


def test_markup_in_a_name_is_escaped_in_the_notice(store: Store):
    app = ProfileApp(store)
    fill(app, name="<img src=x onerror=alert(1)>")
    app.save_button.click()
    assert "<img" not in app.notice.value
    assert "&lt;img" in app.notice.value
    assert store.load_profile().name == "<img src=x onerror=alert(1)>"


def test_store_failure_becomes_a_message(store: Store, monkeypatch):
    from infoint.store import StoreError

    app = ProfileApp(store)
    fill(app, name="Ana")

    def broken(_learner):
        raise StoreError("the disk is full")

    monkeypatch.setattr(store, "save_profile", broken)
    app.save_button.click()
    assert app.notice.level == "error"
    assert "could not be saved" in app.notice.text


# -- Your data: download everything, delete my data ------------------------------------------


def _with_work(store: Store) -> ProfileApp:
    from datetime import date

    from infoint.model import Contact, Reflection

    app = ProfileApp(store)
    fill(app, name="Maya", fields="nursing", email="maya@example.org")
    app.save_button.click()
    c = store.add_contact(Contact("Ana Li", field="nursing", notes="private"))
    store.save_reflection(Reflection(field="nursing", met_on=date(2026, 5, 1), contact_id=c.id))
    return app


def test_download_everything_offers_the_zip(store: Store):
    import base64
    import io
    import zipfile

    app = _with_work(store)
    data = app.your_data
    data.download_button.click()
    assert data.notice.level == "success", data.notice.text
    # The profile's draft, kept while typing, is gone once saved: no stray setting counted.
    assert "Ready: 1 profile, 1 contact and 1 reflection" in data.notice.text
    m = re.search(r'download="([^"]+)" href="data:application/zip;base64,([^"]+)"',
                  data.link.value)
    assert m and m.group(1).startswith("infoint-my-data-test-learner-")
    zf = zipfile.ZipFile(io.BytesIO(base64.b64decode(m.group(2))))
    assert "data/reflections.json" in zf.namelist()
    assert base64.b64decode(m.group(2)) == data.download_bytes


def test_delete_needs_the_second_step(store: Store):
    app = _with_work(store)
    data = app.your_data
    assert not data.confirming
    data.delete_button.click()
    assert data.confirming
    assert "This deletes 1 profile, 1 contact and 1 reflection, for good" in data.what.value
    assert data.delete_now.disabled
    data.word.value = "delete please"
    assert data.delete_now.disabled
    data.delete()  # even called directly, no DELETE typed, nothing goes
    assert data.notice.level == "error" and store.contacts()
    data.cancel_button.click()
    assert not data.confirming and "Nothing was deleted" in data.notice.text
    assert store.load_profile() is not None


def test_delete_everything_empties_the_store_and_the_form(store: Store):
    from infoint import learner_data

    other = Store(store.engine, "someone-else")
    other.save_profile(Learner(name="Other", fields=["law"]))
    app = _with_work(store)
    data = app.your_data
    data.delete_button.click()
    data.word.value = "DELETE"
    assert not data.delete_now.disabled
    data.delete_now.click()
    assert data.notice.level == "success", data.notice.text
    assert "Deleted 1 profile, 1 contact and 1 reflection" in data.notice.text
    assert not any(learner_data.row_counts(store).values())
    assert other.load_profile() is not None
    assert app.inputs["name"].value == "" and "Fill in" in app.notice.text
    assert not data.confirming
    data.delete_button.click()
    assert "nothing of yours" in data.notice.text


def test_a_store_failure_is_a_message_not_a_traceback(store: Store, monkeypatch):
    from infoint.store import StoreError

    app = _with_work(store)

    def broken():
        raise StoreError("the database is read-only")

    monkeypatch.setattr(store, "delete_all", broken)
    app.your_data.delete_button.click()
    app.your_data.word.value = "DELETE"
    app.your_data.delete_now.click()
    assert app.your_data.notice.level == "error"
    assert "read-only" in app.your_data.notice.text and store.contacts()


def test_a_download_too_big_for_the_socket_points_to_the_instructor(store: Store, monkeypatch):
    from infoint.ui import your_data

    app = _with_work(store)
    monkeypatch.setattr(your_data, "MAX_DOWNLOAD_BYTES", 100)
    app.your_data.download_button.click()
    assert app.your_data.notice.level == "error"
    assert "infoint learner export test-learner" in app.your_data.notice.text
    assert app.your_data.link.value == ""


# -- edits made without "Save profile" ---------------------------------------------------------


def test_edits_without_save_survive_a_reload_of_the_page(store: Store):
    store.save_profile(Learner(name="Maya", fields=["nursing"]))
    app = ProfileApp(store)
    fill(app, school="City College", fields="nursing, teaching")
    assert store.load_profile().school == ""  # a draft, not the profile
    again = ProfileApp(store)
    assert again.inputs["school"].value == "City College"
    assert again.inputs["fields"].value == "nursing, teaching"
    assert "not saved yet" in again.notice.text
    again.save_button.click()
    assert store.load_profile().fields == ["nursing", "teaching"]
    third = ProfileApp(store)
    assert "Welcome back" in third.notice.text and not third.model.differs_from_saved


def test_model_typing_back_to_the_saved_value_leaves_no_draft(store: Store):
    store.save_profile(Learner(name="Maya"))
    model = ProfileModel(store)
    model.set(name="Maya Okafor")
    assert model.differs_from_saved and model.drafts.load("form")["name"] == "Maya Okafor"
    model.set(name="Maya")
    assert not model.differs_from_saved and model.drafts.load("form") is None


def test_model_a_new_country_clears_the_region(store: Store):
    model = ProfileModel(store)
    model.set(country="DE", region="BY")
    assert model.form.region == "BY" and "BY" in [code for _label, code in model.regions]
    model.set(country="FR")
    assert model.form.region == ""


def test_model_drafts_wait_for_a_pause_in_typing(store: Store):
    async def typing() -> tuple[int, int]:
        model = ProfileModel(store, wait=0.05, max_wait=0.2)
        writes = []
        real = store.set_states
        store.set_states = lambda values: (writes.append(values), real(values))[1]
        for text in ("M", "Ma", "Maya"):
            model.set(name=text)
        during = len(writes)
        await asyncio.sleep(0.15)
        return during, len(writes)

    assert asyncio.run(typing()) == (0, 1)
    assert ProfileModel(store).form.name == "Maya"


def test_model_save_refuses_and_writes_nothing(store: Store):
    import pytest

    from infoint.model import ValidationError

    model = ProfileModel(store)
    model.set(name="Ana", email="ana at home")
    with pytest.raises(ValidationError) as refused:
        model.save()
    assert refused.value.field == "email" and store.load_profile() is None


def test_model_any_stored_draft_reads_as_a_form():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from infoint.model import MEETING_LENGTHS, MEETING_MODES
    from infoint.steps.profile import ProfileForm

    value = st.none() | st.booleans() | st.integers() | st.text() | st.lists(st.text())
    keys = st.sampled_from(["name", "school", "fields", "goals", "minutes", "mode", "email",
                            "phone", "country", "region", "other"])

    @settings(max_examples=150, deadline=None)
    @given(st.dictionaries(keys, value))
    def check(values):
        form = ProfileForm.from_draft(values)
        assert form.minutes in MEETING_LENGTHS and form.mode in MEETING_MODES
        assert all(isinstance(getattr(form, k), str) for k in ("name", "school", "region"))

    check()


async def until(condition, seconds: float = 4.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)


def test_in_voila_the_region_list_comes_once_the_page_shows(store: Store, a_voila_page):
    store.save_profile(Learner(name="Ana", country="GB", region="SCT"))

    async def opening() -> tuple[list, bool, str, ProfileApp]:
        app = ProfileApp(store)
        before = (list(app.region.options), app.region.disabled, app.region.value)
        a_voila_page.page_ready()
        await until(lambda: not app.region.disabled)
        return (*before, app)

    options, disabled, value, app = asyncio.run(opening())
    # Before: the saved region alone (unchecked), the list not open to choose from yet.
    assert options == [("Whole country", ""), ("SCT", "SCT")] and disabled and value == "SCT"
    assert app.country.value == "GB"
    # After: the whole list, the saved region still chosen, nothing to save.
    assert {"ENG", "NIR", "SCT", "WLS"} <= {code for _label, code in app.region.options}
    assert app.region.value == "SCT" and not app.region.disabled
    assert not app.model.differs_from_saved


def test_model_a_region_the_calendar_does_not_know_goes_once_regions_load(store: Store):
    store.save_profile(Learner(name="Ana", country="GB", region="XYZ"))
    later = []
    model = ProfileModel(store, calendar_later=later.append)
    assert model.form.region == "XYZ" and not model.calendar_known
    later.pop()()
    assert model.calendar_known and model.form.region == ""
    assert not model.differs_from_saved
    assert ProfileModel(store).form.region == ""  # as a model that checks at once finds it


def test_model_a_country_the_calendar_does_not_know_goes_once_the_calendar_loads(
        store: Store):
    store.save_profile(Learner(name="Ana", country="ZZ", region="Q1"))
    later = []
    model = ProfileModel(store, calendar_later=later.append)
    # Unchecked: kept as saved, offered alone, labelled by its code.
    assert (model.form.country, model.form.region) == ("ZZ", "Q1")
    assert model.countries == [("No public holidays", ""), ("ZZ", "ZZ")]
    later.pop()()
    assert (model.form.country, model.form.region) == ("", "")
    assert ("No public holidays", "") in model.countries and len(model.countries) > 100
    assert not model.differs_from_saved
    assert ProfileModel(store).form.country == ""  # as a model that checks at once finds it


def test_model_a_new_learner_starts_with_the_locale_country_checked_once_known(
        store: Store, monkeypatch):
    import infoint.cadence as cadence
    import infoint.steps.profile as profile

    for code, known in (("FR", "FR"), ("ZZ", "")):
        for module in (cadence, profile):  # the server's locale names ``code``
            monkeypatch.setattr(module, "locale_country", lambda code=code: code)
        later = []
        model = ProfileModel(store, calendar_later=later.append)
        assert model.form.country == code and model.saved is None
        later.pop()()
        assert model.form.country == known and not model.differs_from_saved
        assert ProfileModel(store).form.country == known


def test_model_a_country_typed_in_a_draft_stays_unchecked_until_the_calendar_loads(
        store: Store):
    ProfileModel(store, wait=0).set(name="Ana", country="DE", region="BY")
    later = []
    model = ProfileModel(store, calendar_later=later.append)
    assert (model.form.country, model.form.region) == ("DE", "BY")
    later.pop()()
    assert (model.form.country, model.form.region) == ("DE", "BY")
    assert ("Bavaria", "BY") in model.regions or ("BY", "BY") in model.regions


def test_in_voila_your_data_comes_after_the_paint_and_counts_what_is_stored(
        store: Store, a_voila_page):
    """The download and delete card is under the form at any width: it is made once the
    page is live, in its place after the next-step link (issue 14, time to widgets)."""
    _with_work(store)  # a saved profile, a contact and a reflection

    async def opening() -> ProfileApp:
        app = ProfileApp(store)
        assert app.children[-1].children == () and not app.lower.built
        a_voila_page.page_ready()
        await until(lambda: app.lower.built)
        return app

    app = asyncio.run(opening())
    assert app.children[-1].children == (app.your_data,)
    app.your_data.download_button.click()
    assert "1 profile, 1 contact and 1 reflection" in app.your_data.notice.text
