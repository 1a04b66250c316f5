"""Follow-up timing as data, public holidays by country, snooze and replies."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoint.cadence import (
    HolidayError,
    cadence,
    country_choices,
    public_holidays,
    region_choices,
)
from infoint.contacts import (
    ContactTimeline,
    add_business_days,
    business_due,
    follow_up_plan,
    reminders_for,
    this_week,
)
from infoint.model import Contact, Learner, ValidationError


def test_shipped_cadence_is_three_and_seven_business_days():
    c = cadence()
    assert (c.second_contact_after, c.follow_up_after, c.keep_in_touch_weeks) == (3, 7, 6)
    assert [s.days for s in c.snooze_choices] == [1, 7]


def test_an_instructor_can_change_the_cadence(tmp_path, monkeypatch):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "cadence.toml").write_text(
        "[cadence]\nsecond_contact_after = 2\nfollow_up_after = 5\n", encoding="utf-8"
    )
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    cadence.cache_clear()
    try:
        plan = follow_up_plan(date(2026, 3, 2))  # a Monday
        assert [r.due for r in plan] == [date(2026, 3, 4), date(2026, 3, 9)]
        assert "after 2 business days" in plan[0].text
    finally:
        cadence.cache_clear()


def test_a_bad_cadence_file_says_which_value(tmp_path, monkeypatch):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "cadence.toml").write_text(
        "[cadence]\nfollow_up_after = 'soon'\n", encoding="utf-8"
    )
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    cadence.cache_clear()
    try:
        with pytest.raises(ValueError, match="follow_up_after"):
            cadence()
    finally:
        cadence.cache_clear()


@pytest.mark.parametrize(
    ("country", "region", "holiday", "name_part"),
    [
        # Friday 22 May 2026 outreach; Monday 25 May is Memorial Day in the US and Whit
        # Monday (Pentecost Monday) in Germany; the UK's Spring bank holiday is the same Monday.
        ("US", "", date(2026, 5, 25), "Memorial"),
        # holidays 0.60 to 0.68 at least name it "Whit Monday"; current ones "Pentecost Monday".
        ("DE", "BY", date(2026, 5, 25), ("Whit", "Pentecost")),
        ("GB", "ENG", date(2026, 5, 25), "Spring"),
    ],
)
def test_friday_outreach_before_a_monday_holiday(country, region, holiday, name_part):
    days = public_holidays(country, region, years=(2026,))
    parts = name_part if isinstance(name_part, tuple) else (name_part,)
    assert holiday in days and any(part in days[holiday] for part in parts)
    friday = date(2026, 5, 22)
    plan = follow_up_plan(friday, holidays=days)
    # Without the holiday: +3 is Wed 27 May; with it, Thu 28 May.
    assert add_business_days(friday, 3) == date(2026, 5, 27)
    assert plan[0].due == date(2026, 5, 28)
    assert "moved to Thu 28 May" in plan[0].note and days[holiday] in plan[0].note


def test_no_country_means_weekends_only():
    assert public_holidays("") == {}
    due, note = business_due(date(2026, 5, 22), 3, {})
    assert due == date(2026, 5, 27) and note == ""


def test_unknown_country_and_region_are_clear_errors():
    with pytest.raises(HolidayError, match="ZZ"):
        public_holidays("ZZ")
    with pytest.raises(HolidayError, match="not a region"):
        public_holidays("DE", "XX")


def test_choices_for_the_profile_form():
    countries = dict((code, label) for label, code in country_choices())
    assert countries[""] == "No public holidays" and "Germany" in countries["DE"]
    assert ("BY", "BY") in region_choices("DE") and region_choices("")[0][1] == ""


def test_learner_place_codes_are_validated():
    assert Learner(name="A", country="de", region="by").country == "DE"
    assert Learner(name="A", country="", region="BY").region == ""
    with pytest.raises(ValidationError):
        Learner(name="A", country="Germany!")


def _sent(day: date, **extra) -> ContactTimeline:
    return ContactTimeline(
        contact=Contact(name="Ana Lima", organisation="Acme", status="contacted", id=1),
        sent_on=day, **extra
    )


def test_snooze_moves_the_reminders_and_says_so():
    monday = date(2026, 3, 2)
    plain = reminders_for([_sent(monday)], today=date(2026, 3, 5))
    assert plain[0].due == date(2026, 3, 5)
    snoozed = reminders_for([_sent(monday, snoozed_until=date(2026, 3, 10))], date(2026, 3, 5))
    assert [r.due for r in snoozed] == [date(2026, 3, 10), date(2026, 3, 11)]
    assert snoozed[0].note == "snoozed until Tue 10 Mar"
    assert snoozed[1].note == ""  # the follow-up was already due after the snooze
    week = this_week(snoozed, date(2026, 3, 5))
    assert week == []  # nothing for this week any more...
    assert this_week(snoozed, date(2026, 3, 9))  # ...and it comes back the week after


def test_a_reply_cancels_the_no_reply_reminders():
    timeline = _sent(date(2026, 3, 2), replied=True)
    assert reminders_for([timeline], today=date(2026, 3, 20)) == []


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 1)),
       st.integers(min_value=1, max_value=15))
def test_holiday_dates_are_never_earlier_and_always_working_days(start, n):
    days = public_holidays("US", years=(start.year, start.year + 1))
    due, note = business_due(start, n, days)
    assert due >= add_business_days(start, n)
    assert due.weekday() < 5 and due not in days
    assert bool(note) == (due != add_business_days(start, n))


def test_calendar_reminders_carry_the_same_holiday_note():
    from icalendar import Calendar

    from infoint.io.calendar import reminders_to_ics

    plan = follow_up_plan(date(2026, 5, 22), holidays=public_holidays("US", years=(2026,)))
    cal = Calendar.from_ical(reminders_to_ics(plan))
    [first, _second] = [e for e in cal.walk("VEVENT")]
    assert first.decoded("dtstart") == date(2026, 5, 28)
    assert "Memorial Day" in str(first.get("description"))


def test_holidays_on_use_load_the_calendar_only_when_a_date_is_looked_up(monkeypatch):
    import infoint.cadence as cadence_module
    from infoint.cadence import HolidaysOnUse, learner_holidays

    calls = []
    real = cadence_module.learner_holidays
    monkeypatch.setattr(cadence_module, "learner_holidays",
                        lambda *args: calls.append(args) or real(*args))
    today = date(2026, 12, 1)
    days = HolidaysOnUse("GB", "ENG", today)
    assert calls == [] and "not loaded" in repr(days)
    assert date(2026, 12, 25) in days and days[date(2026, 12, 25)] == "Christmas Day"
    assert dict(days) == learner_holidays("GB", "ENG", today) and len(days) > 20
    assert calls == [("GB", "ENG", today)]  # once, however often it is read
    # Business days count around them as around the plain dict.
    assert add_business_days(date(2026, 12, 24), 1, HolidaysOnUse("GB", "", today)) == \
        add_business_days(date(2026, 12, 24), 1, learner_holidays("GB", "", today)) == \
        date(2026, 12, 29)
    assert dict(HolidaysOnUse("", "", today)) == {}
