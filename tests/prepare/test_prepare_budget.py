"""The time budget, suggestions per meeting length, notes, times and the rehearsal clock."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoint.bank import load_bank
from infoint.prepare import (
    CLOSE_MINUTES,
    DEFAULT_QUESTION_MINUTES,
    OPENING_MINUTES,
    Rehearsal,
    agenda,
    checklist,
    clock_text,
    default_timezone,
    join_notes,
    parse_time,
    rehearsal_plan,
    split_notes,
    starts_at,
    suggest_questions,
    time_budget,
)


def test_empty_plan_leaves_the_middle_free():
    b = time_budget([], 20)
    assert (b.opening, b.close, b.total, b.spare) == (3.0, 2.0, 5.0, 15.0)
    assert b.fits and b.questions == []


def test_unknown_questions_take_two_and_a_half_minutes_each():
    b = time_budget(["What surprised you?", "Which habits help?"], 15)
    assert [q.minutes for q in b.questions] == [2.5, 2.5]
    assert b.total == pytest.approx(10.0)
    assert b.spare == pytest.approx(5.0)


def test_bank_estimates_are_used_for_bank_questions():
    bank = load_bank()
    q = bank.questions[0]
    b = time_budget([q.text.upper(), "My own question?"], 20, bank=bank)
    assert b.questions[0].minutes == q.minutes
    assert b.questions[1].minutes == DEFAULT_QUESTION_MINUTES


def test_overflow_marks_the_questions_that_do_not_fit():
    b = time_budget([(f"Q{i}", 3) for i in range(6)], 15)
    # 15 - 3 - 2 = 10 minutes for questions: three 3-minute questions fit, the 4th does not.
    assert [q.fits for q in b.questions] == [True, True, True, False, False, False]
    assert not b.fits
    assert b.overflow == pytest.approx(8.0)
    assert b.n_fitting == 3


def test_exactly_full_fits():
    b = time_budget([("a", 5), ("b", 5)], 15)
    assert b.fits and all(q.fits for q in b.questions) and b.spare == 0


def test_accepts_bank_question_objects():
    bank = load_bank()
    qs = list(bank.questions[:3])
    b = time_budget(qs, 30)
    assert [q.text for q in b.questions] == [q.text for q in qs]


def test_zero_length_is_refused():
    with pytest.raises(ValueError):
        time_budget([], 0)


@given(
    st.lists(st.floats(min_value=0.5, max_value=15, allow_nan=False), max_size=25),
    st.integers(min_value=5, max_value=60),
)
def test_budget_properties(lengths, minutes):
    b = time_budget([(f"q{i}", m) for i, m in enumerate(lengths)], minutes)
    assert b.total == pytest.approx(OPENING_MINUTES + sum(lengths) + CLOSE_MINUTES)
    assert b.spare == pytest.approx(minutes - b.total)
    fits = [q.fits for q in b.questions]
    # Fitting questions form a prefix: once one overflows, every later one does too.
    assert fits == sorted(fits, reverse=True)
    used = sum(q.minutes for q in b.questions if q.fits)
    assert used <= minutes - OPENING_MINUTES - CLOSE_MINUTES + 1e-6
    assert b.fits == all(fits) or not lengths
    if b.fits:
        assert b.spare >= -1e-9


@pytest.mark.parametrize("minutes", [15, 20, 30])
@pytest.mark.parametrize("field", [None, "nursing", "software engineering"])
def test_suggestions_fit_each_meeting_length(minutes, field):
    bank = load_bank()
    picked = suggest_questions(minutes, field, bank)
    assert len(picked) >= 4
    assert time_budget(picked, minutes).fits
    assert len({q.id for q in picked}) == len(picked)


def test_longer_meetings_get_more_questions():
    bank = load_bank()
    counts = [len(suggest_questions(m, None, bank)) for m in (15, 20, 30)]
    assert counts[0] <= counts[1] < counts[2]


def test_suggestions_cover_the_basics():
    picked = suggest_questions(20, None, load_bank())
    cats = {q.category for q in picked}
    assert {"getting started", "career paths", "qualifications", "advice"} <= cats


def test_suggestions_trim_to_fit_when_the_bank_offers_too_much():
    class Big:
        def essentials_for(self, minutes, field=None):
            from infoint.bank import Question

            return [Question(f"x{i}", "advice", f"Question {i}?", 4.0) for i in range(10)]

    picked = suggest_questions(15, None, Big())
    assert len(picked) == 2  # 15 - 5 = 10 minutes: two 4-minute questions
    assert time_budget(picked, 15).fits


def test_agenda_has_opening_questions_and_close_with_clock_times():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    b = time_budget([("First?", 2), ("Second?", 2.5)], 15)
    rows = agenda(b, datetime(2026, 5, 4, 14, 30, tzinfo=ZoneInfo("Europe/Paris")))
    assert [r.start for r in rows] == ["14:30", "14:33", "14:35", "14:38"]
    assert rows[1].title == "Q1. First?"
    assert rows[-1].title.startswith("Close")
    assert [r.start for r in agenda(b)][:2] == ["0:00", "3:00"]


def test_checklist_keys_are_unique_and_cover_the_day():
    keys = [k for k, _t in checklist()]
    assert len(set(keys)) == len(keys)
    text = " ".join(t for _k, t in checklist()).casefold()
    for word in ("dress", "early", "resume", "notebook", "printed", "time", "who else", "again"):
        assert word in text


def test_notes_round_trip_and_plain_text_counts_as_found():
    sections = {"field": "Nurses care.\nMany kinds.", "organisation": "", "found": "Pay: 40k"}
    assert split_notes(join_notes(sections)) == sections
    plain = split_notes("just some notes")
    assert plain == {"field": "", "organisation": "", "found": "just some notes"}


@given(st.dictionaries(st.sampled_from(["field", "organisation", "found"]),
                       st.text(max_size=80)))
def test_notes_round_trip_property(sections):
    full = {k: sections.get(k, "").strip() for k in ("field", "organisation", "found")}
    back = split_notes(join_notes(full))
    # Text that itself looks like one of our headings cannot survive; anything else does.
    if not any("## What" in v for v in full.values()):
        assert back == full


@pytest.mark.parametrize(
    "text,expected",
    [("14:30", (14, 30)), ("9.05", (9, 5)), ("2:30 pm", (14, 30)), ("12am", (0, 0)),
     ("12 pm", (12, 0)), ("7h15", (7, 15)), (" 08:00 ", (8, 0))],
)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "25:00", "14:60", "13pm", "noon", "14:3"])
def test_parse_time_refuses_nonsense(text):
    with pytest.raises(ValueError):
        parse_time(text)


def test_starts_at_across_dst_in_new_york():
    before = starts_at(date(2026, 3, 7), "14:30", "America/New_York")
    after = starts_at(date(2026, 3, 8), "14:30", "America/New_York")
    assert before.utcoffset().total_seconds() == -5 * 3600
    assert after.utcoffset().total_seconds() == -4 * 3600


def test_starts_at_refuses_a_time_skipped_by_the_clock_change():
    with pytest.raises(ValueError, match="does not exist"):
        starts_at(date(2026, 3, 8), "2:30", "America/New_York")
    with pytest.raises(ValueError, match="date"):
        starts_at(None, "14:30", "UTC")
    with pytest.raises(ValueError, match="timezone"):
        starts_at(date(2026, 3, 8), "14:30", "Mars/Olympus")


def test_default_timezone_prefers_infoint_tz(monkeypatch):
    monkeypatch.setenv("INFOINT_TZ", "Asia/Tokyo")
    assert default_timezone() == "Asia/Tokyo"
    monkeypatch.setenv("INFOINT_TZ", "Not/AZone")
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert default_timezone() == "Europe/Berlin"


def test_default_timezone_is_the_learners_last_zone_before_the_servers(monkeypatch):
    monkeypatch.delenv("INFOINT_TZ", raising=False)
    monkeypatch.setenv("TZ", "UTC")
    assert default_timezone(["Europe/Paris", "Africa/Lagos"]) == "Africa/Lagos"
    assert default_timezone(["Europe/Paris", "Not/AZone"]) == "Europe/Paris"
    assert default_timezone([]) == "UTC"
    monkeypatch.setenv("INFOINT_TZ", "Asia/Tokyo")
    assert default_timezone([]) == "Asia/Tokyo"
    assert default_timezone(["America/Lima"]) == "America/Lima"


def test_rehearsal_counts_down_and_warns_when_over():
    b = time_budget([("One?", 2), ("Two?", 2.5)], 15)
    steps = rehearsal_plan(b)
    assert [s.seconds for s in steps] == [120, 150]
    r = Rehearsal(steps, b)
    s = r.start(1000.0)
    assert (s.index, s.question_left, s.meeting_left) == (0, 120, 720)
    s = r.status(1130.0)
    assert s.question_over and s.question_left == -10 and not s.wrap_up
    s = r.next(1130.0)
    assert (s.index, s.text, s.question_left, s.meeting_left) == (1, "Two?", 150, 590)
    s = r.status(1000.0 + 600)
    assert s.wrap_up and not s.meeting_over  # 120 s left = the close
    s = r.status(1000.0 + 800)
    assert s.meeting_over
    s = r.next(1800.0)
    assert s.finished and not s.running
    assert r.status(5000.0).meeting_left == s.meeting_left  # frozen once stopped


def test_rehearsal_needs_questions():
    b = time_budget([], 20)
    with pytest.raises(ValueError):
        Rehearsal(rehearsal_plan(b), b).start(0.0)


def test_clock_text():
    assert clock_text(65) == "1:05"
    assert clock_text(-12) == "-0:12"
