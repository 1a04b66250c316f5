"""Question lists and thank-you notes (issue 12, fourth round): the basics in their many
phrasings, job asks inside a question list, a takeaway that names something concrete, and
a door kept open. Every example is written fresh in our own words, the way learners and
career-centre handouts word these things; none is taken from the corpus.
"""

import pytest

from infoint.scoring import check_questions, check_thank_you, open_rewrite
from infoint.scoring.basics import basics_of, clauses

STARTED, DAILY, PATH, ADVICE = (
    "how they started", "the daily work", "the path or skills", "their advice"
)


@pytest.mark.parametrize(
    ("basic", "question"),
    [
        (STARTED, "What drew you to hospital pharmacy?"),
        (STARTED, "How did you end up working in logistics?"),
        (STARTED, "What sparked your interest in conservation?"),
        (STARTED, "How did you make the move from teaching into UX?"),
        (STARTED, "Tell me about the path that led you to hospice nursing."),
        (STARTED, "What were you doing before you joined the agency?"),
        (STARTED, "How did you land your current position?"),
        (STARTED, "How'd you get into this?"),
        (DAILY, "Walk me through a typical week."),
        (DAILY, "What does a normal day involve for you?"),
        (DAILY, "Could you describe what your role involves?"),
        (DAILY, "What keeps you busy most days?"),
        (DAILY, "How is your week split between clients and paperwork?"),
        (DAILY, "What's something about the job that people don't expect?"),
        (DAILY, "How much of the job is client-facing?"),
        (DAILY, "Describe a recent project you're proud of."),
        (DAILY, "What don't you like about it?"),
        (PATH, "How do you see your career developing?"),
        (ADVICE, "Which professional associations are worth joining?"),
        (PATH, "What skills matter most in this field?"),
        (PATH, "Which courses or certifications would help me most?"),
        (PATH, "What do hiring managers look for in a junior analyst?"),
        (PATH, "How do most people break into sports marketing?"),
        (PATH, "Where could this role lead in five years?"),
        (PATH, "What would it take for someone like me to become a data engineer?"),
        (ADVICE, "What would you do differently if you were starting out now?"),
        (ADVICE, "What do you wish you had known when you began?"),
        (ADVICE, "What should someone like me do next?"),
        (ADVICE, "If you were in my shoes, what would you focus on?"),
        (ADVICE, "Any words of wisdom for someone starting out?"),
        (ADVICE, "Is there anything you'd warn a newcomer about?"),
        (ADVICE, "Which books or podcasts would you recommend?"),
    ],
)
def test_each_basic_in_its_many_phrasings(basic, question):
    assert basic in basics_of(question)


@pytest.mark.parametrize(
    "question",
    [
        "What does an entry-level analyst earn here?",  # pay, though it says entry-level
        "How will the industry change over the next decade?",  # the field's outlook
        "What does the job market look like for new grads?",
        "Who else would you recommend I talk to?",  # names, the next step, not advice
        "Thank you in advance for your time.",  # "advance" is not advancement
        "What is your company's mission?",
    ],
)
def test_what_covers_no_basic(question):
    assert basics_of(question) == set()


def test_a_lead_in_about_the_asker_covers_nothing():
    # The graduate school is the asker's plan; the question is about balance (daily work).
    q = "Because I'm considering graduate school, how do people here balance work and life?"
    assert basics_of(q) == {DAILY}


def test_joined_questions_are_read_clause_by_clause():
    q = "What's a typical day like, and how much do people earn?"
    assert clauses(q) == ["What's a typical day like", "how much do people earn"]
    assert basics_of(q) == {DAILY}


def test_a_yes_no_question_covers_only_what_it_names():
    from infoint.scoring.questions import _is_closed  # noqa: PLC0415 - the checker's own test

    assert basics_of("Can people move up where you work?", _is_closed) == set()
    assert basics_of("Do you travel often?", _is_closed) == set()
    assert basics_of("Do you have any advice for me?", _is_closed) == {ADVICE}
    assert basics_of("Is a master's degree necessary?", _is_closed) == {PATH}


def test_a_list_that_only_sounds_broad_fails_the_basics():
    # Hours, pay, outlook and more names: a 20-minute list with only the daily work.
    qs = [
        "What does a normal day look like in your role?",
        "How many hours a week do you usually put in?",
        "What does an entry-level person in this field get paid?",
        "What will the job market look like over the next decade?",
        "Is there anyone else you think I should speak with?",
    ]
    assert check_questions(qs, minutes=20).level("covers-essentials") == "fail"


