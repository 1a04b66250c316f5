"""Round 11 (issue #12): phenomena the fresh round-10 and round-11 cases showed the rules
reading wrongly, each written in our own words from the shape of real messages, not copied
from a case: a talk about the sender's own background for their team, what the sender
already understands, a candidacy pressed in a thank-you, a next round of changes, what they
told the sender where they met, a named scheme of theirs, and "as you suggested" or
"your comments on the prototype" read as takeaways."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_thank_you
from tests.scoring.phenomena_shapes import in_email as _email
from tests.scoring.phenomena_shapes import in_note as _note
from tests.scoring.phenomena_shapes import in_note_after_a_takeaway as _after_takeaway
from tests.scoring.phenomena_shapes import in_unsigned_request as _coffee_request
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


def _purpose(sentence: str) -> str:
    return check_outreach(_email(sentence + " Could we talk for 15 minutes next week?")).level(
        "informational-purpose")


# informational-purpose: a talk about how the sender's own background could help their team
# is a pitch of oneself; what the sender already understands is no wish to learn.
@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be glad to talk about how my background in retail could help your team.",
        "I would love to discuss how my [relevant experience] can benefit your company.",
        "We understand how much a launch depends on good marketing.",
        "I understand how busy your week must be.",
    ],
)
def test_selling_oneself_or_knowing_already_is_no_purpose(sentence):
    assert _purpose(sentence) == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        # Guards: the sender's background as a topic of advice, and a wish to understand.
        "I'd love to talk about how my teaching background might transfer to research work.",
        "I'd like to understand how night shifts work in an emergency department.",
        "Could you help me understand how audits are planned?",
    ],
)
def test_guard_advice_on_ones_background_and_wanting_to_understand_stay_purposes(sentence):
    assert _purpose(sentence) == "pass"


# asks-for-job (thank-you): after a job talk, keener on "this opportunity" and a background
# that would "let me make a real contribution to your team" press the candidacy.
@pytest.mark.parametrize(
    "sentence",
    [
        "Our talk has made me even keener on this opportunity.",
        "I'm sure my background in finance would let me make a real contribution to your team.",
        "I am confident I could add value to the team.",
    ],
)
def test_a_pressed_candidacy_in_a_thank_you_is_a_job_ask(sentence):
    assert check_thank_you(_after_takeaway(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        # A next round of changes to a site is no hiring round; theirs is no candidacy.
        "Your comments will go into the next round of changes to the site.",
        "It was good to hear how your team contributes to the city's plans.",
    ],
)
def test_guard_a_next_round_of_changes_is_no_job_ask(sentence):
    assert check_thank_you(_after_takeaway(sentence)).level("asks-for-job") == "pass"


def test_guard_the_next_round_of_interviews_still_asks():
    note = _after_takeaway("I hope to hear about the next round of interviews.")
    assert check_thank_you(note).level("asks-for-job") == "fail"


# why-you: what they told the sender where they met, something they are building at a named
# organisation, and a named scheme of theirs that the sender has followed.
@pytest.mark.parametrize(
    "sentence",
    [
        "We met at the spring fair, where you told me about the magazines your press puts out.",
        "I'd love to hear more about what you're building at Nimbus Labs.",
        "I have long been interested in the Riverside Renewal scheme.",
    ],
)
def test_what_they_told_or_build_is_a_reason_to_write_to_them(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"


def test_guard_asking_them_to_tell_about_it_is_no_reason():
    report = check_outreach(_why_email("Could you tell me about the magazines your press makes?"))
    assert report.level("why-you") == "warn"


# specific-takeaway: a suggestion that was only to send a résumé, and feedback they gave on
# the writer's own product, teach the writer nothing.
@pytest.mark.parametrize(
    "sentence",
    [
        "As you suggested, I've attached my resume.",
        "As you recommended, I am sending my portfolio.",
        "We are grateful for your comments on the prototype of our new site.",
        "Thank you for your feedback on our app.",
    ],
)
def test_sending_as_suggested_or_feedback_on_our_product_is_no_takeaway(sentence):
    assert check_thank_you(_note(sentence)).level("specific-takeaway") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "As you suggested, I will join the county's planning society.",
        "Your comments on the county's planning calendar were eye-opening.",
    ],
)
def test_guard_advice_taken_and_comments_on_the_field_are_takeaways(sentence):
    assert check_thank_you(_note(sentence)).level("specific-takeaway") == "pass"


# introduces-sender: a career change the sender decided on says who is writing.
@pytest.mark.parametrize(
    "sentence",
    [
        "I recently decided to leap out of insurance sales and go after data science.",
        "I have decided to leave teaching for a career in UX research.",
    ],
)
def test_a_decided_career_change_introduces_the_sender(sentence):
    assert check_outreach(_coffee_request(sentence)).level("introduces-sender") == "pass"


def test_guard_a_decision_of_theirs_introduces_nobody():
    text = _coffee_request("I saw you decided to leave teaching for UX research.")
    assert check_outreach(text).level("introduces-sender") == "fail"


# asks-for-job: asking after the next steps of one's application is a job ask.
def test_the_next_steps_of_an_application_are_a_job_ask():
    sentence = ("I applied recently for the analyst opening at Corvale and would be keen to "
                "know what the next steps are.")
    assert check_outreach(_email(sentence)).level("asks-for-job") == "fail"


def test_guard_the_next_steps_of_a_career_are_no_job_ask():
    sentence = "I'd love your advice on the next steps for someone moving into nursing."
    assert check_outreach(_email(sentence)).level("asks-for-job") == "pass"
