"""Phenomena from issue 12, round four: the outreach rules read forms of language, not the
phrases of the dev corpus. Every example is written fresh for this file, one per phenomenon:
job asks disguised in other words, a denial's scope, asks against mentions; introductions
beyond a list of job titles; purposes; connections and sources; politeness. The last tests
check that case-free matching (the faster way the rules now run) finds the same spans.
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoint.scoring import check_outreach, outreach, patterns, prefilter, why_you
from infoint.scoring.text import fold
from tests.scoring.corpus_texts import texts


def level(text, rule, **kw):
    return check_outreach(text, **kw).level(rule)


def wrap(sentence):
    """A polite note that introduces its writer, around the sentence under test."""
    return f"Hello Priya, I'm Tomas, a geography student. {sentence} Many thanks, Tomas"


# --- asks-for-job ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "I'm very interested in the logistics coordinator position you have.",
        "I would really like to be working for your company in a few years.",
        "I'm ready for a new opportunity and your name came to mind.",
        "Are there opportunities in your area for a surveyor like me?",
        "I'd love to know what it would take to get hired here.",
        "I don't know if you have any openings, but I'd be glad to help out.",
        "If your office grows, please keep me in mind.",
        "Would you be able to pass my résumé along to your director?",
        "Are there any roles on your team this spring?",
        "Is your department hiring at the moment?",
        "I'm looking for my next role and hoped you might point me somewhere.",
        "I'm job hunting in urban planning and wondered if you could help.",  # search + request
        "May I ask whether you are recruiting graduates this year?",  # recruiting
        "Do you think you could use an extra pair of hands in the field office?",
        "Does your studio have any entry-level spots?",  # a seat with no job noun
        "I'd be grateful to be considered if anything suitable appears.",
        "I'm applying to Fernhill Surveys and would value your support.",  # applying there
        "One day I'd love to join Fernhill.",  # wanting in at a named employer
        "Would you happen to know anyone who is hiring?",  # a way in through somebody else
        "I'd love to bring my mapping skills to your team.",
        "Please let me know if anything becomes available.",
        "Could you help me find work in your department?",
        "I'd welcome a talk about how my survey skills could benefit your firm.",
        "Is your office accepting applications for the autumn?",
        "Does your team ever offer summer internships?",
        "Would you consider taking me on for a few months?",
        "Could you forward my details to your hiring manager?",
        "I'm on the job market and would be thankful for any help.",
    ],
)
def test_disguised_job_asks_fail(sentence):
    assert level(wrap(sentence), "asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm not asking for a job; I'd only like to learn how you work.",  # a denial
        "I'm not job hunting at the moment, just curious about the field.",
        "What do job opportunities look like for new graduates in planning?",  # outlook
        "Thank you for the introduction to your colleague Ines.",  # thanks, not an ask
        "What is the recruiting process like in your sector?",  # a topic
        "I've applied to two graduate programmes in geography.",  # a school, not a job
        "I'd love to join you for a coffee near your office.",
        "Someday I'd like to work at startups that map cities.",  # a career aim
        "How did you land your first job in surveying?",
        "I'd appreciate the chance to learn from someone in your position.",
        "How did you interview for your first role?",
        "What advice would you give someone on the job market?",
        "I've done some freelance work for a parish council.",
    ],
)
def test_mentions_and_denials_pass(sentence):
    assert level(wrap(sentence), "asks-for-job") == "pass"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("I'm not asking for a job, an internship or a referral.", "pass"),  # one scope
        ("I'm not looking for a job, I only want your view of the field.", "pass"),
        # The denial's clause ends at the comma: the request after it is not denied.
        ("Though I'm not asking for a role, could you refer me to your recruiter?", "fail"),
        ("I'm not asking for a job, but if any openings come up I'd love to know.", "fail"),
    ],
)
def test_a_denial_reaches_only_its_own_clause(sentence, verdict):
    assert level(wrap(sentence), "asks-for-job") == verdict


# --- introduces-sender ----------------------------------------------------------------------

ASK = " Would you have 20 minutes for a call next week? Thank you for considering it."


@pytest.mark.parametrize(
    "opening",
    [
        "I'm a reporter at the Harbour Gazette.",
        "I'm a wedding photographer based in Galway.",
        "I'm in the Mod 2 programme at a coding school.",
        "I recently graduated from Linden College.",
        "I work in freight scheduling for a grocery chain.",
        "I'm a spreadsheet nerd working in retail.",  # a role noun from no list
        "I'm currently at Brookvale University studying ecology.",
        "I'm new to the field, coming from teaching.",
    ],
)
def test_introductions_in_any_words_pass(opening):
    assert level(f"Hi Priya, {opening}{ASK}", "introduces-sender") == "pass"


def test_a_name_signed_under_the_closing_introduces():
    text = "Hi Priya,\n\nWould you have 15 minutes for a call about your work?\n\nBest,\nMarta Q."
    assert level(text, "introduces-sender") == "pass"


def test_a_full_name_with_a_title_line_under_it_introduces():
    text = "Hi Priya,\n\nCould we talk for 15 minutes about your work?\n\nMaria Lopez\nJunior, Hill"
    assert level(text, "introduces-sender") == "pass"


def test_a_closing_alone_is_no_name():
    text = "Hi Priya,\n\nCould we talk for 15 minutes about your work?\n\nBest Regards"
    assert level(text, "introduces-sender") == "fail"


@pytest.mark.parametrize(
    "opening",
    [
        "As a professional in your field, you must get many notes like this.",
        "I'm a huge fan of your maps.",
        "I'm sure you are busy.",
    ],
)
def test_what_only_looks_like_an_introduction_fails(opening):
    assert level(f"Hi Priya, {opening}{ASK}", "introduces-sender") == "fail"


# --- informational-purpose ------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to hear about your path into hydrology.",
        "I'm interested in learning more about coastal survey work.",
        "Could you tell me about your career so far?",
        "I'd value your advice on choosing a specialism.",
        "Could I pick your brain about flood mapping?",  # a named topic
        "Could you share what drew you to fieldwork?",
        "I'd love to know what you wish you had known at the start.",
        "What would you recommend for someone starting out?",
        "I'd appreciate the chance to learn from someone in your position.",
        "I'm eager to learn about the realities of the job.",
        "I'm hoping for some career advice from someone ahead of me.",
        "I'm trying to work out whether hydrology would be a good fit for me.",
    ],
)
def test_purposes_pass(sentence):
    assert level(wrap(sentence), "informational-purpose") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Could I pick your brain sometime?",  # vague: the label guide's "only a vague one"
        "Could I pick your brain on a couple of things?",
        "Would you be open to an informational interview?",
        "Let me know what works for you.",
    ],
)
def test_vague_purposes_fail(sentence):
    assert level(wrap(sentence), "informational-purpose") == "fail"


# --- states-connection ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "My mentor Joan mentioned that you moved from teaching into GIS.",
        "We spoke at the open-data meetup in May.",
        "I'm also a Linden College graduate.",
        "Professor Adair said you'd be a good person to ask.",  # someone who spoke of them
        "We both volunteer with the river trust.",
        "I noticed you know Carla Ruiz, who taught my mapping course.",
        "We have a mutual connection in Dev Patel.",
        "I was at your workshop and we chatted afterwards.",
        "A former student of yours, Leo, passed on your name.",
        "I was given your name by the alumni office.",
        "Hana put us in touch after the conference.",
        "We're both members of the cartography society.",
    ],
)
def test_personal_links_pass(sentence):
    assert level(wrap(sentence), "states-connection") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I read your article on tidal surveys.",
        "I found you through LinkedIn.",
        "I noticed on LinkedIn that you lead the survey team.",
        "A web search led me to you.",
    ],
)
def test_sources_warn(sentence):
    assert level(wrap(sentence), "states-connection") == "warn"


def test_a_class_assignment_is_no_shared_ground():
    text = wrap("For my seminar we each have to interview two experts.")
    assert level(text, "states-connection") == "fail"


# --- polite ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms Okafor,\nI'm Tomas. Would you have 15 minutes for a call?\nThank you,\nTomas",
        "Priya, I hope you're well. I'm Tomas. Could we talk for 15 minutes? Take care, Tomas",
        "Hi Priya, I'm Tomas. Could we chat for 15 minutes? Hope to hear from you. Tomas",
    ],
)
def test_a_greeting_with_thanks_or_a_courteous_close_passes(text):
    assert level(text, "polite") == "pass"


@pytest.mark.parametrize(
    "text",
    [
        "I'm Tomas. Could we chat for 15 minutes? Thanks.",  # thanks, but no greeting
        "Hi Priya, answer the questions below and send them back by Friday. Thanks.",
        "Hi Priya, you must tell me how you got your job. Thanks.",
        "Hi Priya, I want to know how you got your job. Reply soon, thanks.",
        "Priya, I'm Tomas. I hope you can read my long story and fix my career.",  # no close
    ],
)
def test_curt_or_demanding_fails(text):
    assert level(text, "polite") == "fail"


# --- case-free matching finds the same spans ------------------------------------------------

PATTERN_LISTS = [
    outreach._INTRO, outreach._CONNECTION, outreach._SOURCE, outreach._PURPOSE,
    outreach._ATTACH, patterns._JOB, patterns._PAY, why_you._PATTERNS,
    [outreach._REQUEST, outreach._WISH, outreach._DEMAND, outreach._POLITE, outreach._CLOSE,
     outreach._MEETING, outreach._RANGE, outreach._SINGLE, outreach._HOURS, *outreach._VAGUE],
]
ALL_PATTERNS = [p for group in PATTERN_LISTS for p in group]
ODD = [
    "İSTANBUL İNTERNSHİP: ANY OPENİNGS?", "ıs there an openıng", "ſalary and ſtipend",
    "KELVIN \u212aEEP ME IN MIND", "I'M NOT ASKING FOR A JOB", "ÉTUDIANTE, ANY ROLES?",
]


def _same_spans(text):
    folded = fold(text)
    low = prefilter.lowered(folded)
    assert len(low) == len(folded)
    for pattern in ALL_PATTERNS:
        fast = [m.span() for m in prefilter.scan(pattern, folded, low)]
        slow = [m.span() for m in pattern.finditer(folded)]
        assert fast == slow, pattern.pattern[:80]


def test_most_patterns_run_case_free():
    fast = sum(prefilter.caseless(p) is not None for p in ALL_PATTERNS)
    assert fast >= 0.9 * len(ALL_PATTERNS)
    assert prefilter.caseless(re.compile(r"\bat\s+[A-Z]", re.I)) is None  # a capital kept


def test_case_free_matching_finds_the_same_spans_on_real_and_odd_texts():
    for text in [*texts(), *ODD]:
        _same_spans(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*"aAiIİısſkK \n.,'-?", "job ", "OPENING ", "I'm ", "your "]),
                max_size=60).map("".join))
def test_case_free_matching_finds_the_same_spans_on_any_text(text):
    _same_spans(text)
