"""Unit tests for the outreach rules and the Report contract."""

import dataclasses
import json

import pytest

from infoint.scoring import OUTREACH_RULES, Finding, Report, check_outreach

GOOD = (
    "Dear Mrs. Green,\n\nMy professor, Mr. Wilson, referred me to you. I am a recent graduate "
    "of State University interested in accounting, and I'd love to hear about your career. "
    "Would you have 15-20 minutes next week?\n\nThank you,\nSam"
)


def level(text, rule, channel="email"):
    return check_outreach(text, channel=channel).level(rule)


def test_report_contract():
    r = check_outreach(GOOD, channel="email")
    assert isinstance(r, Report)
    assert isinstance(r.score, int) and 0 <= r.score <= 100
    assert isinstance(r.findings, list) and all(isinstance(f, Finding) for f in r.findings)
    assert [f.rule for f in r.findings] == list(OUTREACH_RULES)
    # every rule passes but why-you (a referral without a reason), whose warn takes 5 off
    assert [f.rule for f in r.findings if f.level != "pass"] == ["why-you"]
    assert r.score == 95
    for f in r.findings:
        assert f.level in ("pass", "warn", "fail")
        assert f.message and f.guideline
        if f.span is not None:
            assert 0 <= f.span[0] <= f.span[1] <= len(GOOD)
    data = json.loads(json.dumps(r.to_dict()))
    assert data["score"] == r.score and len(data["findings"]) == len(OUTREACH_RULES)
    assert r.stats["words"] > 20 and r.stats["characters"] == len(GOOD.strip())
    assert r.stats["speaking_seconds"] == pytest.approx(r.stats["words"] / 150 * 60, abs=0.1)


def test_frozen_and_by_rule():
    r = check_outreach(GOOD)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.score = 5  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.findings[0].level = "fail"  # type: ignore[misc]
    assert r.by_rule("polite").rule == "polite"
    with pytest.raises(KeyError):
        r.by_rule("no-such-rule")
    with pytest.raises(ValueError):
        Finding("x", "maybe", "m", None, "g")  # type: ignore[arg-type]


@pytest.mark.parametrize("channel", ["fax", "", "sms", None, 3])
def test_unknown_channel(channel):
    with pytest.raises(ValueError):
        check_outreach(GOOD, channel=channel)


def test_channel_is_case_insensitive():
    assert check_outreach(GOOD, channel=" Email ").stats["channel"] == "email"


@pytest.mark.parametrize(
    "sentence",
    [
        "I am not asking for a job.",
        "I'm not looking for a job, just advice.",
        "I’m not looking for a job or an internship.",
        "This isn't a job request.",
        "I am not asking for an internship.",
        "To be clear, I'm not asking you for a position.",
        "I'm not writing to ask about openings.",
        "A job is not what I'm after.",
        "I completed an internship last summer.",
        "I'd love to hear what the hiring process looks like.",
    ],
)
def test_job_negation_and_history_pass(sentence):
    assert level(f"Hi, I'm Sam. {sentence} Would you have 20 minutes?", "asks-for-job") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Are you hiring?",
        "Do you have any openings?",
        "I am looking for an internship.",
        "Could you refer me for a position on your team?",
        "Are there any vacancies?",
        "I'm not a graduate yet, but I'd love a summer internship with you.",
        "I'm not asking for a job, but are you hiring?",
        "Please keep me in mind for any roles at your firm.",
        "I would love to join your team.",
    ],
)
def test_job_requests_fail(sentence):
    r = check_outreach(f"Hi, I'm Sam. {sentence} Would you have 20 minutes?")
    assert r.level("asks-for-job") == "fail"
    assert r.score <= 60 and "asks-for-job" in r.capped_by


@pytest.mark.parametrize(
    "sentence",
    [
        "My professor, Dr. Lee, suggested I contact you.",
        "Sam Patel gave me your name.",
        "I found you through the State University alumni network.",
        "We met at the career fair last week.",
        "Professor Ruiz referred me to you.",
        "Our mutual friend Ana thought we should talk.",
        "I was referred by Maria Gomez.",
    ],
)
def test_states_connection(sentence):
    assert level(sentence, "states-connection") == "pass"


