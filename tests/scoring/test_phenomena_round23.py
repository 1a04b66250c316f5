"""Round 23's probes, and the dev cases of corpus rounds 23 to 25 told in sentences of our
own. The probes are sentences in shapes no corpus case had, written before any rule change
and read the way the corpus labels read them (false alarms on ordinary sentences among
them: pay, job asks, gaps). Each test here failed on the rules of b9da02c (the controls
marked as such passed there and must keep passing). Sections below by rule.

why-you: a referrer's "nobody knows X better than you", what was written of them ("you were
quoted in the Herald"), a piece of theirs that "made me curious", what they did told with no
auxiliary ("You started your firm straight out of college, which is exactly what I'm
weighing"), "you're the person I most wanted to ask", what they did for others ("because
you've mentored so many ..."), their years somewhere that struck the sender, and what they
have been as the choice the sender faces.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from infoint.scoring import check_outreach, check_questions, check_thank_you
from infoint.scoring.evaluate import load_cases
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
        "Professor Hale said nobody knows the festival circuit better than you.",
        "You were quoted in the Herald on the shortage of rural pharmacists, which is the "
        "problem I want to work on.",
        "Seeing your open-source work on the tide-gauge library made me curious about how "
        "you got into oceanography.",
        "You started your firm straight out of college, which is exactly what I'm weighing.",
        "As someone who moved from accounting into UX research, you're the person I most "
        "wanted to ask.",
        "Because you've mentored so many first-generation students, I thought you might "
        "understand where I'm coming from.",
        "Your ten years at the Red Cross in disaster logistics are exactly the experience "
        "I'd like to hear about.",
        "You've been an ICU nurse and now teach nursing, the two careers I'm torn between.",
    ],
)
def test_a_reason_told_in_round_23s_shapes_is_a_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"


@pytest.mark.parametrize(  # controls
    "sentence",
    [
        "I found your name on the company website.",
        "You work at Google, which is my dream company.",
        "I am reaching out to professionals in the finance industry.",
        "You seem to have a lot of experience.",
        "I found you through a search for accountants in Leeds.",
        "I would love to pick the brain of someone in the industry.",
    ],
)
def test_where_they_were_found_or_their_employer_stays_no_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "warn"


# specific-takeaway: the job or the field named as the talk's topic ("what a product manager
# does", "the day-to-day of consulting", "your advice on networking", "the future of the
# field") and a promise to "take your advice on board" name nothing learned.


@pytest.mark.parametrize(
    "sentence",
    [
        "I learned so much about what a product manager does.",
        "Your insights about the day-to-day of consulting were great.",
        "Your advice on networking was great.",
        "You gave me a clearer picture of what the job involves.",
        "I found your insights on the future of the field fascinating.",
        "I will definitely take your advice on board.",
    ],
)
def test_the_job_named_as_the_topic_is_no_takeaway(sentence):
    assert check_thank_you(in_note(sentence)).level("specific-takeaway") != "pass"


@pytest.mark.parametrize(  # controls
    "sentence",
    [
        "Your suggestion to join the county planning association is next on my list.",
        "I hadn't realised how much of the role is spent with clients rather than on "
        "spreadsheets.",
        "Your advice to specialise in pensions law rather than stay general makes a lot of "
        "sense.",
        "I've already signed up for the Python course you recommended.",
    ],
)
def test_a_named_piece_of_advice_stays_a_takeaway(sentence):
    assert check_thank_you(in_note(sentence)).level("specific-takeaway") == "pass"


# asks-for-job: a job "at a firm like yours" as the goal, the hiring process's next steps,
# "the role" to discuss, freelance work offered, an introduction to their recruiting team
# and a portfolio sent for their review.


@pytest.mark.parametrize(
    "sentence",
    [
        "My goal is to land a position at a firm like yours.",
        "I look forward to hearing about next steps in the hiring process.",
        "Could we set up a time to discuss the role?",
        "I'm interested in freelance work with your agency.",
        "I'd be grateful for an introduction to your recruiting team.",
        "I have attached my portfolio for your review.",
        "I'm confident that I can hit the ground running in this role.",
        "I've applied to the graduate scheme and would love your help getting noticed.",
        "I'm looking to transition into a role at your company.",
        "Is there any way I could get a foot in the door?",
    ],
)
def test_a_job_ask_in_round_23s_shapes_is_a_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(  # controls
    "sentence",
    [
        "I'd love to discuss the role of mentors in your first years.",
        "What do you look for when you hire junior analysts?",
        "I'm applying to master's programmes and want to know if it's worth it.",
        "I'd like to learn what a typical week looks like in your role.",
        "Could I ask how someone might get a foot in the door in this field?",
        # the sender's own offer, a compound and a job in a field weighed (these three
        # failed on b9da02c)
        "I'm weighing a job offer from a small agency and want to understand the field first.",
        "I volunteer at a job club for refugees.",
        "I'm considering a position in public health after graduation and want advice.",
    ],
)
def test_the_role_as_a_topic_is_no_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "pass"


def test_as_a_graduate_of_a_programme_introduces_the_sender():
    text = in_unsigned_request(
        "As a recent graduate of Elm's film programme, I'm trying to find my way into editing."
    )
    assert check_outreach(text).level("introduces-sender") == "pass"


# informational-purpose: their honest opinion, a picture of the work to form, career options
# researched.


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm hoping to get a realistic picture of life as a junior architect.",
        "I'd love your honest opinion on whether an MBA is worth it in marketing.",
        "I'm researching career options in museum curation.",
    ],
)
def test_a_purpose_in_round_23s_shapes_is_a_purpose(sentence):
    assert check_outreach(in_request(sentence)).level("informational-purpose") == "pass"


# asks-a-favour: new favours in a thank-you beyond a review, a mentor or an attachment.


@pytest.mark.parametrize(
    "sentence",
    [
        "Would you be willing to write me a recommendation on LinkedIn?",
        "Could I shadow you for a day next month?",
        "I'd be grateful if you could fill in a short survey for my project.",
        "Could you endorse my skills on LinkedIn?",
        "I was wondering if you could write a letter of recommendation for my application.",
        "Would you have time to meet again next week to go over my portfolio?",
        "Could you share my project post with your network?",
        "Would you consider being a reference for my scholarship?",
        "Could you sign off on my placement hours form?",
    ],
)
def test_a_new_favour_in_a_thank_you_is_a_favour(sentence):
    assert check_thank_you(in_note_after_a_takeaway(sentence)).level("asks-a-favour") == "fail"


@pytest.mark.parametrize(  # controls
    "sentence",
    [
        "Thank you again for offering to look over my CV.",
        "Thanks for your feedback on my portfolio.",
        "Thank you for writing me a recommendation last year.",
        "May I get in touch again once I've finished the course?",
    ],
)
def test_thanks_for_a_favour_given_asks_nothing(sentence):
    assert check_thank_you(in_note_after_a_takeaway(sentence)).level("asks-a-favour") == "pass"


# asks-to-stay-in-touch: news promised once it comes, more learning or questions hoped for,
# their view asked for later, another chat, "don't be a stranger".


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll write once I hear back from the programme.",
        "Please say hello if you're ever at the Elm campus.",
        "I'd really like to keep learning from you.",
        "I hope I can come to you with questions as I go.",
        "Once the portfolio is done, I'll send it your way.",
        "You'll be the first to know when I hear back.",
        "I'd love to hear your thoughts on the report once it's published.",
        "Please don't be a stranger.",
        "Maybe we could have another chat in the autumn?",
    ],
)
def test_the_door_kept_open_in_round_23s_shapes(sentence):
    report = check_thank_you(in_note_after_a_takeaway(sentence))
    assert report.level("asks-to-stay-in-touch") == "pass"


@pytest.mark.parametrize(  # controls
    "sentence", ["Best of luck with the launch.", "Have a lovely weekend."]
)
def test_a_kind_close_keeps_no_door_open(sentence):
    report = check_thank_you(in_note_after_a_takeaway(sentence))
    assert report.level("asks-to-stay-in-touch") != "pass"


def test_thanking_you_is_a_word_of_thanks():
    text = (
        "Dear Dr. Osei,\n\nI'm Jo Park, a second-year student at Elm College. I'd love to learn "
        "how you moved into conservation. Would a short call suit you sometime next week?"
        "\n\nThanking you,\nJo Park"
    )
    assert check_outreach(text).level("polite") == "pass"


@pytest.mark.parametrize("subject", ["Career", "Career question"])
def test_the_field_alone_is_no_subject(subject):
    text = in_request("I'd love to learn how you moved into conservation.")
    assert check_outreach(text, subject=subject).level("subject-line") == "fail"


# Round 23's dev cases, each phenomenon in sentences of our own: what they led named with
# its kind ("the payments migration you led"), whose hiring they oversee, "as someone working
# my way into ...", a question on the problems of their work, a feel for the team wanted,
# a résumé offered with "send along", "my experience in ..." and the role sought as an
# introduction, a fit "for someone with a background in ...", the next step of a hiring
# round awaited, "Just saying hello" as a subject.


def test_what_they_led_named_by_its_kind_is_a_reason():
    text = _why_email("I read about the ticketing rollout you led at the city museum.")
    assert check_outreach(text).level("why-you") == "pass"


def test_whose_hiring_they_oversee_is_a_reason():
    text = _why_email("I see that you look after graduate hiring at Fernway.")
    assert check_outreach(text).level("why-you") == "pass"


def test_as_someone_working_their_way_in_introduces_the_sender():
    text = in_unsigned_request("As someone working my way into publishing, I admire your path.")
    assert check_outreach(text).level("introduces-sender") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Before I decide, I'd like a feel for the work and its pace from someone inside.",
        "What's the toughest planning problem you've run into on a rural project?",
    ],
)
def test_a_feel_for_the_work_or_a_question_on_its_problems_is_a_purpose(sentence):
    assert check_outreach(in_request(sentence)).level("informational-purpose") == "pass"


def test_a_resume_offered_with_send_along_is_offered():
    text = in_request("I can send along a résumé or some writing samples if useful.")
    assert check_outreach(text).level("attaches-resume") == "fail"


@pytest.mark.parametrize(
    "intro",
    [
        "The opening on your team matches my experience in grant writing closely.",
        "I'm currently looking for a new role as a lab technician in Leeds.",
    ],
)
def test_their_experience_or_the_role_they_seek_introduces_the_sender(intro):
    assert check_outreach(in_unsigned_request(intro)).level("introduces-sender") == "pass"


def test_a_fit_for_someone_with_their_background_is_a_job_ask():
    text = in_request("I'd love to hear whether there might be a fit for someone with my "
                      "background in logistics.")
    assert check_outreach(text).level("asks-for-job") == "fail"


def test_the_next_step_of_a_hiring_round_awaited_is_a_job_ask():
    text = in_note("I'm keen to hear what the next step is.")
    assert check_thank_you(text).level("asks-for-job") == "fail"


def test_just_saying_hello_is_no_subject():
    text = in_request("I'd love to learn how you moved into conservation.")
    assert check_outreach(text, subject="Just saying hello").level("subject-line") == "fail"


# language: a question list in another language is told apart from English by the words
# questions are made of; German shares "in", "was", "am" and "an" with English, so those
# count for English only when the other language is not German.

_QUESTION_LISTS = {
    "de": ["Wie sind Sie in diesen Bereich gekommen?",
           "Was gefällt Ihnen am meisten an Ihrer Arbeit?"],
    "pt": ["Como você começou na sua área?", "O que você mais gosta no seu trabalho?",
           "Como é um dia típico para você?"],
    "es": ["¿Cómo empezaste en este campo?", "¿Qué es lo que más te gusta de tu trabajo?"],
    "fr": ["Comment avez-vous commencé dans ce domaine ?",
           "Qu'est-ce qui vous plaît le plus dans votre travail ?"],
    "it": ["Come hai iniziato in questo settore?", "Cosa ti piace di più del tuo lavoro?",
           "Com'è una giornata tipo?"],
    "nl": ["Hoe bent u in dit vak terechtgekomen?", "Wat vindt u het leukst aan uw werk?"],
}


# (only the German list failed on b9da02c: the other five are controls)
@pytest.mark.parametrize("language", sorted(_QUESTION_LISTS))
def test_a_question_list_in_another_language_is_not_read_as_english(language):
    report = check_questions(_QUESTION_LISTS[language])
    assert report.rules == ("language",)
    assert report.stats["language"] == language


def test_an_english_list_with_words_german_shares_stays_english():  # control
    report = check_questions([
        "What was it like in your first year?", "How do you spend an average day?",
        "I am curious: so what would you change?",
    ])
    assert "language" not in report.rules


# mentions-pay: pay as a topic of their work or the sender's, the words of fields and trades
# that are no one's pay, money that is not pay, idioms, and "make" that makes no money, are
# no pay mention; asking what people earn still is.


@pytest.mark.parametrize(
    "sentence",
    [
        "Your work on pay equity at the council inspired me.",
        "I'm writing a paper on minimum wage policy.",
        "I hope to make a difference in public health.",
        "I'm interested in compensation consulting as a field.",
        "I earned my CPA last year.",
        "I paid my way through college working in kitchens.",
        "I'm doing a project on the gender pay gap.",
        "I'd be happy to pay for the coffee.",
        "I tutor students from low-income families.",
        "As a bonus, I live five minutes from your office.",
        "Your article raises questions I keep thinking about.",
        "I hope one day to pay it back by mentoring others.",
        "I'm hoping to move into fixed income research.",
        "I listen to your firm's quarterly earnings calls.",
        "I run paid social campaigns for a small retailer.",
        "Your advice would pay dividends for years.",
        "I always pay close attention to your posts.",
        "I've been learning to read an income statement.",
        "It pays to ask, my mentor always says.",
        "I'm writing about workers' compensation claims.",
        "I'd love to hear about your paying clients and how you found them.",
    ],
)
def test_pay_as_a_topic_a_trade_or_an_idiom_is_no_pay_mention(sentence):
    assert check_outreach(in_request(sentence)).level("mentions-pay") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "What do junior analysts make in their first year?",
        "Do you get a bonus at the end of the year?",  # control
        "How are pay raises decided at your firm?",  # control
        "Was your internship paid?",  # control
        "What are typical earnings in year one?",  # control
    ],
)
def test_asking_what_people_earn_is_a_pay_mention(sentence):
    assert check_outreach(in_request(sentence)).level("mentions-pay") == "fail"


@pytest.mark.parametrize(  # controls
    "sentence",
    ["I am considering a position at Fernway.", "I would love a job offer from your firm."],
)
def test_a_job_at_their_firm_weighed_or_wished_for_stays_an_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    ["The report cites your 2019 paper [1].", "He wrote that the plan [sic] was final.",
     "Your talk [...] stayed with me."],
)
def test_a_citation_sic_or_an_ellipsis_in_brackets_is_no_gap(sentence):
    assert check_outreach(in_request(sentence)).level("placeholders") == "pass"


def test_a_gap_in_brackets_stays_a_gap():  # control
    assert check_outreach(in_request("I saw your post [link].")).level("placeholders") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for telling me about the role and its responsibilities.",
        "I enjoyed telling you about my work on the Heron project at Northwind.",  # control
        "I enjoyed hearing about Fernway's culture and values.",  # control
    ],
)
def test_the_role_described_or_the_senders_own_story_is_no_takeaway(sentence):
    assert check_thank_you(in_note(sentence)).level("specific-takeaway") != "pass"


@pytest.mark.parametrize(
    "sentence",
    ["Your organisation's work in education inspires me.",
     "Your LinkedIn profile caught my attention."],
)
def test_their_firms_work_or_their_profile_alone_is_no_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "warn"


@pytest.mark.parametrize(  # controls
    "sentence",
    [
        "Your bank's push into no-fee accounts caught my eye.",
        "Your LinkedIn profile impressed me, especially where you describe leaving law for "
        "teaching.",
    ],
)
def test_a_move_of_their_firm_or_a_detail_of_their_profile_stays_a_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"


@pytest.mark.parametrize(
    "intro",
    [
        "I'm the new coordinator at the Elm food bank and would love your view on planning.",
        "A quick note from a geography teacher in Leeds who is curious about planning.",
    ],
)
def test_a_post_held_or_a_note_from_a_role_introduces_the_sender(intro):
    assert check_outreach(in_unsigned_request(intro)).level("introduces-sender") == "pass"


def test_a_note_from_a_stranger_introduces_no_one():  # control
    text = in_unsigned_request("I hope this note from a stranger is welcome.")
    assert check_outreach(text).level("introduces-sender") == "fail"


# Contractions spelt out: the same message written "I have" or "I've", "it is" or "it's",
# "you are" or "you're" gets the same verdicts (before round 23's check, spelling them out
# across the dev part changed 4 verdicts besides length's word counts: "I've got two years
# of experience", "it's Joanna Pruitt", "noticed you are now at ...").

_SPELT_OUT = [
    (r"\bI'm\b", "I am"), (r"\bI've\b", "I have"), (r"\bI'd\b", "I would"),
    (r"\bI'll\b", "I will"), (r"\byou're\b", "you are"), (r"\byou've\b", "you have"),
    (r"\bit's\b", "it is"), (r"\bIt's\b", "It is"), (r"\bdon't\b", "do not"),
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"), (r"\bthat's\b", "that is"),
    (r"\bwe're\b", "we are"), (r"\bdidn't\b", "did not"), (r"\bisn't\b", "is not"),
]


def _spell_out(text: str) -> str:
    for short, full in _SPELT_OUT:
        text = re.sub(short, full, text)
    return text


def _dev_texts(kind: str) -> list[str]:
    cases = load_cases([Path(__file__).parent / "corpus"], "dev")
    return [str(c.data.get("text", "")) for c in cases if c.kind == kind and c.english]


# (the outreach half failed on b9da02c; the thank-you half is a control)
@pytest.mark.parametrize(
    ("kind", "check"), [("outreach", check_outreach), ("thank_you", check_thank_you)]
)
def test_the_dev_part_reads_the_same_with_its_contractions_spelt_out(kind, check):
    changed = []
    for text in _dev_texts(kind):
        full = _spell_out(text)
        if full == text:
            continue
        before, after = check(text), check(full)
        changed += [
            (a.rule, text[:40]) for a, b in zip(before.findings, after.findings, strict=False)
            if a.rule == b.rule != "length" and (a.level == "pass") != (b.level == "pass")
        ]
    assert changed == []


@pytest.mark.parametrize(
    "intro",
    ["I've got two years of experience in retail banking.", "It is Joanna Pruitt calling."],
)
def test_a_contracted_or_spelt_out_introduction_introduces(intro):
    assert check_outreach(in_unsigned_request(intro)).level("introduces-sender") == "pass"


# attaches-resume: the short forms of a signature line or a postscript ("Resume attached."),
# where it was put ("find my résumé at the link below"), one named after something else sent
# with it, and one uploaded; the same short form in a thank-you is an attachment.


@pytest.mark.parametrize(
    "sentence",
    [
        "Attached you'll find my resume.",
        "You can find my résumé at the link below.",
        "I've included my LinkedIn profile and CV below.",
        "Resume attached.",
        "CV attached for reference.",
        "I've uploaded my resume to your careers portal as well.",
    ],
)
def test_a_resume_in_its_short_forms_is_attached(sentence):
    assert check_outreach(in_request(sentence)).level("attaches-resume") == "fail"


def test_a_cv_still_being_written_is_not_attached():  # control
    text = in_request("My CV is still a work in progress, so I'm focusing on learning first.")
    assert check_outreach(text).level("attaches-resume") == "pass"


@pytest.mark.parametrize(("sentence", "level"), [
    ("CV attached.", "fail"), ("As you suggested, CV attached.", "pass"),  # the second: control
])
def test_a_cv_attached_to_a_thank_you_in_short(sentence, level):
    assert check_thank_you(in_note_after_a_takeaway(sentence)).level("asks-a-favour") == level


def test_applying_for_their_role_weighed_stays_an_ask():  # control (a dev case's shape)
    text = in_request("I'm considering applying for the analyst role I saw advertised on your "
                      "careers page.")
    assert check_outreach(text).level("asks-for-job") == "fail"


# Round 24's dev cases, in sentences of our own: paid work offered ("I'm now offering
# part-time CTO services", "you could use someone who ..."), a rate stated ("at $15K a
# month", not a figure saved), a past told with its years as an introduction, becoming part
# of "the organization", and "Howdy" as a greeting.


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm now offering freelance bookkeeping services to small charities.",
        "With your growth this year, you could use someone who has run a finance team.",
    ],
)
def test_paid_work_offered_is_a_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(("sentence", "level"), [
    ("I work two days a week at $900 a day.", "fail"),
    ("My last project saved the clinic $40K a year.", "pass"),  # control
])
def test_a_rate_stated_is_pay_and_a_figure_saved_is_not(sentence, level):
    assert check_outreach(in_request(sentence)).level("mentions-pay") == level


def test_a_past_told_with_its_years_introduces_the_sender():
    text = in_unsigned_request("For the past six years at the county archive I have catalogued "
                               "maps.")
    assert check_outreach(text).level("introduces-sender") == "pass"


def test_becoming_part_of_the_organisation_is_a_job_ask_in_a_thank_you():
    text = in_note("Our talk confirmed that I would like to become part of the organization.")
    assert check_thank_you(text).level("asks-for-job") == "fail"


def test_howdy_opens_a_polite_note():
    text = ("Howdy Marcus\nI see we are both in the Elm alumni group, and I would like to be one "
            "of your connections. Best regards.")
    assert check_outreach(text, channel="linkedin").level("polite") == "pass"


@pytest.mark.parametrize(("question", "level"), [
    ("Are there many openings in this field right now?", "pass"),
    ("Are there any openings on your team?", "fail"),  # control
    ("Are there many openings at your company?", "fail"),  # control
])
def test_how_many_openings_the_field_has_is_an_outlook_question(question, level):
    report = check_questions(["How did you get started in this field?", question])
    assert report.level("asks-for-job") == level


@pytest.mark.parametrize(("question", "level"), [
    ("Is there anything you wish you'd known before starting?", "pass"),
    ("Is there anything else I should ask?", "pass"),
    ("Is there a dress code?", "fail"),  # control
])
def test_is_there_anything_invites_an_open_answer(question, level):
    report = check_questions(["How did you get started in this field?", question])
    assert report.level("closed-question") == level


# Round 25's dev case, in sentences of our own: a programme of theirs named, then a wish to
# apply for it; a résumé link under the sign-off.


@pytest.mark.parametrize(
    "wish", ["I would like to apply for it.", "I am interested in applying to it."]
)
def test_applying_for_their_programme_is_a_job_ask(wish):
    text = ("Hello Sam,\nI am writing to ask about the design internship programme at Fernway. "
            f"{wish}\n\nThanks,\nJo")
    assert check_outreach(text, channel="linkedin").level("asks-for-job") == "fail"


def test_a_resume_link_under_the_sign_off_is_sent():
    text = ("Dear Ms. Lane,\n\nI'm Jo Park, a student at Elm College. I'd love to hear how you "
            "moved into design. Would you have 20 minutes next week?\n\nThank you,\nJo Park\n"
            "CV: jopark.example/cv")
    assert check_outreach(text).level("attaches-resume") == "fail"


# asks-for-job in a thank-you: after a talk, their firm as the place wanted.


@pytest.mark.parametrize(
    "sentence",
    [
        "I've applied for the graduate scheme and would be grateful for a word with the "
        "recruiters.",
        "I'm excited about the possibility of joining Fernway.",
        "I look forward to hearing from you about the position.",
        "Our talk confirmed that Fernway is where I want to start my career.",
    ],
)
def test_their_firm_as_the_place_wanted_is_a_job_ask_in_a_thank_you(sentence):
    assert check_thank_you(in_note_after_a_takeaway(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(  # controls
    "sentence",
    [
        "Teaching is where I want to start my career.",
        "I look forward to hearing from you about the panel.",
        "Thank you for introducing me to your colleague in recruitment.",
    ],
)
def test_a_field_or_a_panel_is_no_firm_wanted(sentence):
    assert check_thank_you(in_note_after_a_takeaway(sentence)).level("asks-for-job") == "pass"


@pytest.mark.parametrize(("closing", "level"), [
    ("Reply whenever suits you; there's no hurry.", "pass"),
    ("Reply soon.", "fail"),  # control
])
def test_a_reply_invited_with_no_hurry_is_no_demand(closing, level):
    text = ("Hi Dana,\n\nI'm Jo Park, a student at Elm College. I'd love to learn how you moved "
            f"into conservation. {closing}\n\nThanks,\nJo")
    assert check_outreach(text).level("polite") == level


def test_a_membership_in_common_is_a_connection():
    text = in_connection_email("I'm a member of the same rowing club as you.")
    assert check_outreach(text).level("states-connection") == "pass"


def test_a_favour_asked_of_them_keeps_no_door_open():
    # seen in the Reflect app: the recommendation asked for was read as "may I write again?"
    note = in_note_after_a_takeaway("Would you be willing to write me a recommendation?")
    report = check_thank_you(note)
    assert report.level("asks-a-favour") == "fail"
    assert report.level("asks-to-stay-in-touch") != "pass"
