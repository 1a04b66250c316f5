"""ReflectApp without a browser: the widgets are linked to the model both ways, each action
reports by its own button, learner text is escaped. The step's logic is tested on the model
(tests/coaching/test_reflect_model.py)."""

from __future__ import annotations

from datetime import date

import ipywidgets as w
import pytest

from infoint.model import DIMENSIONS, Contact, Learner, Reflection
from infoint.ui.reflect import ReflectApp

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


def widgets(root):
    yield root
    for child in getattr(root, "children", ()):
        yield from widgets(child)


def classes(root) -> set[str]:
    return {c for widget in widgets(root) for c in getattr(widget, "_dom_classes", ())}


def rules(app) -> dict[str, str]:
    return {s.id: s.level for s in app.suggestions}


def test_css_hooks_and_consent_off_by_default(store):
    app = app_for(store)
    parts = ["contact", "field", "met-on", "surprises", "tone", "pitch", "follow-ups",
             "suggested", "consent", "save", "coaching", "add-suggested", "thanks-body",
             "thanks-channel", "thanks-findings", "thanks-sent-date", "mark-thanked",
             "notice", "open-notice", "people-notice", "thanks-notice",
             "learned-daily-workload", "learned-breaking-in",
             *("rating-" + d.replace(" ", "-") for d in DIMENSIONS)]
    found = classes(app)
    assert [p for p in parts if f"infoint-reflect-{p}" not in found] == []
    assert app.inputs.consent.value is False and app.model.form.consent is False


def test_widgets_and_model_move_together(store, grace):
    app = app_for(store)
    assert "Pick whom you met" in app.coaching.html.value
    app.inputs.contact.value = grace.id  # widget -> model
    assert app.model.form.contact_id == grace.id
    assert app.inputs.field.value == "nursing"  # the model filled it in -> widget
    app.inputs.tone.value = "negative"
    app.inputs.pitch.value = 5
    app.inputs.ratings["overall interest"].value = 1
    assert app.model.form.tone == "negative" and app.model.form.ratings == {"overall interest": 1}
    assert rules(app)["talk-to-another-person"] == "warn"
    assert rules(app)["pitch-contradicted"] == "warn"
    assert "pressured" in app.coaching.html.value
    app.model.set_learned("advice", "Shadow first.")  # model -> widget
    assert app.inputs.learned["advice"].value == "Shadow first."


def test_tone_and_channel_start_unset_in_the_widgets(store):
    app = app_for(store)
    assert app.inputs.tone.value is None
    assert app.thanks.channel.value is None
    assert app.inputs.met_on.value == TODAY


def test_save_reports_by_the_save_button(store, grace):
    app = app_for(store)
    app.inputs.contact.value = grace.id
    app.inputs.learned["advice"].value = "Volunteer on a ward before applying."
    app.save_button.click()
    assert app.notice.level == "error" and "pick how they spoke" in app.notice.text
    app.inputs.tone.value = "mixed"
    app.save_button.click()
    assert app.notice.level == "success" and "saved" in app.notice.text
    assert store.get_contact(grace.id).status == "met"
    assert "volunteer on a ward before applying" in app.thanks.body.value
    # The notice sits in the same card as the button, right under it.
    card = next(b for b in widgets(app) if isinstance(b, w.VBox)
                and app.save_button in list(widgets(b)) and app.notice in b.children)
    assert card.children.index(app.notice) == len(card.children) - 1


def test_a_future_meeting_date_is_refused_with_a_message(store, grace):
    app = app_for(store)
    app.inputs.contact.value = grace.id
    app.inputs.tone.value = "positive"
    app.inputs.met_on.value = date(2026, 3, 9)
    assert app.save() is None
    assert app.notice.level == "error" and "cannot be in the future" in app.notice.text
    assert "future" in app.coaching.html.value
    assert store.reflections() == []


def test_too_long_notes_are_refused_with_a_message(store):
    app = app_for(store)
    app.inputs.field.value = "law"
    app.inputs.surprises.value = "x" * 6000
    app.inputs.tone.value = "mixed"
    assert app.save() is None
    assert "limit" in app.notice.text and store.reflections() == []


