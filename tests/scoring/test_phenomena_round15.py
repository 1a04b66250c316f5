"""Round 15 (issue #12): phenomena the new dev cases of corpus round 15 showed the rules
reading wrongly, each written in our own words from the shape of real messages, not copied
from a case: a note whose only ask is a question, who the sender is told as where they stand
("close to finishing a bootcamp"), a purpose put as a question or as "understand", a pitch of
one's fit read as a wish to learn, someone who would get the sender hired read as a third
person, a meeting placed by when it happened, and praise too vague to be a takeaway."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_thank_you
from tests.scoring.phenomena_shapes import in_connection_email as _connection_email
from tests.scoring.phenomena_shapes import in_email as _email
from tests.scoring.phenomena_shapes import in_note as _note
from tests.scoring.phenomena_shapes import in_request as _request
from tests.scoring.phenomena_shapes import in_unsigned_request as _unsigned_request
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


def _level(text: str, rule: str, channel: str = "email") -> str:
    return check_outreach(text, channel=channel).level(rule)


# asks-as-question: a short note that asks nothing but a question puts its ask as a question,
# even when that ask is no meeting.
@pytest.mark.parametrize(
    "text",
    [
        "Hi Omar, I'm Bea, a junior designer. Your piece on icon grids was great. As a lead "
        "on the design system, what do you find hardest about keeping it consistent?",
        "Hello Rui, I saw on your profile that we both trained as nurses. Shall we connect?",
        "Hi Tess, I'm about to finish a data course. I wanted to ask: do you think a portfolio "
        "matters more than a certificate for a first analyst job?",
    ],
)
def test_a_note_whose_only_ask_is_a_question_asks_as_a_question(text):
    assert _level(text, "asks-as-question", "linkedin") == "pass"


# ... but a statement with a rising tone is not a question, and a wish stated beside a
# question on the topic is still a statement.
@pytest.mark.parametrize(
    "text",
    [
        "Hello, it's Dev Rao, I'm calling about the analyst opening you posted? If you could "
        "ring me back that would be great. Thanks.",
        "Hi Ana, I'm Jo, a planning student. Which skills do you think matter most? I would be "
        "glad to hear your view over coffee someday. Thanks, Jo",
    ],
)
def test_uptalk_and_a_stated_wish_are_not_a_question(text):
    assert _level(text, "asks-as-question") == "fail"


# introduces-sender: where the sender stands on their way says who they are.
@pytest.mark.parametrize(
    "sentence",
    [
        "I'm close to finishing a nine-month coding bootcamp in Leeds.",
        "I'm getting myself ready for a move into hospital pharmacy.",
        "I come from a background in retail banking.",
    ],
)
def test_where_the_sender_stands_introduces_them(sentence):
    assert _level(_unsigned_request(sentence), "introduces-sender") == "pass"


# informational-purpose: a question on their work, a wish to understand, questions to ask
# about their career all say what the meeting is for.
@pytest.mark.parametrize(
    "sentence",
    [
        "How do you get busy clinicians to try a new booking system?",
        "I'd like to understand how grant budgets are drawn up in a small charity.",
        "I have a couple of questions I'd love to ask about the move into audit.",
        "Would you be open to answering a few questions by email about your library career?",
    ],
)
def test_a_question_or_a_wish_to_understand_is_a_purpose(sentence):
    assert _level(_email(sentence), "informational-purpose") == "pass"


# ... while a pitch of one's fit is no wish to learn, and asks for the job.
def test_how_my_background_fits_your_team_is_a_pitch():
    text = (
        "Hi Mei, I'm Noor, an analyst at Cobalt Freight. I saw your team is growing. Would you "
        "be open to a call to talk about how my background could fit what your team needs? "
        "Thanks, Noor"
    )
    report = check_outreach(text)
    assert report.level("informational-purpose") == "fail"
    assert report.level("asks-for-job") == "fail"


def test_how_my_skills_fit_a_field_is_still_a_question_about_the_field():
    text = (
        "Hi Mei, I'm Noor, an analyst at Cobalt Freight. Would you have 20 minutes to talk "
        "about how my skills might fit in consulting? Thanks, Noor"
    )
    report = check_outreach(text)
    assert report.level("informational-purpose") == "pass"
    assert report.level("asks-for-job") == "pass"


# asks-for-job: someone who would get the sender hired is not a third person.
@pytest.mark.parametrize(
    "sentence",
    [
        "Could you put me in touch with someone who could help me land a job at Larkspur?",
        "Could you introduce me to somebody who can get me hired on your team?",
    ],
)
def test_someone_who_would_get_me_hired_is_a_job_ask(sentence):
    assert _level(_connection_email(sentence), "asks-for-job") == "fail"


def test_what_someone_needs_to_land_a_job_is_still_a_question_about_the_field():
    sentence = "What would someone need to land a job in urban forestry these days?"
    assert _level(_connection_email(sentence), "asks-for-job") == "pass"


# states-connection: a meeting placed by when it happened is where they met.
def test_we_spoke_the_other_night_is_a_connection():
    sentence = "We spoke the other night about the river survey you are running."
    assert _level(_connection_email(sentence), "states-connection") == "pass"


# why-you: whom they hire, or a piece of theirs that interests the sender, is a reason.
@pytest.mark.parametrize(
    "sentence",
    [
        "I noticed you're hiring for the new logistics team at Corvel.",
        "Your work with small rural clinics interests me a great deal.",
    ],
)
def test_whom_they_hire_or_what_interests_the_sender_is_a_reason(sentence):
    assert _level(_why_email(sentence), "why-you") == "pass"


def test_being_interested_to_hear_about_their_experience_is_no_reason():
    sentence = "I'd be interested to hear about your experience."
    assert _level(_why_email(sentence), "why-you") == "warn"


# specific-takeaway: "a clear picture of who you are" and "your own experience" name nothing.
@pytest.mark.parametrize(
    "sentence",
    [
        "I came away with a clear picture of who you are as a company.",
        "I enjoyed hearing about your own experience and the opportunities you have had.",
    ],
)
def test_vague_praise_is_no_takeaway(sentence):
    assert check_thank_you(_note(sentence)).level("specific-takeaway") == "fail"


def test_a_clear_picture_of_something_named_is_a_takeaway():
    sentence = "I came away with a clear picture of how grant budgets are reviewed."
    assert check_thank_you(_note(sentence)).level("specific-takeaway") == "pass"


# asks-for-job: more disguised asks in the shapes career advisers warn about.
@pytest.mark.parametrize(
    "sentence",
    [
        "I have attached my CV in case there is a fit.",
        "Could I send you my résumé to pass along?",
        "I'd be thrilled to contribute to your team.",
        "Do you know of anyone who is looking for a junior designer?",
        "Let me know if you need any help on your projects; I'm eager to gain experience.",
    ],
)
def test_disguised_asks_in_other_shapes_fail(sentence):
    assert _level(_connection_email(sentence), "asks-for-job") == "fail"


# ... and their harmless neighbours pass.
@pytest.mark.parametrize(
    "sentence",
    [
        "In case there is a need to reschedule, my number is below.",
        "I know someone looking for a mentor too.",
        "Do you know of anyone else I should talk to?",
        "Do you know anyone who has made the same move?",
        "I'd be glad to contribute to the discussion at your next panel.",
    ],
)
def test_their_harmless_neighbours_pass(sentence):
    assert _level(_connection_email(sentence), "asks-for-job") == "pass"


# introduces-sender: more shapes of who is writing.
@pytest.mark.parametrize(
    "sentence",
    [
        "I graduate in June with a degree in geology.",
        "I've been teaching maths for six years.",
        "I am originally from Lagos and now study in Leeds.",
        "I'm one of the volunteers at the food bank.",
        "As someone who has spent ten years in sales, I'm curious about product work.",
        "I'm part of the graduate scheme at Norbury Council.",
        "I'm hoping to move into data analysis from teaching.",
        "I recently relocated to Bristol from Madrid.",
    ],
)
def test_more_shapes_of_who_is_writing_introduce_them(sentence):
    assert _level(_unsigned_request(sentence), "introduces-sender") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I've been following your work for years.",
        "As someone who is busy, you may not have much time.",
        "I'm one of the many readers of your blog.",
        "I'm hoping to move the call to Friday if that suits.",
    ],
)
def test_what_the_sender_does_for_them_introduces_nobody(sentence):
    assert _level(_unsigned_request(sentence), "introduces-sender") == "fail"


# informational-purpose: more shapes of a wish to learn, and one that is not.
@pytest.mark.parametrize(
    "sentence",
    [
        "Could you share a bit about your day-to-day?",
        "Could I ask you a few things about your work?",
        "I'm exploring careers in urban planning.",
        "What would you advise someone in my position?",
    ],
)
def test_more_shapes_of_a_purpose(sentence):
    assert _level(_request(sentence), "informational-purpose") == "pass"


def test_exploring_roles_at_their_company_is_no_purpose():
    report = check_outreach(_request("I'm exploring roles in your company."))
    assert report.level("informational-purpose") == "fail"
    assert report.level("asks-for-job") == "fail"


# polite: offering an easy way out is a courteous close.
def test_no_worries_if_not_is_a_courteous_close():
    text = (
        "Hi Dana, I'm Jo, a planning student at Elm College. Would you have 20 minutes next "
        "week to tell me about your work? No worries if not! Jo"
    )
    assert _level(text, "polite") == "pass"


# specific-takeaway: "a lot to think about" names nothing.
def test_a_lot_to_think_about_is_no_takeaway():
    assert check_thank_you(_note("You gave me a lot to think about.")).level(
        "specific-takeaway") == "fail"


# subject-line: subjects that say nothing of why.
@pytest.mark.parametrize(
    "subject", ["Touching base", "Opportunity", "Coffee?", "Introducing myself"]
)
def test_subjects_that_say_nothing_of_why_get_a_finding(subject):
    text = _request("I'd love to hear how you got into planning.")
    assert check_outreach(text, subject=subject).level("subject-line") == "fail"


def test_a_subject_naming_the_field_passes():
    text = _request("I'd love to hear how you got into planning.")
    subject = "Coffee and a question about urban planning?"
    assert check_outreach(text, subject=subject).level("subject-line") == "pass"


# why-you: more shapes of a reason, and their generic neighbours.
@pytest.mark.parametrize(
    "sentence",
    [
        "Your team built the transit app I use every day.",
        "Your career, from paralegal to partner, is exactly the path I hope to take.",
        "I saw your comment on the thread about apprenticeships and agreed.",
    ],
)
def test_more_shapes_of_a_reason(sentence):
    assert _level(_why_email(sentence), "why-you") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I came across your profile on LinkedIn.",
        "I saw your profile and your role at the bank.",
        "I saw your company made the news.",
    ],
)
def test_what_anyone_there_has_is_no_reason(sentence):
    assert _level(_why_email(sentence), "why-you") == "warn"
