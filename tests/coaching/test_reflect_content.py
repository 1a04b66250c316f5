"""The reflect step's words are data: data/reflect.toml, or an instructor's copy of part of it."""

from __future__ import annotations

from datetime import date

import pytest

from infoint import coaching
from infoint.model import CATEGORIES, DIMENSIONS, TONES, Reflection
from infoint.reflect_content import reflect_content
from infoint.scoring import THANK_YOU_CHANNELS

OWN = """
[categories.lifestyle]
prompt = "Shifts, weekends, travel: what would your week look like?"

[tones]
mixed = "A bit of both"

[coaching]
one_interview = "Only one voice on {field} so far: find a second one."

[thank_you]
sign_off = "Warm regards,"
"""


def test_the_shipped_file_names_the_stored_vocabulary():
    content = reflect_content()
    assert set(content.table("categories")) == set(CATEGORIES)
    assert set(content.table("dimensions")) == set(DIMENSIONS)
    assert set(content.table("tones")) == set(TONES)
    assert set(content.table("channels")) == set(THANK_YOU_CHANNELS)
    assert all(content.prompts[c] for c in CATEGORIES)


def test_an_instructors_copy_changes_the_app_and_the_coaching(store, tmp_path, monkeypatch):
    from infoint.ui.reflect import ReflectApp

    (tmp_path / "reflect.toml").write_text(OWN, encoding="utf-8")
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    app = ReflectApp(store, today=date(2026, 3, 2))
    box = app.inputs.learned["lifestyle"]
    assert box.placeholder == "Shifts, weekends, travel: what would your week look like?"
    assert box.description == "Lifestyle"  # not in the copy: the shipped label
    assert ("A bit of both", "mixed") in app.inputs.tone.options
    app.inputs.field.value = "law"
    assert "Only one voice on law so far" in app.coaching.html.value
    note = coaching.draft_thank_you(Reflection(field="law", met_on=date(2026, 3, 2)))
    assert "Warm regards," in note

    monkeypatch.delenv("INFOINT_DATA_DIR")
    again = ReflectApp(store, today=date(2026, 3, 2))
    assert again.inputs.learned["lifestyle"].placeholder != box.placeholder


def test_a_copy_that_renames_a_category_is_refused(tmp_path, monkeypatch):
    (tmp_path / "reflect.toml").write_text('[categories.hobbies]\nlabel = "Hobbies"\n',
                                           encoding="utf-8")
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    with pytest.raises(ValueError, match=r"reflect\.toml.*unknown hobbies"):
        reflect_content()


def test_tuning_comes_from_the_data(tmp_path, monkeypatch):
    hard_sell = Reflection(field="law", met_on=date(2026, 3, 2), pitch_strength=3,
                           ratings={"lifestyle": 2})
    rules = {s.id for s in coaching.coach(hard_sell, today=date(2026, 3, 2))}
    assert coaching.PITCH_CONTRADICTED not in rules  # 3 is no hard sell as shipped
    (tmp_path / "reflect.toml").write_text("[tuning]\nstrong_pitch = 3\n", encoding="utf-8")
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    rules = {s.id for s in coaching.coach(hard_sell, today=date(2026, 3, 2))}
    assert coaching.PITCH_CONTRADICTED in rules
