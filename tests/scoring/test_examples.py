"""Every labelled verdict in tests/scoring/examples holds."""

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "infoint_scoring_accuracy", Path(__file__).with_name("accuracy.py")
)
accuracy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(accuracy)

KINDS = ("outreach", "questions", "thank_you")
ALL = [(kind, case) for kind in KINDS for case in accuracy.load_cases(kind)]


def test_example_set_is_big_enough():
    outreach = accuracy.load_cases("outreach")
    assert len(outreach) >= 40
    assert {c["channel"] for c in outreach} == {"email", "letter", "phone", "linkedin"}
    assert len(accuracy.load_cases("questions")) >= 20
    ids = [f"{kind}/{case['id']}" for kind, case in ALL]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("kind", "case"), ALL, ids=[f"{kind}-{case['id']}" for kind, case in ALL]
)
def test_labelled_verdicts(kind, case):
    report = accuracy.run_case(kind, case)
    got = {rule: report.level(rule) for rule in case["expect"]}
    assert got == case["expect"]
    for rule, indices in case.get("indices", {}).items():
        assert [f.question_index for f in report.all_for(rule) if f.level != "pass"] == indices


def test_accuracy_script_reports_everything_right():
    tally, misses = accuracy.evaluate()
    assert misses == []
    assert all(ok == n for ok, n in tally.values())
