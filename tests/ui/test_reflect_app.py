"""ReflectApp without a browser: fill widgets, click buttons, check the store."""

from __future__ import annotations

from datetime import date

import pytest

from infoint.model import DIMENSIONS, Contact, Learner, Reflection
from infoint.ui.reflect import LAST_DRAFT, ReflectApp

TODAY = date(2026, 3, 2)


@pytest.fixture
def grace(store):
    store.save_profile(Learner(name="Amara Nwosu", email="amara@example.org"))
    return store.add_contact(
        Contact("Grace Ho", organisation="City Hospital", field="nursing",
                status="meeting scheduled")
    )


def app_for(store) -> ReflectApp:
    return ReflectApp(store, today=TODAY)


def rules(app) -> dict[str, str]:
    return {s.id: s.level for s in app.suggestions}


def test_css_hooks_and_consent_off_by_default(store):
    app = app_for(store)
    classes = set()

    def walk(widget):
        classes.update(getattr(widget, "_dom_classes", ()))
        for child in getattr(widget, "children", ()):
            walk(child)

    walk(app)
    parts = ["contact", "field", "met-on", "surprises", "tone", "pitch", "follow-ups",
             "suggested", "consent", "save", "coaching", "add-suggested", "thanks-body",
             "thanks-findings", "thanks-sent-date", "mark-thanked", "notice",
             "learned-daily-workload", "learned-breaking-in",
             *("rating-" + d.replace(" ", "-") for d in DIMENSIONS)]
    missing = [p for p in parts if f"infoint-reflect-{p}" not in classes]
    assert not missing
    assert app._consent.value is False


def test_picking_a_contact_fills_the_field_and_coaching_appears(store, grace):
    app = app_for(store)
    assert "Pick whom you met" in app._coaching.value
    app._contact.value = grace.id
    assert app._field.value == "nursing"
    assert rules(app)["one-interview-in-field"] == "warn"
    assert rules(app)["send-thank-you"] == "warn"


def test_negative_tone_shows_the_talk_to_another_person_advice(store, grace):
    app = app_for(store)
    app._contact.value = grace.id
    assert "talk-to-another-person" not in rules(app)
    app._tone.value = "negative"
    assert rules(app)["talk-to-another-person"] == "warn"
    assert "at least one more person" in app._coaching.value


def test_strong_pitch_with_low_rating_warns(store, grace):
    app = app_for(store)
    app._contact.value = grace.id
    app._pitch.value = 5
    app._ratings["overall interest"].value = 1
    assert rules(app)["pitch-contradicted"] == "warn"
    assert "pressured" in app._coaching.value


def test_draft_survives_a_reload_before_saving(store, grace):
    app = app_for(store)
    app._contact.value = grace.id
    app._learned["daily workload"].value = "Twelve-hour shifts, three days a week."
    app._ratings["lifestyle"].value = 2
    app.flush_draft()
    assert store.get_state(LAST_DRAFT) == f"reflect:draft:contact-{grace.id}"
    again = app_for(store)
    assert again._contact.value == grace.id
    assert again._learned["daily workload"].value == "Twelve-hour shifts, three days a week."
    assert again._ratings["lifestyle"].value == 2
    assert "back" in again.notice.text
    assert store.reflections() == []  # a draft is not a saved reflection


