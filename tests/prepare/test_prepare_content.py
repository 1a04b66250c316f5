"""prepare.toml: what the step says is read from data, checked, and filled in safely."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoint.prepare import checklist, content, content_problem, default_purpose, fill, read_content

SHIPPED = Path(__file__).resolve().parents[2] / "data" / "prepare.toml"


def test_the_shipped_file_has_every_part_the_step_shows():
    words = content()
    for step in ("who", "research", "questions", "meeting", "day", "guide", "rehearse"):
        assert words.step(step), step
    assert len(checklist()) == 10 and checklist()[0][0] == "dress"
    assert {"web-searchable", "asks-pay", "asks-for-job"} <= set(words.rule_hints)
    assert "{minutes}" in words.guide["opening"]


@settings(max_examples=80, deadline=None)
@given(template=st.text(max_size=60), value=st.text(max_size=20))
def test_fill_never_fails_whatever_an_instructor_writes(template, value):
    out = fill(template, minutes=value, who=value)
    assert isinstance(out, str)
    if "{" not in template and "}" not in template:
        assert out == template


def test_fill_keeps_unknown_places_and_never_reads_learner_braces():
    assert fill("Hello {who}, {unknown}", who="{minutes}") == "Hello {minutes}, {unknown}"
    assert "{0}" in default_purpose(field="{0}{who.__class__}")


_KEY = st.text("abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12)
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                max_size=40).filter(lambda t: t.strip())


@settings(max_examples=40, deadline=None)
@given(items=st.lists(st.tuples(_KEY, _TEXT), min_size=1, max_size=8,
                      unique_by=lambda kv: kv[0]))
def test_any_checklist_written_as_toml_reads_back_in_order(items, tmp_path_factory):
    folder = tmp_path_factory.mktemp("own")
    shipped = SHIPPED.read_text(encoding="utf-8")
    head = shipped[: shipped.index("[[checklist]]")]
    tail = shipped[shipped.index("[guide]"):]
    # json.dumps (not ASCII-only: TOML has no surrogate escapes) writes a TOML basic string.
    body = "".join(
        f"[[checklist]]\nkey = {json.dumps(k)}\ntext = {json.dumps(t, ensure_ascii=False)}\n\n"
        for k, t in items)
    (folder / "prepare.toml").write_text(head + body + tail, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INFOINT_DATA_DIR", str(folder))
        assert checklist() == tuple((k, t.strip()) for k, t in items)


@pytest.mark.parametrize(("change", "message"), [
    (lambda s: s.replace('key = "card"', 'key = "dress"'), "used twice"),
    (lambda s: s.replace('agenda = "Agenda"\n', ""), r"\[guide\] needs agenda"),
    (lambda s: s.replace('title = "On the day"\n', ""), r"\[steps.day\] needs a title"),
])
def test_a_broken_file_says_what_is_wrong(change, message, tmp_path, monkeypatch):
    (tmp_path / "prepare.toml").write_text(change(SHIPPED.read_text(encoding="utf-8")),
                                          encoding="utf-8")
    monkeypatch.setenv("INFOINT_DATA_DIR", str(tmp_path))
    with pytest.raises(ValueError, match=message):
        read_content(tmp_path / "prepare.toml")
    assert re.search(message, content_problem())
    assert len(content().checklist) == 10  # the shipped file is used meanwhile
