"""Round 18 (issue #12): phenomena the dev part showed the rules reading wrongly, each
written in our own words from the shape of real messages, not copied from a case: where
someone works, noticed, read as a reason for choosing them (five sources label it no
reason); what their team works with, and the way they explain things in a piece of
theirs, not read as one."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach
from tests.scoring.phenomena_shapes import in_request
from tests.scoring.phenomena_shapes import in_why_you_email as _why_email


# why-you: their employer or field alone is shared by everyone there.
@pytest.mark.parametrize(
    "sentence",
    [
        "I see that you work at Harlow Foods.",
        "Saw you're at {company}.",
        "I noticed you work in local government.",
        "I see you're now at [Company].",
        "I saw that you work at Brightline, a firm I admire.",
    ],
)
def test_their_employer_alone_is_no_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "warn"


# ... but what they do there, or what their team works with, is theirs.
@pytest.mark.parametrize(
    "sentence",
    [
        "I noticed you're a team lead there.",
        "I saw that you work at Harlow Foods as its head of sourcing.",
        "I noticed you work on the payments team.",
        "I see you're now [title] at [Company].",
        "I see your team uses dbt for its reporting.",
        "I noticed you recruit for the graduate scheme.",
        "I enjoyed the way you explain pricing models in your newsletter.",
        "I was struck by the way you discussed rural broadband.",
    ],
)
def test_what_they_do_there_is_a_reason(sentence):
    assert check_outreach(_why_email(sentence)).level("why-you") == "pass"


_BODY = (
    "Dear Dana,\n\nI'm Jo Smith, a third-year Computer Science student at Elm College. "
    "I read your post on the Harlow Foods data team and would love to hear how you got "
    "into analytics. Would you have 15 minutes next week?\n\nThank you,\nJo Smith"
)


# subject-line: who writes, to whom and when is no reason to open it.
@pytest.mark.parametrize(
    "subject",
    [
        "Hi Dana!",
        "Jo Smith",
        "Hello from Elm College",
        "Dana, Computer Science student - March 3",
        "Introduction: Jo Smith",
        "Elm College student",
        "Greetings from Jo, Elm College",
    ],
)
def test_a_subject_of_only_who_is_writing_says_nothing(subject):
    report = check_outreach(_BODY, subject=subject)
    assert report.level("subject-line") == "fail"
    assert "says who is writing, or to whom, but not why" in report.by_rule("subject-line").message


@pytest.mark.parametrize(
    "subject",
    [
        "Elm College student hoping to learn about analytics",
        "Your post on the Harlow Foods data team",
        "Fellow Elm College alum: 15 minutes?",
        "Elm College Student Interested in Your Experience",
        "Jo Smith: a question about [their field]",
        "Elm College student hoping to connect",
        "Student question",
    ],
)
def test_a_subject_with_a_topic_or_a_link_passes(subject):
    assert check_outreach(_BODY, subject=subject).level("subject-line") == "pass"



# asks-for-job: the sender's own plans or offers, read by advisers as a request.
@pytest.mark.parametrize(
    "sentence",
    [
        "I'd value your help getting my foot in the door.",
        "I'd be happy to work for free to gain experience with your team.",
        "I'm searching for an entry-level analyst job and thought you might help.",
        "I'm hoping to be hired before the summer.",
        "Could you flag my name to your manager?",
        "Is there any way I could intern with you this summer?",
    ],
)
def test_a_plan_or_offer_that_seeks_work_is_a_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm curious how hiring in market research has changed.",
        "I'm looking for a sense of what the role is like.",
        "I volunteered at a food bank last year.",
        "How did you get your foot in the door?",
        "I'm keen to join a team like yours one day.",
    ],
)
def test_a_topic_or_the_senders_history_is_no_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "pass"


_UNSIGNED = (
    "Hi Dana,\n\n{s} I'd love to hear how you got into urban planning. Would you have 20 "
    "minutes for a call next week?\n\nThank you,\n{sig}"
)


# introduces-sender: a title after the signed name, or the sender's past as a clause.
@pytest.mark.parametrize(
    ("sentence", "signature"),
    [
        ("", "Jo Park | MSc Planning candidate"),
        ("", "Jo Park, BSc\nJunior Analyst, Harlow Council"),
        ("Having spent eight years in retail, I'm now looking at planning.", "Jo"),
        ("Fresh out of Elm College, I'm curious about planning.", "Jo"),
        ("Jo from the evening GIS course here!", "Jo"),
    ],
)
def test_a_title_by_the_name_or_a_past_told_as_a_clause_introduces(sentence, signature):
    text = _UNSIGNED.format(s=sentence, sig=signature)
    assert check_outreach(text).level("introduces-sender") == "pass"


@pytest.mark.parametrize(
    "text",
    [
        _UNSIGNED.format(s="I hope you're well.", sig="Jo"),
        "Hi Dana, would you have 20 minutes next week? Thank you, Dana, for your time.",
        "Hi Dana, would you have 20 minutes next week?\n\nThanks, Dana, I appreciate it.",
    ],
)
def test_a_bare_name_or_the_readers_name_at_the_close_does_not(text):
    assert check_outreach(text).level("introduces-sender") == "fail"


# Corpus round 18's dev cases: a placement sought outright, a résumé "with ..., is
# attached", the sender's own recruiting season, and their record of past roles.
@pytest.mark.parametrize(
    "sentence",
    [
        "I am seeking a project or internship in your lab this summer.",
        "I'm looking for a summer placement in market research.",
    ],
)
def test_seeking_a_placement_is_a_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "fail"


def test_a_resume_with_words_between_is_attached():
    text = in_request("My CV, with my grades and projects, is attached to this email.")
    assert check_outreach(text).level("attaches-resume") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm a junior at Elm College recruiting for banking this summer.",
        "I am getting ready for summer analyst recruiting.",
        "I have completed two internships in finance, one of them a summer role at a bank.",
    ],
)
def test_the_senders_own_season_or_record_is_no_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Is your team recruiting at the moment?",
        "I have completed two internships and would love a summer role at your firm.",
    ],
)
def test_their_recruiting_or_a_role_wanted_is_still_a_job_ask(sentence):
    assert check_outreach(in_request(sentence)).level("asks-for-job") == "fail"


# polite: an easy way out, however it is worded, is a courteous close.
@pytest.mark.parametrize(
    "close",
    [
        "I understand if you're too busy.",
        "I totally understand if your schedule doesn't allow it.",
        "I'd completely understand if now isn't a good time.",
    ],
)
def test_an_easy_way_out_is_courteous(close):
    text = (
        "Hi Dana,\n\nI'm Jo, a geography student at Elm College. I'd love to hear how you got "
        f"into planning. Would you have 20 minutes for a call next week? {close}\n\nJo"
    )
    assert check_outreach(text).level("polite") == "pass"


def test_a_close_with_neither_thanks_nor_courtesy_is_not():
    text = (
        "Hi Dana,\n\nI'm Jo, a geography student at Elm College. I'd love to hear how you got "
        "into planning. Call me next week.\n\nJo"
    )
    assert check_outreach(text).level("polite") == "fail"
