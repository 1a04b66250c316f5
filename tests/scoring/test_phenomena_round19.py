"""Round 19 (issue #12): phenomena corpus round 19's dev cases showed the rules reading
wrongly, each written in our own words from the shape of real messages, not copied from a
case: a short German or Swiss German call read as English; "what it is actually like to work
there" read as wanting to work there; a start in common ("you and I both started out in
...") not read as a reason; and the greeting of a reply to an introduction, or one under a
row of emoji, not found."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach
from infoint.scoring.language import detect_language
from tests.scoring.phenomena_shapes import in_request
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


@pytest.mark.parametrize(
    "text",
    [
        "Grüezi, hier spricht Huber. Ich wollte fragen, ob meine Tochter bei Ihnen einmal "
        "schnuppern könnte.",
        "Guten Tag, ich möchte gerne wissen, wie Ihr Alltag aussieht. Hätten Sie Zeit?",
    ],
)
def test_a_short_german_call_is_not_english(text):
    assert detect_language(text) == "de"
    assert check_outreach(text, channel="phone").level("language") == "warn"


def test_a_german_word_in_an_english_message_stays_english():
    text = (
        "Hi Dana, I'm Jo, an engineering student. I'd love to hear about your work at the "
        "Stuttgart plant, where I hope to say more than guten Tag. Would you have 20 minutes?"
    )
    assert detect_language(text) == "en"



@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to ask what it is actually like to work there.",
        "I'd love to hear what it's really like to work there.",
    ],
)
def test_what_the_work_is_like_there_is_no_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "pass"


def test_wanting_to_work_there_still_is():
    text = in_request("I would really like to work there.")
    assert check_outreach(text).level("asks-for-job") == "fail"


def test_a_start_in_common_is_a_reason():
    text = _why_email("I noticed that you and I both started out in marine biology.")
    assert check_outreach(text).level("why-you") == "pass"


@pytest.mark.parametrize(
    "opening",
    [
        "Thanks, Sam, for putting us in touch; I'll move you to bcc.\n\nHi Dana, lovely to "
        "meet you.",
        "\U0001F44B\U0001F44B\nHi Dana,",
    ],
)
def test_a_greeting_after_thanks_to_the_introducer_or_emoji_counts(opening):
    text = (
        f"{opening}\n\nI'm Jo, a geography student. Would you have 20 minutes for a call "
        "next week?\n\nThank you,\nJo"
    )
    report = check_outreach(text)
    assert report.level("polite") == "pass"
    assert report.level("greets-by-name") == "pass"


def test_a_message_sent_bcc_to_many_is_still_impersonal():
    text = (
        "Hi Dana,\n\nI'm sending this bcc to a few planners. Would you have 20 minutes for "
        "a call next week?\n\nThanks,\nJo"
    )
    assert check_outreach(text).level("greets-by-name") != "pass"