def test_save_writes_the_reflection_and_moves_the_contact_to_met(store, grace):
    app = app_for(store)
    app._contact.value = grace.id
    app._learned["advice"].value = "Volunteer on a ward before applying."
    app._ratings["daily work"].value = 4
    app._tone.value = "mixed"
    app._pitch.value = 2
    app._follow_ups.value = "Which specialities hire new graduates?"
    app._suggested.value = "Lena Park\n\nIvan Roy"
    saved = app.save()
    assert saved is not None and saved.id
    stored = store.get_reflection(saved.id)
    assert stored.ratings == {"daily work": 4}
    assert stored.tone == "mixed" and stored.pitch_strength == 2
    assert stored.suggested_people == ["Lena Park", "Ivan Roy"]
    assert stored.consent is False
    assert store.get_contact(grace.id).status == "met"
    assert [e["kind"] for e in store.events(grace.id)] == ["met"]
    assert "saved" in app.notice.text and app.notice.level == "success"
    # Saving again (an edit) neither duplicates the reflection nor the event.
    app._learned["lifestyle"].value = "Nights are hard."
    app.save()
    assert len(store.reflections()) == 1
    assert [e["kind"] for e in store.events(grace.id)] == ["met"]
    # The thank-you starts from a draft built from the notes and the profile.
    assert "volunteer on a ward before applying" in app._thanks.value
    assert "amara@example.org" in app._thanks.value


def test_reopening_after_a_save_does_not_claim_unsaved_notes(store, grace):
    app = app_for(store)
    app._contact.value = grace.id
    app._learned["advice"].value = "Volunteer on a ward before applying."
    app.tone = "positive"
    assert app.save() is not None
    again = app_for(store)
    assert again._learned["advice"].value == "Volunteer on a ward before applying."
    assert "unsaved" not in again.notice.text
    assert "Your reflection on nursing from 02 March 2026 is shown" in again.notice.text
    # Typed after the save and not saved yet: then it is an unsaved draft.
    again._learned["lifestyle"].value = "Nights are hard."
    again.flush_draft()
    third = app_for(store)
    assert third._learned["lifestyle"].value == "Nights are hard."
    assert "unsaved notes from last time are back" in third.notice.text


def test_save_refuses_a_missing_field_and_writes_nothing(store):
    app = app_for(store)
    app._learned["advice"].value = "Something"
    assert app.save() is None
    assert app.notice.level == "error" and "Field" in app.notice.text
    assert store.reflections() == []


def test_too_long_notes_are_refused_with_a_message(store):
    app = app_for(store)
    app._field.value = "law"
    app._surprises.value = "x" * 6000
    app.tone = "mixed"
    assert app.save() is None
    assert "limit" in app.notice.text and store.reflections() == []


def test_add_suggested_people_creates_referral_contacts_once(store, grace):
    app = app_for(store)
    app._contact.value = grace.id
    app._suggested.value = "Lena Park\nGrace Ho"
    assert app._add_people.layout.display == ""
    added = app.add_suggested()
    assert [c.name for c in added] == ["Lena Park"]
    lena = next(c for c in store.contacts() if c.name == "Lena Park")
    assert (lena.relationship, lena.referred_by, lena.status) == ("referral", "Grace Ho",
                                                                  "identified")
    assert app._add_people.layout.display == "none"
    assert app.add_suggested() == []
    assert len(store.contacts()) == 2


def test_thank_you_feedback_is_live_and_mark_thanked_records_everything(store, grace):
    app = app_for(store)
    app._contact.value = grace.id
    app._learned["advice"].value = "Shadow a night shift first."
    app.tone = "positive"
    app.save()
    assert app.report is not None
    app._thanks.value = "Thanks."
    weak = app.report.score
    assert app.report.by_rule("specific-takeaway").level != "pass"
    app.redraft_thanks()
    assert app.report.score > weak
    app._sent_on.value = date(2026, 3, 3)
    app._today = date(2026, 3, 3)
    saved = app.mark_thanked()
    assert saved.thank_you_sent_on == date(2026, 3, 3)
    stored = store.get_reflection(saved.id)
    assert stored.thank_you_sent_on == date(2026, 3, 3) and "shadow a night" in stored.thank_you
    assert store.get_contact(grace.id).status == "thanked"
    assert [e["kind"] for e in store.events(grace.id)] == ["met", "thanked"]
    assert "Keep in touch" in app._keep.value and "April 2026" in app._keep.value
    assert rules(app)["keep-in-touch"] == "pass"


