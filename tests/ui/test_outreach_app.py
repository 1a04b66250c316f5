"""OutreachApp without a browser: the step's model drives it; the view's public widgets show it.

Most tests set the model's state and call its actions (``app.model``), then assert the store
and the model's facts; a few type into the view's public widgets to check the wiring.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from importlib import resources

import pytest

from infoint.model import Contact, Learner
from infoint.outreach import examples
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


def type_body(app: OutreachApp, body: str) -> None:
    """What a learner's typing does: the text box changes (and the coach re-checks)."""
    app.body_input.value = body


def test_starts_from_the_filled_email_draft(app, jane):
    m = app.model
    assert m.contact.id == jane.id
    assert m.channel == "email"
    assert m.body.startswith("Dear Jane Green,")
    assert app.body_input.value == m.body
    assert m.subject.startswith("Referred by Professor Wilson")
    assert m.report.score >= 85
    assert "Score" in app.counts.value and "words" in app.counts.value
    assert not m.edited


def test_job_ask_fails_then_fixing_it_restores_the_score(app):
    m = app.model
    good = m.report.score
    assert m.report.level("asks-for-job") == "pass"
    type_body(app, m.body.replace(NOT_A_JOB, JOB_ASK))
    assert m.report.level("asks-for-job") == "fail"
    assert m.report.score < good
    assert 'li class="ii-fail" data-rule="asks-for-job"' in app.panel.findings.value
    assert '<mark class="ii-fail"' in app.panel.preview.value
    assert "any job" in app.panel.preview.value
    type_body(app, m.body.replace(JOB_ASK, NOT_A_JOB))
    assert m.report.level("asks-for-job") == "pass"
    assert m.report.score == good


def test_every_finding_is_listed_including_passes(app):
    html = app.panel.findings.value
    for finding in app.model.report.findings:
        assert f'data-rule="{finding.rule}"' in html
    # One item per finding, whatever its level (the untouched draft is not yet personal).
    items = sum(html.count(f'class="ii-{level}"') for level in ("pass", "warn", "fail"))
    assert items == len(app.model.report.findings)


def test_marked_text_shows_only_when_something_is_marked(app):
    assert '<mark class="ii-' not in app.panel.preview.value
    assert app.panel.preview.layout.display == "none"
    type_body(app, app.model.body.replace("Would you", "Do you have any job openings? Would you"))
    assert '<mark class="ii-fail"' in app.panel.preview.value
    assert app.panel.preview.layout.display == ""


def test_learner_markup_is_escaped_everywhere(app):
    type_body(app, "Professor <img src=x onerror=alert(1)> suggested I get in touch with "
                   "you. <script>alert(1)</script>")
    for html in (app.panel.findings.value, app.panel.preview.value, app.copy_box.value,
                 app.eml_link.value, app.mailto_link.value):
        assert "<img" not in html and "<script" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in app.panel.preview.value


def test_debounced_check_runs_after_a_pause_on_the_kernel_loop(store, jane):
    async def typing() -> tuple[str, str]:
        app = OutreachApp(store, debounce_seconds=0.05)
        type_body(app, app.model.body.replace(NOT_A_JOB, JOB_ASK))
        before = app.model.report.level("asks-for-job")  # not yet re-checked
        for _ in range(200):  # generous: CI machines can be very busy
            await asyncio.sleep(0.02)
            if app.model.report.level("asks-for-job") == "fail":
                break
        return before, app.model.report.level("asks-for-job")

    assert asyncio.run(typing()) == ("pass", "fail")


def test_flush_runs_a_pending_check_at_once(store, jane):
    async def typing() -> str:
        app = OutreachApp(store, debounce_seconds=30)
        type_body(app, app.model.body.replace(NOT_A_JOB, JOB_ASK))
        assert app.debouncer.pending
        app.flush()
        return app.model.report.level("asks-for-job")

    assert asyncio.run(typing()) == "fail"


