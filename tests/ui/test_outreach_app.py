"""OutreachApp without a browser: live coaching, versions, mark as sent, exports, refusals."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest

from infoint.model import Contact, Learner
from infoint.outreach import EXAMPLES
from infoint.ui.outreach import STATE_DRAFT, OutreachApp

NOT_A_JOB = "I'm not asking for a job, only for advice."
JOB_ASK = "Do you have any job openings at Green & Co?"


@pytest.fixture
def learner(store):
    return store.save_profile(Learner(name="Amara Nwosu", school="State University",
                                      fields=["accounting"], email="amara@example.org"))


@pytest.fixture
def jane(store, learner):
    return store.add_contact(Contact(name="Jane Green", organisation="Green & Co",
                                     email="jane@example.org", relationship="referral",
                                     referred_by="Professor Wilson", field="accounting"))


@pytest.fixture
def app(store, jane):
    return OutreachApp(store, debounce_seconds=0)


def test_starts_from_the_filled_email_draft(app, jane):
    assert app.contact.id == jane.id
    assert app.channel == "email"
    assert app._body.value.startswith("Dear Jane Green,")
    assert app._subject.value.startswith("Referred by Professor Wilson")
    assert app.report.score >= 85
    assert "Score" in app._counts.value and "words" in app._counts.value
    assert not app.edited


def test_job_ask_fails_then_fixing_it_restores_the_score(app):
    good = app.report.score
    assert app.report.level("asks-for-job") == "pass"
    app._body.value = app._body.value.replace(NOT_A_JOB, JOB_ASK)
    assert app.report.level("asks-for-job") == "fail"
    assert app.report.score < good
    assert 'li class="ii-fail" data-rule="asks-for-job"' in app.panel.findings.value
    assert '<mark class="ii-fail"' in app.panel.preview.value
    assert "any job" in app.panel.preview.value
    app._body.value = app._body.value.replace(JOB_ASK, NOT_A_JOB)
    assert app.report.level("asks-for-job") == "pass"
    assert app.report.score == good


def test_every_finding_is_listed_including_passes(app):
    html = app.panel.findings.value
    for finding in app.report.findings:
        assert f'data-rule="{finding.rule}"' in html
    # One item per finding, whatever its level (the untouched draft is not yet personal).
    items = sum(html.count(f'class="ii-{level}"') for level in ("pass", "warn", "fail"))
    assert items == len(app.report.findings)


def test_marked_text_shows_only_when_something_is_marked(app):
    assert '<mark class="ii-' not in app.panel.preview.value
    assert app.panel.preview.layout.display == "none"
    job = "Do you have any job openings? Would you"
    app._body.value = app._body.value.replace("Would you", job)
    assert '<mark class="ii-fail"' in app.panel.preview.value
    assert app.panel.preview.layout.display == ""


def test_learner_markup_is_escaped_everywhere(app):
    app._body.value = ("Professor <img src=x onerror=alert(1)> suggested I get in touch with "
                       "you. <script>alert(1)</script>")
    for html in (app.panel.findings.value, app.panel.preview.value, app._copy.value,
                 app._eml.value, app._mailto.value):
        assert "<img" not in html and "<script" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in app.panel.preview.value


def test_debounced_check_runs_after_a_pause(store, jane):
    app = OutreachApp(store, debounce_seconds=0.05)
    app._body.value = app._body.value.replace(NOT_A_JOB, JOB_ASK)
    assert app.report.level("asks-for-job") == "pass"  # not yet re-checked
    deadline = time.monotonic() + 30  # generous: CI machines can be very busy
    while app.report.level("asks-for-job") != "fail" and time.monotonic() < deadline:
        time.sleep(0.02)
    assert app.report.level("asks-for-job") == "fail"


def test_flush_runs_a_pending_check_at_once(store, jane):
    app = OutreachApp(store, debounce_seconds=30)
    app._body.value = app._body.value.replace(NOT_A_JOB, JOB_ASK)
    app.flush()
    assert app.report.level("asks-for-job") == "fail"


def test_phone_shows_speaking_time_and_linkedin_the_limit(app):
    app._channel.value = "phone"
    assert "seconds to say" in app._counts.value
    assert app._subject.layout.display == "none"
    app._channel.value = "linkedin"
    assert "of 300 characters" in app._counts.value
    assert len(app._body.value) < 300


def test_channel_switch_keeps_edited_text_and_asks(app):
    app._body.value = app._body.value + "\nP.S. I loved your talk."
    app._channel.value = "phone"
    assert "P.S. I loved your talk." in app._body.value
    assert app._confirm.layout.display == ""
    app._keep.click()
    assert app._confirm.layout.display == "none"
    assert "P.S." in app._body.value
    app._template_button.click()
    assert app._confirm.layout.display == ""
    app._replace.click()
    assert app._body.value.startswith("Hello, is this Jane Green?")
    assert not app.edited


def test_unedited_draft_follows_the_channel(app):
    app._channel.value = "letter"
    assert "Yours sincerely" in app._body.value
    assert app._confirm.layout.display == "none"


def test_save_keeps_versions_and_restore_brings_one_back(app, store, jane):
    first = app._body.value
    app.save()
    assert app.notice.text == "Version 1 saved for Jane Green."
    app._body.value = first + "\nP.S. Second thoughts."
    app._save.click()
    assert "Version 2 saved" in app.notice.text
    versions = store.outreach_versions(contact_id=jane.id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].score is not None and versions[0].channel == "email"
    assert app._versions_pick.options[0][0].startswith("Version 2")
    app._versions_pick.value = versions[0].id
    app._restore.click()
    assert app._body.value == versions[0].body
    assert "Version 1 restored" in app.notice.text


def test_mark_as_sent_moves_contact_and_shows_business_day_schedule(app, store, jane):
    app._sent_date.value = date(2026, 1, 9)  # a Friday
    app._mark_sent.click()
    assert store.get_contact(jane.id).status == "contacted"
    versions = store.outreach_versions(contact_id=jane.id)
    assert len(versions) == 1 and versions[0].sent_on == date(2026, 1, 9)
    assert [e["kind"] for e in store.events(jane.id)] == ["sent"]
    schedule = app._schedule.value
    assert "Wed 14 Jan 2026" in schedule and "Tue 20 Jan 2026" in schedule
    assert "Sat" not in schedule and "Sun" not in schedule
    assert "now 'contacted'" in app.notice.text
    assert "(contacted)" in app._contact.options[0][0]


def test_mark_as_sent_reuses_the_saved_version(app, store, jane):
    app.save()
    app._mark_sent.click()
    assert len(store.outreach_versions(contact_id=jane.id)) == 1


def test_future_sent_date_refused(app, store, jane):
    app._sent_date.value = date.today() + timedelta(days=3)
    app._mark_sent.click()
    assert app.notice.level == "error" and "future" in app.notice.text
    assert store.outreach_versions(contact_id=jane.id) == []
    assert store.get_contact(jane.id).status == "identified"


def test_empty_body_refused_and_nothing_written(app, store, jane):
    app._body.value = "   "
    assert "Write your message" in app.panel.score.value
    assert "Nothing to copy" in app._copy.value and app._eml.value == ""
    app._save.click()
    assert app.notice.level == "error" and "empty" in app.notice.text
    app._mark_sent.click()
    assert app.notice.level == "error"
    assert store.outreach_versions(contact_id=jane.id) == []
    assert store.get_contact(jane.id).status == "identified"


def test_no_contact_refused(store, learner):
    app = OutreachApp(store, debounce_seconds=0)
    assert app._contact.value is None  # no contacts yet: type a name
    assert app._name.layout.display == ""
    app._save.click()
    assert app.notice.level == "error" and "contact" in app.notice.text
    assert store.outreach_versions() == []


def test_typed_name_fills_greeting_and_saves_by_name(store, learner):
    app = OutreachApp(store, debounce_seconds=0)
    app._name.value = "Dr. Ruth Okafor"
    assert app._body.value.startswith("Dear Dr. Ruth Okafor,")
    app._body.value = app._body.value.replace("[how you got their name]",
                                              "I heard you speak at the careers fair")
    app.save()
    assert [v.contact_name for v in store.outreach_versions(contact_name="Dr. Ruth Okafor")] \
        == ["Dr. Ruth Okafor"]


def test_unsaved_edits_survive_a_reload(app, store, jane):
    app._body.value = app._body.value + "\nP.S. Unsaved line."
    assert store.get_state(STATE_DRAFT + f"c{jane.id}")["body"].endswith("P.S. Unsaved line.")
    again = OutreachApp(store, debounce_seconds=0)
    assert again.contact.id == jane.id
    assert again._body.value.endswith("P.S. Unsaved line.")
    assert "restored" in again.notice.text


def test_switching_contacts_keeps_each_draft(app, store, jane):
    tom = store.add_contact(Contact(name="Tom Baker", relationship="alumni"))
    app._body.value = app._body.value + "\nP.S. For Jane."
    app._refresh_contacts()
    app._contact.value = tom.id
    assert app._body.value.startswith("Dear Tom Baker,")
    app._contact.value = jane.id
    assert app._body.value.endswith("P.S. For Jane.")


def test_exports_for_email(app):
    assert app._mailto.value.startswith('<a class="ii-link-button" href="mailto:jane@example.org?')
    assert 'download="outreach-jane-green.eml"' in app._eml.value
    assert "data:message/rfc822;base64," in app._eml.value
    assert "Subject: Referred by" in app._copy.value and "readonly" in app._copy.value
    app._channel.value = "phone"
    assert app._mailto.value == "" and app._eml.value == ""
    assert "Hello, is this" in app._copy.value


def test_examples_panel_shows_two_scored_examples(app):
    accordion = app._examples.children[-1]
    assert len(accordion.children) == len(EXAMPLES) == 2
    assert "Score" in accordion.children[0].value and "ii-pass" in accordion.children[0].value


def test_without_a_profile_drafts_show_gaps(store):
    app = OutreachApp(store, debounce_seconds=0)
    assert "profile" in app.notice.text
    assert "[your name]" in app._body.value
    assert app.report.level("placeholders") == "fail"


def test_second_channel_switch_still_keeps_edited_text(app):
    app._body.value = app._body.value + "\nP.S. Mine."
    app._channel.value = "phone"
    app._channel.value = "letter"
    assert app._body.value.endswith("P.S. Mine.")
    assert app._confirm.layout.display == ""
    assert "letter" in app._confirm_text.value


def test_typed_name_draft_survives_a_reload(store, learner):
    app = OutreachApp(store, debounce_seconds=0)
    app._name.value = "Ruth Okafor"
    app._body.value = app._body.value + "\nP.S. Typed-name draft."
    again = OutreachApp(store, debounce_seconds=0)
    assert again._name.value == "Ruth Okafor"
    assert again._body.value.endswith("P.S. Typed-name draft.")


def test_a_second_person_at_the_same_organisation_waits_three_business_days(store, jane):
    other = store.add_contact(Contact(name="Omar Hale", organisation="Green & Co."))
    store.set_status(jane.id, "contacted", on=date.today(), event_kind="sent")
    app = OutreachApp(store, debounce_seconds=0)
    app.select_contact(other.id)
    status = app.contact_status_html
    assert "You wrote to Jane Green at Green &amp; Co" in status
    assert "before writing to a second person there" in status
    app.select_contact(jane.id)
    assert "second person" not in app.contact_status_html
    # Once the wait is over there is nothing to warn about.
    store.add_event(jane.id, "sent", date.today() - timedelta(days=30))
    store.set_status(jane.id, "identified")
    app = OutreachApp(store, debounce_seconds=0)
    app.select_contact(other.id)
    assert "second person" not in app.contact_status_html