def test_a_source_is_weaker_than_a_connection():
    # Hearing them speak is how the sender found them, not something they share.
    assert level("I heard you speak at the Data Summit.", "states-connection") == "warn"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Would you have 15 minutes?", "pass"),
        ("Would you have 15-20 minutes?", "pass"),
        ("Would you have 15–20 minutes?", "pass"),
        ("Would you have twenty minutes?", "pass"),
        ("Could we meet for half an hour?", "pass"),
        ("Could we do a 30-minute call?", "pass"),
        ("Could we meet for a short meeting?", "warn"),
        ("Could I buy you a coffee?", "warn"),
        ("Could we talk sometime?", "warn"),
        ("Do you have 5 minutes?", "warn"),
        ("Could we meet for an hour?", "warn"),
        ("Could we meet for 45 minutes?", "warn"),
        ("Could we meet for 1 hour?", "warn"),
        ("Could we meet for 20-40 minutes?", "warn"),
    ],
)
def test_time_request(phrase, expected):
    assert level(f"Hi, I'm Sam. {phrase}", "time-request") == expected


def test_length_by_channel():
    words = lambda n: " ".join(["word"] * n)  # noqa: E731
    assert level(words(99), "length") == "pass"
    assert level(words(100), "length") == "warn"
    assert level(words(150), "length") == "warn"
    assert level(words(151), "length") == "fail"
    assert level(words(120), "length", "letter") == "warn"
    assert level("x" * 250, "length", "linkedin") == "pass"
    assert level("x" * 251, "length", "linkedin") == "warn"
    assert level("x" * 301, "length", "linkedin") == "fail"
    assert level(words(110), "length", "phone") == "pass"  # 44 s
    assert level(words(140), "length", "phone") == "warn"  # 56 s
    assert level(words(160), "length", "phone") == "fail"  # 64 s
    assert check_outreach(words(150), "phone").stats["speaking_seconds"] == 60


@pytest.mark.parametrize(
    "hole", ["[Name]", "____", "<company>", "XX", "{name}", "[Your Name]", "(company)"]
)
def test_placeholders(hole):
    r = check_outreach(f"Dear {hole}, I'm Sam. Would you have 20 minutes? Thanks!")
    f = r.by_rule("placeholders")
    assert f.level == "fail"
    assert hole in r.findings[0].message or f.span is not None
    assert r.score <= 80 and "placeholders" in r.capped_by


def test_placeholder_span_points_at_the_gap():
    text = "Hello [Name], I'm Sam."
    f = check_outreach(text).by_rule("placeholders")
    assert text[f.span[0] : f.span[1]] == "[Name]"


def test_email_address_is_not_a_placeholder():
    assert level("Write to me at <sam@example.org>. Thanks!", "placeholders") == "pass"


def test_resume():
    assert level("I have attached my resume.", "attaches-resume") == "fail"
    assert level("My CV is enclosed.", "attaches-resume") == "fail"
    # Offering it turns the request into an application just the same.
    assert level("I can send my resume if you'd like.", "attaches-resume") == "fail"
    assert level("I have not attached my resume.", "attaches-resume") == "pass"


def test_pay():
    assert level("What is the salary?", "mentions-pay") == "fail"
    assert level("How much do engineers make?", "mentions-pay") == "fail"
    assert level("I will pay attention to your advice.", "mentions-pay") == "pass"
    assert level("I won't ask about salary.", "mentions-pay") == "pass"


def test_question_request():
    assert level("I'm Sam. Would you have 20 minutes?", "asks-as-question") == "pass"
    assert level("I'm Sam. I would like 20 minutes of your time.", "asks-as-question") == "fail"
    assert level("I'm Sam.", "asks-as-question") == "fail"


def test_connection_first_skips_greeting():
    text = "Dear Dr. Lee,\nProfessor Kay suggested I write. I'm Sam. Would you have 20 minutes?"
    assert level(text, "connection-first") == "pass"
    late = "I'm Sam. I study law. I like courts. Professor Kay suggested I write to you."
    assert level(late, "connection-first") == "warn"


def test_messages_come_from_data():
    f = check_outreach("").by_rule("polite")
    assert "thank" in f.message.lower()
    assert f.guideline == "Be polite"