def test_phone_shows_speaking_time_and_linkedin_the_limit(app):
    app.model.choose_channel("phone")
    assert "seconds to say" in app.counts.value
    assert not app.model.subject_shown and app.subject_input.layout.display == "none"
    app.channel_input.value = "linkedin"  # the toggle is wired to the same action
    assert app.model.channel == "linkedin"
    assert "of 300 characters" in app.counts.value
    assert len(app.model.body) < 300


def test_channel_switch_keeps_edited_text_and_asks(app):
    m = app.model
    m.edit(body=m.body + "\nP.S. I loved your talk.")
    m.choose_channel("phone")
    assert "P.S. I loved your talk." in m.body
    assert m.asking_to_replace and app.confirm.layout.display == ""
    app.keep_button.click()
    assert not m.asking_to_replace and app.confirm.layout.display == "none"
    assert "P.S." in m.body
    app.template_button.click()
    assert m.asking_to_replace
    app.replace_button.click()
    assert m.body.startswith("Hello, is this Jane Green?")
    assert app.body_input.value == m.body
    assert not m.edited


def test_unedited_draft_follows_the_channel(app):
    app.model.choose_channel("letter")
    assert "Yours sincerely" in app.model.body
    assert not app.model.asking_to_replace


def test_save_keeps_versions_and_restore_brings_one_back(app, store, jane):
    m = app.model
    first = m.body
    m.save_version()
    assert m.notice.text == "Version 1 saved for Jane Green."
    type_body(app, first + "\nP.S. Second thoughts.")
    app.save_button.click()
    assert "Version 2 saved" in m.notice.text
    versions = store.outreach_versions(contact_id=jane.id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].score is not None and versions[0].channel == "email"
    assert m.version_choices()[0][0].startswith("Version 2")
    assert app.versions_input.options[0][0].startswith("Version 2")
    app.versions_input.value = versions[0].id
    app.restore_button.click()
    assert m.body == versions[0].body == app.body_input.value
    assert "Version 1 restored" in m.notice.text


def test_save_notice_appears_by_the_save_button_not_only_at_the_top(app):
    app.save_button.click()
    assert app.model.notice.near == "save"
    assert "Version 1 saved" in app.save_notice.text
    assert app.notice.text == "" and app.send_notice.text == ""
    app.mark_sent_button.click()
    assert "Marked as sent" in app.send_notice.text
    assert app.save_notice.text == ""
    # Each notice sits in the same card as its button, right under it.
    write = app.write_card.children
    save_row = next(i for i, x in enumerate(write) if app.save_button in
                    getattr(x, "children", ()))
    assert write[save_row + 1] is app.save_notice
    send = app.send_card.children
    send_row = next(i for i, x in enumerate(send) if app.mark_sent_button in
                    getattr(x, "children", ()))
    assert send[send_row + 1] is app.send_notice


def test_take_it_to_your_mail_app_comes_before_mark_as_sent(app):
    send = list(app.send_card.children)
    exports = next(i for i, x in enumerate(send) if app.eml_link in getattr(x, "children", ()))
    mark = next(i for i, x in enumerate(send) if app.mark_sent_button in
                getattr(x, "children", ()))
    assert "mail app" in send[0].value
    assert send.index(app.copy_box) < exports < send.index(app.sent_date_input) < mark


def test_text_and_feedback_share_one_row_on_a_desktop(app):
    # outreach.css lays the workbench out as two columns from 1000 px, one below.
    text_card, feedback_card = app.workbench.children
    assert app.body_input in text_card.children and app.panel in feedback_card.children
    assert app.workbench in app.children
    css = resources.files("infoint.ui").joinpath("outreach.css").read_text(encoding="utf-8")
    desktop = css.split("@media (min-width: 1000px)", 1)[1].split("@media", 1)[0]
    assert ".infoint-outreach-workbench" in desktop and "grid-template-columns" in desktop
    # Below the breakpoint the cards stack in one column, as on a phone today.
    assert "flex-direction: column" in css.split("@media", 1)[0]
    assert any("<style>" in c.value and "workbench" in c.value
               for c in app.children if hasattr(c, "value"))


