"""One test per phenomenon of issue 12, each on a real-shaped message written for infoint.

Every name, school and company here is made up; the shapes (a disguised ask, a negation, a
source instead of a connection...) are the ones real messages showed.
"""

import pytest

from infoint.model import Contact, Learner
from infoint.outreach import starting_draft
from infoint.scoring import (
    LANGUAGE_RULE,
    check_outreach,
    check_questions,
    check_thank_you,
    open_rewrite,
)

MODEL = """Dear Ms. Varga,

My advisor, Dr. Osei, suggested I contact you. I'm a second-year economics student at \
Lakemont College and I'd love to hear how you moved from banking into climate policy.

Would you have 20 minutes for a call next week?

Thank you,
Ana Ruiz"""


def level(text, rule, **kw):
    return check_outreach(text, **kw).level(rule)


# --- asking for a job ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I am very interested in the position your team advertised last month.",
        "I would love working for your company one day.",
        "I'm ready for a new opportunity and thought of you first.",
        "Are there any opportunities in your area for someone like me?",
        "What would it take to get hired here?",
        "I don't know if you have any openings, but I'd be glad to help in any way.",
        "I've just applied for the junior analyst role and wanted to introduce myself.",
        "Could you recommend me to the hiring manager for the data team?",
        "I didn't see any openings on your site, so I thought I would ask you directly.",
    ],
)
def test_disguised_job_asks_fail(sentence):
    r = check_outreach(f"Dear Mr. Hale,\n\nI'm Sam, a nursing student. {sentence}\n\nThanks, Sam")
    assert r.level("asks-for-job") == "fail"
    assert "asks-for-job" in r.capped_by and r.score <= 60


def test_a_denial_is_not_an_ask():
    f = check_outreach("I'm Sam, a nursing student. I'm not asking for a job, only advice.") \
        .by_rule("asks-for-job")
    assert f.level == "pass" and "not asking" in f.message


def test_a_negated_knowing_still_asks():
    # The negation belongs to "know"; the openings are what is asked about.
    f = check_outreach("I don't know whether your firm has any openings.").by_rule("asks-for-job")
    assert f.level == "fail" and "not asking" not in f.message


def test_an_outlook_question_about_jobs_is_not_an_ask():
    r = check_questions(["How do you see job opportunities for new graduates in this field?",
                         "Which skills matter most for someone in a role like yours?"])
    assert r.level("asks-for-job") == "pass"
    assert check_questions(["Are there any openings on your team I could apply for?"]) \
        .level("asks-for-job") == "fail"


def test_thanks_for_a_referral_to_a_colleague_is_praise_worthy():
    note = ("Dear Ms. Lin, thank you for the referral to your colleague Tom Baker; I wrote to him "
            "this morning. Your advice about volunteering first was really helpful.")
    assert check_thank_you(note).level("asks-for-job") == "pass"
    assert check_thank_you(note + " Could you give me a referral for the open analyst role?") \
        .level("asks-for-job") == "fail"


# --- connections -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "My aunt, who worked with you at Harbor Health, mentioned that you mentor new nurses.",
        "We spoke briefly at the UX meetup on Thursday.",
        "I'm also a graduate of Lakemont College, class of 2019.",
        "Like you, I went through the Riverside coding bootcamp, so we both studied there.",
    ],
)
def test_personal_links_are_connections(sentence):
    f = check_outreach(f"I'm Sam, a career changer. {sentence}").by_rule("states-connection")
    assert f.level == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I read the article about your work on river restoration.",
        "I found you through LinkedIn while looking at analysts in Leeds.",
    ],
)
def test_a_source_is_not_a_connection(sentence):
    f = check_outreach(f"I'm Sam, a career changer. {sentence}").by_rule("states-connection")
    assert f.level == "warn"
    assert "in common" in f.message and not f.message.startswith("Good")


# --- introductions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm a reporter at the Valley Gazette.",
        "I'm a photographer based in Porto.",
        "I'm in the Mod 2 programme at the Digital Skills Academy.",
        "As a nursing student, I have been reading about community care.",
    ],
)
def test_introductions_are_read_from_what_people_do(sentence):
    assert level(sentence, "introduces-sender") == "pass"


def test_as_a_professional_is_not_an_introduction():
    text = "As a professional in the field, you must see many changes. Could we talk?"
    assert level(text, "introduces-sender") == "fail"


def test_a_call_to_someone_who_knows_you_needs_no_introduction():
    script = ("Hi Uncle Raj, I'm looking into careers in physiotherapy at the moment. Could you "
              "spare 20 minutes next week to tell me what the work is really like?")
    assert level(script, "introduces-sender", channel="phone", knows_recipient=True) == "pass"
    assert level(script, "states-connection", channel="phone", knows_recipient=True) == "pass"


# --- purpose ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to hear about your path into product design.",
        "I'm interested in learning more about hospital pharmacy.",
        "Could you tell me about your career in publishing?",
    ],
)
def test_purpose_phrases(sentence):
    assert level(f"I'm Sam, a student. {sentence}", "informational-purpose") == "pass"