def test_a_fifteen_minute_list_of_fresh_phrasings_covers_the_basics():
    qs = [
        "What pulled you toward speech therapy in the first place?",
        "What keeps you busy on a regular Monday?",
        "If you were in your final year again, what would you focus on?",
    ]
    report = check_questions(qs, minutes=15)
    assert report.level("covers-essentials") == "pass"
    assert report.level("fits-time") == "pass"


def test_thirty_minutes_need_three_basics_and_say_which_is_missing():
    qs = [
        "How did you get into museum education?",
        "What does a typical week involve for you?",
        "How has the field changed since you started?",
        "What is the culture like on your team?",
        "Who else would you suggest I talk to?",
    ]
    finding = check_questions(qs, minutes=30).by_rule("covers-essentials")
    assert finding.level == "warn"
    assert "the path or skills" in finding.message and "their advice" in finding.message


# --- asking for a job inside a question list ------------------------------------------

_BASE = ["How did you get started in this field?", "What does a typical week look like?"]


@pytest.mark.parametrize(
    "question",
    [
        "Would you be willing to refer me for the analyst opening?",
        "Are you hiring at the moment?",
        "Could you pass my résumé on to your manager?",
        "Is there an opening on your team?",
        "How can I get hired here?",
        "How could I get a job at your company?",
        "What's the best way for me to get a job on your team?",
        "Could you put in a word for me with the hiring manager?",
        "What are my chances of landing a position with your firm?",
        "Is there any chance I could intern with your group?",
        "How do I apply to work at your firm?",
        "Do you know anyone who is hiring?",  # leads
        "Are there any openings on your team you'd suggest I apply for?",
    ],
)
def test_job_asks_in_a_question_list_fail(question):
    assert check_questions([*_BASE, question], minutes=20).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "question",
    [
        "How did you get your first job?",
        "What does the job outlook look like for new nurses?",
        "How did you find your internship in college?",
        "What kinds of positions do graduates usually start in?",
        "How does the hiring process usually work in this industry?",
        "What skills should I build to be ready for an entry-level role?",
        "What job titles should I search for?",
        "What was your first role at the company?",
        "Are there any internships you'd recommend for students?",
        "How did you find out about the opening for your current role?",  # their history
    ],
)
def test_jobs_named_as_a_topic_pass(question):
    assert check_questions([*_BASE, question], minutes=20).level("asks-for-job") == "pass"


def test_a_job_question_covers_no_basic():
    qs = ["How can I get a job on your team, and what skills would I need?"]
    assert PATH not in check_questions(qs, minutes=15).stats["covered"]


# --- open rewrites built from the question -------------------------------------------


@pytest.mark.parametrize(
    ("closed", "must_contain"),
    [
        ("Has the field changed much?", "How has the field changed"),
        ("Will AI replace this job?", "AI will replace this job"),
        ("Did you need a master's degree?", "a master's degree matter"),
        ("Isn't the work repetitive?", "How repetitive is the work"),
        ("Is this a good field for introverts?", "a good field for introverts"),
        ("Do you get to be creative?", "get to be creative"),
        ("Are you happy with your choice?", "your choice"),
        ("May I send you my CV?", "May I send you my CV"),  # no shape: quoted, not generic
    ],
)
def test_open_rewrites_come_from_the_question(closed, must_contain):
    rewrite = open_rewrite(closed)
    assert must_contain in rewrite
    assert not rewrite.startswith(("Is ", "Are ", "Do ", "Did ", "Has ", "Will "))


# --- thank-you: a concrete takeaway ---------------------------------------------------


def _note(body):
    return f"Dear Ms. Olsen,\n\nThank you for meeting with me on Tuesday. {body}\n\nBest,\nTomas"


