"""Property tests: no input breaks a checker or the bank parser."""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoint.bank import BankError, parse_bank_csv
from infoint.scoring import (
    CHANNELS,
    OUTREACH_RULES,
    QUESTION_RULES,
    THANK_YOU_RULES,
    check_outreach,
    check_questions,
    check_thank_you,
)
from infoint.scoring.thank_you import THANK_YOU_CHANNELS

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any Unicode, weighted towards the characters the rules look at.
texty = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(list("  \n\t.,?!'’\"“”-–—[]{}<>_X@0123456789")),
        st.sampled_from(["job ", "not ", "hiring ", "minutes ", "an hour ", "salary ", "Dr. "]),
    ),
    max_size=200,
).map("".join)


def _valid(report, rules, texts):
    assert 0 <= report.score <= 100
    if report.rules == ("language",):  # not English: one plain finding, no advice
        assert [f.rule for f in report.findings] == ["language"]
        report.to_dict()
        return
    assert report.rules == rules
    assert {f.rule for f in report.findings} == set(rules)
    # stable order: rule ids appear in the declared order
    order = [rules.index(f.rule) for f in report.findings]
    assert order == sorted(order)
    for f in report.findings:
        assert f.level in ("pass", "warn", "fail")
        if f.span is not None:
            text = texts[f.question_index] if f.question_index is not None else texts[None]
            assert 0 <= f.span[0] <= f.span[1] <= len(text)
    report.to_dict()


@FAST
@given(
    text=texty,
    channel=st.sampled_from(CHANNELS),
    subject=st.none() | texty,
    knows=st.booleans(),
)
def test_outreach_any_text(text, channel, subject, knows):
    report = check_outreach(text, channel=channel, subject=subject, knows_recipient=knows)
    _valid(report, OUTREACH_RULES, {None: text})


@FAST
@given(questions=st.lists(texty, max_size=12), minutes=st.integers(1, 90), notes=texty)
def test_questions_any_text(questions, minutes, notes):
    texts = dict(enumerate(questions))
    texts[None] = ""
    _valid(check_questions(questions, minutes=minutes, research_notes=notes), QUESTION_RULES,
           texts)


@FAST
@given(
    text=texty,
    met=st.none() | st.dates(),
    sent=st.none() | st.dates(),
    channel=st.none() | st.sampled_from(THANK_YOU_CHANNELS),
    reply=st.none() | st.booleans(),
)
def test_thank_you_any_text(text, met, sent, channel, reply):
    _valid(check_thank_you(text, met, sent, channel=channel, reply=reply), THANK_YOU_RULES,
           {None: text})


@FAST
@given(text=st.text(max_size=600))
def test_bank_parser_any_text(text):
    try:
        questions = parse_bank_csv(text, "fuzz.csv")
    except BankError as exc:
        assert str(exc).startswith("fuzz.csv")
    else:
        assert all(q.text and q.id for q in questions)


@FAST
@given(
    rows=st.lists(
        st.lists(st.text(st.characters(blacklist_categories=["Cs"]), max_size=30), max_size=7),
        max_size=8,
    )
)
def test_bank_parser_csv_shaped_text(rows):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "category", "question", "minutes", "tags", "field"])
    writer.writerows(rows)
    try:
        parse_bank_csv(buffer.getvalue(), "rows.csv")
    except BankError as exc:
        assert "rows.csv" in str(exc)


def test_empty_and_control_characters():
    for text in ("", " ", "\x00\x01\x02\x1b[31m\x7f", "\u202e\u200b\ufeff", "\r\n\r\n"):
        for channel in CHANNELS:
            _valid(check_outreach(text, channel), OUTREACH_RULES, {None: text})
        _valid(check_thank_you(text), THANK_YOU_RULES, {None: text})
        _valid(check_questions([text, text]), QUESTION_RULES, {0: text, 1: text, None: ""})


def test_one_megabyte_is_fast():
    chunk = (
        "Dear [Name], I'm not asking for a job but are you hiring? 15-20 minutes, an hour, "
        "salary, my resume is attached. 555-123-4567 a@b.co Dr. X. XX ____ {x} <y> "
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 1234567890123456789 ’“”–\n"
    )
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    pathological = ["a" * 1_000_000, "1" * 1_000_000, "[" * 1_000_000, " x" * 500_000]
    start = time.perf_counter()
    for t in [text, *pathological]:
        _valid(check_outreach(t, "email"), OUTREACH_RULES, {None: t})
        _valid(check_thank_you(t), THANK_YOU_RULES, {None: t})
    _valid(check_questions([text]), QUESTION_RULES, {0: text, None: ""})
    assert time.perf_counter() - start < 10