def test_mark_as_sent_moves_contact_and_shows_business_day_schedule(app, store, jane):
    m = app.model
    m.set_sent_on(date(2026, 1, 9))  # a Friday
    m.mark_sent()
    assert store.get_contact(jane.id).status == "contacted"
    versions = store.outreach_versions(contact_id=jane.id)
    assert len(versions) == 1 and versions[0].sent_on == date(2026, 1, 9)
    assert [e["kind"] for e in store.events(jane.id)] == ["sent"]
    assert [d for d, _ in m.schedule.lines] == [date(2026, 1, 14), date(2026, 1, 20)]
    schedule = app.schedule.value
    assert "Wed 14 Jan 2026" in schedule and "Tue 20 Jan 2026" in schedule
    assert "now 'contacted'" in m.notice.text
    assert "(contacted)" in m.contact_choices[0][0]


def test_a_second_mark_as_sent_never_moves_a_thanked_contact_backwards(app, store, jane):
    m = app.model
    m.mark_sent()
    store.set_status(jane.id, "thanked", on=date.today(), event_kind="thanked")
    m.refresh()
    m.edit(body=m.body + "\nP.S. I read the book you suggested.")
    m.mark_sent()
    assert store.get_contact(jane.id).status == "thanked"
    assert m.contact.status == "thanked"
    assert [e["kind"] for e in store.events(jane.id)].count("sent") == 2
    assert "stays 'thanked'" in m.notice.text and "now 'contacted'" not in m.notice.text
    # No "no reply yet" reminders for someone who has already met and been thanked.
    assert m.schedule is None and app.schedule.value == ""


def test_mark_as_sent_reuses_the_saved_version(app, store, jane):
    app.model.save_version()
    app.mark_sent_button.click()
    assert len(store.outreach_versions(contact_id=jane.id)) == 1


def test_future_sent_date_refused(app, store, jane):
    app.sent_date_input.value = date.today() + timedelta(days=3)
    app.mark_sent_button.click()
    assert app.model.notice.level == "error" and "future" in app.model.notice.text
    assert "future" in app.send_notice.text
    assert store.outreach_versions(contact_id=jane.id) == []
    assert store.get_contact(jane.id).status == "identified"


def test_empty_body_refused_and_nothing_written(app, store, jane):
    type_body(app, "   ")
    assert "feedback" in app.panel.score.value
    assert app.model.exports.ready == ()
    assert "Nothing to copy" in app.copy_box.value and app.eml_link.value == ""
    app.save_button.click()
    assert app.model.notice.level == "error" and "empty" in app.save_notice.text
    app.model.mark_sent()
    assert app.model.notice.level == "error" and app.model.notice.near == "send"
    assert store.outreach_versions(contact_id=jane.id) == []
    assert store.get_contact(jane.id).status == "identified"


def test_no_contact_refused(store, learner):
    app = OutreachApp(store, debounce_seconds=0)
    assert app.model.typing_a_name  # no contacts yet: type a name
    assert app.name_input.layout.display == ""
    app.model.save_version()
    assert app.model.notice.level == "error" and "contact" in app.model.notice.text
    assert store.outreach_versions() == []


def test_typed_name_fills_greeting_and_saves_by_name(store, learner):
    app = OutreachApp(store, debounce_seconds=0)
    app.name_input.value = "Dr. Ruth Okafor"
    m = app.model
    assert m.body.startswith("Dear Dr. Okafor,")
    m.edit(body=m.body.replace("[how you got their name]",
                               "I heard you speak at the careers fair"))
    m.save_version()
    assert [v.contact_name for v in store.outreach_versions(contact_name="Dr. Ruth Okafor")] \
        == ["Dr. Ruth Okafor"]


def test_a_professor_is_greeted_by_title(store, learner):
    dana = store.add_contact(Contact(name="Dana Whitfield", relationship="professor"))
    dr = store.add_contact(Contact(name="Sam Ortiz, PhD", relationship="alumni"))
    plain = store.add_contact(Contact(name="Kim Lee", relationship="friend"))
    m = OutreachApp(store, debounce_seconds=0).model
    m.choose_contact(dana.id)
    assert m.body.startswith("Dear Professor Whitfield,")
    m.choose_channel("phone")
    assert m.body.startswith("Hello, is this Professor Whitfield?")
    m.choose_contact(dr.id)
    assert "Dr. Ortiz" in m.body
    m.choose_contact(plain.id)
    assert "Kim Lee?" in m.body  # no title known: the full name