def test_picking_a_brain_is_not_a_purpose():
    assert level("Could I buy you a coffee and pick your brain?", "informational-purpose") == "fail"


# --- pay -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["How much does a junior designer earn?", "What does someone in your role earn?",
     "What can a new teacher expect to make in the first year?"],
)
def test_pay_synonyms(sentence):
    assert level(f"I'm Sam, a student. {sentence}", "mentions-pay") == "fail"
    assert check_questions([sentence]).level("asks-pay") == "fail"


def test_earning_a_degree_is_not_pay():
    assert level("I'm Sam and I earned a degree in biology last year.", "mentions-pay") == "pass"


# --- scores ----------------------------------------------------------------------------


def test_the_untouched_starting_draft_never_scores_100():
    learner = Learner(name="Ana Ruiz", school="Lakemont College", fields=["accounting"],
                      email="ana@example.org", phone="555 0101")
    contact = Contact(name="Ms. Green", referred_by="Professor Wilson", field="accounting")
    for channel in ("email", "letter", "phone", "linkedin"):
        draft = starting_draft(channel, learner, contact)
        r = check_outreach(draft.body, channel, subject=draft.subject or None)
        assert r.level("placeholders") == "pass"
        assert r.level("personalised") == "warn", channel
        assert r.score < 100
    own = starting_draft("email", learner, contact).body.replace(
        "I'm exploring a career in accounting and would love to learn how you got started and "
        "what your days look like.",
        "Your talk on audit automation made me rethink which part of accounting I want to "
        "enter, and I would love to hear how you chose it.",
    )
    assert check_outreach(own, "email").level("personalised") == "pass"


@pytest.mark.parametrize(("subject", "expected"), [
    ("Question", "fail"), ("Hi", "fail"), ("", "fail"), ("Quick question", "fail"),
    ("Fellow Lakemont alum: 20 minutes on climate policy?", "pass"),
])
def test_subject_line(subject, expected):
    assert level(MODEL, "subject-line", subject=subject) == expected


def test_no_subject_known_or_not_an_email_is_not_judged():
    assert level(MODEL, "subject-line") == "pass"
    assert level(MODEL, "subject-line", channel="letter", subject="Question") == "pass"


def test_a_gap_fails_placeholders_but_the_template_still_ranks_above_a_bad_message():
    template = MODEL.replace("Dr. Osei", "[advisor's name]")
    bad = "Hey, are you hiring? I need a job ASAP. My CV is attached."
    r = check_outreach(template)
    assert r.level("placeholders") == "fail" and r.score < 85
    assert r.score > check_outreach(bad).score + 20


# --- messages a coach would sign -------------------------------------------------------


def test_open_rewrites_are_built_from_the_question():
    a = open_rewrite("Is it hard to find work as a new graduate?")
    b = open_rewrite("Did you study accounting at university?")
    assert a != b
    assert "find work as a new graduate" in a and a.startswith("How hard")
    assert "study accounting" in b


def test_three_questions_suit_fifteen_minutes():
    qs = ["How did you get started in marketing?", "What does a typical week look like?",
          "What advice would you give someone starting out?"]
    r = check_questions(qs, minutes=15)
    assert r.level("fits-time") == "pass"
    assert r.level("covers-essentials") == "pass"
    assert "most of the basics" not in r.by_rule("covers-essentials").message


def test_thank_you_says_what_to_do_not_to_write_dates():
    f = check_thank_you("Thank you for your time on Tuesday. Your advice about portfolios "
                        "helped a lot.").by_rule("sent-within-24h")
    assert "today" in f.message.lower() and "date" not in f.message.lower()


def test_an_email_reply_is_not_told_to_add_an_email_address():
    note = "Thank you for the call. Your advice about starting in a small firm was useful."
    assert check_thank_you(note, channel="email").level("includes-contact-info") == "pass"
    assert check_thank_you(note, reply=True).level("includes-contact-info") == "pass"
    assert check_thank_you(note, channel="card").level("includes-contact-info") == "fail"


# --- not English -----------------------------------------------------------------------


def test_text_that_is_not_english_gets_one_plain_finding():
    fr = ("Bonjour Madame, je suis étudiante en comptabilité et je voudrais vous poser "
          "quelques questions sur votre parcours. Merci pour votre temps.")
    es = ["¿Cómo empezó usted en este trabajo y qué es lo que más le gusta de su día?"]
    for r in (check_outreach(fr), check_thank_you(fr), check_questions(es * 3)):
        assert r.rules == (LANGUAGE_RULE,)
        assert [f.rule for f in r.findings] == [LANGUAGE_RULE]
        assert "English only" in r.findings[0].message
    assert "French" in check_outreach(fr).findings[0].message
    assert check_outreach(MODEL).rules != (LANGUAGE_RULE,)


def test_a_note_that_says_it_is_late_is_late_without_dates():
    f = check_thank_you("Sorry this is so late; I meant to write last week. Thank you for the "
                        "advice about grant writing.").by_rule("sent-within-24h")
    assert f.level == "fail" and "now" in f.message