@pytest.mark.parametrize(
    "sentence",
    [
        "Your advice to volunteer at the food bank before applying was spot on.",
        "I've already ordered the book on negotiation you recommended.",
        "I learned that most analysts start out in audit before moving to advisory.",
        "Your story about switching from chemistry to patent law stuck with me.",
        "I had no idea that hospital pharmacists rotate through so many wards.",
        "As you suggested, I have contacted Raj Patel in the planning department.",
        "Hearing how you moved from retail into supply chain planning gave me hope.",
        "Your comparison of agency and in-house work really helped me decide.",
        "Since we spoke I've joined the county bar association's student section.",
        "What stayed with me most was your point that good analysts ask why twice.",
        "Your advice about [topic] was very helpful.",  # a template's gap marks the spot
        "Your tip re: getting the CFA level 1 done before applying was gold.",
        "The way your lab splits bench work and grant writing was news to me.",
        "I learned that Deloitte rotates new auditors through three client sectors.",
        "Hearing about your work on vaccines was inspiring.",
        "I especially liked the part about building a portfolio from volunteer work.",
    ],
)
def test_a_concrete_takeaway_passes(sentence):
    assert check_thank_you(_note(sentence)).level("specific-takeaway") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Your advice was very helpful.",
        "I learned a lot.",
        "I learned so much about the industry.",
        "It was great to hear about your experience.",
        "I especially appreciated your kindness.",
        "I now have a much better understanding of the field.",
        "Thank you for sharing your experience and advice with me.",
        "I will keep you posted.",  # a door, not a takeaway
        'You\'re probably thinking "huh?" right now.',  # a quote that names nothing
        # Where they work, their title, the café, the day: the frame, not a takeaway.
        "It was great to hear about your work at Horizon Health.",
        "Learning about your role as a project manager was really helpful.",
        "I especially enjoyed our coffee at the Blue Door café.",
        "I learned a lot about what it's like to work at Deloitte.",
        "I especially appreciated you making time on a Friday afternoon.",
        "You mentioned you have been at the company for six years.",
    ],
)
def test_generic_thanks_is_no_takeaway(sentence):
    assert check_thank_you(_note(sentence)).level("specific-takeaway") != "pass"


# --- thank-you: the door kept open ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I will let you know how the application goes.",
        "May I reach out again once I have finished the course?",
        "I'll keep you updated on my progress.",
        "Would it be all right if I followed up with you in the spring?",
        "I hope you won't mind if I stay in touch now and then.",  # negation of minding
        "I've been meaning to get back in touch for a while.",
        "Do let me know if I can ever be of help to you.",
        "I hope we'll cross paths again soon.",
        "I'll drop you a line once I hear back from the programme.",
        "I'd love to buy you a coffee next time I'm in Leeds.",
    ],
)
def test_keeping_the_door_open_passes(sentence):
    assert check_thank_you(_note(sentence)).level("asks-to-stay-in-touch") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for putting me in touch with Dana.",  # an introduction, thanked
        "Your advice on next steps was clear.",
        "I won't take up any more of your time.",
        "I'm very grateful for the introduction to Omar.",
        "You explained how things go in a typical audit season, which was useful.",
        "I look forward to following your advice.",
    ],
)
def test_no_door_kept_open(sentence):
    assert check_thank_you(_note(sentence)).level("asks-to-stay-in-touch") != "pass"


# --- thank-you: asking for a job ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Please keep me in mind if a position opens up on your team.",
        "Could you forward my CV to your hiring manager?",
        "Let me know if there is anything available at your firm.",
        "It would mean a lot if you could mention my name to your recruiter.",
        "I would love the opportunity to contribute to your team.",
        "Should anything come up in your department, please think of me.",
        "If your team ever needs an extra pair of hands, I'm your person!",
        "Is there any chance your firm would take me on as a summer intern?",
        "I would really appreciate it if you could pass my résumé along to your manager.",
        "Thanks in advance for passing my CV on to the hiring team.",
    ],
)
def test_thank_you_job_asks_fail(sentence):
    assert check_thank_you(_note(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you also for referring me to your colleague Mira.",
        "Thanks for introducing me to Dan in the hiring team; I wrote to him today.",
        "Thank you for the referral to Maria Chen at your firm.",
        "Your tips on how to search for entry-level roles were great.",
        "I'm not asking for a job, just hoping to keep learning from you.",
        "Please let me know if I can ever return the favour.",
        "If you ever need help with the newsletter, I'd be glad to pitch in.",  # a favour
        "I really appreciate you passing my résumé along to Jane in marketing.",
        "I'm grateful for your offer to introduce me to the hiring manager at Corvid.",
    ],
)
def test_thank_you_referral_thanks_and_topics_pass(sentence):
    assert check_thank_you(_note(sentence)).level("asks-for-job") == "pass"
