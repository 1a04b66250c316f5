"""The dev cases of corpus round 26 told in sentences of our own (a greeting to a firm's
whole team, a reason given as what the reader used to do, the door kept open in a formal
register), two older dev cases of question lists (advice on the way into the field), and
this stop's probes for false alarms of asks-for-job in outreach (the sender's own offer, a
job as the topic of what they want to know). Each failed on the rules before its change;
the controls marked as such passed there and must keep passing."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_thank_you
from tests.scoring.phenomena_shapes import in_note_after_a_takeaway, in_why_you_email


def _level(report, rule: str) -> str:
    return next(f.level for f in report.findings if f.rule == rule)


def _email(greeting: str) -> str:
    return (f"{greeting}\n\nI'm Lucas, a commerce student at Elm College. Your piece on "
            "freight pricing made me curious about the work. Would you have 15 minutes next "
            "week for a call?\n\nThank you,\nLucas")


@pytest.mark.parametrize("greeting", [
    "Dear Quillmark Team,", "Hi [Company] hiring team,", "Dear Northgate Insurance Group Team:",
    "Hello Fenwick Recruiting Team,",
])
def test_a_firms_whole_team_is_no_one_by_name(greeting: str) -> None:
    assert _level(check_outreach(_email(greeting)), "greets-by-name") == "fail"


@pytest.mark.parametrize("greeting", ["Dear Ana,", "Hi Sam Teal,"])
def test_control_a_person_is_greeted_by_name(greeting: str) -> None:
    assert _level(check_outreach(_email(greeting)), "greets-by-name") == "pass"


@pytest.mark.parametrize("sentence", [
    "I see you used to recruit for Norland.",
    "I noticed you used to work at Norland before moving into policy.",
    "I saw that you used to teach before joining Norland.",
])
def test_what_they_used_to_do_is_a_reason(sentence: str) -> None:
    assert _level(check_outreach(in_why_you_email(sentence)), "why-you") == "pass"


@pytest.mark.parametrize("sentence", [
    "I used to work at Norland too.",  # control: the sender's past, not theirs
    "I see you used to it by now.",
])
def test_control_the_senders_past_is_no_reason(sentence: str) -> None:
    assert _level(check_outreach(in_why_you_email(sentence)), "why-you") == "warn"


@pytest.mark.parametrize("sentence", [
    "I will make a point of informing you of my progress.",
    "I would value the chance to keep up our professional acquaintance.",
    "I shall keep you apprised.",
])
def test_the_door_kept_open_formally(sentence: str) -> None:
    note = check_thank_you(in_note_after_a_takeaway(sentence))
    assert _level(note, "asks-to-stay-in-touch") == "pass"


@pytest.mark.parametrize("sentence", [
    "I hope to maintain this relationship with my current employer.",  # control
    "Our team will advise you on the outcome of the survey.",  # control
])
def test_control_other_relationships_and_news_are_no_door(sentence: str) -> None:
    note = check_thank_you(in_note_after_a_takeaway(sentence))
    assert _level(note, "asks-to-stay-in-touch") == "fail"


# questions asks-for-job: advice on the way into the field, and what lies ahead for an
# occupation (dev cases of rounds 6 and 15, still misread at e4dcd5e).
_BASE = ["What does a typical week look like for you?", "How did you get started in this work?",
         "What advice would you give someone starting out?"]


def _asks_for_job(question: str) -> bool:
    from infoint.scoring import check_questions

    report = check_questions([*_BASE, question], minutes=20)
    return any(f.rule == "asks-for-job" and f.level != "pass" for f in report.findings)


@pytest.mark.parametrize("question", [
    "Given what you now know about me, what would be the best way for me to land a job in "
    "this field?",
    "What is the best way for me to get a job in this field?",
    "What is the best way for me to land a role in your field?",
    "What openings and difficulties do you see ahead for this occupation?",
    "What openings do you see ahead for this line of work?",
])
def test_advice_on_the_way_into_the_field_is_no_ask(question: str) -> None:
    assert not _asks_for_job(question)


@pytest.mark.parametrize("question", [
    "What is the best way for me to get a job at your firm?",  # controls: their firm
    "What is the best way for me to get a job here?",
    "What's the best way for me to join your team?",
    "Are there any openings on your team right now?",
    "Could you refer me for a job at your company?",
])
def test_control_a_way_into_their_firm_still_asks(question: str) -> None:
    assert _asks_for_job(question)


def _outreach_job(sentence: str) -> str:
    text = (f"Dear Ms Rowe,\n\nI'm Kit Alvarez, a third-year economics student at Elm. "
            f"{sentence} Would you have 20 minutes for a call in the next few weeks?\n\n"
            "Thank you,\nKit")
    return _level(check_outreach(text), "asks-for-job")


@pytest.mark.parametrize("sentence", [
    "I recently accepted an internship offer for the summer and want to learn more about the "
    "field before I start.",
    "I lead a careers club at Elm, and our members keep asking what a role in data journalism "
    "is really like.",
    "I'd like to know what a job at your firm involves day to day.",
])
def test_the_senders_own_offer_and_a_job_as_the_topic_are_no_ask(sentence: str) -> None:
    assert _outreach_job(sentence) == "pass"


@pytest.mark.parametrize("sentence", [
    "I'd love an internship offer from your firm.",  # controls: asks
    "I received a rejection last month and would love a job at your company.",
    "Could you tell me how a role on your team could open up for me?",
])
def test_control_an_offer_or_a_role_asked_for_still_asks(sentence: str) -> None:
    assert _outreach_job(sentence) == "fail"


def test_a_denial_counts_beside_a_question_on_what_they_look_for() -> None:
    text = ("Dear Ms Lin, I'm Kit, a student at Elm. I'm not looking for a job; I'd just like to "
            "learn what your team does day to day. Would a 15-minute call next week suit you?")
    f = next(f for f in check_outreach(text).findings if f.rule == "asks-for-job")
    assert f.level == "pass" and "not asking for a job" in f.message
    # control: a field's outlook with a negation is no denial of asking
    outlook = text.replace("I'm not looking for a job; I'd just like to learn what your team "
                           "does day to day.", "There aren't many jobs in this field, so I'd "
                           "love to hear how you got in.")
    f = next(f for f in check_outreach(outlook).findings if f.rule == "asks-for-job")
    assert f.level == "pass" and "not asking" not in f.message
