"""Phenomena from corpus round three (issue 12): job asks that wait for a vacancy, room
for the sender, a posted role dressed as a wish to learn; and the wordings that only look
like them (rescheduling, the recipient's own path, a denial, the field's outlook).
"""

import pytest

from infoint.scoring import check_outreach


def level(text, rule, **kw):
    return check_outreach(text, **kw).level(rule)


def wrap(sentence):
    return f"Hi Dana, I'm Lee, a design student. {sentence} Thank you, Lee"


@pytest.mark.parametrize(
    "sentence",
    [
        "Please let me know if anything opens up on your team.",  # waiting for a vacancy
        "Should a spot come up this summer, I'd be grateful to hear.",
        "Let me know if you hear of anything suitable.",
        "I could send my résumé in case something comes up.",
        "Do you know if your team has room for a junior analyst?",  # room for the sender
        "Do you think there might be a place for me at your firm?",
        "I'd love to get my foot in the door at your company.",
        "Does your studio take summer interns?",
        "Please consider me for anything suitable.",
        "I'd be grateful for any guidance or a referral.",  # the referral tucked behind advice
        "I saw the [Role] opening at [Company] and wanted to write.",  # a posted role, in a gap
        "I'd like to understand what you're looking for in this role.",  # posting as wish
    ],
)
def test_disguised_job_asks_fail(sentence):
    assert level(wrap(sentence), "asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "If something comes up, feel free to reschedule.",  # about the meeting
        "If anything comes up before our call, just tell me.",
        "How did you get your foot in the door?",  # their path, not a way in for the sender
        "What do you enjoy most in this role?",  # the recipient's own role
        "What do you look for when you take on interns?",  # advice on hiring
        "Is there room for growth in this field?",
        "What is the outlook for jobs in the field?",  # the field's outlook
        "Thank you for the referral to your colleague Sam.",
    ],
)
def test_wordings_that_only_look_like_asks_pass(sentence):
    assert level(wrap(sentence), "asks-for-job") == "pass"


def test_a_denial_of_the_ask_is_praised_as_one():
    report = check_outreach(wrap("I am not asking you to keep me in mind for a role."))
    finding = report.by_rule("asks-for-job")
    assert finding.level == "pass" and "not asking" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "I've just read your article on pricing subscription software.",  # their writing
        "Your talk last week was a real hit with my classmates.",
        "Your background in health data really stood out to me.",  # their background, struck
        "Since you've made that move yourself, I'd value your view.",  # their path
        "The way you went from nursing to product design is the route I have in mind.",
        "Our tutor said nobody knows more about dredging law than you.",  # a referrer's reason
        "I saw that you recruit for the graduate scheme there.",  # their role, noticed
        "I was struck by how you use maps to explain housing data.",
        "We both work in supply-chain analytics, so I'd love to swap notes.",
    ],
)
def test_a_reason_for_choosing_this_person_passes_why_you(sentence):
    report = check_outreach(wrap(sentence))
    finding = report.by_rule("why-you")
    assert finding.level == "pass"
    s, e = finding.span
    assert 0 <= s < e <= len(wrap(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I found your profile on LinkedIn.",  # a source, not a reason
        "We went to the same school, so I thought I'd write.",  # a connection, not a reason
        "I'd love to hear about your work at the company.",  # could go to anyone there
        "I hoped I might ask how you got your start in magazines.",  # a topic to ask about
        "Your firm caught my interest.",  # the firm, not the person
    ],
)
def test_no_reason_for_this_person_is_a_suggestion_not_a_fault(sentence):
    report = check_outreach(wrap(sentence))
    assert report.level("why-you") == "warn"


def test_why_you_costs_a_little_and_known_recipients_need_no_reason():
    base = wrap("I'd love to hear how you started.")
    with_reason = wrap("Since you made that move yourself, I'd love to hear how you started.")
    # only ever a warn, weighted 10: the missing reason takes a twentieth off, no more
    assert check_outreach(base).score < check_outreach(with_reason).score
    assert check_outreach(base).score >= 0.9 * check_outreach(with_reason).score
    assert check_outreach(base, knows_recipient=True).level("why-you") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Is the remuneration competitive for juniors?",
        "What do entry-level people typically take home?",
        "What is the take-home pay like in the first year?",
        "What can a junior analyst expect to make?",  # already read; kept as a guard
        "Do graduates earn enough to live in the city?",
    ],
)
def test_pay_in_other_words_fails(sentence):
    assert level(wrap(sentence), "mentions-pay") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "The key take-home message for me was to network early.",
        "I will take home a lot from our chat.",
        "I earned a scholarship to study abroad.",
    ],
)
def test_words_that_only_look_like_pay_pass(sentence):
    assert level(wrap(sentence), "mentions-pay") == "pass"


def thank_you(sentence):
    from infoint.scoring import check_thank_you

    text = f"Dear Ana, Thank you for meeting me on Tuesday. {sentence} Best, Lee"
    return check_thank_you(text).level("asks-for-job")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the job leads you shared.",  # thanks for what they gave
        "Thank you for offering to forward my résumé to your manager.",
        "Thanks for telling me about the opening at Brightline; I will apply there.",
        "Thank you for the referral to your colleague Sam; I've written to her.",
    ],
)
def test_thanks_for_what_they_gave_is_no_ask(sentence):
    assert thank_you(sentence) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for considering me for the analyst role.",  # treats it as a job interview
        "Thanks in advance for passing my CV along.",  # thanks in advance asks
        "Thank you for your time, and please keep me in mind if a position opens up.",
        "I'm still very interested in joining your team.",
    ],
)
def test_asks_to_be_considered_in_a_thank_you_fail(sentence):
    assert thank_you(sentence) == "fail"
