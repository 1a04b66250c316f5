"""Round 16 (issue #12): phenomena the new dev cases of corpus round 16 showed the rules
reading wrongly, each written in our own words from the shape of real messages, not copied
from a case: questions a company's site or a person's profile answers, a question about
headquarters that is not where they are, a guess at how busy they are or a release from
replying read as a demand, and a thank-you that presses to be considered for the role."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_questions, check_thank_you
from tests.scoring.phenomena_shapes import in_note as _note


def _asking(sentence: str) -> str:
    """A short, courteous request with ``sentence`` before its thanks."""
    return f"Hi Dana, I'm Jo, a student. Would you have 20 minutes next week? {sentence} Thanks, Jo"


# web-searchable: what the company does, or what the person does, asked bare.
@pytest.mark.parametrize(
    "question",
    [
        "So what is it that your company does?",
        "What does your firm actually do?",
        "What is it that you do?",
        "What exactly is your job?",
    ],
)
def test_what_their_site_or_profile_says_is_web_searchable(question):
    assert check_questions([question]).level("web-searchable") == "fail"


@pytest.mark.parametrize(
    "question",
    [
        "What do you do on a typical day?",
        "What brought you to the Leeds office, away from headquarters?",
        "What is your job like in the busy season?",
    ],
)
def test_what_only_they_can_say_is_not_web_searchable(question):
    assert check_questions([question]).level("web-searchable") == "pass"


# polite: "how busy you must be" and "don't feel you need to reply" are courtesy, not demands.
@pytest.mark.parametrize(
    "sentence",
    [
        "I know how busy you must be.",
        "Please don't feel you need to write a long reply.",
    ],
)
def test_courtesy_about_their_time_is_no_demand(sentence):
    assert check_outreach(_asking(sentence)).level("polite") == "pass"


@pytest.mark.parametrize("sentence", ["You must reply by Friday.", "You need to tell me today."])
def test_an_order_is_still_a_demand(sentence):
    assert check_outreach(_asking(sentence)).level("polite") == "fail"


# asks-for-job (thank-you): pressing to be considered for the role is a job ask.
def test_serious_consideration_for_the_role_is_a_job_ask():
    note = _note("I hope you will give me serious consideration for the role.")
    assert check_thank_you(note).level("asks-for-job") == "fail"


def test_thanks_for_considering_my_questions_is_not():
    note = _note("Thanks for your consideration of my questions.")
    assert check_thank_you(note).level("asks-for-job") == "pass"
