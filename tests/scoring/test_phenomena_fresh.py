"""Phenomena that new real messages (corpus round two, issue 12) showed the rules missing.

Each test is a real shape rewritten with made-up names: a job ask that names no job, a
connection that is a template option, a connection that comes after the introduction, a
self-description that is no wish to learn, thanks that keep the door open in other words.
"""

import pytest

from infoint.scoring import check_outreach, check_questions, check_thank_you


def level(text, rule, **kw):
    return check_outreach(text, **kw).level(rule)


@pytest.mark.parametrize(
    "sentence",
    [
        "Priya Shah told me you were looking to hire a few people this spring.",
        "If possible, I'd also like to ask you for referrals that could help my career.",
        "I found a few roles there that fit my background in data platforms.",
        "I'm exploring new roles in product design and would value a chat.",
        "Do you have a few minutes for a quick chat about opportunities?",
    ],
)
def test_job_asks_that_name_no_job_fail(sentence):
    assert level(f"Hi Dana, I'm a designer. {sentence} Thanks, Lee", "asks-for-job") == "fail"


def test_a_referral_to_anyone_in_the_field_is_not_a_job_ask():
    text = "Hi Dana, I'm a designer. I'd appreciate a referral to anyone in the field. Thanks"
    assert level(text, "asks-for-job") == "pass"


def test_a_connection_offered_inside_a_gap_is_only_the_source_around_it():
    text = ("Hi [Name], I'm [Your Name], a [Year] at [University]. I found your profile through "
            "[LinkedIn/alumni platform]. Could we talk for 20 minutes? Thank you")
    assert level(text, "states-connection") == "warn"  # found through ...: a source
    assert level(text, "introduces-sender") == "pass"  # a gap for the role still introduces


def test_the_connection_after_a_pleasantry_and_the_introduction_still_comes_first():
    text = ("Hi Maya,\n\nI hope all is well! I'm Tom, a second-year nursing student. Dr. Park "
            "suggested I contact you. Could we talk for 15 minutes? Thank you, Tom")
    assert level(text, "connection-first") == "pass"


def test_a_connection_after_two_sentences_of_substance_is_late():
    text = ("Hi. I'm a former reporter at the Courier who lost my job in May. I'm working out "
            "where my skills fit best. Hana Ricci suggested I talk to you. Could we meet for "
            "20 minutes? Thanks, Leo")
    assert level(text, "connection-first") == "warn"


def test_no_connection_is_not_also_told_to_move_it():
    text = "Hi Dana, I'm Lee, a designer. Could we talk for 20 minutes about your work? Thanks"
    report = check_outreach(text)
    assert report.level("states-connection") == "fail"
    assert report.level("connection-first") == "pass"  # nothing to move: one piece of advice
    assert "connection-first" in report.skipped


def test_their_post_on_a_topic_is_a_source():
    text = "Hi Ana, your post on staff turnover in kitchens matched what I see. Glad to connect."
    assert level(text, "states-connection", channel="linkedin") == "warn"


def test_their_own_experience_is_no_wish_to_learn():
    text = ("Hey Dana! I'm a software student. I'm looking for an internship, and I have some "
            "experience already. I'd love to hear back from you!")
    assert level(text, "informational-purpose") == "fail"


def test_information_about_the_field_is_a_purpose():
    text = ("Hello Ms. Ortiz, Jo Lee suggested I call. I'm not looking for a job, only "
            "information about the field. Could we talk for 20 minutes?")
    assert level(text, "informational-purpose", channel="phone") == "pass"


def test_asking_them_to_look_over_the_resume_attaches_it():
    text = "Hi Jane, this is Mark. Tom gave me your name. Could you look over my résumé?"
    assert level(text, "attaches-resume", channel="phone") == "fail"


@pytest.mark.parametrize(
    "close",
    [
        "If there's ever anything I can help you with, please get in touch.",
        "Once I've spoken to Nadia, I'll send you a quick email.",
        "Please don't hesitate to reach out if I can return the favour.",
        "What would be a sensible next step?",
    ],
)
def test_thanks_that_keep_the_door_open(close):
    text = f"Dear Helen, thank you for meeting me; your advice on grants was useful. {close}"
    assert check_thank_you(text, channel="email").level("asks-to-stay-in-touch") == "pass"


def test_knowing_where_to_look_is_a_takeaway():
    text = "Dear Helen, thank you. Knowing where to find the survey data was just what I needed."
    assert check_thank_you(text, channel="email").level("specific-takeaway") == "pass"


def test_working_on_a_dissertation_introduces_the_sender():
    text = "Dear Sir, I'm writing a dissertation on local radio. Could you answer one question?"
    assert level(text, "introduces-sender") == "pass"


def test_their_club_on_campus_is_a_shared_school():
    text = ("Dear Jo, I'm Sam, a junior at Elm College. I see you were part of the rowing club on "
            "campus and now work in Boston. Could we speak for 15 minutes? Thank you")
    assert level(text, "states-connection") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm trying to learn as much as I can about the customer service field.",
        "Could you talk with me briefly about the skills I would need?",
        "I'm keen to explore nursing by shadowing for a morning.",
    ],
)
def test_more_ways_of_saying_what_the_meeting_is_for(sentence):
    assert level(f"Dear Dr. Ruiz, I am Ana, a student. {sentence} Thank you",
                 "informational-purpose") == "pass"


def test_with_all_your_experience_is_no_wish_to_learn():
    text = ("Jenna, here are links to my work. I hope that with all your experience you can "
            "tell me why nobody hires me.")
    assert level(text, "informational-purpose") == "fail"


@pytest.mark.parametrize(
    "sentence", ["I've added links to my résumé and portfolio.", "i hav sent u my resume"]
)
def test_a_resume_sent_or_linked_is_attached(sentence):
    assert level(f"Hi Jo, I'm Sam. {sentence} Thanks", "attaches-resume") == "fail"


def test_x_gaps_are_placeholders_not_chat_speak():
    text = ("Dear Dr. Xxxxxx, I'm a student keen to explore (xxxxxx) by shadowing. "
            "Could I visit for 20 minutes? Thank you")
    report = check_outreach(text)
    assert report.level("placeholders") == "fail"
    assert report.level("polite") == "pass"


@pytest.mark.parametrize(
    "question",
    ["What do you look for when hiring?",
     "If you were hiring for an entry-level role, what would you look for?"],
)
def test_asking_what_they_look_for_in_a_hire_is_advice(question):
    report = check_questions([question, "How did you get started in this work?"], minutes=15)
    assert report.level("asks-for-job") == "pass"


def test_asking_them_to_consider_you_is_still_an_ask():
    report = check_questions(["What would make you consider me for the analyst opening?"])
    assert report.level("asks-for-job") == "fail"
