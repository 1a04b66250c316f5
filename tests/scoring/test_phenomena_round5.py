"""Job asks seen in the round-4 corpus cases (fresh real messages, in our own words): calls
about a definite opening, offering oneself to an employer, a search for one's next role,
eagerness to join after a job interview; and what stays a pass: the sender's own search told
as context, a job they are stuck in, writing about the reader's own role."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_thank_you


@pytest.mark.parametrize(
    "text",
    [
        "Hello, this is Mara Quist calling about the position in Leeds. You can reach me on "
        "0161 555 0144. Thank you.",
        "Hi Ruth, this is Sam Ode. I'm following up on the résumé I sent you last Friday.",
        "I'm sure I'm the right fit for the logistics coordinator role. I can start Monday!",
        "yo, how do i get on your crew? love your stuff",
        "Shipped two apps with 1M users. Looking for my next early-stage role, would love to "
        "connect and hear what you're building.",
        "Fellow Linwood grad here! Exploring opportunities, would love to connect!",
        "I bring energy and care to a first-rate employer like you. Please call me back.",
    ],
)
def test_job_asks_in_other_words_fail(text):
    assert check_outreach(text, channel="linkedin").level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms. Boyd, I'm a senior at Harlow. I've started applying for jobs this spring and "
        "would love to hear how you got your start in audit. Would 20 minutes suit you?",
        "Hi Omar, I've spent a year in a job that taught me little, and I'm curious how you "
        "moved into research. Could we talk for 15 minutes? Thanks, Lee",
        "Dear Dr. Yu, I'm writing about your role as a hospital chaplain: how did you come to "
        "it? Would you have 20 minutes next week? Thank you, Ana",
        "Hi Kit, I'm exploring opportunities to learn about UX research. Would you share how "
        "you started, in a 15-minute call? Thanks, Jo",
    ],
)
def test_context_and_their_own_role_pass(text):
    assert check_outreach(text).level("asks-for-job") == "pass"


def test_eager_to_join_after_an_interview_is_a_job_ask():
    note = (
        "Dear Ina, thank you for showing me round the studio on Tuesday. Hearing about the "
        "accessibility work makes me even more eager to join a team that cares about it."
    )
    assert check_thank_you(note).level("asks-for-job") == "fail"


def test_a_generic_team_like_yours_is_no_ask():
    text = "I'm keen to join a team like yours one day, so I'd love to hear how you started."
    assert check_outreach(text).level("asks-for-job") == "pass"


def test_still_interested_in_a_job_is_still_an_ask():
    text = "I'm currently very interested in a job on your team. Could we talk?"
    assert check_outreach(text).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "note",
    [
        "I wanted to say how grateful I am for your advice: I've decided to stay in my post "
        "rather than go back for a master's. Thank you!",
        "Thank you for the call. I took your advice and signed up for the evening GIS course.",
        "Thanks to your tip, I rewrote my portfolio around two projects. Thank you again.",
        "Because of our talk, I have applied to the county's planning traineeship. Thanks!",
    ],
)
def test_what_their_advice_led_to_is_a_takeaway(note):
    assert check_thank_you(note).level("specific-takeaway") == "pass"


@pytest.mark.parametrize(
    "note",
    ["I took your advice. Thanks again.", "Thank you for your time. I learned a lot."],
)
def test_acting_on_it_with_nothing_named_is_no_takeaway(note):
    assert check_thank_you(note).level("specific-takeaway") == "fail"


def test_the_note_that_reports_news_keeps_the_door_open():
    note = (
        "I'm happy to tell you that I've accepted a post at Wrenfield as a planner. Thank you "
        "for the months of advice; your tip about council meetings helped me most."
    )
    assert check_thank_you(note).level("asks-to-stay-in-touch") == "pass"


def test_a_meeting_to_sell_is_no_informational_purpose():
    text = (
        "Hi Dana, I've just started as Head of Partnerships at Brightwell. It would be great "
        "to meet for a coffee to talk through how your studio could benefit from our services."
    )
    assert check_outreach(text).level("informational-purpose") == "fail"


def test_learning_how_their_team_uses_a_tool_is_still_a_purpose():
    text = "I'd love to learn how your team uses our city's open data in its reporting."
    assert check_outreach(text).level("informational-purpose") == "pass"


@pytest.mark.parametrize(
    "text",
    [
        "Your LinkedIn profile impressed me, especially where you describe choosing public "
        "health data over finance. Could we talk for 20 minutes?",
        "I came across Tidewell's site, saw that you founded it, and would love to hear how it "
        "grew. Would you have 15 minutes?",
        "I've stayed close to retail because it is what I know. You, though, seem to have moved "
        "into a different sector entirely. Could we talk for 20 minutes?",
        "Noor Haddad gave me your details; she thought it would be worthwhile for me to meet "
        "with you. Would 20 minutes next week suit you?",
    ],
)
def test_reasons_for_this_person_in_other_words(text):
    from infoint.scoring.why_you import find_why_you

    assert find_why_you(text) is not None


def test_a_profile_merely_found_is_no_reason():
    from infoint.scoring.why_you import find_why_you

    assert find_why_you("I found your profile on LinkedIn. Could we talk?") is None


def test_thanks_for_your_consideration_is_a_courtesy_not_a_job_ask():
    text = (
        "Dear Ms. Vance, I'm a planning student at Fenmore and would love to hear about your "
        "work on transit. Would 20 minutes suit you? Thank you for your consideration."
    )
    assert check_outreach(text).level("asks-for-job") == "pass"


def test_interested_in_working_at_a_named_employer_is_a_job_ask():
    text = "I'd be interested in working at Nestwell or a similar startup once I finish!"
    assert check_outreach(text).level("asks-for-job") == "fail"


def test_changing_careers_says_who_is_writing():
    text = "Hi Pia. I'm changing career direction and studying data science. Could we talk?"
    assert check_outreach(text, channel="linkedin").level("introduces-sender") == "pass"


def test_understanding_more_of_the_work_is_a_purpose():
    text = "I'd like to understand more of the science behind your models. Could we talk?"
    assert check_outreach(text).level("informational-purpose") == "pass"


def test_what_a_product_earns_is_not_pay():
    text = "I've built two apps earning $9K in monthly recurring revenue. Could we talk?"
    assert check_outreach(text).level("mentions-pay") == "pass"


@pytest.mark.parametrize(
    "text",
    [
        "I'll pay my own way, although any financial support would be very welcome.",
        "I have been earning 40k a year in retail and wonder what people make in your field.",
    ],
)
def test_money_for_themselves_is_pay(text):
    assert check_outreach(text).level("mentions-pay") == "fail"


def test_a_letter_opening_with_the_name_and_a_colon_greets():
    text = (
        "Dana:\n\nI'm a planning student at Fenmore and would love to hear about your work. "
        "Would 20 minutes suit you? Thank you."
    )
    assert check_outreach(text).level("polite") == "pass"