def test_unsaved_edits_survive_a_reload(app, store, jane):
    type_body(app, app.model.body + "\nP.S. Unsaved line.")
    assert store.get_state(STATE_DRAFT + f"c{jane.id}")["body"].endswith("P.S. Unsaved line.")
    again = OutreachApp(store, debounce_seconds=0).model
    assert again.contact.id == jane.id
    assert again.body.endswith("P.S. Unsaved line.")
    assert "restored" in again.notice.text


def test_a_draft_kept_by_an_earlier_version_is_found(store, jane):
    store.set_state(STATE_DRAFT + f"c{jane.id}", {
        "channel": "letter", "subject": "", "body": "Dear Jane, an old draft.",
        "contact_name": "Jane Green", "updated": "2026-01-09T10:00:00"})
    m = OutreachApp(store, debounce_seconds=0).model
    assert m.channel == "letter" and m.body == "Dear Jane, an old draft."


def test_switching_contacts_keeps_each_draft(app, store, jane):
    tom = store.add_contact(Contact(name="Tom Baker", relationship="alumni"))
    m = app.model
    type_body(app, m.body + "\nP.S. For Jane.")
    m.refresh()
    app.contact_input.value = tom.id
    assert m.body.startswith("Dear Tom Baker,")
    m.choose_contact(jane.id)
    assert m.body.endswith("P.S. For Jane.")


def test_exports_for_email(app):
    exports = app.model.exports
    assert exports.ready == ("copy", "mailto", "eml")
    assert exports.mailto.startswith("mailto:jane@example.org?")
    assert exports.file_name == "outreach-jane-green.eml"
    assert exports.copy_text.startswith("Subject: Referred by")
    assert app.mailto_link.value.startswith(
        '<a class="ii-link-button" href="mailto:jane@example.org?')
    assert 'download="outreach-jane-green.eml"' in app.eml_link.value
    assert "data:message/rfc822;base64," in app.eml_link.value
    assert "readonly" in app.copy_box.value
    app.model.choose_channel("phone")
    assert app.model.exports.ready == ("copy",)
    assert app.mailto_link.value == "" and app.eml_link.value == ""
    assert "Hello, is this" in app.copy_box.value


def test_examples_panel_shows_the_scored_examples(app):
    accordion = app.examples.children[-1]
    assert len(accordion.children) == len(examples()) == 2
    assert "Score" in accordion.children[0].value and "ii-pass" in accordion.children[0].value


def test_without_a_profile_drafts_show_gaps(store):
    m = OutreachApp(store, debounce_seconds=0).model
    assert "profile" in m.notice.text
    assert "[your name]" in m.body
    assert m.report.level("placeholders") == "fail"


def test_second_channel_switch_still_keeps_edited_text(app):
    m = app.model
    m.edit(body=m.body + "\nP.S. Mine.")
    m.choose_channel("phone")
    m.choose_channel("letter")
    assert m.body.endswith("P.S. Mine.")
    assert m.asking_to_replace
    assert "letter" in m.notice.text and "letter" in app.compose_notice.text


def test_typed_name_draft_survives_a_reload(store, learner):
    m = OutreachApp(store, debounce_seconds=0).model
    m.type_name("Ruth Okafor")
    m.edit(body=m.body + "\nP.S. Typed-name draft.")
    m.check()
    again = OutreachApp(store, debounce_seconds=0)
    assert again.model.typed_name == "Ruth Okafor" == again.name_input.value
    assert again.model.body.endswith("P.S. Typed-name draft.")


