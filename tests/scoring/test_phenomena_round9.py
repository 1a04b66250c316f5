"""Round 9 (issue #12): phenomena the fresh round-9 cases showed the rules reading wrongly,
each written in our own words from the shape of real messages, not copied from a case:
asking what it is like to work there, questions to ask as a purpose, a write-up or what a
mentor said as the reason for writing, following up from an event, a door kept open by
looking forward to the next contact, thanks for being thought of, a résumé they asked for,
and being walked through something as a takeaway."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_thank_you
from tests.scoring.phenomena_shapes import in_connection_email as _link_email
from tests.scoring.phenomena_shapes import in_email as _email
from tests.scoring.phenomena_shapes import in_note_after_a_takeaway as _after_takeaway
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


# asks-for-job: what working there is like is the meeting's question, not a wish to work there.
@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to hear what it's like to work there day to day.",
        "Could you tell me what it is like to work there?",
        "I'm curious what it would be like to work there as a new graduate.",
    ],
)
def test_what_working_there_is_like_is_no_job_ask(sentence):
    assert check_outreach(_email(sentence)).level("asks-for-job") == "pass"


def test_guard_wanting_to_work_there_still_asks():
    assert check_outreach(_email("I would love to work there one day.")).level(
        "asks-for-job") == "fail"


# informational-purpose: questions to ask them, finding out more, being interviewed about
# their work say what the meeting is for as plainly as "learn".
@pytest.mark.parametrize(
    "sentence",
    [
        "I have a few questions about your field that I'd love to ask you.",
        "I'd be grateful for the chance to ask you some questions about museum work.",
        "Would you be willing to answer a few questions about your career in nursing?",
        "I would like to find out more about how your firm runs its audits.",
        "Would you agree to be interviewed about your work for my course?",
    ],
)
def test_questions_to_ask_them_are_a_purpose(sentence):
    report = check_outreach(_email(sentence + " Would you have 20 minutes next week?"))
    assert report.level("informational-purpose") == "pass"


# why-you: their write-up, post or newsletter piece, or what a mentor said of them, is a
# reason to write to them in particular.
def _why(sentence: str) -> str:
    return check_outreach(_why_email(sentence)).level("why-you")


@pytest.mark.parametrize(
    "sentence",
    [
        "I read your write-up on cutting test times on the Verdant blog, and it stuck with me.",
        "Your blog post about moving from retail into UX was exactly what I needed.",
        "I enjoyed your newsletter piece on grant writing for small charities.",
        "My mentor, Felipe Ortega, told me you would be glad to talk about life after the "
        "programme.",
        "Professor Grant said you know more about coastal permits than anyone.",
    ],
)
def test_a_write_up_or_a_mentor_s_word_is_a_reason(sentence):
    assert _why(sentence) == "pass"


# states-connection: following up from an event where they met is a link; following up on
# one's own unanswered email is not.
def _link(sentence: str) -> str:
    return check_outreach(_link_email(sentence)).level("states-connection")


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm following up from the careers night at Bayside.",
        "I'm following up after the alumni panel last Thursday, where you spoke about audit.",
    ],
)
def test_following_up_from_an_event_is_a_connection(sentence):
    assert _link(sentence) == "pass"


def test_guard_following_up_on_one_s_own_email_is_no_connection():
    assert _link("I'm following up on my email from last week.") == "fail"


# asks-to-stay-in-touch: looking forward to the next contact keeps the door open.
@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to following up with you.",
        "I'm looking forward to seeing you at the spring meetup.",
        "I look forward to catching up with you again soon.",
    ],
)
def test_looking_forward_to_the_next_contact_keeps_the_door_open(sentence):
    note = _after_takeaway(sentence)
    assert check_thank_you(note).level("asks-to-stay-in-touch") == "pass"


# asks-for-job in a thank-you: thanks for having been thought of is no ask; asking to be
# thought of, or a résumé sent "for consideration", is.
@pytest.mark.parametrize(
    "sentence",
    [
        "It was kind of you to think of me.",
        "Thank you for thinking of me when the workshop came up.",
    ],
)
def test_thanks_for_being_thought_of_is_no_job_ask(sentence):
    note = _after_takeaway(sentence)
    assert check_thank_you(note).level("asks-for-job") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Please think of me if a role opens up.",
        "I've attached my resume for your consideration.",
        "As you suggested, I have attached my CV for consideration.",
    ],
)
def test_asking_to_be_thought_of_or_considered_is_a_job_ask(sentence):
    note = _after_takeaway(sentence)
    assert check_thank_you(note).level("asks-for-job") == "fail"


# asks-a-favour: a résumé they asked for is no favour asked.
def test_a_resume_they_asked_for_is_no_favour():
    note = _after_takeaway("As you suggested, I have attached my résumé.")
    assert check_thank_you(note).level("asks-a-favour") == "pass"


# specific-takeaway: being walked through something named is a takeaway; "everything" is not.
@pytest.mark.parametrize(
    "body",
    [
        "I appreciated you walking me through how the group prices a bridge loan.",
        "Thank you for walking me through the kinds of cases your clinic takes on.",
    ],
)
def test_being_walked_through_something_named_is_a_takeaway(body):
    note = f"Dear Ms. Okafor,\n\n{body}\n\nWith thanks,\nRiya"
    assert check_thank_you(note).level("specific-takeaway") == "pass"


def test_guard_being_walked_through_everything_is_no_takeaway():
    note = "Dear Ms. Okafor,\n\nThank you for walking me through everything.\n\nWith thanks,\nRiya"
    assert check_thank_you(note).level("specific-takeaway") == "fail"