def test_adding_people_reports_in_the_coaching_card(store, grace):
    app = app_for(store)
    app.inputs.contact.value = grace.id
    app.inputs.suggested.value = "Lena Park\nGrace Ho"
    assert app.coaching.add_people.layout.display == ""
    app.coaching.add_people.click()
    assert "Lena Park" in app.coaching.notice.text and app.coaching.notice.level == "success"
    assert app.coaching.add_people.layout.display == "none"
    assert app.notice.text == ""  # nothing said far away by the Save button


def test_thank_you_feedback_channel_and_sent_report_in_the_thanks_card(store, grace):
    app = app_for(store)
    app.inputs.contact.value = grace.id
    app.inputs.learned["advice"].value = "Shadow a night shift first."
    app.inputs.tone.value = "positive"
    app.save()
    assert app.report is not None and "ii-score" in app.thanks.findings.score.value
    app.thanks.body.value = "Thanks."
    assert app.model.form.thank_you == "Thanks."
    assert app.report.by_rule("specific-takeaway").level != "pass"
    app.thanks.redraft.click()
    assert "shadow a night shift" in app.thanks.body.value
    app.thanks.channel.value = "letter"
    assert app.model.form.thank_you_channel == "letter"
    assert "post it" in app.thanks.how.value
    assert app.thanks.mailto.value == "" and "Copy text" in app.thanks.copy.value
    assert "Subject:" not in app.thanks.copy.value  # a letter has no subject line
    app.thanks.channel.value = "email"
    assert "mailto:" in app.thanks.mailto.value and "Subject:" in app.thanks.copy.value
    app.thanks.sent_on.value = date(2026, 3, 5)
    app.thanks.mark.click()
    assert app.thanks.notice.level == "error" and "future" in app.thanks.notice.text
    app.thanks.sent_on.value = TODAY
    app.thanks.mark.click()
    assert app.thanks.notice.level == "success" and "Thank-you recorded" in app.thanks.notice.text
    assert "Keep in touch" in app.thanks.keep.value and "April 2026" in app.thanks.keep.value
    assert store.get_contact(grace.id).status == "thanked"


def test_the_thank_you_note_can_be_copied_mailed_or_downloaded(store):
    from email import message_from_bytes
    from urllib.parse import unquote

    ana = store.add_contact(Contact("Ana <Lee>", email="ana@example.org", field="tax"))
    store.save_profile(Learner(name="Amara Nwosu", email="amara@example.org"))
    app = app_for(store)
    assert app.exports is None
    app.inputs.contact.value = ana.id
    app.thanks.body.value = "Dear Ana,\n\nThank you & see you <soon>."
    exports = app.exports
    assert exports.mailto.startswith("mailto:ana@example.org?subject=Thank%20you")
    assert "%26" in exports.mailto and "%0D%0A" in exports.mailto
    assert unquote(exports.mailto.split("body=")[1]).replace("\r\n", "\n") == (
        "Dear Ana,\n\nThank you & see you <soon>."
    )
    mail = message_from_bytes(exports.eml)
    assert mail["X-Unsent"] == "1" and "ana@example.org" in mail["To"]
    assert mail["Subject"] == "Thank you for talking with me about tax"
    assert exports.file_name == "thank-you-ana-lee.eml"
    shown = app.thanks.copy.value + app.thanks.mailto.value + app.thanks.eml.value
    assert "<soon>" not in shown and "&lt;soon&gt;" in shown
    app.thanks.body.value = "  "
    assert app.exports is None


def test_open_an_earlier_reflection_reports_at_the_top(store):
    store.save_reflection(Reflection(field="law", met_on=date(2026, 2, 1), surprises="Wigs!"))
    rid = store.reflections()[0].id
    app = app_for(store)
    app.inputs.open.value = rid
    assert app.inputs.field.value == "law" and app.inputs.surprises.value == "Wigs!"
    assert "Editing your reflection on law" in app.open_notice.text
    app.inputs.open.value = 0
    assert app.inputs.field.value == "" and app.model.saved is None


