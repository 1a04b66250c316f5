"""Business days, the follow-up plan, reminders and this week's list."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from infoint.contacts import (
    ContactTimeline,
    Reminder,
    add_business_days,
    business_days_between,
    follow_up_plan,
    is_business_day,
    keep_in_touch_due,
    reminders_for,
    thank_you_due,
    this_week,
)
from infoint.model import Contact

FRI = date(2026, 11, 27)
MON_HOLIDAY = date(2026, 11, 30)


def test_friday_outreach():
    assert add_business_days(FRI, 3) == date(2026, 12, 2)  # Wednesday
    assert add_business_days(FRI, 7) == date(2026, 12, 8)  # Tuesday


def test_friday_outreach_with_monday_holiday():
    assert add_business_days(FRI, 3, [MON_HOLIDAY]) == date(2026, 12, 3)
    assert add_business_days(FRI, 7, [MON_HOLIDAY]) == date(2026, 12, 9)


def test_add_business_days_zero_and_negative():
    sat = date(2026, 11, 28)
    assert add_business_days(sat, 0) == sat
    assert add_business_days(FRI, 1) == date(2026, 11, 30)
    assert add_business_days(date(2026, 11, 30), -1) == FRI
    assert add_business_days(date(2026, 12, 1), -1, [MON_HOLIDAY]) == FRI


def test_add_business_days_accepts_datetime():
    assert add_business_days(datetime(2026, 11, 27, 16, 0), 3) == date(2026, 12, 2)


def test_business_days_between():
    assert business_days_between(FRI, date(2026, 12, 8)) == 7
    assert business_days_between(FRI, date(2026, 12, 8), [MON_HOLIDAY]) == 6
    assert business_days_between(date(2026, 12, 8), FRI) == -7
    assert business_days_between(FRI, FRI) == 0
    assert business_days_between(FRI, date(2026, 11, 29)) == 0  # only a weekend
    assert business_days_between(FRI, date(2026, 11, 29), [date(2026, 11, 28)]) == 0


def test_is_business_day():
    assert is_business_day(FRI)
    assert not is_business_day(date(2026, 11, 28))
    assert not is_business_day(MON_HOLIDAY, [MON_HOLIDAY])


def test_follow_up_plan():
    ana = Contact(name="Ana Li", organisation="Acme", id=4)
    second, follow = follow_up_plan(FRI, contact=ana)
    assert (second.kind, second.due) == ("second-contact", date(2026, 12, 2))
    assert (follow.kind, follow.due) == ("follow-up", date(2026, 12, 8))
    assert second.contact_id == 4 and follow.contact_name == "Ana Li"
    assert "at Acme" in second.text
    assert "only one" in follow.text
    plan = follow_up_plan(FRI, [MON_HOLIDAY])
    assert [r.due for r in plan] == [date(2026, 12, 3), date(2026, 12, 9)]
    assert plan[0].contact_name == "" and "same organisation" in plan[0].text


def test_thank_you_due_is_24_hours_later():
    met = datetime(2026, 3, 28, 15, 30, tzinfo=UTC)
    assert thank_you_due(met) == datetime(2026, 3, 29, 15, 30, tzinfo=UTC)


def test_keep_in_touch_due_six_weeks_on_a_business_day():
    assert keep_in_touch_due(date(2026, 3, 2)) == date(2026, 4, 13)
    assert keep_in_touch_due(date(2026, 3, 7)) == date(2026, 4, 20)  # Saturday -> Monday
    assert keep_in_touch_due(date(2026, 3, 2), [date(2026, 4, 13)]) == date(2026, 4, 14)


def timeline(**kw) -> ContactTimeline:
    status = kw.pop("status", "contacted")
    contact = Contact(name=kw.pop("name", "Ana Li"), organisation="Acme", id=1, status=status)
    return ContactTimeline(contact=contact, **kw)


def kinds(reminders: list[Reminder]) -> list[tuple[str, date]]:
    return [(r.kind, r.due) for r in reminders]


def test_reminders_after_outreach_without_reply():
    rs = reminders_for([timeline(sent_on=FRI)], today=date(2026, 11, 30))
    assert kinds(rs) == [("second-contact", date(2026, 12, 2)), ("follow-up", date(2026, 12, 8))]


def test_second_contact_disappears_once_the_follow_up_is_due():
    rs = reminders_for([timeline(sent_on=FRI)], today=date(2026, 12, 8))
    assert kinds(rs) == [("follow-up", date(2026, 12, 8))]


def test_follow_up_is_never_suggested_twice():
    rs = reminders_for([timeline(sent_on=FRI, followed_up_on=date(2026, 12, 8))], date(2027, 1, 4))
    assert rs == []


def test_no_follow_up_after_a_reply_or_for_declined():
    assert reminders_for([timeline(sent_on=FRI, replied=True)], date(2026, 12, 1)) == []
    declined = timeline(sent_on=FRI, status="declined / no reply")
    assert reminders_for([declined], date(2026, 12, 1)) == []


def test_outreach_in_the_future_is_not_chased():
    assert reminders_for([timeline(sent_on=date(2026, 12, 10))], date(2026, 12, 1)) == []


def test_thank_you_then_keep_in_touch():
    met = date(2026, 12, 3)
    rs = reminders_for([timeline(sent_on=FRI, replied=True, met_on=met)], date(2026, 12, 3))
    assert kinds(rs) == [("thank-you", date(2026, 12, 4))]
    assert "something specific" in rs[0].text
    rs = reminders_for(
        [timeline(sent_on=FRI, met_on=met, thanked_on=date(2026, 12, 4))], date(2026, 12, 5)
    )
    assert kinds(rs) == [("keep-in-touch", date(2027, 1, 15))]


def test_meeting_in_the_future_has_no_thank_you_and_no_chasing():
    rs = reminders_for([timeline(sent_on=FRI, met_on=date(2026, 12, 20))], date(2026, 12, 10))
    assert rs == []


def test_reminders_are_sorted_by_date_then_kind_then_name():
    rs = reminders_for(
        [
            timeline(name="Zed", sent_on=FRI),
            timeline(name="Amy", sent_on=FRI),
            timeline(name="Bo", met_on=date(2026, 12, 1)),
        ],
        today=date(2026, 12, 1),
    )
    assert [(r.kind, r.contact_name) for r in rs] == [
        ("thank-you", "Bo"),
        ("second-contact", "Amy"),
        ("second-contact", "Zed"),
        ("follow-up", "Amy"),
        ("follow-up", "Zed"),
    ]


def test_this_week_includes_overdue_and_up_to_sunday():
    rs = [
        Reminder(date(2026, 11, 20), "follow-up", "Old"),
        Reminder(date(2026, 12, 6), "follow-up", "Sunday"),
        Reminder(date(2026, 12, 7), "follow-up", "Next Monday"),
        Reminder(date(2026, 12, 2), "thank-you", "Wed"),
    ]
    week = this_week(rs, today=date(2026, 12, 2))
    assert [r.contact_name for r in week] == ["Old", "Wed", "Sunday"]
    assert [r.contact_name for r in this_week(rs, date(2026, 12, 6))] == ["Old", "Wed", "Sunday"]
    assert this_week([], date(2026, 12, 2)) == []


@pytest.mark.parametrize("n", [1, 5, 10, 260])
def test_round_trip_between_and_add(n):
    assert business_days_between(FRI, add_business_days(FRI, n, [MON_HOLIDAY]), [MON_HOLIDAY]) == n


def test_an_organisation_ending_in_a_full_stop_gives_one_full_stop():
    from datetime import date

    from infoint.contacts import follow_up_plan
    from infoint.model import Contact

    ada = Contact(name="Ada", organisation="Hale & Co.")
    plan = follow_up_plan(date(2026, 11, 27), contact=ada)
    second = next(r for r in plan if r.kind == "second-contact")
    assert second.text.endswith("at Hale & Co.") and ".." not in second.text