def test_a_second_person_at_the_same_organisation_waits_three_business_days(store, jane):
    other = store.add_contact(Contact(name="Omar Hale", organisation="Green & Co."))
    store.set_status(jane.id, "contacted", on=date.today(), event_kind="sent")
    app = OutreachApp(store, debounce_seconds=0)
    app.select_contact(other.id)
    assert app.model.organisation_wait.other.id == jane.id
    status = app.contact_status_html
    assert "You wrote to Jane Green at Green &amp; Co" in status
    assert "before writing to a second person there" in status
    app.select_contact(jane.id)
    assert app.model.organisation_wait is None
    assert "second person" not in app.contact_status_html
    # Once the wait is over there is nothing to warn about.
    store.add_event(jane.id, "sent", date.today() - timedelta(days=30))
    store.set_status(jane.id, "identified")
    app = OutreachApp(store, debounce_seconds=0)
    app.select_contact(other.id)
    assert "second person" not in app.contact_status_html


def test_in_voila_the_coach_reads_the_opening_draft_once_the_page_shows(store, jane,
                                                                        a_voila_page):
    async def opening() -> OutreachApp:
        app = OutreachApp(store, debounce_seconds=0)
        m, accordion = app.model, app.examples.children[-1]
        assert m.body.startswith("Dear Jane Green,") and m.report is None and m.check_pending
        assert "reading your message" in app.panel.score.value
        assert [c.value for c in accordion.children] == ["", ""]
        a_voila_page.page_ready()
        for _ in range(200):
            await asyncio.sleep(0.02)
            if accordion.children[-1].value:
                break
        return app

    app = asyncio.run(opening())
    assert app.model.report.score >= 85 and not app.model.check_pending
    assert str(app.model.report.score) in app.panel.score.value
    assert "reading your message" not in app.panel.score.value
    assert all("Score" in c.value for c in app.examples.children[-1].children)


def test_an_edit_before_the_page_shows_is_checked_once_and_kept(store, jane, a_voila_page):
    async def typing_early() -> OutreachApp:
        app = OutreachApp(store, debounce_seconds=0)
        type_body(app, app.model.body.replace(NOT_A_JOB, JOB_ASK))
        assert app.model.report.level("asks-for-job") == "fail"
        assert not app.model.check_pending  # the opening check has nothing left to do
        a_voila_page.page_ready()
        await asyncio.sleep(0.2)
        return app

    app = asyncio.run(typing_early())
    assert app.model.report.level("asks-for-job") == "fail"
    assert JOB_ASK in app.model.body


def test_in_voila_the_send_card_and_examples_come_after_the_paint(store, jane, painted):
    """Card 4 and the worked examples are made once the page is live, before the coach's
    first check, in their place before the next-step link; they show the draft's
    exports and mark it as sent (issue 14, time to widgets)."""
    def early(app: OutreachApp) -> None:
        assert app.children[-2].children == () and not app.lower.built

    seen = painted(lambda: OutreachApp(store, debounce_seconds=0), early=early,
                   done=lambda app: app.model.report is not None, seconds=4)
    app = seen.app
    assert seen.made_later >= 15
    assert app.children[-2].children == (app.send_card, app.examples)
    assert app.mailto_link.value.startswith('<a class="ii-link-button" href="mailto:jane@')
    assert "readonly" in app.copy_box.value
    assert "03-prepare-questions.ipynb" in app.children[-1].value  # the link stays last
    app.sent_date_input.value = date(2026, 1, 9)  # a Friday
    app.mark_sent_button.click()
    assert app.send_notice.level == "success"
    assert store.get_contact(jane.id).status == "contacted"
    assert "Wed 14 Jan 2026" in app.schedule.value


def test_a_whole_draft_pasted_with_its_subject_line_is_read_as_the_draft(app):
    """A learner pastes the whole email, "Subject:" line and all, into the message box and
    leaves the subject box empty: the pasted line is the subject the coach judges, and the
    message under it is read from its greeting."""
    m = app.model
    body = m.body
    m.edit(subject="", body="Subject: Hi\n\n" + body)
    report = m.check()
    assert report.level("subject-line") != "pass"  # "Hi" says nothing of why they write
    assert report.level("greets-by-name") == "pass"
    m.edit(body="Subject: Referred by Professor Wilson: 20 minutes on audit careers?\n\n" + body)
    report = m.check()
    assert report.level("subject-line") == "pass"
    assert report.level("greets-by-name") == "pass"
