"""Round 14 (issue #12): phenomena the dev part's time-request disagreements showed the rules
reading wrongly, each written in our own words from the shape of real messages, not copied
from a case: a request to meet in another shape (a meal, a visit, shadowing, being
interviewed, a slot to find), the sender's contact details read as a call asked for, and a
meeting looked back on read as a wish for one."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach
from tests.scoring.phenomena_shapes import in_connection_email as _connection_email
from tests.scoring.phenomena_shapes import in_email as _email
from tests.scoring.phenomena_shapes import in_email_opened_by as _opened_by
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


# time-request: asking for a meal, a visit, a morning's shadowing, an interview of them or a
# slot is asking for a meeting; with no length it is a warn, not "no request at all".
@pytest.mark.parametrize(
    "sentence",
    [
        "Could I buy you breakfast near your office one morning?",
        "Might I stop by your studio some afternoon to see how the team works?",
        "I was hoping I could shadow you at the clinic to see the work up close.",
        "Would you, or someone in your lab, be willing to be interviewed about how it runs?",
        "If you are open to it, I would be glad to find a slot that suits you.",
    ],
)
def test_other_shapes_of_a_meeting_are_a_request_with_no_length(sentence):
    assert check_outreach(_email(sentence)).level("time-request") == "warn"


# time-request: the sender's phone number, or "reach me by email or phone", gives a way to
# reply; it asks for no meeting.
@pytest.mark.parametrize(
    "sentence",
    [
        "If it helps, you can reach me by email or phone.",
        "Could you share your phone number so I can send you my notes?",
    ],
)
def test_contact_details_are_no_meeting_request(sentence):
    assert check_outreach(_email(sentence)).level("time-request") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "Could we speak by phone next week?",
        "Would a phone call one evening suit you?",
        "I would be happy to take your call whenever suits you.",
    ],
)
def test_guard_a_call_asked_for_is_still_a_request(sentence):
    assert check_outreach(_email(sentence)).level("time-request") == "warn"


# time-request: a coffee thanked for is past; "it was great to hear ..." wishes for nothing.
def test_a_meeting_looked_back_on_is_no_request():
    sentence = "Thanks again for the coffee last month; it was great to hear about your studio."
    assert check_outreach(_email(sentence)).level("time-request") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "It would be great to meet for a coffee sometime.",
        "It was great to hear your talk; would you have time for a coffee?",
    ],
)
def test_guard_a_coffee_still_wished_for_is_a_request(sentence):
    assert check_outreach(_email(sentence)).level("time-request") == "warn"


# why-you: a piece of theirs named with words of its own before it ("your data-team
# write-up on ..."), or described by what it was like to read, is a reason to pick them.
@pytest.mark.parametrize(
    "sentence",
    [
        "I came across your data-team write-up on the company blog.",
        "Your thread about hiring junior analysts was so compelling.",
        "Your comment on the housing report was thought-provoking.",
    ],
)
def test_a_piece_of_theirs_that_struck_them_is_why_them(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "It would be great to hear about your time at the firm.",
        "Hearing about your experience at the firm would be so insightful for me.",
    ],
)
def test_guard_a_topic_to_hear_about_is_no_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "warn"


# states-connection: a shared school in a template's gap ("fellow {school} grad") or told of
# them ("you're a Riverton graduate too") is ground they share.
@pytest.mark.parametrize(
    "sentence",
    [
        "Fellow {university} grad here, and keen to hear how you got started.",
        "As a fellow [School Name] graduate, I would value your advice.",
        "I saw that you are a Riverton graduate too.",
    ],
)
def test_a_shared_school_in_a_gap_or_told_of_them_is_a_connection(sentence):
    assert check_outreach(_connection_email(sentence)).level("states-connection") == "pass"


def test_guard_being_a_graduate_too_names_no_shared_school():
    report = check_outreach(_connection_email("I am a recent graduate too."))
    assert report.level("states-connection") != "pass"


# states-connection: connections in common with nobody named are what LinkedIn shows, a
# source (warn), not a personal link.
@pytest.mark.parametrize(
    "sentence",
    [
        "I noticed we share a few connections on LinkedIn.",
        "We have several mutual connections, so I thought I would write.",
    ],
)
def test_unnamed_shared_connections_are_only_a_source(sentence):
    assert check_outreach(_connection_email(sentence)).level("states-connection") == "warn"


@pytest.mark.parametrize(
    "sentence",
    [
        "We share twelve connections, including Omar Haddad, who suggested I write.",
        "We have some mutual connections, such as Omar Haddad from the planning board.",
        "Our mutual friend Omar Haddad suggested I write to you.",
    ],
)
def test_guard_a_connection_named_is_still_a_link(sentence):
    assert check_outreach(_connection_email(sentence)).level("states-connection") == "pass"


# connection-first: the name alone as the salutation ("Priya:", "Priya,") is a greeting, not
# the first sentence, so a referral in the next-but-one line still comes first.
_REFERRAL = "My adviser, Dr. Osei, suggested that I write to you."


@pytest.mark.parametrize("salutation", ["Priya:", "Priya,", "Ms. Okafor:"])
def test_a_name_alone_as_salutation_is_no_sentence(salutation):
    report = check_outreach(_opened_by(salutation, _REFERRAL))
    assert report.level("connection-first") == "pass"


@pytest.mark.parametrize("salutation", ["Dear Priya,", "Hi Priya,"])
def test_guard_a_greeting_with_a_name_was_already_no_sentence(salutation):
    report = check_outreach(_opened_by(salutation, _REFERRAL))
    assert report.level("connection-first") == "pass"


def test_guard_a_connection_after_two_sentences_of_substance_still_comes_late():
    sentence = f"I have been reading about transit planning this year. {_REFERRAL}"
    report = check_outreach(_opened_by("Priya:", sentence))
    assert report.level("connection-first") == "warn"
