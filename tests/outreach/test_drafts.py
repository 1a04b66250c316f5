"""Starting drafts: filled from profile and contact, scored well by the real rules."""

from __future__ import annotations

from datetime import date

import pytest

from infoint.model import RELATIONSHIPS, Contact, Learner
from infoint.outreach import (
    CHANNEL_LABELS,
    GAP_HOW,
    LINKEDIN_LIMIT,
    final_text,
    starting_draft,
    subject_line,
)
from infoint.scoring import check_outreach

LEARNER = Learner(
    name="Amara Nwosu",
    school="State University, BSc Accounting",
    fields=["accounting"],
    email="amara@example.org",
    meeting_minutes=20,
)
REFERRED = Contact(
    name="Jane Green",
    organisation="Green & Co",
    relationship="referral",
    referred_by="Professor Wilson",
    field="accounting",
    id=7,
)


@pytest.mark.parametrize("channel", list(CHANNEL_LABELS))
def test_filled_draft_scores_well_with_no_gaps(channel):
    draft = starting_draft(channel, LEARNER, REFERRED, today=date(2026, 1, 9))
    report = check_outreach(draft.body, channel)
    assert report.score >= 85, [(f.rule, f.level) for f in report.findings if f.level != "pass"]
    assert report.level("placeholders") == "pass"
    assert report.level("asks-for-job") == "pass"
    assert report.level("time-request") == "pass"
    assert report.level("asks-as-question") == "pass"
    assert "Amara Nwosu" in draft.body
    assert "Professor Wilson" in draft.body
    assert "State University" in draft.body and "BSc" not in draft.body


def test_email_template_is_complete_and_scores_at_least_85():
    draft = starting_draft("email", LEARNER, REFERRED)
    assert draft.subject.startswith("Referred by Professor Wilson")
    assert draft.body.startswith("Dear Jane Green,")
    assert "20 minutes" in draft.body and "in person" in draft.body
    assert "Thank you" in draft.body
    assert check_outreach(draft.body, "email").score >= 85


def test_online_preference_and_minutes_come_from_profile():
    online = Learner(name="Amara Nwosu", meeting_minutes=30, meeting_mode="online")
    body = starting_draft("email", online, REFERRED).body
    assert "30 minutes" in body and "video call" in body and "in person" not in body


@pytest.mark.parametrize("relationship", RELATIONSHIPS)
def test_every_relationship_gives_a_connection_or_a_gap(relationship):
    contact = Contact(name="Sam Lee", relationship=relationship)
    body = starting_draft("email", LEARNER, contact).body
    report = check_outreach(body, "email")
    if GAP_HOW in body:
        assert report.level("placeholders") == "fail"
        assert relationship in ("local professional", "other", "referral")
    else:
        assert report.level("states-connection") == "pass"


def test_unknown_facts_leave_bracketed_gaps_the_rules_flag():
    draft = starting_draft("email", None, None, "")
    for gap in ("[your name]", "[their name]", "[how you got their name]",
                "[the field you are exploring]", "[your school or programme]"):
        assert gap in draft.body
    report = check_outreach(draft.body, "email")
    assert report.level("placeholders") == "fail"
    assert report.score <= 80  # a gap caps below "ready to send" (85)


def test_typed_name_fills_the_greeting():
    body = starting_draft("letter", LEARNER, None, "  Dr.  Ruth   Okafor ").body
    assert "Dear Dr. Okafor," in body
    assert "Dear Ruth Okafor," in starting_draft("letter", LEARNER, None, "Ruth Okafor").body


def test_linkedin_note_fits_even_with_long_names():
    learner = Learner(name="Maximiliana Alexandra Featherstonehaugh-Worthington",
                      school="The University of Something Rather Long In Name",
                      fields=["chartered management accountancy"])
    contact = Contact(name="Bartholomew Montgomery-Smythe", relationship="referral",
                      referred_by="Professor Evangeline Throckmorton-Fairweather")
    body = starting_draft("linkedin", learner, contact).body
    assert len(body) < LINKEDIN_LIMIT
    assert check_outreach(body, "linkedin").level("length") != "fail"


def test_linkedin_addresses_by_first_name_or_title():
    assert starting_draft("linkedin", LEARNER, REFERRED).body.startswith("Hi Jane,")
    prof = Contact(name="Prof. Alan Wilson", relationship="professor")
    assert starting_draft("linkedin", LEARNER, prof).body.startswith("Hi Prof. Wilson,")


def test_phone_script_is_short_enough_to_say():
    report = check_outreach(starting_draft("phone", LEARNER, REFERRED).body, "phone")
    assert report.stats["speaking_seconds"] < 45


def test_letter_has_the_date():
    body = starting_draft("letter", LEARNER, REFERRED, today=date(2026, 3, 4)).body
    assert body.startswith("4 March 2026")


def test_subject_lines():
    alum = Contact(name="Kim", relationship="alumni")
    assert subject_line(LEARNER, alum).startswith("State University student:")
    assert subject_line(None).startswith("Informational interview:")
    assert "?" in subject_line(LEARNER, REFERRED)


def test_unknown_channel_refused():
    with pytest.raises(ValueError):
        starting_draft("fax", LEARNER, REFERRED)


def test_final_text_adds_subject_for_email_only():
    assert final_text("email", "Hi", " Body \n") == "Subject: Hi\n\nBody"
    assert final_text("phone", "Hi", "Body") == "Body"