def test_a_reload_shows_restored_notes_at_the_top(store, grace):
    app = app_for(store)
    app.inputs.contact.value = grace.id
    app.inputs.learned["lifestyle"].value = "Nights are hard."
    again = app_for(store)
    assert again.inputs.learned["lifestyle"].value == "Nights are hard."
    assert "back" in again.open_notice.text


def test_refresh_keeps_the_form_and_shows_new_contacts(store, grace):
    app = app_for(store)
    app.inputs.field.value = "law"
    store.add_contact(Contact("Bo Chen", field="law"))
    app.refresh()
    assert app.inputs.field.value == "law"
    assert "Bo Chen (law)" in [label for label, _ in app.inputs.contact.options]


def test_learner_markup_is_escaped_in_coaching(store):
    app = app_for(store)
    app.inputs.field.value = "<img src=x onerror=alert(1)>"
    app.inputs.suggested.value = "<script>alert(1)</script>"
    html = app.coaching.html.value
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_store_failure_while_typing_is_a_message(store, monkeypatch):
    from infoint.store import StoreError

    app = app_for(store)

    def broken(_contact_id):
        raise StoreError("the database went away")

    other = store.add_contact(Contact("Bo Chen", field="law"))
    app.refresh()
    monkeypatch.setattr(store, "outreach_versions", broken)
    app.inputs.contact.value = other.id
    assert app.notice.level == "error" and "could not be saved" in app.notice.text


def test_in_a_voila_page_the_thank_you_card_comes_after_the_paint(store, grace, painted):
    """The thank-you card is made once the page is live, before the next-step link, and
    shows the draft the learner changed before it existed (issue 14, time to widgets)."""
    def early(app: ReflectApp) -> None:
        assert app.children[-2].children == () and not app.lower.built
        app.inputs.contact.value = grace.id  # before the card exists: its note follows
        app.model.set(thank_you="Dear Grace, thank you: I will shadow a night shift first.",
                      thank_you_channel="email")

    seen = painted(lambda: app_for(store), early=early, done=lambda app: app.lower.built)
    app = seen.app
    assert seen.made_later >= 25
    assert app.children[-2].children == (app.thanks,)
    assert "night shift" in app.thanks.body.value and app.thanks.channel.value == "email"
    assert app.report is not None and "ii-score" in app.thanks.findings.score.value
    assert "05-my-journey.ipynb" in app.children[-1].value  # the link stays last


def test_in_a_voila_page_the_form_s_last_cards_come_after_the_paint(store, grace, painted):
    """How it fits and what next (with the Save row) are under the first screen at any
    width: they are made once the page is live, in their place after the learned card,
    showing what the learner set before they existed, and saving works from them."""
    def early(app: ReflectApp) -> None:
        assert not app.form_lower.built and app.form_lower.box.children == ()
        app.inputs.field.value = "nursing"
        app.model.rate("overall interest", 4)
        app.model.set(tone="positive", consent=True)

    seen = painted(lambda: app_for(store), early=early,
                   done=lambda app: app.form_lower.built and app.lower.built)
    app = seen.app
    fit, nxt = app.form_lower.box.children
    assert app.inputs.ratings["overall interest"] in fit.children[2].children
    assert app.save_button in nxt.children[-1].children[0].children
    assert app.inputs.ratings["overall interest"].value == 4
    assert app.inputs.tone.value == "positive" and app.inputs.consent.value is True
    app.inputs.contact.value = grace.id
    app.inputs.learned["daily workload"].value = "Twelve-hour shifts, handovers at seven."
    app.save_button.click()
    assert app.notice.level == "success", app.notice.text
    [saved] = store.reflections()
    assert saved.ratings == {"overall interest": 4} and saved.consent and saved.field == "nursing"


def test_reading_a_lower_input_before_the_paint_makes_the_cards_first(store, a_voila_page):
    import asyncio

    async def opening() -> ReflectApp:
        app = app_for(store)
        assert not app.form_lower.built
        app.inputs.pitch.value = 3  # a test or the workshop reaching it early
        assert app.form_lower.built and app.model.form.pitch_strength == 3
        return app

    app = asyncio.run(opening())
    assert app.form_lower.box.children and app.draft_status is not None