def test_mark_thanked_refuses_a_date_before_the_meeting(store, grace):
    app = app_for(store)
    app._contact.value = grace.id
    app._thanks.value = "Thank you!"
    app.tone = "positive"
    app._sent_on.value = date(2026, 2, 1)
    assert app.mark_thanked() is None
    assert "before the meeting" in app.notice.text
    assert store.reflections() == []


def test_thanking_without_a_contact_still_saves(store):
    app = app_for(store)
    app._field.value = "archaeology"
    app._thanks.value = "Thank you for the tour of the dig."
    app.tone = "negative"
    saved = app.mark_thanked()
    assert saved is not None and store.get_reflection(saved.id).thank_you_sent_on == TODAY


def test_open_an_earlier_reflection_to_edit_it(store, grace):
    store.save_reflection(Reflection(field="law", met_on=date(2026, 2, 1), surprises="Wigs!"))
    app = app_for(store)
    rid = store.reflections()[0].id
    app._open.value = rid
    assert app._field.value == "law" and app._surprises.value == "Wigs!"
    app._surprises.value = "No wigs after all."
    app.save()
    assert store.get_reflection(rid).surprises == "No wigs after all."
    app._open.value = 0
    assert app._field.value == "" and app._surprises.value == ""


def test_learner_markup_is_escaped_in_coaching(store):
    app = app_for(store)
    app._field.value = "<img src=x onerror=alert(1)>"
    app._suggested.value = "<script>alert(1)</script>"
    assert "<script>" not in app._coaching.value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in app._coaching.value
    assert "<img" not in app._coaching.value


def test_tone_starts_unchosen_and_saving_without_it_is_refused(store, grace):
    app = app_for(store)
    assert app.tone is None and app.form_values()["tone"] is None
    app.contact_id = grace.id
    # Coaching still works before a tone is chosen, and adds no tone advice.
    assert "talk-to-another-person" not in rules(app)
    assert app.save() is None
    assert app.notice.level == "error" and "pick how they spoke" in app.notice.text
    assert store.reflections() == [] and store.get_contact(grace.id).status != "met"
    app.tone = "mixed"
    assert app.save() is not None and store.reflections()[0].tone == "mixed"


def test_a_meeting_date_in_the_future_is_refused_and_writes_nothing(store, grace):
    app = app_for(store)
    app.contact_id = grace.id
    app.tone = "positive"
    app.met_on = date(2026, 3, 9)
    assert app.save() is None
    assert app.notice.level == "error" and "future" in app.notice.text
    assert store.reflections() == [] and store.events(grace.id) == []
    app.met_on = TODAY
    assert app.save() is not None


def test_the_thank_you_note_can_be_copied_mailed_or_downloaded(store):
    from email import message_from_bytes
    from urllib.parse import unquote

    ana = store.add_contact(Contact("Ana <Lee>", email="ana@example.org", field="tax"))
    store.save_profile(Learner(name="Amara Nwosu", email="amara@example.org"))
    app = app_for(store)
    assert app.exports is None
    app.contact_id = ana.id
    app.thank_you = "Dear Ana,\n\nThank you & see you <soon>."
    exports = app.exports
    assert exports is not None
    assert exports.mailto.startswith("mailto:ana@example.org?subject=Thank%20you")
    assert "%26" in exports.mailto and "%0D%0A" in exports.mailto
    assert unquote(exports.mailto.split("body=")[1]).replace("\r\n", "\n") == (
        "Dear Ana,\n\nThank you & see you <soon>."
    )
    mail = message_from_bytes(exports.eml)
    assert mail["X-Unsent"] == "1" and "ana@example.org" in mail["To"]
    assert mail["Subject"] == "Thank you for talking with me about tax"
    assert exports.file_name == "thank-you-ana-lee.eml"
    # Everything the learner typed is escaped in the markup.
    markup = exports.copy_html() + exports.mailto_html() + exports.eml_html()
    assert "<soon>" not in markup and "&lt;soon&gt;" in markup
    app.thank_you = "  "
    assert app.exports is None
