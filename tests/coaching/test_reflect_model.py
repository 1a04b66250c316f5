"""ReflectModel without any widget: set state, call actions, check the store."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoint.model import (
    CATEGORIES,
    DIMENSIONS,
    TONES,
    Contact,
    Learner,
    Outreach,
    Reflection,
    ValidationError,
)
from infoint.scoring import THANK_YOU_CHANNELS
from infoint.steps.reflect import ReflectForm, ReflectModel

TODAY = date(2026, 3, 2)  # a Monday
LAST = "reflect:draft:last"


@pytest.fixture
def grace(store):
    store.save_profile(Learner(name="Amara Nwosu", email="amara@example.org"))
    return store.add_contact(
        Contact("Grace Ho", organisation="City Hospital", field="nursing",
                status="meeting scheduled")
    )


def model_for(store, **kw) -> ReflectModel:
    return ReflectModel(store, today=TODAY, **kw)


def rules(model) -> dict[str, str]:
    return {s.id: s.level for s in model.suggestions}


def test_choosing_a_contact_fills_the_field_and_coaching_follows(store, grace):
    m = model_for(store)
    assert m.coaching_waiting and "Pick whom you met" in m.coaching_waiting
    assert m.suggestions == []
    m.choose_contact(grace.id)
    assert m.form.field == "nursing" and m.contact == grace
    assert m.coaching_waiting is None
    assert rules(m)["one-interview-in-field"] == "warn"
    assert rules(m)["send-thank-you"] == "warn"


def test_tone_starts_unset_and_saving_without_it_is_refused(store, grace):
    m = model_for(store)
    assert m.form.tone is None
    m.choose_contact(grace.id)
    assert "talk-to-another-person" not in rules(m)  # no tone, no tone advice
    with pytest.raises(ValidationError, match="pick how they spoke"):
        m.save()
    assert store.reflections() == [] and store.get_contact(grace.id).status != "met"
    m.set(tone="negative")
    assert rules(m)["talk-to-another-person"] == "warn"
    assert m.save().tone == "negative"


def test_a_meeting_date_in_the_future_is_refused_clearly_and_writes_nothing(store, grace):
    m = model_for(store)
    m.set(contact_id=grace.id, tone="positive", met_on=date(2026, 3, 9))
    with pytest.raises(ValidationError) as refused:
        m.save()
    assert refused.value.field == "met_on"
    assert "cannot be in the future" in refused.value.message
    assert "02 March 2026" in refused.value.message
    assert store.reflections() == [] and store.events(grace.id) == []
    # The coaching says why it waits, too.
    assert "future" in m.coaching_waiting
    m.set(met_on=TODAY)
    assert m.save().met_on == TODAY


def test_the_drafted_note_quotes_advice_without_a_capital_mid_sentence(store, grace):
    m = model_for(store)
    m.choose_contact(grace.id)
    m.set_learned("advice", "Get a VITA certificate before tax season.")
    note = m.draft_thank_you()
    assert "the advice you shared: get a VITA certificate before tax season." in note
    assert note.startswith("Dear Grace,") and "amara@example.org" in note


def test_save_moves_the_contact_to_met_once_and_keeps_the_note(store, grace):
    m = model_for(store)
    m.choose_contact(grace.id)
    m.set_learned("advice", "Volunteer on a ward before applying.")
    m.rate("daily work", 4)
    m.set(tone="mixed", pitch_strength=2, suggested_people="Lena Park\n\nIvan Roy")
    saved = m.save()
    stored = store.get_reflection(saved.id)
    assert stored.ratings == {"daily work": 4} and stored.pitch_strength == 2
    assert stored.suggested_people == ["Lena Park", "Ivan Roy"] and stored.consent is False
    # The thank-you starts from a draft of the notes, saved with them.
    assert "volunteer on a ward before applying" in stored.thank_you
    assert store.get_contact(grace.id).status == "met"
    assert m.status.level == "success" and "Grace Ho is now marked as met" in m.status.text
    m.set_learned("lifestyle", "Nights are hard.")
    m.save()
    assert len(store.reflections()) == 1
    assert [e["kind"] for e in store.events(grace.id)] == ["met"]


def test_differs_from_saved_compares_values(store, grace):
    m = model_for(store)
    m.set(contact_id=grace.id, tone="positive")
    assert m.differs_from_saved  # nothing saved yet
    m.save()
    assert not m.differs_from_saved
    m.set(surprises="  ")  # whitespace is cleaned away on saving: no difference
    assert not m.differs_from_saved
    m.set(thank_you_channel="card")  # draft-only, not part of the reflection
    assert not m.differs_from_saved
    m.set(surprises="Wigs!")
    assert m.differs_from_saved


def test_draft_survives_a_new_model_and_is_not_a_reflection(store, grace):
    m = model_for(store)
    m.choose_contact(grace.id)
    m.set_learned("daily workload", "Twelve-hour shifts, three days a week.")
    m.rate("lifestyle", 2)
    assert store.get_state(LAST) == f"contact-{grace.id}"
    assert m.draft_status.startswith("Draft kept at")
    again = model_for(store)
    assert again.form.contact_id == grace.id
    assert again.form.learned == {"daily workload": "Twelve-hour shifts, three days a week."}
    assert again.form.ratings == {"lifestyle": 2}
    assert "back" in again.status.text
    assert store.reflections() == []


def test_a_draft_kept_as_a_whole_key_by_an_earlier_version_comes_back(store):
    store.set_state("reflect:draft:new", {"field": "law", "surprises": "Wigs!",
                                          "suggested_people": ["Ana", "Bo"], "tone": "odd"})
    store.set_state(LAST, "reflect:draft:new")
    m = model_for(store)
    assert (m.form.field, m.form.surprises) == ("law", "Wigs!")
    assert m.form.people() == ["Ana", "Bo"] and m.form.tone is None


def test_reopening_a_saved_reflection_is_not_called_unsaved(store, grace):
    m = model_for(store)
    m.set(contact_id=grace.id, tone="positive")
    m.set_learned("advice", "Volunteer first.")
    m.save()
    again = model_for(store)
    assert again.saved is not None and not again.differs_from_saved
    assert again.status.text.startswith("Your reflection on nursing from 02 March 2026 is shown")
    again.set_learned("lifestyle", "Nights are hard.")
    third = model_for(store)
    assert third.form.learned["lifestyle"] == "Nights are hard."
    assert "unsaved notes from last time are back" in third.status.text


def test_typing_is_kept_on_the_loop_once_it_pauses_not_on_every_key(store, grace):
    async def typing() -> tuple[int, int]:
        m = model_for(store, wait=0.05, max_wait=0.2)
        writes = []
        real = store.set_states
        store.set_states = lambda values: (writes.append(values), real(values))[1]
        for word in ("A", "A line", "A line of notes"):
            m.set(surprises=word)
        during = len(writes)
        await asyncio.sleep(0.15)
        return during, len(writes)

    during, after = asyncio.run(typing())
    assert during == 0 and after == 1
    assert store.get_state("reflect:draft:new")["surprises"] == "A line of notes"


def test_open_an_earlier_reflection_then_a_blank_one(store):
    store.save_reflection(Reflection(field="law", met_on=date(2026, 2, 1), surprises="Wigs!"))
    rid = store.reflections()[0].id
    m = model_for(store)
    m.open(rid)
    assert (m.form.field, m.form.surprises) == ("law", "Wigs!")
    assert "Editing your reflection on law" in m.status.text
    m.set(surprises="No wigs after all.")
    m.save()
    assert store.get_reflection(rid).surprises == "No wigs after all."
    m.open(None)
    assert m.saved is None and m.form == ReflectForm(met_on=TODAY)
    m.open(9999)
    assert m.status.level == "error"


def test_suggested_people_become_referral_contacts_once(store, grace):
    m = model_for(store)
    m.choose_contact(grace.id)
    m.set(suggested_people="Lena Park\ngrace ho")
    assert m.new_people == ["Lena Park"]
    added = m.add_suggested()
    assert [c.name for c in added] == ["Lena Park"]
    lena = next(c for c in store.contacts() if c.name == "Lena Park")
    assert (lena.relationship, lena.referred_by, lena.status) == ("referral", "Grace Ho",
                                                                  "identified")
    assert m.new_people == [] and m.add_suggested() == []
    assert "already in your contacts" in m.status.text and len(store.contacts()) == 2


def test_mark_thanked_records_everything_in_one_go(store, grace):
    m = model_for(store)
    m.set(contact_id=grace.id, tone="positive")
    m.set_learned("advice", "Shadow a night shift first.")
    m.save()
    m.set(thank_you="Thanks.")
    weak = m.report.score
    assert m.report.by_rule("specific-takeaway").level != "pass"
    m.redraft_thanks()
    assert m.report.score > weak
    m.today_override = date(2026, 3, 3)
    m.set_sent_on(date(2026, 3, 3))
    saved = m.mark_thanked()
    stored = store.get_reflection(saved.id)
    assert stored.thank_you_sent_on == date(2026, 3, 3) and "shadow a night" in stored.thank_you
    assert store.get_contact(grace.id).status == "thanked"
    assert [e["kind"] for e in store.events(grace.id)] == ["met", "thanked"]
    assert m.keep_in_touch_due.month == 4
    assert rules(m)["keep-in-touch"] == "pass"


def test_mark_thanked_refuses_bad_dates_and_writes_nothing(store, grace):
    m = model_for(store)
    m.set(contact_id=grace.id, thank_you="Thank you!", tone="positive")
    m.set_sent_on(date(2026, 2, 1))
    with pytest.raises(ValidationError, match="before the meeting"):
        m.mark_thanked()
    m.set_sent_on(date(2026, 3, 5))
    with pytest.raises(ValidationError, match="future"):
        m.mark_thanked()
    m.set_sent_on(None)
    with pytest.raises(ValidationError, match="pick the day"):
        m.mark_thanked()
    assert store.reflections() == []


def test_thanking_without_a_contact_saves_the_reflection_first(store):
    m = model_for(store)
    m.set(field="archaeology", thank_you="Thank you for the tour of the dig.", tone="negative")
    saved = m.mark_thanked()
    assert store.get_reflection(saved.id).thank_you_sent_on == TODAY


# -- the thank-you channel and what the app knows about the recipient ------------------------


def test_the_channel_is_passed_to_the_checks_and_kept_in_the_draft(store, grace):
    m = model_for(store)
    m.set(field="nursing", thank_you="Dear Grace,\n\nThank you for your time today. What you "
          "said about night shifts helped. May I get in touch again?\n\nAmara")
    assert m.form.thank_you_channel is None
    assert m.report.by_rule("includes-contact-info").level == "fail"  # channel unknown
    m.set(thank_you_channel="email")  # they can simply reply
    assert m.report.by_rule("includes-contact-info").level == "pass"
    m.set(thank_you_channel="card")  # a card carries no way back
    assert m.report.by_rule("includes-contact-info").level == "fail"
    with pytest.raises(ValueError):
        m.set(thank_you_channel="pigeon")
    m.set(tone="positive")
    m.save()
    # No column holds the channel: the saved reflection's draft does, and brings it back.
    assert model_for(store).form.thank_you_channel == "card"


def test_the_channel_follows_how_the_learner_reached_them(store, grace):
    store.save_outreach(Outreach(contact_id=grace.id, channel="linkedin", body="Hello Grace",
                                 sent_on=date(2026, 2, 20)))
    m = model_for(store)
    m.choose_contact(grace.id)
    assert m.form.thank_you_channel == "linkedin"
    ana = store.add_contact(Contact("Ana Li", email="ana@example.org"))
    m2 = model_for(store)
    m2.open(None)
    m2.choose_contact(ana.id)
    assert m2.form.thank_you_channel == "email"


def test_family_and_friends_need_no_contact_details_in_the_note(store):
    aunt = store.add_contact(Contact("Rosa Diaz", relationship="family", field="law"))
    m = model_for(store)
    m.choose_contact(aunt.id)
    m.set(thank_you_channel="card", thank_you="Dear Rosa,\n\nThank you for your time. What you "
          "said about court days helped. May I get in touch again?\n\nAmara")
    assert m.knows_how_to_reach_you
    assert m.report.by_rule("includes-contact-info").level == "pass"


def test_the_thank_you_as_an_email(store):
    ana = store.add_contact(Contact("Ana <Lee>", email="ana@example.org", field="tax"))
    store.save_profile(Learner(name="Amara Nwosu", email="amara@example.org"))
    m = model_for(store)
    assert m.thank_you_mail() is None
    m.choose_contact(ana.id)
    m.set(thank_you="Dear Ana,\n\nThank you.")
    mail = m.thank_you_mail()
    assert mail.subject == "Thank you for talking with me about tax"
    assert (mail.to_address, mail.from_address) == ("ana@example.org", "amara@example.org")
    assert mail.file_name == "thank-you-ana-lee.eml"


# -- the draft parser ----------------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)
_keys = st.sampled_from(["contact_id", "field", "met_on", "learned", "ratings", "tone",
                         "pitch_strength", "suggested_people", "consent", "thank_you",
                         "thank_you_channel", "surprises"])


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_keys, _json))
def test_any_stored_draft_reads_as_a_form_without_raising(values):
    form = ReflectForm.from_draft(values, TODAY)
    assert form.met_on is not None
    assert set(form.learned) <= set(CATEGORIES) and set(form.ratings) <= set(DIMENSIONS)
    assert form.tone in (None, *TONES) and form.thank_you_channel in (None, *THANK_YOU_CHANNELS)


_forms = st.builds(
    ReflectForm,
    contact_id=st.none() | st.integers(1, 10**6),
    field=st.text(),
    met_on=st.dates(),
    learned=st.dictionaries(st.sampled_from(CATEGORIES), st.text(min_size=1)),
    surprises=st.text(),
    ratings=st.dictionaries(st.sampled_from(DIMENSIONS), st.integers(1, 5)),
    tone=st.none() | st.sampled_from(TONES),
    pitch_strength=st.none() | st.integers(1, 5),
    follow_up_questions=st.text(),
    suggested_people=st.text(),
    consent=st.booleans(),
    thank_you=st.text(),
    thank_you_channel=st.none() | st.sampled_from(THANK_YOU_CHANNELS),
)


@settings(max_examples=200, deadline=None)
@given(_forms)
def test_a_form_survives_its_draft(form):
    assert ReflectForm.from_draft(form.to_draft(), TODAY) == form
