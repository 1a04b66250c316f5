"""Unit tests for the thank-you rules."""

from datetime import date, datetime

import pytest

from infoint.scoring import THANK_YOU_RULES, check_thank_you

NOTE = (
    "Dear Ms. Green, thank you for meeting me today. Your advice about the student chapter "
    "was especially helpful and I signed up tonight. I also learned how busy season shapes "
    "the year. May I contact you again if questions come up? You can reach me at "
    "sam@example.org. Best, Sam"
)


def test_contract():
    r = check_thank_you(NOTE, date(2026, 3, 1), date(2026, 3, 2))
    assert [f.rule for f in r.findings] == list(THANK_YOU_RULES)
    assert r.score == 100
    assert r.stats["days_after_meeting"] == 1


@pytest.mark.parametrize(
    ("met", "sent", "expected"),
    [
        (date(2026, 3, 1), date(2026, 3, 1), "pass"),
        (date(2026, 3, 1), date(2026, 3, 2), "pass"),
        (date(2026, 3, 1), date(2026, 3, 3), "fail"),
        (None, date(2026, 3, 3), "warn"),
        (date(2026, 3, 1), None, "warn"),
        (date(2026, 3, 5), date(2026, 3, 1), "warn"),
        ("2026-03-01", "2026-03-02", "pass"),
        (datetime(2026, 3, 1, 18), datetime(2026, 3, 2, 9), "pass"),
    ],
)
def test_sent_within_24h(met, sent, expected):
    assert check_thank_you(NOTE, met, sent).level("sent-within-24h") == expected


def test_bad_date_string():
    with pytest.raises(ValueError):
        check_thank_you(NOTE, "last tuesday", None)


def test_job_request_caps_score():
    r = check_thank_you(NOTE + " Please keep me in mind for any openings.")
    assert r.level("asks-for-job") == "fail" and r.score <= 60


@pytest.mark.parametrize(
    ("words", "expected"), [(2, "fail"), (8, "pass"), (60, "pass"), (200, "warn"), (251, "fail")]
)
def test_length(words, expected):
    assert check_thank_you(" ".join(["thanks"] * words)).level("length") == expected


@pytest.mark.parametrize(
    "contact", ["sam@example.org", "+1 (555) 201-3344", "555.201.3344", "reach me at the office"]
)
def test_contact_info(contact):
    assert check_thank_you(f"Thank you! {contact}").level("includes-contact-info") == "pass"
