"""Round 8 (issue #12): phenomena the rules still read wrongly, each written in our own words
from the shape of real messages, not from one corpus case: a job seeker's own search aimed
at the reader's employer, a plea to be placed, contract work offered, and the job wanted
outright; beside them, what must stay a pass (jobs for other people, thanks for help in a
search already given)."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_questions, check_thank_you
from tests.scoring.phenomena_shapes import in_connection_email as _link_email
from tests.scoring.phenomena_shapes import in_email as _email
from tests.scoring.phenomena_shapes import in_note as _note
from tests.scoring.phenomena_shapes import in_note_after_a_takeaway as _after_takeaway
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


@pytest.mark.parametrize(
    "sentence",
    [
        # the sender's present search, aimed at roles
        "I'm looking at product roles at Harbourline and your path caught my eye.",
        "I'm after roles where my fundraising experience would count.",
        "I am currently targeting analyst positions with Corvale.",
        "I've been looking into operations jobs at your company this spring.",
        # where they would fit
        "Could we chat about where someone with my background could contribute?",
        "I'd love to hear where I might fit in at Ostrava Labs.",
        "I wonder how I might fit into your team.",
        # pleas to be placed
        "Please accept me into your research group.",
        "Would you take me into your studio for the summer?",
        "Could you find me some work over the summer?",
        "Is there any chance you could find me something?",
        "I would be honoured to join your distinguished organisation.",
        # contract work offered
        "I'd like to discuss some freelance design work with you.",
        "I'd welcome any short-term consulting work with Bramley.",
        "I could be a reliable contractor while your practice grows.",
        # the same idea in yet other words
        "I'm currently on the lookout for a junior analyst role.",
        "If your team ever needs an extra pair of hands, I'm available.",
        "My goal is to land a role on your team.",
        "Any chance your team is growing?",
        "Could you tell me how to get hired at Corvale?",
        "I am writing to enquire about employment with your company.",
        "I'm interested in any entry-level work you might have.",
        "I'd love to get a sense of whether I'd be a fit at Corvale.",
    ],
)
def test_disguised_job_asks_in_outreach_fail(sentence):
    assert check_outreach(_email(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm looking into careers in public health at the moment.",
        "I was looking at roles in policy last year, before I went back to school.",
        "I'd love to hear how you chose where to take your career.",
        "I'm not looking at roles right now; I only want to learn about the field.",
        "I'd love to hear what you learned when you joined your first team.",
        "What helped you get hired at Corvale?",
        "I'd love to hear what it took for you to land a role at Corvale.",
        "I'd love to understand how your team is growing its research work.",
    ],
)
def test_guard_search_context_without_an_ask_passes(sentence):
    # A guard, passing before this round too: the new search patterns must not reach these.
    assert check_outreach(_email(sentence)).level("asks-for-job") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I would very much like this job and hope we can work together.",
        "I really want this role, and I hope that came across.",
        "I'd truly love the position you described.",
        "I look forward to the next steps.",
        "We would work well together, and I look forward to our next steps.",
    ],
)
def test_wanting_the_job_in_a_thank_you_fails(sentence):
    assert check_thank_you(_note(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        # reported advice about other people's openings
        "You showed me that there are openings for people willing to create them.",
        # thanks for help already given
        "You have been a real help in my job search, and I am grateful.",
        "You've been a great help with my job search this year.",
    ],
)
def test_thanks_that_only_mention_jobs_pass(sentence):
    assert check_thank_you(_note(sentence)).level("asks-for-job") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "You said that there are roles for newcomers who learn the software early.",
        "I look forward to the next steps in my training.",
    ],
)
def test_guard_other_people_s_roles_and_one_s_own_next_steps_pass(sentence):
    # Guards, passing before this round too: the new patterns must not reach these.
    assert check_thank_you(_note(sentence)).level("asks-for-job") == "pass"


def test_guard_openings_for_people_like_me_still_ask():
    # A guard: "jobs for other people" must not swallow an ask for the sender.
    sentence = "Do you have any openings for people with my background?"
    assert check_outreach(_email(sentence)).level("asks-for-job") == "fail"


# introduces-sender: a name says who is writing only with something of what they do. A
# signed first name alone under a request says nothing; a name after a dash, a signature
# over several lines of contact details, or "I'm writing an article for my class" does.
_ASK = "Would you have 20 minutes next week to talk about your work at Pellham?"


def test_a_bare_first_name_does_not_introduce():
    email = f"Hi Marco,\n\n{_ASK}\n\nBest,\nLena"
    assert check_outreach(email).level("introduces-sender") == "fail"


def test_guard_a_stock_invitation_signed_after_a_dash_does_not_introduce():
    # A guard, failing before this round too: the new dash signature must not pass it.
    email = "I'd like to add you to my network on LinkedIn.\n\n- Dana Whitlow"
    assert check_outreach(email).level("introduces-sender") == "fail"


@pytest.mark.parametrize(
    "email",
    [
        # a name after a dash, with what they do told in the message
        "Hi Ana,\n\nYour talk pushed me to study supply chains at night. " + _ASK
        + "\n\n-Ravi Shah",
        # a signature block longer than three lines
        "Hi Ana,\n\n" + _ASK + "\n\nKind regards,\n\nJordan Pike\nLinkedIn: jpike\n"
        "GitHub: jpike-dev\n\nPhone: 555-0110",
        # what they are doing that brings them here
        "Dear Mr. Hale,\n\nI'm writing an article for my journalism class about rural clinics. "
        + _ASK,
    ],
)
def test_who_is_writing_told_in_other_shapes_introduces(email):
    assert check_outreach(email).level("introduces-sender") == "pass"


# why-you: praise of what every professional has ("your path stood out", "your career is
# impressive", "I found your profile and noticed ...") could go to anyone; naming what in it
# struck them makes it a reason.
def _why(sentence: str) -> str:
    return check_outreach(_why_email(sentence)).level("why-you")


@pytest.mark.parametrize(
    "sentence",
    [
        "I found your profile while looking into product design, and your path stood out to me.",
        "I came across your profile and noticed we have a few contacts in common.",
        "Your whole career is impressive, and I'm sure it holds many lessons.",
        "Your experience really impressed me.",
    ],
)
def test_generic_praise_is_no_reason(sentence):
    assert _why(sentence) == "warn"


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: what struck them is named, so these stayed reasons
        "Your path from teaching into product design stood out to me.",
        "Your background in [relevant area] stood out.",
        "I came across your profile, an impressive path through three regional banks.",
        "I really enjoyed your talk on rural broadband last spring.",
    ],
)
def test_guard_praise_that_names_what_struck_them_is_a_reason(sentence):
    assert _why(sentence) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        # the reason given outright
        "Given your role in the admissions office at Hale College, your view would help a lot.",
        "Because of your experience running the county's food banks, I thought of you first.",
        # high praise, told some words after what it praises
        "Your work across the regional transit board and two city councils is remarkable.",
    ],
)
def test_a_reason_given_outright_or_praised_after_a_long_phrase(sentence):
    assert _why(sentence) == "pass"


# specific-takeaway: what the reader learned about the writer is not the writer's takeaway;
# the company's general activities ("the products it makes") are no lesson; the hearing done
# ("great to meet you and hear about ...") and a topic that "stayed with me", said before
# the cue, name one.
def _takeaway(body: str) -> str:
    note = f"Dear Ms. Okafor,\n\n{body}\n\nWith thanks,\nRiya"
    return check_thank_you(note).level("specific-takeaway")


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the time you spent learning about my background and goals.",
        "I enjoyed the hour, and thank you for learning about my portfolio so patiently.",
        "It was very interesting to learn about the firm and the services it provides.",
    ],
)
def test_what_is_not_a_takeaway_fails(body):
    assert _takeaway(body) == "fail"


@pytest.mark.parametrize(
    "body",
    [
        "It was great to meet you and hear more about the county's new flood-mapping tool.",
        "Our talk about how small charities budget for volunteers has stayed with me.",
    ],
)
def test_a_takeaway_named_in_other_shapes_passes(body):
    assert _takeaway(body) == "pass"


# asks-as-question: a question about their work is what the meeting would ask, not the
# request for it; a time offered for them to accept is the request, asked.
def _asked(body: str) -> str:
    email = (
        f"Hi Marcus,\n\nI'm Elliot, a data science student at Hale College. {body}"
        "\n\nThanks,\nElliot"
    )
    return check_outreach(email).level("asks-as-question")


@pytest.mark.parametrize(
    "body",
    [
        "Do you think your chemistry training helps with model design? I would be glad to hear "
        "your view in person someday.",
        "Which skills do you think matter most right now? I would be especially grateful if "
        "you had time for a short video chat.",
        "Would you recommend a physics degree to a future analyst? I would love to hear from "
        "you.",
    ],
)
def test_a_question_on_the_topic_is_not_the_request_asked(body):
    assert _asked(body) == "fail"


@pytest.mark.parametrize(
    "body",
    [
        "I'd love to hear about the data team there. Would next Tuesday at noon work?",
        "I'm free most mornings next week. Would any of these times suit you?",
        "I'd love to talk about your path. Would Thursday after five be convenient?",
    ],
)
def test_a_time_offered_as_a_question_is_asked(body):
    assert _asked(body) == "pass"


# duplicate: the same question in other words, once synonyms merge: what inspires and what
# motivates; the culture at their firm and what it is like to work there; the same single
# topic asked twice.
_OTHERS = ["How did you get started in this field?", "What advice would you give a newcomer?"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("What inspires you?", "What motivates you?"),
        ("What drives you in your work?", "What motivates you most in your work?"),
        ("What is the atmosphere like at your firm?", "What is it like to work at your firm?"),
        ("What is your background?", "Could you tell me about your background?"),
    ],
)
def test_the_same_question_in_other_words_is_a_duplicate(first, second):
    report = check_questions([first, *_OTHERS, second], minutes=30)
    assert report.level("duplicate") == "fail"


def test_guard_different_single_topics_are_no_duplicate():
    report = check_questions(["What inspires you?", "What worries you?", *_OTHERS], minutes=30)
    assert report.level("duplicate") == "pass"


# informational-purpose: learning as the sender's own pastime, the subject of its sentence
# ("Learning about other cultures has always fascinated me"), is no wish to learn from them.
def _purpose(sentence: str) -> str:
    return check_outreach(_email(sentence + " Would you have 20 minutes next week?")).level(
        "informational-purpose"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Learning about other cultures has always fascinated me.",
        "Hearing how bridges are built has long interested me.",
        "Learning how cities plan their parks really excites me.",
    ],
)
def test_learning_as_a_pastime_is_no_purpose(sentence):
    assert _purpose(sentence) == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to hear how you got into law, which has always interested me.",
        "Learning about your path would help me a lot.",
    ],
)
def test_guard_a_wish_to_learn_from_them_stays_a_purpose(sentence):
    assert _purpose(sentence) == "pass"


# subject-line: a wish to be in touch says nothing of why they write.
@pytest.mark.parametrize(
    "subject", ["Connecting", "Networking", "Hi there", "Checking in", "Can we talk?",
                "Hoping to connect"],
)
def test_a_subject_that_only_wants_contact_fails(subject):
    report = check_outreach(_email("Would you have 20 minutes next week?"), subject=subject)
    assert report.level("subject-line") == "fail"


def test_guard_a_subject_with_the_link_passes():
    report = check_outreach(_email("Would you have 20 minutes next week?"),
                            subject="Elm College student hoping to connect")
    assert report.level("subject-line") == "pass"


# asks-to-stay-in-touch: a debt to repay, news asked for, or a promise to send what comes
# next keeps the door open as surely as "let's stay in touch".
@pytest.mark.parametrize(
    "sentence",
    [
        "I hope I can repay your kindness one day.",
        "Please keep me posted if you hear of any workshops.",
        "I would love to hear how the new project goes.",
        "I will send you my portfolio once it is finished.",
    ],
)
def test_other_ways_to_keep_the_door_open(sentence):
    note = _after_takeaway(sentence)
    assert check_thank_you(note).level("asks-to-stay-in-touch") == "pass"


# A thank-you that treats the talk as an interview: working together hoped for, the
# decision or the next round awaited, an asset to their department, a privilege to join
# them, excitement about "this opportunity".
@pytest.mark.parametrize(
    "sentence",
    [
        "I hope we get to work together soon.",
        "I look forward to hearing about the next round.",
        "I'm confident I would be an asset to your department.",
        "It would be a privilege to join Corvale.",
        "I look forward to your decision.",
        "I am even more excited about this opportunity now.",
    ],
)
def test_interview_talk_in_a_thank_you_fails(sentence):
    note = _after_takeaway(sentence)
    assert check_thank_you(note).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm excited about the opportunity to learn from people like you.",
        "Your decision to leave law for teaching inspired me.",
        "What helped you with the decision between law and policy?",
    ],
)
def test_guard_the_opportunity_to_learn_and_their_decisions_pass(sentence):
    note = _after_takeaway(sentence)
    assert check_thank_you(note).level("asks-for-job") == "pass"


# states-connection: a meeting looked forward to is no link yet; one that happened is.
def _link(sentence: str) -> str:
    return check_outreach(_link_email(sentence)).level("states-connection")


@pytest.mark.parametrize(
    "sentence",
    ["I look forward to meeting you.", "I would love to meet you and hear about your work."],
)
def test_a_meeting_to_come_is_no_connection(sentence):
    assert _link(sentence) == "fail"


@pytest.mark.parametrize(
    "sentence",
    ["It was great to meet you at the careers fair.", "Since meeting you at the fair, I have "
     "thought about your advice."],
)
def test_guard_a_meeting_that_happened_is_a_connection(sentence):
    assert _link(sentence) == "pass"


# The placeholders message counts gaps in words a counsellor would write, not "gap(s)".
def test_placeholder_messages_read_as_sentences():
    one = check_outreach("Dear [Name], I'm Jo, a student. Would you have 20 minutes?")
    two = check_outreach("Dear [Name], I'm [Your Name], a student. Would you have 20 minutes?")
    messages = [f.message for r in (one, two) for f in r.findings if f.rule == "placeholders"]
    assert all("(s)" not in m for m in messages)
    assert "(2 in all)" in messages[1] and "in all" not in messages[0]
