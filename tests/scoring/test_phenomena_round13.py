"""Round 13 (issue #12): phenomena the fresh round-13 cases showed the rules reading wrongly,
each written in our own words from the shape of real messages, not copied from a case: a
note to the person who runs a group the sender joined, feedback wished for on the sender's
own project, a standing offer to pick the conversation up again, and "your remarks on ..."
as what was taken away."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_thank_you
from tests.scoring.phenomena_shapes import in_connection_email as _connection_email
from tests.scoring.phenomena_shapes import in_note as _note
from tests.scoring.phenomena_shapes import in_note_after_a_takeaway as _after_takeaway
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


# states-connection: a group the sender joined and the reader runs is ground they share.
@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for running the Tidewater Data meetup; I have learned a lot since I joined.",
        "As a member of your chapter, I have followed the talks you organise.",
        "I've been part of your volunteer network for a year now.",
    ],
)
def test_a_group_the_sender_joined_is_a_connection(sentence):
    assert check_outreach(_connection_email(sentence)).level("states-connection") == "pass"


def test_guard_joining_a_social_network_is_no_shared_group():
    report = check_outreach(_connection_email("Since I joined LinkedIn I have read many posts."))
    assert report.level("states-connection") != "pass"


# why-you: running the group is what makes them the one to ask.
@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for running the Tidewater Data meetup every month.",
        "Thanks so much for organising the [Community Name] group.",
    ],
)
def test_running_the_group_is_why_them(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"


# asks-a-favour: feedback wished for on the sender's own project is a new favour; feedback
# already given, thanked for, is not.
@pytest.mark.parametrize(
    "sentence",
    [
        "My portfolio site is at the link below; I'd be grateful for any feedback you have on it.",
        "I would really appreciate your honest feedback on the app I mentioned.",
    ],
)
def test_feedback_wished_for_is_a_favour(sentence):
    assert check_thank_you(_after_takeaway(sentence)).level("asks-a-favour") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciated your feedback on my portfolio site.",
        "Thank you for the feedback you gave me on the app.",
    ],
)
def test_guard_feedback_given_and_thanked_for_is_no_favour(sentence):
    assert check_thank_you(_after_takeaway(sentence)).level("asks-a-favour") == "pass"


# asks-to-stay-in-touch: a standing offer to pick the conversation up again keeps the door open.
@pytest.mark.parametrize(
    "sentence",
    [
        "If you ever fancy a virtual coffee to pick the conversation back up, I'd like that.",
        "If you'd like a call some time to pick up our conversation, just say.",
    ],
)
def test_an_offer_to_pick_the_conversation_up_keeps_the_door_open(sentence):
    assert check_thank_you(_after_takeaway(sentence)).level("asks-to-stay-in-touch") == "pass"


# specific-takeaway: their remarks on a named topic are what was taken away.
@pytest.mark.parametrize(
    "sentence",
    [
        "I found your remarks on the hiring outlook in water engineering very encouraging.",
        "Your observations about night-shift staffing have stayed with me.",
    ],
)
def test_their_remarks_on_a_topic_are_a_takeaway(sentence):
    assert check_thank_you(_note(sentence)).level("specific-takeaway") == "pass"


def test_guard_remarks_that_name_nothing_are_no_takeaway():
    assert check_thank_you(_note("Your words were very kind.")).level(
        "specific-takeaway") == "fail"
