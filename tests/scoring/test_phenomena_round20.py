"""Round 20 (issue #12): shapes the rules read wrongly in probes written for this round, each
sentence our own, in the shape of real messages (not copied from a case).

why-you: a reason for choosing this person was found only in a few fixed shapes ("your talk
on ...", "impressed by how you ..."); probes of the same kind of reason in other words were
missed half the time: a piece of theirs met elsewhere (their thread, their answers on a
forum, what they said on a panel), what their team made ("your team's redesign of ..."),
what it did for the sender ("answered questions I had", "has stayed with me", "is what made
me write"), their path as what the sender hopes to do, a referrer's word ("your name came up
three times"). Their field or firm alone stays no reason."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_questions, check_thank_you
from tests.scoring.phenomena_shapes import (
    in_connection_email,
    in_note,
    in_note_after_a_takeaway,
    in_request,
    in_unsigned_request,
)
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


@pytest.mark.parametrize(
    "sentence",
    [
        "Your thread on moving from bench science into regulatory affairs answered questions "
        "I had been stuck on for months.",
        "I got a lot out of the answers you give on the product management forum.",
        "Your team's redesign of the city's bus map caught my eye when it came out.",
        "What you said on the alumni panel about leaving law for teaching has stayed with me.",
        "Your name came up three times when I asked around about museum education.",
        "Your bank's decision to open branches in supermarkets is something I'd love to "
        "understand.",
        "You are one of very few people who have worked both in a newsroom and in government "
        "communications.",
        "The case study on your portfolio about the library app is what made me write to you.",
        "I really admire how you built the volunteer programme at the food bank.",
        "Your comments on my classmate's poster at the conference were so helpful that I "
        "wanted to reach out.",
        "You've worked in three countries as a civil engineer, and that is something I hope "
        "to do.",
        "I was impressed by the mural project your studio did for the children's hospital.",
    ],
)
def test_a_reason_in_other_words_is_a_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I saw you're a marketing professional.",
        "Your company's reputation for innovation impressed me.",
        "Your insight would be very helpful to me as I plan my career.",
        "Your advice would be really useful as I decide what to study.",
        "Your firm is a great place to work, which is what I want.",
        "I'd like to know what you did after graduating.",
        "Your name came up in the alumni group on LinkedIn while I was searching.",
    ],
)
def test_their_field_firm_or_help_to_come_is_no_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "warn"


# specific-takeaway: what was learned, said as the sender being told they were right, as a
# doubt the talk settled, as "I'd never thought of ...", or as what the sender has since
# redone the way they were shown; a field named as the talk's topic is no takeaway.


@pytest.mark.parametrize(
    "sentence",
    [
        "You were right that I should talk to the ward manager before applying.",
        "I've since rewritten my CV summary the way you showed me.",
        "Our talk about in-house versus agency roles settled a question I've had for a year.",
        "I'd never thought of insurance as a home for data people until you explained it.",
    ],
)
def test_a_takeaway_in_other_words_is_a_takeaway(sentence):
    assert check_thank_you(in_note(sentence)).level("specific-takeaway") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Your insights into the marketing industry were very helpful.",
        "I learned so much about the field of accounting.",
        "Our chat about payments was lovely.",
    ],
)
def test_the_field_talked_about_is_no_takeaway(sentence):
    assert check_thank_you(in_note(sentence)).level("specific-takeaway") != "pass"


# introduces-sender: who they were to the reader ("I'm the person who asked ... at your
# talk", "I was the student volunteer at the desk"), a society they chair, and a note that
# calls itself an introduction are introductions.


@pytest.mark.parametrize(
    "intro",
    [
        "I'm the person who asked about cycle lanes at your talk on Thursday.",
        "We met at the housing conference; I was the student volunteer at the registration desk.",
        "Quick intro: second-year economics student, keen on housing.",
        "I'm writing on behalf of the Elm Women in STEM society, which I chair.",
    ],
)
def test_who_they_were_to_the_reader_introduces_the_sender(intro):
    assert check_outreach(in_unsigned_request(intro)).level("introduces-sender") == "pass"


def test_being_the_person_to_ask_is_no_introduction():
    text = in_unsigned_request("I'm looking for the one person who can explain planning law.")
    assert check_outreach(text).level("introduces-sender") == "fail"


# asks-for-job: the sender's present search for work, told to a stranger ("I'm currently
# seeking employment", "I'm on the job market", "searching for opportunities"), a CV sent
# "in case there is anything suitable", and whether their manager "would consider someone
# with my background" ask for a job; a past search and the market as a topic do not.


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm currently seeking employment in the healthcare sector.",
        "I'm on the job market after my contract ended.",
        "I'm searching for opportunities where I can use my design skills.",
        "I'd be interested in exploring any possibilities at Fernway.",
        "I've attached my CV in case there is anything suitable.",
        "Do you think your manager would consider someone with my background?",
    ],
)
def test_a_present_search_for_work_is_a_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year I was looking for work in retail, and it taught me what I don't want.",
        "I'd like to understand what the job market is like for planners.",
    ],
)
def test_a_past_search_or_the_market_is_no_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "pass"


# asks-to-stay-in-touch: news promised for later in other words, their word welcome later,
# an offer kept open, a LinkedIn link made, a meeting hoped for.


@pytest.mark.parametrize(
    "sentence",
    [
        "If it's all right, I'll email you when the results come out.",
        "I'd be glad to hear from you if anything else occurs to you.",
        "Do keep me in mind if you need a volunteer for the survey.",
        "I'll reach out when I have news about the application.",
        "I've sent you a connection request on LinkedIn so we can keep up.",
        "Hope to bump into you at the next branch meeting.",
    ],
)
def test_the_door_kept_open_in_other_words(sentence):
    note = in_note_after_a_takeaway(sentence)
    assert check_thank_you(note).level("asks-to-stay-in-touch") == "pass"


@pytest.mark.parametrize(
    "sentence", ["I won't take up any more of your time.", "Best of luck with your talk in May."]
)
def test_a_kind_close_keeps_no_door_open(sentence):
    note = in_note_after_a_takeaway(sentence)
    assert check_thank_you(note).level("asks-to-stay-in-touch") != "pass"


# Round 20's dev cases: "I'm teaching myself web development" says what the sender does; a
# next step promised by a date ("You'll have it by the end of the week") keeps the door open;
# "I'd also welcome any frank feedback" asks a new favour of someone who gave their time.


def test_teaching_oneself_introduces_the_sender():
    text = in_unsigned_request("Hello, I'm teaching myself web development.")
    assert check_outreach(text).level("introduces-sender") == "pass"


@pytest.mark.parametrize(
    "sentence",
    ["You'll have the outline by the end of the week.", "I'll send it over by Friday."],
)
def test_a_next_step_by_a_date_keeps_the_door_open(sentence):
    note = in_note_after_a_takeaway(sentence)
    assert check_thank_you(note).level("asks-to-stay-in-touch") == "pass"


def test_feedback_wished_for_after_also_is_a_favour():
    note = in_note_after_a_takeaway("I'd also welcome any frank feedback you might have.")
    assert check_thank_you(note).level("asks-a-favour") == "fail"


# informational-purpose: whether what they have would carry over, and views gathered before a
# choice, say what the meeting is for.


@pytest.mark.parametrize(
    "sentence",
    [
        "I want to see whether my GIS skills could translate to your line of work.",
        "I'm gathering views from people in the field before I choose my dissertation topic.",
    ],
)
def test_a_purpose_in_other_words_is_a_purpose(sentence):
    assert check_outreach(in_request(sentence)).level("informational-purpose") == "pass"


# states-connection: time spent together or a word between them is a personal link.


@pytest.mark.parametrize(
    "sentence",
    [
        "We sat at the same table at the Women in Planning dinner last month.",
        "You spoke to my class at Elm last term about housing policy.",
        "I believe we overlapped at Fernway in 2019, though in different teams.",
        "You kindly answered my question after the webinar on Tuesday.",
    ],
)
def test_time_spent_together_is_a_connection(sentence):
    assert check_outreach(in_connection_email(sentence)).level("states-connection") == "pass"


def test_a_talk_seen_online_is_only_a_source():
    text = in_connection_email("I saw your talk on YouTube.")
    assert check_outreach(text).level("states-connection") == "warn"


# questions asks-for-job: what made them take a job, or their own first job, is their story.


@pytest.mark.parametrize(
    "question",
    ["What made you accept your first job offer?", "What was your very first job offer like?"],
)
def test_their_own_job_offer_is_their_story(question):
    report = check_questions(["How did you get started in this field?", question])
    assert report.level("asks-for-job") == "pass"


def test_asking_whether_they_hire_stays_a_job_ask():
    report = check_questions(["How did you get started?", "Is your company hiring graduates?"])
    assert report.level("asks-for-job") == "fail"


@pytest.mark.parametrize("subject", ["URGENT: please read", "Reply needed today"])
def test_a_pushy_subject_says_nothing_of_why(subject):
    text = in_connection_email("Professor Wu suggested I write to you.")
    assert check_outreach(text, subject=subject).level("subject-line") != "pass"


# why-you in a template: a gap that asks for the reason, in a sentence about them or what
# struck the sender, is the reason the template offers; one about their firm is not.


@pytest.mark.parametrize(
    "sentence",
    [
        "I was really impressed by [specific accomplishment].",
        "Your [recent achievement] caught my attention.",
        "I'm reaching out because [reason you chose them].",
        "I noticed that you [specific detail from their profile], which is what I hope to do.",
    ],
)
def test_a_gap_for_the_reason_is_a_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I admire what [Company] built with [specific project].",
        "[Company] appeals to me because [specific reason].",
    ],
)
def test_a_gap_for_what_their_firm_did_is_no_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "warn"


# Round 21's dev cases: a referral put in for the sender and joining their firm's team by name
# are job asks; "your role at the company" and "your profile on LinkedIn" qualify nothing.


@pytest.mark.parametrize(
    "sentence",
    [
        "Would you mind putting in a referral for me at Lumora?",
        "Would you be willing to submit a referral for me?",
        "I hope to join the Marlowe Stanton team and to meet you soon.",
    ],
)
def test_a_referral_for_me_or_joining_their_team_is_a_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "fail"


def test_a_team_like_theirs_stays_a_career_aim():
    text = in_request("I'm keen to join a team like yours one day.")
    assert check_outreach(text).level("asks-for-job") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I found your profile on LinkedIn, and your role at the company caught my attention.",
        "Your profile on LinkedIn really stood out to me.",
    ],
)
def test_where_they_were_found_or_work_qualifies_nothing(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "warn"


# questions web-searchable: what the firm does, by its name or a gap, what it is "about", where
# its head office is and who its competitors are, are on its website; what it does differently
# is a question for someone inside.


@pytest.mark.parametrize(
    "question",
    [
        "Could you tell me a bit about your bank?",
        "What exactly does [Company] do?",
        "What does Fernway do?",
        "Where is your company's head office?",
        "Who are your main competitors?",
    ],
)
def test_what_the_website_says_is_web_searchable(question):
    report = check_questions(["How did you get started in this field?", question])
    assert report.level("web-searchable") == "fail"


def test_what_the_firm_does_differently_is_for_someone_inside():
    question = "What does your company do differently from its competitors, from the inside?"
    report = check_questions(["How did you get started in this field?", question])
    assert report.level("web-searchable") == "pass"


# Round 22's dev cases.


def test_a_switch_hoped_for_is_no_pay():
    text = in_request("I saw you moved there from retail, the very switch I hope to make.")
    assert check_outreach(text).level("mentions-pay") == "pass"
    assert check_outreach(in_request("I hope to make about 40k.")).level("mentions-pay") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to know what led to your decision in 2019 to take that leap.",
        "I'm a computer science student getting ready to apply for summer 2026 internships.",
    ],
)
def test_their_past_decision_or_my_own_applications_ask_for_no_job(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "pass"


def test_my_own_recruiting_year_asks_for_no_job():
    note = in_note("What you said about networking early was useful as I plan my recruiting "
                   "this year.")
    assert check_thank_you(note).level("asks-for-job") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The way your career went from [A] to [B] really stands out to me.",
        "You turned down joining Ledgerline in 2012, then left your job in 2019.",
    ],
)
def test_their_path_told_to_them_is_a_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Since we spoke I have signed up for the evening course.",
        "Could you spare 15 minutes next week to keep talking?",
    ],
)
def test_a_report_back_or_more_talk_keeps_the_door_open(sentence):
    note = in_note_after_a_takeaway(sentence)
    assert check_thank_you(note).level("asks-to-stay-in-touch") == "pass"


def test_a_draft_promised_by_a_weekday_keeps_the_door_open():
    note = in_note_after_a_takeaway(
        "I'll put together a fuller outline and send it by Friday for your thoughts."
    )
    assert check_thank_you(note).level("asks-to-stay-in-touch") == "pass"


def test_what_they_see_from_where_they_sit_is_a_purpose():
    text = in_request("Could you spare 10 minutes to talk about what you're seeing in the market?")
    assert check_outreach(text).level("informational-purpose") == "pass"


def test_an_internship_wished_for_in_a_postscript_is_a_job_ask():
    text = in_request("Thanks! P.S. If your team ever needs an intern, I'd jump at it!")
    assert check_outreach(text).level("asks-for-job") == "fail"


# Messages in other Englishes and shorthand: "Respected Sir," and "Dear Ma'am," write to a
# title; "guide me about careers in ..." is a purpose; "Fellow Elm grad here (class of '21)"
# introduces the sender.

INDIAN_ENGLISH = (
    "Respected Sir,\n\nI am Ravi Kumar, final year B.Tech student at VIT. I came to know about "
    "you through our alumni cell. Kindly spare 15 minutes to guide me about careers in data "
    "science.\n\nThanking you,\nRavi"
)


def test_a_letter_to_respected_sir_reads_as_one():
    report = check_outreach(INDIAN_ENGLISH)
    assert report.level("greets-by-name") == "fail"
    assert report.level("informational-purpose") == "pass"
    assert report.level("polite") == "pass"


def test_dear_maam_writes_to_a_title():
    text = "Dear Ma'am,\n\nI am Priya, an MBA student in Pune. Could I have 15 minutes? Priya"
    assert check_outreach(text).level("greets-by-name") == "fail"


def test_a_fellow_grad_here_introduces_the_sender():
    text = ("Hi Dana! Fellow Elm grad here (class of '21), now in ops at a logistics startup. "
            "Would love 15 min to hear how you moved into product. Thanks!")
    assert check_outreach(text, channel="linkedin").level("introduces-sender") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Would you be willing to give it a quick read before I send it off?",
        "Could you take a quick look at my personal statement?",
    ],
)
def test_a_read_of_my_draft_asked_for_is_a_favour(sentence):
    assert check_thank_you(in_note_after_a_takeaway(sentence)).level("asks-a-favour") == "fail"


def test_thanks_for_a_look_already_taken_is_no_favour():
    note = in_note_after_a_takeaway("Thanks again for taking a look at my CV.")
    assert check_thank_you(note).level("asks-a-favour") == "pass"
