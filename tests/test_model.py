"""The model refuses bad values with an error naming the field, and keeps good text as typed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoint.model import (
    MAX_SHORT,
    Contact,
    Learner,
    Meeting,
    Outreach,
    Plan,
    Reflection,
    ValidationError,
)


def field_of(excinfo) -> str:
    return excinfo.value.field


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "x" * (MAX_SHORT + 1)}, "name"),
        ({"name": "Ana", "email": "not-an-email"}, "email"),
        ({"name": "Ana", "meeting_minutes": 45}, "meeting_minutes"),
        ({"name": "Ana", "meeting_minutes": "soon"}, "meeting_minutes"),
        ({"name": "Ana", "meeting_mode": "by pigeon"}, "meeting_mode"),
        ({"name": "Ana", "learning_goals": "x" * 10_000}, "learning_goals"),
        ({"name": "Ana", "phone": "call me"}, "phone"),
    ],
)
def test_learner_rejects_bad_fields(kwargs, field):
    with pytest.raises(ValidationError) as excinfo:
        Learner(**kwargs)
    assert field_of(excinfo) == field
    assert field in str(excinfo.value)


def test_validation_error_is_a_value_error():
    assert issubclass(ValidationError, ValueError)


def test_learner_keeps_non_latin_and_emoji_names():
    learner = Learner(name="  Zoë 李小龙 🐉  ", fields="accounting, nursing, accounting")
    assert learner.name == "Zoë 李小龙 🐉"
    assert learner.fields == ["accounting", "nursing"]


def test_control_characters_are_removed_but_lines_kept():
    learner = Learner(name="A\x00na", learning_goals="line one\r\nline\x07 two")
    assert learner.name == "Ana"
    assert learner.learning_goals == "line one\nline two"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": "Mrs Green", "relationship": "stranger"}, "relationship"),
        ({"name": "Mrs Green", "status": "married"}, "status"),
        ({"name": "Mrs Green", "url": "javascript:alert(1)"}, "url"),
        ({"name": "Mrs Green", "connected_on": "12/03/2024"}, "connected_on"),
        ({"name": ""}, "name"),
    ],
)
def test_contact_rejects_bad_fields(kwargs, field):
    with pytest.raises(ValidationError) as excinfo:
        Contact(**kwargs)
    assert field_of(excinfo) == field


def test_contact_accepts_iso_date_text():
    assert Contact(name="A", connected_on="2024-03-12").connected_on == date(2024, 3, 12)


def test_outreach_needs_a_contact_and_a_body():
    with pytest.raises(ValidationError) as excinfo:
        Outreach(contact_id=None, channel="email", body="Hello")
    assert field_of(excinfo) == "contact"
    with pytest.raises(ValidationError) as excinfo:
        Outreach(contact_id=1, channel="email", body="  ")
    assert field_of(excinfo) == "body"
    with pytest.raises(ValidationError) as excinfo:
        Outreach(contact_id=1, channel="fax", body="Hello")
    assert field_of(excinfo) == "channel"


def test_plan_and_meeting_limits():
    with pytest.raises(ValidationError):
        Plan(minutes=90)
    with pytest.raises(ValidationError) as excinfo:
        Meeting(contact_id=1, starts_at=datetime(2026, 12, 1, 10))
    assert field_of(excinfo) == "starts_at"
    Meeting(contact_id=1, starts_at=datetime(2026, 12, 1, 10, tzinfo=UTC))


@pytest.mark.parametrize("rating", [0, 6, 2.5, "4", True])
def test_reflection_ratings_are_whole_numbers_from_1_to_5(rating):
    with pytest.raises(ValidationError) as excinfo:
        Reflection(field="nursing", met_on=date(2026, 1, 5), ratings={"lifestyle": rating})
    assert field_of(excinfo) == "ratings[lifestyle]"


def test_reflection_rejects_unknown_dimension_and_category():
    with pytest.raises(ValidationError):
        Reflection(field="x", met_on=date(2026, 1, 5), ratings={"salary": 3})
    with pytest.raises(ValidationError):
        Reflection(field="x", met_on=date(2026, 1, 5), learned={"gossip": "..."})


def test_reflection_consent_defaults_off():
    assert Reflection(field="x", met_on=date(2026, 1, 5)).consent is False


@given(st.text(max_size=300))
def test_any_text_either_validates_or_names_the_field(text):
    try:
        learner = Learner(name=text)
    except ValidationError as error:
        assert error.field == "name"
    else:
        assert learner.name and len(learner.name) <= MAX_SHORT
        assert "\x00" not in learner.name
